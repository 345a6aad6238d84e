"""Command line: a thin layer over the library. User errors print one line and exit 1."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path

import pandas as pd
from tqdm import tqdm

from .errors import InputError
from .figure import CATEGORIES, SOURCE_TYPES
from .intake.ingest import ingest
from .intake.parallel import available_cores, default_extract
from .intake.readers import DEFAULT_LIMITS, Limits, read_sources
from .source_across import unify_sources
from .store import DEFAULT_DB, FORMATS, count_figures, export, export_filter, figures_frame, write_csv
from .store.exports import REVIEW_CHOICES
from .store.review_exchange import export_reviews, import_reviews
from .store.review_reading import load_reviews


def extract_paths(paths: Sequence[str], limits: Limits = DEFAULT_LIMITS) -> tuple[pd.DataFrame, list[str]]:
    """Extract figures from every article under ``paths``; returns the table and the errors.

    Inputs are read as ``ingest`` reads them (:func:`~extractors.intake.readers.read_sources`).
    """
    frames, errors = [], []
    for item in read_sources(list(paths), limits):
        if isinstance(item, InputError):
            errors.append(str(item))
            continue
        article = item.article
        try:
            figures = default_extract(article.text, doc=article.doc, meta=article.meta)
        except Exception as error:  # a bug in the extractor must not cost the other articles
            errors.append(
                f"{item.source}: extraction failed ({type(error).__name__}: {error}); please report this article"
            )
            continue
        frames.append(figures_frame(figures, article.meta))
    table = pd.concat(frames, ignore_index=True) if frames else figures_frame([])
    return unify_sources(table), errors


def _extract(args: argparse.Namespace) -> int:
    table, errors = extract_paths(args.paths)
    for error in errors:
        print(f"error: {error}", file=sys.stderr)
    if args.csv:
        write_csv(table, args.csv, raw=args.raw)
        print(f"{len(table)} figures from {table['doc'].nunique()} articles -> {args.csv}", file=sys.stderr)
    else:
        write_csv(table, sys.stdout, raw=args.raw)
    return 1 if errors else 0


def _ingest(args: argparse.Namespace) -> int:
    if not args.sources and not args.reextract:
        raise InputError("ingest", "give at least one file, folder or URL (or --reextract)")
    # tqdm shows nothing off a terminal, and on one only once a run has taken a second
    with tqdm(unit="article", file=sys.stderr, disable=None, delay=1.0, leave=False) as bar:

        def progress(done: int, total: int | None) -> None:
            bar.total = total
            bar.update(done - bar.n)

        summary = ingest(
            args.sources,
            args.db,
            reextract=args.reextract,
            progress=progress,
            limits=Limits(timeout=args.timeout),
            workers=args.workers,
        )
    for error in summary.errors:
        print(f"error: {error}", file=sys.stderr)
    print(f"{summary.line()} -> {args.db}", file=sys.stderr)
    if summary.stale and not args.reextract:
        print(
            f"note: {summary.stale} stored articles have figures from an older extractor;"
            " `ingest --reextract` recomputes them",
            file=sys.stderr,
        )
    if args.reextract and (orphaned := int((load_reviews(args.db)["state"] == "orphaned").sum())):
        print(
            f"note: {orphaned} review{' no longer matches' if orphaned == 1 else 's no longer match'} a figure"
            " since the re-extraction; kept and marked orphaned (the dashboard's Changes page lists them)",
            file=sys.stderr,
        )
    return 1 if summary.failed else 0


def _corpus(args: argparse.Namespace) -> int:
    with tqdm(unit="partition", file=sys.stderr, disable=None, delay=1.0, leave=False) as bar:

        def progress(done: int, total: int) -> None:
            bar.total = total
            bar.update(done - bar.n)

        from .intake.corpus import run_corpus  # Dask is imported only by the command that uses it

        summary = run_corpus(args.inputs, args.out, args.scheduler, args.workers, on_partition=progress)
    for error in summary.errors:
        print(f"error: {error}", file=sys.stderr)
    print(f"{summary.line()} -> {summary.out}", file=sys.stderr)
    return 1 if summary.failed or summary.failed_partitions else 0


def _export(args: argparse.Namespace) -> int:
    figure_filter = export_filter(
        claimant=args.claimant or "",
        publisher=args.publisher or "",
        source=args.source or "",
        source_type=args.source_type or (),
        category=args.category or (),
        side=args.side or (),
        since=args.since or "",
        until=args.until or "",
        undated=args.undated,
        review=args.review or (),
    )
    suffix = Path(args.out).suffix.lstrip(".").lower() if args.out else ""
    fmt = args.format or (suffix if suffix in FORMATS else "csv")
    out = args.out or (figure_filter.file_name(fmt) if fmt == "parquet" else None)
    rows = export(args.db, fmt, out, figure_filter, raw=args.raw)
    print(f"exported {rows} rows ({figure_filter.description()}) -> {out or 'standard output'}", file=sys.stderr)
    undated = figure_filter.undated_apart()
    left_out = count_figures(args.db, undated) if undated else 0
    if left_out:
        print(f"{left_out} undated figures left out by the dates (--undated includes them)", file=sys.stderr)
    return 0


def _review_export(args: argparse.Namespace) -> int:
    count = export_reviews(args.db, args.out)
    print(f"exported {count} reviews -> {args.out or 'standard output'}", file=sys.stderr)
    return 0


def _review_import(args: argparse.Namespace) -> int:
    summary = import_reviews(args.db, args.file)
    for error in summary.errors:
        print(f"error: {error}", file=sys.stderr)
    for conflict in summary.conflicts:
        print(f"conflict: {conflict}", file=sys.stderr)
    print(f"{summary.line()} -> {args.db}", file=sys.stderr)
    return 1 if summary.errors else 0


def _evaluate(args: argparse.Namespace) -> int:
    from .store.evaluation import evaluate  # the extractor, imported by the command that runs it

    evaluation = evaluate(args.db)
    if args.json:
        counts = {"known_false": evaluation.known_false, "misread": evaluation.misread}
        print(json.dumps(evaluation.result | counts | {"not_reviewed": evaluation.not_reviewed}))
    else:
        print("\n".join(evaluation.lines()))
    return 0


def _add_review_commands(commands) -> None:
    review = commands.add_parser(
        "review",
        help="share analysts' reviews of figures between stores as JSON lines",
        description="Export a store's reviews (confirmed, corrected, rejected and added figures) or import"
        " them into another store holding the same articles. Importing the same file twice changes nothing.",
    )
    actions = review.add_subparsers(dest="action", required=True)
    export_command = actions.add_parser("export", help="write every review as one JSON line")
    export_command.add_argument("--db", type=Path, default=DEFAULT_DB, help=f"the store (default: {DEFAULT_DB})")
    export_command.add_argument("--out", metavar="FILE", help="default: standard output")
    export_command.set_defaults(run=_review_export)
    import_command = actions.add_parser(
        "import", help="add the reviews of a JSON lines file; a figure reviewed in both keeps the newer review"
    )
    import_command.add_argument("file", metavar="FILE", help="a file written by `review export`")
    import_command.add_argument("--db", type=Path, default=DEFAULT_DB, help=f"the store (default: {DEFAULT_DB})")
    import_command.set_defaults(run=_review_import)
    evaluate_command = commands.add_parser(
        "evaluate",
        help="score the current extractor against a store's reviewed figures",
        description="Run the extractor on every stored article with confirmed, corrected or added figures and score"
        " it against them with the judge's rules (tests/corpus/score.py): confirmed, corrected and added figures are"
        " gold, rejected ones known false positives.",
    )
    evaluate_command.add_argument("--db", type=Path, default=DEFAULT_DB, help=f"the store (default: {DEFAULT_DB})")
    evaluate_command.add_argument("--json", action="store_true", help="print the scores as one JSON object")
    evaluate_command.set_defaults(run=_evaluate)


def _seconds(text: str) -> float:
    value = float(text)
    if value <= 0:
        raise argparse.ArgumentTypeError("must be above 0")
    return value


def _count(text: str) -> int:
    value = int(text)
    if value < 1:
        raise argparse.ArgumentTypeError("must be 1 or more")
    return value


def _add_ingest(commands: argparse._SubParsersAction) -> None:
    ingest_command = commands.add_parser(
        "ingest",
        help="store articles and their figures from files, folders, URLs and RSS/Atom feeds",
        description="Read .txt/.md (front matter allowed), saved .html/.htm pages, .jsonl exports (one article"
        " a line), http(s) URLs and RSS/Atom feeds (URLs, or .rss/.atom/.xml files: each entry's link is fetched);"
        " extract their figures; store both. Articles already stored are skipped, feed entries by their link.",
    )
    ingest_command.add_argument("sources", nargs="*", metavar="PATH_OR_URL", help="a file, a folder or a URL")
    ingest_command.add_argument("--db", type=Path, default=DEFAULT_DB, help=f"the store (default: {DEFAULT_DB})")
    ingest_command.add_argument(
        "--reextract",
        action="store_true",
        help="recompute the figures of stored articles from their stored text (all of them when no source is given)",
    )
    ingest_command.add_argument(
        "--timeout",
        type=_seconds,
        default=Limits.timeout,
        help="seconds to wait for a web server (default: %(default)s)",
    )
    ingest_command.add_argument(
        "--workers",
        type=_count,
        default=available_cores(),
        help="processes extracting figures, same rows in the store with any number (default: all %(default)s cores)",
    )
    ingest_command.set_defaults(run=_ingest)


def _add_corpus(commands: argparse._SubParsersAction) -> None:
    corpus_command = commands.add_parser(
        "corpus",
        help="extract a corpus into a Parquet dataset of figures on a Dask cluster",
        description="Read folders of articles, .jsonl and .parquet files of articles (columns text and optional doc,"
        " title, publisher, published, url) in partitions; extract on a Dask cluster; write the figures as Parquet"
        " partitioned by publication month, with a summary (_summary.json). `export --db` and the dashboard"
        " (WARFIGURES_DB) read the folder.",
    )
    corpus_command.add_argument("inputs", nargs="+", metavar="INPUT", help="a folder, .jsonl or .parquet file")
    corpus_command.add_argument("--out", type=Path, required=True, metavar="FOLDER", help="the dataset to write")
    corpus_command.add_argument(
        "--scheduler", metavar="ADDRESS", help="join this Dask cluster (default: start one on this machine)"
    )
    corpus_command.add_argument(
        "--workers", type=_count, help="worker processes of the local cluster (default: one per core)"
    )
    corpus_command.set_defaults(run=_corpus)


def _add_raw_flag(command: argparse.ArgumentParser) -> None:
    command.add_argument(
        "--raw",
        action="store_true",
        help="write CSV cells exactly as found; by default a cell starting with =, +, -, @, tab or carriage return"
        " gets a leading ' so a spreadsheet shows it instead of running it",
    )


def _add_export_command(commands) -> None:
    export_command = commands.add_parser("export", help="write stored figures as CSV, Parquet or JSON lines")
    export_command.add_argument(
        "--db", type=Path, default=DEFAULT_DB, help=f"the store, or a `corpus` dataset folder (default: {DEFAULT_DB})"
    )
    export_command.add_argument("--format", choices=FORMATS, help="default: from --out's suffix, else csv")
    export_command.add_argument(
        "--out", metavar="FILE", help="default: standard output; for parquet a file named after the filters"
    )
    export_command.add_argument(
        "--source", metavar="TEXT", help="source (its one name across articles) contains TEXT (any case)"
    )
    export_command.add_argument(
        "--source-type", choices=SOURCE_TYPES, action="append", help="the source is of this type; repeat for several"
    )
    export_command.add_argument("--claimant", metavar="TEXT", help="claimant as written contains TEXT (any case)")
    export_command.add_argument("--publisher", metavar="TEXT", help="publisher contains TEXT (any case)")
    export_command.add_argument("--category", choices=CATEGORIES, action="append", help="repeat for several")
    export_command.add_argument(
        "--side", metavar="SIDE", action="append", help='side is SIDE (any case), e.g. "Russia"; repeat for several'
    )
    export_command.add_argument("--since", metavar="YYYY-MM-DD", help="published on or after this day")
    export_command.add_argument("--until", metavar="YYYY-MM-DD", help="published on or before this day")
    export_command.add_argument(
        "--review",
        choices=REVIEW_CHOICES,
        action="append",
        help="only figures with this review status ('reviewed': confirmed, corrected or added); repeat for several;"
        " rejected figures are left out unless asked for",
    )
    _add_raw_flag(export_command)
    export_command.add_argument(
        "--undated", action="store_true", help="with --since/--until: keep undated figures too (left out otherwise)"
    )
    export_command.set_defaults(run=_export)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m extractors", description="War figures with attribution, from news text."
    )
    commands = parser.add_subparsers(dest="command", required=True)
    extract = commands.add_parser(
        "extract",
        help="extract figures from article files, folders or URLs into CSV",
        description="Read what `ingest` reads (.txt/.md with optional front matter, saved .html/.htm pages, .jsonl"
        " exports, http(s) URLs) and write the figures as CSV, without storing anything.",
    )
    extract.add_argument("paths", nargs="+", metavar="PATH_OR_URL", help="a file, a folder of them or a URL")
    extract.add_argument("--csv", metavar="OUT.csv", help="write the table here (default: standard output)")
    _add_raw_flag(extract)
    extract.set_defaults(run=_extract)

    _add_ingest(commands)
    _add_corpus(commands)

    _add_export_command(commands)
    _add_review_commands(commands)
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
