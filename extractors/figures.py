"""What a number in a sentence counts: category, qualifier, unit, subject and side.

For each number mention the category is decided by the first of these that speaks:
1. a category word right after the number ("300 killed", "48,670 casualties");
2. the predicate of the number's noun phrase ("300 soldiers have been killed");
3. the predicate shared with the next coordinated number ("76 soldiers and 45 civilians were killed");
4. the nearest cue before it in the clause ("has killed 50,021 Palestinians");
5. a parallel number just before it ("429,660 casualties, up from 252,940");
6. a noun that names a force ("11,000 troops" is `deployed`).
A number none of these speak for is not a figure.
"""

from __future__ import annotations

from dataclasses import dataclass

import regex

from .lexicon.attribution import ACCORDING_TO, REPORTING_VERBS
from .lexicon.categories import (
    CASUALTY_COMPOUNDS,
    DIRECT_CUES,
    FORCE_NOUNS,
    FORECAST,
    LEFT_CUES,
    MONTHS,
    NON_FIGURE_BEFORE,
    NON_PEOPLE_NOUNS,
    NOUN_PHRASE_STOPS,
    PEOPLE_NOUNS,
    PREDICATE_AUXILIARIES,
    PREDICATE_CUES,
)
from .lexicon.hedges import QUALIFIER_BY_HEDGE
from .lexicon.numbers import SCALES, TENS, UNITS
from .lexicon.places import SIDES
from .numbers import NumberMention
from .patterns import alternation
from .sides import MIXED, UN_FORCE, side_after, side_in_context, side_of_phrase, un_named_before

_SUBSET = regex.compile(r"\s*of\s+(?:them|whom|those)\b")
_OF_POSSESSIVE = regex.compile(r"\s*(?:more\s+)?of\s+(?:its|their|our)\b")
# Patterns anchored at the end ($) carry (?r): the regex module then searches from the end.
_NUMBER_LABEL = regex.compile(r"(?r)(?:^|\s)(?:\w+-)?(?:No|no|number|Number)\.?\s*$")
_ORDINAL_SUFFIX = regex.compile(r"^(?:-|\s)?(?:th|st|nd|rd)\b")
_DEAD_WORD = regex.compile(r"\b(?:dead|killed)\b")
# A participle among a number's modifiers that says what happened to those counted.
_DESCRIBED_BY = regex.compile(
    r"\b(?:(?P<wounded>wounded|injured)|(?P<captured>captured|detained|imprisoned|abducted|kidnapped)|"
    r"(?P<missing>missing))\b"
)
_QUOTES_AS_SPACES = str.maketrans({'"': " ", "“": " ", "”": " "})
# After a participle and its place, the clause's own verb: "captured in Kursk had been handed back".
_THEN_RETURNED = regex.compile(
    r"\s+(?:in|at|near|on|during)\s+[\w'’ -]{1,40}?\s+(?:had|have|has|were|was|are|is)\s+(?:now\s+|also\s+)?"
    r"(?:been\s+)?(?:handed\s+(?:back|over)|returned|released|freed|exchanged|swapped|repatriated)\b"
)
_DEAD_LIST = regex.compile(r"\b(?:dead|killed|victims|fallen|died|deaths|memorial|obituar\w*)\b", regex.I)
# "38 more had been wounded", "four more of its peacekeepers": an addition to the number before
_MORE = regex.compile(r"\s*(?:more|others?|additional|further|extra)\b", regex.I)
_FREED = regex.compile(r"\b(?:former|freed|released|liberated|returning|repatriated)\b", regex.I)
_HELD = regex.compile(r"prisoners?|detainees?|hostages?|captives?|POWs|internees", regex.I)
# Between two coordinated numbers: "76 soldiers and 45 civilians", "200 prisoners in Kherson and 50 in ..."
_COORDINATION = regex.compile(r"(?:\s+(?:of|from|in)\s+[\w'’ -]{1,30}?)?\s*(?:,|and|or|,\s*and)\s*")
_AND_ONLY = regex.compile(r"\s*(?:,\s*)?(?:and\s+)?")
_ENDS_WITH_AND = regex.compile(r"(?r)(?:^|\s)and\s*$")
_SPACES = regex.compile(r"\s+")


