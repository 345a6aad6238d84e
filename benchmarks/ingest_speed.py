"""Ingest speed and memory: the store's cost next to pure extraction, on the same text.

Run it with::

    .venv/bin/python -m benchmarks.ingest_speed [--articles 10000]

Articles are generated one at a time (a seed article's body behind a unique lead
sentence, so every content hash differs) and never held together. For ``--articles``
and a tenth of it, two child processes each read the same generated stream:

- ``extract``: ``extract_figures`` on every article, nothing stored;
- ``ingest``: ``ingest_articles`` into a fresh store (hash, extract, one transaction each).

Each child reports its time and its peak resident memory (``ru_maxrss``), so each
number is that phase's alone. Targets (issue 3): the store costs at most a third of
the ingest time, and peak memory stays flat when the article count grows tenfold.

With ``--workers-compare``, it writes ``--mb`` megabytes of generated articles as
``.txt`` files (front matter included, dates spread over twelve months) and times
``python -m extractors ingest FOLDER --workers 1`` against ``--workers 2``, each a whole
process into a fresh store, in ``--pairs`` pairs taking turns (A B, B A, ...), so a
burst of other work on a shared machine slows both sides alike. It prints each pair,
the medians and the median of the pairs' speed-ups. Target (issue 12): 2 workers at
least 1.7x the speed of 1 on a 2-core machine.
"""

from __future__ import annotations

import argparse
import itertools
import json
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from extractors.article import Article  # noqa: E402
from extractors.extract import extract_figures  # noqa: E402
from extractors.intake.ingest import ingest_articles  # noqa: E402
from extractors.intake.readers import read_article  # noqa: E402

PLACES = ("Kharkiv", "Khan Younis", "El Fasher", "Goma", "Sweida", "Hodeidah", "Kursk", "Laukkaing")


def generated_articles(count: int | None = None) -> Iterator[Article]:
    """``count`` distinct articles, made one at a time from the seed articles."""
    seeds = [read_article(path) for path in sorted((ROOT / "seeds").glob("*.txt"))]
    for number in range(count) if count is not None else itertools.count():
        seed = seeds[number % len(seeds)]
        lead = (
            f"Report {number}: at least {number % 900 + 3} people were killed in {PLACES[number % len(PLACES)]}"
            f" on day {number}, officials said.\n\n"
        )
        yield Article(
            doc=f"gen{number:06d}",
            text=lead + seed.text,
            title=seed.title,
            publisher=seed.publisher,
            published=seed.published,
            url=f"https://example.org/generated/{number}",
        )


def write_corpus(folder: Path, megabytes: float) -> tuple[int, float]:
    """Generated articles as .txt files with front matter until ``megabytes``; returns (articles, MB)."""
    folder.mkdir(parents=True, exist_ok=True)
    written, size = 0, 0
    for article in generated_articles():
        if size >= megabytes * 1e6:
            break
        published = f"2025-{written % 12 + 1:02d}-{written % 28 + 1:02d}"
        front = f"---\ntitle: {article.title or article.doc}\npublisher: {article.publisher or 'Test Wire'}\n"
        front += f"published: {published}\nurl: {article.url}\n---\n"
        (folder / f"{article.doc}.txt").write_text(front + article.text, encoding="utf-8")
        written += 1
        size += len(article.text.encode("utf-8"))
    return written, size / 1e6


def timed_ingest(folder: Path, workers: int) -> float:
    """Seconds for ``python -m extractors ingest FOLDER --workers N`` into a fresh store, a whole process."""
    with tempfile.TemporaryDirectory() as store:
        command = [sys.executable, "-m", "extractors", "ingest", str(folder), "--db", f"{store}/figures.db"]
        started = time.perf_counter()
        subprocess.run([*command, "--workers", str(workers)], cwd=ROOT, capture_output=True, check=True)
        return time.perf_counter() - started


