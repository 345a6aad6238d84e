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
SAMPLES_GOLD = ROOT / "tests" / "corpus" / "samples" / "gold.jsonl"  # the bundled sample articles d31-d34
NIS = "National Intelligence Service (South Korea)"


def sources(text: str) -> list[tuple[float | None, str | None, str | None]]:
    return [(figure.value, figure.source, figure.source_type) for figure in extract_figures(text, meta=WAR_REPORT)]


ARTICLES = [
    pytest.param(
        "Fighting went on.\n\nIvo Danek, a lawmaker on the intelligence committee, told reporters after a briefing "
        "that the Marovan Intelligence Bureau believed Kestan had sent about 13,000 troops.",
        [(13000, "Intelligence Bureau (Marova)", "intelligence")],
        id="a lawmaker telling what a body believes passes on the body's figure",
    ),
    pytest.param(
        "DEATH TOLL\n\n* Marova's health minister, Ivo Danek, said in January that at least 20,000 people had been "
        "killed in the war.",
        [(20000, "Ministry of Health (Marova)", "health authority")],
        id="a factbox line opening on a minister's role ties him to his ministry",
    ),
    pytest.param(
        "Shelling went on. In the Orsk region alone, 46 civilians were killed in June, according to figures from "
        "the regional military administration cited by a local news site.",
        [(46, "Regional military administration (Orsk)", "government")],
        id="a regional body is the region's its sentence names; a news site citing it only passes it on",
    ),
    pytest.param(
        "Strikes hit Orsk.\n\nOrsk Relief Agency Director-General Ivo Tesk Danek said 40 health workers had been "
        "killed.",
        [(40, "Orsk Relief Agency", "government")],
        id="a body's director-general speaks for it",
    ),
    pytest.param(
        "Shelling hit Orsk. Dozens were taken to Orsk General Hospital.\n\nThe hospital's medical director, Dr Ivo "
        "Danek, said it had received 110 wounded people.",
        [(110, "Orsk General Hospital", "health authority")],
        id="a hospital's medical director speaks for the hospital named before",
    ),
    pytest.param(
        "Shelling hit Orsk. Teams at Al-Tesk Hospital took in the wounded.\n\nAl-Tesk is one of the last hospitals "
        "open in the city. Its director, Dr Ivo Danek, said 40 people were killed.",
        [(40, "Al-Tesk Hospital", "health authority")],
        id="'its director' is the director of the hospital the sentence before opens with",
    ),
    pytest.param(
        "Shelling hit Orsk. The Marovan refugee agency, MRWA, has lost staff.\n\nOver 36 of its employees have been "
        "killed in the war, according to the agency's commissioner-general, Ivo Danek.",
        [(36, "MRWA", "monitor")],
        id="'the agency' is the acronym set beside it, its commissioner-general speaks for it",
    ),
    pytest.param(
        "Strikes hit Velm. Velm's Ministry of Public Health's Emergency Operations Centre said 1,974 people had been "
        "killed since the war began.\n\nIn its daily statement, the Centre said strikes had killed 37 people.",
        [(1974, "Ministry of Health (Velm)", "health authority"),
         (37, "Ministry of Health (Velm)", "health authority")],
        id="a ministry's centre is the ministry; 'the Centre' is the one named before",
    ),
    pytest.param(
        "Strikes hit Tesk. More than 4,000 people have been killed in Tesk, the enclave's health ministry said.\n\n"
        "The Orsk-run ministry put the toll at 4,005 dead.",
        [(4000, "Ministry of Health", "health authority"), (4005, "Ministry of Health", "health authority")],
        id="'the X-run ministry' is the ministry named before",
    ),
    pytest.param(
        "Velm's Ministry of Health gave its count on Monday.\n\nIvo Danek, who heads the ministry's information "
        "centre, said 61 people were killed in the strikes.",
        [(61, "Ministry of Health (Velm)", "health authority")],
        id="who heads a part of the body named before: the body",
    ),
    pytest.param(
        "Shelling hit Orsk. The Orsk Teaching Hospital is the last one open.\n\nIvo Danek, who has run the hospital "
        "since 2023, said 47 of the wounded had died.",
        [(47, "Orsk Teaching Hospital", "health authority")],
        id="who has run the hospital named before",
    ),
    pytest.param(
        "At Orsk Medical Complex, hospital spokesman Ivo Danek said the hospital had received 23 bodies.",
        [(23, "Orsk Medical Complex", "health authority")],
        id="a hospital spokesman; the sentence's opening preposition is no part of the name",
    ),
    pytest.param(
        "Opposition leader Ivo Danek al-Marovic visited the front.\n\n"
        "Marovic said 120 rebels were killed in the offensive.",
        [(120, "Ivo Danek al-Marovic", "person")],
        id="a surname alone is the full name the article gave before",
    ),
    pytest.param(
        "Fighting went on in Mali.\n\nJNIM, al-Qaeda's affiliate in the region, claimed the raid. In a statement, "
        "the group said its fighters had killed 60 soldiers.",
        [(60, "Jama'at Nusrat al-Islam wal-Muslimin", "armed group")],
        id="'the group' is the armed group named before by a name with no head word",
    ),
    pytest.param(
        "BAKU - Azerbaijan's health ministry said 60 civilians died in Azerbaijan, Azerbaijan said.\n\n"
        "In Armenia, the Prime Minister's Office said 20 people were killed.",
        [
            (60, "Ministry of Health (Azerbaijan)", "health authority"),
            (20, "Prime Minister's Office (Armenia)", "government"),
        ],
        id="a sentence opening on a country gives the body after it its country",
    ),
    pytest.param(
        "Azerbaijan's Ministry of Defence said Armenia lost 900 soldiers.\n\nLater the Azerbaijani ministry said "
        "35 Armenian soldiers had surrendered.",
        [(900, "Ministry of Defence (Azerbaijan)", "military"), (35, "Ministry of Defence (Azerbaijan)", "military")],
        id="'the <demonym> ministry' is that country's ministry named before",
    ),
    pytest.param(
        "Armenia's health ministry said 40 civilians died.\n\nLater the Azerbaijani ministry said 35 Armenian "
        "soldiers had surrendered.",
        # an unnamed body keeps its words and takes the type its head names: a ministry is the government's
        [(40, "Ministry of Health (Armenia)", "health authority"), (35, "Azerbaijani ministry", "government")],
        id="not another country's ministry",
    ),
    pytest.param(
        "A missile hit Velmora at dawn. The Velmora Regional Military Administration said 11 civilians were killed.",
        [(11, "Velmora Regional Military Administration", "government")],
        id="a military administration is a civil office",
    ),
    pytest.param(
        "Shelling went on overnight. The Government Media Office in Velmora said 26 people were killed.",
        [(26, "Government Media Office in Velmora", "government")],
        id="a government's media office is a government office",
    ),
    pytest.param(
        "The UN Interim Force in Lebanon (UNIFIL) has about 9,000 peacekeepers in the south, spokesman Ivo Dan "
        "said. Israel's army, the Israel Defense Forces, shelled the hills.",
        [(9000, "UN Interim Force in Lebanon", "international body")],
        id="a spokesman speaks for the force named before him",
    ),
    pytest.param(
        "Estrelian army spokeswoman Mirela Kost said 17 soldiers died on Tuesday.",
        [(17, "Armed Forces (Estrelia)", "military")], id="an army's spokeswoman",
    ),
    pytest.param(
        "Ivan Petrov, spokesman for Estrelia's Northern battlegroup, said 30 soldiers were killed.",
        [(30, "Ministry of Defence (Estrelia)", "military")], id="a battlegroup's spokesman",
    ),
    pytest.param(
        "Estrelian President Ivo Dan said 40 soldiers were killed in the battle.",
        [(40, "Ivo Dan", "government")], id="a president speaks as the government, under his name",
    ),
    pytest.param(
        "A drone hit Velmora overnight. Eight civilians were killed, the city's acting mayor, Ana Bel, said.",
        [(8, "Ana Bel", "government")], id="a mayor named after a comma",
    ),
    pytest.param(
        "Tomas Ruo, a farmer who met President Ivo Dan last year, said 12 civilians were killed in the strike.",
        [(12, "Tomas Ruo", "person")], id="another's office near a name is not theirs",
    ),
    pytest.param(
        "Tomas Ruo, a surgeon at the Velmora city hospital, said 12 civilians were killed in the strike.",
        [(12, "Tomas Ruo", "health authority")], id="a surgeon speaks as a health authority, under his name",
    ),
    pytest.param(
        "Major General Ivo Dan told reporters that 30 soldiers were killed in the battle for Orsk.",
        [(30, "Ivo Dan", "military")], id="a general speaks as the military, under his name",
    ),
    pytest.param(
        "Ivo Dan, an aide to the Estrelian president, said 30 prisoners of war were returned to Estrelia.",
        [(30, "Ivo Dan", "government")], id="an aide speaks as the government, under his name",
    ),
    pytest.param(
        "The Orsk Regional Military Administration reported shelling. Orsk governor Ivo Dan said 12 civilians "
        "were killed. Velm governor Ana Bel said 3 civilians were killed.",
        [(12, "Orsk Regional Military Administration", "government"), (3, "Ana Bel", "government")],
        id="a governor speaks for the administration of the region named with them",
    ),
    pytest.param(
        "The Orsk Regional Military Administration reported a strike on the city.\n\n"
        "The regional administration said 12 civilians were killed.",
        [(12, "Orsk Regional Military Administration", "government")],
        id="the regional administration named before",
    ),
    pytest.param(
        "The General Command of the Orskan Armed Forces said the army had advanced.\n\n"
        "The General Command said 52 fighters were captured.",
        [(52, "General Command of the Orskan Armed Forces", "military")],
        id="a body's short name as the article wrote it in full before",
    ),
    pytest.param(
        "An airstrike hit a school in Gaza City on Monday.\n\nAt least 20 Palestinians were killed, health "
        "authorities in Gaza said.",
        [(20, "Ministry of Health (Gaza)", "health authority")],
        id="'health' before a lower-case noun is no title",
    ),
    pytest.param(
        "Tomas Ruo, a combat medic, said 12 soldiers were killed in the strike.",
        [(12, "Tomas Ruo", "person")], id="a medic speaks as a person",
    ),
    pytest.param(
        "The Committee to Defend Velmoran Reporters said nine journalists were killed in the strike.",
        [(9, "Committee to Defend Velmoran Reporters", "monitor")], id="a name joined by 'to'",
    ),
    pytest.param(
        "The Estrelian army gave a lower toll, read out by its spokesman, Colonel Ivo Dan: 14 soldiers died.",
        [(14, "Armed Forces (Estrelia)", "military")], id="its spokesman",
    ),
    pytest.param(
        "BAMAKO - Mali's armed forces said on Monday that 30 soldiers were killed in an attack on a camp.",
        [(30, "Malian Armed Forces", "military")], id="a dateline before the claimant is no part of it",
    ),
    pytest.param(
        "Shelling hit a UN base on Monday. The largest contingents come from Nepal (900) and Ghana (800), "
        "according to U.N. data.",
        [(900, "United Nations", "international body"), (800, "United Nations", "international body")],
        id="'according to U.N. data' keeps the initials' full stops",
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
        "Shelling hit a clinic near Orsk.\n\n\"We treated 22 wounded people overnight,\" said Ana Rilke, Head of "
        "the HRMMU.",
        [(22, "UN Human Rights Monitoring Mission in Ukraine", "international body")],
        id="a role after a name ends in an acronym",
    ),
    pytest.param(
        "Kestan's human rights ombudsman, Ilse Varga, said 60 civilians were killed in the shelling.",
        [(60, "Ombudsman (Kestan)", "government")], id="an ombudsman speaks as the office",
    ),
    pytest.param(
        "Three soldiers were wounded, the Estrelian Army's 8th Infantry Division said.\n\nThe division's "
        "spokesperson, Major Ivo Danek, said two rebels were killed.",
        [(3, "Armed Forces (Estrelia)", "military"), (2, "Armed Forces (Estrelia)", "military")],
        id="'the division's spokesperson', with a rank, speaks for the division named before",
    ),
    pytest.param(
        "Estrelia's Coordination Headquarters for Prisoners said 84 soldiers were freed. Ivo Danek, the "
        "headquarters' secretary, said 800 soldiers were still held.",
        [(84, "Coordination Headquarters for Prisoners (Estrelia)", "government"),
         (800, "Coordination Headquarters for Prisoners (Estrelia)", "government")],
        id="'the headquarters' secretary' speaks for the headquarters named before",
    ),
    pytest.param(
        "The acting governor of the Orsk region, Ivo Danek, said 12 residents were killed.",
        [(12, "Ivo Danek", "government")], id="a governor named after his office speaks as the government",
    ),
    pytest.param(
        '"Forty of our people are home," President Ana Bel wrote. "Men from the Estrelian Army, the Velmoran '
        'Guard and the State Border Guard Service. Most were held since 2022." Among those returned were 15 '
        'wounded men, she said.',
        [(40, "Ana Bel", "government"), (15, "Ana Bel", "government")],
        id="a body a quote names is not the person 'she' means",
    ),
    pytest.param(
        'Shelling went on, the head of the mission, Ana Bel, said. "Two of the worst attacks of the war came in '
        'Velmo Rosk." In all, 40 civilians were killed in April, she said.',
        [(40, "Ana Bel", "person")], id="a place after 'in' is not the person 'she' means",
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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Andriy Kovalenko, a spokesman for Ukraine's Defence Intelligence agency, said 120 Russian soldiers "
            "were killed in the shelling.",
            [(120, "Main Intelligence Directorate (Ukraine)", "intelligence")],
            id="a registered body and 'agency'",
        ),
    ],
)
def test_a_generic_noun_after_a_registered_name(text: str, expected: list) -> None:
    assert sources(text) == expected


