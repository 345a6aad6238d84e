"""One name for a source across articles: what no single article can settle.

``extractors/sources.py`` names each article's sources by themselves. Some names only
meet across articles: one article writes "Abiy Ahmed Ali", another "Abiy Ahmed"; one
"Mohammed Hamdan Dagalo", another "Mohamed Hamdan Dagalo"; one spells out a body that
another gives only as an acronym. ``unified_names`` takes every source name of a table
and returns the names to rewrite, in these steps:

1. people whose names are one name transliterated two ways (the same consonants in each
   word: "Burhan"/"Burhane", "Mohammed"/"Muhammad"), or one the other's first words
   ("Abiy Ahmed" of "Abiy Ahmed Ali"), or a surname alone whose full name is the only
   one of the table that ends on it ("Burhan"), are one person;
2. an acronym that spells the initials of exactly one body's name in the table is that body;
3. a person whose figures one article gives to the one body it ties them to ("Oleh Syniehubov, head of the
   regional military administration") speaks for that body where another article does not say so.

Each group takes the name most articles use, the longer name on a tie. Names no other
name of the table meets are left as they are, and so are surnames more than one full name
ends on. ``unify_sources`` applies the result to a figures table.
"""

from __future__ import annotations

import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable

import pandas as pd
import regex

from .names import is_person
from .source_phrases import person_in, person_name

_VOWELS = regex.compile(r"(?<=.)[aeiouy]+")
_REPEATS = regex.compile(r"(.)\1+")
_PARTICLE = regex.compile(r"^(?:al|el|ul|ad|ar|as|an|at|az)-", regex.I)
_NAME_PARTICLES = {"al", "el", "bin", "ibn", "bint", "abu", "de", "da", "van", "von", "der"}
_ACRONYM = regex.compile(r"^[A-Z]{2,8}(?:-\d{1,2})?$")
_NAME_WORD = regex.compile(r"[A-Za-z][\w'’&-]*")
_SMALL_WORDS = {"of", "for", "and", "the", "on", "in", "&", "de", "du", "des", "la", "le"}
_NOT_BODIES = (None, "person", "unnamed")
_COUNTRY_AFTER = regex.compile(r"\s*\([^()]*\)$")  # "Ministry of Defence (Russia)": the country in brackets


def skeleton(word: str) -> str:
    """A word reduced to what its transliterations keep: no accents, no particle, its first letter and
    its consonants, each once.

    >>> skeleton("Burhane") == skeleton("Burhan"), skeleton("Muhammad") == skeleton("Mohamed")
    (True, True)
    >>> skeleton("al-Burhan") == skeleton("Burhan"), skeleton("Zelenskyy") == skeleton("Zelensky")
    (True, True)
    >>> skeleton("Ahmed") == skeleton("Ali")
    False
    """
    plain = "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))
    plain = _PARTICLE.sub("", plain).lower()
    plain = regex.sub(r"[^a-z]", "", plain)
    return _REPEATS.sub(r"\1", _VOWELS.sub("", plain))


def _person_key(name: str) -> tuple[str, ...]:
    words = [w for w in name.replace("’", "'").split() if w.lower() not in _NAME_PARTICLES]
    return tuple(skeleton(w) for w in words if skeleton(w))


def initials(name: str) -> str:
    """The letters an acronym of a body's name would take ("Internal Security Operations Command" -> "ISOC"),
    digits kept, its country in brackets left out.

    >>> initials("National Intelligence Service (South Korea)"), initials("Command Region 4")
    ('NIS', 'CR4')
    """
    words = _NAME_WORD.findall(_COUNTRY_AFTER.sub("", name)) + regex.findall(r"\b\d{1,2}\b", name)
    return "".join(w[0].upper() if w[0].isalpha() else w for w in words if w.lower() not in _SMALL_WORDS)


def unified_names(
    sources: Iterable[tuple[str, str | None, str]], claimants: Iterable[tuple[str | None, str, str | None]] = ()
) -> dict[str, str]:
    """The names to rewrite, old -> new, among ``(source, source_type, article)`` rows (see the module docstring).

    >>> rows = [("Abiy Ahmed Ali", "person", "a"), ("Abiy Ahmed", "person", "b"), ("Abiy Ahmed", "person", "c")]
    >>> unified_names(rows)
    {'Abiy Ahmed Ali': 'Abiy Ahmed'}
    >>> unified_names([("Burhan", "person", "a"), ("Abdel Fattah al-Burhan", "person", "b")])
    {'Burhan': 'Abdel Fattah al-Burhan'}
    >>> unified_names([("Kim", "person", "a"), ("Kim Jong Un", "person", "b"), ("Kim Yo Jong", "person", "c")])
    {}
    """
    articles: dict[str, set[str]] = defaultdict(set)
    types: dict[str, Counter] = defaultdict(Counter)
    for name, kind, article in sources:
        if isinstance(name, str) and name.strip():
            articles[name].add(article)
            types[name][kind] += 1
    people = [name for name in articles if _a_person(name, types[name].most_common(1)[0][0])]
    bodies = [name for name in articles if name not in people]
    groups = [*_same_people(people), *_acronyms(bodies)]
    renamed = {}
    for group in groups:
        best = max(group, key=lambda name: (len(articles[name]), len(name), name))
        renamed.update({name: best for name in group if name != best})
    for person, body in _bodies_of_people(claimants, renamed).items():
        if person in articles and body != person:
            renamed.update({name: body for name, new in [*renamed.items(), (person, person)] if new == person})
    return renamed


