"""What happened to the people a number counts: the category from the words around it.

The words right after the number ("300 killed"), its noun phrase ("300 civilian deaths"),
the predicate of that phrase ("300 soldiers have been killed") and, failing those, the
nearest cue before it in its clause ("has killed 50,021 Palestinians").
"""

from __future__ import annotations

import regex

from . import category_cues as cues
from .lexicon import categories as words
from .lexicon.attribution import ACCORDING_TO
from .lexicon.places import SIDES
from .patterns import alternation
from .qualifiers import HEDGES
from .reporting_verbs import claim_verbs

# How far back a cue before the number may stand, within its clause; how far before a
# cause noun "from"/"of" may stand; how far before "lost" a country may stand.
LEFT_CUE_WINDOW = 160
CAUSE_WINDOW = 30
COUNTRY_LOST_WINDOW = 40


def _category(match: regex.Match) -> str:
    """The name of the group that matched: the category."""
    return next(k for k, v in match.groupdict().items() if v)


# After a participle and its place, the clause's own verb: "taken near Bakhmut have now been returned".
_THEN_RETURNED = regex.compile(
    r"\s+(?:in|at|near|on|during)\s+[\w'’ -]{1,40}?\s+(?:had|have|has|were|was|are|is)\s+(?:now\s+|also\s+)?"
    rf"(?:been\s+)?(?:{alternation(words.RETURN_VERBS)})\b"
)
_DEAD_LIST = regex.compile(rf"\b(?:{alternation(words.DEAD_LIST_WORDS)})\b", regex.I)
# "38 more had been wounded", "four more of its peacekeepers": an addition to the number before
MORE = regex.compile(r"\s*(?:more|others?|additional|further|extra)\b", regex.I)
_FREED = regex.compile(rf"\b(?:{alternation(words.FREED_WORDS)})\b", regex.I)
_HELD = regex.compile(alternation(words.CAPTIVES), regex.I)
_FROM_CAPTIVITY = regex.compile(r"\s+(?:home\s+)?from\s+(?:captivity|prison|jail|detention|the\s+camps?)\b", regex.I)
_HOMECOMING = regex.compile(rf"\b(?:{alternation(words.HOMECOMING)})\b", regex.I)
# A whole a number belongs to, and its category word: "were among the 180 people killed"
_AMONG_THE = regex.compile(
    r"\s+(?:were|was|are|is)\s+(?:also\s+)?among\s+(?:the\s+)?[\d,.]+(?:\s+[a-z-]+){0,2}?"
    r"(?=\s+(?:killed|dead|wounded|injured|hurt|missing)\b)"
)
# What all of a count turn out to be: "400 casualties, all of them killed by air strikes"
_ALL_OF_THEM = regex.compile(r",\s+all\s+of\s+(?:them|whom)(?=\s+(?:killed|dead|died|wounded|injured)\b)")
_LIVES_AFTER = regex.compile(r"\s+(?:their|his|her)\s+lives?\b", regex.I)
_CLOSING_QUOTE = regex.compile(r'^["”]')
# A quotation opening on the verb: 'two fighters had "offered their lives"'.
_QUOTED_VERB = regex.compile(r'^(\s+(?:had|has|have|were|was|are|is)\s+)["“]')
_QUOTES_AS_SPACES = str.maketrans({'"': " ", "“": " ", "”": " "})

# Patterns anchored at the end ($) carry (?r): the regex module then searches from the end.
# "Ukraine has about 500,000 troops": a force someone has is its strength.
_POSSESSION_BEFORE = regex.compile(
    rf"(?r)\b(?:{alternation(words.HAVING_VERBS, tree=False)})\s+(?:(?:{HEDGES})\s+)?$", regex.I
)
_LOSSES_HAD = regex.compile(rf"(?r)\b(?:losses|casualties|toll)\s+(?:have|has|had)\s+(?:(?:{HEDGES})\s+)?$", regex.I)
_CLAUSE_BREAK = regex.compile(r"[;:]|\s[–—]\s|\b(?:while|whereas|but|although|after|before)\b|\.\s")
_LOST = regex.compile(alternation(words.LOSS_VERBS), regex.I)
_CASUALTY_CONTEXT = regex.compile(rf"\b(?:{alternation(words.CASUALTY_WORDS)})\b", regex.I)
_LOST_UP_TO = regex.compile(rf"(?:{alternation(words.LOSS_VERBS)})\s+up\s+to\b", regex.I)  # a loss report's words
_LOSS_TALLY = regex.compile(rf"\b(?:{alternation(words.LOSS_TALLY_WORDS)})\b", regex.I)
_COUNTRY_LOST = regex.compile(
    rf"(?r)(?<![\w-])(?:{alternation([name for names in SIDES.values() for name in names], tree=False)})\s+"
    r"(?:has\s+|had\s+|have\s+)?(?:already\s+|now\s+)?$"
)
# A reporting verb, or a headline's "Source: claim".
_REPORTED = regex.compile(rf"\b(?:{alternation([*claim_verbs(), *ACCORDING_TO])})\b|^[A-Z][^:.]{{1,40}}:\s")
_CAUSE_BEFORE = regex.compile(r"(?r)\b(?:from|of)\s+(?:[a-z]+\s+)?$")
# Cue words that can be a cause after "from"/"of" ("died from injuries"), unlike "of people killed".
_CAUSE_NOUN = regex.compile(alternation(words.CAUSE_NOUNS), regex.I)


