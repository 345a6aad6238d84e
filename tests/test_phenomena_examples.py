"""The invented examples of PHENOMENA.md (``tests/corpus/phenomena/``): how many the extractor reads right.

An example is right when every figure its reading names comes out with the same numbers, category and
qualifier, and a complete example gives no more rows than it names. The share is held to a bar under
today's, like the corpus scores; the examples that are still wrong are listed when it falls.
"""

from __future__ import annotations

import json
from pathlib import Path

from extractors import extract_figures

EXAMPLES = Path(__file__).resolve().parent / "corpus" / "phenomena" / "examples.jsonl"
TITLE = "Fighting goes on"  # a war headline, as the examples come from war reports
TODAY = 149 / 169
MARGIN = 0.02


def _numbers(figure: dict) -> tuple:
    return tuple(None if figure.get(k) is None else float(figure[k]) for k in ("value", "low", "high"))


def _right(example: dict) -> bool:
    text = example["text"] or ""
    found = extract_figures(text, meta={"title": example["title"] or TITLE}) if text.strip() else []
    readings = [((f.value, f.low, f.high), f.category, f.qualifier) for f in found]
    wanted = [(_numbers(g), g["category"], g["qualifier"]) for g in example["figures"]]
    if any(want not in readings for want in wanted):
        return False
    return not (example["complete"] and len(readings) > len(wanted))


def test_the_phenomena_examples_keep_their_share() -> None:
    examples = [json.loads(line) for line in EXAMPLES.read_text(encoding="utf-8").splitlines() if line.strip()]
    wrong = [f"{e['phenomenon']}: {e['text'][:90]}" for e in examples if not _right(e)]
    share = 1 - len(wrong) / len(examples)
    assert share >= TODAY - MARGIN, "\n".join(wrong)
