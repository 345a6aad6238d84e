"""Cues in a sentence that change whose people a figure counts, beyond the names around it.

``sides`` finds the names; these say when none of them is the figure's side or which one is:
people spread over several sides ("530 people on both sides"), a sentence that opens on a place
("In Ukraine's Sumy region, ..."), a speaker who killed or holds those counted ("the army said
it killed 45 militants"), and people of no one nation (migrants, a merchant ship's crew).
"""

from __future__ import annotations

import regex

from .lexicon import sides as words
from .lexicon.bodies import CAPITALS
from .lexicon.numbers import UNITS
from .lexicon.places import SIDES
from .patterns import alternation
from .sides import (
    CLAUSE_AFTER,
    LABEL_WINDOW,
    LABELLED,
    PLACE_BEFORE,
    SIDE_NAME,
    SIDE_OF,
    last_un_mission,
    names_un_mission,
)

_TWO_TO_TWELVE = alternation(word for word, value in UNITS.items() if 2 <= value <= 12)
# The words after a figure that spread its people over several sides: "530 people on both sides",
# "212 aid workers worldwide", "33 migrants from several countries", "175 prisoners each".
_SEVERAL_SIDES_AFTER = regex.compile(
    rf"""\s*each\b
    | [^.;]{{0,80}}?\b(?:on\s+(?:both|each|either)\s+sides?|from\s+both\s+sides
      | {alternation(words.WORLDWIDE_WORDS)}                                  # "worldwide", "across the globe"
      | (?:from|of)\s+(?:{alternation(words.SEVERAL_WORDS)}|\d+|{_TWO_TO_TWELVE})    # "from several", "of 12"
        \s+(?:other\s+)?(?:{alternation(words.NATION_NOUNS)}))\b""",
    regex.I | regex.X,
)
# The words before a figure that make it several sides': "the two sides released 1,000 detainees",
# "each side is to hand over 6,000 bodies", "a 5,000-troop joint force".
_SEVERAL_SIDES_BEFORE = regex.compile(
    rf"""(?r)\b(?:(?:the\s+two|both)\s+(?:{alternation(words.PARTY_NOUNS, tree=False)})|each\s+side
      | (?:{alternation(words.JOINT_WORDS, tree=False)})\s+(?:[\w-]+\s+){{0,2}}?     # "joint", then up to two words
        (?:{alternation(words.JOINT_FORCE_NOUNS, tree=False)}))                      # "force", "mission"
    \b[^.;:]{{0,80}}$""",
    regex.I | regex.X,
)
_SIDE_LIST = regex.compile(r"(?:,\s*|\s+and\s+|,\s*and\s+)")


def spans_several_sides(text: str, start: int, end: int) -> bool:
    """Whether the words around a figure at ``text[start:end]`` spread its people over several sides.

    >>> spans_several_sides("The fighting has killed 530 people on both sides.", 24, 34)
    True
    >>> spans_several_sides("1,700 soldiers have died in attacks across Mali, Niger and Chad.", 0, 14)
    True
    >>> spans_several_sides("The two sides released 1,000 detainees.", 23, 38)
    True
    >>> spans_several_sides("1,700 soldiers have died in attacks in Mali.", 0, 14)
    False
    """
    if _SEVERAL_SIDES_AFTER.match(text, end) or _SEVERAL_SIDES_BEFORE.search(text, max(0, start - 120), start):
        return True
    boundary = CLAUSE_AFTER.search(text, end)
    names = list(SIDE_NAME.finditer(text, end, boundary.start() if boundary else len(text)))
    for first, second in zip(names, names[1:], strict=False):
        joined = _SIDE_LIST.fullmatch(text, first.end(), second.start())
        if joined and SIDE_OF[first.group()] != SIDE_OF[second.group()] and PLACE_BEFORE.search(text, 0, first.start()):
            return True  # "across Mali, Niger and Chad"; not "as Pakistani and Afghan forces traded fire"
    return False


# A sentence that opens on a place: "In Ukraine's Sumy region, ...", "Across the border in Russia, ...".
_OPENING_PLACE = regex.compile(
    r"^(?:And\s+|Meanwhile,?\s+|Elsewhere,?\s+|Further\s+\w+,?\s+)?(?:(?:Across|Over)\s+the\s+border\s+)?"
    r"(?:in|inside|across|near|at)\s+(?P<place>[^,.;]{1,60}),",
    regex.I,
)


def opening_side(text: str) -> str | None:
    """The side named by a place a sentence opens on, whose civilians its figures count.

    >>> opening_side("In Russia's Kursk region, which borders Ukraine, two men died in a drone strike.")
    'Russia'
    >>> opening_side("In a statement, the army said 40 soldiers died.") is None
    True
    """
    opening = _OPENING_PLACE.match(text)
    if opening is None:
        return None
    named = SIDE_NAME.search(text, opening.start("place"), opening.end("place"))
    return SIDE_OF[named.group()] if named else None


