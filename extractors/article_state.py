"""What reading an article carries from one sentence to the next: the last claim and its paragraph, a list
or a quotation it opened, a statement being read, the category of the last figure, and the sides.

``extract.extract_figures`` reads an article sentence by sentence and keeps one ``ArticleState``.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import regex

from .article_sides import ArticleSides
from .carry_over import continues_report
from .categories import lead_in_category
from .lexicon.war_context import COMBATANTS
from .patterns import alternation
from .sentences import Sentence
from .side_cues import labelled_line
from .statements import Statement

# A quotation that goes on after its speaker was named: its sentences are the speaker's.
OPENS_QUOTE = regex.compile(r'^["“]')
# A claim that opens a list ("..., as follows:") and the items of such a list ("- Sanaa: 34 dead").
OPENS_LIST = regex.compile(r":\s*$")
LIST_ITEM = regex.compile(r"^\s*(?:[-–—•*·]|\d{1,2}[.)])\s")
# A list item that counts fighters after its label, with no verb: "- Zapad battlegroup: up to 220 servicemen"
LISTED_FIGHTERS = regex.compile(
    rf"{LIST_ITEM.pattern}[^:]{{1,80}}:\s*(?:[a-z]+\s+){{0,3}}\d[\d,.]*\s+(?:{alternation(COMBATANTS)})\b"
)
QUOTE_MARK = regex.compile(r'["“”]')
# A heading's credit for its table: "(AU figures, approximate)", "(UN data)".
_CREDIT_IN_BRACKETS = regex.compile(
    r"\((?:source:\s*)?(?P<name>[A-Z][\w.&'’ -]{1,40}?)\s+(?:figures|data|estimates?)\b"
)
_BRACKETED = regex.compile(r"\([^()]*\)")
# A section heading in capitals on a line of its own: "SUDAN", "EASTERN DR CONGO", "YEMEN AND THE RED SEA".
_SECTIONS_AFTER = 200  # a headline in capitals opens the article; sections come later
_SECTION = regex.compile(r"(?=.*[A-Z]{4})[A-Z][A-Z'’&-]*(?:\s+[A-Z][A-Z'’&-]*){0,5}")


def _heading(text: str) -> bool:
    """A heading in capitals, brackets aside: "TROOP CONTRIBUTORS (AU figures, approximate)"."""
    words = _BRACKETED.sub(" ", text)
    return len(regex.findall(r"[A-Z]{2,}", words)) >= 2 and not regex.search(r"[a-z]", words)


@dataclass
class ArticleState:
    """What reading an article carries from one sentence to the next."""

    text: str
    title: str = ""
    previous_claimant: str | None = None  # for "That includes ...", "Another 15 ..."
    previous_cited: str | None = None  # the source ``previous_claimant`` cited there ("which cites the ministry")
    last_credit: str | None = None  # the source a list item last credited in brackets, for "(same source)"
    claim_paragraph: int = -1  # the paragraph of ``previous_claimant``'s attribution
    quote_speaker: tuple[int, str] | None = None  # (paragraph, name) of the last quote given a speaker
    answer_paragraph: int = -1  # an interview's answer ("A: About 600."): the interviewee speaks
    list_claimant: tuple[int, str] | None = None  # (paragraph, name) of a claim that opened a list ("as follows:")
    list_block: int = -1  # the paragraph of the list's items, whose later sentences are the list's too
    quote_open: bool = False  # the last sentence left a quotation open ('"Our fighters crushed the enemy.')
    statement: Statement | None = None  # a statement printed whole, being read ("Below is the text of ...")
    topic: tuple[int, str] | None = None  # (paragraph, category) of the last figure read
    topic_listed: bool = False  # the last figure read was a list item's
    table_credit: tuple[int, str] | None = None  # (paragraph, body) a table's heading credits, at its last line
    sides: ArticleSides = field(init=False)  # whose people the figures count, across the article
    # Every phrase the article used for each resolved claimant ("A South Korean politician" for "Lee ...").
    descriptions: dict[str, list[str]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.sides = ArticleSides(self.text, self.title)

    def lists(self, sentence: Sentence) -> bool:
        """Whether ``sentence`` is an item of the list, or a sentence of the quotation, that the last claim
        opened with a colon ("The ministry said the toll was as follows:", "Colonel X said:" then a quote)."""
        listed = self.list_claimant
        if not listed or sentence.paragraph - listed[0] not in (0, 1):
            return False
        quoted = OPENS_QUOTE.match(sentence.text) or (self.quote_open and sentence.paragraph == listed[0])
        items = LIST_ITEM.match(sentence.text) or labelled_line(sentence.text)  # "- Sanaa: 34 dead", "Spain (610)"
        return bool(items or quoted or sentence.paragraph == self.list_block)

    def lead_in(self, sentence: Sentence, has_numbers: bool) -> None:
        """A list's lead-in with no number of its own ("the dead include:", a heading in capitals) gives its items
        their category."""
        if not has_numbers and _SECTION.fullmatch(sentence.text) and sentence.start > _SECTIONS_AFTER:
            self.sides.enter_section(sentence.text)  # "SUDAN", "THE SAHEL": a factbox's part on one war
        if has_numbers or not (OPENS_LIST.search(sentence.text) or _heading(sentence.text)):
            return  # "the dead include:", "TROOP CONTRIBUTORS (AU figures)"
        led = lead_in_category(sentence.text)
        self.topic = (sentence.paragraph, led) if led else self.topic
        self.sides.lead_in = sentence.text if led else ""
        credit = _CREDIT_IN_BRACKETS.search(sentence.text) if led else None
        self.table_credit = (sentence.paragraph, credit["name"]) if credit else None

    def cited_for(self, claimant: str | None, sentence: Sentence) -> str | None:
        """The source the last claim cited, for a figure of its paragraph that carries that claim on."""
        carried = claimant and claimant == self.previous_claimant and sentence.paragraph == self.claim_paragraph
        return self.previous_cited if carried else None

    def credit_for(self, sentence: Sentence) -> str | None:
        """The body a table's heading credits ("TROOP CONTRIBUTORS (AU figures)"), for each line of the table
        right under it ("Uganda (4,500)")."""
        if not (self.table_credit and labelled_line(sentence.text)):
            return None
        paragraph, name = self.table_credit
        if sentence.paragraph - paragraph not in (0, 1):
            return None
        self.table_credit = (sentence.paragraph, name)
        return name

    def topic_for(self, sentence: Sentence, next_item: bool) -> str | None:
        """The category of the last figure read in this paragraph, or of the lead-in or the item before
        that a list item or a "Country (N)" line follows (``next_item``: ``sentence`` is the item after the
        last one read)."""
        if not self.topic:
            return None
        paragraph, category = self.topic
        listed = self.lists(sentence) or next_item or labelled_line(sentence.text)  # "Uganda (4,500)"
        follows = sentence.paragraph - paragraph == 1 and listed
        return category if paragraph == sentence.paragraph or follows else None

    def next_item(self, sentence: Sentence) -> bool:
        """Whether ``sentence`` is a list item of fighters after the item of the last figure read, which gives
        it its category and side: "- Sever: the enemy lost up to 200 servicemen;" "- Zapad: up to 220 servicemen"."""
        return bool(
            self.topic and self.topic_listed and sentence.paragraph - self.topic[0] == 1
            and LISTED_FIGHTERS.match(sentence.text)
        )  # fmt: skip

    def carries(self, sentence: Sentence) -> bool:
        """Whether ``sentence``, with no attribution of its own, continues the last attributed report."""
        return sentence.body and sentence.paragraph == self.claim_paragraph and continues_report(sentence.text)
