"""The dashboard's filters: what the user chose, as store conditions, URL parameters and option labels.

A :class:`Selection` is what the user chose. :func:`figure_filter` turns it into the
store's one filter declaration (:mod:`extractors.store.conditions`), which gives the
rows, the words that title the charts and the name of the downloaded CSV, the same
as ``python -m extractors export`` would. :func:`to_params` and :func:`from_params`
write and read it as URL parameters, so a copied link opens the same view. Nothing
here imports Streamlit.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from urllib.parse import urlencode

import numpy as np
import pandas as pd

from dashboard.counts import add_count_columns
from extractors.store.conditions import FIELDS, REVIEWED, Contains, FigureFilter, OneOf, Published

# The columns the user narrows by picking values from a list, in the order the sidebar shows them.
# Rejected figures are left out unless the review facet names them (conditions.FigureFilter).
FACETS = ("source", "source_type", "publisher", "category", "side", "qualifier", "stance", "review")
# Text columns that hold one value per article, repeated on each of its figures.
ARTICLE_COLUMNS = ("doc", "title", "published", "url", "article_id")
# URL parameters besides the facets' own names; the last three choose what a page shows.
SINCE, UNTIL, UNDATED, TEXT = "since", "until", "undated", "text"
FILTER_PARAMS = (*FACETS, SINCE, UNTIL, UNDATED, TEXT)
ARTICLE, FIGURE, CHART = "article", "figure", "chart"  # an article's id, a figure's offset in it, a chart's category
COUNT = "count"  # the count Compare shows and Explore charts ("North Korea · killed · military")
PAGE_PARAMS = (ARTICLE, FIGURE, CHART, COUNT)
ARTICLE_PAGE = "./article"  # the Article page's URL, relative to any page of the app


@dataclass(frozen=True)
class Selection:
    """Everything the user chose. Empty means "no filter" for each part; ``""`` among a facet's values is an empty
    cell ("no source named")."""

    facets: dict[str, tuple[str, ...]] = field(default_factory=dict)
    published_from: dt.date | None = None
    published_to: dt.date | None = None
    undated: bool = False  # with a date range: keep the undated figures too
    text: str = ""

    @property
    def dated(self) -> bool:
        return bool(self.published_from or self.published_to)


@dataclass(frozen=True)
class Filtered:
    """The rows matching a selection, and words for what the selection is."""

    rows: pd.DataFrame
    description: str
    file_stem: str
    undated: int = 0  # with a date range: the undated figures the other filters keep (left out unless included)
    # The sentence search's rows when the table has no sentences (the store answered it), else None.
    sentence_matches: np.ndarray | None = None


def prepare(figures: pd.DataFrame) -> pd.DataFrame:
    """Add the helper columns the dashboard needs (done once, when the store is loaded).

    ``published_date`` is the publication date as a datetime (NaT when unknown);
    facet columns become categoricals so counting and matching stay fast on 100,000 rows.
    So do the :data:`ARTICLE_COLUMNS`: each article's value is then kept once, not once
    per figure, which halves the table Streamlit's cache copies out on every rerun.
    """
    figures = figures.copy(deep=False)  # copy on write (pandas 3): columns set here leave the caller's alone
    if "review" not in figures:  # a table from the extractor, not the store: nothing is reviewed
        figures["review"] = "machine"
    figures["published_date"] = pd.to_datetime(figures["published"], errors="coerce", format="%Y-%m-%d")
    for column in (*FACETS, *(c for c in ARTICLE_COLUMNS if c in figures)):
        if not isinstance(figures[column].dtype, pd.CategoricalDtype):
            figures[column] = figures[column].astype("category")
    # Every page asks for the bounds on every rerun: worked out once here, as text (Streamlit sends attrs as JSON).
    figures = add_count_columns(figures)  # each figure's count and source, for Compare and the map of counts
    figures.attrs[_BOUNDS] = [day.isoformat() for day in _bounds(figures) or ()]
    return figures


_BOUNDS = "published_bounds"


def published_bounds(figures: pd.DataFrame) -> tuple[dt.date, dt.date] | None:
    """The first and last publication dates in ``figures`` (of all of them when some rows of a prepared table
    are given: filtering keeps the table's attrs), or None if none is known."""
    if _BOUNDS not in figures.attrs:
        return _bounds(figures)
    known = figures.attrs[_BOUNDS]
    return (dt.date.fromisoformat(known[0]), dt.date.fromisoformat(known[1])) if known else None


def _bounds(figures: pd.DataFrame) -> tuple[dt.date, dt.date] | None:
    first, last = figures["published_date"].min(), figures["published_date"].max()
    return None if pd.isna(first) else (first.date(), last.date())


def figure_filter(selection: Selection) -> FigureFilter:
    """The selection as store conditions, in the order the sidebar shows the filters.

    >>> figure_filter(Selection(facets={"source": ("Hamas", "")}, text="Gaza")).description()
    "source: Hamas or no source named; sentence contains 'Gaza'"
    """
    conditions = [OneOf(FIELDS[name], selection.facets[name]) for name in FACETS if selection.facets.get(name)]
    if selection.dated:
        since = selection.published_from.isoformat() if selection.published_from else ""
        until = selection.published_to.isoformat() if selection.published_to else ""
        conditions.append(Published(since, until, selection.undated))
    if selection.text.strip():
        conditions.append(Contains(FIELDS["sentence"], selection.text.strip()))
    return FigureFilter(tuple(conditions))


def _masks(chosen: FigureFilter, figures: pd.DataFrame, sentence_matches: np.ndarray | None) -> dict[int, np.ndarray]:
    """Each condition's mask by the condition's id; the sentence search's is ``sentence_matches`` when given
    (a table loaded without sentences)."""
    return {
        id(condition): sentence_matches
        if sentence_matches is not None and isinstance(condition, Contains) and condition.field.name == "sentence"
        else condition.mask(figures)
        for condition in chosen.conditions
    }


def _combined(part: FigureFilter, figures: pd.DataFrame, masks: dict[int, np.ndarray]) -> np.ndarray | None:
    """The rows ``part`` (conditions among ``masks``) keeps, rejected ones left out as it says; None for every row."""
    kept = [masks[id(condition)] for condition in part.conditions]
    unrejected = part.unrejected(figures)
    kept += [] if unrejected is None else [unrejected]
    return np.logical_and.reduce(kept) if kept else None


def apply_selection(
    figures: pd.DataFrame, selection: Selection, sentence_matches: np.ndarray | None = None
) -> Filtered:
    """The rows of ``figures`` (from :func:`prepare`) that match ``selection``, in store order.

    ``sentence_matches``: which rows the sentence search finds, for a table without sentences.
    """
    chosen = figure_filter(selection)
    masks = _masks(chosen, figures, sentence_matches)
    undated = 0
    if selection.dated:
        others = _combined(chosen.without("published"), figures, masks)
        dateless = figures["published_date"].isna().to_numpy()
        undated = int(np.count_nonzero(dateless if others is None else others & dateless))
    keep = _combined(chosen, figures, masks)  # rejected figures are left out even when no condition is chosen
    rows = figures if keep is None or keep.all() else figures[keep]  # nothing left out: no copy of every row
    return Filtered(rows, chosen.description(), chosen.file_stem(), undated, sentence_matches)


def facet_counts(
    figures: pd.DataFrame, selection: Selection, sentence_matches: np.ndarray | None = None
) -> dict[str, list[tuple[str, int]]]:
    """For each facet, its options (stored values; ``""`` for empty cells) with how many rows each would match now.

    Counts run over the rows the *other* filters leave (a facet never narrows its own
    options, or picking one source would hide all the others). Options are ordered by
    count, then name; a selected option is always kept, even at zero, so the user can
    see and remove it.
    """
    chosen = figure_filter(selection)
    masks = _masks(chosen, figures, sentence_matches)  # each worked out once
    counts: dict[str, list[tuple[str, int]]] = {}
    for name in FACETS:
        # without the review's condition, rejected figures count too
        pairs = _tally(figures[name], _combined(chosen.without(name), figures, masks))
        for value in selection.facets.get(name, ()):
            pairs.setdefault(value, 0)
        counts[name] = sorted(pairs.items(), key=lambda pair: (-pair[1], pair[0]))
    return counts


def _tally(column: pd.Series, keep: np.ndarray | None) -> dict[str, int]:
    """How many of the kept rows hold each value; empty cells (missing or "") count under ``""``."""
    codes = column.cat.codes.to_numpy()
    if keep is not None:
        codes = codes[keep]
    counted = np.bincount(codes + 1, minlength=len(column.cat.categories) + 1)  # code -1 (missing) counts at 0
    pairs = {str(value): int(n) for value, n in zip(column.cat.categories, counted[1:], strict=True) if n}
    empty = int(counted[0]) + pairs.pop("", 0)
    return pairs | ({"": empty} if empty else {})


def option_label(name: str, value: str, count: int) -> str:
    """How a facet's option reads in its list: words, not codes, with its count.

    >>> option_label("qualifier", "at_least", 12), option_label("source", "", 3)
    ('at least (12)', 'no source named (3)')
    """
    return f"{FIELDS[name].word(value)} ({count:,})"


def to_params(selection: Selection) -> dict[str, list[str]]:
    """The selection as URL parameters (a facet's values repeated); an empty part has none.

    >>> to_params(Selection(facets={"side": ("Russian", "")}, published_from=dt.date(2025, 1, 2), undated=True))
    {'side': ['Russian', ''], 'since': ['2025-01-02'], 'undated': ['1']}
    """
    params = {name: list(selection.facets[name]) for name in FACETS if selection.facets.get(name)}
    if selection.published_from:
        params[SINCE] = [selection.published_from.isoformat()]
    if selection.published_to:
        params[UNTIL] = [selection.published_to.isoformat()]
    if selection.dated and selection.undated:
        params[UNDATED] = ["1"]
    if selection.text.strip():
        params[TEXT] = [selection.text.strip()]
    return params


def from_params(params: Mapping[str, Sequence[str]]) -> tuple[Selection, list[str]]:
    """The selection a URL's parameters give, and a message for each one that could not be read.

    >>> from_params({"category": ["killed"], "since": ["2025-13-01"], "text": ["Gaza"]})
    (Selection(facets={'category': ('killed',)}, published_from=None, published_to=None, undated=False, \
text='Gaza'), ["The link's since date '2025-13-01' is not a YYYY-MM-DD date; it was left out."])
    """
    problems: list[str] = []
    facets = {name: tuple(dict.fromkeys(params[name])) for name in FACETS if params.get(name)}
    dates = {}
    for name in (SINCE, UNTIL):
        value = (params.get(name) or [""])[-1]
        try:
            dates[name] = dt.date.fromisoformat(value) if value else None
        except ValueError:
            problems.append(f"The link's {name} date {value!r} is not a YYYY-MM-DD date; it was left out.")
            dates[name] = None
    undated = (params.get(UNDATED) or [""])[-1] in ("1", "true", "yes")
    text = (params.get(TEXT) or [""])[-1]
    return Selection(facets, dates[SINCE], dates[UNTIL], undated, text), problems


def undated_count(figures: pd.DataFrame) -> int:
    """How many of ``figures`` have no publication date."""
    return int(np.count_nonzero(figures["published_date"].isna().to_numpy()))


def article_link(article_id: str, start: int, selection: Selection) -> str:
    """The link that opens a figure's place in its article, the filters kept.

    >>> article_link("ab12", 340, Selection(facets={"category": ("killed",)}))
    './article?article=ab12&figure=340&category=killed'
    """
    params = {ARTICLE: [article_id], FIGURE: [str(start)], **to_params(selection)}
    return f"{ARTICLE_PAGE}?{urlencode(params, doseq=True)}"


def reviewed_only(selection: Selection) -> bool:
    """Whether the review facet keeps exactly the reviewed figures (confirmed, corrected, added).

    >>> reviewed_only(Selection(facets={"review": ("added", "confirmed", "corrected")})), reviewed_only(Selection())
    (True, False)
    """
    return set(selection.facets.get("review", ())) == set(REVIEWED)
