"""The dashboard's questions answered in SQL at 1,000 and 1,000,000 figures, from the store and from a dataset.

    python -m benchmarks.query_speed              # builds the stores and datasets in a temp folder
    python -m benchmarks.query_speed --keep DIR   # builds them once in DIR, reuses them after

What an Explore page needs on every render is asked of :mod:`extractors.store.queries`,
each size and source in a fresh process, so that process's peak resident memory
(``ru_maxrss``) is that of a dashboard which never loads the table whole:

- count: matching figures, with one filter (category killed);
- facets: the counts per value of the five facets, given that filter;
- dates: the first and last publication date;
- first page and a page halfway through: 100 rows with their sentences.

Times are medians of five runs of each query, uncached; a page would cache these
small answers by store and filter (issue 12, item 4). Target for the pages built on
them: warm render within 2x of 1,000 figures, peak memory under 1 GB.
"""

from __future__ import annotations

import argparse
import json
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

SIZES = (1_000, 1_000_000)
FACETS = ("claimant", "publisher", "category", "side", "qualifier")
REPEATS = 5


def build(folder: Path, count: int) -> tuple[Path, Path]:
    """A store and a dataset of ``count`` generated figures (kept in ``folder`` if already there)."""
    import numpy as np
    import pyarrow as pa
    import pyarrow.parquet as pq

    from extractors.store.dataset import FIGURE_SCHEMA, month_of
    from tests.dashboard_fixtures import fill_store, generated_figures

    db, dataset = folder / f"figures-{count}.db", folder / f"figures-{count}"
    if db.exists() and dataset.exists():
        return db, dataset
    started = time.perf_counter()
    figures = generated_figures(count)
    partial = db.with_name(db.name + ".partial")
    partial.unlink(missing_ok=True)
    fill_store(partial, figures)
    partial.rename(db)
    months = figures["published"].map(month_of)
    for index, rows in enumerate(np.array_split(np.arange(count), max(1, count // 100_000))):
        chunk = figures.iloc[rows]
        for month, part in chunk.groupby(months.iloc[rows], sort=False):
            table = pa.Table.from_pandas(part[FIGURE_SCHEMA.names].astype(object), preserve_index=False)
            (dataset / f"month={month}").mkdir(parents=True, exist_ok=True)
            pq.write_table(table.cast(FIGURE_SCHEMA), dataset / f"month={month}" / f"part-{index:05d}.parquet")
    print(f"built {count:,} figures in {time.perf_counter() - started:.0f} s", file=sys.stderr)
    return db, dataset


def measure(source: Path, count: int) -> dict[str, float]:
    """Runs in the child process: each question's median seconds, and the peak memory."""
    from extractors.store import export_filter
    from extractors.store.queries import count_figures, facet_counts, figures_page, published_range

    killed = export_filter(category=["killed"])
    questions = {
        "count": lambda: count_figures(source, killed),
        "facets": lambda: [facet_counts(source, facet, killed) for facet in FACETS],
        "dates": lambda: published_range(source),
        "first page": lambda: figures_page(source, killed, offset=0, limit=100),
        "middle page": lambda: figures_page(source, killed, offset=count // 14, limit=100),
    }
    results = {}
    for name, question in questions.items():
        seconds = []
        for _ in range(REPEATS):
            started = time.perf_counter()
            question()
            seconds.append(time.perf_counter() - started)
        results[name] = statistics.median(seconds)
    results["peak_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return results


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--keep", type=Path, help="build the stores here once and reuse them")
    parser.add_argument("--child", nargs=2, metavar=("SOURCE", "COUNT"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        print(json.dumps(measure(Path(args.child[0]), int(args.child[1]))))
        return 0
    with tempfile.TemporaryDirectory() as scratch:
        folder = args.keep or Path(scratch)
        folder.mkdir(parents=True, exist_ok=True)
        built = {count: build(folder, count) for count in SIZES}
        print(f"{'source':>8} {'figures':>10} " + " ".join(f"{name:>12}" for name in ("count", "facets", "dates",
              "first page", "middle page", "peak MB")))  # fmt: skip
        for kind, place in (("store", 0), ("dataset", 1)):
            for count in SIZES:
                command = [
                    sys.executable,
                    "-m",
                    "benchmarks.query_speed",
                    "--child",
                    str(built[count][place]),
                    str(count),
                ]
                result = json.loads(
                    subprocess.run(command, cwd=ROOT, capture_output=True, text=True, check=True).stdout
                )
                cells = " ".join(f"{result[name] * 1000:>10.1f}ms" for name in result if name != "peak_mb")
                print(f"{kind:>8} {count:>10,} {cells} {result['peak_mb']:>12.0f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
