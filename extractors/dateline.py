"""What an article's own text says about it when no front matter does: headline, date, credit.

News text carries its metadata in a few set places at the top (and a copyright line at
the foot): the headline is the first line of words that is not page furniture and not
yet the story; the date stands on a line of its own ("23 December 2024", "Published:
3 March 2025") or opens the story in its dateline ("KYIV, 3 March 2025 -"); the
publisher is the wire credit in the dateline ("SEOUL (Sample Wire) -", "(Reuters) -")
or the name a copyright line gives. Only those places are read: a date or a name in
the story itself says nothing about its publication.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import regex

from .lexicon.dates import MONTH_ABBREVIATIONS, MONTHS, WEEKDAY_ABBREVIATIONS, WEEKDAYS
from .patterns import alternation
from .sentences import is_page_furniture

# A month's number by its name or short form ("Sept" is 9), from the lexicon's one list of months.
_MONTH_NUMBERS = {
    name: number
    for number, month in enumerate(MONTHS, start=1)
    for name in (month, *(short for short in MONTH_ABBREVIATIONS if month.startswith(short)))
}
_WEEKDAY_NAMES = (*WEEKDAYS, *WEEKDAY_ABBREVIATIONS)

# How far down the top of an article reaches, in lines of words: headline, standfirst, date, byline, dateline.
TOP_LINES = 10
# A headline has at least this many words (fewer is a section name: "Middle East") and at most this many.
HEADLINE_WORDS = (4, 30)
# The first paragraph of the story: a line that ends like a sentence and has this many words.
STORY_WORDS = 12

_MONTH = rf"(?P<month>{alternation(_MONTH_NUMBERS)})\.?"
_DATE = rf"""
    (?:(?:{alternation(_WEEKDAY_NAMES)}),?\s+)?                            # an optional weekday: "Monday, "
    (?:
        (?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+{_MONTH},?\s+(?P<year>\d{{4}})   # 3 March 2025
      | {_MONTH}\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<year>\d{{4}})   # March 3, 2025
      | (?P<year>\d{{4}})-(?P<number>\d{{2}})-(?P<day>\d{{2}})                # 2025-03-03
    )\b
