"""Where each figure comes from, under one name across articles: the guideline's ``source``.

Run once per article, after its claimants are resolved. For each figure:

1. the body its claimant cites ("Lee Seong-kweun ... after a briefing from the spy agency", "Tass, citing
   the defence ministry"), unless the claimant only drew on it for an analysis of its own;
2. for a person, the body the article ties them to around their mentions: a role ("Pentagon spokesman Pat
   Ryder", "Anees al-Asbahi, spokesman for the Houthi-run health ministry") or a body they cite ("Lee ...
   spoke to reporters after a briefing by the National Intelligence Service");
3. else the claimant itself.

Each is named by ``source_names.name_source``; this module answers what it asks of the article: the
country an unqualified body belongs to, the body a "the mission" stands for, what an acronym stands for.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from dataclasses import replace

import regex

from .claimant_phrases import sentence_subject
from .figure import Figure
from .lexicon.bodies import ANTECEDENT_HEADS, KINDS
from .lexicon.places import INSURGENT_GROUPS, SIDES
from .names import is_person
from .patterns import Phrases, alternation
from .side_cues import dateline_side, opening_side_of
from .side_names import SIDE_NAME, SIDE_OF
from .sides import most_named
from .source_bodies import CONNECTOR, mention_around
from .source_names import NO_CONTEXT, Context, Source, name_source, tied_body
from .source_phrases import country_from_demonym, person_in, person_name
from .source_registry import REGISTERED, type_of
from .source_ties import (
    ROLE_AFTER_NAME,
    ROLE_BEFORE_NAME,
    ROLE_BEFORE_TITLES,
    bare_spokesperson,
    first_mentions,
    full_name,
    office_kind,
    regional_administration,
    strip_titles_at_end,
)
from .stance import BELLIGERENT_PAIRS

_COUNTRY_WORDS = sorted({name for names in SIDES.values() for name in names}, key=len, reverse=True)
_SIDE_OF = Phrases({name: side for side, names in SIDES.items() for name in names})
_COUNTRY = regex.compile(rf"(?<![\w-])(?:{alternation(_COUNTRY_WORDS, any_space=False)})(?![\w-])")
# A kind of body with its country: "Russia's defence ministry", "the ministry of defence of Russia".
# The country named just before a kind of body ("Russia's defence ministry") or just after ("... of Russia").
_OWNER_BEFORE = regex.compile(rf"(?r)(?P<owner>{_COUNTRY.pattern})(?:['’]s)?\s+(?:[\w-]+\s+)?$")
_OWNER_AFTER = regex.compile(rf"\s+of\s+(?:the\s+)?(?P<owner>{_COUNTRY.pattern})")
_UNKNOWN_OWNER_BEFORE = regex.compile(r"(?r)(?P<owner>[A-Z][\w-]+)(?P<possessive>['’]s)?\s+(?:[a-z][\w-]*\s+)?$")
_OWNER_WINDOW = 40
# Kinds of body that fight: an unnamed one counting an armed group's people is the state that fights it.
_MILITARY_KINDS = frozenset({"defence ministry", "general staff", "joint chiefs", "military", "military intelligence"})
_ENEMIES = {
    side: tuple(other for pair in BELLIGERENT_PAIRS if side in pair for other in pair - {side})
    for side in frozenset().union(*BELLIGERENT_PAIRS)
}
# A headline that ends on who says it: "..., UK intelligence says", "... - Kyiv's military says"
_TITLE_CLAIM = regex.compile(r"[,:;\-–—]\s*(?P<who>[^,:;\-–—]{2,50}?)\s+(?:says|say|said|claims|estimates)\s*$")
# A claimant who only drew on another body's figures for an estimate of their own keeps the figure.
_ANALYSIS_CUE = regex.compile(r"(?r)\b(?:based|drew|drawn|draws|drawing|relied|relying)\s+on\s+(?:[\w'’-]+\s+){0,4}$")
# A person who passes on a body's figures: "citing X", "after a closed-door briefing by X", "quoted X as saying".
_CITING = regex.compile(
    r"\b(?:citing|quoting|after\s+(?:an?|the)\s+(?:[\w-]+\s+){0,2}briefing\s+(?:by|from|with)|briefed\s+by|"
    r"quoted)\s+(?P<np>(?:the\s+)?[^,;:.!?()\"“”]{2,80}?)(?=\s*(?:\(|[,;:.!?\"“”]|\s+as\s+saying|$))",
    regex.I,
)
_SENTENCE_END = regex.compile(r"[.!?](?:\s|$)|\n")
_PASSERS_ON = ("media", "unnamed", "person")  # who may pass on a person's figure as theirs
_NON_STATE_HEADS = {
    "group", "alliance", "movement", "coalition", "network", "organisation", "organization", "charity",
    "watchdog", "monitor", "observatory",
}  # fmt: skip
_STATE_TYPES = ("government", "military", "intelligence", "health authority")
_LOOK_AHEAD = 400
_GROUP_WORDS = ("group", "movement", "militants", "rebels", "insurgents", "jihadists")
_TIE_WINDOW = 200
_REGIONAL = regex.compile(r"(?i:regional|provincial|oblast)\s")
_REGION = regex.compile(r"\b(?P<region>[A-Z][\w'’-]+)\s+(?:region|oblast|province)\b")
_ITS_ROLE = regex.compile(r"(?i:its|their)\s+(?:[\w-]+\s+)?(?P<role>director|head|chief|spokes\w+)")


def resolve_sources(
    figures: list[Figure],
    text: str,
    title: str = "",
    side_counts: Callable[[], dict[str, int]] | None = None,
    descriptions: dict[str, list[str]] | None = None,
) -> list[Figure]:
    """``figures`` with ``source``, ``source_type`` and ``source_country`` filled in.

    ``side_counts`` gives how often the article names each side (``sides.side_counts``), for the country
    an unqualified body belongs to; ``descriptions`` maps a resolved claimant to the phrases the article
    used for them ("A South Korean politician" for "Lee Seong-kweun").

    >>> text = "The NIS said 100 soldiers died in the fighting. Lee Kim, a lawmaker citing the NIS, said 200 were hurt."
    >>> from extractors import extract_figures
    >>> [f.source for f in extract_figures(text, meta={"title": "War in the east"})]
    ['National Intelligence Service (South Korea)', 'National Intelligence Service (South Korea)']
    """
    article = ArticleSources(text, title, side_counts, descriptions or {})
    resolved = []
    for figure in figures:
        source = article.source_of(figure)
        if source is None:
            resolved.append(figure)
        else:
            resolved.append(replace(figure, source=source.name, source_type=source.type, source_country=source.country))
    return resolved


class ArticleSources(Context):
    """One article's sources, and what the naming rules ask of the article."""

    def __init__(
        self,
        text: str,
        title: str,
        side_counts: Callable[[], dict[str, int]] | None,
        descriptions: dict[str, list[str]],
    ):
        self.text, self.title = text, title
        self.side_counts = side_counts
        self.descriptions = descriptions
        self.position, self.side, self.hint = 0, None, None
        self.cache: dict[tuple, Source | None] = {}

    def source_of(self, figure: Figure) -> Source | None:
        if not figure.claimant:
            return None
        key = (figure.claimant, figure.cited_source, figure.side if "health" in figure.claimant.lower() else None)
        if key not in self.cache:
            # what the claimant refers back to lies before its sentence's end
            self.position = figure.start - max(0, figure.sentence.find(figure.span)) + len(figure.sentence)
            self.side = figure.side
            self.hint = self._country_of_claimant(figure.claimant) or _country(
                opening_side_of(figure.sentence, figure.claimant)  # "In Israel, the Prime Minister's Office said"
            )
            source = self._cited(figure) or self._claimant(figure.claimant)
            self.cache[key] = self._of_region_named(source, figure) if source else None
            self.hint = None
        return self.cache[key]

    def _of_region_named(self, source: Source, figure: Figure) -> Source:
        """A regional body the claim names without its region, in a sentence that names one region: "In the
        Kharkiv region, ..., according to figures from the regional military administration"."""
        if not _REGIONAL.match(source.name) or "(" in source.name:
            return source
        regions = {match["region"] for match in _REGION.finditer(figure.sentence)}
        owned = name_source(f"{regions.pop()}'s {source.name.lower()}", self) if len(regions) == 1 else None
        return owned if owned and owned.type == source.type else source

    def _cited(self, figure: Figure) -> Source | None:
        """The body the claimant passes the figure on from ("citing the defence ministry")."""
        cited = figure.cited_source
        if not cited:
            return None
        at = figure.sentence.find(cited)
        if at > 0 and _ANALYSIS_CUE.search(figure.sentence, 0, at):
            return None  # "an intelligence update that drew on figures published by ..."
        source = name_source(cited, self)
        passer = name_source(figure.claimant, self)
        if source and source.type == "person" and passer and passer.type not in _PASSERS_ON:
            return None  # "the Houthis, citing their military spokesman": the Houthis' own figure
        return source if source and source.named else None

    def _claimant(self, claimant: str) -> Source | None:
        source = name_source(_named_in_full(self.text, claimant), self)
        if source is None or source.type != "person":
            return source
        tied = self._tie(claimant)
        if tied:
            return tied
        descriptions = [claimant, *self.descriptions.get(claimant, [])]
        administration = regional_administration(self.text, source.name, descriptions)
        if administration:
            return name_source(administration, self)  # "regional governor X" of "the Y Regional Administration"
        kind = office_kind(self.text, source.name, descriptions)
        named = full_name(self.text, source.name) if len(source.name.split()) == 1 else None
        return Source(person_name(named) if named else source.name, kind or "person", self.hint)

    def _tie(self, person: str) -> Source | None:
        """The body the article ties a person to: in a phrase it used for them ("Health Minister Firass
        Abiad said", "the UN aid chief said"), or around their first mentions: a
        role, or a body cited."""
        for description in self.descriptions.get(person, ()):
            if description != person:
                tied = tied_body(description, self) or _registered(name_source(description, self))
                if tied:
                    return tied
        for mention in first_mentions(self.text, person):
            self.position = mention.start()
            tied = self._role_around(mention) or self._cited_after(mention.end())
            if tied:
                return tied
        return None

    def _role_around(self, mention: regex.Match) -> Source | None:
        descriptions = []
        for pattern in (ROLE_BEFORE_NAME, ROLE_BEFORE_TITLES):
            before = pattern.search(self.text, max(0, mention.start() - _TIE_WINDOW), mention.start())
            words = strip_titles_at_end(before["description"].strip()).split() if before else []
            descriptions.append(" ".join(words[-2:]))
            for start in range(min(len(words), 4)):
                tied = tied_body(" ".join(words[start:]), self)
                if tied:
                    return tied
        after = ROLE_AFTER_NAME.match(self.text[mention.end() : mention.end() + _TIE_WINDOW])
        tied = tied_body(after["description"], self) if after else None
        if tied is None and any(bare_spokesperson(d) for d in (*descriptions, after["description"] if after else "")):
            return self.antecedent("spokesperson")  # "..., spokesperson Ravina Shamdasani told reporters"
        its = next((match for d in descriptions if (match := _ITS_ROLE.fullmatch(d))), None)
        if tied is None and its:  # "X is one of ... Its director, Dr Y, said": a hospital's director speaks for it
            body = self._body_opening_before(mention.start())
            return body if body and (its["role"].startswith("spokes") or body.type == "health authority") else None
        return tied

    def _body_opening_before(self, position: int) -> Source | None:
        """The body that opens the sentence before ``position``'s, or that sentence itself: "Its" means it."""
        ends = [m.end() for m in _SENTENCE_END.finditer(self.text, max(0, position - 2 * _TIE_WINDOW), position)]
        for start in reversed([max(0, position - 2 * _TIE_WINDOW), *ends][-2:]):
            subject = sentence_subject(self.text[start:position])
            source = name_source(self._with_head(_named_in_full(self.text, subject[1])), self) if subject else None
            if source and source.named and (source.name in REGISTERED or type_of(source.name)):
                return source  # a body its words or the registry type; not a name typed by default
        return None

    def _with_head(self, name: str) -> str:
        """A body's name the article also writes with its head word: "Al-Nao" of "Al-Nao Hospital"."""
        headed = regex.search(rf"\b{regex.escape(name)}\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?", self.text)
        return headed.group() if headed and not type_of(name) and type_of(headed.group()) else name

    def _cited_after(self, position: int) -> Source | None:
        end = _SENTENCE_END.search(self.text, position)
        citing = _CITING.search(self.text, position, end.start() if end else len(self.text))
        if not citing:
            return None
        source = name_source(citing["np"], self)
        return source if source and source.named and source.type != "person" else None

    def _country_of_claimant(self, claimant: str) -> str | None:
        """The country the article gives a claimant in any phrase it used for them ("A South Korean politician")."""
        person = person_in(claimant)
        for phrase in (claimant, *self.descriptions.get(claimant, ())):
            if person:  # "German Galushchenko": a name, not a country
                phrase = phrase.replace(claimant, " ").replace(person, " ")
            match = _COUNTRY.search(phrase)
            if match:
                return _country(_SIDE_OF[match.group()])
        return None

    # ------------------------------------------------------------------ what the naming rules ask
    def country_for(self, kind: str | None, name: str | None = None) -> str | None:
        if self.hint:
            return self.hint
        earlier = self._qualified_before(kind) if kind else None
        if _country(earlier):  # not an armed group's ("the RSF's forces"): "the army" is then the state's
            return _country(earlier)
        at = self.text.find(name) if name else -1
        if at > 0:  # "Ukraine's Coordination Headquarters ..." anywhere in the article
            owner = _OWNER_BEFORE.search(self.text, max(0, at - _OWNER_WINDOW), at)
            if owner:
                return _country(_SIDE_OF[owner["owner"]])
        if kind == "health ministry" and self.side and self.side not in INSURGENT_GROUPS and self.side in SIDES:
            return self.side  # a health ministry counts its own country's dead
        titled = _TITLE_CLAIM.search(self.title)
        if titled and kind != "health ministry" and _COUNTRY.search(titled["who"]):
            # "..., UK intelligence says": the country of the source the headline gives
            return _country(_SIDE_OF[_COUNTRY.search(titled["who"]).group()])
        counts = self.side_counts() if self.side_counts else {}
        if kind in _MILITARY_KINDS and self.side in INSURGENT_GROUPS:
            fighting = [state for state in _ENEMIES.get(self.side, ()) if counts.get(state)]
            if len(fighting) == 1:  # "the chief of staff said the army had killed 20,000 Hamas operatives"
                return _country(fighting[0])
        where = dateline_side(self.text, counts) if counts else None
        if where:  # the story's own city, when the story names its country ("SEOUL -", not a bureau's)
            return _country(where)
        return _country(most_named(counts, leaving_out=INSURGENT_GROUPS)) if counts else None

    def _qualified_before(self, kind: str) -> str | None:
        """The side the title or the text before the claimant last names as the owner of a body of ``kind``
        ("Russia's defence ministry", "the Ministry of Defence of Russia")."""
        pattern = _kind_pattern(kind)
        found = None
        for text, end in ((self.title, len(self.title)), (self.text, self.position)):
            for match in pattern.finditer(text, 0, end):
                found = _owner_around(text, match) or found
        return found

    def antecedent(self, head: str) -> Source | None:
        """The body a definite "the <head>" stands for: the last one named before that has such a head,
        else, in the opening paragraphs, the first one named right after ("..., the group said. The Myanmar
        National Democratic Alliance Army (MNDAA) said ...")."""
        heads = ANTECEDENT_HEADS.get(head.lower())
        if not heads:
            return None
        pattern = _heads_pattern(heads)
        position = self.position
        before = reversed(list(pattern.finditer(self.text, 0, position)))
        after = pattern.finditer(self.text, position, position + _LOOK_AHEAD)
        try:
            for match in (*before, *after):
                source = self._named_at(match, head.lower())
                if source:
                    return source
            return self._armed_group_before(position) if head.lower() in _GROUP_WORDS else None
        finally:
            self.position = position

    def _armed_group_before(self, position: int) -> Source | None:
        """The armed group named last before ``position`` by a name with no head word ("JNIM", "M23"), for "the
        group" or "the movement"; not one named as an owner ("al-Qaeda's affiliate")."""
        for match in reversed(list(SIDE_NAME.finditer(self.text, max(0, position - _TIE_WINDOW * 3), position))):
            if SIDE_OF[match.group()] in INSURGENT_GROUPS and not self.text.startswith(("'s", "’s"), match.end()):
                source = name_source(match.group(), NO_CONTEXT)
                return source if source and source.named and source.type == "armed group" else None
        return None

    def _named_at(self, match: regex.Match, head: str) -> Source | None:
        mention = mention_around(self.text, match)
        if not mention:
            return None
        self.position = match.start()  # what the mention itself refers to lies before it
        source = name_source(mention, NO_CONTEXT if mention.isupper() else self)
        if source is None or not source.named or source.type == "person":
            return None
        if head in _NON_STATE_HEADS and source.type in _STATE_TYPES:
            return None  # "the group" is no state's army
        return source

    def expansion(self, acronym: str) -> str | None:
        at = self.text.find(f"({acronym})")
        if at < 0:
            return None
        words = self.text[max(0, at - 150) : at].split()
        kept: list[str] = []
        for word in reversed(words):
            if word[:1].isupper() or (word in CONNECTOR and kept):
                kept.insert(0, word)
            else:
                break
        while kept and kept[0] in CONNECTOR:
            kept.pop(0)
        return " ".join(kept) or None


