"""The category cues as patterns, built from the lexicon's word tables (``lexicon/categories.py``).

The lexicon holds plain words; this module puts them in the constructions they take (an
auxiliary before "signed contracts", a word after "taken" that unmakes it, a gap of a few
words in "suffered serious injuries") and joins each table into one named group per
category. ``build_patterns()`` reads the tables as they are when called, so a word added
once reaches every pattern that needs it; the pipeline reads ``PATTERNS``.
"""

from __future__ import annotations

from dataclasses import dataclass

import regex

from .lexicon import categories as words
from .lexicon.dates import MONTH_ABBREVIATIONS, MONTHS
from .lexicon.numbers import SCALES, TENS, UNITS
from .lexicon.places import SIDES
from .patterns import Phrases, alternation

# Plural demonyms ("Thais", "Ukrainians") name people as well.
_DEMONYM_PLURALS = sorted(
    {name for names in SIDES.values() for name in names if name.endswith(("ans", "is", "ese", "ns"))}
)
# Number words cannot be modifiers of a second head: "eight civilians and five soldiers" is two figures.
_NUMBER_WORDS = alternation([*UNITS, *TENS, *SCALES, "dozen", "dozens", "hundreds", "thousands"])
_PREDICATE_AUXILIARY_VERBS = r"(?:have|has|had|were|was|been)"  # "had signed contracts": the clause's verb
_PRONOUN = r"(?:it|he|she|they)"  # "it said": a pronoun reports on the people counted
MONTH_NAMES = alternation([*MONTHS, *MONTH_ABBREVIATIONS])


def _words(items) -> str:
    return alternation(items)


def _cue_words(cue_words, exceptions: dict[str, tuple[str, ...]]) -> list[str]:
    """Plain cue words first, then each word that a word after it unmakes ("taken", but not "taken place").

    The guarded words come last so that a longer phrase ("taken prisoner") wins over them.
    """
    plain = [word for word in cue_words if word not in exceptions]
    guarded = [
        rf"{alternation([word])}(?!\s+(?:{alternation(exceptions[word])})\b)"
        for word in cue_words
        if word in exceptions
    ]
    return ([_words(plain)] if plain else []) + guarded


def _casualty_pairs() -> str:
    """ "killed or wounded", "deaths and injuries", "killed and seriously wounded"."""
    joiners = alternation(words.PAIR_JOINERS)
    return "|".join(
        rf"(?:{_words(first)})\s+(?:{joiners})\s+(?:(?:been|were|was|are)\s+)?(?:\w+ly\s+)?(?:{_words(second)})"
        for first, second in words.CASUALTY_PAIRS
    )


def _groups(cues: dict[str, list[str]], compound: str) -> str:
    """One named group per category, in the table's order; casualty pairs lead the casualties."""
    groups = []
    for category, fragments in cues.items():
        alternatives = ([compound] if category == "casualties" else []) + fragments
        groups.append(f"(?P<{category}>{'|'.join(alternatives)})")
    return "|".join(groups)


def _predicate_cues() -> dict[str, list[str]]:
    """The predicate table with its constructions ("suffered serious injuries", "in Russian captivity").

    In each category the constructions come first, then the words: the longer match wins.
    """
    cues = {
        category: _cue_words(cue_words, words.PREDICATE_CUE_EXCEPTIONS)
        for category, cue_words in words.PREDICATE_CUES.items()
    }
    cues["wounded"][:0] = [
        rf"(?:{_words(words.INJURY_VERBS)})\s+(?:\w+\s+){{0,2}}(?:{_words(words.INJURY_NOUNS)})",
        rf"(?:{_words(words.TREATMENT_VERBS)})(?:\s+in\s+(?:\w+\s+)?(?:{_words(words.HOSPITAL_NOUNS)}))?"
        rf"\s+for\s+(?:\w+\s+)?(?:{_words(words.INJURY_NOUNS)})",
    ]
    cues["captured"][:0] = [
        # "seven soldiers it had taken prisoner": a relative clause with the captor as subject
        rf"(?:that\s+|whom\s+)?(?:it|they|we)\s+(?:had\s+|has\s+|have\s+)?(?:taken|took)\s+(?:{_words(words.CAPTIVE_NOUNS)})",
        rf"in\s+(?:[\w-]+\s+)?(?:{_words(words.CAPTIVITY_NOUNS)})",
    ]
    cues["deployed"][:0] = [rf"(?:were|are|was|is)\s+(?:[\w-]+\s+){{0,3}}(?:{_words(words.FORCE_PREDICATE_NOUNS)})"]
    cues["enlisted"] = [rf"(?<=\b{_PREDICATE_AUXILIARY_VERBS}\s+)(?:{'|'.join(cues['enlisted'])})"]
    cues["none"][:0] = [rf"(?<!\b{_PRONOUN}\s)(?:{_words(words.SPEECH_VERBS)})"]
    return cues


