"""Who claims a figure: the reporting clauses of a sentence, found by an ordered table of rules.

An attribution is a reporting clause ("X said", "according to X", "X told reporters",
"X estimates that", "a study published by X"). Each rule is a name, a pattern and the
function that builds an attribution from one of its matches; one loop runs them in
order and applies the guards they share. ``claimants`` then resolves the noun phrase to
the fullest name the article gives.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace

import regex

from . import claim_documents as document_patterns
from . import reporting_verbs
from .claim_documents import PRONOUN_OF_POSSESSIVE, agent_of, body_of_document, cited_source, owner_of_document
from .claimant_phrases import SOURCE_NOUNS, clean_np, is_claimant, np_before, sentence_subject
from .lexicon import attribution as lexicon
from .names import has_name, is_person, strip_titles
from .patterns import alternation

__all__ = ["Attribution", "Rule", "build_rules", "find_attributions"]

# How far back from a reporting verb its auxiliaries ("has also") and a passive ("was") may stand.
AUXILIARY_WINDOW = 80
PASSIVE_WINDOW = 30


@dataclass(frozen=True)
class Attribution:
    """A reporting clause in a sentence: the claimant noun phrase and where it stands."""

    claimant: str
    start: int  # offsets of the noun phrase within the sentence
    end: int
    verb_start: int
    verb_end: int
    cited_source: str | None = None


Build = Callable[[str, regex.Match, list[Attribution]], Attribution | None]


@dataclass(frozen=True)
class Rule:
    """One way a sentence names who claims its figures.

    ``build`` makes an attribution from a match, given those found so far, or ``None``.
    Unless ``names_claimant`` is false (the rule reuses a claimant found already), the
    loop keeps an attribution only if its phrase can name a source and does not start
    inside one found before.
    """

    name: str
    pattern: regex.Pattern
    build: Build
    names_claimant: bool = True


def find_attributions(text: str) -> list[Attribution]:
    """Reporting clauses in one sentence, left to right.

    >>> [a.claimant for a in find_attributions("About 300 soldiers died, a South Korean lawmaker said.")]
    ['a South Korean lawmaker']
    >>> [a.claimant for a in find_attributions("According to US officials cited by the paper, 500 died.")]
    ['US officials']
    """
    found: list[Attribution] = []
    for rule in RULES:
        for match in rule.pattern.finditer(text):
            attribution = rule.build(text, match, found)
            if attribution is None:
                continue
            if rule.names_claimant and (not is_claimant(attribution.claimant) or _inside(found, attribution.start)):
                continue
            found.append(attribution)
    found = _documents_by_their_authors(found)
    found += _gapped(text, found)
    found.sort(key=lambda a: a.start)
    return found


# "X put the number at more than 200, and the Y commission at more than 100": Y's verb left out.
_GAPPED = regex.compile(
    r",?\s+(?:and|while|whereas)\s+(?P<np>(?:the\s+)?(?:[\w'’-]+\s+){0,2}?[A-Z][\w'’&-]*(?:\s+[A-Z][\w'’&-]*){0,6})"
    r"\s+at\s+(?:(?:more|fewer|less)\s+than\s+|about\s+|some\s+|around\s+|nearly\s+|over\s+)?\d"
)


def _gapped(text: str, found: list[Attribution]) -> list[Attribution]:
    """The second subject of a "put ... at" claim whose verb is left out after "and"."""
    gapped = []
    for attribution in found:
        if text[attribution.verb_start : attribution.verb_end].lower() not in ("put", "puts", "placed", "places"):
            continue
        at = _PUT_AT.match(text, attribution.verb_end)
        match = _GAPPED.search(text, at.end()) if at else None
        if match and is_claimant(match["np"]):
            gapped.append(
                Attribution(match["np"], match.start("np"), match.end("np"), match.end("np"), match.end("np"))
            )
    return gapped


# ---------------------------------------------------------------- "according to X", "citing X"

# "according to the region's governor, Oleh Danko, who said": the person named in apposition
_NAME_IN_APPOSITION = regex.compile(r",\s*(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,3})\s*(?=[,.;]|$)")
_CITING = {w.lower() for w in lexicon.CITING}


def _according_to(text: str, match: regex.Match, found: list[Attribution]) -> Attribution | None:
    if match["kind"].lower() in _CITING:
        return None  # a cited source is attached to the attribution it belongs to
    np = agent_of(clean_np(match["np"]))
    if not np or not is_claimant(np):
        return None
    np_start, np_end = match.start("np"), match.end("np")
    named = _NAME_IN_APPOSITION.match(text, np_end)
    if named and is_person(strip_titles(named["name"])) and not has_name(np):
        np, np_start, np_end = named["name"], named.start("name"), named.end("name")
    return Attribution(np, np_start, np_end, match.start(), match.end("kind"), cited_source(text, match.end()))


# ---------------------------------------------------------------- "a study published by X"

_TRAILING_JOINER = regex.compile(r"\s+(?:and|of|for|on|the)$")
# "kept by Mosul's morgue": the noun after a possessive agent
_OWNED_NOUN = regex.compile(r"(?:\s+[a-z][\w-]*){1,2}?(?=\s*(?:[,.;:)]|$|\s(?:which|that|who|in|on|at|and)\b))")


def _document_agent(text: str, match: regex.Match, found: list[Attribution]) -> Attribution | None:
    np = _TRAILING_JOINER.sub("", clean_np(match["np"]))
    np_end = match.end("np")
    owned = _OWNED_NOUN.match(text, np_end) if np.endswith(("'s", "’s")) else None
    if owned:
        np, np_end = np + owned.group(), owned.end()
    return Attribution(np, match.start("np"), np_end, match.start(), match.end(), None) if np else None


# ---------------------------------------------------------------- "X said", "X has also said"

# Auxiliaries and adverbs between a claimant and its verb ("has also said"), read backwards from the verb.
_ADVERBS = alternation(lexicon.CLAIM_ADVERBS, tree=False)
_AUXILIARIES = regex.compile(rf"(?r)(?:\b(?:has|have|had|{_ADVERBS}|for\s+(?:months|years|weeks|days))\s+)+$")
_PASSIVE_BEFORE = regex.compile(r"(?r)\b(?:is|are|was|were|be|been|being|it\s+is|widely)\s+$")
_ROLE_WORDS = {w.lower() for w in lexicon.ROLE_NOUNS}
_NOUN_LIKE = {w.lower() for w in lexicon.NOUN_LIKE_VERBS}
_PAST = regex.compile(r".*ed$|found|put|gave|given|showed")  # "the AP found": a verb; "estimates": maybe a noun
_POST_POSED = regex.compile(r"(?r)[,\"”]\s*$")  # ", the AP found,": a claimant after its claim
# What follows a verb that is also a noun ("estimates") when it is the verb of a claim.
_CLAIM_OPENS = regex.compile(
    rf"""^(?:\s*(?:[.;!?)\]\"”]|$)                           # the clause ends: "..., officials estimate."
      |\s*,\s*(?:{alternation(lexicon.CLAIM_CONTINUING_WORDS)})\b   # "..., officials estimate, adding"
      |\s+(?:{alternation(lexicon.CLAIM_OPENING_WORDS)})\b          # "officials estimate that ..."
      |\s+(?:\d|[A-Z]))                                 # a number or a name""",
    regex.X,
)
# "The agency put civilian deaths at about 9,000": put ... at a number
# Verbs that claim a figure only as "X put/placed the toll at N".
_ONLY_TOLL_AT = {"place", "places", "placed", "placing"}
_TOLL_AT_VERBS = {"put", "puts", "putting", *_ONLY_TOLL_AT}
_PUT_AT = regex.compile(r"\s+(?:[\w'’-]+\s+){1,6}?at\s+(?:[a-z]+\s+){0,2}?\d")
_WHOSE = regex.compile(r"(?r)(?P<name>[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){0,3}),?\s+$")