def _registered(source: Source | None) -> Source | None:
    """A widely known issuer ("the United Nations human rights chief": the UN human rights office)."""
    return source if source and source.name in REGISTERED and source.type != "person" else None


def _owner_around(text: str, kind: regex.Match) -> str | None:
    """The side named as the owner of a body right before or after its kind ("Russia's defence ministry",
    "the Ministry of Defence of Russia", "the Estrelian defence ministry", "Estrelia's defence ministry")."""
    window = max(0, kind.start() - _OWNER_WINDOW)
    owner = _OWNER_BEFORE.search(text, window, kind.start()) or _OWNER_AFTER.match(text, kind.end())
    if owner:
        return _SIDE_OF[owner["owner"]]
    unknown = _UNKNOWN_OWNER_BEFORE.search(text, window, kind.start())
    if unknown and unknown["possessive"]:
        return unknown["owner"]
    return country_from_demonym(unknown["owner"]) if unknown else None


@functools.cache
def _kind_pattern(kind: str) -> regex.Pattern:
    return regex.compile(rf"(?<![\w-])(?i:{alternation(KINDS[kind][2])})(?![\w-])")


@functools.cache
def _heads_pattern(heads: tuple[str, ...]) -> regex.Pattern:
    return regex.compile(rf"(?<![\w-])(?i:{alternation(heads)})(?![\w-])")


def _named_in_full(text: str, claimant: str) -> str:
    """A body's short name as the article wrote it in full elsewhere: "the General Command" of "the General
    Command of the Armed Forces"."""
    short = _THE.sub("", claimant)
    if not _CAPITALISED_NAME.fullmatch(short) or is_person(short):
        return claimant
    full = regex.search(rf"\b{regex.escape(short)}\s+of\s+(?:the\s+)?{_NAME_GOES_ON_AFTER_OF}", text)
    return full.group().removesuffix(" the").removesuffix(" of") if full else claimant


_THE = regex.compile(r"^(?i:the)\s+")
_NAME_GOES_ON_AFTER_OF = r"[A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|of|the|and))*"
_CAPITALISED_NAME = regex.compile(r"[A-Z][a-z]+(?:\s+[A-Z][a-z]+){1,3}")  # "General Command", not "NIS" or "Ivo"


def _country(side: str | None) -> str | None:
    """A side as a country: an armed group's side has none of its own here."""
    return side if side and side not in INSURGENT_GROUPS else None
