"""Who claims a figure: attributions in a sentence, and names resolved across the article.

An attribution is a reporting clause ("X said", "according to X", "X told reporters",
"X estimates that"). Its noun phrase is then resolved to the fullest name the
article gives: a pronoun to the last claimant, "Mr Zelensky" to "Volodymyr
Zelensky", "the ministry" to the last ministry named, and an indefinite role ("a
South Korean lawmaker") to the person the next sentences name.
"""

from __future__ import annotations

from dataclasses import dataclass

import regex

from .lexicon.attribution import (
    ACCORDING_TO,
    BODY_NOUNS,
    BODY_PRONOUNS,
    CITING,
    DOCUMENT_NOUNS,
    NON_CLAIMANT_WORDS,
    PERSON_PRONOUNS,
    REPORTING_VERBS,
    ROLE_NOUNS,
    TITLES,
)
from .sentences import Sentence


def _words(items) -> str:
    return "|".join(regex.escape(w).replace(r"\ ", r"\s+") for w in sorted(items, key=len, reverse=True))


_VERBS = _words(REPORTING_VERBS)
_TITLE_WORDS = {w.lower().rstrip(".") for title in TITLES for w in title.split()}
_BODY = regex.compile(rf"\b(?:{_words(BODY_NOUNS)})$", regex.I)
_ROLE = regex.compile(rf"\b(?:{_words(ROLE_NOUNS)})$", regex.I)
_DOCUMENT = regex.compile(rf"^(?:the|this|that|its|their)\s+(?:\w+\s+){{0,2}}(?:{_words(DOCUMENT_NOUNS)})$", regex.I)

# A name-like token: capitalised word, acronym, particle inside a name, possessive.
_NAME_TOKEN = r"(?:[A-Z][\w'’.-]*|al-\w+|el-\w+|van|von|de|der|da|bin|ibn|of|for|and|the|on|&)"

# "according to X" / "citing X": X runs to the next clause boundary.
_ACCORDING = regex.compile(
    rf"\b(?P<kind>{_words(ACCORDING_TO)}|{_words(CITING)})\s+(?P<np>[^,;:.!?()\"“”]+?)"
    rf"(?=\s*(?:[,;:.!?()\"“”]|$|\s(?:on|in|at|that|which|who|after|before|when|while|as|to|and\s+the\s+\w+\s+(?:said|say))\b))",
)
# The noun phrase before a reporting verb, and the verb. Checked backwards from the verb.
_VERB = regex.compile(
    rf"(?<![\w-])(?P<aux>(?:(?:has|have|had|also|later|earlier|separately|previously|then|again|now|"
    rf"initially|first|publicly|quickly|repeatedly|recently|only|still|just)\s+)*)(?P<verb>{_VERBS})\b",
)
# "..., said Defence Minister X" (inverted order).
_INVERTED = regex.compile(
    rf"[,\"”]\s*(?:said|says|added|wrote|told\s+reporters)\s+(?P<np>(?:the\s+)?[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|of|for|al-\w+)){{0,6}})(?=\s*[,.;:!?]|$)"
)
# "X, who ..., said" / "X, chairman of ..., said": an appositive between commas.
_APPOSITIVE = regex.compile(r",\s*(?:who|which|the|a|an|[a-z][\w-]*)\b[^,]*,\s*$")


@dataclass(frozen=True)
class Attribution:
    """A reporting clause in a sentence: the claimant noun phrase and where it stands."""

    claimant: str
    start: int  # offsets of the noun phrase within the sentence
    end: int
    verb_start: int
    verb_end: int
    cited_source: str | None = None
    before_figures: bool = True  # "X said 300 ..." (True) or "300 ..., X said" (False)


_TIME_PREFIX = regex.compile(
    r"^(?:(?:Last|Earlier|Later|This|Next)\s+\w+|January|February|March|April|May|June|July|August|September|"
    r"October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Yesterday|Today|"
    r"Earlier|Meanwhile|Separately|Previously)\b[\s,]+(?=\S)"
)


