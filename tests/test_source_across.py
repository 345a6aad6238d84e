"""One name for a source across articles (issue 9): names that only meet across articles.

Each case is a table of (source, type, article) rows and the names that must be rewritten. Invented
people and bodies show that the rules, not a list of names, do the work.
"""

from __future__ import annotations

import pandas as pd
import pytest

from extractors import extract_figures
from extractors.cli import extract_paths
from extractors.intake.ingest import ingest_text
from extractors.source_across import unified_names, unify_sources
from extractors.store import figures_frame, load_figures
from extractors.store.dataset import write_partition
from extractors.store.source_merging import merge_dataset_sources

MERGED = [
    pytest.param([("Ivo Danek Marovic", "person", "a"), ("Ivo Danek", "person", "b"), ("Ivo Danek", "person", "c")],
                 {"Ivo Danek Marovic": "Ivo Danek"}, id="a name and its first words: the one most articles use"),
    pytest.param([("Marovic", "person", "a"), ("Ivo Danek Marovic", "person", "b")],
                 {"Marovic": "Ivo Danek Marovic"}, id="a surname alone"),
    pytest.param([("Mohammed Kasri", "person", "a"), ("Muhamad Kasri", "person", "b"),
                  ("Mohamed Kasri", "person", "b")],
                 {"Muhamad Kasri": "Mohammed Kasri", "Mohamed Kasri": "Mohammed Kasri"},
                 id="transliterations, the longer name on a tie of articles"),
    pytest.param([("Abdel Halim al-Tarazi", "person", "a"), ("Abdel Halim Tarazi", "person", "b")],
                 {"Abdel Halim Tarazi": "Abdel Halim al-Tarazi"}, id="a particle"),
    pytest.param([("Ivo Danek", "government", "a"), ("Ivo Danek Marovic", "person", "b")],
                 {"Ivo Danek": "Ivo Danek Marovic"}, id="a person speaking as the government"),
    pytest.param([("OVM", "monitor", "a"), ("Orsk Valley Monitor", "monitor", "b")],
                 {"OVM": "Orsk Valley Monitor"}, id="an acronym and the one name it spells"),
    pytest.param([("ISOC-4", "military", "a"), ("Internal Security Operations Command 4", "military", "b")],
                 {"ISOC-4": "Internal Security Operations Command 4"}, id="an acronym with a number"),
]  # fmt: skip

KEPT_APART = [
    pytest.param([("Kim", "person", "a"), ("Kim Jong Un", "person", "b"), ("Kim Yo Jong", "person", "c")],
                 id="a surname no full name ends on"),
    pytest.param([("Danek", "person", "a"), ("Ivo Danek", "person", "b"), ("Ana Danek", "person", "c")],
                 id="a surname two full names end on"),
    pytest.param([("Ivo Danek", "person", "a"), ("Ivo Danek Marovic", "person", "b"),
                  ("Ivo Danek Kost", "person", "c")],
                 id="first words of two longer names"),
    pytest.param([("Ivo Danek", "person", "a"), ("Ana Danek", "person", "b")], id="one surname, two people"),
    pytest.param([("Ahmed Ali", "person", "a"), ("Ahmed Alawi", "person", "b")], id="different consonants"),
    pytest.param([("OVM", "monitor", "a"), ("Orsk Valley Monitor", "monitor", "b"),
                  ("Orsk Village Militia", "armed group", "c")],
                 id="an acronym two names spell"),
    pytest.param([("Orsk Valley Monitor", "monitor", "a"), ("Orsk Valley", "person", "b")],
                 id="a body and a person are not one name"),
]  # fmt: skip


def test_a_person_speaks_for_the_one_body_another_article_ties_them_to() -> None:
    rows = [("Ivo Danek", "person", "a"), ("Orsk Regional Administration", "government", "b")]
    claimants = [("Ivo Danek", "Ivo Danek", "person"), ("Ivo Danek", "Orsk Regional Administration", "government")]
    assert unified_names(rows, claimants) == {"Ivo Danek": "Orsk Regional Administration"}