def _subject_of_verb(text: str, match: regex.Match, found: list[Attribution]) -> Attribution | None:
    verb = match["verb"].lower()
    auxiliaries = _AUXILIARIES.search(text, max(0, match.start() - AUXILIARY_WINDOW), match.start())
    verb_start = auxiliaries.start() if auxiliaries else match.start()
    if _PASSIVE_BEFORE.search(text, max(0, verb_start - PASSIVE_WINDOW), verb_start):
        return None
    located = np_before(text, verb_start)
    if located is None:
        return None
    np_start, np = located
    if verb in _NOUN_LIKE and not (auxiliaries or _used_as_verb(text, match, np_start)):
        return None
    if verb in _ONLY_TOLL_AT and not _PUT_AT.match(text, match.end()):
        return None  # "the army placed 300 troops on the border" claims nothing
    np_start, np = owner_of_document(text, np_start, np) or body_of_document(np_start, clean_np(np))
    whose = _WHOSE.search(text, 0, np_start) if np.lower().startswith("whose ") else None
    if whose:  # "the mayor, Vadym Boychenko, whose office said": the owner speaks
        np, np_start = whose["name"], whose.start("name")
    if not np or np.lower() in _ROLE_WORDS:
        return None
    np_end = np_start + len(np)
    cited = cited_source(text, match.end()) or cited_source(text[:verb_start], np_end)
    return Attribution(np, np_start, np_end, verb_start, match.end(), cited)


