"""Whose people a figure counts, normalised: the side.

The side comes from the figure's own words first ("North Korean soldiers", "people in Lebanon", "peacekeepers"),
then from the sentence around it, skipping names that are the claimant's own ("Ukraine's General Staff said
..."), places ("in Ukraine", "Russia's Kursk region") and attackers ("US air strikes"). The article-level
fallback (the previous figure's side) is applied by the pipeline.
"""

from __future__ import annotations

import regex

from .lexicon import sides as words
from .lexicon.categories import CAPTIVITY_NOUNS
from .lexicon.numbers import TENS, UNITS
from .lexicon.places import INSURGENT_GROUPS, REGIONAL_MISSIONS, UN_FORCES
from .names import LEADING_THE
from .patterns import alternation
from .side_names import (  # noqa: F401  (the UN's missions are read here and by the article's sides)
    NAMES,
    SIDE_NAME,
    SIDE_OF,
    UN_FORCE_WORDS,
    inside_a_name,
    last_un_mission,
    names_un_mission,
    national_contingent,
    sufferer_side,
)

MIXED = "mixed"  # the phrase names two sides ("Ukrainian and Russian soldiers"): no single side

_UN = UN_FORCE_WORDS
# A country's figure written as its label: "Spain (about 600)", "Sweden (550)".
LABELLED = regex.compile(
    rf"(?r)(?<![\w-])(?P<name>{alternation([name for name, _ in NAMES], tree=False, any_space=False)})\s*\(\s*"
    r"(?:[a-z]+\s+){0,3}$"
)

LABEL_WINDOW = 60  # a country and the opening bracket of its figure: "North Macedonia (about"

# A side named as the attacker or the captor, not as whose people are counted.
_AGENT_AFTER = regex.compile(
    rf"""^(?:['’]s)?\s+(?:(?!(?:by|from|in|with|after|before|during|to|of|and|or)\b)[\w'’-]+\s+){{0,2}}?(?:air\s+)?
      # "US air strikes", "Russia's winter offensive", "Israel began its strikes" (not "Israel by Iranian missiles")
      (?:{alternation((*words.ATTACK_WORDS, *CAPTIVITY_NOUNS))})\b    # "in Russian captivity"
    |^(?:['’]s)?\s+(?:(?:{alternation(words.ATTACKER_NOUNS)})\s+)?   # "Israeli troops killed"
      (?:(?:had|has|have|also|reportedly|allegedly|of\s+having|having|[a-z]+ly)\s+){{0,3}}
      (?:{alternation(words.ATTACK_VERBS)})\b""",
    regex.I | regex.X,
)
# A side named as a place: "Russia's Kursk region", "the Chinese border"; a word may begin a longer one ("borders").
_PLACE_AFTER = regex.compile(
    rf"""^(?:['’]s)?\s+(?:[\w-]+\s+){{0,2}}?
    (?:{alternation(words.PLACE_NOUNS)}|state\b(?!\s+(?:media|television|news)))   # not "Russian state media" """,
    regex.I | regex.X,
)
# A side named as a border or a neighbour: "near the Ukrainian border", "which borders Ukraine",
# "on the border with Russia". It names nobody's people, not even civilians'.
_NEIGHBOUR_AFTER = regex.compile(  # or a language: "its French initials"
    rf"^(?:['’]s)?\s+(?:[\w-]+\s+)?(?:{alternation((*words.BORDER_NOUNS, *words.LANGUAGE_NOUNS))})\b", regex.I
)
_NEIGHBOUR_BEFORE = regex.compile(
    rf"(?r)\b(?:{alternation(words.NEIGHBOUR_WORDS, tree=False)})\s+(?:the\s+)?$", regex.I
)
# A demonym inside a proper name: "the Saudi Maternity Hospital", "the Syrian Observatory".
_PROPER_NAME_AFTER = regex.compile(r"^\s+(?!and\b)[A-Z][a-z]")
_SIDE_WORD = regex.compile(r"^\s+side\b")  # "on the Israeli side" names whose people, not a place
# Patterns anchored at the end ($) carry (?r): the regex module then searches from the end.
PLACE_BEFORE = regex.compile(
    rf"""(?r)\b(?:in|into|inside|across|near|over|toward|towards|throughout|from|on)\s+(?:the\s+)?
    (?:(?:{alternation(words.PLACE_QUALIFIERS, tree=False)})\s+)?$    # "in eastern", "in occupied" """,
    regex.I | regex.X,
)
# A side named as the other party: "fighting against Ukrainian forces", "fire from Lebanon".
_OPPONENT_BEFORE = regex.compile(
    rf"""(?r)\b(?:{alternation(words.OPPONENT_WORDS, tree=False)}
      |by\s+(?:\w+\s+){{0,2}}from|by                                      # "fire by militants from"
      |(?:{alternation(words.CONFLICT_NOUNS, tree=False)})\s+with)         # "clashes with"
    \s+(?:the\s+)?$""",
    regex.I | regex.X,
)
# A side that acts against another, and the target of an attack: "the aggression of Israel against Iran".
_AGAINST_AFTER = regex.compile(r"^(?:['’]s)?\s+(?:[\w-]+\s+){0,2}?against\s+(?:the\s+)?[A-Z]")
_TARGET_BEFORE = regex.compile(
    rf"(?r)\b(?:{alternation(words.ATTACK_WORDS, tree=False)})\s+(?:[\w'’-]+\s+){{0,6}}?against\s+(?:the\s+)?$",
    regex.I,
)
# A side named as an organisation, not as people: "Russia's Security Council", "Russian news agencies".
_BODY_AFTER = regex.compile(
    rf"^(?:['’]s)?\s+(?:[\w-]+\s+){{0,1}}?(?:{alternation(words.BODY_WORDS)})\b",
    regex.I,
)

