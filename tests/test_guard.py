"""The last guard: people figures that are money, shares, fractions, zero or too many are dropped.

``implausible`` is tested on figures built by hand (so the guard, not the earlier rules, is
what drops them); ``extract_figures`` shows the guard at work in whole sentences and keeps
the real figures beside the dropped ones.
"""

from __future__ import annotations

import pytest

from extractors import Figure, extract_figures
from extractors.guard import implausible
from extractors.sentences import split_sentences


def figure_in(text: str, span: str, value: float | None = None, low=None, high=None, unit="people") -> tuple:
    """A killed figure standing at ``span`` in the one sentence ``text``, as the pipeline would build it."""
    [sentence] = split_sentences(text)
    start = text.index(span)
    figure = Figure(
        value=value, low=low, high=high, unit=unit, category="killed", qualifier="exact", subject="",
        side=None, claimant=None, cited_source=None, span=span, sentence=text, start=start,
        end=start + len(span),
    )  # fmt: skip
    return figure, sentence


@pytest.mark.parametrize(
    ("text", "span", "value", "reason"),
    [
        # issue 8, "Not figures": money in any currency, before or after the number
        pytest.param("They lost $40,000 and 12 men.", "40,000", 40_000.0, "money", id="dollar sign"),
        pytest.param("They lost US$ 40,000.", "40,000", 40_000.0, "money", id="US$ with a space"),
        pytest.param("It cost 40 000 € to rebuild.", "40 000", 40_000.0, "money", id="euro sign after"),
        pytest.param("Rs 2 crore went to the families.", "2 crore", 20_000_000.0, "money", id="rupee code"),
        pytest.param("A fund of USD 5 million was set up.", "5 million", 5_000_000.0, "money", id="USD before"),
        pytest.param("They paid 300,000 naira to the gang.", "300,000", 300_000.0, "money", id="naira after"),
        pytest.param("Damage came to 4 million hryvnias.", "4 million", 4_000_000.0, "money", id="hryvnias after"),
        pytest.param("They stole 20 million Zimbabwean dollars.", "20 million", 20_000_000.0, "money", id="dollars"),
        pytest.param("It took 50,000 UAH in all.", "50,000", 50_000.0, "money", id="code after"),
        # issue 8, "Not figures": economic losses, ransoms, budgets
        pytest.param(
            "Economic losses from the war reached 40 million.", "40 million", 4e7, "money", id="economic losses"
        ),
        pytest.param("They asked a ransom of 500,000.", "500,000", 500_000.0, "money", id="ransom of"),
        pytest.param("They demanded 50,000 in ransom.", "50,000", 50_000.0, "money", id="in ransom"),
        pytest.param("The budget was about 12,000.", "about 12,000", 12_000.0, "money", id="budget was, hedged"),
        pytest.param("Material damage is estimated at 900,000.", "900,000", 900_000.0, "money", id="damage at"),
        # issue 8, "Not figures": shares
        pytest.param("Some 12 pct of the unit died.", "12", 12.0, "share", id="pct"),
        pytest.param("Deaths ran at 12 per 100,000 people.", "100,000", 100_000.0, "share", id="rate base"),
        pytest.param("Six out of every ten died.", "Six", 6.0, "share", id="out of every"),
        # issue 8, "Not figures": values below 1 or not whole, zero, over 100 million
        pytest.param("About 2.5 soldiers died.", "2.5", 2.5, "not whole", id="decimal"),
        pytest.param("About 0.5 soldiers died.", "0.5", 0.5, "not whole", id="below one"),
        pytest.param("Zero soldiers died.", "Zero", 0.0, "zero", id="zero word"),
        pytest.param("The 0 dead were counted.", "0", 0.0, "zero", id="zero digit"),
        pytest.param("Some 200 million died.", "200 million", 2e8, "too many", id="over 100 million"),
        pytest.param("Some 1.2b died.", "1.2b", 1.2e9, "too many", id="billion"),
    ],
)
def test_guard_drops(text: str, span: str, value: float, reason: str) -> None:
    assert implausible(*figure_in(text, span, value)) == reason


def test_guard_drops_a_range_that_is_not_whole() -> None:
    assert implausible(*figure_in("Between 1.5 and 2.5 died.", "1.5 and 2.5", low=1.5, high=2.5)) == "not whole"


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        pytest.param("At least 12 soldiers died.", "At least 12 soldiers", 12.0, id="a plain count"),
        pytest.param("Exactly 100 million died.", "100 million", 1e8, id="100 million itself"),
        pytest.param("They paid $5 million to families of 200 soldiers.", "200 soldiers", 200.0, id="money nearby"),
        pytest.param("A ransom was paid, and 3 soldiers were freed.", "3 soldiers", 3.0, id="ransom earlier"),
        pytest.param("The economic losses were huge; 40 soldiers died.", "40 soldiers", 40.0, id="losses earlier"),
        pytest.param("It killed 12 people per day.", "12 people", 12.0, id="rate itself is kept"),
        pytest.param("Some 2.5 million soldiers served.", "2.5 million", 2.5e6, id="decimal with a scale"),
    ],
)
def test_guard_keeps(text: str, span: str, value: float) -> None:
    assert implausible(*figure_in(text, span, value)) is None


def test_guard_leaves_percent_figures_alone() -> None:
    assert implausible(*figure_in("They lost 12.5% of their men.", "12.5%", 12.5, unit="percent")) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # issue 8, "Why": an economic loss read as casualties, a ransom read as captives, a "0" from spaced thousands
        pytest.param(
            "Economic losses from the war reached 40 million, and 300 soldiers were killed.",
            [(300.0, "killed")],
            id="economic losses beside a toll",
        ),
        pytest.param(
            "The insurgents demanded 50,000 in ransom for the release of 3 captured soldiers.",
            [(3.0, "captured")],
            id="ransom beside captives",
        ),
        pytest.param("About 40 000 soldiers have been killed.", [(40_000.0, "killed")], id="no zero from a tail"),
        pytest.param("0 soldiers were killed.", [], id="zero"),
        pytest.param("150 million people were displaced and 200 million killed.", [], id="too many"),
        pytest.param(
            "The death rate from the shelling rose to 12 deaths per 100,000 people.",
            [(12.0, "killed")],
            id="the base of a rate",
        ),
    ],
)
def test_guard_in_the_pipeline(text: str, expected: list[tuple[float, str]]) -> None:
    assert [(figure.value, figure.category) for figure in extract_figures(text)] == expected
