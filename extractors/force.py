"""Whom among a side's people a figure counts: military, civilian, mixed or unknown.

The guideline's last section: soldiers, fighters, peacekeepers and prisoners of war are
``military``; civilians, children, aid workers, journalists and hostages ``civilian``;
both together ``mixed``; "people", "victims", "Palestinians" where the text does not say
which, ``unknown``. ``force_in_words`` reads one figure's own words in these steps:

1. a sentence that says the count holds both ("including fighters and civilians", "most
   of them civilians"), right after the figure: mixed;
2. the nouns of the figure's subject, an adjective deciding a noun that could be either
   ("military builders", "civilian staff"), and for "members" the group they belong to;
3. for a bare count ("1,100 casualties", "the dead"), the people who "suffered" or "lost"
   it in the same clause ("Russian forces suffered 429,660 casualties");
4. troop numbers (``deployed``) are military.

It returns None where the words say nothing: the pipeline then takes the force of the
nearest figure of the same side whose words did say (``extractors/counts.py``).
"""

from __future__ import annotations

import regex

from . import count_cues as cues
from .lexicon.places import INSURGENT_GROUPS

ARMED_GROUPS = (*INSURGENT_GROUPS, "Wagner")

_MILITARY = cues.MILITARY
_CIVILIAN = cues.CIVILIAN
_MILITARY_MODIFIER = cues.MILITARY_MODIFIER
_CIVILIAN_MODIFIER = cues.CIVILIAN_MODIFIER
_MODIFIER_REACH = 40
_MILITARY_PEOPLE = cues.MILITARY_PEOPLE
_MIXED = cues.MIXED
_UNDISTINGUISHED = cues.UNDISTINGUISHED
_PARTS = cues.PARTS
# How far after a figure the words that open its parts may stand, no other number between them.
_PARTS_OPEN = regex.compile(rf"[^.;:\d]{{0,30}}?(?:\d[\d,]*\s+)?(?={cues.PARTS_OPENING})", regex.I)
# Where a list of parts ends: a comma before a verb or a new clause ("..., were killed when fighters ...").
_PARTS_END = regex.compile(
    r",\s+(?=(?:were|was|are|is|had|has|have|according|said|says|told|when|while|after|before|as|who|which|in|on|at|"
    r"the|and\s+(?:\d|more|another))\b)",
    regex.I,
)
# A country's people abroad, whom the words after them may put under arms.
_NATIONALS = regex.compile(r"\b(?:nationals|citizens)$", regex.I)
_RECRUITED = regex.compile(r"\b(?:recruited|enlisted|fighting|serving|mercenaries|fought|conscripted)\b", regex.I)
_OF_THEM = regex.compile(r"of\s+them\b", regex.I)
_CIVILIANS_WORD = regex.compile(r"\bcivilians?\b", regex.I)
# A factbox item's label before its number: "* Aid workers killed: more than 540".
_LABEL = regex.compile(r"^[\s*•·-]*(?P<label>[^:.;]{3,120}):\s*(?:[\w()]+\s+){0,3}$")
_ON_CIVILIANS = cues.ON_CIVILIANS
# People in general, whom an attack said to be on civilians makes civilians: "19 people", "40 others".
_GENERAL = regex.compile(r"^(?:people|persons|others|bodies|victims)?$", regex.I)
# How far after a figure a "including fighters and civilians" may stand and still describe it.
_MIXED_REACH = 140
# "members" is decided by the group: "members of the security forces", "206 of their members".
_MEMBERS = regex.compile(r"(?:of\s+(?:its|their|his|her)\s+)?members", regex.I)
_GROUP_OF_MEMBERS = regex.compile(r"\s*(?:of|in)\s+(?:the\s+|a\s+|an\s+)?([^,;.]{1,60})", regex.I)
# People who suffered a bare count: "Russian forces suffered", "units ... had suffered", "troops also took".
# How far before a bare count the people it counts may be named, and where that stops.
_NAMED_REACH = 160
_NAMED_AFTER = 40
_HEAD_AFTER = regex.compile(r"\s+(?:[a-z-]+\s+){0,2}?[a-z]+\b")  # "three [Filipino] seafarers"
_COPULA_AFTER = regex.compile(
    r"\s+(?:were|are|was|is)\s+(?:all\s+|mostly\s+|mainly\s+|also\s+)?(?P<nouns>[a-z-]+(?:\s+and\s+[a-z-]+)?)\b"
)
_LAST_CLAUSE = regex.compile(r"[.;:]|,\s+(?!who\b|which\b)|\b(?:said|says|told|according\s+to)\b")
_NUMBER_OF = regex.compile(r"\b(?:number|toll|tally|count|total)\s+of\b", regex.I)
_SUFFERED = regex.compile(r"\b(?:suffered|lost|sustained|incurred|took|taken|counted)\b", regex.I)
_SUFFERER_REACH = 40  # how far before "suffered" its subject may stand: "units ... had recently suffered"
# Subjects that name no people at all: the force comes from the clause or a nearby figure.
_BARE = regex.compile(
    r"^(?:(?:of\s+)?(?:them|those|these|whom))?$|^(?:of\s+)?(?:the\s+|those\s+|these\s+)?(?:dead|deaths?|killed|killings|casualties|losses|"
    r"wounded|injured|injuries|fatalities|bodies|toll|missing|prisoners|detainees|captives|others|more|"
    r"(?:[A-Z][\w-]+\s+)*[A-Z]\w+(?:ns|is|ese|ians|ites|s))$"
)