def test_a_person_tied_to_two_bodies_keeps_their_own_name() -> None:
    rows = [("Ivo Danek", "person", "a"), ("Orsk Monitor", "monitor", "b"), ("Velm Council", "government", "c")]
    claimants = [("Ivo Danek", "Ivo Danek", "person"), ("Ivo Danek", "Orsk Monitor", "monitor"),
                 ("Ivo Danek", "Velm Council", "government")]  # fmt: skip
    assert unified_names(rows, claimants) == {}


@pytest.mark.parametrize(("rows", "renamed"), MERGED)
def test_names_of_one_source_are_merged(rows: list, renamed: dict) -> None:
    assert unified_names(rows) == renamed


@pytest.mark.parametrize("rows", KEPT_APART)
def test_names_of_different_sources_are_kept_apart(rows: list) -> None:
    assert unified_names(rows) == {}


def test_a_table_takes_the_names_and_keeps_the_claimant_as_written() -> None:
    table = pd.DataFrame(
        {
            "doc": ["a", "b", "c"],
            "claimant": ["Marovic", "Ivo Danek Marovic", "the Orsk ministry"],
            "source": ["Marovic", "Ivo Danek Marovic", None],
            "source_type": ["person", "government", None],
            "source_country": [None, "Estrelia", None],
        }
    )
    unified = unify_sources(table)
    assert unified["source"].tolist()[:2] == ["Ivo Danek Marovic", "Ivo Danek Marovic"]
    assert unified["source_country"].tolist()[:2] == ["Estrelia", "Estrelia"]
    assert unified["claimant"].tolist() == table["claimant"].tolist()
    assert pd.isna(unified["source"].iloc[2])


def test_the_extract_command_gives_one_name_across_articles(tmp_path) -> None:
    (tmp_path / "one.txt").write_text(
        "Rebels attack Orsk\n\nGeneral Ivo Danek Marovic said 40 rebels were killed in the attack on Orsk.\n"
    )
    (tmp_path / "two.txt").write_text("Rebels attack Velm\n\nIvo Danek said 12 rebels were killed in Velm.\n")
    table, errors = extract_paths([str(tmp_path)])
    assert errors == []
    assert set(table["source"]) == {"Ivo Danek Marovic"}, table[["claimant", "source"]]
    assert set(table["claimant"]) == {"Ivo Danek Marovic", "Ivo Danek"}


def test_the_store_gives_one_name_across_articles_as_they_arrive(tmp_path) -> None:
    """Articles ingested one at a time: each new name is merged with the stored ones, so the dashboard's
    source filter (which reads the store) finds the person's figures under one name."""
    db = tmp_path / "figures.db"
    ingest_text("Rebels attack Orsk\n\nGeneral Ivo Danek Marovic said 40 rebels were killed in the attack.", db)
    ingest_text("Rebels attack Velm\n\nIvo Danek said 12 rebels were killed in Velm.", db)
    figures = load_figures(db)
    assert set(figures["source"]) == {"Ivo Danek Marovic"}
    assert set(figures["claimant"]) == {"Ivo Danek Marovic", "Ivo Danek"}


def test_a_corpus_dataset_gives_one_name_across_articles(tmp_path) -> None:
    """The `corpus` command's dataset: the names are merged once every partition is written."""
    texts = [
        "Rebels attack Orsk\n\nGeneral Ivo Danek Marovic said 40 rebels were killed in the attack on Orsk.",
        "Rebels attack Velm\n\nIvo Danek said 12 rebels were killed in Velm.",
    ]
    for index, text in enumerate(texts):
        frame = figures_frame(extract_figures(text, doc=f"doc{index}", meta={"title": text.split("\n")[0]}))
        frame["article_id"], frame["extractor_version"], frame["published"] = f"a{index}", "test", ""
        rows = frame.astype(object).where(frame.notna(), None).to_dict("records")
        write_partition(tmp_path, index, rows, [{"article_id": f"a{index}", "doc": f"doc{index}"}])
    assert set(load_figures(tmp_path)["source"]) == {"Ivo Danek Marovic", "Ivo Danek"}
    assert merge_dataset_sources(tmp_path) == 1
    assert set(load_figures(tmp_path)["source"]) == {"Ivo Danek Marovic"}
