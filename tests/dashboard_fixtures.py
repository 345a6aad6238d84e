"""Generated figure tables for the dashboard's tests and its speed benchmark.

The rows look like the store's (the table columns plus ``article_id`` and
``extractor_version``), with a few claimants, publishers and hedges repeated so that
filters and facets have something to bite on, and every ninth article undated. Each
claimant's source is the one the extractor's naming rules give it ("NIS": "National
Intelligence Service (South Korea)").
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd

from extractors.article import Article
from extractors.figure import CATEGORIES, Figure
from extractors.source_names import name_source
from extractors.store import article_id, open_store, save_article, typed_frame

CLAIMANTS = (
    "Gaza health ministry", "Israeli military", "UN OCHA", "Ukraine's general staff", "Russian defence ministry",
    "UK Ministry of Defence", "NIS", "Pentagon", None,
)  # fmt: skip
PUBLISHERS = ("Sample Wire", "Daily Ledger", "Evening Post", "=Formula Times")
SIDES = ("Palestinian", "Israeli", "Ukrainian", "Russian", "North Korean", None)
QUALIFIERS = ("exact", "approximate", "at_least", "at_most", "range", "vague")
SCOPES = ("total", "total", "total", "event", "period")
FORCES = ("military", "military", "civilian", "unknown")
STANCES = ("own", "adversary", "third party", "unknown")


def generated_figures(count: int, seed: int = 7, figures_per_article: int = 10) -> pd.DataFrame:
    """``count`` store-shaped figure rows, deterministic for a given ``seed``."""
    rng = np.random.default_rng(seed)
    article = np.arange(count) // figures_per_article
    qualifier = np.array(QUALIFIERS)[rng.integers(0, len(QUALIFIERS), count)]
    value = np.round(10 ** rng.uniform(0, 5.5, count))
    low = np.where(qualifier == "range", value, np.nan)
    high = np.where(qualifier == "range", value * 2, np.nan)
    value = np.where((qualifier == "range") | (qualifier == "vague"), np.nan, value)
    claimant = np.array(CLAIMANTS, dtype=object)[rng.integers(0, len(CLAIMANTS), count)]
    category = np.array(CATEGORIES)[rng.integers(0, len(CATEGORIES), count)]
    day = pd.Timestamp("2024-01-01") + pd.to_timedelta(article % 600, unit="D")
    span = [f"{int(v):,}" if v == v else "hundreds" for v in np.where(np.isnan(value), low, value)]
    sentence = [
        f"At least {s} people were {c}, {who or 'witnesses'} said in report {i}."
        for i, (s, c, who) in enumerate(zip(span, category, claimant, strict=True))
    ]
    frame = pd.DataFrame(
        {
            "doc": [f"gen{a:06d}" for a in article],
            "title": [f"Generated article {a}" for a in article],
            "publisher": np.array(PUBLISHERS)[article % len(PUBLISHERS)],
            # Every ninth article is undated, as articles without a date line are.
            "published": np.where(article % 9 == 8, "", day.strftime("%Y-%m-%d")),
            "url": [f"https://example.org/{a}" for a in article],
            "value": value,
            "low": low,
            "high": high,
            "unit": "people",
            "category": category,
            "qualifier": qualifier,
            "subject": "people",
            "side": np.array(SIDES, dtype=object)[rng.integers(0, len(SIDES), count)],
            "claimant": claimant,
            "cited_source": None,
            "source": [name_source(who).name if who else None for who in claimant],
            "source_type": [name_source(who).type if who else None for who in claimant],
            "span": span,
            "sentence": sentence,
            "start": 0,
            "end": [len(s) for s in span],
            # what each figure counts (issue 10): mostly running totals, dated by their article
            "scope": np.array(SCOPES, dtype=object)[rng.integers(0, len(SCOPES), count)],
            "as_of": day.strftime("%Y-%m-%d"),
            "force": np.array(FORCES, dtype=object)[rng.integers(0, len(FORCES), count)],
            "stance": np.array(STANCES, dtype=object)[rng.integers(0, len(STANCES), count)],
        }
    )
    frame = typed_frame(frame)
    frame["article_id"] = [f"{a:016x}" for a in article]
    frame["extractor_version"] = "generated"
    return frame


def fill_store(db_path: Path, figures: pd.DataFrame) -> None:
    """Write generated ``figures`` into a store, one article per ``doc``, through the store's API.

    Each article's text is its figures' sentences joined, and each figure's
    ``start``/``end`` points at its span in that text, as the extractor's would.
    """
    connection = open_store(db_path)
    try:
        for doc, rows in figures.groupby("doc", sort=False):
            text, placed, cursor = [], [], 0
            for row in rows.itertuples(index=False):
                start = cursor + row.sentence.index(row.span)
                placed.append(
                    Figure(
                        value=None if pd.isna(row.value) else float(row.value),
                        low=None if pd.isna(row.low) else float(row.low),
                        high=None if pd.isna(row.high) else float(row.high),
                        unit=row.unit,
                        category=row.category,
                        qualifier=row.qualifier,
                        subject=row.subject,
                        side=None if pd.isna(row.side) else row.side,
                        claimant=None if pd.isna(row.claimant) else row.claimant,
                        cited_source=None,
                        source=None if pd.isna(row.source) else row.source,
                        source_type=None if pd.isna(row.source_type) else row.source_type,
                        span=row.span,
                        sentence=row.sentence,
                        start=start,
                        end=start + len(row.span),
                        doc=doc,
                        scope=row.scope,
                        as_of=row.as_of,
                        force=row.force,
                        stance=row.stance,
                    )  # fmt: skip
                )
                text.append(row.sentence)
                cursor += len(row.sentence) + 1
            first = rows.iloc[0]
            article = Article(
                doc=doc, text=" ".join(text), title=first["title"], publisher=first["publisher"],
                published=first["published"], url=first["url"],
            )  # fmt: skip
            save_article(connection, article, placed, source=f"generated {doc}")
    finally:
        connection.close()


# An article whose text tries to run code wherever it is shown; the dashboard must show it as text.
HOSTILE_TITLE = "Toll report <script>window.__xss = 'title'</script>"
HOSTILE_TEXT = (
    "At least 12 people were killed, officials said. "
    "<script>window.__xss = 'script'</script> "
    '<img src="x" onerror="window.__xss = \'img\'"> '
    "The ministry said 30 were wounded."
)


def add_hostile_article(db_path: Path) -> str:
    """Store :data:`HOSTILE_TEXT` with two figures; returns its article id."""
    figures = []
    stated = (("At least 12", "killed", "at_least", 12.0), ("30", "wounded", "exact", 30.0))
    for span, category, qualifier, value in stated:
        start = HOSTILE_TEXT.index(span)
        figures.append(
            Figure(
                value=value,
                low=None,
                high=None,
                unit="people",
                category=category,
                qualifier=qualifier,
                subject="people",
                side=None,
                claimant="<img src=x onerror=alert(1)>",
                cited_source=None,
                span=span,
                sentence=HOSTILE_TEXT,
                start=start,
                end=start + len(span),
                doc="hostile",
            )  # fmt: skip
        )
    article = Article(doc="hostile", text=HOSTILE_TEXT, title=HOSTILE_TITLE, publisher="=cmd|' /C calc'!A0",
                      published="2025-06-01", url="https://example.org/hostile")  # fmt: skip
    connection = open_store(db_path)
    try:
        save_article(connection, article, figures, source="generated hostile")
    finally:
        connection.close()
    return article_id(HOSTILE_TEXT)


def markup(field: str) -> str:
    """Markup that, run by a browser, records which ``field`` let it through (``window.__xss``)."""
    return f"<b>{field}</b><img src=x onerror=\"window.__xss='{field}'\">"


# Markup in every text a stored article and its figures carry, each telling where it ran from.
MARKUP_TEXT = (
    f"At least 12 {markup('span')} people were killed in the shelling, officials said. "
    f"{markup('text')} The army said 30 were wounded."
)
MARKUP_ARTICLE = Article(
    doc=markup("doc"), text=MARKUP_TEXT, title=markup("title"), publisher=markup("publisher"),
    published="2025-06-02", url="https://example.org/" + markup("url"),
)  # fmt: skip


def add_markup_article(db_path: Path) -> str:
    """Store :data:`MARKUP_ARTICLE` with a figure whose every text field is markup; returns its id.

    The first figure's span runs into the markup, so its highlight holds markup too.
    """
    span = f"At least 12 {markup('span')}"
    figures = []
    for found, category, value in ((span, "killed", 12.0), ("30", "wounded", 30.0)):
        start = MARKUP_TEXT.index(found)
        figures.append(
            Figure(
                value=value,
                low=None,
                high=None,
                unit="people",
                category=category,
                qualifier="exact",
                subject=markup("subject"),
                side=markup("side"),
                claimant=markup("claimant"),
                cited_source=markup("cited_source"),
                source=markup("source"),
                source_type="unnamed",
                span=found,
                sentence=MARKUP_TEXT,
                start=start,
                end=start + len(found),
                doc=MARKUP_ARTICLE.doc,
                scope="total",
                as_of="2024-01-01",
                force="military",
                stance="unknown",
            )  # fmt: skip
        )
    connection = open_store(db_path)
    try:
        save_article(connection, MARKUP_ARTICLE, figures, source="generated markup")
    finally:
        connection.close()
    return article_id(MARKUP_TEXT)