_OWN_CLAUSE = regex.compile(r"\b(?:another|including|among|of\s+whom)\b")
_SOURCE_COUNT_BEFORE = regex.compile(r"(?r)\b(?:according\s+to|citing|quoting)\s+$", regex.I)
_AGE_BETWEEN_COMMAS = regex.compile(r"(?r)[A-Z][\w'’-]+,\s*$")
_ONE_IN_BEFORE = regex.compile(r"(?r)\b(?:one|\d+)\s+in\s+$", regex.I)
_TIMES_AFTER = regex.compile(r"^\s*times\b(?!\s+(?:the|as|more|higher|larger|greater|over)\b)", regex.I)
_HURT_BEFORE = regex.compile(r"\b(?:wounded|injured|hurt|killed)\b[^.;,]*$", regex.I)
# "the youngest of those returned was 21 and the oldest 59", "a man aged 45": ages
_AGE_BEFORE = regex.compile(
    r"(?r)\b(?:(?:youngest|oldest)\b[^.;,]{0,40}?(?:\s(?:was|were|is|are))?|aged|"
    r"(?:boy|girl|child|baby|man|woman|son|daughter)\s+of)\s*$",  # "a boy of 8"
    regex.I,
)
_DEFINITE_BEFORE = regex.compile(r"(?r)\b(?:the|these|those|both)\s+$", regex.I)
# "of its roughly 2,400 soldiers": whose they are stands just before the number
_POSSESSIVE_BEFORE = regex.compile(r"(?r)\b(?:its|their|our)\s+(?:[a-z]+\s+){0,2}$")
_BASE_OF_SHARE = regex.compile(
    r"(?r)(?:%|\bper\s*cent|\bpercent)\s+of\s+(?:the|its|their|all\s+the)?\s*(?:[a-z]+\s+)?$"
)
_SUBSET_OPENER = regex.compile(
    r"(?r)\b(?:among\s+(?:them|whom|those)|including|of\s+whom)\s+(?:[\w,-]+\s+){0,4}$", regex.I
)
_LOST = regex.compile(r"lost|lose|loses|losing", regex.I)
_CASUALTY_CONTEXT = regex.compile(r"\b(?:casualt(?:y|ies)|losses|wounded|injured|killed\s+or|dead\s+and)\b", regex.I)
_COUNTRY_LOST = regex.compile(
    rf"(?r)(?<![\w-])(?:{alternation([name for names in SIDES.values() for name in names], tree=False)})\s+"
    r"(?:has\s+|had\s+|have\s+)?(?:already\s+|now\s+)?$"
)
# A reporting verb, or a headline's "Source: claim".
_REPORTED = regex.compile(rf"\b(?:{alternation([*REPORTING_VERBS, *ACCORDING_TO])})\b|^[A-Z][^:.]{{1,40}}:\s")
_CAUSE_BEFORE = regex.compile(r"(?r)\b(?:from|of)\s+(?:[a-z]+\s+)?$")
# Cue words that can be a cause after "from"/"of" ("died from injuries"), unlike "of people killed".
_CAUSE_NOUN = regex.compile(r"injur(?:y|ies)|wounds?|burns|hunger|starvation|disease", regex.I)
_PARTICLE_VERB = regex.compile(r"(?r)\b(?:hand|hands|handed|handing|turn|turns|turned|turning|took|taken|gave)\s+$")
_PLACE_PREPOSITION = regex.compile(r"(?r)\b(?:in|of|from|at)\s+$")  # "in over 300" is no hedge
# A number followed only by a category word shares the hedge of the number before it.
_ELLIPTICAL_CATEGORY = regex.compile(
    r"^\s*(?:killed|wounded|injured|dead|deaths|injuries|casualties|missing)\b(?!\s+(?:have|had|were|was))"
)


def _fragments(items) -> str:
    return alternation(items, literal=False)


_COMPOUND = _fragments(CASUALTY_COMPOUNDS)
_FORCE = _fragments(FORCE_NOUNS)
# Plural demonyms ("Thais", "Ukrainians") name people as well.
_DEMONYM_PLURALS = sorted(
    {regex.escape(name) for names in SIDES.values() for name in names if name.endswith(("ans", "is", "ese", "ns"))}
)
_PEOPLE = _fragments([*PEOPLE_NOUNS, *_DEMONYM_PLURALS])
_NON_PEOPLE = _fragments(NON_PEOPLE_NOUNS)

_STOP = "|".join(NOUN_PHRASE_STOPS)
# Number words cannot be modifiers of a second head: "eight civilians and five soldiers" is two figures.
_NUMBER_WORDS = alternation([*UNITS, *TENS, *SCALES, "dozen", "dozens", "hundreds", "thousands"])


def _groups(cues: dict[str, tuple[str, ...]], compound: str = "") -> str:
    """One named group per category, its cues longest first; casualty compounds lead."""
    groups = []
    for category, patterns in cues.items():
        alternatives = ([compound] if compound and category == "casualties" else []) + [_fragments(patterns)]
        groups.append(f"(?P<{category}>{'|'.join(alternatives)})")
    return "|".join(groups)


