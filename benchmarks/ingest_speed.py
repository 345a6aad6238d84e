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
"""

from __future__ import annotations

import argparse
import json
import resource
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


def generated_articles(count: int) -> Iterator[Article]:
    """``count`` distinct articles, made one at a time from the seed articles."""
    seeds = [read_article(path) for path in sorted((ROOT / "seeds").glob("*.txt"))]
    for number in range(count):
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
    args = parser.parse_args(argv)
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
