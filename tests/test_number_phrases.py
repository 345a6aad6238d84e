"""Number and range phrases in casualty sentences: one figure each, with the right amount and qualifier.

The phrases live in ``tests/data/number_and_range_phrases.tsv`` (written for this project in the style of
number-parser's and Recognizers-Text's test tables); each goes into every sentence of
``SENTENCES``, which says what category the figure must have.
"""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
import regex

from extractors import Figure, extract_figures

TABLE = Path(__file__).resolve().parent / "data" / "number_and_range_phrases.tsv"
_ESCAPE = regex.compile(r"\\u([0-9a-fA-F]{4})")  # "40\u00a0000": a no-break space, visible in the table

# A sentence holding the phrase at {}, and the category its figure must have.
SENTENCES = (
    ("{} soldiers were killed in the attack, the army said.", "killed"),
    ("The shelling wounded {} civilians in the town.", "wounded"),
    ("Officials said {} people died in the fighting.", "killed"),
    ("Rebels captured {} government troops near the border.", "captured"),
)


def _amount(text: str) -> object:
    if ".." in text:
        low, high = text.split("..")
        return (float(low), float(high))
    return float(text)


def _cases() -> list:
    lines = [line for line in TABLE.read_text(encoding="utf-8").splitlines() if line and not line.startswith("#")]
    cases = []
    for row in csv.DictReader(lines, delimiter="\t"):
        phrase = _ESCAPE.sub(lambda m: chr(int(m.group(1), 16)), row["phrase"])
        for number, (sentence, category) in enumerate(SENTENCES, start=1):
            text = sentence.format(phrase[:1].upper() + phrase[1:] if sentence.startswith("{}") else phrase)
            expected = (_amount(row["amount"]), row["qualifier"], category)
            cases.append(pytest.param(text, expected, id=f"{row['group']}: {row['phrase']} #{number}"))
    return cases


def _reading(figure: Figure) -> tuple[object, str, str]:
    amount = (figure.low, figure.high) if figure.low is not None else figure.value
    return (amount, figure.qualifier, figure.category)


@pytest.mark.parametrize(("text", "expected"), _cases())
def test_phrase_gives_one_figure(text: str, expected: tuple[object, str, str]) -> None:
    figures = extract_figures(text)
    assert [_reading(figure) for figure in figures] == [expected], text
