"""Qualifiers: how a hedge in the number phrase marks a figure's exactness.

Each case is a short sentence and the figures ``extract_figures`` must give, as
``(amount, qualifier)`` pairs: a float, a ``(low, high)`` pair for a range, or
``None`` for a vague amount.
"""

from __future__ import annotations

import pytest

from extractors import Figure, extract_figures
from tests.conftest import WAR_REPORT


def amount(figure: Figure) -> object:
    if figure.low is not None and figure.high is not None:
        return (figure.low, figure.high)
    return figure.value


def qualified(text: str) -> list[tuple[object, str]]:
    figures = extract_figures(text, meta=WAR_REPORT)
    for figure in figures:
        assert text[figure.start : figure.end] == figure.span
    return [(amount(figure), figure.qualifier) for figure in figures]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # corpus guideline, "Qualifiers"
        pytest.param("The attack killed 42 soldiers.", [(42.0, "exact")], id="bare number"),
        pytest.param("Two soldiers were captured.", [(2.0, "exact")], id="number word"),
        pytest.param("Russia handed over 150 prisoners.", [(150.0, "exact")], id="handed over is no hedge"),
        pytest.param("We have maybe 350 soldiers left.", [(350.0, "approximate")], id="maybe"),
        pytest.param("The battalion had closer to 600 soldiers.", [(600.0, "at_most")], id="closer to"),
        # corpus guideline, "Finer rules": the hedge must sit in the number phrase
        pytest.param(
            "Officials estimate that 11,000 troops have been deployed.",
            [(11_000.0, "exact")],
            id="estimates that 11,000",
        ),
        # general news style
        pytest.param("A strike on the depot killed 17 people.", [(17.0, "exact")], id="after the verb"),
        pytest.param("In 2023, 64 soldiers were wounded.", [(64.0, "exact")], id="year before is no hedge"),
    ],
)
def test_exact(text: str, expected: list[tuple[object, str]]) -> None:
    assert qualified(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # corpus guideline, "Qualifiers": approximate
        pytest.param("About 200 soldiers were killed.", [(200.0, "approximate")], id="about"),
        pytest.param("Around 300 civilians were injured.", [(300.0, "approximate")], id="around"),
        pytest.param("Some 11,000 troops were deployed.", [(11_000.0, "approximate")], id="some"),
        pytest.param("Roughly 500 people were killed.", [(500.0, "approximate")], id="roughly"),
        pytest.param("Approximately 80 soldiers went missing.", [(80.0, "approximate")], id="approximately"),
        pytest.param("An estimated 11,000 troops were deployed.", [(11_000.0, "approximate")], id="an estimated"),
        # corpus guideline, "Qualifiers": at_least
        pytest.param("At least 100 people were killed.", [(100.0, "at_least")], id="at least"),
        pytest.param("More than 50 soldiers were wounded.", [(50.0, "at_least")], id="more than"),
        pytest.param("Over 1,000 civilians have been killed.", [(1_000.0, "at_least")], id="over"),
        pytest.param("Upwards of 400 soldiers were captured.", [(400.0, "at_least")], id="upwards of"),
        pytest.param("The death toll exceeded 76,000.", [(76_000.0, "at_least")], id="exceeded"),
        # corpus guideline, "Qualifiers": at_most
        pytest.param("Up to 3,000 troops were deployed.", [(3_000.0, "at_most")], id="up to"),
        pytest.param("Nearly 900 soldiers were killed.", [(900.0, "at_most")], id="nearly"),
        pytest.param("Almost 60 people were injured.", [(60.0, "at_most")], id="almost"),
        pytest.param("Fewer than 20 soldiers were wounded.", [(20.0, "at_most")], id="fewer than"),
        pytest.param("Close to 5,000 people have been killed.", [(5_000.0, "at_most")], id="close to"),
        pytest.param("Just under 700 soldiers were captured.", [(700.0, "at_most")], id="just under"),
        pytest.param("As many as 1,500 civilians were killed.", [(1_500.0, "at_most")], id="as many as"),
        pytest.param("Approaching 10,000 soldiers have been killed.", [(10_000.0, "at_most")], id="approaching"),
        # general news style
        pytest.param("The strike killed about 30 people.", [(30.0, "approximate")], id="about, after the verb"),
        pytest.param("The army says at least 12 soldiers died.", [(12.0, "at_least")], id="at least, reported"),
        pytest.param("Well over 2,000 troops were deployed.", [(2_000.0, "at_least")], id="well over"),
        pytest.param(
            "100 or more civilians were killed.",
            [(100.0, "at_least")],
            id="or more after",
        ),
        pytest.param("No more than 40 soldiers were captured.", [(40.0, "at_most")], id="no more than"),
    ],
)
def test_hedges(text: str, expected: list[tuple[object, str]]) -> None:
    assert qualified(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # corpus guideline, "Qualifiers": range and vague
        pytest.param("Between 40 and 50 people were killed.", [((40.0, 50.0), "range")], id="between x and y"),
        pytest.param("10,000 to 12,000 troops were deployed.", [((10_000.0, 12_000.0), "range")], id="x to y"),
        pytest.param(
            "Some 10,000-12,000 troops were deployed.",
            [((10_000.0, 12_000.0), "range")],
            id="hedged range stays a range",
        ),
        pytest.param("Dozens of civilians were wounded.", [(None, "vague")], id="dozens"),
        pytest.param("Hundreds of soldiers have been killed.", [(None, "vague")], id="hundreds"),
        pytest.param("Thousands of civilians have been killed.", [(None, "vague")], id="thousands"),
        pytest.param(
            "Tens of thousands of troops were deployed.",
            [(None, "vague")],
            id="tens of thousands",
        ),
        pytest.param("Several hundred soldiers were captured.", [(None, "vague")], id="several hundred"),
    ],
)
def test_range_and_vague(text: str, expected: list[tuple[object, str]]) -> None:
    assert qualified(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # corpus guideline, "Finer rules": a hedge carries over to a number sharing its verb
        pytest.param(
            "Around 300 soldiers have been killed and 2,700 injured.",
            [(300.0, "approximate"), (2_700.0, "approximate")],
            id="around 300 killed and 2,700 injured",
        ),
        pytest.param(
            "At least 100 have been killed and another 1,000 have been wounded.",
            [(100.0, "at_least"), (1_000.0, "exact")],
            id="own clause keeps its own qualifier",
        ),
        # general news style
        pytest.param(
            "At least 20 people were killed and 45 wounded.",
            [(20.0, "at_least"), (45.0, "at_least")],
            id="at least, elliptical second number",
        ),
        pytest.param(
            "Nearly 50 soldiers died, while 12 others were captured.",
            [(50.0, "at_most"), (12.0, "exact")],
            id="while clause does not inherit",
        ),
        pytest.param(
            "About 30 people were killed; 80 were wounded.",
            [(30.0, "approximate"), (80.0, "exact")],
            id="semicolon clause does not inherit",
        ),
        pytest.param(
            "Rebel fighters captured more than 40 border guards and 12 customs officers, the ministry said.",
            [(40.0, "at_least"), (12.0, "at_least")],
            id="two objects of one verb",
        ),
        pytest.param(
            "At least 10 soldiers and 5 civilians were killed in the shelling.",
            [(10.0, "at_least"), (5.0, "at_least")],
            id="two subjects of one verb",
        ),
        pytest.param(
            "At least 10 soldiers were killed and 5 civilians were wounded in the shelling.",
            [(10.0, "at_least"), (5.0, "exact")],
            id="a verb of its own keeps its own qualifier",
        ),
    ],
)
def test_hedge_carry_over(text: str, expected: list[tuple[object, str]]) -> None:
    assert qualified(text) == expected


def test_a_hedge_carries_along_a_list_of_places() -> None:
    """PHENOMENA 5: "Roughly 800 fighters in X, 260 in Y and 75 in Z have laid down their arms": one verb,
    one hedge for every number of the list."""
    text = "About 40 people were killed in Kharkiv, 12 in Sumy and 3 in Odesa, officials said after the strikes."
    assert [(f.value, f.qualifier) for f in extract_figures(text, meta=WAR_REPORT)] == [
        (40.0, "approximate"),
        (12.0, "approximate"),
        (3.0, "approximate"),
    ]