def first_noun_phrase(after: str) -> regex.Match | None:
    """The noun phrase right after a number: modifiers (``mods``) and a head (``head``), or ``None``."""
    return cues.PATTERNS.head.match(after)


_NEXT_LABEL_LINE = regex.compile(r"^[^\S\n]*\n[^\n:]{1,120}:[^\S\n]*\S")


def noun_phrase_after(after: str) -> regex.Match | None:
    """The noun phrase after a number; a noun used as a modifier gives way to the noun after it.

    "Five Lebanese soldiers", "300 civilian men": the heads are "soldiers" and "men".
    Quotation marks count as spaces: 'more than 50 Fano "extremists"'.
    """
    after = after.translate(_QUOTES_AS_SPACES)
    if _NEXT_LABEL_LINE.match(after):
        return None  # "Deaths (monitor): over 900" then "Rebel fighters: 3,000": the next line is its own
    head = cues.PATTERNS.head.match(after)
    if head is not None and head.group("head").lower() in ("wounded", "injured", "dead"):
        noun = cues.PATTERNS.head.match(after[head.end() :])
        if noun is not None and (noun.group("people") or noun.group("force")) and not noun.group("of"):
            return cues.PATTERNS.head_greedy.match(after[: head.end() + noun.end()])  # "31 wounded Ukrainian prisoners"
    if head is not None and (head.group("people") or head.group("force")):
        noun = cues.PATTERNS.noun_after_demonym.match(after, head.end())
        if noun is not None:
            return cues.PATTERNS.head_greedy.match(after[: noun.end()])
    return head


def predicate_follows(after: str) -> bool:
    """Whether a predicate with a category follows ("were killed")."""
    return bool(cues.PATTERNS.predicate.match(after))


def described_as_wounded(head: regex.Match | None) -> bool:
    """ "22 badly wounded servicemen": the wounds describe the people; what was done to them may count."""
    return bool(head and cues.PATTERNS.described_by.search(head.group("mods")))


def counts_the_named_dead(text: str) -> bool:
    """Whether a list of names counts the dead ("list of victims holds 8,372 names")."""
    return bool(_DEAD_LIST.search(text))


def possessed_force(before: str) -> bool:
    """ "Ukraine has about 500,000 troops": a force someone has; not losses that "had exceeded 9,000 servicemen"."""
    return bool(_POSSESSION_BEFORE.search(before)) and not _LOSSES_HAD.search(before)


def direct_or_predicate(after: str, head, in_parenthesis: bool = False) -> tuple[str | None, bool]:
    """The category from the number's own words: right after it, in its noun phrase, or its predicate.

    Returns the category (``None`` if none speaks) and whether the number's own words gave it.
    """
    direct = cues.PATTERNS.direct.match(after)
    if direct:
        return _direct(after, direct), True
    if head is not None:
        if cues.PATTERNS.dead_word.search(head.group("mods").lower()):
            return "killed", True
        if head.group("category"):
            of_them = head.group("of") and cues.PATTERNS.predicate.match(after[head.end() :])
            if of_them:  # "67 of the 90 casualties were killed": what the 67 are, not the 90
                return _predicate(after[head.end() :], of_them, head)
            return cues.PATTERNS.head_category.get(head.group("category").lower(), "killed"), True
    more = None if head else MORE.match(after)  # "38 more had been wounded"
    rest = after[head.end() :] if head else after[more.end() if more else 0 :]
    rest = _CLOSING_QUOTE.sub(" ", rest, count=1)  # '"more than 1,200 soldiers" have surrendered'
    rest = _QUOTED_VERB.sub(r"\1 ", rest, count=1)
    predicate = (cues.PATTERNS.predicate_in_parenthesis if in_parenthesis else cues.PATTERNS.predicate).match(rest)
    among = _AMONG_THE.match(rest) if predicate is None else None
    whole = cues.PATTERNS.direct.match(rest[among.end() :]) if among else None
    if whole:  # "Two nurses were among the 180 people killed": what the whole counts, they count
        return _category(whole), True
    if predicate is None and head is not None:
        return _described(head)
    if predicate:
        return _predicate(rest, predicate, head)
    return None, False


