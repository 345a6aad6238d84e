"""The number parser: every number phrase with its value, range, percentage or vagueness.

Each case gives a sentence and what ``find_numbers`` must read in it, as
``(phrase, reading)`` pairs: a float for a single number, a ``(low, high)`` pair for
a range, ``VAGUE`` for an amount with no number.
"""

from __future__ import annotations

import pytest

from extractors.numbers import NumberMention, find_numbers

VAGUE = "vague"


def reading(mention: NumberMention) -> tuple[str, object]:
    if mention.vague:
        return (mention.text, VAGUE)
    if mention.is_range:
        return (mention.text, (mention.low, mention.high))
    return (mention.text, mention.value)


def read(text: str) -> list[tuple[str, object]]:
    mentions = find_numbers(text)
    for mention in mentions:
        assert text[mention.start : mention.end] == mention.text
    return [reading(mention) for mention in mentions]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # issue 2, "What must be extracted": digits with separators, decimals and scales
        pytest.param("some 11,000 troops", [("11,000", 11000.0)], id="thousands separator"),
        pytest.param("a 2.5 point rise", [("2.5", 2.5)], id="decimal"),
        pytest.param("1.2m people have fled", [("1.2m", 1_200_000.0)], id="m suffix"),
        pytest.param("2.5 million soldiers", [("2.5 million", 2_500_000.0)], id="decimal and scale word"),
        # general news style
        pytest.param("300 were killed", [("300", 300.0)], id="plain digits"),
        pytest.param("1,234,567 people", [("1,234,567", 1_234_567.0)], id="two separators"),
        pytest.param("an army of 40k men", [("40k", 40_000.0)], id="k suffix"),
        pytest.param("costing 1.5bn", [("1.5bn", 1_500_000_000.0)], id="bn suffix"),
        pytest.param("3 million refugees", [("3 million", 3_000_000.0)], id="digits and million"),
        pytest.param("12 thousand troops", [("12 thousand", 12_000.0)], id="digits and thousand"),
        pytest.param("300 killed and 2,700 injured", [("300", 300.0), ("2,700", 2700.0)], id="two numbers"),
    ],
)
def test_digits(text: str, expected: list[tuple[str, object]]) -> None:
    assert read(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # issue 2, "What must be extracted": number words
        pytest.param("two North Koreans", [("two", 2.0)], id="two"),
        pytest.param("eleven thousand troops", [("eleven thousand", 11_000.0)], id="eleven thousand"),
        pytest.param("a dozen soldiers", [("a dozen", 12.0)], id="a dozen"),
        pytest.param("three hundred people", [("three hundred", 300.0)], id="three hundred"),
        pytest.param("Forty-one soldiers died", [("Forty-one", 41.0)], id="hyphenated tens, capitalised"),
        # corpus guideline, "Finer rules"
        pytest.param(
            "a quarter of a million men", [("a quarter of a million", 250_000.0)], id="a quarter of a million"
        ),
        # general news style
        pytest.param("Seven people were hurt", [("Seven", 7.0)], id="capitalised at sentence start"),
        pytest.param("twenty-five civilians", [("twenty-five", 25.0)], id="twenty-five"),
        pytest.param("ninety people", [("ninety", 90.0)], id="tens word alone"),
        pytest.param("half a dozen medics", [("half a dozen", 6.0)], id="half a dozen"),
        pytest.param("half a million refugees", [("half a million", 500_000.0)], id="half a million"),
        pytest.param("two million people", [("two million", 2_000_000.0)], id="two million"),
        pytest.param(
            "one hundred and twenty prisoners", [("one hundred and twenty", 120.0)], id="british 'and' inside"
        ),
        pytest.param("two hundred thousand soldiers", [("two hundred thousand", 200_000.0)], id="hundred thousand"),
    ],
)
def test_number_words(text: str, expected: list[tuple[str, object]]) -> None:
    assert read(text) == expected


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        # issue 2, "What must be extracted": hyphenated forms
        pytest.param("a 50,000-strong force", "50,000-strong", 50_000.0, id="digits-strong"),
        # general news style
        pytest.param("a 4,800-strong brigade", "4,800-strong", 4_800.0, id="brigade strength"),
        pytest.param("the 300-strong unit", "300-strong", 300.0, id="small unit"),
    ],
)
def test_strength(text: str, phrase: str, value: float) -> None:
    [mention] = find_numbers(text)
    assert (mention.text, mention.value, mention.strength) == (phrase, value, True)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # issue 2, "What must be extracted": ranges
        pytest.param("10,000 to 12,000 troops", [("10,000 to 12,000", (10_000.0, 12_000.0))], id="x to y"),
        pytest.param("between 40 and 50 people", [("between 40 and 50", (40.0, 50.0))], id="between x and y"),
        pytest.param("10,000-12,000 troops", [("10,000-12,000", (10_000.0, 12_000.0))], id="hyphen"),
        pytest.param("15 or 20 wounded soldiers", [("15 or 20", (15.0, 20.0))], id="x or y"),
        pytest.param("between 20% and 30%", [("between 20% and 30%", (20.0, 30.0))], id="percent range"),
        # general news style
        pytest.param("10,000–12,000 troops", [("10,000–12,000", (10_000.0, 12_000.0))], id="en dash"),
        pytest.param("1 to 2 million people", [("1 to 2 million", (1_000_000.0, 2_000_000.0))], id="shared scale"),
        pytest.param("1.5 to 2 million", [("1.5 to 2 million", (1_500_000.0, 2_000_000.0))], id="decimal low bound"),
        pytest.param(
            "between five and ten soldiers", [("between five and ten", (5.0, 10.0))], id="between number words"
        ),
        pytest.param("15-20% of its men", [("15-20%", (15.0, 20.0))], id="percent range with hyphen"),
        pytest.param("cut from 300 to 200 men", [("300", 300.0), ("200", 200.0)], id="descending pair read singly"),
    ],
)
def test_ranges(text: str, expected: list[tuple[str, object]]) -> None:
    assert read(text) == expected


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        # issue 2, "What must be extracted": percentages of a force
        pytest.param("lost 40% of its troops", "40%", 40.0, id="percent sign"),
        # general news style
        pytest.param("lost 12 per cent of its men", "12 per cent", 12.0, id="per cent"),
        pytest.param("about 7.5 percent of the force", "7.5 percent", 7.5, id="decimal percent"),
        pytest.param("nearly 40 % of the brigade", "40 %", 40.0, id="space before sign"),
    ],
)
def test_percentages(text: str, phrase: str, value: float) -> None:
    [mention] = find_numbers(text)
    assert (mention.text, mention.value, mention.percent) == (phrase, value, True)


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        # issue 2, "What must be extracted": vague amounts
        pytest.param("dozens were wounded", "dozens", id="dozens"),
        pytest.param("hundreds of soldiers", "hundreds", id="hundreds"),
        pytest.param("thousands have died", "thousands", id="thousands"),
        pytest.param("tens of thousands of troops", "tens of thousands", id="tens of thousands"),
        pytest.param("several hundred prisoners", "several hundred", id="several hundred"),
        # corpus guideline, "Finer rules"
        pytest.param("a couple of hundred fighters", "a couple of hundred", id="a couple of hundred"),
        # general news style
        pytest.param("hundreds of thousands of people", "hundreds of thousands", id="hundreds of thousands"),
        pytest.param("Dozens of civilians", "Dozens", id="capitalised"),
        pytest.param("a few thousand men", "a few thousand", id="a few thousand"),
        pytest.param("several thousand reservists", "several thousand", id="several thousand"),
    ],
)
def test_vague(text: str, phrase: str) -> None:
    assert read(text) == [(phrase, VAGUE)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # issue 2, "Must show": where other number parsers go wrong
        pytest.param(
            "between 10,000 and 12,000 troops",
            [("between 10,000 and 12,000", (10_000.0, 12_000.0))],
            id="between is a range, not 11,000 plus or minus 1,000",
        ),
        pytest.param("1.2m casualties", [("1.2m", 1_200_000.0)], id="1.2m is a million, not metres"),
        pytest.param("tens of thousands of people", [("tens of thousands", VAGUE)], id="tens of thousands is vague"),
        pytest.param(
            "five thousand, six hundred soldiers",
            [("five thousand, six hundred", 5_600.0)],
            id="five thousand, six hundred is one number",
        ),
        pytest.param("two, three or four men", [("two", 2.0), ("three", 3.0), ("four", 4.0)], id="a list of words"),
        pytest.param("two, three", [("two", 2.0), ("three", 3.0)], id="two, three are two numbers"),
        pytest.param("two and three", [("two", 2.0), ("three", 3.0)], id="two and three are two numbers"),
    ],
)
def test_known_failures_of_other_parsers(text: str, expected: list[tuple[str, object]]) -> None:
    assert read(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # issue 2, "Must show" and "Not figures": codes and names that hold digits
        pytest.param("an Il-76 transport plane", id="aircraft code Il-76"),
        pytest.param("an S-300 battery", id="missile code S-300"),
        pytest.param("the Kursk-2 reactor", id="name Kursk-2"),
        pytest.param("a 2A8 cannon", id="code 2A8"),
        pytest.param("the 49th brigade", id="ordinal 49th"),
        pytest.param("since the 1990s", id="decade 1990s"),
        # general news style
        pytest.param("an F-16 jet", id="jet F-16"),
        pytest.param("a MiG-29 fighter", id="jet MiG-29"),
        pytest.param("a T-72 tank", id="tank T-72"),
        pytest.param("the 3rd battalion", id="ordinal 3rd"),
        pytest.param("COVID-19 rules", id="COVID-19"),
        pytest.param("a $40 loan", id="price after dollar sign"),
    ],
)
def test_codes_are_not_numbers(text: str) -> None:
    assert read(text) == []


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("", id="empty"),
        pytest.param("no figures here at all", id="no numbers"),
        pytest.param("someone, anyone", id="number-like word starts"),
        pytest.param("often tense", id="ten and one inside words"),
    ],
)
def test_text_without_numbers(text: str) -> None:
    assert read(text) == []