def _clean_np(np: str) -> str:
    np = regex.sub(r"\s+", " ", np).strip(" ,'\"“”‘’")
    np = regex.sub(r"^(?:and|but|while|as|so|yet|then|also|meanwhile|however|that|In\s+\w+|On\s+\w+)\s+", "", np)
    np = regex.sub(_TIME_PREFIX, "", np)
    np = regex.sub(r"\s+(?:also|later|earlier|separately|previously|then|again|now|initially|first)$", "", np)
    return np.strip(" ,")


def _np_before(text: str, end: int) -> tuple[int, str] | None:
    """The noun phrase that ends at ``end`` (a claimant's position before its verb)."""
    left = text[:end].rstrip()
    # an appositive "X, chairman of Y, said": use X and keep it whole
    appositive = _APPOSITIVE.search(left)
    core_end = appositive.start() if appositive else len(left)
    left_core = left[:core_end]
    tokens = list(regex.finditer(r"[\w'’.&-]+", left_core))
    chosen: list[regex.Match] = []
    for token in reversed(tokens):
        word = token.group()
        gap = left_core[token.end() : chosen[0].start() if chosen else len(left_core)]
        if chosen and regex.search(r"[,;:()\"“”]", gap):
            break
        lower = word.lower()
        if chosen and lower in {"said", "says", "told", "that", "when", "while", "because", "after", "before",
                                "since", "if", "as", "but", "and", "or", "in", "on", "at", "during", "by",
                                "with", "from", "to", "into", "than", "although", "though", "where"}:
            if lower == "and" and _and_joins_names(tokens, token, chosen):
                chosen.insert(0, token)
                continue
            break
        if not chosen and lower in {"it", "he", "she", "they", "we", "i"}:
            chosen.insert(0, token)
            break
        if regex.fullmatch(r"\d[\d,.]*", word):
            break
        chosen.insert(0, token)
        if len(chosen) >= 12:
            break
    while chosen and chosen[0].group().lower() in {"of", "for", "and", "the's"}:
        chosen.pop(0)
    if not chosen:
        return None
    start = chosen[0].start()
    return start, left_core[start:].strip()


def _and_joins_names(tokens: list[regex.Match], token: regex.Match, chosen: list[regex.Match]) -> bool:
    # "Ukrainian and Western assessments", "US and Ukrainian officials", "BBC and Mediazona"
    index = tokens.index(token)
    if index == 0:
        return False
    before = tokens[index - 1].group()
    after = chosen[0].group()
    return before[:1].isupper() and after[:1].isupper()


def _is_claimant(np: str) -> bool:
    words = np.split()
    if not words:
        return False
    first = words[0].lower()
    if len(words) == 1 and first in PERSON_PRONOUNS + BODY_PRONOUNS:
        return True
    if first in NON_CLAIMANT_WORDS and len(words) == 1:
        return False
    if any(w[:1].isupper() for w in words if w.lower() not in {"the", "a", "an"}):
        return True
    return bool(_BODY.search(np) or _ROLE.search(np))


