"""Rules are tables built from the lexicon: a word added there once reaches every construction that needs it."""

from __future__ import annotations

import importlib
import pkgutil
import re

import pytest

from extractors import attribution, category_cues, extract_figures, lexicon
from extractors.lexicon import attribution as attribution_words
from extractors.lexicon import categories as category_words
from tests.conftest import WAR_REPORT

# A verb the lexicon does not hold, with its five forms (base, third person, past, participle, -ing).
PROCLAIM = ("proclaim", "proclaims", "proclaimed", "proclaimed", "proclaiming")

CONSTRUCTIONS = [
    pytest.param("Twelve soldiers were killed, the ministry proclaimed.", "the ministry", id="X proclaimed"),
    pytest.param("Twelve soldiers were killed, proclaimed the ministry.", "the ministry", id="proclaimed X"),
    pytest.param(
        "The Defence Ministry released its toll on Monday, proclaiming 12 soldiers dead.",
        "The Defence Ministry",
        id=", proclaiming",
    ),
]


def claimants(text: str) -> list[str]:
    return [found.claimant for found in attribution.find_attributions(text)]


@pytest.mark.parametrize(("text", "claimant"), CONSTRUCTIONS)
def test_an_unknown_verb_names_no_claimant(text: str, claimant: str) -> None:
    assert claimant not in claimants(text)


@pytest.mark.parametrize(("text", "claimant"), CONSTRUCTIONS)
def test_a_reporting_verb_added_to_the_lexicon_reaches_every_construction(
    monkeypatch: pytest.MonkeyPatch, text: str, claimant: str
) -> None:
    monkeypatch.setattr(attribution_words, "REPORTING_VERBS", (*attribution_words.REPORTING_VERBS, PROCLAIM))
    monkeypatch.setattr(attribution, "RULES", attribution.build_rules())
    assert claimants(text) == [claimant]


# ---------------------------------------------------------------- a category word

# Words the lexicon does not hold: one line each in CATEGORY_WORDS.
SLAYINGS = ("slayings", ("killed", ("head", "alone", "whole")))
MAIMED = ("maimed", ("wounded", ("modifier",)))


def _with_new_category_words(monkeypatch: pytest.MonkeyPatch) -> category_cues.CuePatterns:
    for word, entry in (SLAYINGS, MAIMED):
        monkeypatch.setitem(category_words.CATEGORY_WORDS, word, entry)
    patterns = category_cues.build_patterns()
    monkeypatch.setattr(category_cues, "PATTERNS", patterns)
    return patterns


def test_a_category_word_added_to_the_lexicon_reaches_every_pattern(monkeypatch: pytest.MonkeyPatch) -> None:
    before = category_cues.PATTERNS
    assert before.head.match(" brutal slayings") is None and before.described_by.search("badly maimed") is None
    patterns = _with_new_category_words(monkeypatch)
    assert patterns.head.match(" brutal slayings")["category"] == "slayings"  # a noun heading the phrase
    assert patterns.head_category["slayings"] == "killed"  # what it counts
    assert patterns.described_by.search("badly maimed")["wounded"]  # a modifier describing the people
    assert patterns.elliptical.match(" slayings") and not before.elliptical.match(" slayings")  # "and 40 slayings"
    assert patterns.makeup.match(" of the slayings") and not before.makeup.match(" of the slayings")  # a share of them


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Rights groups documented 300 brutal slayings in the province.", [(300.0, "killed")], id="head"),
        pytest.param("Medics found 25 maimed civilians in the shelter.", [(25.0, "wounded")], id="modifier"),
    ],
)
def test_a_category_word_added_to_the_lexicon_reaches_the_figures(
    monkeypatch: pytest.MonkeyPatch, text: str, expected: list
) -> None:
    assert [(f.value, f.category) for f in extract_figures(text, meta=WAR_REPORT)] != expected
    _with_new_category_words(monkeypatch)
    assert [(f.value, f.category) for f in extract_figures(text, meta=WAR_REPORT)] == expected


# ---------------------------------------------------------------- the lexicon's tables

LEXICON_MODULES = sorted(
    name for name in (module.name for module in pkgutil.iter_modules(lexicon.__path__)) if not name.startswith("_")
)


def _word_lists(value: object, where: str):
    """Every list of words inside a lexicon value, with where it stands ("BODY_NOUNS", "LEFT_CUES[killed]")."""
    if isinstance(value, dict):
        for key, item in value.items():
            yield from _word_lists(item, f"{where}[{key}]")
    elif isinstance(value, tuple | list | set | frozenset):
        if value and all(isinstance(item, str) for item in value):
            yield where, list(value)
        elif value and all(isinstance(item, tuple) and all(isinstance(w, str) for w in item) for item in value):
            # a table of forms, one line per word ("said" is past and participle): no form on two lines
            yield where, [form for row in value for form in dict.fromkeys(row) if form]  # "" marks a missing form
        else:
            for index, item in enumerate(value):
                yield from _word_lists(item, f"{where}[{index}]")


def _tables(module_name: str):
    module = importlib.import_module(f"extractors.lexicon.{module_name}")
    for name, value in vars(module).items():
        if name.isupper():
            yield from _word_lists(value, name)


@pytest.mark.parametrize("module_name", LEXICON_MODULES)
def test_lexicon_tables_hold_no_duplicates(module_name: str) -> None:
    duplicates = {
        where: sorted({item for item in items if items.count(item) > 1}, key=str)
        for where, items in _tables(module_name)
        if len(set(items)) != len(items)
    }
    assert not duplicates, f"extractors/lexicon/{module_name}.py repeats: {duplicates}"


# Regex syntax has no place among plain words: a bracket, a brace, a quantifier, a look-around, a backslash.
REGEX_SYNTAX = re.compile(r"[\\()\[\]{}*+?|^]")


@pytest.mark.parametrize("module_name", LEXICON_MODULES)
def test_lexicon_tables_hold_plain_words(module_name: str) -> None:
    syntax = {
        where: found
        for where, items in _tables(module_name)
        if (found := [i for i in items if isinstance(i, str) and REGEX_SYNTAX.search(i)])
    }
    assert not syntax, f"extractors/lexicon/{module_name}.py holds regex syntax: {syntax}"