def opening_side_of(text: str, subject: str) -> str | None:
    """The side of the place a sentence opens on when ``subject`` comes right after it: "In Israel, the Prime
    Minister's Office said ..." names the office's country.

    >>> opening_side_of("In Israel, the Prime Minister's Office said 28 died.", "the Prime Minister's Office")
    'Israel'
    """
    opening = _OPENING_PLACE.match(text)
    if opening is None or not text[opening.end() :].lstrip().startswith(subject):
        return None
    return opening_side(text)


# The speaker did the killing or the capturing: "the army said it killed 45 militants", "Russia said
# its forces had taken 140 prisoners"; those counted are the speaker's enemies, not its people.
_CLAIMANT_AGENT = regex.compile(
    rf"""(?:^|\b)(?:it|they|we
      | its\s+(?:[\w-]+\s+){{0,2}}?(?:{alternation((*words.AGENT_FORCES, *words.AGENT_ARMS))})   # "its own jets"
      | their\s+(?:[\w-]+\s+){{0,2}}?(?:{alternation(words.AGENT_FORCES)})                    # "their fighters"
      | (?:our|my)\s+(?:{alternation((*words.AGENT_FORCES, *words.UNIT_NOUNS))}))                # "our battalion"
    \s+(?:had\s+|has\s+|have\s+|also\s+|reportedly\s+)*
    (?:{alternation(words.AGENT_VERBS)})\b[^.;]*$""",
    regex.I | regex.X,
)


_AGENT_WINDOW = 100  # characters before a figure where "it killed", "its fighters took" may stand
# Captives a claimant holds are its enemies ("the army said 140 fighters had surrendered"); hostages and
# abductees are its own people ("the government said 30 hostages were still held").
_TAKEN_FROM_HOME = regex.compile(r"\b(?:hostages?|abduct\w*|kidnap\w*|taken\s+captive)\b", regex.I)


def held_by_claimant(text: str, subject: str) -> bool:
    """Whether captives counted in ``text`` are prisoners taken from the enemy rather than hostages.

    >>> held_by_claimant("The army said 140 fighters had surrendered.", "fighters")
    True
    >>> held_by_claimant("The government said 30 hostages were still held.", "hostages")
    False
    """
    return not _TAKEN_FROM_HOME.search(subject) and not _TAKEN_FROM_HOME.search(text)


def killed_by_speaker(text: str, start: int, claimant_spans: list[tuple[int, int]]) -> bool:
    """Whether a pronoun for the speaker did to the figure's people what it counts, in the clause before
    ``start``: "the army said it killed 45 militants", "Its fighters overran the post and killed 15 soldiers, a
    spokesman said". Those counted are the speaker's enemies.

    >>> killed_by_speaker("The Nigerian army said it killed 45 militants.", 33, [(0, 18)])
    True
    >>> killed_by_speaker("The Nigerian army said 45 soldiers were killed.", 23, [(0, 18)])
    False
    """
    before = [end for begin, end in claimant_spans if end <= start]
    window = max(before[-1] if before else 0, start - _AGENT_WINDOW)
    return _CLAIMANT_AGENT.search(text, window, start) is not None


# People whose nationality a story seldom gives and who are seldom of one: a merchant ship's crew,
# migrants, passengers. Without a demonym of their own they are nobody's side, wherever they died.
_MIXED_COMPANY = regex.compile(r"\b(?:seafarers|migrants?|asylum[\s-]seekers?|passengers)\b", regex.I)
_CREW = regex.compile(r"\b(?:crews?|crew\s*members?|crewmen)\b", regex.I)
_SEAMEN = regex.compile(r"\b(?:sailors?|seamen|mariners)\b", regex.I)
_ANY_COMPANY = regex.compile(
    rf"{_MIXED_COMPANY.pattern}|{_CREW.pattern}|{_SEAMEN.pattern}", regex.I
)  # one cheap look before the three
_MERCHANT_SHIP = regex.compile(
    rf"\b(?:{alternation(words.MERCHANT_WORDS)})\s+(?:{alternation(words.SHIP_NOUNS)})s?"  # "cargo vessels"
    rf"|\b(?:{alternation(words.MERCHANT_SHIPS)})s?\b",  # "tankers"
    regex.I,
)
# A military craft's crew is its state's: "the crew of the downed Il-76", "a warship's crew".
_MILITARY_CRAFT = regex.compile(rf"\b(?:{alternation(words.MILITARY_CRAFT)})s?\b", regex.I)


def of_mixed_company(subject: str, sentence: str) -> bool:
    """Whether ``subject`` counts migrants, passengers or a merchant crew and names no side of its own.

    >>> of_mixed_company("crew members", "Two crew members of a grain freighter died.")
    True
    >>> of_mixed_company("crew members", "The helicopter's two crew members died.")
    False
    >>> of_mixed_company("Filipino seafarers", ""), of_mixed_company("soldiers", "")
    (False, False)
    """
    if not _ANY_COMPANY.search(subject) or SIDE_NAME.search(subject):
        return False
    if _SEAMEN.search(subject) and _MERCHANT_SHIP.search(sentence):
        return True  # "attacked 100 merchant ships, killing four sailors"
    return bool(_MIXED_COMPANY.search(subject) or (_CREW.search(subject) and not _MILITARY_CRAFT.search(sentence)))


