"""Resolving a claimant's noun phrase to the fullest name the article gives.

A pronoun becomes the last claimant, "Mr Zelensky" becomes "Volodymyr Zelensky", "the
ministry" the last ministry named, "Its General Staff" the country's, and an indefinite
role ("a South Korean lawmaker") the person the next sentences name.
"""

from __future__ import annotations

from dataclasses import dataclass

import regex

from .attribution import find_attributions
from .claimant_phrases import DOCUMENT, clean_np, sentence_subject
from .lexicon.attribution import (
    BODY_NOUNS,
    BODY_PRONOUNS,
    DOCUMENT_NOUNS,
    GENERIC_BODY_NOUNS,
    PERSON_NOUNS,
    PERSON_PRONOUNS,
    ROLE_NOUNS,
)
from .lexicon.places import SIDES
from .names import (
    BODY_AT_END,
    DETERMINERS,
    LEADING_THE,
    OPENING_SURNAME,
    PERSON_NAME,
    PLACE_WORDS,
    ROLE_AT_END,
    capitalised,
    has_name,
    is_person,
    strip_titles,
)
from .patterns import alternation
from .sentences import Sentence
from .source_phrases import person_in
from .source_registry import registered

_THE_SAME = regex.compile(r"^the\s+same\b", regex.I)


_POSSESSIVE_PRONOUN = regex.compile(r"^(?:its|their)\s+(.+)$", regex.I)


_DESCRIPTION = regex.compile(r"^(?:(?P<a>(?i:an?|one))|[A-Z][\w-]*'s|[A-Z][\w-]*’s)\s+(.+)$")


_DEFINITE = regex.compile(r"^the\s+(.+)$", regex.I)


_BODY_NOUNS = {noun.lower() for noun in BODY_NOUNS}


def _proper_body(name: str) -> bool:
    first, *rest = name.split()
    if name in PLACE_WORDS:
        return False  # "Myanmar" opening a sentence is a country, not the group meant
    if not rest and first.lower().endswith("ing"):
        return False  # "Fighting went on": a gerund opening a sentence names no body
    if not rest and first.lower() in (*BODY_PRONOUNS, *PERSON_PRONOUNS):
        return False  # "It said ...": a pronoun is no name to refer back to
    return any(capitalised(word) for word in rest) or (not rest and first.lower() not in _BODY_NOUNS)


_LEADING_THE_ANY_CASE = regex.compile(r"^the\s+", regex.I)
_RUN_BY = regex.compile(r"^(?i:the)\s+[A-Z][\w'’]*-(?:run|controlled|led|backed)\s+(?P<rest>[a-z][\w\s]*)$")
# "..., a little-known faction linked to ...": the name before is a group's
_GROUP_APPOSITIVE = regex.compile(
    r",\s+(?:an?|the)\s+(?:[\w'’-]+\s+){0,3}?(?:group|faction|militia|movement|front|organi[sz]ation|outfit|network)\b"
)
# "Responsibility was claimed by X, a faction ...": the agent of an attack or its claim
_CLAIMED_BY = regex.compile(
    r"\b(?:claimed|carried\s+out|staged|launched)\s+by\s+(?:the\s+)?"
    r"(?P<name>[A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|al-[\w'’-]+|of|for|the))*(?<=\w))"
)
# A document's owner written as a possessive: "the mission's latest figures", "the ministry's tally"
_POSSESSOR = regex.compile(r"^(?P<owner>(?:the\s+)?[^'’\s]+(?:\s+[^'’\s]+){0,5}?)['’]s\s+\S")
# A document and the body it is by: "an assessment by Britain's intelligence service was circulated"
_DOCUMENT_BY = regex.compile(
    rf"\b(?:{alternation(DOCUMENT_NOUNS)})\s+(?:by|from)\s+(?P<owner>(?:the\s+)?[A-Z][^,.;:()]*?)"
    r"(?=\s+(?:was|were|is|are|has|had|that|which|on|in|last|this|published|released|circulated|seen)\b|[,.;:(])"
)