def test_an_unqualified_ministry_takes_the_country_the_headline_gives() -> None:
    """ "..., UK intelligence says" in the title: its "the Ministry of Defence" is Britain's, though the
    article names Russia more often."""
    text = (
        "Russian forces lost about 1,500 soldiers near Kupiansk in March, the Ministry of Defence said in its "
        "daily update on the war. Russia has not commented. Russia denies heavy losses. Russia's army pressed on."
    )
    meta = {"title": "Russia lost 1,500 troops near Kupiansk, UK intelligence says"}
    [figure] = extract_figures(text, meta=meta)
    assert (figure.source, figure.source_country) == ("Ministry of Defence (United Kingdom)", "United Kingdom")


def test_an_unnamed_army_counting_an_armed_groups_dead_is_the_state_that_fights_it() -> None:
    """ "the chief of staff said the army had killed 9,000 Hamas fighters", in an article that names the
    Palestinians more than Israel: the chief of staff is Israel's."""
    text = (
        "Palestinian officials said the Palestinian toll had risen again, and Palestinian rescuers searched the "
        "rubble in Gaza City. Israel did not comment.\n\n"
        "In March, the outgoing chief of staff, Lieutenant General Amos Ben-Dor, said the army had killed about "
        "9,000 Hamas fighters in Gaza."
    )
    [figure] = [f for f in extract_figures(text, meta=WAR_REPORT) if f.value == 9000]
    assert (figure.source, figure.source_country) == ("Israel Defense Forces", "Israel")


