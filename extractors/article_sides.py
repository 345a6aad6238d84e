"""Whose people a figure counts, across an article: the side its own sentence gives, else one the
article supplies.

``ArticleSides.side_for`` takes a figure's reading (its side from its own words and its
sentence, ``figures``) and decides in these steps, the first that speaks deciding:

1. people of no one nation (migrants, a merchant crew) are nobody's side;
2. a nation's peacekeepers are the UN's unless their own government speaks for them;
3. the reading's own side, unless it is an armed group the counted people are not part of;
4. "of its soldiers": the claimant's side, or the last side named;
5. people spread over several sides ("on both sides") are none; a sentence's opening place
   gives its civilians' side; unnamed militants are the article's armed group;
6. a guess from outside the figure's words: its claimant, the side named after it, the last
   side named, the side the article names most (never the speaker's own side for people
   the speaker killed or holds).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

import regex

from .figures import Reading
from .lexicon.belligerents import BELLIGERENTS
from .lexicon.places import INSURGENT_GROUPS
from .sentences import Sentence
from .side_cues import (
    dateline_side,
    held_by_claimant,
    killed_by_speaker,
    labelled_line,
    mission_of_contingents,
    of_mixed_company,
    opening_side,
    spans_several_sides,
)
from .sides import (
    MIXED,
    SIDE_NAME,
    SIDE_OF,
    claimant_side,
    most_named,
    names_un_mission,
    national_contingent,
    serving_side,
    side_counts,
    side_named,
    speaker_side,
)

# "The enemy lost ...", "the enemy's losses amounted to ...": the claimant's adversary's people.
_ENEMY = regex.compile(
    r"\b(?:enem(?:y|ies)|occupiers|invaders)\b(?!(?:['’]s?)?\s+(?:aggression|attacks?|strikes?|raids?|bombardment|"
    r"shelling|fire|drones?|missiles?|warplanes|aircraft)\b)",  # not the attacker: "the Israeli enemy's aggression"
    regex.I,
)  # "143 occupiers": the claimant's enemy
ENEMY_WINDOW = 60

# Nouns for a state's own forces: a military speaking of these speaks of its own
# ("Israel's military said five soldiers were wounded"); fighters or militants are the enemy's.
_STATE_FORCE = regex.compile(
    r"\b(?:soldiers?|troops|servicem[ae]n|service\s+members|personnel|officers|"
    r"conscripts|reservists|sailors|airmen|marines|crew)\b",
    regex.I,
)
# People no state claims: unnamed, they are the insurgent group the article is about, or nobody's.
_INSURGENTS = regex.compile(
    r"\b(?:militants?|insurgents?|jihadists?|terrorists?|gunmen|extremists?|militia(?:s|men)?|rebels?)\b", regex.I
)
# An armed group that lost the figure right after: "the militia lost up to 640 elements".
_INSURGENTS_LOST = regex.compile(
    rf"(?r){_INSURGENTS.pattern}(?:['’]s)?\s+(?:[\w-]+\s+){{0,2}}?(?:lost|losses|suffered)\b[^.;,\d]{{0,25}}$", regex.I
)
# A state's own forces named as its government's ("government soldiers", "pro-government forces").
_GOVERNMENT_FORCE = regex.compile(
    r"\b(?:(?:pro-)?government|junta|regime)\s+(?:soldiers|troops|forces|servicemen|fighters)\b", regex.I
)  # "junta soldiers", "regime forces": the state's
# A state's force named by its noun alone: "soldiers", "12 brave soldiers", "security personnel"
_STATE_FORCE_NOUN = rf"(?:{_STATE_FORCE.pattern}|police(?:men|\s+officials|\s+officers)?|security\s+\w+)"
_BARE_STATE_FORCE = regex.compile(
    rf"(?:[a-z]+\s+)?{_STATE_FORCE_NOUN}(?:\s+(?:and|or)\s+{_STATE_FORCE_NOUN})?", regex.I
)
_OWN_WORDS_AFTER = 25  # "soldiers of the RSF"
_MISSIONS = ("United Nations", "African Union", "SADC", "NATO", "European Union")
# A count said right after it to hold a state's forces and the armed men they fight, or all sides: "6,200
# people, among them soldiers, insurgents and civilians", "40,000 combatants and civilians on all sides".
_FORCES = r"(?:soldiers|troops|servicemen|security\s+forces|army|military)"
_FIGHTERS = r"(?:insurgents|rebels|militants|jihadists|guerrillas)"  # not militias, which may be allied
_BOTH_SIDES_AFTER = regex.compile(
    rf"[^.;:\d]{{0,60}}?(?:\b(?:on|from|of)\s+(?:all|both|each)\s+sides\b"
    rf"|\b(?:including|among\s+them|counting)\s+[^.;:\d]{{0,40}}?"
    rf"(?:\b{_FORCES}\b[^.;:\d]{{0,40}}?\b{_FIGHTERS}\b|\b{_FIGHTERS}\b[^.;:\d]{{0,40}}?\b{_FORCES}\b))",
    regex.I,
)
# People of several sides at once: no single side.
_SEVERAL_SIDES = regex.compile(
    r"\b(?:international|multinational|multi-national|each\s+side|both\s+sides|all\s+sides)\b", regex.I
)


@dataclass
class ArticleSides:
    """What deciding sides carries from one figure of an article to the next."""

    text: str
    title: str = ""
    last_side: str | None = None
    last_side_paragraph: int = -1  # where ``last_side`` was last given
    counts: dict[str, int] | None = None  # how often the article names each side, when first needed
    # The country each claimant speaks for, from how the article first describes them:
    # "Lebanon's health minister said ..." then "Firass Abiad told reporters ...".
    speaker_sides: dict[str, str] = field(default_factory=dict)
    lead_in: str = ""  # the last list lead-in read ("TROOP CONTRIBUTORS"), for the lines under it
    # A factbox's section heading ("SUDAN", "THE SAHEL"): (whether one was read, the side it names)
    section: tuple[bool, str | None] = (False, None)

    def enter_section(self, heading: str) -> None:
        """A section heading in capitals starts a part on one war: the sides named before it are done with."""
        named = SIDE_NAME.search(heading.title())
        if named:  # a heading on a topic ("WHAT WE KNOW", "THE DEAL") starts no war's part
            self.section = (True, SIDE_OF[named.group()])
            self.last_side, self.last_side_paragraph = None, -1

    def side_counts(self) -> dict[str, int]:
        """How often the article names each side (also the country an unqualified body belongs to)."""
        if self.counts is None:
            self.counts = side_counts(self.text, self.title)
        return self.counts

    def _states_force(self, side: str | None, reading: Reading, sentence: Sentence) -> str | None:
        """A state's force given an armed group's or a mission's side by a name outside its own words is the
        state's: "killed 61 government soldiers", "13 khwarij were neutralised, while 12 soldiers embraced
        martyrdom"."""
        states = most_named(self.side_counts(), leaving_out=(*INSURGENT_GROUPS, *_MISSIONS))
        if side in INSURGENT_GROUPS and _BARE_STATE_FORCE.fullmatch(reading.subject):
            return side if self._named_with(side, sentence.text, reading) else states
        if _GOVERNMENT_FORCE.search(reading.subject) and (side is None or side in (*INSURGENT_GROUPS, *_MISSIONS)):
            return states or side
        return side

    @staticmethod
    def _named_with(side: str, text: str, reading: Reading) -> bool:
        """Whether the figure's own words or those right after them name ``side`` ("soldiers of the RSF")."""
        words = text[reading.mention.start : reading.span_end + _OWN_WORDS_AFTER]
        return any(SIDE_OF[match.group()] == side for match in SIDE_NAME.finditer(words))

    def side_for(
        self,
        reading: Reading,
        sentence: Sentence,
        spans: list[tuple[int, int]],
        claimant: str | None,
        last_claimant: str | None = None,
    ) -> str | None:
        """The side of a figure whose own sentence does not name one; ``last_claimant``, the article's last
        claimant, says whose "enemy" a figure of no claimant yet counts (the items of a ministry's list)."""
        if of_mixed_company(reading.subject, sentence.text):
            return None  # "three crew members", "68 migrants": of several or unknown nations
        side = self._mission_of_contingents(reading, sentence) if reading.side else None
        side = side or self._contingent(reading.side, reading, claimant)
        if side in INSURGENT_GROUPS and reading.head_kind == "people" and side not in reading.subject:
            # "a strike that targeted Hamas's chief killed 90 people": not Hamas's; "mercenaries fighting for X": X's
            side = side if serving_side(sentence.text[reading.span_end :]) == side else None
        side = self._states_force(side, reading, sentence)
        if side is not None:
            return self._remember(side, sentence)
        # "the army said it killed 45 militants", "the army said 140 fighters surrendered": the claimant's enemies
        enemies = killed_by_speaker(sentence.text, reading.span_start, spans) or (
            reading.category == "captured" and held_by_claimant(sentence.text, reading.subject)
        )
        if reading.refers_back and claimant and not enemies:
            side = side_named(claimant)  # "Hezbollah said three of its fighters had died"
        if side is None and reading.refers_back:
            side = self.last_side
        line_start = sentence.text.rfind("\n", 0, reading.span_start) + 1
        if side is None and (
            _SEVERAL_SIDES.search(reading.subject)
            or spans_several_sides(sentence.text, reading.span_start, reading.span_end)
            or _BOTH_SIDES_AFTER.match(sentence.text, reading.span_end)
            or (
                ":" in sentence.text[line_start : reading.span_start]
                and _SEVERAL_SIDES.search(sentence.text, line_start, reading.span_start)
            )
        ):
            return None  # "a 5,550-strong international force", "530 people on both sides"
        if side is None and reading.head_kind != "force":
            side = opening_side(sentence.text)  # "In Ukraine's Sumy region, ... killing three farmers"
        if side is None and (
            _INSURGENTS.search(reading.subject)
            or _INSURGENTS_LOST.search(sentence.text, max(0, reading.span_start - ENEMY_WINDOW), reading.span_start)
        ):  # "245 militiamen were neutralized", "the militia lost up to 640 elements"
            return most_named(self.side_counts(), among=INSURGENT_GROUPS)
        speaker = claimant or last_claimant
        if (
            side is None
            and speaker
            and _ENEMY.search(sentence.text, max(0, reading.span_start - ENEMY_WINDOW), reading.span_end)
        ):
            side = self._enemy_of(speaker)  # "The enemy lost up to 230 servicemen", the ministry said
            # an enemy the article does not name is still not the side the speaker is known to speak for
            enemies = enemies or (side is None and bool(speaker_side(speaker) or self.speaker_sides.get(speaker)))
        if side is None:
            side = self._guess(reading, sentence, spans, claimant, enemies)
        return self._remember(side, sentence)

    def _mission_of_contingents(self, reading: Reading, sentence: Sentence) -> str | None:
        """The mission a list of national contingents serves, the list's lead-in read with its lines."""
        if self.lead_in and labelled_line(sentence.text):  # "TROOP CONTRIBUTORS" then "Uganda (4,500)"
            text = f"{self.lead_in} {sentence.text}"
            return mission_of_contingents(text, len(self.lead_in) + 1 + reading.span_start, self.text)
        return mission_of_contingents(sentence.text, reading.span_start, self.text)

    def _enemy_of(self, claimant: str) -> str | None:
        """The side the claimant's side fights (general knowledge), the one this article names most."""
        own = speaker_side(claimant) or self.speaker_sides.get(claimant)
        foes = {b for a, bs in BELLIGERENTS.items() for b in bs if a == own} | {
            a for a, bs in BELLIGERENTS.items() if own in bs
        }
        if not (own and foes):
            return None
        named = most_named(self.side_counts(), among=tuple(foes))
        if named is None:  # named only as the attacker ("the Russian assault"), which side counts leave out
            mentioned = Counter(SIDE_OF[m.group()] for m in SIDE_NAME.finditer(self.text))
            named = max((foe for foe in foes if mentioned[foe]), key=lambda foe: mentioned[foe], default=None)
        return named

    def _remember(self, side: str | None, sentence: Sentence) -> str | None:
        """``side`` as a figure's side, kept as the last one named; two sides at once are none."""
        if side == MIXED:
            return None
        if side:
            self.last_side, self.last_side_paragraph = side, sentence.paragraph
        return side

    def _contingent(self, side: str | None, reading: Reading, claimant: str | None) -> str | None:
        """ "Three Nepalese peacekeepers" serve the UN; "Three Russian peacekeepers ..., Russia's defence
        ministry said", in a story that names no UN mission, are Russia's own."""
        if not side or not national_contingent(reading.subject):
            return side
        spoken_for = (speaker_side(claimant) or self.speaker_sides.get(claimant)) if claimant else None
        return side if spoken_for == side and not names_un_mission(self.text) else "United Nations"

    def _guess(
        self, reading: Reading, sentence: Sentence, spans: list[tuple[int, int]], claimant: str | None, enemies: bool
    ) -> str | None:
        """A side from outside the figure's words: its claimant, the words after it, the last side, the article.

        ``enemies`` says the claimant killed or holds those counted: its own side is then never theirs.
        """
        speaker = claimant_side(sentence.text, reading.mention.start, spans)
        if claimant:
            speaker = speaker_side(claimant) or self.speaker_sides.get(claimant) or speaker
        side = None
        if _STATE_FORCE.search(reading.subject) and not enemies:
            side = claimant_side(sentence.text, reading.mention.start, spans, own_forces=True)
        speaks_for_them = _STATE_FORCE.search(reading.subject) or reading.head_kind == "people"
        if side is None and claimant and speaks_for_them and not enemies:
            # "It said 25 civilians and 7 soldiers had died"; an armed group's soldiers are the state's it fights
            spoken = speaker_side(claimant) or self.speaker_sides.get(claimant)
            side = spoken
            if spoken in INSURGENT_GROUPS and _STATE_FORCE.search(reading.subject):
                side = self._enemy_of(claimant) or most_named(self.side_counts(), leaving_out=INSURGENT_GROUPS)
        if side is None and not (reading.head_kind == "people" and reading.side_after in INSURGENT_GROUPS):
            side = reading.side_after
        if side is None:
            recent = self.last_side if sentence.paragraph - self.last_side_paragraph <= 1 else None
            if reading.head_kind == "people" and recent in INSURGENT_GROUPS:
                recent = None  # "RSF fighters killed ..." then "the war has killed 28,700 people": not the RSF's
            if enemies:
                recent = None  # "Its fighters killed 15 soldiers": the last side named is the killers'
            side = recent or (None if enemies else claimant_side(sentence.text, reading.mention.start, spans))
        if side is None and self.section[0]:
            side = self.section[1]  # a factbox's section: its heading's country, not the article's
        elif side is None and reading.head_kind == "people":
            # civilians belong to a country, not to the armed group an article is about: the story's own
            # ("TEHRAN -"), else the one it names most
            counts = self.side_counts()
            side = dateline_side(self.text, counts) or most_named(counts, leaving_out=INSURGENT_GROUPS)
        if side is None and not self.section[0]:
            side = most_named(self.side_counts())
        return None if enemies and side == speaker else side


def side_before(reading: Reading, before: list[Reading], last_item: str | None) -> str | None:
    """The side of the figure before, for a subset or an elliptical number ("40, 12 of them children"), and
    ``last_item``'s, the side of the list item before, for a bare item ("- Zapad: up to 220 servicemen")."""
    if reading.side_follows and before:
        return before[-1].side
    return last_item if not before else None