_AND = regex.compile(r"\band\b")
_AND_BETWEEN = regex.compile(r"\s+and\s+|,\s+(?:and\s+)?")  # "Mali, Burkina Faso and Niger"


_LEAVING = regex.compile(
    r"\b(?:withdraw\w*|pull(?:ed|ing|s)?\s+out|evacuat\w+|expel\w*|leav\w+|left|exit\w*)\b", regex.I
)
_UN_NAMED = regex.compile(r"\b(?:UN|U\.N\.|United\s+Nations)\b")
UN_FORCE = "United Nations?"  # a UN force unless the clause before names a country: resolved by the reader
# A phrase with a noun of its own, not a bare "2,700" or "2,700 wounded"
_NOUN = regex.compile(r"\b(?!(?:wounded|injured|killed|dead|hurt|more|others|of|them)\b)[A-Za-z]{3,}", regex.I)
_ORIGIN = regex.compile(r"^\s*(?:from|of)\s+([^,;.]{0,60})")  # "troops from North Korea"
_CIVILIAN_PLACE = regex.compile(r"^\s*(?:from|in|of)\s+([^,;.]{0,60})")  # "people in Lebanon"


def side_of_phrase(phrase: str, rest: str, people: bool, before: str = "") -> str | None:
    """The side named in a figure's own noun phrase, or in the place right after it.

    ``rest`` is the text after the phrase; "in X" counts only for civilians (``people``),
    since soldiers "in Syria" are not Syria's, and "from X" is a place, not an origin, after
    a withdrawal (``before``: "the withdrawal of 2,400 soldiers from Mali").

    >>> side_of_phrase("300 North Korean soldiers", " have been killed", people=False)
    'North Korea'
    >>> side_of_phrase("4,047 people", " in Lebanon and wounded 16,638", people=True)
    'Lebanon'
    >>> side_of_phrase("11,000 troops", " from Russia's ally North Korea have", people=False)
    'North Korea'
    """
    named = [SIDE_OF[m.group()] for m in SIDE_NAME.finditer(phrase)]
    labelled = LABELLED.search(before[-LABEL_WINDOW:])
    if labelled and not named:
        named = [SIDE_OF[labelled["name"]]]  # "Spain (about 600)"
    serving = _SERVING.match(rest) or _IN_MISSION.match(rest)
    if serving and (not people or _NOUN.search(phrase)) and _served_side(serving.group("force")):
        return _served_side(serving.group("force"))  # "Colombian volunteers fighting for Ukraine"
    if _UN.search(phrase):
        if named and national_contingent(phrase) and not names_un_mission(rest[:80]):
            return named[-1]  # "Three Russian peacekeepers": a state's own, unless the article speaks of a UN mission
        return UN_FORCE  # peacekeepers are the UN's, unless the clause before names their country
    if len(set(named)) > 1 and _AND.search(phrase):
        return MIXED
    if named:
        return named[-1]
    place = (_CIVILIAN_PLACE if people else _ORIGIN).match(rest)
    if place and not _LEAVING.search(before[-80:]):
        area = place.group(1)
        mentions = [m for m in SIDE_NAME.finditer(area) if not _AGENT_AFTER.match(area[m.end() :])]
        plain = [m for m in mentions if not m.group().endswith(("'s", "’s"))]
        if plain:
            return SIDE_OF[plain[0].group()]  # "troops from Russia's ally North Korea"
        if mentions:
            return SIDE_OF[mentions[-1].group()]
    return None


