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
from .source_phrases import initials, person_in, person_name

_VOWELS = regex.compile(r"(?<=.)[aeiouy]+")
_REPEATS = regex.compile(r"(.)\1+")
_NOT_LETTER = regex.compile(r"[^a-z]")
_PARTICLE = regex.compile(r"^(?:al|el|ul|ad|ar|as|an|at|az)-", regex.I)
_NAME_PARTICLES = {"al", "el", "bin", "ibn", "bint", "abu", "de", "da", "van", "von", "der"}
_ACRONYM = regex.compile(r"^[A-Z]{2,8}(?:-\d{1,2})?$")
_NOT_BODIES = (None, "person", "unnamed")
_SPEAKING_AS_OFFICE = ("government", "military", "health authority")  # a person typed by their office


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
    plain = _NOT_LETTER.sub("", plain)
    return _REPEATS.sub(r"\1", _VOWELS.sub("", plain))


def _person_key(name: str) -> tuple[str, ...]:
    words = (w for w in name.replace("’", "'").split() if w.lower() not in _NAME_PARTICLES)
    return tuple(key for key in map(skeleton, words) if key)


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
    people = {name for name in articles if _a_person(name, types[name].most_common(1)[0][0])}
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
    for claimant, source, kind in set(claimants):  # each claimant read once, however many figures it gives
        person = person_in(claimant) if isinstance(claimant, str) and kind not in _NOT_BODIES else None
        if person and isinstance(source, str) and source != person:
            name = person_name(person)
            tied[renamed.get(name, name)].add(source)
    return {person: next(iter(bodies)) for person, bodies in tied.items() if len(bodies) == 1}


def _a_person(name: str, kind: str | None) -> bool:
    """A person's name, typed as a person or as the government they speak for."""
    return kind == "person" or (kind in _SPEAKING_AS_OFFICE and is_person(name))


def _same_people(names: set[str]) -> list[set[str]]:
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
    ending_on, opening_with = defaultdict(list), defaultdict(list)  # full names by surname, by first words
    for other in (key for key in by_key if len(key) >= 2):
        ending_on[other[-1]].append(other)
        for size in range(2, len(other)):
            opening_with[other[:size]].append(other)
    for key in by_key:
        longer = ending_on[key[0]] if len(key) == 1 else opening_with[key]  # "Burhan"; "Abiy Ahmed" of "... Ali"
        if len({root(by_key[other][0]) for other in longer}) == 1:
            join(by_key[key][0], by_key[longer[0]][0])
    groups: dict[str, set[str]] = defaultdict(set)
    for name in names:
        groups[root(name)].add(name)
    return [group for group in groups.values() if len(group) > 1]


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


Row = tuple[str | None, str | None, str, str | None, str | None]  # source, type, article, claimant, country


def merge_plan(rows: Iterable[Row]) -> tuple[dict[str, str], dict[str, tuple]]:
    """For figure rows ``(source, source_type, article, claimant, source_country)``: the names to rewrite (old ->
    new, :func:`unified_names`) and the type and country each new name takes from the rows that bear it already.
    The one plan ``unify_sources``, the store and a ``corpus`` dataset apply."""
    rows = [row for row in rows if isinstance(row[0], str) and row[0].strip()]
    renamed = unified_names(((s, t, a) for s, t, a, _, _ in rows), ((c, s, t) for s, t, _, c, _ in rows))
    kept = ((s, t, country) for s, t, _, _, country in rows if s not in renamed)
    return renamed, types_of(kept, set(renamed.values())) if renamed else {}


def unify_sources(table: pd.DataFrame) -> pd.DataFrame:
    """``table`` with each ``source`` under the name :func:`merge_plan` gives it across the table's articles
    (``article_id``, else ``doc``), with that name's type and country. The claimant as written is left alone."""
    if table.empty or "source" not in table:
        return table
    article = "article_id" if "article_id" in table else "doc"
    columns = ("source", "source_type", article, "claimant", "source_country")
    renamed, typed = merge_plan(zip(*(table[column] for column in columns), strict=True))
    moved = table["source"].isin(list(renamed))
    if not moved.any():
        return table
    table = table.copy()
    new = table.loc[moved, "source"].map(renamed)
    table.loc[moved, "source"] = new
    for place, column in enumerate(("source_type", "source_country")):
        given = new.map(lambda name, place=place: typed.get(name, (None, None))[place])
        table.loc[moved, column] = given.where(given.notna(), table.loc[moved, column])
    return table