def test_an_armed_groups_forces_named_before_leave_the_army_the_states() -> None:
    """ "JNIM's forces attacked ..." then "Army spokesman X said": the army is Mali's, not an armed group's."""
    text = (
        "JNIM's forces attacked a convoy near Gao, in northern Mali, on Monday, Malian officials said.\n\n"
        "Army spokesman Colonel Ivo Dan said 12 soldiers were killed in the attack."
    )
    [figure] = extract_figures(text, meta=WAR_REPORT)
    assert (figure.source_type, figure.source_country) == ("military", "Mali")


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
        ("captured", "Volodymyr Zelensky", "government"),
        ("deployed", "Ukrainian and Western assessments", "unnamed"),
        ("killed", NIS, "intelligence"),
        ("wounded", NIS, "intelligence"),
    }


def test_a_source_name_names_itself(bundled: pd.DataFrame) -> None:
    """A source's one name, read again, is the same name: the names are fixed points of the rules."""
    names = {name for name in bundled["source"].dropna() if name_source(name).named}
    changed = {name: name_source(name).name for name in names if name_source(name).name != name}
    assert len(names) > 40 and not changed, changed


def _nis_check(bundled: pd.DataFrame, gold_file) -> tuple[list, list, pd.DataFrame]:
    gold = read_gold([gold_file])
    docs = {line["doc"] for line in gold}
    rows = bundled[bundled["doc"].isin(docs)]
    pairs = _matched(rows.astype(object).where(rows.notna(), None).to_dict("records"), gold)
    gold_nis = [(g["doc"], g["value"], g["category"]) for g, _ in pairs if g["source"] == NIS]
    wrong = [(g["doc"], g["claimant"], p["source"]) for g, p in pairs if g["source"] == NIS and p["source"] != NIS]
    return gold_nis, wrong, rows