# Category words that stand right after a number or its "of them" ("2,700 injured").
_DIRECT = regex.compile(
    rf"^\s*(?:of\s+(?:them|whom|those|these|the)\s+(?:\w+ly\s+)?)?(?:{_groups(DIRECT_CUES, _COMPOUND)})\b", regex.I
)

# The noun phrase after a number: a few modifiers and a head noun.
_HEAD = regex.compile(
    rf"""^\s*(?:(?:more|other|additional|further|extra)\s+)?
    (?P<of>of\s+(?:(?:its|their|the|them|his|her|our|whom|those|these)\b\s*(?:\d[\d,]*\s+)?)?)?
    (?:(?:more|other|additional|further|extra)\s+)?
    # modifiers, a model number among them ("14 Challenger 2 tanks")
    (?P<mods>(?:(?!(?:{_STOP})\b)[A-Za-z][\w'’.-]*\s+|(?<=[A-Z][\w-]*\s)\d{{1,3}}[A-Za-z]?\s+){{0,4}}?)
    (?P<head>(?P<force>{_FORCE})|(?P<people>{_PEOPLE})|(?P<thing>{_NON_PEOPLE})
      |(?P<category>casualt(?:y|ies)|deaths|fatalities|bodies|killings|losses|injuries))\b
    # a second head: "soldiers and civilians" (not "and wounded", which is a category of its own)
    (?:\s+(?:and|or)\s+(?!(?:dead|wounded|injured|killed|missing)\b)
      (?:(?!(?:{_STOP}|{_NUMBER_WORDS})\b)[A-Za-z][\w'’.-]*\s+){{0,2}}?(?:{_FORCE}|{_PEOPLE})\b)?
    """,
    regex.I | regex.X,
)

# The same with as many modifiers as fit, for the text up to a known head noun.
_HEAD_GREEDY = regex.compile(_HEAD.pattern.replace("{0,4}?", "{0,4}"), regex.I | regex.X)
_NOUN_AFTER_DEMONYM = regex.compile(
    rf"\s+(?!(?:prisoners?|captives?|hostages?|detainees?|dead|wounded|injured|killed)\b)"
    rf"(?:{_FORCE}|{_PEOPLE}|{_NON_PEOPLE}|casualt(?:y|ies)|deaths)\b",
    regex.I,
)

# The predicate of a number's noun phrase, after an optional parenthetical (", including
# 20 children,"), a prepositional phrase ("of the security forces") and auxiliaries.
_PREDICATE = regex.compile(
    rf"""^(?:\s*,[^,;]{{1,70}},)?
    (?:\s+(?:of|from|in|on|at|with|aboard|inside)\s+(?:(?!\band\s+(?:\d|wounded|injured|killed|another))[^,;.]){{0,50}}?)?
    (?:\s+and\s+(?:the|a|an|his|her|their|its)\s+[^,;.\d]{{1,40}}?(?=\s+(?:were|was|are|is|have|had)\b))?
    (?:\s+(?:{_fragments(PREDICATE_AUXILIARIES)}))*\s+
    (?:{_groups(PREDICATE_CUES, _COMPOUND)})\b""",
    regex.X,
)
# A number inside a parenthesis ("the garrison, including six generals, has surrendered")
# reads the predicate after the closing comma.
_PREDICATE_IN_PARENTHESIS = regex.compile(
    rf"""^(?:\s*,[^,;]{{1,70}},)?
    (?:\s+(?:of|from|in|on|at|with|aboard|inside)\s+(?:(?!\band\s+(?:\d|wounded|injured|killed|another))[^,;.]){{0,50}}?)?
    (?:\s*,)?(?:\s+(?:{_fragments(PREDICATE_AUXILIARIES)}))*\s+
    (?:{_groups(PREDICATE_CUES, _COMPOUND)})\b""",
    regex.X,
)
_IN_PARENTHESIS = regex.compile(r"(?r)(?:,\s*|\()(?:including|among\s+them|among\s+whom)\s+(?:[\w-]+\s+){0,2}$")

_LEFT_CUES = regex.compile(rf"\b(?:{_groups(LEFT_CUES, _COMPOUND)})\b", regex.I)

_HEDGES = alternation(QUALIFIER_BY_HEDGE, tree=False)  # read backwards: longest first
_HEDGE_BEFORE = regex.compile(rf"(?r)(?:^|(?<=[\s\"“'(]))(?P<hedge>{_HEDGES})[\s\"“']*$", regex.I)
# "Ukraine has about 500,000 troops": a force someone has is its strength.
_POSSESSION_BEFORE = regex.compile(
    rf"(?r)\b(?:has|have|had|having|with|fielded|fields|commands?|commanded)\s+(?:(?:{_HEDGES})\s+)?$", regex.I
)
_HEDGE_AFTER = regex.compile(r"^(?:\s+or\s+(?P<more>more|so)\b|(?P<plus>\+|-plus\b))", regex.I)