def _left_cues() -> dict[str, list[str]]:
    """The table of cues before a number with its constructions ("took about 250 hostages", "a city of")."""
    cues = {
        category: _cue_words(cue_words, words.LEFT_CUE_EXCEPTIONS) for category, cue_words in words.LEFT_CUES.items()
    }
    taking = "|".join(_cue_words(words.TAKING_VERBS, words.LEFT_CUE_EXCEPTIONS))
    cues["captured"][:0] = [
        rf"(?:{taking})(?=\s+(?:[\w-]+\s+){{0,2}}$)",  # "took 300", "seizing 12 more": right before the number
        rf"took\s+(?:\w+\s+){{0,3}}?(?:{_words(words.CAPTIVE_NOUNS)})",
    ]
    cues["exchanged"][:0] = [rf"(?:{_words(words.FREEING_VERBS)})\s+(?:\w+\s+)?(?:{_words(words.HELD_NOUNS)})"]
    cues["deployed"][:0] = [rf"number\s+of\s+(?:[\w-]+\s+){{0,2}}(?:{_words(words.FORCE_COUNT_NOUNS)})"]
    cues["enlisted"][:0] = [rf"(?:{_words(words.FORCE_UNITS)})\W{{0,2}}\s+of"]  # "a battalion of 3,000"
    cues["none"][:0] = [
        rf"(?:{_words(words.SETTLEMENTS)})\s+of(?=\s*$)",  # "a city of 300,000", right before the number
        rf"forced\s+(?:\w+\s+)?to\s+(?:{_words(words.FLIGHT_VERBS)})",
    ]
    return cues


def _category_words(role: str, category: str | None = None) -> list[str]:
    """The words of ``lexicon.CATEGORY_WORDS`` that stand in ``role`` (of one category, if given)."""
    return [
        word
        for word, (of, roles) in words.CATEGORY_WORDS.items()
        if role in roles and (category is None or of == category)
    ]


def _described_by() -> str:
    """A participle among a number's modifiers, a group per category: "7,000 captured soldiers"."""
    categories = dict.fromkeys(of for of, roles in words.CATEGORY_WORDS.values() if "modifier" in roles)
    categories.pop("killed", None)  # the dead are read before any predicate
    return "|".join(f"(?P<{category}>{_words(_category_words('modifier', category))})" for category in categories)


@dataclass(frozen=True)
class CuePatterns:
    """Every compiled pattern built from the category tables."""

    direct: regex.Pattern  # category words right after a number: "2,700 injured"
    head: regex.Pattern  # the noun phrase after a number: modifiers and a head noun
    head_greedy: regex.Pattern  # the same with as many modifiers as fit
    noun_after_demonym: regex.Pattern
    predicate: regex.Pattern  # "300 soldiers have been killed"
    predicate_in_parenthesis: regex.Pattern  # "the garrison, including six generals, has surrendered"
    left_cues: regex.Pattern  # the nearest cue before a number: "has killed 50,021"
    dead_word: regex.Pattern  # a modifier that counts the dead: "300 dead soldiers"
    described_by: regex.Pattern  # a participle that describes the people: "7,000 captured soldiers"
    elliptical: regex.Pattern  # a category word alone after a second number: "and 2,700 injured"
    makeup: regex.Pattern  # what a share is a share of: "40% of the dead"
    makeup_before: regex.Pattern  # the same, set before the share: "Most of the casualties, 86 per cent,"
    head_category: dict[str, str]  # what a category noun heading the phrase counts: "deaths" -> killed
    forecast: regex.Pattern  # "thousands could die", "could reach", "projected"
    forecast_before: regex.Pattern  # "deaths may climb to 50,000"
    time_before: regex.Pattern  # a month, a rank, a label or a currency sign before a number
    money_after: regex.Pattern  # a currency after a number


