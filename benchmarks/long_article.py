"""Extraction time of one long article against its length: it should grow in proportion.

Run it with::

    .venv/bin/python benchmarks/long_article.py [--sizes 1 2 4] [--repeat 2]

Each text is the bodies of the articles in seeds/ joined into *one* article and repeated
until it reaches the size (10**6 bytes of UTF-8 per MB), as a long paste on the Add page
would be; ``extract_figures`` reads it whole, on one core, best of ``--repeat`` passes.
A second line per size changes every number of three digits or more in each copy, so the
copies do not merge into the same figures and the number of distinct figures grows with
the text too (what makes comparing each figure with every kept one cost the square).

Target (issue 14): the 4 MB text within 2.2x the time of the 2 MB one.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import regex  # noqa: E402

from benchmarks.extract_speed import pin_to_one_core  # noqa: E402
from extractors import extract_figures  # noqa: E402
from extractors.intake.readers import read_article  # noqa: E402

SEEDS = ROOT / "seeds"
MB = 10**6
TARGET_RATIO = 2.2
_LONG_NUMBER = regex.compile(r"\d{3,}")


def long_article(megabytes: float, vary_numbers: bool = False) -> str:
    """The seed bodies as one article, repeated to ``megabytes``; each copy's numbers shifted if asked."""
    bodies = [read_article(path).text for path in sorted(SEEDS.glob("*.txt"))]
    parts, size, copy = [], 0, 0
    while size < megabytes * MB:
        copy += 1
        for body in bodies:
            if vary_numbers:
                body = _LONG_NUMBER.sub(lambda number, copy=copy: str(int(number.group()) + copy), body)
            parts.append(body)
            size += len(body.encode("utf-8")) + 2
            if size >= megabytes * MB:
                break
    return "\n\n".join(parts)


def best_seconds(text: str, repeat: int) -> tuple[float, float, int]:
    """The fastest of ``repeat`` passes: wall-clock seconds, this process's CPU seconds, figures found."""
    best_wall, best_cpu, figures = float("inf"), float("inf"), 0
    for _ in range(repeat):
        wall, cpu = time.perf_counter(), time.process_time()
        figures = len(extract_figures(text))
        best_wall = min(best_wall, time.perf_counter() - wall)
        best_cpu = min(best_cpu, time.process_time() - cpu)
    return best_wall, best_cpu, figures


def main(argv: Sequence[str] | None = None) -> int:
    options = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    options.add_argument("--sizes", type=float, nargs="+", default=[1.0, 2.0, 4.0], help="sizes in MB")
    options.add_argument("--repeat", type=int, default=2, help="passes per size; the fastest counts")
    args = options.parse_args(argv)
    print(f"CPU: {pin_to_one_core()}")
    extract_figures(read_article(sorted(SEEDS.glob("*.txt"))[0]).text)  # warm-up: lazy imports, compiled patterns
    print(f"{'text':<32}{'MB':>6}{'wall s':>9}{'CPU s':>8}{'MB/s':>8}  figures")
    times: dict[tuple[bool, float], float] = {}
    for vary in (False, True):
        for size in args.sizes:
            text = long_article(size, vary_numbers=vary)
            wall, cpu, figures = best_seconds(text, args.repeat)
            times[vary, size] = cpu
            name = "seeds repeated" + (", numbers varied" if vary else "")
            megabytes = len(text.encode("utf-8")) / MB
            print(f"{name:<32}{megabytes:>6.2f}{wall:>9.2f}{cpu:>8.2f}{megabytes / cpu:>8.3f}  {figures}")
    if {2.0, 4.0} <= set(args.sizes):
        for vary in (False, True):
            ratio = times[vary, 4.0] / times[vary, 2.0]
            verdict = "meets" if ratio <= TARGET_RATIO else "MISSES"
            name = "numbers varied" if vary else "seeds repeated"
            print(f"4 MB / 2 MB, {name}: {ratio:.2f}x in CPU time ({verdict} the target of at most {TARGET_RATIO}x)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
