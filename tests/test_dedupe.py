"""One row per distinct figure: repeats merge, different claims stay apart.

Each case is a short article and its rows as ``(value, category, qualifier, claimant)``,
claimants folded to lower case as the scorer compares them.
"""

from __future__ import annotations

import pytest

from extractors import extract_figures
from tests.conftest import WAR_REPORT

BODY = "SEOUL - Around 11,000 North Korean troops have been deployed to Russia, according to Western assessments."
LATER = "The troops arrived in the autumn."


def rows(text: str) -> list[tuple[float | None, str, str, str | None]]:
    figures = extract_figures(text, meta=WAR_REPORT)
    for figure in figures:
        assert text[figure.start : figure.end] == figure.span
    return [
        (figure.value, figure.category, figure.qualifier, figure.claimant and figure.claimant.lower())
        for figure in figures
    ]


DEPLOYED = (11_000.0, "deployed", "approximate", "western assessments")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # corpus guideline, "What is one figure": a caption repeating the body is one row
        pytest.param(
            f"{BODY}\n\n{BODY[len('SEOUL - ') :]}\n\n{LATER}", [DEPLOYED], id="caption repeats the body sentence"
        ),
        pytest.param(
            f"{BODY}\n\nAround 11,000 North Korean troops have been deployed to Russia (file photo)\n\n{LATER}",
            [DEPLOYED],
            id="caption without attribution, after the body",
        ),
        pytest.param(
            f"Around 11,000 North Korean troops have been deployed to Russia (file photo)\n\n{BODY}",
            [DEPLOYED],
            id="caption without attribution, before the body",
        ),
        pytest.param(
            "300 soldiers killed, lawmaker says\n\nAbout 300 soldiers have been killed, a lawmaker said on Wednesday.",
            [(300.0, "killed", "approximate", "lawmaker")],
            id="headline repeats the body, qualifier from the body",
        ),
        pytest.param(
            f"{BODY}\n\nNorth Korean soldiers at a parade. Around 11,000 North Korean troops have been deployed"
            f" to Russia.\n\n{LATER}",
            [DEPLOYED],
            id="caption in sentence form without attribution",
        ),
        # corpus guideline, "What is one figure": a paraphrase followed by the quote is one row
        pytest.param(
            'Volodymyr Zelensky said two soldiers had been captured in Kursk. "We have captured two soldiers,"'
            " he told reporters.",
            [(2.0, "captured", "exact", "volodymyr zelensky")],
            id="paraphrase then quote, pronoun",
        ),
        pytest.param(
            "Volodymyr Zelensky said on Sunday that Ukrainian troops had captured two North Korean soldiers."
            ' "Our soldiers captured two North Korean soldiers," Mr Zelensky wrote.',
            [(2.0, "captured", "exact", "volodymyr zelensky")],
            id="paraphrase then quote, surname",
        ),
        pytest.param(
            'Lee Seong-kweun said about 300 soldiers had been killed. "About 300 soldiers have been killed," he said.',
            [(300.0, "killed", "approximate", "lee seong-kweun")],
            id="paraphrase then quote, same hedge",
        ),
        pytest.param(
            "The strike killed 12 people, the mayor said. The strike killed 12 people, the mayor said.",
            [(12.0, "killed", "exact", "the mayor")],
            id="verbatim repeat",
        ),
        # corpus guideline, "What is one figure": two claimants giving the same number are two rows
        pytest.param(
            "Ukraine's military said 500 Russian soldiers were killed in the battle. Britain's defence ministry"
            " also said 500 Russian soldiers were killed.",
            [
                (500.0, "killed", "exact", "ukraine's military"),
                (500.0, "killed", "exact", "britain's defence ministry"),
            ],
            id="two claimants, same number",
        ),
        pytest.param(
            "Kyiv says 2 North Korean soldiers were captured. South Korea's spy agency said 2 North Korean soldiers"
            " were captured.",
            [(2.0, "captured", "exact", "kyiv"), (2.0, "captured", "exact", "south korea's spy agency")],
            id="two governments, same number",
        ),
        # corpus guideline, "Finer rules": different numbers or categories stay apart
        pytest.param(
            "Officials said 40 people were killed in the strike. Hospital staff put the death toll at 45.",
            [(40.0, "killed", "exact", "officials"), (45.0, "killed", "exact", "hospital staff")],
            id="different numbers for one event",
        ),
        pytest.param(
            "Fifty soldiers were killed and 50 were wounded in the attack.",
            [(50.0, "killed", "exact", None), (50.0, "wounded", "exact", None)],
            id="same number, two categories",
        ),
    ],
)
def test_one_row_per_figure(text: str, expected: list[tuple[float | None, str, str, str | None]]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            f"Around 11,000 North Korean troops have been deployed to Russia (file photo)\n\n{BODY}",
            id="caption before the body",
        ),
        pytest.param(
            f"{BODY}\n\nAround 11,000 North Korean troops have been deployed to Russia (file photo)",
            id="caption after the body",
        ),
    ],
)
def test_kept_row_points_at_the_body(text: str) -> None:
    [figure] = extract_figures(text, meta=WAR_REPORT)
    assert figure.sentence == BODY


def test_a_body_and_its_spokesman_saying_one_number_give_one_row() -> None:
    """PHENOMENA 2: "At least 46 soldiers were killed, the army said. 'We lost 46 of our men,' army spokesman X
    told reporters" is one figure: the spokesman speaks for the army (the same source), the body's hedge stays."""
    text = (
        "KYIV (Sample Wire) - Fighting went on along the front on Monday, officials said.\n\n"
        "At least 46 soldiers were killed in the raid, the Ukrainian army said. 'We lost 46 of our men,' army "
        "spokesman Petro Marchenko told reporters."
    )
    assert [(f.value, f.qualifier, f.claimant) for f in extract_figures(text, meta={"title": "War in the east"})] == [
        (46.0, "at_least", "the Ukrainian army")
    ]


def test_two_names_for_one_countrys_military_saying_one_number_give_one_row() -> None:
    """PHENOMENA 2: a country's armed forces and its general staff are one military: the lede's "Ukraine's
    armed forces said 30 soldiers were killed" and the general staff's communique giving 30 are one figure."""
    text = (
        "KYIV (Sample Wire) - Ukraine's armed forces said on Monday that 30 soldiers were killed in the raid.\n\n"
        "In a statement, the General Staff of the Armed Forces of Ukraine said 30 soldiers had fallen and 12 were "
        "wounded."
    )
    rows = [(f.value, f.category) for f in extract_figures(text, meta={"title": "War in the east"})]
    assert rows == [(30.0, "killed"), (12.0, "wounded")]