_ACRONYM_DEFINITION = regex.compile(
    r"((?:[A-Z][\w'’-]*[^\S\n]+(?:(?:of|for|and|the|on)[^\S\n]+)*){2,8})\((?P<short>[A-Z][A-Z0-9&-]{1,10})\)"
)


@dataclass
class Mention:
    """A name or description the article has used, for resolving later references."""

    name: str
    person: bool
    sentence: int
    top_level: bool = True


_DATELINE_AFTER = regex.compile(r",\s+(?:[A-Z][a-z]{2,}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,})\b[^-–—\n]{0,40}[-–—]")
_SPOKES = regex.compile(r"\bspokes(?:man|woman|person)\b", regex.I)
_SPOKES_REACH = 12  # sentences back to the spokesperson's introduction
# A name right before its role: "Ivo Dan, the army's ", "Ivo Dan, a ".
_NAME_BEFORE_ROLE = regex.compile(rf"(?r)(?P<name>{PERSON_NAME.pattern}),\s+(?:[\w'’-]+\s+){{0,4}}$")
_PLACE_BEFORE = regex.compile(r"\b(?:in|at|near|from|on)\s+$")  # "attacks in Kryvyi Rih": a place


class ClaimantResolver:
    """Resolves claimant noun phrases to the fullest name the article gives."""

    def __init__(self, sentences: list[Sentence]):
        self.sentences = sentences
        self.people = self._collect_people(sentences)
        self.acronyms = self._collect_acronyms("\n".join(s.text for s in sentences))
        self.first_names = {m[1] for s in sentences for m in _FIRST_NAME_INTRODUCED.finditer(s.text)} - PLACE_WORDS
        self.history: list[Mention] = []
        # Each name once, the one mentioned last at the end: a search for the latest mention
        # matching a name walks the names, not every mention (which grows with the article).
        self._by_recency: dict[str, None] = {}

    @staticmethod
    def _collect_people(sentences: list[Sentence]) -> list[str]:
        names: dict[str, None] = {}  # in the order first named
        seen: set[str] = set()
        for sentence in sentences:
            for match in PERSON_NAME.finditer(sentence.text):
                if match.group() in seen:
                    continue  # a name said again
                seen.add(match.group())
                name = strip_titles(match.group())
                if is_person(name):
                    names.setdefault(name)
        return list(names)

    @staticmethod
    def _collect_acronyms(text: str) -> dict[str, str]:
        acronyms = {}
        for match in _ACRONYM_DEFINITION.finditer(text):
            full = match.group(1).strip()
            full = LEADING_THE.sub("", full)
            acronyms[match["short"]] = full
        return acronyms

    def remember(self, name: str, sentence: int, top_level: bool = True) -> None:
        if name and name.split()[0].lower() in ("no", "none", "nobody", "neither"):
            return  # "No group claimed responsibility": nobody to refer back to
        if name and (not self.history or self.history[-1].name != name):
            person = not registered(_LEADING_THE_ANY_CASE.sub("", name)) and (  # "Doctors Without Borders"
                (is_person(name) and name not in self.acronyms.values())
                or person_in(name) is not None  # "DG ISPR Lt Gen Ahmed Sharif Chaudhry"
                or _UNNAMED_PERSON.match(name) is not None
                or name in self.first_names  # "says Andriy, a 29-year-old combat medic"
            )
            self.history.append(Mention(name, person, sentence, top_level))
            self._by_recency.pop(name, None)
            self._by_recency[name] = None

    def resolve(self, np: str, sentence_index: int) -> str:
        """The fullest name for the claimant noun phrase ``np`` met in sentence ``sentence_index``."""
        np = clean_np(np)
        lower = np.lower()
        # a pronoun the article gives no one for is no claimant: "It" or "He" names nobody
        if lower in PERSON_PRONOUNS:
            return self._last(person=True) or ""
        if lower in BODY_PRONOUNS:
            return self._last(person=False) or self._last(person=None) or self._named_body_before(sentence_index) or ""
        same = _THE_SAME.match(np)
        if same and not DOCUMENT.match(np):
            rest = np[same.end() :].strip()
            # "according to the same source": the last source named, never the bare noun
            return self._last_with(rest) or self._last_with(rest.split()[-1]) or self._last(person=None) or rest
        if DOCUMENT.match(np) or _THE_SAME.match(lower):
            possessor = _POSSESSOR.match(np) if DOCUMENT.match(np) else None
            if possessor and possessor["owner"].lower() not in BODY_PRONOUNS:
                return self.resolve(possessor["owner"], sentence_index)  # "the mission's latest figures"
            owner = self._document_owner(np, sentence_index) if DOCUMENT.match(np) else None
            last_body = self._last(person=False, top_level=True) or self._last(person=False)
            return owner or last_body or self._last(person=None) or np
        possessive = _POSSESSIVE_PRONOUN.match(np)
        if possessive:
            rest = possessive.group(1)
            if capitalised(rest):
                owner = self._owner_before(sentence_index)
                return f"{owner}'s {rest}" if owner else rest
            if ROLE_AT_END.search(rest):
                return np  # "its commander": a person the article does not name
            return self._last(person=False) or rest
        described = _DESCRIPTION.match(np)
        if described and not self.full_name(strip_titles(np)) and not has_name(described.group(2)):
            person = bool(ROLE_AT_END.search(np))
            if person or (described["a"] and len(np.split()) <= 4):
                named = self._named_later(sentence_index, person=person)
                if named:
                    return named
            if described["a"]:
                return described.group(2)
            return np
        run_by = _RUN_BY.match(np)
        if run_by and self._last_with(run_by["rest"]):
            return self._last_with(run_by["rest"])  # "the Hamas-run ministry" after "the enclave's health ministry"
        definite = _DEFINITE.match(np)
        if definite and not any(capitalised(w) for w in definite.group(1).split()):
            earlier = self._last_with(definite.group(1))
            if earlier:
                return earlier  # "the ministry" after "the territory's health ministry"
            if definite.group(1).lower() in GENERIC_BODY_NOUNS:
                return self._named_body_before(sentence_index) or np  # "the organisation" after "the Red Cross"
            if _SPOKES.fullmatch(definite.group(1)):
                return self._spokesperson_named_before(sentence_index) or np  # after "Spokesman ..., Col. X"
            if ROLE_AT_END.search(np) and not BODY_AT_END.search(np):
                return self._last(person=True) or np  # "the lawmaker" after "Lee Seong-kweun, a lawmaker"
            return np
        name = strip_titles(np)
        bare = _LEADING_THE_ANY_CASE.sub("", name)
        if bare in self.acronyms:
            return self.acronyms[bare]
        return self.full_name(name) or name

    def _last(self, person: bool | None, top_level: bool = False) -> str | None:
        for mention in reversed(self.history):
            if (person is None or mention.person == person) and (mention.top_level or not top_level):
                return mention.name
        return None

    def _document_owner(self, np: str, index: int) -> str | None:
        """Whose document "the document" or "the report" is, when the sentence before says it ("A leaked
        assessment by Britain's intelligence service was circulated. The document puts ... at 4,900")."""
        if index == 0:
            return None
        owner = _DOCUMENT_BY.search(self.sentences[index - 1].text)
        return owner["owner"] if owner else None

    def _named_body_before(self, index: int) -> str | None:
        """The body with a proper name ("the Red Cross", not "Residents") that sentence ``index`` or the two
        before it last name, as a claimant or as the subject a sentence opens with."""
        for at in range(index, max(-1, index - 3), -1):
            for mention in reversed(self.history):
                if mention.sentence == at and not mention.person:
                    return mention.name if _proper_body(mention.name) else None
            opening = sentence_subject(self.sentences[at].text) if at < index and self.sentences[at].body else None
            if opening and _proper_body(opening[1]) and not is_person(opening[1]):
                return self.acronyms.get(opening[1], opening[1])
            agent = _CLAIMED_BY.search(self.sentences[at].text) if at < index else None
            if agent and (
                not is_person(agent["name"]) or _GROUP_APPOSITIVE.match(self.sentences[at].text, agent.end())
            ):
                return self.acronyms.get(agent["name"], agent["name"])
        return None

    def _spokesperson_named_before(self, index: int) -> str | None:
        """The person the article last named as a spokesperson before sentence ``index``: "the Official
        Spokesman of the Armed Forces, Brigadier General X", "X, the army's spokesman"."""
        for sentence in reversed(self.sentences[max(0, index - _SPOKES_REACH) : index]):
            for match in reversed(list(_SPOKES.finditer(sentence.text))):
                after = PERSON_NAME.finditer(sentence.text, match.end(), match.end() + 80)
                before = _NAME_BEFORE_ROLE.search(sentence.text, max(0, match.start() - 60), match.start())
                for found in (*after, before):
                    name = strip_titles(found.group(found.lastgroup or 0)) if found else ""
                    if is_person(name):
                        return self.full_name(name) or name
        return None

    def _last_with(self, description: str) -> str | None:
        """The name last mentioned that contains ``description`` as words (not just "the" + it)."""
        words = regex.compile(rf"\b{regex.escape(description)}\b", regex.I)
        bare = f"the {description.lower()}"
        for name in reversed(self._by_recency):
            if words.search(name) and name.lower() != bare:
                return name
        return None

    def _owner_before(self, index: int) -> str | None:
        """The country a possessive "Its ..." at sentence ``index`` refers back to."""
        for sentence in reversed(self.sentences[max(0, index - 2) : index]):
            owner = _COUNTRY_SUBJECT.search(sentence.text)
            if owner:
                return owner.group(1)
        return None

    def _named_later(self, index: int, person: bool) -> str | None:
        if not person:
            following = self.sentences[index + 1 : index + 2]
            body = _BODY_NAME.match(following[0].text) if following else None
            if body and body["short"]:
                return self.acronyms.get(body["short"]) or body["name"].strip()
            return None
        if _ANONYMOUS.search(self.sentences[index].text):
            return None  # "a diplomat, speaking on condition of anonymity, said": nobody is named later
        for sentence in self.sentences[index + 1 : index + 3]:
            for attribution in find_attributions(sentence.text):
                name = strip_titles(clean_np(attribution.claimant))
                bare = _LEADING_THE_ANY_CASE.sub("", name)
                full = self.acronyms.get(bare) or self.full_name(name) or name
                if is_person(full) == person and has_name(full):
                    return full
            if person:
                for mention in PERSON_NAME.finditer(sentence.text[:80]):
                    name = strip_titles(mention.group())
                    if is_person(name):
                        return self.full_name(name) or name
            else:
                body = _BODY_NAME.match(sentence.text)
                if body:
                    return self.acronyms.get(body.group("short") or "", None) or body.group("name")
        return None

    def remember_opening_person(self, text: str, sentence: int) -> None:
        """A sentence that opens with a person ("Zelensky has also offered ...") makes them the one "he" means."""
        opening = OPENING_SURNAME.match(text)
        # names that start in its first 80 characters, read whole ("... Border Guard Service", not "Servic")
        candidates = [*PERSON_NAME.finditer(text), *([opening] if opening else [])]
        candidates = [c for c in candidates if c.start() < 80 and not _PLACE_BEFORE.search(text, 0, c.start())]
        if self.first_names:  # "Back at the stabilisation point, ..., Andriy and two other medics wait"
            candidates += [word for word in _FIRST_NAME.finditer(text[:80]) if word.group() in self.first_names]
        for candidate in candidates:
            if text[candidate.end() : candidate.end() + 1] == ")" or text[max(0, candidate.start() - 1)] == "(":
                continue  # "KYIV (Example Newswire) -": a dateline, not a person
            if _DATELINE_AFTER.match(text, candidate.end()):
                continue  # "Port Sudan, Nov. 12 (SUNA) -": a dateline's city
            name = strip_titles(candidate.group(candidate.lastindex or 0))
            full = self.full_name(name) or (name if is_person(name) or name in self.first_names else None)
            if full and not registered(full):  # "Battlegroup South took ...": a known body, no "he"
                self.remember(full, sentence)
                return

    def full_name(self, name: str) -> str | None:
        tokens = name.split()
        if not tokens or len(tokens) > 3 or not all(capitalised(t) for t in tokens):
            return None
        if len(tokens) == 1 and (tokens[0] in PLACE_WORDS or tokens[0].lower() in DETERMINERS):
            return None  # "Israel said" is not "Israel Katz"
        best = None
        for person in self.people:
            parts = person.split()
            if name == person:
                return person
            if len(tokens) == 1 and (tokens[0] in (parts[0], parts[-1]) or _spelled_alike(tokens[0], parts[-1])):
                if best is None or len(person) > len(best):
                    best = person
            elif len(tokens) >= 2 and person.endswith(name) and len(person) > len(name):
                best = person
        return best


