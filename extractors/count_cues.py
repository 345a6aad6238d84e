"""The scope and force patterns, built from the lexicon's tables (``extractors/lexicon/counts.py``)
with the constructions around the words, so a word added there once reaches every pattern.

``scope.py`` reads the scope patterns, ``force.py`` the force ones.
"""

from __future__ import annotations

import regex

from .lexicon import counts as words
from .lexicon.places import SIDES
from .patterns import alternation


def _any(items: tuple[str, ...]) -> str:
    return alternation(items)


def _any_backwards(items: tuple[str, ...]) -> str:
    return alternation(items, tree=False)  # read from the end ((?r)): the longest item must come first


_COMBATANT = _any(words.COMBATANT_WORDS)
# Countries and lands that wars are named by: the fighting in one of them is a war, not one battle.
_LANDS = alternation(name for names in SIDES.values() for name in names if not name.endswith(("'s", "’s")))

# ---------------------------------------------------------------- scope

# The start of a calendar window, which "since" counts from: "the start of the year", "the beginning of this month".
_START_OF_PERIOD = r"(?:start|beginning)\s+of\s+(?:the|this)\s+(?:year|month|week)\b"
TOTAL = regex.compile(
    rf"""\b(?:
        {_any(words.TOTAL_WORDS)}
      | (?:death\s+)?toll\s+(?:of|from|in)\s+the\s+(?:{_any(words.WAR_NOUNS)})    # the toll of the war
      | since\s+(?:the\s+)?(?!{_START_OF_PERIOD})(?:{_any(words.START_NOUNS)})  # not "the start of the year"
      | since\s+(?:[\w'’-]+\s+){{0,3}}(?:{_any(words.WAR_NOUNS)})                 # since Russia's invasion
      | since\s+(?:it|they|the\s+\w+)\s+(?:{_any(words.BEGIN_VERBS)})             # since it began
      | (?:in|of)\s+the\s+(?:[\w-]+\s+)?(?:war|conflict)(?!\s+(?:zone|crimes?))   # killed in the war
      | (?:{_any(words.PAST_WORDS)})\s+(?:{_any(words.EXCHANGE_PLURALS)})          # in earlier exchanges
      | the\s+(?:war|conflict|fighting)\s+(?:has|had)\s+(?:now\s+)?(?:{_any(words.TOLL_VERBS)})  # the war has killed
    )\b""",
    regex.I | regex.X,
)
# A toll that has grown, or losses in the present perfect: a running count, of the war or of one attack
# ("the toll of the strike has risen to 34"), which a story about one attack makes that attack's.
RUNNING = regex.compile(
    rf"""\b(?:
        (?:has|have|had)\s+(?:{_any(words.PERFECT_ADVERBS)}\s+)?(?:{_any(words.RISE_VERBS)})  # has risen to
      | (?:has|have)\s+(?:{_any(words.PERFECT_ADVERBS)}\s+)?(?:been\s+)?(?:{_any(words.LOSS_PARTICIPLES)})
    )\b""",
    regex.I | regex.X,
)
# After "since": a recent start makes a window ("since fighting resumed on Sunday").
RECENT_START = regex.compile(
    rf"\s*(?:(?:[\w'’-]+\s+){{0,3}}?(?:{_any(words.RECENT_START_VERBS)})\b"
    rf"|(?:the\s+)?{_START_OF_PERIOD})",  # "since the start of the year"
    regex.I,
)
# "since the start of the year": a window of its own.
SINCE_START_OF = regex.compile(
    rf"\bsince\s+(?:the\s+{_START_OF_PERIOD}|dawn|daybreak|midnight|noon|(?:this|the)\s+morning|last\s+night"
    r"|the\s+early\s+hours)",  # "treated 37 injured people since dawn"
    regex.I,
)
# "since the ceasefire", "since the truce took effect": a window from an end of fighting.
SINCE_TRUCE = regex.compile(
    rf"\bsince\s+(?:the\s+|a\s+)?(?:[\w'’-]+\s+){{0,2}}?(?:{_any(words.TRUCE_NOUNS)})\b", regex.I
)
EVENT_NOUN = regex.compile(
    rf"""\b(?:
        {_any(words.EVENT_NOUNS)}
      | (?:{_any(words.EVENT_SERIES)})\s+of                                        # a wave of strikes
      | \d+-(?:{_any(words.SHORT_SPANS)})\s+(?:{_any(words.CAMPAIGN_NOUNS)})       # the 24-hour operation
      | (?:{_any(words.SPELL_NOUNS)})\s+of\s+(?:{_any(words.FIGHTING_NOUNS)})      # a week of fighting
      | fighting\s+(?:for|in|at|around)\s+(?:the\s+)?(?!(?:{_LANDS})\b)(?-i:[A-Z])\w*  # the fighting for Goma
      | fighting\s+that                                                            # the fighting that preceded
    )\b(?!-)""",
    regex.I | regex.X,
)
_PART_OF_DAY = "(?:night|morning|evening|afternoon)"  # "Friday night's attack"
# The determiner that makes an event noun one event, up to two words before it: "the deadliest single attack".
EVENT_DETERMINER = regex.compile(
    rf"(?r)\b(?:{_any_backwards(words.EVENT_DETERMINERS)}|last\s+\w+['’]s|\w+day(?:\s+{_PART_OF_DAY})?['’]s)"
    rf"\s+(?:[\w-]+\s+){{0,2}}$",
    regex.I,
)
EVENT_VERB = regex.compile(
    rf"""(?:
        \b(?:{_any(words.HARM_WORDS)})\s+when\b                                    # killed when
      | ,\s+(?:{_any(words.HARM_PARTICIPLES)})\b                                   # , killing eight
      | \b(?:{_any(words.EVENT_VERBS)})\b                                          # stormed the camp
      | \btook\s+(?:[\w'’-]+\s+){{0,3}}hostage\b                                   # took its 25 crew hostage
      | \bwhen\s+(?:[\w'’-]+\s+){{0,10}}(?:launched\s+(?:[\w-]+\s+){{0,2}}(?:{_any(words.ATTACK_NOUNS)})
            |{_any(words.EVENT_VERBS)}|fired)\b                                    # when pagers ... exploded
    )""",
    regex.I | regex.X,
)
# A headline's one event, which needs no determiner there: "Attack on church kills 43".
HEADLINE_EVENT = regex.compile(rf"\b(?:{_any(words.HEADLINE_EVENT_NOUNS)})\b(?!-)", regex.I)
CAMPAIGN_EVENT = regex.compile(rf"\b(?:{_any(words.CAMPAIGN_EVENT_NOUNS)})\b(?!-)", regex.I)
BODIES = regex.compile(rf"\b(?:{_any(words.BODY_WORDS)})\b", regex.I)
DISPATCH = regex.compile(
    rf"\b(?:{_any(words.DISPATCH_VERBS)}|(?:{_any(words.FOLLOW_VERBS)})(?!\s+(?:an?|the)\b))\b", regex.I
)
STRENGTH = regex.compile(rf"\b(?:{_any(words.STRENGTH_WORDS)})\b", regex.I)
HELD = regex.compile(rf"\b(?:{_any(words.HELD_WORDS)})\b", regex.I)

