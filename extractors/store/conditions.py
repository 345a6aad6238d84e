"""Which figures to keep, declared once for every reader of the store (datasette-style).

A :class:`Field` is a column a user narrows by, with its name (the column, the URL
parameter, the command-line option), its label and the words for an empty cell. A
condition on a field (:class:`OneOf`, :class:`Contains`, :class:`Published`) gives
four things from one declaration: its SQL (``export`` streams from the store with it),
its mask over the loaded table (the dashboard filters with it), its words (chart
titles, the export's summary) and its slug (the names of downloaded and exported
files). A :class:`FigureFilter` is conditions taken together. The SQL and the mask
agree on every row: text matches ignore ASCII case, as SQLite's ``LIKE`` and
``lower()`` do, and an undated figure has an empty ``published``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field, replace

import numpy as np
import pandas as pd
import regex

from ..errors import InputError

_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")
_LIKE_SPECIAL = regex.compile(r"([\\%_])")  # escaped with the ESCAPE '\' of the LIKE conditions
_NOT_SLUG = regex.compile(r"[^\p{L}\p{N}]+")
FILE_STEM_LIMIT = 120


@dataclass(frozen=True)
class Field:
    """A column of the figures a user narrows by."""

    name: str  # the column; also the URL parameter and the command-line option
    label: str  # how the column is called on screen
    sql: str  # the column in the store's figures-and-articles query
    empty: str  # what an empty cell is called, as an option and in descriptions
    words: dict[str, str] = field(default_factory=dict)  # stored value -> words, where they differ

    def word(self, value: object) -> str:
        """A stored value as a reader says it ("at_least" -> "at least"; empty -> :attr:`empty`)."""
        if value is None or value == "" or (not isinstance(value, str) and pd.isna(value)):
            return self.empty
        return self.words.get(str(value), str(value))


# How a qualifier reads; the stored codes stay in the store and the command-line export.
QUALIFIER_WORDS = {"approximate": "about", "at_least": "at least", "at_most": "at most"}
FIELDS: dict[str, Field] = {
    f.name: f
    for f in (
        Field("source", "source", "f.source", "no source named"),
        Field("source_type", "source type", "f.source_type", "no source type"),
        Field("claimant", "claimant as written", "f.claimant", "no claimant named"),
        Field("publisher", "publisher", "a.publisher", "no publisher named"),
        Field("category", "category", "f.category", "no category"),
        Field("side", "side", "f.side", "no side named"),
        Field("qualifier", "stated as", "f.qualifier", "not stated", QUALIFIER_WORDS),
        Field("stance", "stance", "f.stance", "stance unknown"),
        Field("sentence", "sentence", "f.sentence", "no sentence"),
        Field("review", "review", "f.review", "not reviewed", {"machine": "not reviewed"}),
    )
}
# A figure's review status (review_schema.STATUSES): "reviewed figures only" keeps these; rejected
# figures are left out of every filter's rows unless a condition on the review names them.
REVIEWED = ("confirmed", "corrected", "added")
REJECTED = "rejected"


def slug(text: str) -> str:
    """``text`` as a piece of a file name.

    >>> slug("Gaza health ministry's count"), slug("Élysée")
    ('gaza-health-ministry-s-count', 'élysée')
    """
    return _NOT_SLUG.sub("-", text.lower()).strip("-") or "x"


def _fold(text: str) -> str:
    return text.translate(_ASCII_LOWER)


def _per_value(column: pd.Series, test: Callable[[str], bool]) -> np.ndarray:
    """``test`` on each non-empty cell of ``column`` (once per distinct value of a categorical); empty is False."""
    if isinstance(column.dtype, pd.CategoricalDtype):
        by_category = np.array([test(str(value)) for value in column.cat.categories] + [False], dtype=bool)
        return by_category[column.cat.codes.to_numpy()]  # code -1 (empty) picks the False at the end
    return np.array([isinstance(value, str) and test(value) for value in column.astype(object)], dtype=bool)


def _is_empty(column: pd.Series) -> np.ndarray:
    return (column.isna() | (column.astype(object) == "")).to_numpy(dtype=bool, na_value=True)


@dataclass(frozen=True)
class OneOf:
    """The field is one of ``values`` (any ASCII case); ``""`` among them stands for an empty cell."""

    field: Field
    values: tuple[str, ...]

    def sql(self) -> tuple[str, list[str]]:
        named = [v for v in self.values if v]
        clauses = [f"lower({self.field.sql}) IN ({', '.join('lower(?)' for _ in named)})"] if named else []
        if len(named) < len(self.values):
            clauses.append(f"COALESCE({self.field.sql}, '') = ''")
        return "(" + " OR ".join(clauses) + ")", named

    def mask(self, figures: pd.DataFrame) -> np.ndarray:
        wanted = {_fold(v) for v in self.values if v}
        mask = _per_value(figures[self.field.name], lambda value: _fold(value) in wanted)
        return mask | _is_empty(figures[self.field.name]) if "" in self.values else mask

    def words(self) -> str:
        return f"{self.field.label}: {' or '.join(self.field.word(v) for v in self.values)}"

    def slug(self) -> str:
        return f"{self.field.name}-" + "-or-".join(slug(self.field.word(v)) for v in self.values)


@dataclass(frozen=True)
class Contains:
    """The field contains ``text`` (any ASCII case), as SQLite's ``LIKE`` matches."""

    field: Field
    text: str

    def sql(self) -> tuple[str, list[str]]:
        return f"({self.field.sql} LIKE ? ESCAPE '\\')", ["%" + _LIKE_SPECIAL.sub(r"\\\1", self.text) + "%"]

    def mask(self, figures: pd.DataFrame) -> np.ndarray:
        wanted = _fold(self.text)
        return _per_value(figures[self.field.name], lambda value: wanted in _fold(value))

    def words(self) -> str:
        return f"{self.field.label} contains {self.text!r}"

    def slug(self) -> str:
        return f"{self.field.name}-contains-{slug(self.text)}"


