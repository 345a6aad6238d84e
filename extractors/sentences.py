"""Paragraphs and sentences with their character offsets, and page debris to skip.

Articles arrive as lines: a headline, captions, body paragraphs and, in saved pages,
debris such as cookie banners. Each sentence keeps its offsets in the original text
so figures can point back at it.
"""

from __future__ import annotations

import functools
from collections.abc import Iterator
from dataclasses import dataclass

import regex

from .lexicon.dates import MONTH_ABBREVIATIONS
from .lexicon.writing import ABBREVIATIONS, RUN_ON_WORDS
from .patterns import alternation

# Abbreviations after which a full stop does not end a sentence.
_ABBREVIATIONS = (*ABBREVIATIONS, *MONTH_ABBREVIATIONS)

# Words that open a sentence and go on no name: after "U.N." they start a new sentence.
_OPENING_WORDS = "The|A|An|Another|It|He|She|They|We|In|On|At|But|And|Meanwhile|However|This|That|There|Some|Earlier"
_SENTENCE_END = regex.compile(
    rf"""
    (?<!\b(?:{"|".join(regex.escape(a) for a in _ABBREVIATIONS)}))   # not after "Mr." or "Gen."
    (?<!\b[A-Z])                 # nor after an initial ("John F. Kennedy")
    [.!?]+["'”’)\]]*              # the stop, with closing quotes or brackets
    (?=\s+["'“‘(\[]?[A-Z0-9])    # followed by the start of a new sentence
    |(?<=\b(?:U\.S|U\.N|U\.K)\.)(?=\s+(?:{_OPENING_WORDS})\b)  # "... according to the U.N. Another 12 ..."
    """,
    regex.X,
)

# Lines that are page furniture, not article text.
_DEBRIS = regex.compile(
    r"""
    \bcookies?\b | \bconsent\b | privacy\s+(?:policy|notice|settings) | ^\s*skip\s+to\b
  | ^\s*advertisement\s*$ | ^\s*(?:related|more)\s+(?:stories|coverage|articles|news)\s*$
  | ^\s*(?:sign\s+in|subscribe|menu|sections|share\s+this)\b | terms\s+of\s+(?:use|service)
  | ^\s*(?:by\s+our\b|by\s+a\s+staff)\b
    """,
    regex.I | regex.X,
)
# A photo caption, even one written as a sentence: its figures repeat the body's.
_CAPTION = regex.compile(
    r"^\s*(?:(?:photo|image|picture)\s+)?(?:caption|photo|image|picture|file\s+photo)\s*[:|]", regex.I
)
_LIST_ITEM = regex.compile(r"^\s*(?:[-*•]\s|\d+\.\s)")


def is_page_furniture(line: str) -> bool:
    """True for a line of the page around the article (a cookie banner, "Advertisement", "Skip to content").

    >>> is_page_furniture("Skip to main content"), is_page_furniture("Toll rises to 40")
    (True, False)
    """
    return bool(_DEBRIS.search(line))


_LINE = regex.compile(r"[^\n]+")
# A hard-wrapped line: at least 40 characters, stopping mid-sentence (no stop, colon or closing quote).
_WRAPPED_MIN = 40
# A text wrapped at a width: at least this many lines followed by another, the widest no wider than
# _WIDEST_WRAP, and this share of them at least _FULL_LINE of it.
_WRAPPED_LINES = 4
_WIDEST_WRAP = 100
_FULL_LINE = 0.7
_WRAPPED_SHARE = 0.6
_STOPS_MID_SENTENCE = regex.compile(r"""[^.!?:;"'”’)\]\s]\s*$""")
# What makes the next line its continuation: it goes on in lower case, or this one ends on a comma,
# a dash or a little word ("... has risen to 37, the" / "Ministry of Health said ...").
_GOES_ON = regex.compile(r"^[ \t]*[a-z]")
_ENDS_OPEN = regex.compile(rf"(?:[,–—]|\b(?:{alternation(RUN_ON_WORDS, tree=False)}))\s*$", regex.I)
_RELATED_HEADING = regex.compile(r"\s*(?:related|more)\s", regex.I)
_ENDS_LIKE_SENTENCE = regex.compile(r"[.!?][\"'”’)]*$")


@dataclass(frozen=True)
class Sentence:
    """A sentence of the article. ``body`` is False for headlines, captions and short lines."""

    start: int
    end: int
    text: str
    paragraph: int
    body: bool