def force_in_words(
    subject: str, sentence: str, start: int, end: int, category: str, side: str | None = None
) -> str | None:
    """The force a figure's own words give it, or None where they say nothing.

    ``start``/``end`` are the figure's span in ``sentence``; ``side`` whose people it counts (the
    members of an armed group are its fighters).

    >>> force_in_words("North Korean soldiers", "Around 300 North Korean soldiers died.", 0, 32, "killed")
    'military'
    >>> force_in_words("casualties", "Russian forces suffered 429,660 casualties.", 24, 42, "casualties")
    'military'
    >>> force_in_words("people", "It killed 1,426 people, including fighters and civilians.", 10, 22, "killed")
    'mixed'
    >>> force_in_words("people", "At least 12 people were killed.", 0, 17, "killed")
    'unknown'
    >>> force_in_words("dead", "The toll rose to 57 dead.", 17, 24, "killed") is None
    True
    """
    if _MIXED.search(sentence, end, min(len(sentence), end + _MIXED_REACH)):
        return "mixed"
    subject = subject.strip()
    if side in ARMED_GROUPS and _MEMBERS.fullmatch(subject):
        return "military"  # "the militia buried 40 of its members"
    if _NATIONALS.search(subject) and _RECRUITED.search(sentence, end, end + _NAMED_AFTER):
        return "military"  # "12 Nepali nationals recruited into the Russian army", "nationals, mercenaries"
    named = _force_of_nouns(subject, sentence, end)
    if named:
        return named
    if _GENERAL.match(subject):
        parts = _parts(sentence, end)
        if parts:
            return parts
    if _BARE.match(subject):
        named = (
            _labelled(sentence[:start])
            or _named_after(sentence[end : end + _NAMED_AFTER])
            or _sufferer(sentence[:start])
            or _named_before(sentence[max(0, start - _NAMED_REACH) : start])
        )
        if named:
            return named
    if category != "deployed" and _GENERAL.match(subject) and _ON_CIVILIANS.search(sentence):
        return "civilian"  # "killing 19 people, in the worst attack on civilians this year"
    if _BARE.match(subject):
        return "military" if category == "deployed" else None
    return "military" if category == "deployed" else "unknown"


def says_undistinguished(sentence: str) -> bool:
    """'Its tally makes no distinction between fighters and civilians.'"""
    return bool(_UNDISTINGUISHED.search(sentence))


def _force_of_nouns(subject: str, sentence: str, end: int) -> str | None:
    """Military, civilian or mixed from the nouns of a subject; None where it names neither."""
    if _MEMBERS.fullmatch(subject) or subject.endswith(" members") and not _CIVILIAN.search(subject):
        group = _GROUP_OF_MEMBERS.match(sentence, end)
        subject = group.group(1) if group else sentence[:end]
    military = _military(subject)
    civilian = _civilian(subject)
    if military and civilian:
        return "mixed"
    if military:
        return "military"
    if civilian:
        return "civilian"
    return None