def find_attributions(text: str) -> list[Attribution]:
    """Reporting clauses in one sentence, left to right.

    >>> [a.claimant for a in find_attributions("About 300 soldiers died, a South Korean lawmaker said.")]
    ['a South Korean lawmaker']
    >>> [a.claimant for a in find_attributions("According to US officials cited by the paper, 500 died.")]
    ['US officials']
    """
    found: list[Attribution] = []
    for match in _ACCORDING.finditer(text):
        np = _clean_np(match["np"])
        kind = match["kind"].lower()
        np = _agent_of(np)
        if not np or not _is_claimant(np):
            continue
        if kind in {w.lower() for w in CITING}:
            continue  # cited sources are attached below
        cited = _cited_source(text, match.end())
        found.append(Attribution(np, match.start("np"), match.end("np"), match.start(), match.end("kind"), cited,
                                 before_figures=match.start() < len(text) * 0.5 and not _figure_before(text, match.start())))
    for match in _VERB.finditer(text):
        verb_start = match.start()
        located = _np_before(text, verb_start)
        if located is None:
            continue
        np_start, np = located
        np = _clean_np(np)
        if not np or not _is_claimant(np) or _inside(found, np_start):
            continue
        if match["verb"].lower() in {"put", "puts", "gave", "gives", "found", "finds", "shows", "showed",
                                     "counted", "counts", "recorded", "records", "listed", "lists", "raised",
                                     "revised", "lowered", "registered", "identified", "described", "published",
                                     "publishes", "updated", "cited", "cites", "noted", "notes", "quoted",
                                     "think", "thinks", "declared", "declares"}:
            if not regex.match(r"\s*(?:the|its|a|an|his|her|their|that|\w+'s)?\b", text[match.end() :]):
                continue
        if np.lower() in {w.lower() for w in ROLE_NOUNS}:
            continue
        cited = _cited_source(text, match.end())
        found.append(Attribution(np, np_start, np_start + len(np), verb_start, match.end(), cited,
                                 before_figures=not _figure_before(text, np_start)))
    for match in _INVERTED.finditer(text):
        np = _clean_np(match["np"])
        if np and _is_claimant(np) and not _inside(found, match.start("np")):
            found.append(Attribution(np, match.start("np"), match.end("np"), match.start(), match.start("np"),
                                     _cited_source(text, match.end()), before_figures=False))
    found.sort(key=lambda a: a.start)
    return found


def _figure_before(text: str, position: int) -> bool:
    return bool(regex.search(r"\d|\b(?:hundreds|thousands|dozens)\b", text[:position]))


def _inside(found: list[Attribution], position: int) -> bool:
    return any(a.start <= position < a.end for a in found)


def _agent_of(np: str) -> str:
    """ "the latest update of a count kept by X" names X as the source."""
    agent = regex.search(r"\b(?:kept|compiled|published|issued|released|run|collected|gathered|made)\s+by\s+(.+)$", np)
    if agent:
        return agent.group(1).strip()
    cited = regex.search(r"^(.+?)\s+(?:cited|quoted|reported)\s+by\b", np)
    return cited.group(1).strip() if cited else np


def _cited_source(text: str, position: int) -> str | None:
    rest = text[position:]
    match = regex.search(
        rf"\b(?:{_words(CITING)}|cited\s+by|according\s+to)\s+(?P<np>[^,;:.!?()\"“”]+?)(?=\s*(?:[,;:.!?()\"“”]|$|\s(?:that|which|who|and\s+said)\b))",
        rest,
    )
    if not match:
        return None
    np = _clean_np(match["np"])
    return _agent_of(np) or None


# ---------------------------------------------------------------- resolution across the article


@dataclass
class Mention:
    """A name or description the article has used, for resolving later references."""

    name: str
    person: bool
    sentence: int


_PERSON_NAME = regex.compile(
    r"(?<![\w'’-])(?:[A-Z][a-z]+(?:-[A-Za-z]+)?|al-[A-Z][a-z]+|van|de|der)"
    r"(?:\s+(?:[A-Z][a-z]+(?:-[A-Za-z]+)*|al-[A-Z][a-z]+|van\s+de|van|de|der|bin|ibn|Jong)){1,3}"
)