def _spelled_alike(word: str, surname: str) -> bool:
    """A surname transliterated two ways in one article ("Synehubov" for "Syniehubov"): one letter added,
    dropped or changed, in a name long enough for that not to make another name."""
    if word == surname or min(len(word), len(surname)) < _ALIKE_LENGTH or abs(len(word) - len(surname)) > 1:
        return False
    if len(word) == len(surname):
        return sum(a != b for a, b in zip(word, surname, strict=True)) == 1
    shorter, longer = sorted((word, surname), key=len)
    return any(longer[:i] + longer[i + 1 :] == shorter for i in range(len(longer)))


_ALIKE_LENGTH = 7  # "Synehubov", "Zelenskyy": shorter names differ by one letter too often
_COUNTRY_SUBJECT = regex.compile(rf"^(?:[\w,]+\s+){{0,3}}?({'|'.join(regex.escape(c) for c in SIDES)})\b")


# "a security source", "the officer": someone "he" or "she" can point back to, though unnamed.
# A person the article names by first name only: "Andriy, a 29-year-old combat medic", "Serhiy, 41, a platoon
# commander", "Valentyna, 78, keeps ...".
_PERSON_NOUNS = alternation([*ROLE_NOUNS, *PERSON_NOUNS])
_FIRST_NAME_INTRODUCED = regex.compile(
    rf"\b([A-Z][a-z]{{2,}}),\s+(?:\d{{1,3}},|an?\s+(?:\d{{1,3}}-year-old\s+)?(?:[\w-]+\s+){{0,3}}?"
    rf"(?:{_PERSON_NOUNS})\b)"
)
_FIRST_NAME = regex.compile(r"\b[A-Z][a-z]{2,}\b")
_UNNAMED_PERSON = regex.compile(rf"^(?:(?:an?|the)\s+)?(?:[\w-]+\s+){{0,3}}(?:{_PERSON_NOUNS})$", regex.I)
_ANONYMOUS = regex.compile(
    r"\b(?:not\s+to\s+be\s+(?:named|identified)|on\s+condition\s+of\s+anonymity|anonymously|declined\s+to\s+be\s+"
    r"(?:named|identified)|unnamed|not\s+authori[sz]ed\s+to\s+speak)\b",
    regex.I,
)


_BODY_NAME = regex.compile(
    r"^(?:The\s+)?(?P<name>(?:[A-Z][\w'’-]*\s+)(?:(?:of|for|and|on|the)\s+|[A-Z][\w'’-]*\s+){1,8}?)"
    r"(?:\((?P<short>[A-Z]{2,8})\)\s+)?(?:said|says|estimated|reported|found)\b"
)