_TIME_AFTER = regex.compile(
    rf"^\s*(?:{MONTHS})\b|^\s*(?:a\.m\.|p\.m\.|am\b|pm\b|GMT|UTC|BST)"
    r"|^\s*-?(?:year|month|week|day|hour|minute)s?(?:-old)?\b"
    r"|^\s*(?:years?|months?|weeks?|days?|hours?|decades?)\s+(?:old|ago|earlier|later|after|before|of)\b"
    r"|^\s*ago\b"  # "a year or two ago"
    r"|^\s*(?:,|or|to|and)\s*\d{1,2}\s+years?\s+old\b"  # "they are 45, 50 years old"
    r"|^\s*(?:st|nd|rd|th)\b",
    regex.I,
)
_TIME_BEFORE = regex.compile(
    rf"(?r)(?:\b(?:{MONTHS})\.?|\b(?:{_fragments(NON_FIGURE_BEFORE)}))\s*$|[$£€¥]\s*$|US\$\s*$|\b(?:aged|at\s+age)\s+$"
)
_MONEY_AFTER = regex.compile(
    r"^\s*(?:dollars|euros|pounds|rubles|roubles|hryvnias?|kyat|shekels|yuan|rupees|\$)\b", regex.I
)
_YEAR = regex.compile(r"^(?:1[89]|20)\d\d$")
_FORECAST = regex.compile(FORECAST, regex.I)
# "the toll could reach 1.3 million": a projection stands before the number
_FORECAST_BEFORE = regex.compile(
    r"(?r)\b(?:could|would|will|might|may)\s+(?:\w+\s+)?(?:reach|rise\s+to|climb\s+to|exceed|surpass|top)\s+$", regex.I
)
_MULTIPLIER = regex.compile(
    r"^\s*times\s+(?:the|as|more|higher|larger|greater|bigger|lower|fewer|that|than|over)\b|^\s*-fold\b"
    r"|^\s*(?:confidence|chance|probability|likelihood)\b"  # "a 95% confidence interval" is no share of anyone
    r"|^\s*in\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten|every)\b",  # "one in four casualties": a ratio
    regex.I,
)
_SHARE_OF_MONEY = regex.compile(
    r"^\s*of\s+(?:the\s+|its\s+|their\s+)?(?:[$£€]|US\$|\d[\d.,]*\s*(?:billion|million|bn|m)\b)"
)
# "86 percent of the Gaza Strip": a share of land, not of a force.
_SHARE_OF_LAND = regex.compile(
    r"^\s*of\s+(?:the\s+)?(?:(?:[A-Z][\w'’-]*\s+){1,3}(?:Strip|Bank|region|province|territory|country)|"
    r"(?:its|their|the)\s+(?:territory|land|area|region|country|city|town)|territory|land)\b"
)
_MAKEUP = regex.compile(
    r"^\s*of\s+(?:the\s+|all\s+|those\s+|these\s+)?(?:dead|deaths|killed|casualties|victims|wounded|injured|"
    r"those\s+killed)\b",
    regex.I,
)
_CLAUSE_BREAK = regex.compile(r"[;:]|\s[–—]\s|\b(?:while|whereas|but|although)\b|\.\s")
_ONE_NOT_FIGURE = regex.compile(r"^\s*(?:of|another|way|more\s+time|day|time)\b|^-", regex.I)
# "one of its workers had been killed" counts one (unlike "one of them", a pronoun)
_ONE_OF_THEM_HURT = regex.compile(
    r"^\s*of\s+(?:its|their|his|her|our|the)\s+(?:[\w-]+\s+){1,3}?(?:had\s+been|has\s+been|was|were|is)\s+"
    r"(?:\w+ly\s+)?(?:killed|wounded|injured|captured|detained|abducted|freed|released)\b",
    regex.I,
)


@dataclass
class Reading:
    """A number mention read as a figure, before attribution. Offsets are sentence-relative."""

    mention: NumberMention
    category: str | None
    qualifier: str
    unit: str
    subject: str
    side: str | None
    span_start: int
    span_end: int
    own_cue: bool = False  # the category came from the number's own words or predicate
    head_kind: str | None = None  # "force", "people", "thing" (tanks, km) or "category" (deaths)
    blocked: bool = False  # its predicate says it is no war figure ("600,000 people displaced")
    enlisted: bool = False  # `deployed` because they were made soldiers ("450,000 people mobilised")
    described: bool = False  # its category is an adjective of the people ("22 badly wounded servicemen")
    inherited: bool = False  # its category came from the number before it
    side_after: str | None = None  # the first side named after the figure: a weaker guess
    refers_back: bool = False  # "of its soldiers" with no owner in the sentence: the article's last side
    side_follows: bool = False  # a subset or an elliptical number: its side is the number's before it
    shares_predicate: bool = False  # "76 soldiers and 45 civilians were killed": 76 takes the shared verb


