"""Storage: the SQLite article store, reading it back fast, exports and pandas frames.

Store and intake build on the text-to-figures pipeline (``extractors``); the pipeline
never imports them.
"""

from .conditions import FIELDS, Contains, FigureFilter, OneOf, Published
from .database import (
    ARTICLE_LIST_COLUMNS,
    ARTICLE_META,
    DEFAULT_DB,
    FIGURE_FIELDS,
    FIGURES_ORDER,
    FIGURES_SELECT,
    SCHEMA_VERSION,
    add_source,
    article_id,
    known_source,
    open_store,
    read_chunks,
    read_connection,
    read_frame,
    replace_figures,
    save_article,
    stale_count,
    stored_articles,
    stored_version,
)
from .exports import EXPORT_COLUMNS, FORMATS, count_figures, export, export_filter, filtered_chunks
from .frames import figures_frame, typed_frame
from .reading import (
    columnar_copy_path,
    figures_table,
    load_article,
    load_articles,
    load_figures,
    store_counts,
    store_is_empty,
)
from .spreadsheet import FORMULA_STARTS, neutralise, neutralised, write_csv

__all__ = [
    "ARTICLE_LIST_COLUMNS",
    "ARTICLE_META",
    "DEFAULT_DB",
    "EXPORT_COLUMNS",
    "FIGURES_ORDER",
    "FIGURES_SELECT",
    "FIELDS",
    "FIGURE_FIELDS",
    "FORMATS",
    "FORMULA_STARTS",
    "SCHEMA_VERSION",
    "Contains",
    "FigureFilter",
    "OneOf",
    "Published",
    "add_source",
    "article_id",
    "columnar_copy_path",
    "count_figures",
    "export",
    "export_filter",
    "figures_frame",
    "figures_table",
    "filtered_chunks",
    "known_source",
    "load_article",
    "load_articles",
    "load_figures",
    "neutralise",
    "neutralised",
    "open_store",
    "read_chunks",
    "read_connection",
    "read_frame",
    "replace_figures",
    "save_article",
    "stale_count",
    "store_counts",
    "store_is_empty",
    "stored_articles",
    "stored_version",
    "typed_frame",
    "write_csv",
]