# ---------------------------------------------------------------- force

MILITARY = regex.compile(rf"\b(?:{_any(words.MILITARY_NOUNS)})\b", regex.I)
CIVILIAN = regex.compile(rf"\b(?:{_any(words.CIVILIAN_NOUNS)})\b", regex.I)
# An adjective, then at most one word, then the noun's first letter: "military construction w(orkers)".
MILITARY_MODIFIER = regex.compile(rf"\b(?:{_any(words.MILITARY_MODIFIERS)})\s+(?:[\w-]+\s+)?\S$", regex.I)
# An adjective of arms before the word naming people: "military builders", "army drivers".
MILITARY_PEOPLE = regex.compile(rf"\b(?:{_any(words.MILITARY_MODIFIERS)})\s+(?:[\w-]+\s+)?[\w-]+s\b", regex.I)
CIVILIAN_MODIFIER = regex.compile(rf"\b(?:{_any(words.CIVILIAN_MODIFIERS)})\s+(?:[\w-]+\s+)?\S$")
MIXED = regex.compile(
    rf"""\b(?:
        (?:{_any(words.INCLUDING_WORDS)})\s+(?:(?:\w+\s+){{0,2}}(?:{_COMBATANT})\s+and\s+(?:\w+\s+)?civilians
            |civilians\s+and\s+(?:\w+\s+){{0,2}}(?:{_COMBATANT}))                 # including fighters and civilians
      | (?:{_any(words.MOST_WORDS)})\s+of\s+(?:{_any(words.WHOLE_WORDS)})\s+(?:were\s+)?(?:civilians|{_COMBATANT})
      | of\s+(?:which|whom)\s+(?:{_any(words.MOST_WORDS)})\s+(?:were\s+)?(?:civilians|{_COMBATANT})  # of which a third
      | mostly\s+(?:civilians|{_COMBATANT})                                        # mostly civilians
      | {_any(words.BOTH_WORDS)}                                                    # soldiers and civilians alike
    )\b""",
    regex.I | regex.X,
)
# The parts a count is said to hold, up to the end of their clause: "among them 19 women and nine children".
PARTS_OPENING = rf"\b(?:{_any(words.PARTS_WORDS)})\b"
PARTS = regex.compile(rf"{PARTS_OPENING}(?P<parts>[^.;:()]{{1,90}})", regex.I)
ON_CIVILIANS = regex.compile(rf"\b(?:{_any(words.ATTACK_ON_CIVILIANS)})\b", regex.I)
UNDISTINGUISHED = regex.compile(rf"\b(?:{_any(words.UNDISTINGUISHED)})\b", regex.I)
