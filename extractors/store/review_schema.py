"""The review tables beside the machine's figures, the append-only log, and the reviewed view.

A review never touches ``figures``: it sits in ``reviews``, keyed by the article's
content hash and the figure's character span (plus its category, for two figures on
one span), so ``ingest --reextract``, which replaces an article's figures, keeps it.
Every change to ``reviews`` is a row of ``review_log``, which triggers keep
append-only. ``review_matches`` finds each review's figure in today's extraction;
``reviewed_figures`` is the machine's figures with their reviews applied.

Nothing here imports the rest of the store: ``database.open_store`` calls
:func:`install_reviews` when it opens a store for writing.
"""

from __future__ import annotations

import sqlite3

from ..figure import COLUMNS

# A figure's review status; "machine" means no review (there is no row for it).
STATUSES = ("machine", "confirmed", "corrected", "rejected", "added")
ARTICLE_META = ("doc", "title", "publisher", "published", "url")  # as database.ARTICLE_META
# The figure fields a review can set: everything but the span's place, which is the key.
REVIEW_FIELDS = tuple(name for name in COLUMNS if name not in (*ARTICLE_META, "start", "end"))


def _field(name: str) -> str:
    """A reviewed column: the review's value when its JSON has the field (even null), else the machine's."""
    return (
        f"CASE WHEN m.fields IS NULL OR json_type(m.fields, '$.{name}') IS NULL THEN f.\"{name}\""
        f" ELSE json_extract(m.fields, '$.{name}') END AS \"{name}\""
    )


def _added(name: str) -> str:
    return f"json_extract(m.fields, '$.{name}') AS \"{name}\""


_COLUMN_ORDER = tuple(name for name in COLUMNS if name not in ARTICLE_META)

REVIEW_TABLES = """
CREATE TABLE IF NOT EXISTS reviews (  -- today's review of each reviewed figure; every change is in review_log
    review_id   INTEGER PRIMARY KEY,
    article_id  TEXT NOT NULL REFERENCES articles(article_id),  -- no cascade: a review is never dropped
    start       INTEGER NOT NULL,   -- the figure's span in the article text, as in figures
    "end"       INTEGER NOT NULL,
    category    TEXT NOT NULL,      -- the machine's category when reviewed (an added figure's own)
    status      TEXT NOT NULL CHECK (status IN ('confirmed', 'corrected', 'rejected', 'added')),
    fields      TEXT NOT NULL DEFAULT '{}',  -- JSON: the corrected fields (all of an added figure's)
    reviewer    TEXT NOT NULL,
    reviewed_at TEXT NOT NULL,      -- UTC, ISO 8601
    note        TEXT NOT NULL DEFAULT '',
    UNIQUE (article_id, start, "end", category)
);
CREATE TABLE IF NOT EXISTS review_log (  -- append-only: the triggers below refuse UPDATE and DELETE
    change_id   INTEGER PRIMARY KEY,
    changed_at  TEXT NOT NULL,
    changed_by  TEXT NOT NULL,
    action      TEXT NOT NULL,      -- confirm, correct, reject, add, undo, import, conflict
    article_id  TEXT NOT NULL,
    start       INTEGER NOT NULL,
    "end"       INTEGER NOT NULL,
    category    TEXT NOT NULL,
    before      TEXT,               -- the review as JSON before the change (NULL: none, the machine's figure)
    after       TEXT,               -- and after it
    offered     TEXT,               -- a conflict: the imported version that was not taken
    undoes      INTEGER REFERENCES review_log(change_id),
    origin      TEXT NOT NULL DEFAULT ''  -- where the change came from: dashboard, FILE line N
);
CREATE INDEX IF NOT EXISTS review_log_by_figure ON review_log(article_id, start, "end", category);
CREATE TRIGGER IF NOT EXISTS review_log_no_update BEFORE UPDATE ON review_log
BEGIN SELECT RAISE(ABORT, 'review_log is append-only'); END;
CREATE TRIGGER IF NOT EXISTS review_log_no_delete BEFORE DELETE ON review_log
BEGIN SELECT RAISE(ABORT, 'review_log is append-only'); END;
"""