def build_patterns() -> CuePatterns:
    """Compile the category patterns from the lexicon's tables as they are now."""
    pairs = _casualty_pairs()
    # a force noun, or any noun for people a force word qualifies: "military builders" (agent nouns in -er, -man)
    force = rf"{_words(words.FORCE_NOUNS)}|(?:{_words(words.FORCE_QUALIFIERS)})\s+(?:[a-z-]+\s+)?[a-z-]+(?:ers|men)"
    people = _words([*words.PEOPLE_NOUNS, *_DEMONYM_PLURALS])
    things = _words([*words.NON_PEOPLE_NOUNS, *words.CURRENCIES])
    stops = alternation(words.NOUN_PHRASE_STOPS)
    head = _head_pattern(force, people, things, stops)
    auxiliaries = f"{_words(words.PREDICATE_AUXILIARIES)}|[a-z]+ly"  # any adverb: "were reportedly killed"
    predicate = _groups(_predicate_cues(), pairs)
    modals, rises = _words(words.FORECAST_MODALS), _words(words.FORECAST_RISE)
    return CuePatterns(
        direct=regex.compile(
            rf"^\s*(?:of\s+(?:them|whom|those|these|the)\s+(?:\w+ly\s+)?)?"  # "2,700 of them injured"
            rf"(?:{_groups({c: [_words(w)] for c, w in words.DIRECT_CUES.items()}, pairs)})\b",
            regex.I,
        ),
        head=regex.compile(head, regex.I | regex.X),
        head_greedy=regex.compile(head.replace("{0,5}?", "{0,5}"), regex.I | regex.X),
        noun_after_demonym=regex.compile(
            rf"\s+(?!(?:prisoners?|captives?|hostages?|detainees?|dead|wounded|injured|killed)\b)"
            rf"(?:{force}|{people}|{things}|{_words(_category_words('head'))})\b",
            regex.I,
        ),
        predicate=regex.compile(_predicate_pattern(auxiliaries, predicate, in_parenthesis=False), regex.X),
        predicate_in_parenthesis=regex.compile(
            _predicate_pattern(auxiliaries, predicate, in_parenthesis=True), regex.X
        ),
        left_cues=regex.compile(rf"\b(?:{_groups(_left_cues(), pairs)})\b", regex.I),
        dead_word=regex.compile(rf"\b(?:{_words(_category_words('modifier', 'killed'))})\b"),
        described_by=regex.compile(rf"\b(?:{_described_by()})\b"),
        elliptical=regex.compile(
            rf"^\s*(?:{_words(_category_words('alone'))})\b(?!\s+(?:have|had|were|was))"  # not "injured were"
        ),
        makeup=regex.compile(
            rf"^\s*of\s+(?:the\s+|all\s+|those\s+|these\s+)?(?:[a-z'’-]+\s+){{0,2}}?"  # "of (the month's) casualties"
            rf"(?:{_words(_category_words('whole'))})\b",
            regex.I,
        ),
        makeup_before=regex.compile(rf"(?r)\b(?:{_words(_category_words('whole'))})\s*,\s*$", regex.I),
        head_category=Phrases({word: of for word, (of, roles) in words.CATEGORY_WORDS.items() if "head" in roles}),
        forecast=regex.compile(
            rf"(?:{modals}|to)\s+{_NOT_NEGATED}(?:{_words(words.FORECAST_HARM)})\b"  # "expected to die"
            rf"|(?:{modals})\s+{_NOT_NEGATED}(?:{rises})\b|\b(?:{_words(words.FORECAST_WORDS)})\b"
            rf"|\b(?:{_words(words.HYPOTHETICAL_MODALS)})\s+(?:\w+\s+)?(?:{_words(words.HYPOTHETICAL_SENDING)})\b",
            regex.I,
        ),
        forecast_before=_forecast_before(modals, rises),
        time_before=regex.compile(
            rf"(?r)(?:\b(?:{alternation([*MONTHS, *MONTH_ABBREVIATIONS], tree=False)})\.?"
            rf"|\b(?:{alternation(words.NON_FIGURE_BEFORE, tree=False)})"
            rf"|\b[A-Z]\w+(?:{alternation(words.UNIT_NAME_ENDINGS)}))\s*$"  # "Panzerbrigade 45": a unit's name
            rf"|(?:{alternation(words.CURRENCY_SIGNS, tree=False)})\s*$|\b(?:aged|at\s+age)\s+$"
        ),
        money_after=regex.compile(rf"^\s*(?:{_words(words.CURRENCIES)}|\$)\b", regex.I),
    )


# One word may stand between a modal and its verb ("could soon reach"), but not a negation: "crews could not
# reach" the wounded is no forecast.
_NOT_NEGATED = r"(?:(?!not\b|never\b)\w+\s+)?"


def _forecast_before(modals: str, rises: str) -> regex.Pattern:
    """A forecast or a hypothesis right before a number: "deaths may climb to", "could lose", "may send another"."""
    return regex.compile(
        rf"(?r)\b(?:(?:{modals})\s+{_NOT_NEGATED}(?:{rises}|{_words(words.FORECAST_TAKING)})"
        rf"|(?:{_words(words.HYPOTHETICAL_MODALS)})\s+(?:\w+\s+)?(?:{_words(words.HYPOTHETICAL_SENDING)}))"
        r"\s+(?:(?:up\s+to|as\s+many\s+as|another|about|some|more\s+than|at\s+least)\s+)?$",
        regex.I,
    )