# Whom foreign fighters serve: "volunteers fighting for Ukraine", "troops serving with the UN mission",
# "mercenaries in the ranks of the Russian army".
_SERVING = regex.compile(
    rf"\s*,?\s*(?:(?<=,\s*)[a-z]+\s+(?=(?:{alternation(words.SERVING_VERBS)})\b))?"  # "..., mercenaries fighting for"
    rf"(?:who\s+(?:were|are|had\s+been|have\s+been)\s+)?(?:had\s+been\s+|have\s+been\s+|were\s+)?"
    rf"(?:{alternation(words.SERVING_VERBS)}|recruited\s+(?:by\s+[^,;.]{{1,40}}?\s+)?to\s+(?:fight|serve))\s+"
    r"(?:for|with|alongside|in\s+the\s+ranks\s+of|in)\s+(?P<force>(?:the\s+)?[^,;.]{1,50})",
    regex.I,
)
# A contingent in a mission, the verb of serving left out: "seven of them serving with SAMIDRC and two with MONUSCO",
# "some 1,200 of them in MONUSCO".
_IN_MISSION = regex.compile(
    r"\s*,?\s*(?:of\s+them\s+|(?:troops|soldiers|personnel)\s+)?(?:with|in)\s+(?:the\s+)?(?P<force>"
    + alternation([name for name in (*UN_FORCES, *REGIONAL_MISSIONS) if name.isupper()])
    + r")\b"
)


def serving_side(rest: str) -> str | None:
    """The side the people before ``rest`` fight or serve for: ", mercenaries fighting for the RSF"."""
    serving = _SERVING.match(rest)
    return _served_side(serving.group("force")) if serving else None


def _served_side(force: str) -> str | None:
    """The side of the force foreign fighters serve: a UN mission, or the first side named."""
    if _UN.search(force) or _UN_NAMED.search(force):
        return "United Nations"
    named = SIDE_NAME.search(force)
    return SIDE_OF[named.group()] if named and not PLACE_BEFORE.search(force, 0, named.start()) else None


def side_in_context(
    text: str,
    start: int,
    end: int,
    claimant_spans: list[tuple[int, int]],
    people: bool,
    possessive: bool,
    force: bool = False,
    window_start: int = 0,
) -> str | None:
    """The side the sentence gives a figure at ``text[start:end]`` when its own words do not.

    ``people`` says the figure counts civilians, whose side is the place they are in; ``force``
    that it counts troops, whose force ("UNIFIL has 10,000 troops") is their side. Only names
    after ``window_start`` are read before the figure.

    >>> side_in_context("Russian forces suffered 429,660 casualties in Ukraine.", 24, 42, [], False, False)
    'Russia'
    """

    def claimants(match) -> bool:
        return _in_claimant(text, match, claimant_spans)

    def usable(match) -> bool:
        return _usable(text, match, people)

    left = [m for m in SIDE_NAME.finditer(text, window_start, start)]
    sufferer = sufferer_side(text, window_start, start, claimants, usable)
    if sufferer and not possessive:
        return sufferer
    if possessive and left:
        speaker = [m for m in left if claimants(m)]  # "Russia said 5,937 of its soldiers ...": the speaker's own
        return SIDE_OF[(speaker or left)[-1].group()]
    un = [m for m in _UN.finditer(text, window_start, start)] if force else []
    for match in reversed(left):
        if not claimants(match) and usable(match):
            if un and un[-1].start() > match.start():
                return "United Nations"
            if _joined_to_other_side(text, match):
                return MIXED
            return SIDE_OF[match.group()]
    if un:
        return "United Nations"
    return None


_ACRONYM_AFTER_NAME = regex.compile(r"\s*\(\s*")


def _in_claimant(text: str, match, claimant_spans: list[tuple[int, int]]) -> bool:
    """Whether a name is a claimant's, or its acronym in parentheses: "The ... Army (MNDAA) said"."""
    return any(
        s <= match.start() < e or (e <= match.start() and _ACRONYM_AFTER_NAME.fullmatch(text, e, match.start()))
        for s, e in claimant_spans
    )