def _used_as_verb(text: str, match: regex.Match, np_start: int) -> bool:
    """Whether a word that is also a noun ("estimates", "put") is a reporting verb here."""
    verb = match["verb"].lower()
    return bool(
        _CLAIM_OPENS.match(text[match.end() :])
        or (verb in _TOLL_AT_VERBS and _PUT_AT.match(text, match.end()))
        or (_PAST.match(verb) and _POST_POSED.search(text, 0, np_start))
    )


# ---------------------------------------------------------------- "By its count, ..."


def _owner_of_count(text: str, match: regex.Match, found: list[Attribution]) -> Attribution | None:
    np = PRONOUN_OF_POSSESSIVE.get(match["np"].lower()) or match["np"][:-2]
    return Attribution(np, match.start("np"), match.end("np"), match.start(), match.end(), None)


# ---------------------------------------------------------------- "The WHO figure is 70"


def _issuer(text: str, match: regex.Match, found: list[Attribution]) -> Attribution | None:
    np = match["np"]
    return (
        Attribution(np, match.start("np"), match.end("np"), match.start(), match.end(), None)
        if is_claimant(np)
        else None
    )


def _owner_of_count_subject(text: str, match: regex.Match, found: list[Attribution]) -> Attribution | None:
    np = regex.sub(r"['’]s$", "", match["np"])
    if np[:1].isupper() and not has_name(np):
        return None  # "The Gaza toll is ...": a place's toll, not a source
    return Attribution(np, match.start("np"), match.start("np") + len(np), match.start(), match.end(), None)


# ---------------------------------------------------------------- "..., said Defence Minister X"


_SENTENCE_STOP = regex.compile(r"(?<=[a-z]{2})\.$")  # "said Jonas Aldberg." but "the U.S."


def _after_verb(text: str, match: regex.Match, found: list[Attribution]) -> Attribution | None:
    np = _SENTENCE_STOP.sub("", clean_np(match["np"]))
    if not np:
        return None
    return Attribution(
        np, match.start("np"), match.end("np"), match.start(), match.start("np"), cited_source(text, match.end())
    )


# ---------------------------------------------------------------- "..., saying", ", adding that"


def _participle(text: str, match: regex.Match, found: list[Attribution]) -> Attribution | None:
    if any(a.verb_start <= match.start() < a.verb_end + 2 for a in found):
        return None
    earlier = [a for a in found if a.verb_end <= match.start()]
    if earlier and _documents_by_their_authors(found) == found:
        return None  # "X said ..., adding that ...": X's clause already covers what follows
    subject = (earlier[-1].start, earlier[-1].claimant) if earlier else sentence_subject(text)
    if not subject:
        return None
    np_start, np = subject
    return Attribution(np, np_start, np_start + len(np), match.start(), match.end(), None)


