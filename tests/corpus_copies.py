"""The project's copies of the shared corpus, and where each one comes from.

The seed article, the annotated sample articles, the guideline, the gold files and the
scorer live in ``../shared`` beside the checkout; the project keeps copies so that its
tests run without it. This module is the one list of those copies: ``make
refresh-corpus`` refreshes them, ``.ci/run`` warns when they differ, and
``tests/test_corpus_scores.py`` fails when they differ.

usage: python3 tests/corpus_copies.py check|refresh [--shared ../shared]

Standard library only: it runs before the virtualenv exists.
"""

from __future__ import annotations

import argparse
import filecmp
import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SEED_DOC = "000_d7a3ae0c58c3a829"

# shared file -> project copy, both relative to their own root
_FILES = {
    f"seeds/{SEED_DOC}.txt": f"seeds/{SEED_DOC}.txt",
    "corpus/README.md": "tests/corpus/GUIDELINE.md",
    "corpus/seed_gold.jsonl": "tests/corpus/seed_gold.jsonl",
    "corpus/dev/gold.jsonl": "tests/corpus/dev/gold.jsonl",
    "tools/score.py": "tests/corpus/score.py",
}
_DEV_DOCS = "corpus/dev/docs"  # every *.txt in it is copied into seeds/


def copies(shared: Path = SHARED, root: Path = ROOT) -> list[tuple[Path, Path]]:
    """Pairs of (shared original, project copy), in a stable order."""
    pairs = [(shared / source, root / copy) for source, copy in _FILES.items()]
    pairs += [(doc, root / "seeds" / doc.name) for doc in sorted((shared / _DEV_DOCS).glob("*.txt"))]
    return pairs


def stale(shared: Path = SHARED, root: Path = ROOT) -> list[Path]:
    """Project copies that are missing or differ from their shared original."""
    return [copy for source, copy in copies(shared, root) if not copy.is_file() or not filecmp.cmp(source, copy, False)]


def refresh(shared: Path = SHARED, root: Path = ROOT) -> list[Path]:
    """Copy every stale file from ``shared``; returns the copies written."""
    written = stale(shared, root)
    originals = {copy: source for source, copy in copies(shared, root)}
    for copy in written:
        copy.parent.mkdir(parents=True, exist_ok=True)
        # the copies are read-only like the originals: replace rather than write into them
        copy.unlink(missing_ok=True)
        shutil.copy(originals[copy], copy)
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Check or refresh the project's copies of ../shared/corpus.")
    parser.add_argument("action", choices=("check", "refresh"))
    parser.add_argument("--shared", type=Path, default=SHARED, help="the shared folder (default: ../shared)")
    args = parser.parse_args(argv)
    if not (args.shared / _DEV_DOCS).is_dir():
        print(f"error: {args.shared}: no shared corpus there", file=sys.stderr)
        return 1
    if args.action == "refresh":
        written = refresh(args.shared)
        print(f"refreshed {len(written)} of {len(copies(args.shared))} corpus copies from {args.shared}")
        for copy in written:
            print(f"  {copy.relative_to(ROOT)}")
        return 0
    differing = stale(args.shared)
    for copy in differing:
        print(f"warning: {copy.relative_to(ROOT)} differs from {args.shared}; run `make refresh-corpus`")
    return 1 if differing else 0


if __name__ == "__main__":
    sys.exit(main())