def test_every_nis_figure_goes_by_one_name(bundled: pd.DataFrame) -> None:
    """Filtering by the NIS finds every figure that comes from it, whichever name each article used
    (the seed and dev articles, annotated for sources by hand)."""
    gold_nis, wrong, rows = _nis_check(bundled, SOURCES_GOLD)
    assert len(gold_nis) >= 10 and not wrong, wrong
    assert len(rows[rows["source"] == NIS]) == len(gold_nis)
    assert len(set(rows.loc[rows["source"] == NIS, "claimant"])) >= 4  # written four ways or more


def test_every_nis_figure_of_the_sample_articles_goes_by_one_name(bundled: pd.DataFrame) -> None:
    """The bundled sample articles d31-d34, annotated apart: "..., when it said about 300 had died" (the
    "it" is the intelligence service named before it in its sentence) and a relative clause before the
    sentence's own claim ("the first such capture Kyiv has reported, ..., the NIS said")."""
    gold_nis, wrong, rows = _nis_check(bundled, SAMPLES_GOLD)
    assert len(gold_nis) >= 3 and not wrong, wrong
    assert len(rows[rows["source"] == NIS]) == len(gold_nis)


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
                 {"same_source_pairs": 0.55, "source_type_acc": 0.74}, 1.3),  # its gold types a general a person
    # real-style sets with sources in their gold files, read after their blind first scores (same-source
    # pairs / source_type: held-out 11 0.578 / 0.704, held-out 12 0.448 / 0.601, held-out 14 0.722 / 0.708,
    # held-out 15 0.468 / 0.684, held-out 17 0.683 / 0.724, held-out 18 0.616 / 0.650, held-out 19 0.483 / 0.658)
    "heldout11": (ROOT / "tests/corpus/heldout11/docs", ROOT / "tests/corpus/heldout11/gold.jsonl",
                  {"same_source_pairs": 0.860, "source_type_acc": 0.910}, 1.35),
    "heldout12": (ROOT / "tests/corpus/heldout12/docs", ROOT / "tests/corpus/heldout12/gold.jsonl",
                  {"same_source_pairs": 0.890, "source_type_acc": 0.740}, 1.4),
    "heldout14": (ROOT / "tests/corpus/heldout14/docs", ROOT / "tests/corpus/heldout14/gold.jsonl",
                  {"same_source_pairs": 0.880, "source_type_acc": 0.840}, 1.5),
    "heldout17": (ROOT / "tests/corpus/heldout17/docs", ROOT / "tests/corpus/heldout17/gold.jsonl",
                  {"same_source_pairs": 0.790, "source_type_acc": 0.825}, 1.8),
    "heldout18": (ROOT / "tests/corpus/heldout18/docs", ROOT / "tests/corpus/heldout18/gold.jsonl",
                  {"same_source_pairs": 0.940, "source_type_acc": 0.770}, 1.25),
    "heldout19": (ROOT / "tests/corpus/heldout19/docs", ROOT / "tests/corpus/heldout19/gold.jsonl",
                  {"same_source_pairs": 0.930, "source_type_acc": 0.890}, 1.25),
    "heldout15": (ROOT / "tests/corpus/heldout15/docs", ROOT / "tests/corpus/heldout15/gold.jsonl",
                  {"same_source_pairs": 0.720, "source_type_acc": 0.830}, 1.55),
    # held-out 21 (blind first 0.471 / 0.787) and 22 (0.615 / 0.771), read after
    "heldout21": (ROOT / "tests/corpus/heldout21/docs", ROOT / "tests/corpus/heldout21/gold.jsonl",
                  {"same_source_pairs": 0.810, "source_type_acc": 0.895}, 1.55),
    "heldout22": (ROOT / "tests/corpus/heldout22/docs", ROOT / "tests/corpus/heldout22/gold.jsonl",
                  {"same_source_pairs": 0.700, "source_type_acc": 0.770}, 1.8),
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
