"""A statement printed whole: its figures are its author's, paragraph after paragraph.

News outlets print a ministry's statement or an army's communiqué in full after a line
that introduces it ("Below is our translation of the ministry's statement", "The
bulletin reads in full:", "BEGIN TEXT"). The statement names no reporting clause of
its own in each sentence, yet every figure in it is its author's: the author is the
one the introducing sentence names (its claimant, "read by its spokesman, Lieutenant
X", or the owner of the statement, "the ministry's statement"), else the last claimant.

The statement runs until "END TEXT", or, when it opens with a quotation mark, until the
sentence that closes the quotation.
"""

from __future__ import annotations

from dataclasses import dataclass

import regex

from .lexicon.attribution import STATEMENT_LEADS, STATEMENT_NOUNS, STATEMENT_TEXT_NOUNS
from .patterns import alternation

_DOCUMENT = alternation(STATEMENT_NOUNS)
# "Below is our translation of the ministry's statement", "Here is the full text of the communiqué",
# "The bulletin ... reads in full:", "text of statement" (a headline's tail), "BEGIN TEXT".
_INTRODUCES = regex.compile(
    rf"""\b(?:{alternation(STATEMENT_LEADS)})\s+(?:[\w-]+\s+){{0,3}}?(?:{alternation(STATEMENT_TEXT_NOUNS)})\s+of\b
      | \btext\s+of\s+(?:the\s+)?(?:{_DOCUMENT})\b                     # a headline's "text of statement"
      | \b(?:{_DOCUMENT})s?\b[^.]*\breads?\s+(?:in\s+full|as\s+follows)\s*:
      | \b(?:publish|print|reproduce|carry|give)\w*\s+(?:[\w-]+\s+){{0,3}}?(?:passages|excerpts|extracts|text)\s+below\b
                                                                        # "We publish the main passages below"
      | ^\s*BEGIN\s+TEXT\s*$""",
    regex.I | regex.X,
)
_ENDS = regex.compile(r"^\s*END\s+TEXT\s*$")
# The owner of the statement: "the ministry's statement", "the army's communiqué".
_OWNER = regex.compile(
    rf"(?P<owner>\b(?:the\s+)?(?:(?!of\b|the\b)[\w-]+\s+){{0,2}}[\w-]+)['’]s?\s+(?:{_DOCUMENT})s?\b", regex.I
)
# A statement of a named body: "a communique of the General Staff of the Armed Forces".
_OF_OWNER = regex.compile(
    rf"\b(?:{_DOCUMENT})s?\s+(?:of|by)\s+(?P<owner>(?:the\s+)?[A-Z][\w'’-]*(?:\s+(?:of|the|and|[A-Z][\w'’-]*)){{0,8}})"
)
# Who read or signed it: "read on Sunday by its spokesman, Lieutenant Jules Ngongo".
_READ_BY = regex.compile(
    r"\b(?:read|signed|issued|delivered|released)\b[^.;]{0,40}?\bby\s+(?:its|the|their)\s+[\w\s-]{1,40}?,\s+"
    r"(?P<name>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,4})"
)
_OPENING_QUOTE = regex.compile(r'^\s*["“]')
_CLOSING_QUOTE = regex.compile(r'["”]\s*$')


@dataclass
class Statement:
    """A statement being read: whose it is, and whether a closing quotation mark ends it."""

    author: str
    quoted: bool | None = None  # None until its first sentence shows whether it opens with a quotation mark


def introduces_statement(text: str) -> bool:
    """Whether a sentence says that a statement's text follows.

    >>> introduces_statement("Below is our translation of the ministry's statement.")
    True
    >>> introduces_statement("The ministry said 40 people were killed.")
    False
    """
    return bool(_INTRODUCES.search(text))


def statement_author(text: str) -> str | None:
    """Who the introducing sentence says read or signed the statement, else whose it is.

    >>> statement_author("Below is the text of the communiqué, read by its spokesman, Major Ana Bel.")
    'Major Ana Bel'
    >>> statement_author("Below is our translation of the ministry's statement.")
    'the ministry'
    >>> statement_author("It was given in a communique of the General Staff of the Armed Forces read on TV.")
    'the General Staff of the Armed Forces'
    """
    read_by = _READ_BY.search(text)
    if read_by:
        return read_by["name"].rstrip(".")
    owner = _OWNER.search(text) or _OF_OWNER.search(text)
    return _THE_OF_AT_END.sub("", owner["owner"]) if owner else None


_THE_OF_AT_END = regex.compile(r"(?:\s+(?:of|the|and))+$")


def read_on(statement: Statement, text: str) -> bool:
    """Whether the statement goes on after the sentence ``text`` (which it covers, unless "END TEXT")."""
    if _ENDS.match(text):
        return False
    if statement.quoted is None:
        statement.quoted = bool(_OPENING_QUOTE.match(text))
    return not (statement.quoted and _CLOSING_QUOTE.search(text))
