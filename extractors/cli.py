"""Command line: a thin layer over the library. User errors print one line and exit 1."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

import pandas as pd

from .article import article_paths, read_article
from .errors import InputError
from .extract import extract_figures
from .table import figures_frame


def extract_paths(paths: Sequence[str]) -> tuple[pd.DataFrame, list[str]]:
    """Extract figures from every article under ``paths``; returns the table and the errors."""
    frames, errors = [], []
    for path in article_paths(list(paths)):
        try:
            article = read_article(path)
        except InputError as error:
            errors.append(str(error))
            continue
        frames.append(figures_frame(extract_figures(article.text, doc=article.doc), article.meta))
    table = pd.concat(frames, ignore_index=True) if frames else figures_frame([])
    return table, errors


def _extract(args: argparse.Namespace) -> int:
    table, errors = extract_paths(args.paths)
    for error in errors:
        print(f"error: {error}", file=sys.stderr)
    if args.csv:
        table.to_csv(args.csv, index=False)
        print(f"{len(table)} figures from {table['doc'].nunique()} articles -> {args.csv}", file=sys.stderr)
    else:
        table.to_csv(sys.stdout, index=False)
    return 1 if errors else 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m extractors", description="War figures with attribution, from news text.")
    commands = parser.add_subparsers(dest="command", required=True)
    extract = commands.add_parser("extract", help="extract figures from article files or folders into CSV")
    extract.add_argument("paths", nargs="+", metavar="PATH", help="an article file (.txt, .md) or a folder of them")
    extract.add_argument("--csv", metavar="OUT.csv", help="write the table here (default: standard output)")
    extract.set_defaults(run=_extract)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return args.run(args)
    except InputError as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