def split_sentences(text: str) -> list[Sentence]:
    """Split ``text`` into sentences, skipping page debris.

    >>> [s.text for s in split_sentences("Mr. Lee said 300 died. Others disagree.\\nCookie settings")]
    ['Mr. Lee said 300 died.', 'Others disagree.']
    """
    sentences: list[Sentence] = []
    paragraph = 0
    in_related = False
    for position, content in _unwrapped_lines(text):
        if not content.strip():
            continue
        if _DEBRIS.search(content):
            in_related = bool(_RELATED_HEADING.match(content))
            continue
        if in_related and _LIST_ITEM.match(content):
            continue
        in_related = False
        paragraph += 1
        stripped = content.rstrip()
        body = (
            bool(_ENDS_LIKE_SENTENCE.search(stripped)) and len(stripped.split()) >= 6 and not _CAPTION.match(stripped)
        )
        for piece in _split_line(content):
            lead = len(piece) - len(piece.lstrip())
            piece_text = piece.strip()
            if piece_text:
                start = position + lead
                sentences.append(Sentence(start, start + len(piece_text), piece_text, paragraph, body))
            position += len(piece)
    return sentences


def _unwrapped_lines(text: str) -> Iterator[tuple[int, str]]:
    """Each line (its offset and text), a hard-wrapped paragraph ("... has risen to 37, the\nMinistry of
    Health said") read as one line. The newlines stay inside, so offsets still point into ``text``."""
    width = _wrap_width(text)
    start = end = None
    for line in _LINE.finditer(text):
        if start is not None and line.start() == end + 1 and _runs_on(text[start:end], line.group(), width):
            end = line.end()
            continue
        if start is not None:
            yield start, text[start:end]
        start, end = line.start(), line.end()
    if start is not None:
        yield start, text[start:end]


def _wrap_width(text: str) -> int | None:
    """The width a text was hard-wrapped at, or None: most lines that another line follows fill it."""
    lines = text.split("\n")
    followed = [len(line.rstrip()) for line, nxt in zip(lines, lines[1:], strict=False) if line.strip() and nxt.strip()]
    if len(followed) < _WRAPPED_LINES:
        return None
    width = max(followed)
    full = sum(length >= width * _FULL_LINE for length in followed)
    return width if width <= _WIDEST_WRAP and full >= len(followed) * _WRAPPED_SHARE else None


def _runs_on(line: str, following: str, width: int | None) -> bool:
    """Whether ``following`` continues ``line``: wrapped at a width (a full line runs on, whatever it ends
    with), or one long line stopping mid-sentence."""
    last = line[line.rfind("\n") + 1 :]
    if _LIST_ITEM.match(following) or last.rstrip().endswith(":") or _LABELLED_NUMBER.match(last):
        return False  # "Killed (monitor): over 900" ends its line, however long
    if width is not None:
        return len(last.rstrip()) >= width * _FULL_LINE
    return (
        len(last.strip()) >= _WRAPPED_MIN
        and bool(_STOPS_MID_SENTENCE.search(last))
        and bool(_GOES_ON.match(following) or _ENDS_OPEN.search(last))
    )


_LABELLED_NUMBER = regex.compile(r"^[^:\n]{1,120}:[^\S\n]*(?:[A-Za-z]+[^\S\n]+){0,3}\d[\d,.–-]*%?[^\S\n]*$")


def _split_line(line: str) -> list[str]:
    pieces, last = [], 0
    for stop in _SENTENCE_END.finditer(line):
        pieces.append(line[last : stop.end()])
        last = stop.end()
    pieces.append(line[last:])
    return pieces


# A headline in title case: every word of four or more letters capitalised, "In" and "Of" too
_TITLE_CASE = regex.compile(r"^(?=(?:\W*\w+){4})(?!.*\b[a-z][a-z]{3,})(?=.*\b(?:In|Of|On|At|After|Near)\b)")


@functools.lru_cache(maxsize=64)
def title_case(text: str) -> bool:
    """Whether a sentence is a headline in title case or in capitals ("SEOUL SAYS 4,700 TROOPS KILLED OR
    WOUNDED"), whose words are read in lower case; asked once per sentence, not once per number."""
    if _ANY_LOWER.search(text) is None and len(_CAPITAL_WORD.findall(text)) >= 4:
        return True
    return bool(_LOWER_WORD.search(text) is None and _TITLE_CASE.match(text))


_ANY_LOWER = regex.compile(r"[a-z]")
_CAPITAL_WORD = regex.compile(r"\b[A-Z]{2,}\b")


_LOWER_WORD = regex.compile(r"\b[a-z]{4,}")
