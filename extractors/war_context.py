"""Whether a figure comes from war, or from ordinary news that also counts people.

The table holds war figures only: the dead and wounded of fighting, strikes and
attacks, troops, fighters, hostages and prisoners of war. The tolls of earthquakes,
floods, crashes and outbreaks, the players and fans of a match, a film's extras,
soldiers at a parade or in flood relief are not war figures (the corpus guideline),
even where the same words count them. A figure is read in these steps, the first that
speaks deciding:

1. its sentence names war's own violence, weapons or fighters (shelling, air strikes,
   militants, prisoners of war): a war figure;
2. its sentence names a setting of ordinary news (a match, a film, a parade, a
   workforce, a robbery, simulated casualties): not one;
3. its sentence names another cause of death or injury (an earthquake, a crash, an
   outbreak) and the figure counts dead, wounded or missing: not one (the 80 prisoners
   on a plane that turned back after a crash are still prisoners);
4. its sentence names something war shares with other news (an attack, fighting, a
   raid, hostages, "war-torn", civilians) and no other cause: a war figure, unless its
   article speaks more of ordinary life (sport, crime, protest, business) than of war
   (a bowler's "attack" in a match report, hostages freed after a bank robbery);
   disasters and disease are left out of that count, as war reports share them;
5. its sentence counts fighters (soldiers, troops, militants) dead, hurt, held or
   freed: a war figure ("two soldiers were killed and three wounded, the army said");
6. its sentence names none of these: its article decides. An article is about war when
   its sentences (and its title) speak of war at least once and at least as often as
   of other causes and settings. Words of ordinary news that war reports use too
   (protesters, ransom, jobs, an exercise) weigh here only, in sentences that name
   nothing of war.

Phrases such as "trade war", "heart attack" or "on strike" are read as if absent.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

import regex

from .figures import Reading
from .lexicon.dates import MONTHS
from .lexicon.war_context import (
    COMBATANTS,
    NOT_VIOLENCE,
    OTHER_CAUSES,
    OTHER_SETTINGS,
    OTHER_TOPICS,
    SHARED_WITH_WAR,
    SWAP_WORDS,
    WAR_VIOLENCE,
)
from .patterns import alternation

# What a cause of death or injury other than war rules out; a count of prisoners or troops it does not.
TOLLS = frozenset({"killed", "wounded", "casualties", "missing"})


def _words(items: Sequence[str]) -> str:
    return alternation(item.lower() for item in items)  # matched against lower-cased text: faster than re.I


# All the kinds in one scan, each a named group. Where two start at one place the group
# written first wins, so an idiom hides the war word inside it ("heart attack") and a
# cause hides the shared word inside it ("gas explosion").
_KINDS = re.compile(
    rf"""(?<![\w-])  # whole words in any case: "war" is not inside "warn", nor "raid" inside "afraid"
    (?:(?P<idiom>{_words(NOT_VIOLENCE)})
      |(?P<violence>{_words(WAR_VIOLENCE)})
      |(?P<cause>{_words(OTHER_CAUSES)})
      |(?P<setting>{_words(OTHER_SETTINGS)})
      |(?P<shared>{_words(SHARED_WITH_WAR)})
      |(?P<topic>{_words(OTHER_TOPICS)}))
    (?![\w-])""",
    re.X,
)
_COMBATANTS = regex.compile(rf"(?<![\w-])(?:{_words(COMBATANTS)})(?![\w-])", regex.I)
_SWAPPED = regex.compile(rf"(?<![\w-])(?:{_words(SWAP_WORDS)})(?![\w-])", regex.I)


def _toll_of_another_cause(text: str, reading: Reading, several: bool) -> bool:
    """A toll whose own clause names another cause and no violence of war, in a sentence that names both:
    "The quake killed more than 1,900 people, while air strikes the same week killed 14" (the 1,900)."""
    if reading.category not in TOLLS:
        return False
    start = max((m.end() for m in _CLAUSE_BREAK.finditer(text, 0, reading.mention.start)), default=0)
    after = _CLAUSE_BREAK.search(text, reading.mention.end)
    clause = SentenceWords.of(text[start : after.start() if after else len(text)])
    if several and clause.cause and not clause.violence:
        return True  # one figure of a sentence that names both may be war's own ("shot down ... killed in the crash")
    relative = _RELATIVE_TOLL.search(text, 0, reading.mention.start)
    if relative is None:
        return False
    # "The earthquake of March 28, which killed more than 3,700 people ..., did not stop the bombing"
    end = text.find(",", reading.mention.end)
    clause = SentenceWords.of(text[relative.start() : end if end > 0 else len(text)])
    return clause.cause and not clause.violence


# A relative clause of the dead and the thing it speaks of: "The quake of May 2, which killed 12 people"
_RELATIVE_TOLL = regex.compile(r"(?r)(?:^|[,;]\s*)[^,;]{1,80},\s+(?:which|that)\s+[^,;]{0,60}$")
# Where one clause of a sentence gives way to another: ", while", "; ", ", whereas", ", but"
_CLAUSE_BREAK = regex.compile(r",\s+(?:while|whereas|but|and)\b|;")


_MONTH_NAMES = frozenset(MONTHS)


def _month_name(text: str, match: re.Match) -> bool:
    """A word of ordinary news that is a month's name as written: "since March 18" is no protest march."""
    return match.lastgroup == "topic" and text[match.start() : match.end()] in _MONTH_NAMES


