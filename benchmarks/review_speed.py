"""What reviews cost the dashboard's Explore page, ``load_figures`` and the export, at 100,000 figures.

    python benchmarks/review_speed.py                  # builds the stores in a temp folder
    python benchmarks/review_speed.py --keep DIR       # builds them once in DIR, reuses them after
    python benchmarks/review_speed.py --reviews 5000   # how many reviews (default 1,000)

Takes the 100,000-figure store of ``benchmarks/dashboard_speed.py`` and a copy of it with
N reviews (a quarter each confirmed, corrected, rejected and added), and measures both,
taking turns so a burst of other work on the machine slows both:

- Explore, in fresh processes (``dashboard_speed``'s child): the cold render with the
  columnar copy in place, the first render with the cache warm, the re-render after a
  filter change; medians over the processes;
- ``load_figures`` from the columnar copy (what every reader does after any change to
  the store; reviews are applied after the copy is read), median of 5;
- ``export`` of every figure as CSV (streamed from the ``reviewed_figures`` view), median of 3.

Target: reviews slow Explore little (the columnar copy is kept; only the overlay is new).
"""

from __future__ import annotations

import argparse
import contextlib
import io
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.dashboard_speed import build_store, run_child  # noqa: E402

SIZE = 100_000
PROCESSES = 5


def add_reviews(db: Path, count: int) -> None:
    """``count`` reviews spread over the store: confirmations, corrections, rejections and added figures."""
    from extractors.store import load_figures, open_store
    from extractors.store.reviews import FigureKey, add_figure, review_figure

    figures = load_figures(db)
    step = len(figures) // count
    rows = list(figures.iloc[::step].head(count).itertuples(index=False))
    with contextlib.closing(open_store(db)) as connection:
        for number, row in enumerate(rows):
            key = FigureKey(row.article_id, int(row.start), int(row.end), str(row.category))
            kind = number % 4
            if kind == 3:
                text = connection.execute("SELECT text FROM articles WHERE article_id = ?", (row.article_id,))
                start = text.fetchone()[0].index("people", int(row.end))
                add_figure(connection, row.article_id, start, start + 6, {"category": "missing", "qualifier": "vague"},
                           "Benchmark")  # fmt: skip
            else:
                status = ("confirmed", "corrected", "rejected")[kind]
                fields = {"value": float(number), "side": "Ukrainian"} if status == "corrected" else {}
                review_figure(connection, key, status, "Benchmark", fields)


def timed(action, repeats: int) -> float:
    times = []
    for _ in range(repeats):
        started = time.perf_counter()
        action()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def measure(stores: dict[str, Path], processes: int = PROCESSES) -> dict[str, dict[str, float]]:
    from extractors.store import export, load_figures

    explore: dict[str, list[dict[str, float]]] = {name: [] for name in stores}
    for _ in range(processes):
        for name, db in stores.items():
            explore[name].append(run_child(db, "explore"))
    results = {}
    for name, db in stores.items():
        load_figures(db)  # the columnar copy is in place
        results[name] = {
            what: statistics.median(run[what] for run in explore[name]) for what in ("cold", "first", "rerender")
        } | {
            "load_figures": timed(lambda db=db: load_figures(db), 5),
            "export_csv": timed(lambda db=db: export(db, "csv", io.StringIO()), 3),
            "peak_mb": max(run["peak_mb"] for run in explore[name]),
        }
    return results


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--keep", type=Path, help="build the stores here and reuse them on later runs")
    parser.add_argument("--reviews", type=int, default=1_000, help="reviews in the reviewed store (default 1,000)")
    parser.add_argument("--processes", type=int, default=PROCESSES, help=f"Explore processes per store ({PROCESSES})")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        folder = args.keep or Path(scratch)
        folder.mkdir(parents=True, exist_ok=True)
        plain = folder / f"figures_{SIZE}.db"
        build_store(plain, SIZE)
        reviewed = folder / f"figures_{SIZE}_reviews_{args.reviews}.db"
        if not reviewed.exists():
            partial = reviewed.with_name(reviewed.name + ".partial")
            shutil.copy(plain, partial)
            started = time.perf_counter()
            add_reviews(partial, args.reviews)
            print(f"added {args.reviews:,} reviews in {time.perf_counter() - started:.1f} s", file=sys.stderr)
            partial.rename(reviewed)
        results = measure({"no reviews": plain, f"{args.reviews:,} reviews": reviewed}, args.processes)
    names = list(results)
    print(f"{'measure (100,000 figures)':<28} {names[0]:>12} {names[1]:>14}   ratio")
    for what in ("cold", "first", "rerender", "load_figures", "export_csv", "peak_mb"):
        a, b = (results[name][what] for name in names)
        unit = "MB" if what == "peak_mb" else "s"
        label = f"Explore {what}" if what in ("cold", "first", "rerender") else what
        print(f"{label + ' ' + unit:<28} {a:>12.3f} {b:>14.3f}   {b / a:4.2f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
