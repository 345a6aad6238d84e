"""When a sentence with no reporting clause of its own goes on giving the last source's figures.

A report is attributed once ("X said ...", "according to X, ...") and the sentences
after it in the same paragraph keep giving its figures: breakdowns, "another N",
a second incident. They are X's until a new attribution, a new paragraph, or a
sentence that turns to another actor or another report.
"""

from __future__ import annotations

from dataclasses import replace

import regex

from .attribution import find_attributions
from .figure import Figure
from .lexicon import attribution as lexicon
from .lexicon import categories
from .patterns import alternation
from .sentences import Sentence
from .sides import side_named
from .source_names import name_source
from .source_phrases import initials
from .source_registry import registered

# A sentence that opens on a country or group as its subject turns to that actor's own account
# ("Norvania lost three soldiers.", "Kadar, whose troops serve with the mission, lost one").
_OPENING_NAME = regex.compile(r"^(?:The\s+)?(?P<name>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2})(?=[\s,])")
_POSSESSIVE = regex.compile(r"['’]s?$")
_OTHER = alternation(lexicon.OTHER_REPORT_WORDS)
_REPORTS = alternation(lexicon.OTHER_REPORT_NOUNS)
_INCIDENTS = alternation(lexicon.INCIDENT_NOUNS)
# A sentence that turns to another report or to narrative background.
_OTHER_ACCOUNT = regex.compile(
    rf"""
    ^(?:The\s+|An?\s+)?
    (?:(?:{_OTHER})\s+(?:{_REPORTS})s?                                  # "earlier reports", "an independent count"
      | In\s+(?:one|another|a\s+separate)\s+(?:{_INCIDENTS})\b    # an example the reporter examined
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


_RELEASING = alternation(lexicon.RELEASING_VERBS)
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
    regex.compile(rf"^\s*The\s+following\s+is\b[^.\n]*?\b(?:{_RELEASING})\s+by\s+(?P<name>[^,.\n]+)"),
)
# A credit line of a newspaper or news agency names the publisher, which speaks on its own authority.
_MEDIA = regex.compile(rf"\b(?:{alternation(lexicon.MEDIA_WORDS)})\b", regex.I)
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


def publisher_voice(publisher: str) -> str | None:
    """The body whose own release the text is, from its publisher: a known issuer that is no news outlet
    ("ICRC (relayed by Relief Desk)"), or a body's press
    release ("Kadari Aid Society (press release)")."""
    name, _, note = publisher.partition("(")
    name = name.strip()
    source = name_source(name) if name else None
    if source is None or source.type in ("media", "person", "unnamed") or _MEDIA.search(name):
        return None
    return name if registered(name) or regex.search(_RELEASE_LABEL, note, regex.I) else None


_BULLETINS = alternation(lexicon.BULLETIN_NOUNS)
# The claimant's own document: "said in its latest report", "said in a report released on Wednesday", "in a
# report that accuses ..." (not "said in a televised report that <what it said>").
_OWN_REPORT = regex.compile(
    rf"""\bin\s+(?:(?:its|their)\s+(?:[\w-]+\s+){{0,3}}(?:{_BULLETINS})                 # "in its latest report"
      |an?\s+(?:[\w-]+\s+){{0,2}}(?:{_BULLETINS})\s+(?:{_RELEASING}|which|that\s+[a-z]+(?:s|ed)))\b""",
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


# An article that opens on one body's report: "A new report from the UN Office for ... paints ...",
# "The ministry's monthly bulletin, published on Friday, ...".
_REPORT_LEDE = regex.compile(
    rf"^(?:(?:A|An|The)\s+(?:[\w-]+\s+){{0,3}}(?:{_BULLETINS})\s+(?:from|by|of)\s+(?P<by>[^,;:.]{{2,100}}?)"
    rf"|(?P<owner>[^,;:.]{{2,80}}?)['’]s?\s+(?:[\w-]+\s+){{0,3}}(?:{_BULLETINS}))(?:\s*,|\s+(?:{_RELEASING}|paints|"
    r"says|shows|finds|found|details|documents|records|covers|counts|gives|puts|lists|estimates)\b)"
)


def report_lede_source(figures: list[Figure], opening: str) -> list[Figure]:
    """An article that opens on one body's report gives that body the figures with no claimant of their own,
    from its first figure until another source speaks ("Other groups have given higher figures ...")."""
    lede = _REPORT_LEDE.match(opening)
    author = (lede["by"] or lede["owner"]) if lede else None
    if not author:
        return figures
    claimant = next((figure.claimant for figure in figures if figure.claimant), None)
    if claimant is None or not _same_source(claimant, author):
        return figures
    carried = []
    for figure in figures:
        if figure.claimant and not _same_source(figure.claimant, author):
            claimant = None  # another source takes over
        carried.append(replace(figure, claimant=claimant) if claimant and not figure.claimant else figure)
    return carried


def _same_source(one: str, other: str) -> bool:
    """Whether two phrases name one source: one within the other, or one name ("OCHA" and its expansion)."""
    a, b = (" ".join(regex.sub(r"[^\w\s-]", " ", phrase.lower()).split()) for phrase in (one, other))
    if a and b and (f" {a} " in f" {b} " or f" {b} " in f" {a} "):
        return True
    bare_one, bare_other = (regex.sub(r"^(?i:the)\s+", "", phrase.strip()) for phrase in (one, other))
    if initials(one) == bare_other or initials(other) == bare_one:
        return True  # "VHO" and "the Velmora Humanitarian Office"
    first, second = name_source(one), name_source(other)
    return bool(first and second and first.named and first.name == second.name)


# A headline that credits its news to someone: "..., UN monitors say", "..., count shows", "Report: ...".
_CREDITING_HEADLINE = regex.compile(
    r"\b(?:says?|said|shows?|finds?|found|reports?|according\s+to|estimates?|counts?|tally)\b", regex.I
)


def one_source_article(figures: list[Figure], sentences: list[Sentence], title: str) -> list[Figure]:
    """An article whose headline credits its news to someone and whose every attributed figure comes from one
    source, the lede's: its figures without a claimant are that source's too (a story built on one body's
    report or statement that gives its numbers paragraph after paragraph without repeating who said them).

    ``sentences`` are the figures' sentences, in the same order.
    """
    if not (_CREDITING_HEADLINE.search(title) or find_attributions(title)):  # "..., UN says", "... - MOD"
        return figures
    body = [(figure, sentence) for figure, sentence in zip(figures, sentences, strict=True) if sentence.body]
    claimed = [figure for figure, _ in body if figure.claimant]
    if not body or not body[0][0].claimant or len({figure.source for figure in claimed}) != 1:
        return figures
    lede = body[0][0]
    return [
        replace(figure, claimant=lede.claimant, source=lede.source, source_type=lede.source_type,
                source_country=lede.source_country)
        if sentence.body and not figure.claimant else figure
        for figure, sentence in zip(figures, sentences, strict=True)
    ]  # fmt: skip


# A factbox item's source in brackets at its end: "* Journalists killed: at least 197 (Committee to Protect
# Journalists)", "(IDF estimate; Hamas has not published a figure)", "(Defence Ministry list, Friday)".
_CREDITED = regex.compile(
    rf"^\s*[-–—•*·]\s.*\((?P<name>[A-Z][^()\d,;]{{2,80}}?)(?:\s+(?:{alternation(lexicon.CREDIT_DOCUMENTS)}))?"
    r"(?:[,;][^()]*)?\)\s*(?:[.;]|,\s+of\s+(?:whom|them|which)\b[^()]*)?\s*$"  # "..., of whom 20 are alive"
)


# A factbox label's source in brackets before its colon: "Deaths since 2017 (Orsk Monitor): more than 900",
# "War deaths (AU envoy Ivo Danek, est.): 70,000"; not a hedge alone ("(approx.)") or people ("(civilians)").
_LABEL_CREDITED = regex.compile(
    r"^\s*(?:[-–—•*·]\s*)?[^:()\n]{2,100}?\((?P<inside>[^()\d\n]{2,80}?)\)\s*:\s*(?:(?:over|about|around|some|nearly|"
    r"almost|approximately|roughly|up\s+to|more\s+than|at\s+least)\s+)?(?:\d|(?i:hundreds|thousands|dozens)\b)"
)
# "* Wounded: 169,679 (same source)": the source of the item before.
SAME_SOURCE = "same source"
_SAME_SOURCE = regex.compile(r"^\s*(?:[-–—•*·]\s*)?[^()\n]{2,100}\((?i:same\s+source|same|ibid\.?|idem)\)\s*[.;]?\s*$")
_HEDGE_PART = regex.compile(r"^(?:approx\.?|approximately|about|est\.?|estimated?|estimates?|at\s+least)$", regex.I)


def credited_source(text: str) -> str | None:
    """The body a list item credits in brackets at its end or before its label's colon, or None;
    ``SAME_SOURCE`` for "(same source)", the source the item before credits."""
    if _SAME_SOURCE.search(text):
        return SAME_SOURCE
    match = _CREDITED.match(text)
    if match and not (text[: match.start("name") - 1].rstrip()[-1:].isdigit() and _PEOPLE_ONLY.search(match["name"])):
        return match["name"].strip()  # not "- Killed: 30 (civilians)", which labels the number's people
    label = _LABEL_CREDITED.match(text)
    parts = [part.strip() for part in regex.split(r"[,;]", label["inside"])] if label else []
    name = next((part for part in parts if part and not _HEDGE_PART.match(part)), None)
    if name is None or not regex.search(r"[A-Z]", name) or _PEOPLE_AT_END.search(name):
        return None
    if _PLACES.search(name):
        return None  # places: "(Bara – Um Ruwaba)", "(Orsk and Velm)"
    return name


# People, not a body that speaks: "(civilians)", "(Malian soldiers)", not "(Malian army)".
_PEOPLE_WORDS = [n for n in (*categories.PEOPLE_NOUNS, *categories.FORCE_NOUNS) if n not in lexicon.BODY_NOUNS]
_PEOPLE_ONLY = regex.compile(rf"\b(?:{alternation(_PEOPLE_WORDS)})$")
_PLACES = regex.compile(r"^[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?\s+(?:[–—-]|and)\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?$")
_PEOPLE_AT_END = regex.compile(
    rf"\b(?:{alternation([*categories.FORCE_NOUNS, *categories.PEOPLE_NOUNS, *categories.CIVILIAN_TRADES])})$"
)
