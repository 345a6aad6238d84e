"""What a claim's own sentence says of its claimant, beyond the reporting clause itself.

The body an "it" refers back to within its sentence ("the estimate South Korea's intelligence service gave
in January, when it said about 300 had died"), the side a role set before a claimant's name speaks for
("Pakistan's military spokesman, Lieutenant General X, said"), and a relative clause that describes a noun
rather than claims anything ("the first such capture Kyiv has reported").
"""

from __future__ import annotations

import regex

from .attribution import Attribution
from .lexicon.bodies import KINDS
from .names import LEADING_THE, ROLE_AT_END
from .patterns import alternation
from .sides import speaker_side

# A body its country owns, by name: "South Korea's intelligence service", "the Ukrainian defence ministry"
_BODY_KINDS = [alias for _name, _type, aliases in KINDS.values() for alias in aliases]
_OWNED_BODY = regex.compile(
    rf"(?P<np>(?:\b[A-Z][\w-]*\s+){{0,2}}\b[A-Z][\w-]*(?:['’]s)?\s+(?i:{alternation(_BODY_KINDS)}))\b"
)
# Words that open a clause of its own before a reporting clause: "..., when it said", "and the army said"
_OPENERS = r"\b(?:when|as|while|after|where|because|since|and|but)"
_SUBORDINATE_BEFORE = regex.compile(rf"(?r){_OPENERS}\s+$")
OWN_CLAUSE_BEFORE = regex.compile(rf"(?r)(?:,|;|{_OPENERS})\s+$")  # a comma or a semicolon opens one too
_NOUN_THEN_NAME = regex.compile(
    r"^(?P<noun>(?:the|a|an|this|that|its|their)(?:\s+[a-z][\w-]*)*"
    r"\s+(?:first|second|third|latest|last|only|largest|biggest|deadliest|worst|such|same)(?:\s+[a-z][\w-]*)+)"
    r"\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*$"
)
# A role between commas right before a claimant's name: "..., Pakistan's military spokesman, Lt Gen X said"
_ROLE_BEFORE = regex.compile(r"(?r)(?:^|,)\s*(?P<role>[A-Z][^,;.]{2,60}?),\s*$")
_ROLE_REACH = 80


def appositive_side(text: str, attribution: Attribution) -> str | None:
    """The side a claimant speaks for by the role set before its name: "Pakistan's military spokesman,
    Lieutenant General X, said"."""
    role = _ROLE_BEFORE.search(text, max(0, attribution.start - _ROLE_REACH), attribution.start)
    return speaker_side(role["role"]) if role else None


def body_before(text: str, attribution: Attribution) -> str | None:
    """The body an "it" refers back to in its own sentence: "the estimate South Korea's intelligence
    service gave in January, when it said about 300 had died"."""
    if not _SUBORDINATE_BEFORE.search(text, 0, attribution.start):
        return None  # ", it concluded" closes a claim; its "it" is the article's last source
    bodies = list(_OWNED_BODY.finditer(text, 0, attribution.start))
    return bodies[-1]["np"] if bodies else None


def reduced_relative(claimant: str) -> bool:
    """ "the first such capture Kyiv" (has reported), "the largest swap Moscow" (has agreed): a noun that an
    ordinal, a superlative or "such" picks out, then the subject of the clause that describes it; "the agency's
    chief Ivan Petrov" and "the ethnic Arakan Army" name their claimants."""
    relative = _NOUN_THEN_NAME.match(claimant)
    return bool(relative) and not ROLE_AT_END.search(relative["noun"])


def fuller_name_side(article: str, name: str) -> str | None:
    """The country of a body the article names in full once and by a short form elsewhere: "the General Staff"
    in an article that wrote "the General Staff of the Armed Forces of Ukraine".

    >>> fuller_name_side("The General Staff of the Armed Forces of Ukraine said ...", "the General Staff")
    'Ukraine'
    """
    bare = LEADING_THE.sub("", name)
    if not bare[:1].isupper() or f"{bare} of " not in article:
        return None  # the plain test first: most names never stand before "of"
    for fuller in regex.finditer(rf"\b{regex.escape(bare)}\s+of\s+[^.,;\n]{{1,50}}", article):
        side = speaker_side(fuller.group())
        if side:
            return side
    return None


_INTRODUCTORY_PHRASE = regex.compile(r"^(?:[^,]{0,60},\s*)?")
_ANY_FIGURE = regex.compile(r"\d|\b(?:hundreds|thousands|dozens)\b")
_TOP_LEVEL_BEFORE = regex.compile(r"(?r)(?:^|[;:]|,\s*(?:and|while|but|whereas)|\b(?:and|while|but|whereas))\s*$")


def is_top_level(text: str, attribution: Attribution) -> bool:
    """Whether an attribution heads its sentence or a coordinated clause (not one nested after "that")."""
    before = text[: min(attribution.start, attribution.verb_start)]
    if not _ANY_FIGURE.search(text[: attribution.start]):
        before = _INTRODUCTORY_PHRASE.sub("", before)
    return bool(_TOP_LEVEL_BEFORE.search(before)) or not before.strip()