@dataclass(frozen=True)
class SentenceWords:
    """Which kinds of words a sentence holds, idioms such as "heart attack" left out."""

    violence: bool
    setting: bool
    cause: bool
    shared: bool
    topic: bool = False

    @classmethod
    def of(cls, text: str) -> SentenceWords:
        """
        >>> SentenceWords.of("Fans clashed with police after the match.")
        SentenceWords(violence=False, setting=True, cause=False, shared=True, topic=True)
        >>> SentenceWords.of("He died of a heart attack.")
        SentenceWords(violence=False, setting=False, cause=False, shared=False, topic=False)
        """
        kinds = {match.lastgroup for match in _KINDS.finditer(text.lower()) if not _month_name(text, match)}
        return cls(*(kind in kinds for kind in ("violence", "setting", "cause", "shared", "topic")))

    @property
    def speaks_of_war(self) -> bool:
        return self.violence or (self.shared and not (self.setting or self.cause))

    @property
    def speaks_of_other_news(self) -> bool:
        return not self.violence and (self.cause or self.speaks_of_ordinary_life)

    @property
    def speaks_of_ordinary_life(self) -> bool:
        """Sport, crime, protest, business or drills; disasters and disease, which war reports share, left out."""
        return not self.violence and (self.setting or (self.topic and not self.shared))


class WarContext:
    """Which figures of an article are war figures, by their sentence's words or their article's."""

    def __init__(self, sentences: Sequence[str], title: str = "") -> None:
        self.sentences = [SentenceWords.of(text) for text in sentences]
        counted = [*self.sentences, SentenceWords.of(title)] if title else self.sentences
        war = sum(words.speaks_of_war for words in counted)
        other = sum(words.speaks_of_other_news for words in counted)
        self.article_is_war = war > 0 and war >= other
        self.article_is_other_news = other > war  # a campaign's soldiers beside an outbreak's toll
        self.article_is_ordinary_life = sum(words.speaks_of_ordinary_life for words in counted) > war

    def allows(self, index: int, category: str, counts_fighters: bool = False) -> bool:
        """Whether a figure of ``category`` in sentence ``index`` is a war figure (the steps above).

        ``counts_fighters``: the sentence counts fighters dead, hurt, held or freed.

        >>> context = WarContext(["Floods swept the valley.", "The toll rose to 40.", "Rescuers found 12 alive."])
        >>> [context.allows(i, "killed") for i in range(3)]
        [False, False, False]
        >>> context = WarContext(["Russian shelling hit Kharkiv.", "The toll rose to 40.", "A crash killed 3."])
        >>> [context.allows(i, "killed") for i in range(3)]
        [True, True, False]
        """
        words = self.sentences[index]
        if words.violence:
            return True
        if words.setting or (words.cause and category in TOLLS):
            return False
        shared_says_war = words.shared and not words.cause and not self.article_is_ordinary_life
        return shared_says_war or counts_fighters or self.article_is_war

    def keep(self, index: int, readings: list[Reading], text: str = "") -> list[Reading]:
        """The readings of sentence ``index`` (whose words are ``text``) that are war figures."""
        fighters = any(
            reading.category not in (None, "deployed") and _COMBATANTS.search(reading.subject) for reading in readings
        ) or self._forces_at_war(index, readings, text)
        kept = [reading for reading in readings if self.allows(index, reading.category, fighters)]
        words = self.sentences[index]
        if words.violence and words.cause:
            kept = [reading for reading in kept if not _toll_of_another_cause(text, reading, len(kept) > 1)]
        return kept

    def _forces_at_war(self, index: int, readings: list[Reading], text: str) -> bool:
        """Troops sent, stationed or withdrawn, or prisoners swapped, where nothing names a setting, another
        cause or ordinary life: "40,000 troops had been deployed along the border" (a parade's or a flood
        relief's soldiers name their setting or cause)."""
        words = self.sentences[index]
        if words.setting or words.cause or words.topic or self.article_is_ordinary_life or self.article_is_other_news:
            return False
        return any(
            (reading.category == "deployed" and _COMBATANTS.search(reading.subject))
            or (reading.category == "exchanged" and _SWAPPED.search(text))
            for reading in readings
        )