def un_named_before(text: str, position: int) -> bool:
    """Whether the UN or one of its missions is named before ``position``."""
    return bool(_UN_NAMED.search(text, 0, position) or _UN.search(text, 0, position))


def side_after(text: str, end: int, claimant_spans: list[tuple[int, int]], people: bool) -> str | None:
    """The first side the sentence names after a figure, skipping claimants, attackers and places.

    Weaker than what comes before the figure or what its claimant speaks for.
    >>> side_after("At least 80 people were killed when US air strikes hit Yemen's port.", 18, [], people=True)
    'Yemen'
    """
    boundary = CLAUSE_AFTER.search(text, end)
    stop = boundary.start() if boundary else len(text)
    next_number = _NEXT_NUMBER.search(text, end, stop)  # "6 policemen and 31 Hezbollah fighters": not the 6's
    while people and next_number and _SAME_PEOPLE.match(text, next_number.end()):  # "... and 46 others ... in Iran"
        next_number = _NEXT_NUMBER.search(text, next_number.end(), stop)
    for match in SIDE_NAME.finditer(text, end, next_number.start() if next_number else stop):
        if _in_claimant(text, match, claimant_spans):
            continue
        if _usable(text, match, people):
            return SIDE_OF[match.group()]
    return None


_NEXT_NUMBER = regex.compile(  # not a stretch of time: "the 12-day aggression of ..."
    rf"\b(?!\w+-(?:hour|day|week|month|year)\b)(?:\d|(?:{alternation([*UNITS, *TENS])})\b)", regex.I
)
_SAME_PEOPLE = regex.compile(r"[\d,.]*(?:\s+(?:hundred|thousand))*\s+(?:others|more)\b", regex.I)
# Where the words about a figure end: a relative clause or a comparison (", which would make it second").
CLAUSE_AFTER = regex.compile(r",\s*(?:which|who|whereas|while)\b|;|\bthan\b|\bcompared\s+(?:with|to)\b")


def _usable(text: str, match, people: bool) -> bool:
    after, before = text[match.end() :], text[max(0, match.start() - 80) : match.start()]
    target = people and _TARGET_BEFORE.search(before)  # people hit by "strikes against Iran" are Iran's
    agent = _AGENT_AFTER.match(after) or _AGAINST_AFTER.match(after)  # "the aggression of Israel against Iran"
    if agent or _BODY_AFTER.match(after) or (_OPPONENT_BEFORE.search(before) and not target):
        return False
    if _NEIGHBOUR_AFTER.match(after) or _NEIGHBOUR_BEFORE.search(before):
        return False  # "near the Ukrainian border", "a region which borders Ukraine": a neighbour, not whose people
    if _PROPER_NAME_AFTER.match(after) and not match.group().endswith(("'s", "’s")) or inside_a_name(text, match):
        return False  # "the Saudi Maternity Hospital" is a name, not whose people
    if not people and (_PLACE_AFTER.match(after) or (PLACE_BEFORE.search(before) and not _SIDE_WORD.match(after))):
        return False  # soldiers "in Syria" are not Syria's; civilians "in Lebanon" are Lebanon's
    return True


def claimant_side(text: str, start: int, claimant_spans: list[tuple[int, int]], own_forces: bool = False) -> str | None:
    """The side named in a claimant's own name before a figure: a guess, used after the sentence's own words.

    "the German defence ministry said the 4,800-strong brigade ..." gives Germany. With
    ``own_forces`` only a military or government speaking of soldiers counts ("Israel's
    military said five soldiers were wounded").

    >>> claimant_side("Israel's military said five soldiers were wounded.", 23, [(0, 17)], own_forces=True)
    'Israel'
    """
    for match in SIDE_NAME.finditer(text, 0, start):
        span = next(((s, e) for s, e in claimant_spans if s <= match.start() < e), None)
        if span and (_LOCATED_IN.search(text, span[0], match.start()) or inside_a_name(text, match)):
            continue  # "Researchers at Ghent University in Belgium": where they work, not whose people
        if span and (not own_forces or _OWN_FORCES_SPEAKER.search(text, span[0], span[1])):
            return SIDE_OF[match.group()]
    return None


_LOCATED_IN = regex.compile(r"(?r)\b(?:in|at|from|near|based\s+in)\s+$")