def _military(words: str) -> bool:
    """Military nouns not made civilian ("civilian personnel"), or people an adjective makes military
    ("military builders", "army drivers")."""
    nouns = any(not _modified(words, m.start(), _CIVILIAN_MODIFIER) for m in _MILITARY.finditer(words))
    return nouns or bool(_MILITARY_PEOPLE.search(words))


def _civilian(words: str) -> bool:
    """Civilian nouns that are not part of a military one ("construction workers") nor made military, and
    military ones an adjective makes civilian ("civil defence personnel")."""
    military = [m.span() for m in _MILITARY.finditer(words)]

    def within_military(match: regex.Match) -> bool:
        return any(start < match.end() and match.start() < end for start, end in military)

    if any(_modified(words, m.start(), _CIVILIAN_MODIFIER) for m in _MILITARY.finditer(words)):
        return True  # "civilian personnel", "civil defence personnel"
    return any(
        not (_modified(words, m.start(), _MILITARY_MODIFIER) or within_military(m)) for m in _CIVILIAN.finditer(words)
    )


def _modified(words: str, start: int, modifier: regex.Pattern) -> bool:
    """Whether an adjective of ``modifier`` stands just before the noun at ``start``, a word between at most."""
    return bool(modifier.search(words, max(0, start - _MODIFIER_REACH), start + 1))


def _named_after(words: str) -> str | None:
    """A noun right after a number the reader gave no subject ("killing three seafarers"), or what the
    count is said to be ("41 of the wounded were children")."""
    described = _COPULA_AFTER.match(words)  # "41 of the wounded were children"
    if described:
        return _force_of_nouns(described["nouns"], described["nouns"], len(described["nouns"]))
    head = _HEAD_AFTER.match(words)
    return _force_of_nouns(head.group(), head.group(), head.end()) if head else None


def _parts(sentence: str, end: int) -> str | None:
    """The force of people in general from the parts the text says they hold right after the figure:
    civilians where all are people outside the fighting ("43 people, among them 19 women and nine children",
    "most of them children"), mixed where fighters are among them ("including 53 members of the Guards", "a
    figure that includes combatants"); "including 10 civilians" leaves the rest fighters: mixed."""
    opening = _PARTS_OPEN.match(sentence, end)
    if opening and "," not in opening.group() and _OF_THEM.match(sentence, opening.end()):
        return None  # "Some 400 of them serve as ...": the figure is itself a part
    parts = _PARTS.match(sentence, opening.end()) if opening else None
    if parts is None:
        return None
    words = _PARTS_END.split(parts["parts"], 1)[0]
    if _military(words):
        return "mixed"
    if _civilian(words):
        return "mixed" if _CIVILIANS_WORD.search(words) else "civilian"
    return None


def _labelled(before: str) -> str | None:
    """The force a factbox item's label names: "Civilians killed in the city: at least 1,850", "Fatalities,
    all sides: over 30,000"."""
    label = _LABEL.match(before)
    if label is None:
        return None
    return "mixed" if _MIXED.search(label["label"]) else _force_of_nouns(label["label"], label["label"], 0)


def _named_before(words: str) -> str | None:
    """People named just before a bare count: "the hostages ..., who number more than 100",
    "the number of Ukrainian and Russian soldiers killed or wounded ... is approaching 500,000"."""
    counted = list(_NUMBER_OF.finditer(words))
    words = words[counted[-1].end() :] if counted else _LAST_CLAUSE.split(words)[-1]
    return _force_of_nouns(words, words, len(words))


def _sufferer(clause: str) -> str | None:
    """The force of whoever 'suffered' or 'lost' a bare count in the clause before it."""
    matches = list(_SUFFERED.finditer(clause))
    if not matches:
        return None
    who = clause[max(0, matches[-1].start() - _SUFFERER_REACH) : matches[-1].start()]
    if _military(who):
        return "military"
    if _civilian(who):
        return "civilian"
    return None