def _bodies_of_people(claimants: Iterable[tuple[str | None, str, str | None]], renamed: dict[str, str]) -> dict:
    """Each person an article ties to one body, by their one name: (claimant, source, type) rows (step 3)."""
    tied: dict[str, set[str]] = defaultdict(set)
    for claimant, source, kind in claimants:
        person = person_in(claimant) if isinstance(claimant, str) and kind not in _NOT_BODIES else None
        if person and isinstance(source, str) and source != person:
            name = person_name(person)
            tied[renamed.get(name, name)].add(source)
    return {person: next(iter(bodies)) for person, bodies in tied.items() if len(bodies) == 1}


def _a_person(name: str, kind: str | None) -> bool:
    """A person's name, typed as a person or as the government they speak for."""
    return kind == "person" or (kind == "government" and is_person(name))


def _same_people(names: list[str]) -> list[set[str]]:
    """Groups of names of one person (step 1)."""
    keys = {name: _person_key(name) for name in names}
    parent = {name: name for name in names}

    def root(name: str) -> str:
        while parent[name] != name:
            name = parent[name]
        return name

    def join(a: str, b: str) -> None:
        parent[root(a)] = root(b)

    by_key: dict[tuple, list[str]] = defaultdict(list)
    for name, key in keys.items():
        if key:
            by_key[key].append(name)
    for same in by_key.values():
        for name in same[1:]:
            join(name, same[0])
    full = [key for key in by_key if len(key) >= 2]
    for key in by_key:
        longer = [other for other in full if len(other) > len(key) and _extends(key, other)]
        if len({root(by_key[other][0]) for other in longer}) == 1:
            join(by_key[key][0], by_key[longer[0]][0])
    groups: dict[str, set[str]] = defaultdict(set)
    for name in names:
        groups[root(name)].add(name)
    return [group for group in groups.values() if len(group) > 1]


def _extends(key: tuple[str, ...], other: tuple[str, ...]) -> bool:
    """Whether ``other`` is the full name of ``key``: a surname alone it ends on, or its first words."""
    if len(key) == 1:
        return other[-1] == key[0]
    return other[: len(key)] == key


def _acronyms(names: list[str]) -> list[set[str]]:
    """An acronym with the one body whose name it spells (step 2)."""
    spelled: dict[str, list[str]] = defaultdict(list)
    for name in names:
        if len(name.split()) >= 2:
            spelled[initials(name).replace("-", "")].append(name)
    groups = []
    for name in names:
        if _ACRONYM.match(name):
            bodies = spelled.get(name.replace("-", ""), [])
            if len(bodies) == 1:
                groups.append({name, bodies[0]})
    return groups


def types_of(rows: Iterable[tuple[str, str | None, str | None]], names: set[str]) -> dict[str, tuple]:
    """The (source_type, source_country) most ``(source, type, country)`` rows of each of ``names`` have."""
    seen = Counter((name, kind, country) for name, kind, country in rows if name in names)
    typed: dict[str, tuple] = {}
    for (name, kind, country), _ in seen.most_common():
        typed.setdefault(name, (kind, country))
    return typed


def unify_sources(table: pd.DataFrame) -> pd.DataFrame:
    """``table`` with each ``source`` under the name :func:`unified_names` gives it across the table's
    articles (``article_id``, else ``doc``); type and country follow the name's other rows. The claimant as
    written is left alone."""
    if table.empty or "source" not in table:
        return table
    named = table.loc[table["source"].notna()]
    article = "article_id" if "article_id" in table else "doc"
    rows = zip(named["source"], named["source_type"], named[article], strict=True)
    renamed = unified_names(rows, zip(named["claimant"], named["source"], named["source_type"], strict=True))
    if not renamed:
        return table
    kept = named.loc[~named["source"].isin(list(renamed))]
    typed = types_of(
        zip(kept["source"], kept["source_type"], kept["source_country"], strict=True), set(renamed.values())
    )
    table = table.copy()
    for index in table.index[table["source"].isin(list(renamed))]:
        new = renamed[table.at[index, "source"]]
        kind, country = typed.get(new, (table.at[index, "source_type"], None))
        table.loc[index, ["source", "source_type"]] = [new, kind]
        if country is not None and not pd.isna(country):
            table.at[index, "source_country"] = country
    return table
