"""When a sentence with no reporting clause of its own goes on giving the last source's figures.

A report is attributed once ("X said ...", "according to X, ...") and the sentences
after it in the same paragraph keep giving its figures: breakdowns, "another N",
a second incident. They are X's until a new attribution, a new paragraph, or a
sentence that turns to another actor or another report.
"""

from __future__ import annotations

import regex

from .sentences import Sentence
from .sides import side_named

# A sentence that opens on a country or group as its subject turns to that actor's own account
# ("Norvania lost three soldiers.", "Kadar, whose troops serve with the mission, lost one").
_OPENING_NAME = regex.compile(r"^(?:The\s+)?(?P<name>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2})(?=[\s,])")
_POSSESSIVE = regex.compile(r"['’]s?$")
# A sentence that turns to another report or to narrative background.
_OTHER_ACCOUNT = regex.compile(
    r"""
    ^(?:The\s+|An?\s+)?
    (?:(?:first|earlier|initial|previous|other|separate|independent)\s+(?:reports?|figures?|estimates?|counts?|tolls?)
      | In\s+(?:one|another|a\s+separate)\s+(?:case|incident|instance)\b    # an example the reporter examined
      | (?:Separately|Elsewhere|Meanwhile|In\s+other\s+news)\b              # a new topic
    )
    """,
    regex.X | regex.I,
)


def continues_report(text: str) -> bool:
    """Whether a sentence with no reporting clause of its own may take the last claimant.

    >>> continues_report("Another 23 were wounded in a separate ambush near Aldin.")
    True
    >>> continues_report("Pakistan lost three soldiers.")
    False
    """
    if _OTHER_ACCOUNT.match(text):
        return False
    opening = _OPENING_NAME.match(text)
    return not (opening and side_named(_POSSESSIVE.sub("", opening["name"])))


# Credit lines that say the text is a body's own release, statement or report, in its own voice.
_RELEASE_LABEL = r"(?:press|news|media)\s+release|statement|communiqu[ée]"
_OWN_VOICE = (
    # "Press release | Kadari Aid Society | ...", "Kadari Aid Society | News release"
    regex.compile(rf"^\s*(?:{_RELEASE_LABEL})\s*\|\s*(?P<name>[^|\n]+?)\s*(?:\||$)", regex.I),
    regex.compile(rf"^\s*(?P<name>[^|\n]+?)\s*\|\s*(?:{_RELEASE_LABEL})\s*(?:\||$)", regex.I),
    # "Format: Situation report | Source: Tavros Observatory | Posted: ..."
    regex.compile(r"(?:^|\|)\s*Source:\s*(?P<name>[^|\n]+?)\s*(?:\||$)"),
    # "Statement by the Relief Office Representative in Kadar on the attack ..."
    regex.compile(r"^\s*Statement\s+by\s+(?P<name>.+?)(?:\s+(?:on|following|after|regarding)\s|\s*$)"),
    # "The following is an edited version of a news update published by the Tavros Observatory, ..."
    regex.compile(r"^\s*The\s+following\s+is\b[^.\n]*?\b(?:published|issued|released)\s+by\s+(?P<name>[^,.\n]+)"),
)
# A credit line of a newspaper or news agency names the publisher, which speaks on its own authority.
_MEDIA = regex.compile(r"\b(?:news|agency|agencies|wire|press|times|post|media|tv|radio|editor|staff)\b", regex.I)
_CREDIT_LINES = 12  # how far into the text a credit line may stand


def own_voice_source(text: str) -> str | None:
    """The body whose own release or report the text is, from a credit line near its top.

    >>> own_voice_source("Kadar: clinic shelled\\nPress release | Kadari Aid Society | Aid news\\nTEXT")
    'Kadari Aid Society'
    >>> own_voice_source("Source: Sample News and news agencies\\nTEXT") is None
    True
    """
    for line in text.lstrip().splitlines()[:_CREDIT_LINES]:
        for pattern in _OWN_VOICE:
            found = pattern.search(line)
            if found and not _MEDIA.search(found["name"]) and not regex.match(_RELEASE_LABEL, found["name"], regex.I):
                return found["name"].strip()
    return None


# The claimant's own document: "said in its latest report", "said in a report released on Wednesday".
_OWN_REPORT = regex.compile(
    r"""\bin\s+(?:(?:its|their)\s+(?:[\w-]+\s+){0,3}(?:report|update|bulletin|brief)
      |an?\s+(?:[\w-]+\s+){0,2}(?:report|update|bulletin|brief)\s+(?:released|published|issued))\b""",
    regex.X,
)


def report_source(claims: list[tuple[str | None, Sentence]]) -> str | None:
    """An article built on one report: the lede's first claimant gave its figures "in its latest
    report", so the article's later figures with no claimant of their own are that report's.

    ``claims`` are the article's figures in reading order, as (claimant, sentence).
    """
    body = [(claimant, sentence) for claimant, sentence in claims if sentence.body]
    lede = body[0][1].paragraph if body else None
    for claimant, sentence in body:
        if sentence.paragraph != lede:
            return None
        if claimant:
            return claimant if _OWN_REPORT.search(sentence.text) else None
    return None