def _direct(after: str, direct: regex.Match) -> str:
    category = _category(direct)
    all_of_them = _ALL_OF_THEM.match(after, direct.end())
    what = cues.PATTERNS.direct.match(after[all_of_them.end() :]) if all_of_them else None
    if what:  # "400 casualties, all of them killed by air strikes"
        return _category(what)
    if direct.group().lstrip().startswith("of "):
        predicate = cues.PATTERNS.predicate.match(after[direct.end() :])
        if predicate:  # "two of the wounded died"
            return _category(predicate)
    noun = cues.PATTERNS.head.match(after[direct.end() :]) if category == "wounded" else None
    if noun is not None and (noun.group("people") or noun.group("force")):
        # "31 wounded prisoners had been handed over": the word describes them; the verb counts them
        predicate = cues.PATTERNS.predicate.match(after[direct.end() + noun.end() :])
        if predicate and _category(predicate) in ("exchanged", "captured"):
            return _category(predicate)
    return category


def _described(head: regex.Match) -> tuple[str | None, bool]:
    """A number with no predicate: the participles among its modifiers."""
    if _FREED.search(head.group("mods")) and _HELD.fullmatch(head["head"]):
        return "exchanged", True  # "869 former detainees", "24 freed hostages"
    described = cues.PATTERNS.described_by.search(head.group("mods"))
    if described:  # "7,000 captured soldiers", "53 seriously wounded defenders"
        return _category(described), True
    return None, False


def _predicate(rest: str, predicate: regex.Match, head: regex.Match | None) -> tuple[str | None, bool]:
    category = _category(predicate)
    if category == "casualties" and (
        _LIVES_AFTER.match(rest, predicate.end()) or (head is not None and head["head"].lower() in ("lives", "life"))
    ):
        return "killed", True  # "140 residents lost their lives", "2,100 civilian lives lost": the dead
    then = _THEN_RETURNED.match(rest, predicate.end())
    if then and category in ("captured", "killed", "wounded"):
        return "exchanged", True  # "40 soldiers taken near Bakhmut have now been returned": returned now
    if category == "deployed" and head is not None and head.group("people") and not head.group("force"):
        return None, False  # "400,000 people ... in Sudan" is no force
    if category == "deployed" and head is None:
        return None, False
    if (
        category == "exchanged"
        and _HOMECOMING.search(predicate[0])
        and not _held_people(head)
        and not _FROM_CAPTIVITY.match(rest, predicate.end())
    ):
        return None, False  # "60 crew and scientists returned to Cape Town": a journey, no release
    return category, True


def _held_people(head: regex.Match | None) -> bool:
    """Whether a head names people who are held, fighters or a nation's people, whose return is a release."""
    if head is None or head.group("force") or _HELD.search(head.group("head")):
        return True
    return head.group("head")[:1].isupper()  # a nation's people: "230 Ukrainians came home" from a swap


def lead_in_category(text: str) -> str | None:
    """The category a list's lead-in names ("the dead include:", "Those freed include:"), for its items."""
    found = list(cues.PATTERNS.left_cues.finditer(text))
    return _category(found[-1]) if found else None


def left_cue(text: str, start: int, end: int, percent: bool) -> str | None:
    """The category of the nearest cue in ``text[start:end]`` (the clause before the number), or ``None``."""
    window = text[start:end]
    breaks = list(_CLAUSE_BREAK.finditer(window))
    if breaks:
        window = window[breaks[-1].end() :]
    window = window[-LEFT_CUE_WINDOW:]
    for cue in reversed(list(cues.PATTERNS.left_cues.finditer(window))):
        if _CAUSE_NOUN.fullmatch(cue.group()) and _CAUSE_BEFORE.search(
            window, max(0, cue.start() - CAUSE_WINDOW), cue.start()
        ):
            continue  # "deaths from traumatic injuries": the injuries are a cause, not a count
        category = _category(cue)
        if category == "casualties" and _LOST.fullmatch(cue.group()) and not percent:
            return _lost_means(text, end - len(window) + cue.start())
        return category
    return None


def _lost_means(text: str, at: int) -> str:
    """What "lost" at ``at`` counts: the dead ("Malawi lost three soldiers", "he had lost 20,000
    fighters"), but losses, killed and wounded, where the sentence speaks of casualties or reports
    what a country has lost ("Russia had lost 115,270 troops, the General Staff said")."""
    if _CASUALTY_CONTEXT.search(text) or _LOSS_TALLY.search(text) or _LOST_UP_TO.match(text, at):
        return "casualties"  # "the enemy lost up to 40 servicemen, a tank and two howitzers"
    if _COUNTRY_LOST.search(text, max(0, at - COUNTRY_LOST_WINDOW), at) and _REPORTED.search(text):
        return "casualties"  # a tally of a country's losses, as armies and ministries give them
    return "killed"


