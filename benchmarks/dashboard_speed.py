"""How the dashboard's pages scale from 1,000 stored figures to 100,000 (or a million).

    python benchmarks/dashboard_speed.py            # builds the two stores in a temp folder
    python benchmarks/dashboard_speed.py --keep DIR # builds them once in DIR, reuses them after
    python benchmarks/dashboard_speed.py --keep DIR --sizes 1000 1000000 --ratio 2 --processes 1 --no-copy-less \
        --pages compare overview explore article changes add   # issue 12: a million figures, every page

Each page is measured in its own Python process running Streamlit's AppTest (the
same script runner ``streamlit run`` uses, without the browser), so that process's
peak resident memory (``ru_maxrss``) is the Streamlit process's:

- cold render: the page's first render in a fresh process (AppTest setup, imports,
  reading the store from disk), median over a few processes; the store's columnar
  copy (see ``extractors.store.load_figures``) is in place, as after any earlier read;
- cold, no copy: the same with the columnar copy deleted first, as on the first read
  after the store changed: the store is scanned and the copy written again;
- first render: opening the page from another page, the loader's cache warm (every
  visit after the server's first);
- re-render: after a filter change (Overview: two sources; Compare and Explore: one
  source; the pages without filters: a plain rerun), median of a few: the same change
  each time, so from the second on the page's answers for that filter are kept
  (``data.per_view``), as when moving between views already seen;
- re-render, new filter: the first of those, when nothing is kept for the filter yet.

Targets (issue 4): 100 times the data costs at most 1.5 times the time, and peak
memory stays under 1 GB at 100,000 figures. Issue 10: at 100,000 figures, Compare
renders within 1.5 times Explore's time, measure by measure. Issue 12: at 1,000,000
figures each page's warm render within 2 times its time at 1,000 (``--ratio 2``),
peak memory under 1 GB. Building the million-figure store takes minutes: keep it.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

APP = ROOT / "dashboard" / "app.py"
SIZES = (1_000, 100_000)
ALL_PAGES = {
    "compare": "screens/compare.py", "overview": "screens/overview.py", "explore": "screens/explore.py",
    "article": "screens/article.py", "changes": "screens/changes.py", "add": "screens/add.py",
}  # fmt: skip
PAGES = {name: ALL_PAGES[name] for name in ("compare", "overview", "explore")}  # the default
# The pages with the filter sidebar re-render after a filter change; the others rerun as they are.
FILTER_KEY = {"compare": "filter_source", "overview": "filter_source", "explore": "filter_source"}
PENTAGON, NIS = "Department of Defense (United States)", "National Intelligence Service (South Korea)"  # sources
MEASURES = ("cold", "cold_no_copy", "first", "rerender", "rerender_new")
REPEATS = 5
PROCESSES = 5  # fresh processes per page and size (and as many without the copy): one cold render each
TIME_RATIO_TARGET = 1.5
MEMORY_TARGET_MB = 1024


def build_store(db: Path, count: int) -> None:
    from tests.dashboard_fixtures import fill_store, generated_figures

    if db.exists():
        return
    started = time.perf_counter()
    partial = db.with_name(db.name + ".partial")
    partial.unlink(missing_ok=True)
    fill_store(partial, generated_figures(count))
    partial.rename(db)
    print(f"built {db} ({count:,} figures) in {time.perf_counter() - started:.1f} s", file=sys.stderr)


def measure_page(db: Path, page: str, cold_only: bool = False) -> dict[str, float]:
    """Runs inside the child process: render ``page`` against ``db`` and time it (``cold_only``: the cold render)."""
    os.environ["WARFIGURES_DB"] = str(db)
    from streamlit.testing.v1 import AppTest

    from dashboard.filters import Selection

    def timed(at) -> float:
        started = time.perf_counter()
        at.run()
        elapsed = time.perf_counter() - started
        if at.exception:
            raise RuntimeError(at.exception[0].value)
        return elapsed

    # The first run opens the page in a fresh process, as a link to it does: AppTest's
    # one-off setup, imports and reading the store. Later visits to the page start from
    # another page, as a user clicking through the app does, with the loader's cache warm.
    at = AppTest.from_file(APP, default_timeout=900)
    at.switch_page(ALL_PAGES[page])
    cold = timed(at)
    if cold_only:
        return {"cold": cold}
    first, rerender = [], []
    sources = [PENTAGON, NIS] if page == "overview" else [PENTAGON]
    for _ in range(REPEATS):
        at.switch_page(ALL_PAGES["changes" if page == "add" else "add"])
        timed(at)
        at.session_state["selection"] = Selection()  # filters are kept across pages: start unfiltered again
        at.switch_page(ALL_PAGES[page])
        first.append(timed(at))
        if page in FILTER_KEY:
            at.multiselect(key=FILTER_KEY[page]).set_value(sources)
        rerender.append(timed(at))
    return {
        "cold": cold,
        "first": statistics.median(first),
        "rerender": statistics.median(rerender),
        "rerender_new": rerender[0],  # the first time this filter is chosen: nothing kept for it yet
        "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,  # KiB on Linux
    }


def run_child(db: Path, page: str, no_copy: bool = False) -> dict[str, float]:
    """One child process's measures; ``no_copy`` deletes the store's columnar copy first, then times the cold render."""
    if no_copy:
        from extractors.store import columnar_copy_path  # here, not in the child: its imports are timed

        columnar_copy_path(db).unlink(missing_ok=True)
    child = subprocess.run(
        [sys.executable, __file__, "--child", str(db), page, *(["--cold-only"] if no_copy else [])],
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    if child.returncode:
        last = (child.stderr.strip().splitlines() or ["no output"])[-1]
        raise SystemExit(f"error: measuring {page} on {db.name} failed: {last}")
    return json.loads(child.stdout.strip().splitlines()[-1])


def run_all(
    dbs: dict[int, Path], processes: int = PROCESSES, pages: tuple[str, ...] = tuple(PAGES), no_copy: bool = True
) -> dict[str, dict[int, dict[str, float]]]:
    """Per page and size: medians of the times over :data:`PROCESSES` fresh processes, and the highest peak memory.

    The sizes take turns (a round of every page and size, then the next round), so a
    burst of other work on this shared machine slows both sizes rather than one.
    """
    runs: dict[tuple[str, int], list[dict[str, float]]] = {(page, size): [] for page in pages for size in dbs}
    for _ in range(processes):
        for page in pages:
            for size, db in dbs.items():
                runs[page, size].append(run_child(db, page))
                print(f"{page} at {size:,}: {runs[page, size][-1]}", file=sys.stderr)
                if no_copy:
                    runs[page, size][-1]["cold_no_copy"] = run_child(db, page, no_copy=True)["cold"]
    results: dict[str, dict[int, dict[str, float]]] = {page: {} for page in pages}
    for (page, size), measured in runs.items():
        medians = {m: statistics.median(run[m] for run in measured) for m in MEASURES if m in measured[0]}
        results[page][size] = medians | {"peak_mb": max(run["peak_mb"] for run in measured)}
    return results


def compare_with_explore(results: dict[str, dict[int, dict[str, float]]], size: int) -> list[bool]:
    """Print Compare's time over Explore's at ``size`` figures, measure by measure (issue 10's target)."""
    verdicts = []
    if "compare" not in results or "explore" not in results:
        return verdicts
    for measure in (m for m in MEASURES if m in results["compare"][size]):
        compare, explore = results["compare"][size][measure], results["explore"][size][measure]
        ok = compare / explore <= TIME_RATIO_TARGET
        verdicts.append(ok)
        print(
            f"{'compare/explore':<15} {measure + ' s':<15} {explore:>10.3f} {compare:>10.3f}   "
            f"{compare / explore:4.2f}x {'ok' if ok else 'OVER TARGET'}"
        )
    return verdicts


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--keep", type=Path, help="build the stores here and reuse them on later runs")
    parser.add_argument("--json", type=Path, help="also write the results here")
    parser.add_argument("--processes", type=int, default=PROCESSES, help="fresh processes per page and size")
    parser.add_argument("--sizes", type=int, nargs=2, default=SIZES, metavar=("SMALL", "BIG"), help="figures stored")
    parser.add_argument("--pages", nargs="+", choices=ALL_PAGES, default=list(PAGES), help="the pages to measure")
    parser.add_argument("--ratio", type=float, default=TIME_RATIO_TARGET, help="time target: BIG over SMALL at most")
    parser.add_argument("--no-copy-less", action="store_true", help="skip the cold renders without the copy")
    parser.add_argument("--child", nargs=2, metavar=("DB", "PAGE"), help=argparse.SUPPRESS)
    parser.add_argument("--cold-only", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(measure_page(Path(args.child[0]), args.child[1], args.cold_only)))
        return 0

    with tempfile.TemporaryDirectory() as scratch:
        folder = args.keep or Path(scratch)
        folder.mkdir(parents=True, exist_ok=True)
        dbs = {size: folder / f"figures_{size}.db" for size in args.sizes}
        for size, db in dbs.items():
            build_store(db, size)
        results = run_all(dbs, args.processes, tuple(args.pages), not args.no_copy_less)
    if args.json:
        args.json.write_text(json.dumps(results, indent=2))
    return 0 if report(results, args.sizes, args.ratio) else 1


def report(results: dict[str, dict[int, dict[str, float]]], sizes: tuple[int, int], ratio_target: float) -> bool:
    """Print the table and the verdicts; True when every target is met."""
    small, big = sizes
    print(f"{'page':<9} {'measure':<15} {small:>10,} {big:>10,}   ratio")
    verdicts = []
    for page, by_size in results.items():
        for measure in (m for m in MEASURES if m in by_size[small]):
            a, b = by_size[small][measure], by_size[big][measure]
            ok = b / a <= ratio_target
            verdicts.append(ok)
            print(
                f"{page:<9} {measure + ' s':<15} {a:>10.3f} {b:>10.3f}   {b / a:4.2f}x {'ok' if ok else 'OVER TARGET'}"
            )
        peak_small, peak_big = by_size[small]["peak_mb"], by_size[big]["peak_mb"]
        ok = peak_big < MEMORY_TARGET_MB
        verdicts.append(ok)
        print(
            f"{page:<9} {'peak MB':<15} {peak_small:>10.0f} {peak_big:>10.0f}         {'ok' if ok else 'OVER TARGET'}"
        )
    verdicts += compare_with_explore(results, big)
    print(
        f"targets: time ratio <= {ratio_target}x (every measure), peak < {MEMORY_TARGET_MB} MB; "
        f"Compare <= {TIME_RATIO_TARGET}x Explore at {big:,} figures"
    )
    return all(verdicts)


if __name__ == "__main__":
    sys.exit(main())
