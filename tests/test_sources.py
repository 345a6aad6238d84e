"""One name per source (issue 9) in whole articles: ties of people to bodies, bodies named before, the
seed article, the bundled NIS figures and the measures on a hand-annotated gold.

The articles below are invented (invented countries and bodies, absent from the registry), so the
cases test the rules, not the corpus's sentences.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from extractors import extract_figures
from extractors.cli import extract_paths
from extractors.source_names import name_source
from tests.conftest import WAR_REPORT
from tests.corpus_copies import ROOT, SEED_DOC
from tests.corpus_fields import _matched, field_scores, read_gold

SOURCES_GOLD = ROOT / "tests" / "corpus" / "dev" / "sources.jsonl"
NIS = "National Intelligence Service (South Korea)"


def sources(text: str) -> list[tuple[float | None, str | None, str | None]]:
    return [(figure.value, figure.source, figure.source_type) for figure in extract_figures(text, meta=WAR_REPORT)]


ARTICLES = [
    pytest.param(
        "Estrelian army spokeswoman Mirela Kost said 17 soldiers died on Tuesday.",
        [(17, "Armed Forces (Estrelia)", "military")], id="an army's spokeswoman",
    ),
    pytest.param(
        "Ivan Petrov, spokesman for Estrelia's Northern battlegroup, said 30 soldiers were killed.",
        [(30, "Ministry of Defence (Estrelia)", "military")], id="a battlegroup's spokesman",
    ),
    pytest.param(
        "Estrelia's health minister, Ana Bel, visited the city.\n\nBel said 40 civilians were killed in the strike.",
        [(40, "Ministry of Health (Estrelia)", "health authority")], id="a minister named before",
    ),
    pytest.param(
        "Lee Min-ho, a lawmaker, spoke after a closed-door briefing by the Estrelian Intelligence Directorate "
        "(EID).\n\n"
        "About 300 soldiers have been killed, Lee said.",
        [(300, "Intelligence Directorate (Estrelia)", "intelligence")], id="a lawmaker briefed by a body",
    ),
    pytest.param(
        "Estrelia's Intelligence Directorate (EID) said 200 soldiers were wounded. The EID said 12 more were "
        "captured.",
        [(200, "Intelligence Directorate (Estrelia)", "intelligence"),
         (12, "Intelligence Directorate (Estrelia)", "intelligence")], id="the same body, another article",
    ),
    pytest.param(
        "Shelling hit a base of the UN Mission in Estrelia (UNMIE) on Monday. Four peacekeepers were wounded, "
        "the mission said.",
        [(4, "UN Mission in Estrelia", "international body")], id="the mission named before",
    ),
    pytest.param(
        "The Valdonian news agency VNA, citing the defence ministry of Estrelia, said 12 soldiers were killed.",
        [(12, "Ministry of Defence (Estrelia)", "military")], id="an agency relays a ministry",
    ),
    pytest.param(
        "Estrelia's defence ministry said 50 soldiers were killed in the offensive. Later the defence ministry "
        "said 20 more had died.",
        [(50, "Ministry of Defence (Estrelia)", "military"), (20, "Ministry of Defence (Estrelia)", "military")],
        id="an unqualified ministry after a qualified one",
    ),
    pytest.param(
        "Estrelia's health ministry runs the hospitals in the north.\n\nShelling killed 40 people on Sunday, the "
        "health ministry said.",
        [(40, "Ministry of Health (Estrelia)", "health authority")], id="a ministry the article qualified before",
    ),
    pytest.param(
        "Britain's Ministry of Defence said 1,000 Russian soldiers were killed, in an update that drew on figures "
        "published by Ukraine's General Staff.",
        [(1000, "Ministry of Defence (United Kingdom)", "military")], id="an analysis keeps its author",
    ),
    pytest.param(
        "Two Estrelian officials said 15 soldiers died.",
        [(15, "Estrelian officials", "unnamed")], id="unnamed officials",
    ),
    pytest.param(
        "Fifteen people were killed in Lebanon, the health ministry said.",
        [(15, "Ministry of Health (Lebanon)", "health authority")], id="a health ministry counts its own dead",
    ),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), ARTICLES)
def test_article_sources(text: str, expected: list) -> None:
    assert sources(text) == expected


def test_claimant_as_written_is_kept() -> None:
    figure = extract_figures(
        "Estrelian army spokeswoman Mirela Kost said 17 soldiers died on Tuesday.", meta=WAR_REPORT
    )[0]
    assert (figure.claimant, figure.source) == ("Mirela Kost", "Armed Forces (Estrelia)")


@pytest.fixture(scope="module")
def bundled() -> pd.DataFrame:
    table, errors = extract_paths([str(ROOT / "seeds")])
    assert errors == [], errors
    return table


def test_seed_sources(bundled: pd.DataFrame) -> None:
    seed = bundled[bundled["doc"] == SEED_DOC]
    got = {(row.category, row.source, row.source_type) for row in seed.itertuples()}
    assert got == {
        ("captured", "Volodymyr Zelensky", "person"),
        ("deployed", "Ukrainian and Western assessments", "unnamed"),
        ("killed", NIS, "intelligence"),
        ("wounded", NIS, "intelligence"),
    }


def test_a_source_name_names_itself(bundled: pd.DataFrame) -> None:
    """A source's one name, read again, is the same name: the names are fixed points of the rules."""
    names = {name for name in bundled["source"].dropna() if name_source(name).named}
    changed = {name: name_source(name).name for name in names if name_source(name).name != name}
    assert len(names) > 40 and not changed, changed