# A label and its colon before a number and its hedge, as lists and bulletins write them: "Killed: 41",
# "Civilians injured: three", "Soldiers captured in the battle for the town: 312"; a bracket before the colon
# holds a hedge or the label's source ("Prisoners freed (approx.): 1,800", "Deaths (Orsk Monitor, est.): 900").
_BRACKET = r"\s*(?P<bracket>\([^()\n]{1,60}\))?\s*:\s*(?:[a-z]+\s+){0,3}$"
_LABEL = regex.compile(rf"(?r)(?:^|[;,(\n]|[-–—•*]\s)\s*(?P<label>[^:;,.()\n]{{1,60}}?){_BRACKET}", regex.I)
# The whole line before the colon, commas and all: "Recorded deaths, both sides (Orsk Monitor): 12,000".
_LINE_LABEL = regex.compile(rf"(?r)(?:^|\n)\s*(?:[-–—•*]\s*)?(?P<label>[^:;.()\n]{{1,100}}?){_BRACKET}", regex.I)
_HEDGE_IN_BRACKET = regex.compile(
    r"\b(?:approx\.?|approximately|approximate|about|est\.?|estimated?|(?P<least>at\s+least))(?!\w)", regex.I
)
# A label that names a force and nothing done to it: its number is the force's strength.
_FORCE_LABEL = regex.compile(
    rf"^(?:[\w'’-]+\s+){{0,4}}?(?i:{alternation(words.FORCE_NOUNS)})(?:\s+(?:in|on|of|with|deployed)\b.*)?$"
)
LABEL_WINDOW = 70  # a list label before its colon: "Soldiers captured in the battle for the town: 312"
_LINE_WINDOW = 160


def label_category(before: str, percent: bool) -> str | None:
    """The category a label and its colon right before a number name ("Killed: 41"), or None."""
    for pattern, window in ((_LABEL, LABEL_WINDOW + 60), (_LINE_LABEL, _LINE_WINDOW)):
        label = pattern.search(before[-window:])
        category = left_cue(label["label"], 0, len(label["label"]), percent) if label else None
        if category:
            return category
    label = _LINE_LABEL.search(before[-_LINE_WINDOW:])
    if label and label["bracket"] and _FORCE_LABEL.search(label["label"]):
        return "deployed"  # "Rebel fighters (est.): 3,000": a force's strength, as a factbox gives it
    return None


def label_hedge(before: str) -> str | None:
    """The hedge a label sets in brackets before its colon: "Prisoners freed (approx.): 1,800" is approximate."""
    label = _LINE_LABEL.search(before[-_LINE_WINDOW:]) or _LABEL.search(before[-LABEL_WINDOW:])
    hedge = _HEDGE_IN_BRACKET.search(label["bracket"]) if label and label["bracket"] else None
    if hedge is None:
        return None
    return "at_least" if hedge["least"] else "approximate"


# A part of the figures before it ("at least 70 of them"), and a part that died "irrecoverably".
_OF_THEM = regex.compile(r"\s*of\s+(?:them|whom|those)\b")
_IRRECOVERABLY = regex.compile(r"\s*of\s+(?:them|whom)\s+(?:irrecoverably|irretrievably)\b", regex.I)


def parts_of_wholes(text: str, readings: list) -> None:
    """ "310 dead and 890 hurt; at least 70 of them were children": a part of the dead and the wounded
    together counts casualties; so does a whole of which a part died "irrecoverably" ("191 occupiers were
    neutralised, 96 of them irrecoverably")."""
    for i, reading in enumerate(readings):
        if reading.category is None and _OF_THEM.match(text, reading.mention.end):
            if {"killed", "wounded"} <= {r.category for r in readings[:i]}:
                reading.category = "casualties"
        if i and _IRRECOVERABLY.match(text, reading.mention.end) and readings[i - 1].category == "killed":
            readings[i - 1].category = "casualties"


# A verb of the number's own in the passive, which ``_read`` found no category in.
_OWN_PASSIVE = regex.compile(
    r"(?:\s+(?:of|from|in)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?[\w'’-]+)?\s+(?:had|have|has|will)?\s*(?:been|be|were|was)\s+"
    r"[\"“]?[a-z]+(?:ed|en)\b"
)


def own_passive(text: str, at: int) -> bool:
    """Whether the number's noun phrase ending at ``at`` has a passive verb of its own ("had been secured")."""
    return bool(_OWN_PASSIVE.match(text, at))