def read_sentence(
    text: str, mentions: list[NumberMention], claimant_spans: list[tuple[int, int]], topic: str | None = None
) -> list[Reading]:
    """Read each number mention of one sentence; returns figures only (non-figures dropped).

    ``topic`` is the category of the figures just before this sentence in the same
    paragraph; a number nothing else speaks for takes it ("that group was made up of
    270 soldiers" after a sentence about an exchange).
    """
    forecast_sentence = bool(_FORECAST.search(text))
    readings = [_read(text, mention, claimant_spans) for mention in mentions]
    figure_like = [r for r in readings if r is not None]
    _share_predicates(text, figure_like)
    for index, reading in enumerate(figure_like):
        if reading.described and not _PREDICATE.match(text[reading.span_end :]):
            # "handed over 22 badly wounded servicemen": what was done to them counts, not their wounds
            done = _left_cue(text, reading, figure_like[index - 1] if index else None)
            if done in ("exchanged", "captured"):
                reading.category = done
        if reading.category is None and not reading.blocked and reading.head_kind != "thing":
            previous = figure_like[index - 1] if index else None
            if not (previous is not None and previous.head_kind == "thing" and reading.head_kind is None):
                reading.category = _left_cue(text, reading, figure_like[index - 1] if index else None)
                if reading.category == "none":
                    reading.category, reading.blocked = None, True
                if reading.category == "enlisted":
                    reading.category, reading.enlisted = "deployed", True
    _inherit_from_parallel(text, figure_like)
    figures = []
    for reading in figure_like:
        if reading.blocked or reading.head_kind == "thing":
            continue
        # a share takes no topic: "about 17% were former prisoners" is make-up, not a loss rate
        inherits_topic = topic and reading.head_kind in ("force", "people", None) and not reading.mention.percent
        if reading.category is None and inherits_topic:
            reading.category = topic
        if reading.category is None and reading.head_kind == "force":
            reading.category = "deployed"
        if reading.category is None:
            continue
        if (
            reading.category == "deployed"
            and reading.head_kind == "people"
            and not reading.mention.strength
            and not reading.enlisted
        ):
            continue
        if reading.mention.percent and reading.category in ("deployed", "exchanged"):
            continue
        if forecast_sentence and (
            _FORECAST.search(text[reading.mention.end :])
            or _FORECAST_BEFORE.search(text, max(0, reading.span_start - 60), reading.span_start)
        ):
            continue
        after = text[reading.mention.end :]
        subset = bool(_SUBSET.match(after))
        if reading.side == UN_FORCE:  # "Russia has had some 2,000 peacekeepers": Russia's, not the UN's
            named = side_in_context(text, reading.mention.start, reading.span_end, claimant_spans, False, False)
            under_un = un_named_before(text, reading.mention.start)  # "whose troops serve with the UN mission"
            reading.side = named if named and named != MIXED and not under_un else "United Nations"
        if reading.side is None and subset:
            reading.side = figures[-1].side if figures else None  # "two of them": the group's side
            reading.side_follows = True
        elif reading.side is None:
            elliptical = (reading.inherited or reading.head_kind is None) and figures
            possessive = bool(_OF_POSSESSIVE.match(after) or _POSSESSIVE_BEFORE.search(text, 0, reading.mention.start))
            reading.side = side_in_context(
                text,
                reading.mention.start,
                reading.span_end,
                claimant_spans,
                reading.head_kind == "people",
                possessive,
                force=reading.head_kind == "force",
                window_start=figures[-1].span_end if elliptical else 0,
            )
            if reading.side is None and elliptical:
                reading.side = figures[-1].side  # "429,660 casualties, up from 252,940"
                reading.side_follows = True
            if reading.side is None:
                reading.side_after = side_after(text, reading.span_end, claimant_spans, reading.head_kind == "people")
            reading.refers_back = possessive and reading.side is None  # "500 of its soldiers"
        if not reading.subject and figures and (reading.inherited or reading.side_follows or subset):
            reading.subject = figures[-1].subject  # "252,940" after "429,660 casualties" counts casualties too
        figures.append(reading)
    _share_qualifiers(text, figures)
    return figures