# ---------------------------------------------------------------- headline tails: "... – defence ministry"

_HEADLINE_TAIL_WORDS = 5  # a tail longer than this is a clause, not a source
_TAIL_VERB = regex.compile(r"\s+(?i:says?|said|claims?)$")
# A tail that is a clause of its own: "GENEVA - Aid agencies are stretched.", "... - officials have warned"
_TAIL_CLAUSE = regex.compile(r"\b(?:is|are|was|were|has|have|had|will|would)\b|[a-z]{2}\.$")
# A dash or a comma and "says" (headlines capitalise it) before the end, with no full stop.
_HEADLINE_TAIL = regex.compile(
    r"""(?r)(?:\s[—–-]\s+(?P<np>[A-Za-z][\w'’.-]*(?:\s+[\w'’.-]+){0,5})
      |,\s+(?P<np>[A-Za-z][\w'’.-]*(?:\s+[\w'’.-]+){0,5}?)\s+(?i:says?|said|claims?))\s*$""",
    regex.X,
)


def _headline_tail(text: str, match: regex.Match, found: list[Attribution]) -> Attribution | None:
    np = _TAIL_VERB.sub("", clean_np(match["np"]))
    if not np or len(np.split()) > _HEADLINE_TAIL_WORDS or found or _TAIL_CLAUSE.search(match["np"]):
        return None
    return Attribution(np, match.start("np"), match.end("np"), match.start(), match.start("np"), None)


# ---------------------------------------------------------------- the table


# After a reporting verb, words that make it no report: "gave their lives" (they died), "the war has claimed
# 3,800 lives" (it killed them), "civilians accused of collaborating" (others accused them), a force that
# "counts" its troops.
_NO_REPORT_AFTER = (
    r"(?!\s+(?:their|his|her|its)\s+li(?:ves|fe)\b)"
    r"(?!(?<=claim|claims|claimed|claiming)\s+(?:\S+\s+){0,3}?lives\b)"
    r"(?!(?<=accused|suspected)\s+of\b)"
    # "the battlegroup counts about 3,800 soldiers": a force's strength, not a count it reports
    r"(?!(?<=counts|counted)\s+(?:[a-z]+\s+){0,2}?[\d,.]+\s+(?:[\w-]+\s+)?"
    r"(?:troops|soldiers|servicemen|personnel|peacekeepers|fighters|sailors|marines)\b)"
)


_TITLE_ABBREVIATIONS = "Dr|Mr|Mrs|Ms|Prof|Gen|Col|Lt|Maj|Capt|Sgt|Rev"  # "according to Dr. Ivo Danek"


