"""`corpus` on a local 2-worker Dask cluster against `ingest --workers 2`, on the same 5 MB corpus.

    python -m benchmarks.corpus_speed [--mb 5] [--pairs 5]

The corpus is ``benchmarks.ingest_speed``'s: generated articles as ``.txt`` files with
front matter (a seed body behind a unique lead sentence, dates over twelve months).
Each run is a whole process from the command line, into a fresh store or dataset, in
pairs taking turns (A B, B A, ...) so a burst of other work slows both alike:

- ``python -m extractors ingest FOLDER --workers 2`` (one writer, two extracting processes);
- ``python -m extractors corpus FOLDER --out DATASET --workers 2`` (starts a LocalCluster
  of two worker processes, writes Parquet).

Both must store the same number of figures. Target (issue 12): corpus within 1.25x of
parallel ingest's time (median of the pairs' ratios).
"""

from __future__ import annotations

import argparse
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.ingest_speed import write_corpus  # noqa: E402

TARGET = 1.25
_FIGURES = re.compile(r"(\d+) figures")


def timed(command: list[str]) -> tuple[float, int]:
    """Seconds for one command as a whole process, and the figure count its last line reports."""
    started = time.perf_counter()
    result = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, check=True)
    seconds = time.perf_counter() - started
    return seconds, int(_FIGURES.findall(result.stderr.splitlines()[-1])[-1])


def run_pair(folder: Path, scratch: Path, pair: int) -> dict[str, tuple[float, int]]:
    base = [sys.executable, "-m", "extractors"]
    commands = {
        "ingest": [*base, "ingest", str(folder), "--db", str(scratch / f"store-{pair}.db"), "--workers", "2"],
        "corpus": [*base, "corpus", str(folder), "--out", str(scratch / f"dataset-{pair}"), "--workers", "2"],
    }
    order = ("ingest", "corpus") if pair % 2 == 0 else ("corpus", "ingest")
    return {name: timed(commands[name]) for name in order}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=5.0, help="corpus size in MB (default 5)")
    parser.add_argument("--pairs", type=int, default=5, help="pairs of runs (default 5)")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch) / "corpus"
        articles, size = write_corpus(folder, args.mb)
        print(f"corpus: {articles} articles, {size:.2f} MB of text, as .txt files; {args.pairs} pairs")
        print(f"{'pair':>4} {'ingest s':>9} {'corpus s':>9} {'corpus/ingest':>14} {'figures':>8}")
        ratios, ingest_s, corpus_s = [], [], []
        for pair in range(args.pairs):
            results = run_pair(folder, Path(scratch), pair)
            (ingest_time, ingest_figures), (corpus_time, corpus_figures) = results["ingest"], results["corpus"]
            if ingest_figures != corpus_figures:
                print(f"figures differ: ingest {ingest_figures}, corpus {corpus_figures}")
                return 1
            ratios.append(corpus_time / ingest_time)
            ingest_s.append(ingest_time)
            corpus_s.append(corpus_time)
            print(f"{pair + 1:>4} {ingest_time:>9.2f} {corpus_time:>9.2f} {ratios[-1]:>13.2f}x {corpus_figures:>8}")
    ratio = statistics.median(ratios)
    print(f"median: ingest --workers 2 {statistics.median(ingest_s):.2f} s, corpus on 2 workers"
          f" {statistics.median(corpus_s):.2f} s")  # fmt: skip
    print(f"median corpus / ingest: {ratio:.2f}x (target <= {TARGET}x: {'met' if ratio <= TARGET else 'MISSED'})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