def _read(text: str, mention: NumberMention, claimant_spans) -> Reading | None:
    before, after = text[: mention.start], text[mention.end :]
    if _is_not_a_figure(mention, before, after, claimant_spans):
        return None
    if (
        mention.percent
        and (_MAKEUP.match(after) or _SHARE_OF_MONEY.match(after) or _SHARE_OF_LAND.match(after))
        or _MULTIPLIER.match(after)
    ):
        return None
    qualifier, span_start = _qualifier(mention, before, after)
    trailing_hedge = _HEDGE_AFTER.match(after)
    if trailing_hedge:  # "100 or more civilians": the noun phrase follows the hedge
        after = after[trailing_hedge.end() :]
        mention_end = mention.end + trailing_hedge.end()
    else:
        mention_end = mention.end
    head = _head(after.translate(_QUOTES_AS_SPACES))  # 'more than 50 Fano "extremists"'
    head_kind = next(k for k in ("force", "people", "thing", "category") if head.group(k)) if head else None
    if head_kind is None and mention.text.lower() in ("one", "a"):
        return None  # "in one case": a lone "one" counts nobody
    if mention.strength:
        head_kind = "force"
    subject_end = mention_end + head.end() if head else mention_end
    category, own = _direct_or_predicate(after, head, in_parenthesis=bool(_IN_PARENTHESIS.search(before[-60:])))
    if head is not None and head["head"].lower() == "names":
        # a list of names counts the dead when the sentence says so ("list of victims holds 8,372 names")
        category, own = ("killed", True) if _DEAD_LIST.search(text) else ("none", False)
    if _BASE_OF_SHARE.search(before[-40:]):
        # "40% of the 1,800 troops were wounded": the troops are the base of the share, not the wounded
        category, own = ("deployed", True) if head_kind == "force" else (None, False)
    reading = Reading(
        mention=mention, category=category, qualifier=qualifier,
        unit="percent" if mention.percent else "people",
        subject=_subject(text[mention_end : subject_end]),
        side=side_of_phrase(
            text[mention.start : subject_end],
            after[head.end() if head else 0 :],
            people=head_kind == "people",
            before=before,
        ),
        span_start=span_start, span_end=max(subject_end, mention.end), own_cue=own, head_kind=head_kind,
    )  # fmt: skip
    if category == "none":
        reading.category, reading.blocked = None, True
    if category == "enlisted":
        reading.category, reading.enlisted = "deployed", True
    reading.described = category == "wounded" and bool(head and _DESCRIBED_BY.search(head.group("mods")))
    if category is None and head_kind == "force" and _POSSESSION_BEFORE.search(before[-40:]):
        reading.category, reading.own_cue = "deployed", True  # "Ukraine has about 500,000 troops"
    if mention.strength:
        reading.category = "deployed"
    return reading


def _head(after: str) -> regex.Match | None:
    """The noun phrase after a number; a noun used as a modifier gives way to the noun after it.

    "Five Lebanese soldiers", "300 civilian men": the heads are "soldiers" and "men".
    """
    head = _HEAD.match(after)
    if head is not None and head.group("head").lower() in ("wounded", "injured", "dead"):
        noun = _HEAD.match(after[head.end() :])
        if noun is not None and (noun.group("people") or noun.group("force")) and not noun.group("of"):
            return _HEAD_GREEDY.match(after[: head.end() + noun.end()])  # "31 wounded Ukrainian prisoners"
    if head is not None and (head.group("people") or head.group("force")):
        noun = _NOUN_AFTER_DEMONYM.match(after, head.end())
        if noun is not None:
            return _HEAD_GREEDY.match(after[: noun.end()])
    return head