def checked_date(value: str, name: str) -> str:
    """``value`` if it is a YYYY-MM-DD date (or empty); else an :class:`InputError` naming ``name``."""
    try:
        return dt.date.fromisoformat(value).isoformat() if value else ""
    except ValueError:
        raise InputError(name, f"not a YYYY-MM-DD date: {value!r}") from None


@dataclass(frozen=True)
class Published:
    """Published from ``since`` to ``until`` (either may be open); undated figures only if ``undated``."""

    since: str = ""
    until: str = ""
    undated: bool = False

    def __post_init__(self) -> None:
        object.__setattr__(self, "since", checked_date(self.since, "since"))
        object.__setattr__(self, "until", checked_date(self.until, "until"))

    def sql(self) -> tuple[str, list[str]]:
        dated = ["COALESCE(a.published, '') != ''"]
        params = []
        for bound, operator in ((self.since, ">="), (self.until, "<=")):
            if bound:
                dated.append(f"a.published {operator} ?")
                params.append(bound)
        clause = " AND ".join(dated)
        return (f"(({clause}) OR COALESCE(a.published, '') = '')" if self.undated else f"({clause})"), params

    def mask(self, figures: pd.DataFrame) -> np.ndarray:
        since, until = self.since or "0000", self.until or "9999"
        dated = _per_value(figures["published"], lambda day: day != "" and since <= day <= until)
        return dated | _is_empty(figures["published"]) if self.undated else dated

    def words(self) -> str:
        if self.since and self.until:
            span = f"published {self.since} to {self.until}"
        else:
            span = f"published from {self.since}" if self.since else f"published until {self.until}"
        return span + (", undated included" if self.undated else "")

    def slug(self) -> str:
        return f"published-{self.since or 'start'}-to-{self.until or 'end'}" + ("-and-undated" if self.undated else "")


