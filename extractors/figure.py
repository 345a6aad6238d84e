"""The record one extracted figure becomes, and the table's fixed column order."""

from __future__ import annotations

from dataclasses import asdict, dataclass

CATEGORIES = ("killed", "wounded", "casualties", "captured", "missing", "deployed", "exchanged")
QUALIFIERS = ("exact", "approximate", "at_least", "at_most", "range", "vague")
UNITS = ("people", "percent")
# Across articles (the guideline's last section): who a figure comes from, what stretch of
# events it counts, and whom among a side's people.
SOURCE_TYPES = (
    "government", "military", "intelligence", "health authority", "international body",
    "monitor", "media", "armed group", "person", "unnamed",
)  # fmt: skip
SCOPES = ("total", "period", "event", "unknown")
FORCES = ("military", "civilian", "mixed", "unknown")
STANCES = ("own", "adversary", "third party", "unknown")

# The CSV and DataFrame columns, in order. `extract --csv`, the store and the
# dashboard all use this list; change it here only.
COLUMNS = (
    "doc", "title", "publisher", "published", "url",
    "value", "low", "high", "unit", "category", "qualifier",
    "subject", "side", "claimant", "cited_source",
    "span", "sentence", "start", "end",
    "source", "source_type", "source_country", "scope", "as_of", "force", "stance",
)  # fmt: skip


@dataclass(frozen=True)
class Figure:
    """One figure as the article states it, with its provenance.

    ``value`` is set for a single number, ``low``/``high`` for a range, and all three
    are ``None`` for a vague amount ("hundreds"). ``start``/``end`` are character
    offsets of ``span`` in the text given to the extractor. ``source`` is the one
    name the figure's origin goes by across articles, ``scope`` what stretch of events
    it counts, ``as_of`` the date it stands for (YYYY-MM-DD; the publication date when
    the text gives none), ``force`` whom among a side's people it counts and ``stance``
    whether its source belongs to the counted side, fights it or neither.
    """

    value: float | None
    low: float | None
    high: float | None
    unit: str
    category: str
    qualifier: str
    subject: str
    side: str | None
    claimant: str | None
    cited_source: str | None
    span: str
    sentence: str
    start: int
    end: int
    doc: str = ""
    source: str | None = None
    source_type: str | None = None
    source_country: str | None = None
    scope: str = "unknown"
    as_of: str = ""
    force: str = "unknown"
    stance: str = "unknown"

    def as_row(self, meta: dict[str, str] | None = None) -> dict[str, object]:
        """The figure as a table row with the article's metadata filled in."""
        row = asdict(self)
        row.update({key: (meta or {}).get(key, "") for key in ("title", "publisher", "published", "url")})
        row["as_of"] = self.as_of or row["published"]
        return {column: row[column] for column in COLUMNS}