def _head_pattern(force: str, people: str, things: str, stops: str) -> str:
    """The noun phrase after a number (verbose): "Five Lebanese soldiers", "14 Challenger 2 tanks"."""
    heads = _words(_category_words("head"))
    return rf"""^\s*(?:(?:more|other|additional|further|extra)\s+)?
    (?P<of>of\s+(?:(?:its|their|the|them|his|her|our|whom|those|these)\b\s*(?:\d[\d,]*\s+)?)?)?
    (?:(?:more|other|additional|further|extra)\s+)?
    # modifiers, a model number among them ("14 Challenger 2 tanks")
    (?P<mods>(?:(?!(?:{stops})\b)[A-Za-z][\w'’.-]*\s+|(?<=[A-Z][\w-]*\s)\d{{1,3}}[A-Za-z]?\s+
      |(?<=[A-Z][\w'’-]*\s)\([A-Z][A-Za-z&-]{{1,7}}\)\s+){{0,5}}?)   # "Seven New People's Army (NPA) rebels"
    (?P<head>(?P<force>{force})|(?P<people>{people})
      |(?P<thing>{things})(?!\s+(?!(?:killed|dead|wounded|injured)\b)(?:{force}|{people})\b)  # "port workers"
      |(?P<category>{heads}))\b(?!['’]s\b)   # not an owner: "the convoy's escorts"
    # more heads in a list: "guards, drivers and passers-by"; "soldiers and civilians" (not "and wounded",
    # which is a category of its own)
    (?:(?:,\s+(?-i:(?=[a-z]))(?!(?:{stops}|{_NUMBER_WORDS})\b)(?:{force}|{people})\b){{0,4}}
    ,?\s+(?:and|or)\s+(?!(?:dead|wounded|injured|killed|missing)\b)
      (?:(?!(?:{stops}|{_NUMBER_WORDS})\b)[A-Za-z][\w'’.-]*\s+){{0,2}}?(?:{force}|{people})\b)?
    """


def _predicate_pattern(auxiliaries: str, cues: str, in_parenthesis: bool) -> str:
    """The predicate of a number's noun phrase (verbose), after an optional parenthetical
    (", including 20 children,", "- four locals and a contractor -", "(12 of them children)"), a
    participle that describes the people ("recruited abroad by X", "attached to the convoy"), a
    prepositional phrase ("of the security forces", with no number of its own: "with 212 others
    admitted" is another figure's predicate) and auxiliaries. A number inside a parenthesis reads the
    predicate after its closing comma."""
    closing_comma = r"(?:\s*,)?"
    subject_joined = (
        r"(?:\s+and\s+(?:the|a|an|his|her|their|its)\s+[^,;.\d]{1,40}?(?=\s+(?:were|was|are|is|have|had)\b))?"
    )
    return rf"""^(?:\s*,[^,;]{{1,70}},|\s+[-–—]\s[^–—;]{{1,70}}\s[-–—](?=\s)|\s*\([^()]{{1,70}}\))?
    (?:\s+(?!(?:when|then|been|seen|even|often|given|ten|seven|eleven|between|including|according|during
      |following|regarding|concerning|bringing|being|having|saying|adding)\b)[a-z]+(?:ed|en|ing)\b
      (?:\s+(?!(?:and|or|but|that|when|who|which)\b)[\w'’-]+){{0,6}}?)?   # "recruited abroad by X", "attached to it"
    (?:\s+(?:of|from|in|on|at|with|aboard|inside)\s+   # "in a raid and detained six", "and two soldiers were": no
      (?:(?!\band\s+(?:(?:had|has|have)\s+)?(?:wounded|injured|killed|another|(?:{cues})\b|(?:{_NUMBER_WORDS})\b))
        (?:[^,;.\d\s]++|\s++|\d++(?:st|nd|rd|th)\b)){{0,24}}?)?             # "of the 22nd brigade"
    (?:\s+[-–—]\s[^–—;]{{1,70}}\s[-–—](?=\s)   # "Eleven members of the forces - six from the army - were"
      |\s*,\s+(?:including|among\s+them)\s[^,;]{{1,60}},)?   # "Five members of the unit, including its commander,"
    {closing_comma if in_parenthesis else subject_joined}
    (?:\s+(?:{auxiliaries}))*\s+
    (?:{cues})\b"""


PATTERNS = build_patterns()