Condition = OneOf | Contains | Published


@dataclass(frozen=True)
class FigureFilter:
    """Conditions that must all hold; no condition keeps every figure.

    >>> chosen = FigureFilter((OneOf(FIELDS["category"], ("killed",)), Contains(FIELDS["source"], "Zelensky")))
    >>> chosen.description(), chosen.file_name("csv")
    ("category: killed; source contains 'Zelensky'", 'figures_category-killed_source-contains-zelensky.csv')
    >>> FigureFilter().description(), FigureFilter().file_name("parquet")
    ('all figures', 'figures_all.parquet')
    """

    conditions: tuple[Condition, ...] = ()
    rejected: bool = False  # keep rejected figures whatever the conditions (the review facet's own counts)

    def _hides_rejected(self) -> bool:
        """Rejected figures are left out unless asked for by a condition on the review."""
        asked = any(_field_name(c) == "review" and REJECTED in getattr(c, "values", ()) for c in self.conditions)
        return not (self.rejected or asked)

    def where(self) -> tuple[str, tuple[str, ...]]:
        """The SQL WHERE clause (empty when nothing filters) and its parameters (the query has ``f.review``)."""
        clauses, params = [], []
        for condition in self.conditions:
            clause, values = condition.sql()
            clauses.append(clause)
            params.extend(values)
        if self._hides_rejected():
            clauses.append(f"(f.review != '{REJECTED}')")
        return (" WHERE " + " AND ".join(clauses) if clauses else ""), tuple(params)

    def mask(self, figures: pd.DataFrame) -> np.ndarray:
        """Which rows of a loaded figures table match (the table's columns are the fields' names)."""
        combined = np.ones(len(figures), dtype=bool)
        for condition in self.conditions:
            combined &= condition.mask(figures)
        kept = self.unrejected(figures)
        return combined if kept is None else combined & kept

    def unrejected(self, figures: pd.DataFrame) -> np.ndarray | None:
        """Which rows the filter keeps for not being rejected, or None when it leaves rejected figures in."""
        if not self._hides_rejected() or "review" not in figures:
            return None
        return (figures["review"] != REJECTED).to_numpy(dtype=bool, na_value=True)

    def description(self) -> str:
        """The conditions in words: they title charts and the export's summary."""
        return "; ".join(condition.words() for condition in self.conditions) or "all figures"

    def file_stem(self) -> str:
        """A file name without extension that says which conditions made the file."""
        stem = "_".join(["figures", *(condition.slug() for condition in self.conditions)])
        return stem[:FILE_STEM_LIMIT].rstrip("-_") if self.conditions else "figures_all"

    def file_name(self, extension: str) -> str:
        return f"{self.file_stem()}.{extension}"

    def without(self, name: str) -> FigureFilter:
        """The same filter minus the conditions on field ``name`` ("published" for the dates); without the review's,
        rejected figures are kept too (so the review facet can offer them)."""
        kept = tuple(c for c in self.conditions if _field_name(c) != name)
        return FigureFilter(kept, self.rejected or name == "review")

    def undated_apart(self) -> FigureFilter | None:
        """The undated figures a date condition leaves out (the other conditions holding), or None if it leaves none."""
        dates = [c for c in self.conditions if isinstance(c, Published)]
        if not dates or dates[0].undated:
            return None
        undated = OneOf(Field("published", "published", "a.published", "undated"), ("",))
        return FigureFilter((*self.without("published").conditions, undated), self.rejected)

    def with_undated(self) -> FigureFilter:
        """The same filter with undated figures let through its date condition."""
        dated = tuple(replace(c, undated=True) if isinstance(c, Published) else c for c in self.conditions)
        return FigureFilter(dated, self.rejected)


def _field_name(condition: Condition) -> str:
    return "published" if isinstance(condition, Published) else condition.field.name