def _is_not_a_figure(mention: NumberMention, before: str, after: str, claimant_spans) -> bool:
    if mention.vague:
        return False
    before = before[-80:]  # every test below looks at the words just before the number
    if any(start <= mention.start < end for start, end in claimant_spans):
        return True
    if _TIME_AFTER.match(after) or _TIME_BEFORE.search(before) or _MONEY_AFTER.match(after):
        return True
    year_head = _HEAD.match(after) if mention.value is not None and _YEAR.match(mention.text) else None
    if year_head is not None and year_head.group("mods").strip():
        return True  # "The 2020 war killed about 3,800 soldiers": a year before a noun phrase
    if mention.value is not None and _YEAR.match(mention.text) and not year_head:
        return True
    if (
        mention.value is not None
        and mention.text.lower() in ("one", "a")
        and _ONE_NOT_FIGURE.match(after)
        and not _ONE_OF_THEM_HURT.match(after)
    ):
        return True
    if (
        mention.value is not None
        and mention.value != int(mention.value)
        and not mention.percent
        and mention.value < 1000
    ):
        return True  # "2.5 soldiers" is not a count; "2.5 million" is
    if _NUMBER_LABEL.search(before):
        return True
    if _ORDINAL_SUFFIX.match(after):
        return True
    if (
        mention.is_range
        and _YEAR.match(str(int(mention.low)))
        and _YEAR.match(str(int(mention.high)))
        and "," not in mention.text
    ):
        return True  # "between 2014 and 2022"
    if _SOURCE_COUNT_BEFORE.search(before):
        return True  # "according to four sources"
    if _AGE_BETWEEN_COMMAS.search(before) and after.lstrip().startswith(","):
        return True  # "Min Aung Hlaing, 67, said"
    if _AGE_BEFORE.search(before) or _ONE_IN_BEFORE.search(before):
        return True  # an age; "one in four casualties": a ratio
    if _TIMES_AFTER.match(after) and not _HURT_BEFORE.search(before[-50:]):
        return True  # "attacked more than 200 times"; but "wounded about 390,000 times" counts woundings
    if (
        mention.value is not None
        and mention.value <= 10
        and not mention.text[:1].isdigit()
        and _DEFINITE_BEFORE.search(before)
    ):
        return True  # "the six generals", "the two sides": people counted already
    return False


def _qualifier(mention: NumberMention, before: str, after: str) -> tuple[str, int]:
    if mention.vague:
        return "vague", mention.start
    if mention.is_range:
        return "range", mention.start
    hedge = _HEDGE_BEFORE.search(before[-40:])
    if hedge:
        word = _SPACES.sub(" ", hedge["hedge"].lower())
        start = len(before) - (len(before[-40:]) - hedge.start("hedge"))
        if word in ("over", "under", "above", "below", "near", "top", "tops", "beyond") and _PLACE_PREPOSITION.search(
            before[:start]
        ):
            return "exact", mention.start
        if word == "over" and _PARTICLE_VERB.search(before[:start]):
            return "exact", mention.start  # "handed over 22 servicemen": a verb's particle, no hedge
        return QUALIFIER_BY_HEDGE[word], start
    if mention.bound:  # "50 or more", "30-odd": the number phrase bounds itself
        return mention.bound, mention.start
    after_hedge = _HEDGE_AFTER.match(after)
    if after_hedge:
        return ("approximate" if after_hedge["more"] == "so" else "at_least"), mention.start
    return "exact", mention.start


def _direct_or_predicate(after: str, head, in_parenthesis: bool = False) -> tuple[str | None, bool]:
    direct = _DIRECT.match(after)
    if direct:
        category = next(k for k, v in direct.groupdict().items() if v)
        if direct.group().lstrip().startswith("of "):
            predicate = _PREDICATE.match(after[direct.end() :])
            if predicate:  # "two of the wounded died"
                return next(k for k, v in predicate.groupdict().items() if v), True
        noun = _HEAD.match(after[direct.end() :]) if category == "wounded" else None
        if noun is not None and (noun.group("people") or noun.group("force")):
            # "31 wounded prisoners had been handed over": the word describes them; the verb counts them
            predicate = _PREDICATE.match(after[direct.end() + noun.end() :])
            if predicate:
                counted = next(k for k, v in predicate.groupdict().items() if v)
                if counted in ("exchanged", "captured"):
                    return counted, True
        return category, True
    if head is not None:
        mods = head.group("mods").lower()
        if _DEAD_WORD.search(mods):
            return "killed", True
        if head.group("category"):
            word = head.group("category").lower()
            category = {
                "casualty": "casualties",
                "casualties": "casualties",
                "losses": "casualties",
                "injuries": "wounded",
            }.get(word, "killed")
            return category, True
    more = None if head else _MORE.match(after)  # "38 more had been wounded"
    rest = after[head.end() :] if head else after[more.end() if more else 0 :]
    predicate = (_PREDICATE_IN_PARENTHESIS if in_parenthesis else _PREDICATE).match(rest)
    if predicate is None and head is not None and _FREED.search(head.group("mods")) and _HELD.fullmatch(head["head"]):
        return "exchanged", True  # "869 former detainees", "24 freed hostages"
    if predicate is None and head is not None:
        described = _DESCRIBED_BY.search(head.group("mods"))
        if described:  # "7,000 captured soldiers", "53 seriously wounded defenders"
            return next(k for k, v in described.groupdict().items() if v), True
    if predicate:
        category = next(k for k, v in predicate.groupdict().items() if v)
        then = _THEN_RETURNED.match(rest, predicate.end())
        if then and category in ("captured", "killed", "wounded"):
            return "exchanged", True  # "115 servicemen captured in Kursk had been handed back": returned now
        if category == "deployed" and head is not None and head.group("people") and not head.group("force"):
            return None, False  # "400,000 people ... in Sudan" is no force
        if category == "deployed" and head is None:
            return None, False
        return category, True
    return None, False


