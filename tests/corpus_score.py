"""Score a figures table against the project's copy of the gold corpus, with the judge's own scorer.

The scoring rules live only in ``tests/corpus/score.py`` (a verbatim copy of
``../shared/tools/score.py``). This module loads that file and runs its ``main()``
with the arguments the command line would get, so a rule changed there is a rule
changed here.
"""

from __future__ import annotations

import contextlib
import importlib.util
import io
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path
from types import ModuleType
from unittest import mock

import pandas as pd

CORPUS = Path(__file__).resolve().parent / "corpus"
SCORER = CORPUS / "score.py"
GOLD_FILES = (CORPUS / "seed_gold.jsonl", CORPUS / "dev" / "gold.jsonl")


def load_scorer(path: Path = SCORER) -> ModuleType:
    """Import the scorer file as a module (it is a script, not part of a package)."""
    spec = importlib.util.spec_from_file_location("corpus_scorer", path)
    assert spec and spec.loader, f"cannot load the scorer from {path}"
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def score(
    predictions: pd.DataFrame | str | Path,
    gold_files: Sequence[Path] = GOLD_FILES,
    docs: Sequence[str] = (),
) -> tuple[dict[str, object], str]:
    """Score ``predictions`` (a table or a CSV file) against the gold lines of ``gold_files``.

    Returns the scorer's result (``f1``, ``claimant_acc``, ``full_f1``, ...) and its
    ``--verbose`` report of missed, spurious and mislabelled figures. ``docs`` limits
    scoring to those documents, like ``score.py --docs``.
    """
    with tempfile.TemporaryDirectory() as folder:
        if isinstance(predictions, pd.DataFrame):
            pred_csv = Path(folder) / "pred.csv"
            predictions.to_csv(pred_csv, index=False)
        else:
            pred_csv = Path(predictions)
        gold = Path(folder) / "gold.jsonl"
        # score.py takes one gold file; joining the files line by line is what `cat` would do
        gold.write_text("".join(_lines(path) for path in gold_files), encoding="utf-8")
        argv = ["score.py", str(pred_csv), str(gold), "--verbose", "--json"]
        if docs:
            argv += ["--docs", ",".join(docs)]
        report = io.StringIO()
        with (
            mock.patch.object(sys, "argv", argv),
            contextlib.redirect_stdout(io.StringIO()),
            contextlib.redirect_stderr(report),
        ):
            result = load_scorer().main()
    return result, report.getvalue()


def _lines(path: Path) -> str:
    text = path.read_text(encoding="utf-8")
    return text if text.endswith("\n") or not text else text + "\n"