# Each review with the category of the figure it applies to in today's extraction (NULL: none).
# A review applies to the figure on its span with its category, else (a re-extraction changed
# the category) to the only figure on its span, the latest review winning that figure; an
# added figure only to a figure of its own category (the machine has learnt to find it).
# An unmatched review is an added figure, or orphaned: its span no longer holds a figure.
REVIEW_MATCHES = """CREATE VIEW review_matches AS
WITH exact AS (
    SELECT r.review_id, r.article_id, r.start, r."end", r.category AS figure_category
    FROM reviews r
    WHERE EXISTS (SELECT 1 FROM figures f WHERE f.article_id = r.article_id AND f.start = r.start
                  AND f."end" = r."end" AND f.category = r.category)
),
lone AS (
    SELECT article_id, start, "end", min(category) AS category FROM figures
    WHERE article_id IN (SELECT article_id FROM reviews)
    GROUP BY article_id, start, "end" HAVING count(*) = 1
),
fallback AS (
    SELECT r.review_id, l.category AS figure_category, row_number() OVER (
        PARTITION BY l.article_id, l.start, l."end" ORDER BY r.reviewed_at DESC, r.review_id DESC) AS rank
    FROM reviews r JOIN lone l ON l.article_id = r.article_id AND l.start = r.start AND l."end" = r."end"
    WHERE r.status != 'added' AND r.review_id NOT IN (SELECT review_id FROM exact)
      AND NOT EXISTS (SELECT 1 FROM exact e WHERE e.article_id = l.article_id AND e.start = l.start
                      AND e."end" = l."end" AND e.figure_category = l.category)
)
SELECT r.review_id, r.article_id, r.start, r."end", r.category, r.status, r.fields, r.reviewer,
       r.reviewed_at, r.note, coalesce(e.figure_category, b.figure_category) AS figure_category
FROM reviews r
LEFT JOIN exact e ON e.review_id = r.review_id
LEFT JOIN fallback b ON b.review_id = r.review_id AND b.rank = 1"""

# The figures everyone reads: the machine's with their reviews applied (rejected ones kept,
# marked), then the added figures whose span holds no machine figure. Columns as figures,
# plus review (a status), then what the Article page's review form needs: key_category (the
# category of the figure's key in reviews), the reviewer, time, note and the review's fields.
# reviewed.apply_reviews does the same to load_figures' columnar copy.
REVIEWED_FIGURES = f"""CREATE VIEW reviewed_figures AS
SELECT f.figure_id, f.article_id, f.extractor_version,
       {", ".join(_field(n) if n in REVIEW_FIELDS else f'f."{n}"' for n in _COLUMN_ORDER)},
       coalesce(m.status, 'machine') AS review, coalesce(m.category, f.category) AS key_category,
       m.reviewer, m.reviewed_at, m.note, m.fields AS review_fields
FROM figures f LEFT JOIN review_matches m ON m.article_id = f.article_id AND m.start = f.start
     AND m."end" = f."end" AND m.figure_category = f.category
UNION ALL
SELECT NULL, m.article_id, NULL,
       {", ".join(_added(n) if n in REVIEW_FIELDS else f'm."{n}"' for n in _COLUMN_ORDER)},
       'added', m.category, m.reviewer, m.reviewed_at, m.note, m.fields
FROM review_matches m WHERE m.figure_category IS NULL AND m.status = 'added'"""

_VIEWS = {"review_matches": REVIEW_MATCHES, "reviewed_figures": REVIEWED_FIGURES}


def install_reviews(connection: sqlite3.Connection) -> None:
    """Create the review tables, and the views unless they are there as written here, in one transaction.

    A view from an older program is replaced; two processes opening a store at once
    take turns (``BEGIN IMMEDIATE``), so a reader never finds a view missing.
    """
    connection.execute("BEGIN IMMEDIATE")
    try:
        for statement in REVIEW_TABLES.split(";\n"):
            if statement.strip():
                connection.execute(statement)
        for name, sql in _VIEWS.items():
            stored = connection.execute("SELECT sql FROM sqlite_master WHERE type = 'view' AND name = ?", (name,))
            if (row := stored.fetchone()) is None or row[0] != sql:
                connection.execute(f"DROP VIEW IF EXISTS {name}")
                connection.execute(sql)
        connection.execute("COMMIT")
    except BaseException:
        connection.execute("ROLLBACK")
        raise