def _lost_means(text: str, at: int) -> str:
    """What "lost" at ``at`` counts: the dead ("Malawi lost three soldiers", "he had lost 20,000
    fighters"), but losses, killed and wounded, where the sentence speaks of casualties or reports
    what a country has lost ("Russia had lost 115,270 troops, the General Staff said")."""
    if _CASUALTY_CONTEXT.search(text):
        return "casualties"
    if _COUNTRY_LOST.search(text, max(0, at - 40), at) and _REPORTED.search(text):
        return "casualties"  # a tally of a country's losses, as armies and ministries give them
    return "killed"


def _left_cue(text: str, reading: Reading, previous: Reading | None) -> str | None:
    """The category of the nearest cue before the number, within its clause."""
    start = previous.span_end if previous is not None else 0
    window = text[start : reading.span_start]
    breaks = list(_CLAUSE_BREAK.finditer(window))
    if breaks:
        window = window[breaks[-1].end() :]
    window = window[-160:]
    for cue in reversed(list(_LEFT_CUES.finditer(window))):
        if _CAUSE_NOUN.fullmatch(cue.group()) and _CAUSE_BEFORE.search(window, max(0, cue.start() - 30), cue.start()):
            continue  # "deaths from traumatic injuries": the injuries are a cause, not a count
        category = next(k for k, v in cue.groupdict().items() if v)
        if category == "casualties" and _LOST.fullmatch(cue.group()) and not reading.mention.percent:
            return _lost_means(text, reading.span_start - len(window) + cue.start())
        return category
    return None


def _share_predicates(text: str, readings: list[Reading]) -> None:
    """'76 soldiers and 45 civilians were killed': the first number takes the second's predicate."""
    # "13 died, eight of them civilians and five soldiers, and 71 were wounded": the subsets are the dead's
    subsets: set[int] = set()
    for i, reading in enumerate(readings):
        between = text[readings[i - 1].span_end : reading.span_start] if i else ""
        if _SUBSET.match(text, reading.mention.end) or (i - 1 in subsets and _AND_ONLY.fullmatch(between)):
            subsets.add(i)
    for i in range(len(readings) - 2, -1, -1):
        current, following = readings[i], readings[i + 1]
        if current.category is not None or current.blocked or not following.own_cue or i in subsets:
            continue
        if current.mention.percent != following.mention.percent:
            continue  # "sent 11,000 troops and 20% were killed"
        if _SUBSET_OPENER.search(text, max(0, current.span_start - 40), current.span_start):
            continue  # "1,190 deaths, among them 436 civilians and ...": a subset takes its group's category
        between = text[current.span_end : following.span_start]
        if _MORE.match(text, following.mention.end):
            continue  # "lost one peacekeeper, and four more of its peacekeepers were wounded": two clauses
        if _COORDINATION.fullmatch(between):
            current.category = following.category
            current.own_cue = True
            current.shares_predicate = True


def _inherit_from_parallel(text: str, readings: list[Reading]) -> None:
    """'429,660 casualties, up from 252,940': a number nothing speaks for takes its neighbour's category."""
    for i in range(1, len(readings)):
        current, previous = readings[i], readings[i - 1]
        if current.category is not None or current.blocked or current.head_kind == "thing":
            continue
        if (
            previous.category is None
            or previous.head_kind == "thing"
            or current.mention.percent != previous.mention.percent
        ):
            continue
        if ";" in text[previous.span_end : current.span_start]:
            continue  # "... were killed that day; about 30,000 Thais work in Israel"
        current.category = previous.category
        current.inherited = True


def _share_qualifiers(text: str, figures: list[Reading]) -> None:
    """'around 300 killed and 2,700 injured': the second number shares the first one's hedge."""
    for i in range(1, len(figures)):
        current, previous = figures[i], figures[i - 1]
        if current.qualifier != "exact" or previous.qualifier not in ("approximate", "at_least", "at_most"):
            continue
        between = text[previous.mention.end : current.mention.start]
        after = text[current.mention.end :]
        if not _ENDS_WITH_AND.search(between) or _OWN_CLAUSE.search(between):
            continue
        if _ELLIPTICAL_CATEGORY.match(after):
            current.qualifier = previous.qualifier


def _subject(subject_text: str) -> str:
    return _SPACES.sub(" ", subject_text).strip(' ,.;:"“”')