_CONTINGENTS = regex.compile(
    r"\bcontingents\b|\bfrom\s+(?:[\w-]+\s+){0,2}(?:countries|nations)\b|\btroop[\s-]+contribut|\bcontributing\s+countries",
    regex.I,
)
_MISSION = regex.compile(r"\b(?:mission|peacekeeping\s+force|stabili[sz]ation\s+force)\b", regex.I)
_MISSION_REACH = 600
_ANAPHORIC = regex.compile(r"(?r)\b(?:the|its|this|that|a|an|whose)\s+(?:[a-z]+\s+)?$", regex.I)
_AU_MISSION = regex.compile(rf"(?<![\w-])(?:{alternation(SIDES['African Union'], any_space=False)})(?![\w-])")


def mission_of_contingents(sentence: str, start: int, article: str) -> str | None:
    """The organisation whose mission a list of national contingents belongs to: "The largest contingents
    come from Pakistan (1,964), India (1,837)" in a story about a UN or African Union mission; None for
    other lists (a NATO battlegroup's contributors keep their countries)."""
    if not (
        _CONTINGENTS.search(sentence, 0, start) and LABELLED.search(sentence[max(0, start - LABEL_WINDOW) : start])
    ):
        return None
    at = article.find(sentence)
    before = article[max(0, at - _MISSION_REACH) : at + start] if at >= 0 else sentence[:start]
    # the mission named last before the list: "The Kenyan-led MSS mission ... Its contingents" is no UN one
    last = {
        "African Union": max((m.end() for m in _AU_MISSION.finditer(before)), default=-1),
        "United Nations": last_un_mission(before),
        None: max((m.end() for m in _MISSION.finditer(before) if _other_mission(before, m)), default=-1),
    }
    if max(last.values()) >= 0:
        return max(last, key=lambda side: last[side])
    if _AU_MISSION.search(article):
        return "African Union"
    return "United Nations" if names_un_mission(article) else None


def _other_mission(text: str, mission: regex.Match) -> bool:
    """Whether a mission is named here, and not as the UN's or the AU's ("the Kenyan-led Multinational Security
    Support (MSS) mission"); "the mission's figures" only refers back to one named before."""
    if _ANAPHORIC.search(text, max(0, mission.start() - 30), mission.start()):
        return False
    named = text[max(0, mission.start() - 80) : mission.end()]
    return not (_AU_MISSION.search(named) or names_un_mission(named))


# A dateline naming one city: "SEOUL (Sample Wire) -", "WASHINGTON, Aug 18, 2023 -".
_DATELINE = regex.compile(r"^(?P<place>[A-Z][A-Z .'/-]{2,30}?)(?:\s*\([^)]*\)|,[^-–—\n]{0,30})?\s*[-–—]\s", regex.M)
_DATELINE_WITHIN = 800  # a dateline opens the story's first paragraph


def dateline_side(text: str, counts: dict[str, int]) -> str | None:
    """The side of the city a story is datelined in ("TEHRAN -"), when the story is about that country, not
    filed from a bureau: it names the side three times or more, and at least a quarter as often as any other.

    >>> dateline_side("TEHRAN - Iran said ...", {"Iran": 4, "Israel": 5})
    'Iran'
    >>> dateline_side("JERUSALEM - ...", {"Israel": 1, "Palestine": 9}) is None
    True
    """
    dateline = _DATELINE.search(text, 0, _DATELINE_WITHIN)
    if not dateline:
        return None
    place = dateline["place"].strip().title()
    where = SIDE_OF.get(place) or CAPITALS.get(place)
    return where if counts.get(where, 0) >= 3 and counts[where] * 4 >= max(counts.values()) else None


# A country's figure on a line of its own, as troop-contribution lists print them: "Uganda (4,500)".
# A line may list several: "Canada (about 2,200), Spain (610) and Iceland (2)."
_LABEL_ITEM = r"[A-Z][\w .'’-]{1,40}?\s*\(\s*(?:[a-z]+\s+){0,2}\d[\d,. ]*(?:\s+[a-z]+)?\s*\)"
_LABELLED_LINE = regex.compile(
    rf"^\s*(?:[-–—•*·]\s*)?{_LABEL_ITEM}(?:\s*(?:[,;]|,?\s+and)\s+{_LABEL_ITEM})*\s*[,;.]?\s*$"
)


def labelled_line(text: str) -> bool:
    """Whether a line is countries' figures in brackets and nothing else: "Uganda (4,500)", "- Chad (about 900)",
    "Spain (610), Poland (250) and Iceland (2)."

    >>> labelled_line("Uganda (4,500)"), labelled_line("Uganda sent 4,500 troops (AU figures).")
    (True, False)
    >>> labelled_line("Spain (610), Poland (250) and Iceland (2).")
    True
    """
    return bool(_LABELLED_LINE.match(text))
