"""Does the suite catch regressions? Break the code on purpose, one way at a time, and see.

Each mutation below is a small, plausible regression (an escape dropped, a CSV
neutralisation skipped, the store opened read-write, a word taken out of the lexicon,
deduplication turned off), written as one exact replacement in one file. For each,
the tree is copied to a temporary folder, the replacement is made there, and the tests
that should notice are run; the mutation is *caught* when they fail. The same tests are
first run on an unmutated copy, which must pass, so a failure means the mutation.

    .venv/bin/python tests/mutation_check.py            # every mutation, a Markdown table
    .venv/bin/python tests/mutation_check.py --list     # their names
    .venv/bin/python tests/mutation_check.py --only formula-cr --only dedupe-off

Exit code 0 when every mutation is caught, 1 when one is not, 2 when one no longer
applies (its text is gone from the code: update it with the code it breaks).
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
# Not copied: the environment, caches, local stores and screenshots.
IGNORED = shutil.ignore_patterns(
    ".git", ".venv", "data", "artifacts", "__pycache__", ".pytest_cache", ".ruff_cache", ".hypothesis"
)


@dataclass(frozen=True)
class Mutation:
    """One regression: ``old`` (found exactly once in ``path``) becomes ``new``; ``tests`` must then fail."""

    name: str
    what: str
    path: str
    old: str
    new: str
    tests: tuple[str, ...]


CSV = ("tests/test_spreadsheet_safety.py",)
ESCAPING = ("tests/test_dashboard_escaping.py",)
MUTATIONS = (
    Mutation(
        "formula-cr", "carriage return dropped from the formula starts", "extractors/store/spreadsheet.py",
        'FORMULA_STARTS = ("=", "+", "-", "@", "\\t", "\\r")', 'FORMULA_STARTS = ("=", "+", "-", "@", "\\t")', CSV,
    ),
    Mutation(
        "formula-tab", "tab dropped from the formula starts", "extractors/store/spreadsheet.py",
        'FORMULA_STARTS = ("=", "+", "-", "@", "\\t", "\\r")', 'FORMULA_STARTS = ("=", "+", "-", "@", "\\r")', CSV,
    ),
    Mutation(
        "csv-carriage-return-in-cell", "a carriage return inside a cell written bare",
        "extractors/store/spreadsheet.py",
        'return _CARRIAGE_RETURN.sub("\\n", cell) if "\\r" in cell else cell', "return cell", CSV,
    ),
    Mutation(
        "extract-csv-raw", "`extract --csv` writes cells unneutralised", "extractors/cli.py",
        "write_csv(table, args.csv, raw=args.raw)", "write_csv(table, args.csv, raw=True)", CSV,
    ),
    Mutation(
        "export-csv-raw", "`export` writes cells unneutralised", "extractors/store/exports.py",
        "write_csv(chunk, handle, raw=raw, header=number == 0)",
        "write_csv(chunk, handle, raw=True, header=number == 0)", CSV,
    ),
    Mutation(
        "mark-unescaped", "the highlighted span inside <mark> unescaped", "dashboard/highlight.py",
        'f"{html.escape(text[mark.start : mark.end])}</a></mark>"', 'f"{text[mark.start : mark.end]}</a></mark>"',
        ESCAPING,
    ),
    Mutation(
        "figure-table-unescaped", "the article's figure table unescaped", "dashboard/highlight.py",
        'cells.append(f"<td>{html.escape(shown)}</td>")', 'cells.append(f"<td>{shown}</td>")', ESCAPING,
    ),
    Mutation(
        "hover-unescaped", "count chart hover texts unescaped", "dashboard/count_charts.py",
        '"<br>".join(_plain(str(part)) for part in', '"<br>".join(str(part) for part in', ESCAPING,
    ),
    Mutation(
        "bar-labels-unescaped", "by-side and by-publisher bar labels unescaped", "dashboard/charts.py",
        "y=[wrap(label, 24) for label in chosen[column]]", "y=[label for label in chosen[column]]",
        ESCAPING,
    ),
    Mutation(
        "legend-labels-unescaped", "count chart legend entries (source names) unescaped", "dashboard/count_charts.py",
        "name=_plain(legend_label(source)),", "name=legend_label(source),", ESCAPING,
    ),
    Mutation(
        "add-page-message-unescaped", "the Add page's message naming an uploaded file unescaped",
        "dashboard/screens/add.py", "st.error(highlight.plain_markdown(str(error)))  # the message names the file",
        "st.error(str(error))  # the message names the file", ESCAPING,
    ),
    Mutation(
        "wounded-cue-hospitalised", '"hospitalised" dropped from the wounded cues', "extractors/lexicon/categories.py",
        '"hospitalised", "hospitalized", ', "", ("tests/test_categories.py",),
    ),
    Mutation(
        "store-read-write", "the read connection opened read-write", "extractors/store/database.py",
        'f"{path.resolve().as_uri()}?mode=ro", uri=True', 'f"{path.resolve().as_uri()}?mode=rw", uri=True',
        ("tests/test_store_read_only.py",),
    ),
    Mutation(
        "arrow-read-write", "the Arrow (ADBC) read opened read-write", "extractors/store/reading.py",
        'adbc_sqlite.connect(f"{path.resolve().as_uri()}?mode=ro")',
        'adbc_sqlite.connect(f"{path.resolve().as_uri()}?mode=rw")', ("tests/test_store_read_only.py",),
    ),
    Mutation(
        "article-split-transaction", "an article committed before its figures", "extractors/store/database.py",
        "        if inserted:\n            connection.executemany(_INSERT_FIGURE, rows)",
        '        if inserted:\n            connection.execute("COMMIT")\n'
        '            connection.execute("BEGIN IMMEDIATE")\n'
        "            connection.executemany(_INSERT_FIGURE, rows)",
        ("tests/test_store_crash.py",),
    ),
    Mutation(
        "dedupe-off", "deduplication turned off", "extractors/repeats.py",
        "    kept: list[tuple[Figure, Sentence]] = []\n",
        "    return [figure for figure, _ in found]\n    kept: list[tuple[Figure, Sentence]] = []\n",
        ("tests/test_corpus_scores.py",),
    ),
    Mutation(
        "war-context-off", "figures kept from any news, war or not", "extractors/extract.py",
        "readings = war.keep(index, readings, sentence.text)", "readings = readings", ("tests/test_war_context.py",),
    ),
    Mutation(
        "lexicon-one-off", "a one-article force noun back in the lexicon", "extractors/lexicon/categories.py",
        '"deminer", "deminers", ', '"deminer", "deminers", "construction workers", ',
        ("tests/test_lexicon_generality.py",),
    ),
    Mutation(
        "according-to-dropped", '"according to" no longer introduces a claimant', "extractors/lexicon/attribution.py",
        'ACCORDING_TO = ("according to", ', "ACCORDING_TO = (", ("tests/test_attribution.py",),
    ),
)  # fmt: skip


def copy_tree(destination: Path) -> Path:
    tree = destination / "tree"
    shutil.copytree(ROOT, tree, ignore=IGNORED, symlinks=True)
    return tree


def apply(mutation: Mutation, tree: Path) -> bool:
    """Make the replacement in ``tree``; False when ``old`` is not found exactly once."""
    path = tree / mutation.path
    text = path.read_text(encoding="utf-8")
    if text.count(mutation.old) != 1:
        return False
    path.write_text(text.replace(mutation.old, mutation.new), encoding="utf-8")
    return True


def run_tests(tree: Path, tests: tuple[str, ...]) -> tuple[bool, str]:
    """Run ``tests`` in ``tree``; whether they passed, and the summary line."""
    command = [sys.executable, "-m", "pytest", "-q", "-x", "-p", "no:cacheprovider", "--no-header", *tests]
    result = subprocess.run(command, cwd=tree, capture_output=True, text=True, timeout=1800)
    lines = [line for line in result.stdout.splitlines() if line.strip()]
    return result.returncode == 0, (lines[-1] if lines else result.stderr.strip()[-200:])


def check(mutations: list[Mutation]) -> int:
    """Run every mutation and print the table; returns the exit code."""
    print("| mutation | what it breaks | file | tests run | result |")
    print("| --- | --- | --- | --- | --- |")
    status = 0
    with tempfile.TemporaryDirectory(prefix="mutation-") as folder:
        clean = copy_tree(Path(folder) / "clean")
        passed, summary = run_tests(clean, tuple(sorted({t for m in mutations for t in m.tests})))
        if not passed:
            print(f"the unmutated tree fails its tests ({summary}): fix that first", file=sys.stderr)
            return 2
        for mutation in mutations:
            started = time.monotonic()
            tree = copy_tree(Path(folder) / mutation.name)
            if not apply(mutation, tree):
                result, status = "**does not apply** (its text is not in the file once)", max(status, 2)
            else:
                survived, summary = run_tests(tree, mutation.tests)
                result = "**not caught**" if survived else f"caught ({summary.split(' in ')[0]})"
                status = max(status, 1) if survived else status
            tests = ", ".join(f"`{test}`" for test in mutation.tests)
            seconds = time.monotonic() - started
            print(f"| `{mutation.name}` | {mutation.what} | `{mutation.path}` | {tests} | {result}, {seconds:.0f} s |")
            shutil.rmtree(tree)
    return status


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Break the code on purpose and check that the tests notice.")
    parser.add_argument("--only", action="append", metavar="NAME", help="run only this mutation (repeatable)")
    parser.add_argument("--list", action="store_true", help="list the mutations and exit")
    args = parser.parse_args(argv)
    if args.list:
        for mutation in MUTATIONS:
            print(f"{mutation.name}: {mutation.what}")
        return 0
    chosen = [m for m in MUTATIONS if not args.only or m.name in args.only]
    unknown = set(args.only or ()) - {m.name for m in MUTATIONS}
    if unknown:
        print(f"error: no such mutation: {', '.join(sorted(unknown))} (see --list)", file=sys.stderr)
        return 2
    return check(chosen)


if __name__ == "__main__":
    sys.exit(main())