def compare_workers(megabytes: float, pairs: int) -> int:
    with tempfile.TemporaryDirectory() as folder:
        articles, size = write_corpus(Path(folder), megabytes)
        print(f"corpus: {articles} articles, {size:.2f} MB of text, as .txt files; {pairs} pairs, turns alternating")
        print(f"{'pair':>4} {'1 worker s':>11} {'2 workers s':>12} {'speed-up':>9}")
        one, two = [], []
        for pair in range(pairs):
            order = (1, 2) if pair % 2 == 0 else (2, 1)
            seconds = {workers: timed_ingest(Path(folder), workers) for workers in order}
            one.append(seconds[1])
            two.append(seconds[2])
            print(f"{pair + 1:>4} {seconds[1]:>11.2f} {seconds[2]:>12.2f} {seconds[1] / seconds[2]:>8.2f}x")
    speedup = statistics.median(a / b for a, b in zip(one, two, strict=True))
    print(
        f"median: 1 worker {statistics.median(one):.2f} s ({size / statistics.median(one):.2f} MB/s),"
        f" 2 workers {statistics.median(two):.2f} s ({size / statistics.median(two):.2f} MB/s)"
    )
    print(
        f"median speed-up of 2 workers over 1: {speedup:.2f}x (target >= 1.7x: {'met' if speedup >= 1.7 else 'MISSED'})"
    )
    return 0


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # Linux reports KiB


def run_phase(phase: str, count: int) -> dict[str, float]:
    """One phase in this process: its seconds, megabytes of text (10**6 bytes) and peak memory."""
    text_bytes = 0

    def counted() -> Iterator[Article]:
        nonlocal text_bytes
        for article in generated_articles(count):
            text_bytes += len(article.text.encode("utf-8"))
            yield article

    with tempfile.TemporaryDirectory() as folder:
        started = time.perf_counter()
        if phase == "extract":
            figures = sum(len(extract_figures(a.text, doc=a.doc, meta=a.meta)) for a in counted())
        else:
            summary = ingest_articles(counted(), Path(folder) / "figures.db")
            assert summary.new == count and summary.failed == 0, summary
            figures = summary.figures
        seconds = time.perf_counter() - started
    return {"seconds": seconds, "mb": text_bytes / 1e6, "figures": figures, "peak_mb": peak_rss_mb()}


def child(phase: str, count: int) -> dict[str, float]:
    command = [sys.executable, "-m", "benchmarks.ingest_speed", "--child", phase, "--articles", str(count)]
    result = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, check=True)
    return json.loads(result.stdout)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=10_000, help="articles in the big run (default: 10000)")
    parser.add_argument("--child", choices=("extract", "ingest"), help=argparse.SUPPRESS)
    parser.add_argument("--workers-compare", action="store_true", help="time ingest with 1 and 2 workers instead")
    parser.add_argument("--mb", type=float, default=5.0, help="corpus size for --workers-compare (default: 5)")
    parser.add_argument("--pairs", type=int, default=5, help="pairs of runs for --workers-compare (default: 5)")
    args = parser.parse_args(argv)
    if args.workers_compare:
        return compare_workers(args.mb, args.pairs)
    if args.child:
        print(json.dumps(run_phase(args.child, args.articles)))
        return 0

    print(f"{'articles':>9} {'phase':>8} {'seconds':>8} {'articles/s':>11} {'MB/s':>6} {'figures':>8} {'peak MB':>8}")
    peaks = {}
    shares = {}
    for count in (args.articles // 10, args.articles):
        results = {phase: child(phase, count) for phase in ("extract", "ingest")}
        for phase, result in results.items():
            print(
                f"{count:>9} {phase:>8} {result['seconds']:>8.2f} {count / result['seconds']:>11.0f}"
                f" {result['mb'] / result['seconds']:>6.2f} {result['figures']:>8} {result['peak_mb']:>8.1f}"
            )
        extract_s, ingest_s = results["extract"]["seconds"], results["ingest"]["seconds"]
        shares[count] = (ingest_s - extract_s) / ingest_s
        peaks[count] = results["ingest"]["peak_mb"]
    small, big = args.articles // 10, args.articles
    share = shares[big]
    growth = peaks[big] / peaks[small]
    verdict = "met" if share <= 1 / 3 else "MISSED"
    print(f"store share of ingest time at {big} articles: {share:.0%} (target <= 33%: {verdict})")
    print(
        f"ingest peak memory {peaks[small]:.1f} MB at {small} -> {peaks[big]:.1f} MB at {big} articles:"
        f" x{growth:.2f} (target flat, <= x1.2: {'met' if growth <= 1.2 else 'MISSED'})"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