"""
# A line that is a date and nothing more, maybe said to be the publication's and with a time.
_DATE_LINE = regex.compile(
    rf"""^\s*
    (?P<published>(?:first\s+)?(?:published|posted)(?:\s+on)?\s*:?\s*)?  # "Published on", "Posted:"
    (?:(?:updated|last\s+updated)(?:\s+on)?\s*:?\s*)?                   # "Updated:" (a later date)
    {_DATE}
    (?:[\s,·|-]+(?:at\s+)?\d{{1,2}}[:.]\d{{2}}.*)?                       # a time after it: "10:42 GMT"
    \s*$""",
    regex.X | regex.I,
)
# A story's dateline: a place in capitals (and its country), maybe a date, maybe a wire credit, then a dash.
_DATELINE = regex.compile(
    rf"""^\s*
    (?:(?P<place>[A-Z][A-Z.'’]*(?:[ /-][A-Z][A-Z.'’]*)*)                  # KYIV / JERUSALEM/GAZA / UNITED NATIONS
       (?:,\s*[A-Z][\w.'’-]*(?:\s+(?:of\s+|the\s+)?[A-Z][\w.'’-]*){{0,4}})?  # , Democratic Republic of Congo
       (?:,\s*|\s+(?=\())                                                # a comma, or the credit's bracket
    | (?=\(|{_MONTH}|\d))                                                 # or straight to the date or credit
    (?:{_DATE}|(?:{alternation(_MONTH_NUMBERS)})\.?\s+\d{{1,2}}\b)?               # 3 March 2025, or "June 17" (no year)
    \s*(?:\((?P<credit>[A-Z][^()\n]{{1,40}}?)\))?                         # (Sample Wire)
    \s*[-–—]{{1,2}}\s                                                     # the dash that opens the story
    """,
    regex.X,
)
_COPYRIGHT = regex.compile(
    r"""^\s*(?:©|\(c\)|copyright)\s*(?:\d{4}\s+)?                          # © 2025
    (?P<credit>[A-Z][^\n.©]{1,40}?)                                        # The Sample Wire
    \.?\s*(?:all\s+rights\s+reserved\.?)?\s*$""",
    regex.X | regex.I,
)
_SECTION_PATH = regex.compile(r"\s[|>›»]\s|^\s*#+\s*$")  # "World | Europe", "Home > World"
_BYLINE = regex.compile(r"^\s*(?:by|from)\s+\S", regex.I)
_ENDS_LIKE_SENTENCE = regex.compile(r"[.!?:;,][\"'”’)]*\s*$")
_HEADING_MARK = regex.compile(r"^\s*#+\s+")
_CALL_TO_ACTION = regex.compile(
    r"^\s*(?:sign\s+up|subscribe|donate|follow\s+us|listen\b|watch\b|support\s+(?:us|our|independent))"
    r"|\bnewsletters?\b",
    regex.I,
)
_TWO_SENTENCES = regex.compile(r"[.!]\s+[A-Z]")  # a headline is one sentence at most


@dataclass(frozen=True)
class TextMetadata:
    """Metadata read from an article's text; empty strings where the text says nothing."""

    title: str = ""
    published: str = ""  # YYYY-MM-DD
    publisher: str = ""


def text_metadata(text: str) -> TextMetadata:
    """The headline, publication date and publisher an article's text gives.

    >>> text_metadata("Skip to content\\nToll rises in the north after strikes\\n\\n"
    ...     "KYIV, 3 March 2025 (Sample Wire) - At least 12 people were killed, officials said.")
    TextMetadata(title='Toll rises in the north after strikes', published='2025-03-03', publisher='Sample Wire')
    >>> text_metadata("A plain paragraph of text that says nothing about itself at all, as it goes on.")
    TextMetadata(title='', published='', publisher='')
    """
    top = _top_lines(text)
    return TextMetadata(title=_headline(top), published=_published(top), publisher=_publisher(text, top))


def _top_lines(text: str) -> list[str]:
    """The article's first lines of words (page furniture left out): where its metadata stands."""
    top: list[str] = []
    for line in text.splitlines():
        if line.strip() and not is_page_furniture(line):
            top.append(line.strip())
            if len(top) >= TOP_LINES:
                break
    return top


def _is_story(line: str) -> bool:
    return bool(_DATELINE.match(line)) or (bool(_ENDS_LIKE_SENTENCE.search(line)) and len(line.split()) >= STORY_WORDS)


def _headline(top: list[str]) -> str:
    """The first line before the story that reads as a headline, not a section, date, byline or appeal."""
    for line in top:
        if _is_story(line):
            return ""
        if _DATE_LINE.match(line) or _BYLINE.match(line) or _SECTION_PATH.search(line):
            continue
        if _CALL_TO_ACTION.search(line) or _TWO_SENTENCES.search(line):
            continue
        words = len(line.split())
        if HEADLINE_WORDS[0] <= words <= HEADLINE_WORDS[1] and not line.endswith((".", ":", ";", ",")):
            return _HEADING_MARK.sub("", line)
    return ""


def _published(top: list[str]) -> str:
    """A "published" line's date, else the first date line's, else the first dateline's."""
    date_lines = [found for line in top if (found := _DATE_LINE.match(line))]
    datelines = [found for line in top if (found := _DATELINE.match(line)) and found["year"]]
    ordered = [f for f in date_lines if f["published"]] + [f for f in date_lines if not f["published"]] + datelines
    return next((date for date in map(_iso, ordered) if date), "")


def _iso(found: regex.Match) -> str:
    month = _MONTH_NUMBERS.get(found["month"].capitalize(), 0) if found["month"] else int(found["number"])
    try:
        return dt.date(int(found["year"]), month, int(found["day"])).isoformat()
    except ValueError:
        return ""  # "31 February 2025": not a date


def _publisher(text: str, top: list[str]) -> str:
    for line in top:
        found = _DATELINE.match(line)
        if found and found["credit"]:
            return found["credit"].strip()
    for line in reversed(text.rstrip().splitlines()[-5:]):
        found = _COPYRIGHT.match(line)
        if found:
            return found["credit"].strip()
    return ""