class ClaimantResolver:
    """Resolves claimant noun phrases to the fullest name the article gives."""

    def __init__(self, sentences: list[Sentence]):
        self.sentences = sentences
        self.people = self._collect_people(sentences)
        self.acronyms = self._collect_acronyms(" ".join(s.text for s in sentences))
        self.history: list[Mention] = []

    @staticmethod
    def _collect_people(sentences: list[Sentence]) -> list[str]:
        names: list[str] = []
        for sentence in sentences:
            for match in _PERSON_NAME.finditer(sentence.text):
                name = _strip_titles(match.group())
                if len(name.split()) >= 2 and not _looks_like_body(name) and name not in names:
                    names.append(name)
        return names

    @staticmethod
    def _collect_acronyms(text: str) -> dict[str, str]:
        acronyms = {}
        for match in regex.finditer(r"((?:[A-Z][\w'’-]*\s+(?:(?:of|for|and|the|on)\s+)*){2,8})\((?P<short>[A-Z][A-Z0-9&]{1,8})\)", text):
            full = match.group(1).strip()
            full = regex.sub(r"^(?:The|the)\s+", "", full)
            acronyms[match["short"]] = full
        return acronyms

    def remember(self, name: str, sentence: int) -> None:
        self.history.append(Mention(name, _is_person(name), sentence))

    def resolve(self, np: str, sentence_index: int) -> str:
        np = _clean_np(np)
        lower = np.lower()
        if lower in PERSON_PRONOUNS:
            return self._last(person=True) or np
        if lower in BODY_PRONOUNS:
            return self._last(person=False) or self._last(person=None) or np
        if _DOCUMENT.match(np) or regex.match(r"^the\s+same\b", lower):
            return self._last(person=None) or np
        indefinite = regex.match(r"^(?:an?|one)\s+(.+)$", np, regex.I)
        if indefinite and _ROLE.search(np):
            named = self._named_later(sentence_index)
            if named:
                return named
            return indefinite.group(1)
        definite = regex.match(r"^the\s+(.+)$", np, regex.I)
        if definite and not any(w[:1].isupper() for w in definite.group(1).split()):
            head = definite.group(1).split()[-1].lower()
            earlier = self._last_with(head)
            if earlier:
                return earlier
        name = _strip_titles(np)
        if name in self.acronyms or regex.sub(r"^the\s+", "", name, flags=regex.I) in self.acronyms:
            return self.acronyms[regex.sub(r"^the\s+", "", name, flags=regex.I)]
        full = self._full_name(name)
        return full or name

    def _last(self, person: bool | None) -> str | None:
        for mention in reversed(self.history):
            if person is None or mention.person == person:
                return mention.name
        return None

    def _last_with(self, head: str) -> str | None:
        for mention in reversed(self.history):
            if regex.search(rf"\b{regex.escape(head)}", mention.name, regex.I):
                return mention.name
        for sentence in self.sentences:
            pass
        return None

    def _named_later(self, index: int) -> str | None:
        for sentence in self.sentences[index + 1 : index + 4]:
            for attribution in find_attributions(sentence.text):
                name = _strip_titles(_clean_np(attribution.claimant))
                full = self._full_name(name) or name
                if _is_person(full):
                    return full
            first = _PERSON_NAME.match(sentence.text)
            if first:
                name = _strip_titles(first.group())
                if _is_person(name):
                    return self._full_name(name) or name
        return None

    def _full_name(self, name: str) -> str | None:
        tokens = name.split()
        if not tokens or len(tokens) > 3 or not all(t[:1].isupper() or t.startswith("al-") for t in tokens):
            return None
        best = None
        for person in self.people:
            parts = person.split()
            if name == person:
                return person
            if len(tokens) == 1 and tokens[0] in parts and (tokens[0] == parts[-1] or tokens[0] == parts[0]):
                if best is None or len(person) > len(best):
                    best = person
            elif len(tokens) >= 2 and person.endswith(name) and len(person) > len(name):
                best = person
        return best


def _strip_titles(name: str) -> str:
    name = regex.sub(r"^(?:the\s+)?(?:[\w'’-]+\s+){0,3}?(?:spokesman|spokeswoman|spokesperson|minister|director|"
                     r"chief|envoy|ambassador|secretary|commander|head|lawmaker|official)\s+(?=[A-Z])", "", name)
    tokens = name.split()
    while len(tokens) > 1 and (tokens[0].lower().rstrip(".") in _TITLE_WORDS or tokens[0].endswith(("'s", "’s"))
                               or tokens[0] in {"US", "UN", "UK", "EU"}):
        tokens.pop(0)
    return " ".join(tokens)


def _looks_like_body(name: str) -> bool:
    return bool(_BODY.search(name)) or any(w.lower() in {"ministry", "general", "staff", "council", "service",
                                                         "forces", "army", "united", "states", "nations"} for w in name.split())


def _is_person(name: str) -> bool:
    tokens = name.split()
    return 2 <= len(tokens) <= 4 and all(t[:1].isupper() or t.startswith(("al-", "van", "de")) for t in tokens) \
        and not _looks_like_body(name) and not any(t.endswith(("'s", "’s")) for t in tokens)