def build_rules() -> tuple[Rule, ...]:
    """The attribution rules in the order they run, their patterns built from the lexicon as it is now."""
    according = alternation(lexicon.ACCORDING_TO)
    citing = alternation(lexicon.CITING)
    return (
        # "according to X" / "citing X": X runs to the next clause boundary.
        Rule("according to", regex.compile(
            rf"""(?i:\b(?P<kind>{according}|{citing}))\s+
            (?P<np>(?:[^,;:.!?()\"“”]|(?<=\b(?:[A-Z]|{_TITLE_ABBREVIATIONS}))\.)+?)  # "U.S.", "Dr." stay inside
            (?=\s*(?:[,;:!?()\"“”]|(?<!\b(?:[A-Z]|{_TITLE_ABBREVIATIONS}))\.|$     # not the full stop of "U.N."
              |\s(?:on|in|at|that|which|who|after|before|when|while|as|to|and\s+the\s+\w+\s+(?:said|say))\b))""",
            regex.X,
        ), _according_to),
        # "a study published by X", "deaths recorded ... by X": X is the source.
        Rule("document by its agent", document_patterns.by_agent(), _document_agent),
        # "a study published in The Lancet": the journal stands for the study.
        Rule("document in a journal", document_patterns.in_journal(), _document_agent),
        # "figures from the ICRC show": "show" is a noun elsewhere, a reporting verb after a body's document.
        Rule("document that shows", document_patterns.that_shows(), _document_agent),
        # "a statement by X that 43,000 soldiers ...": X's claim, whoever reports or dismisses it
        Rule("claim by its author", document_patterns.claim_by(), _document_agent),
        # "X said", "X has also said": the noun phrase before the verb, read back from it.
        Rule("subject of a reporting verb", regex.compile(
            rf"\b(?<!-)(?P<verb>{alternation(reporting_verbs.claim_verbs())})\b{_NO_REPORT_AFTER}"  # \b: the fast test
        ), _subject_of_verb),
        # "By its count", "by the ministry's tally": the owner of the count claims what follows.
        Rule("by its count", regex.compile(
            rf"""\b[Bb]y\s+
            (?P<np>its|their|his|her|(?:the\s+)?[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){{0,4}}['’]s
              |the\s+(?:[\w-]+\s+){{0,3}}[\w-]+['’]s)\s+
            (?:own\s+)?(?:latest\s+|new\s+)?(?:{alternation(lexicon.COUNT_NOUNS)})\b""",
            regex.X,
        ), _owner_of_count),
        # "The WHO figure is 70", "The ministry's running count has reached 412": the count's owner.
        Rule("owner of a count as subject", document_patterns.COUNT_SUBJECT, _owner_of_count_subject),
        # "The Gaza health ministry has just issued another update: 413 people ...": the issuer.
        Rule("issuer of a document that opens a list", document_patterns.ISSUED_COLON, _issuer),
        # "..., said Defence Minister X", ", announced on Saturday evening the Ministry ...", ", said the ministry."
        Rule("reporting verb before its subject", regex.compile(
            rf"""[,\"”]\s*(?:{alternation(reporting_verbs.inverted_verbs())})\s+
            (?:(?:on|late|early|in|this|last)\s+(?:[\w-]+\s+){{0,2}}?)?    # a time between: "on Saturday evening"
            (?P<np>(?:the\s+)?[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|of|for|the|al-\w+)){{0,6}}
              |(?:(?:the|a|an)\s+)?(?:(?!(?:by|to|from|with|for)\b)[\w'’-]+\s+){{0,3}}?   # "signed by X": passive
                (?:{SOURCE_NOUNS})s?(?:\s+[A-Z][\w'’.-]*){{0,3}})
            (?=\s*[,.;:!?]|$|\s+(?:in|on)\s+(?:(?:a|an|the)\s|[A-Z]\w+day\b))""",
            regex.X,
        ), _after_verb),
        # A headline's tail: "31 soldiers dead in raid – defence ministry", "Toll Rises To 40, Officials Say".
        Rule("headline tail", _HEADLINE_TAIL, _headline_tail),
        # ", saying", ", adding that": the claim goes on, by the claimant before it or the sentence's subject.
        Rule("participle after a claim", regex.compile(
            rf",\s*(?:{alternation(reporting_verbs.participle_verbs())})\b"
        ), _participle, names_claimant=False),
    )  # fmt: skip


RULES = build_rules()


# ---------------------------------------------------------------- after the rules

_DOCUMENT_HEAD = regex.compile(rf"\b(?:{alternation(lexicon.DOCUMENT_NOUNS)})\b", regex.I)


def _documents_by_their_authors(found: list[Attribution]) -> list[Attribution]:
    """ "A study published by X estimated ...": the claim is X's, said where the study stands.

    An attribution whose noun phrase holds another one ("published by X" inside "A study
    published by X") takes that author's name; the inner one is then dropped.
    """
    result = []
    for attribution in found:
        authors = [
            other
            for other in found
            if other is not attribution and attribution.start <= other.verb_start < attribution.verb_start
        ]
        if authors and _DOCUMENT_HEAD.search(attribution.claimant):
            result.append(replace(attribution, claimant=authors[0].claimant))
        elif not any(
            other is not attribution and other.start <= attribution.verb_start < other.verb_start for other in found
        ):
            result.append(attribution)
    return result


def _inside(found: list[Attribution], position: int) -> bool:
    return any(a.start <= position < a.end for a in found)