def test_every_nis_figure_goes_by_one_name(bundled: pd.DataFrame) -> None:
    """Filtering by the NIS finds every figure that comes from it, whichever name each article used."""
    rows = bundled.astype(object).where(bundled.notna(), None).to_dict("records")
    pairs = _matched(rows, read_gold([SOURCES_GOLD]))
    gold_nis = [(gold["doc"], gold["value"], gold["category"]) for gold, _ in pairs if gold["source"] == NIS]
    wrong = [(gold["doc"], gold["claimant"], pred["source"]) for gold, pred in pairs
             if gold["source"] == NIS and pred["source"] != NIS]  # fmt: skip
    assert len(gold_nis) >= 10 and not wrong, wrong
    assert len(bundled[bundled["source"] == NIS]) == len(gold_nis)
    assert len(set(bundled.loc[bundled["source"] == NIS, "claimant"])) >= 4  # written four ways or more


# What the rules reach on sets annotated by hand for sources from the guideline: seed + dev
# (tests/corpus/dev/sources.jsonl; first score, before any rule was tuned on it: same-source pairs 0.785,
# different-source pairs 0.999, names per source 1.69, source_type 0.881), held-out 4 and 5 (annotated
# later; first scores 0.593 / 0.998 / 1.89 / 0.861 and 0.4 / 0.995 / 1.5 / 0.734). Held-out 5 has only
# ten same-source pairs across its articles.
SOURCE_SETS = {
    "seed + dev": (ROOT / "seeds", SOURCES_GOLD, {"same_source_pairs": 0.90, "source_type_acc": 0.90}, 1.3),
    "heldout4": (ROOT / "tests/corpus/heldout4/docs", ROOT / "tests/corpus/heldout4/sources.jsonl",
                 {"same_source_pairs": 0.75, "source_type_acc": 0.88}, 1.7),
    "heldout5": (ROOT / "tests/corpus/heldout5/docs", ROOT / "tests/corpus/heldout5/sources.jsonl",
                 {"same_source_pairs": 0.55, "source_type_acc": 0.75}, 1.3),
}  # fmt: skip


@pytest.mark.parametrize(("docs", "gold", "bars", "names_per_source"), SOURCE_SETS.values(), ids=SOURCE_SETS.keys())
def test_source_measures(docs: Path, gold: Path, bars: dict, names_per_source: float) -> None:
    table, errors = extract_paths([str(docs)])
    assert errors == [], errors
    rows = table.astype(object).where(table.notna(), None).to_dict("records")
    scores = field_scores(rows, read_gold([gold]))
    low = {name: scores[name] for name, bar in bars.items() if scores[name] < bar}
    assert not low and scores["different_source_pairs"] >= 0.99, scores
    assert scores["names_per_source"] <= names_per_source, scores


def test_gold_covers_every_seed_and_dev_figure() -> None:
    gold = read_gold([Path(SOURCES_GOLD)])
    assert len(gold) == 273 and all({"source", "source_type", "source_country"} <= set(line) for line in gold)