def side_named(claimant: str) -> str | None:
    """The side a claimant is, when its name is just a side's name ("The Houthis", "Pakistan").

    >>> side_named("The Houthis"), side_named("the Lithuanian defence ministry")
    ('Houthis', None)
    """
    return SIDE_OF.get(LEADING_THE.sub("", claimant.strip()))


def speaker_side(claimant: str) -> str | None:
    """The country a claimant speaks for, when it is that country's military or government.

    >>> speaker_side("Pakistan's military")
    'Pakistan'
    >>> speaker_side("Human Rights Watch") is None
    True
    >>> speaker_side("Pakistan")  # a country itself: its government speaking
    'Pakistan'
    """
    named = side_named(claimant)
    if named and named not in INSURGENT_GROUPS:
        return named  # "Pakistan said ...": its government; an armed group's toll may count others
    if not _OWN_FORCES_SPEAKER.search(claimant):
        return None
    first = next((m for m in SIDE_NAME.finditer(claimant) if not inside_a_name(claimant, m)), None)
    return SIDE_OF[first.group()] if first else None


# Claimants that speak for their own country's forces.
_OWN_FORCES_SPEAKER = regex.compile(
    r"\b(?:military|army|armed\s+forces|defen[cs]e\s+ministry|ministry\s+of\s+defen[cs]e|general\s+staff|"
    r"defen[cs]e\s+forces|navy|air\s+force|government|health\s+minist(?:ry|er)|ministry\s+of\s+(?:public\s+)?health|"
    r"authorities|"
    r"ombudsman|commanders?|officers?|police|interior\s+ministry|ministry\s+of\s+(?:the\s+)?interior|border\s+guards?|civil\s+defen[cs]e|"
    r"emergenc(?:y|ies)\s+(?:services?|ministry))\b",
    regex.I,
)


def _joined_to_other_side(text: str, match) -> bool:
    """'Ukrainian and Russian soldiers', 'Ukraine and Russia ... exchange': two sides at once."""
    for other in SIDE_NAME.finditer(text, max(0, match.start() - 40), min(len(text), match.end() + 40)):
        if other.start() == match.start() or SIDE_OF[other.group()] == SIDE_OF[match.group()]:
            continue
        between = text[min(other.end(), match.end()) : max(other.start(), match.start())]
        if _AND_BETWEEN.fullmatch(between):
            return True
    return False


def side_counts(text: str, title: str = "") -> dict[str, int]:
    """How often an article names each side, in the order first named; the title counts three
    times and the opening paragraph twice, since they say what the story is about."""
    counts: dict[str, int] = {}
    lead = text.find("\n\n", 200)
    for source, weight in ((title, 3), (text[: max(lead, 0)], 2), (text, 1)):
        for match in SIDE_NAME.finditer(source):
            if _AGENT_AFTER.match(source[match.end() : match.end() + 60]) or _NEIGHBOUR_AFTER.match(
                source[match.end() : match.end() + 30]
            ):
                continue  # "a Russian missile strike" names the attacker, "the Ukrainian border" a neighbour
            if inside_a_name(source, match):
                continue
            side = SIDE_OF[match.group()]
            counts[side] = counts.get(side, 0) + weight
    return counts


def most_named(
    counts: dict[str, int], among: tuple[str, ...] | None = None, leaving_out: tuple[str, ...] = ()
) -> str | None:
    """The side ``side_counts`` counted most (the first named on a tie), among ``among`` and not ``leaving_out``.

    The pipeline asks for three: the side an article is about (figures nothing else places), the
    country (civilians: insurgent groups left out) and the insurgent group (whose "militants").

    >>> most_named(side_counts("Sudan's army said ... in Sudan, where the Sudanese ..."))
    'Sudan'
    >>> counts = side_counts("RSF fighters held the road. RSF fighters killed 200 people in Sudan, the RSF said.")
    >>> most_named(counts), most_named(counts, leaving_out=INSURGENT_GROUPS)
    ('RSF', 'Sudan')
    >>> most_named(side_counts("Somalia's army killed 200 al-Shabaab fighters."), among=INSURGENT_GROUPS)
    'al-Shabaab'
    >>> most_named(side_counts("Russia and Ukraine swapped prisoners."), among=INSURGENT_GROUPS) is None
    True
    """
    kept = {side: n for side, n in counts.items() if (among is None or side in among) and side not in leaving_out}
    if not kept:
        return None
    best = max(kept.values())
    return next(side for side, count in kept.items() if count == best)
