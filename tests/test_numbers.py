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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # issue 8, "Numbers": thousands grouped by spaces; never a figure from the tail of such a number
        pytest.param("some 40 000 troops", [("40 000", 40_000.0)], id="space-grouped"),
        pytest.param("1 234 567 people", [("1 234 567", 1_234_567.0)], id="two space groups"),
        pytest.param("40\u00a0000 troops", [("40\u00a0000", 40_000.0)], id="no-break space"),
        pytest.param("40\u202f000 troops", [("40\u202f000", 40_000.0)], id="narrow no-break space"),
        pytest.param("In 2023 200 people died", [("2023", 2023.0), ("200", 200.0)], id="a year is no lead group"),
        pytest.param("between 40 000 and 50 000", [("between 40 000 and 50 000", (40_000.0, 50_000.0))], id="range"),
        # issue 8, "Numbers": South Asian grouping and scales
        pytest.param("1,50,000 people", [("1,50,000", 150_000.0)], id="lakh grouping"),
        pytest.param("1.5 lakh people", [("1.5 lakh", 150_000.0)], id="lakh"),
        pytest.param("two crore", [("two crore", 20_000_000.0)], id="crore"),
        # issue 8, "Numbers": digits and words mixed, hyphens, tens and units without a hyphen
        pytest.param("14 thousand and 55 dead", [("14 thousand and 55", 14_055.0)], id="digits, scale, and, digits"),
        pytest.param("38-thousand-700 troops", [("38-thousand-700", 38_700.0)], id="hyphenated scale word"),
        pytest.param("twenty-five hundred men", [("twenty-five hundred", 2500.0)], id="hyphen inside, not a range"),
        pytest.param("fifty two people", [("fifty two", 52.0)], id="tens and units with a space"),
        pytest.param("5 thousand, 600 were hurt", [("5 thousand", 5000.0), ("600", 600.0)], id="comma before digits"),
        pytest.param("3,5 million", [("3,5 million", 3_500_000.0)], id="decimal comma before a scale"),
        pytest.param("1.2b", [("1.2b", 1_200_000_000.0)], id="b suffix"),
        pytest.param("a 5 m wall", [("5", 5.0)], id="a spaced m is metres"),
        # issue 8, "Numbers": fractions of scale words and dozens
        pytest.param("five and a half million", [("five and a half million", 5_500_000.0)], id="and a half before"),
        pytest.param("a million and a half", [("a million and a half", 1_500_000.0)], id="and a half after"),
        pytest.param("three dozen shepherds", [("three dozen", 36.0)], id="dozen multiplies"),
        pytest.param("a hundred thousand", [("a hundred thousand", 100_000.0)], id="a hundred thousand"),
        pytest.param("the Hundred Years' War", [], id="a bare hundred is no number"),
        # issue 8, "Numbers": ranges in words, changes are not ranges
        pytest.param("seven to eight fighters", [("seven to eight", (7.0, 8.0))], id="word range"),
        pytest.param("two or three", [("two or three", (2.0, 3.0))], id="word range with or"),
        pytest.param("20 through 30", [("20 through 30", (20.0, 30.0))], id="through"),
        pytest.param("the toll rose from 812 to 860", [("812", 812.0), ("860", 860.0)], id="a change is two numbers"),
        pytest.param(
            "the count was revised overnight from 1,000 to 1,500",
            [("1,000", 1000.0), ("1,500", 1500.0)],
            id="a revision is two numbers",
        ),
        pytest.param("outnumbered three to one", [("three", 3.0), ("one", 1.0)], id="a ratio is no range"),
        pytest.param(
            "more than 20 but fewer than 30", [("more than 20 but fewer than 30", (20.0, 30.0))], id="two bounds"
        ),
    ],
)
def test_issue8_number_forms(text: str, expected: list[tuple[str, object]]) -> None:
    assert read(text) == expected


@pytest.mark.parametrize(
    ("text", "phrase", "bound"),
    [
        # issue 8, "Numbers": open bounds written after the number
        pytest.param("50 or more soldiers", "50 or more", "at_least", id="or more"),
        pytest.param("50 and more", "50 and more", "at_least", id="and more"),
        pytest.param("100+ fighters", "100+", "at_least", id="plus sign"),
        pytest.param("30-odd fighters", "30-odd", "approximate", id="odd"),
        pytest.param("50 or fewer", "50 or fewer", "at_most", id="or fewer"),
        pytest.param("fifty or less", "fifty or less", "at_most", id="or less, words"),
    ],
)
def test_open_bound_after_number(text: str, phrase: str, bound: str) -> None:
    [mention] = find_numbers(text)
    assert (mention.text, mention.bound) == (phrase, bound)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("killed 50 and over 100 wounded", id="and over the next number"),
        pytest.param("killed 50 or more than 60", id="or more than"),
        pytest.param("killed 50 and up to 100 wounded", id="and up to"),
    ],
)
def test_hedge_of_the_next_number_is_no_bound(text: str) -> None:
    assert [mention.bound for mention in find_numbers(text)][0] is None
