"""Held-out articles stay out of the tests and the code, and each held-out set says whether it is still blind.

A unit test, doctest or code comment that copies a held-out sentence tunes the extractor
to that set: its score stops measuring text nobody tuned for. Tests and comments write
sentences of their own for the same phenomenon. The check finds any run of seven words a test file shares with a
held-out article (numbers count as words, so a sentence with other numbers passes).
Only the sets whose misses have been read are searched here; a failure names the test
line and the article, never the article's text.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import regex

from extractors.lexicon.issuers import ISSUERS

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "tests" / "corpus"
READ_SETS = ("heldout", "heldout2", "heldout4", "heldout5", "heldout6")
RUN = 7  # words in a row that make a sentence a copy
_WORD = regex.compile(r"[\w'’-]+")
# The names of widely known issuers of war figures are general knowledge (a gazetteer, reviewed in
# tests/lexicon_review.py), not sentences: a line may name one, however long its official name
# ("UN Office for the Coordination of Humanitarian Affairs"); the rest of the line is still searched.
_ISSUER_NAME = regex.compile(
    "|".join(
        regex.escape(f'"{name}"')
        for issuer in ISSUERS
        for name in sorted({issuer.name, *issuer.aliases}, key=len, reverse=True)
    )
)


def _words(text: str) -> list[str]:
    return [word.lower() for word in _WORD.findall(text)]


def _runs(words: list[str]) -> set[tuple[str, ...]]:
    return {tuple(words[i : i + RUN]) for i in range(len(words) - RUN + 1)}


def held_out_runs() -> dict[tuple[str, ...], str]:
    runs: dict[tuple[str, ...], str] = {}
    for name in READ_SETS:
        for path in sorted((CORPUS / name / "docs").glob("*.txt")):
            for run in _runs(_words(path.read_text(encoding="utf-8"))):
                runs.setdefault(run, f"{name}/{path.stem}")
    return runs


def test_no_test_or_code_copies_a_held_out_sentence() -> None:
    runs = held_out_runs()
    assert runs, "no held-out articles found"
    copies = []
    for path in [*sorted((ROOT / "tests").glob("*.py")), *sorted((ROOT / "extractors").rglob("*.py"))]:
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            line = _ISSUER_NAME.sub(" ", line)
            shared = {runs[run] for run in _runs(_words(line)) if run in runs}
            if shared:
                copies.append(f"{path.relative_to(ROOT)}:{number} repeats {RUN} words of {', '.join(sorted(shared))}")
    assert not copies, "write a sentence of your own for the phenomenon:\n" + "\n".join(copies)


# Every finished held-out set (one with its gold file), blind or not; only its README is opened.
@pytest.mark.parametrize("name", sorted(path.parent.name for path in CORPUS.glob("heldout*/gold.jsonl")))
def test_each_held_out_readme_says_whether_the_set_is_blind(name: str) -> None:
    readme = (CORPUS / name / "README.md").read_text(encoding="utf-8")
    assert regex.search(r"^Blind: (?:yes|no)\b", readme, regex.M), f"{name}/README.md has no 'Blind: yes/no' line"
