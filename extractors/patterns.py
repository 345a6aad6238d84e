"""Building regex alternations from word lists: one rule, shared by every module."""

from __future__ import annotations

from collections.abc import Iterable

import regex

_END = ""


def alternation(items: Iterable[str], literal: bool = True, tree: bool = True, any_space: bool = True) -> str:
    """``items`` as one regex alternation that prefers the longest item, so "seventeen" is not read as "seven".

    Literal words are escaped and their spaces match any run of white space. They are
    merged into a prefix tree ("at(?:\\s+least)?"): the regex engine then reads each
    character once instead of trying every word in turn, which matters for the long
    lists of names and verbs. A pattern searched from the end (``(?r)``) must take
    ``tree=False``: read backwards, "over" would win over "just over". With
    ``literal=False`` the items are regex fragments already, joined longest first. With
    ``any_space=False`` a space matches one space only, so a match is exactly an item.

    >>> alternation(["at least", "at"])
    'at(?:\\\\s+least)?'
    >>> alternation(["seven", "seventeen", "six"])
    's(?:even(?:teen)?|ix)'
    >>> alternation(["over", "just over"], tree=False)
    'just\\\\s+over|over'
    >>> alternation([r"troops?", "men"], literal=False)
    'troops?|men'
    """
    if not literal:
        return "|".join(sorted(items, key=len, reverse=True))
    if not tree:
        ordered = sorted(items, key=len, reverse=True)
        return "|".join(regex.escape(item).replace(r"\ ", r"\s+") for item in ordered if item)
    trie: dict = {}
    for item in items:
        if not item:
            continue
        node = trie
        for unit in _units(item, any_space):
            node = node.setdefault(unit, {})
        node[_END] = {}
    return _pattern(trie)[0]


def _units(item: str, any_space: bool = True) -> list[str]:
    """The regex pieces of a literal item, one per character; a run of spaces is one ``\\s+``."""
    units: list[str] = []
    for char in item:
        if char.isspace() and any_space:
            if not units or units[-1] != r"\s+":
                units.append(r"\s+")
        else:
            units.append(regex.escape(char))
    return units


def _pattern(node: dict) -> tuple[str, int]:
    """The regex for a prefix-tree node, and the length of its longest item in units."""
    branches = []
    for unit, child in node.items():
        if unit != _END:
            rest, depth = _pattern(child)
            branches.append((1 + depth, unit, rest))
    if not branches:
        return "", 0
    branches.sort(key=lambda branch: -branch[0])  # deepest first: longest items win
    deepest, unit, rest = branches[0]
    optional = _END in node
    if len(branches) == 1 and not optional:
        return unit + rest, deepest
    if len(branches) == 1 and not rest and len(unit) == 1:
        return unit + "?", deepest  # one character: "troops?" rather than "troop(?:s)?"
    return "(?:" + "|".join(u + r for _, u, r in branches) + ")" + ("?" if optional else ""), deepest


class Phrases(dict):
    """A table of phrases looked up by what an :func:`alternation` matched, which lets any run of white
    space stand for a space: "South\\nKorea" (a wrapped line) finds "South Korea".

    >>> Phrases({"South Korea": "South Korea"})["South\\n  Korea"]
    'South Korea'
    """

    def __missing__(self, key: str) -> object:
        spaced = " ".join(key.split())
        if spaced == key or spaced not in self:
            raise KeyError(key)
        return self[spaced]

    def __or__(self, other: dict) -> Phrases:
        return Phrases({**self, **other})

    def get(self, key: str, default: object = None) -> object:
        try:
            return self[key]
        except KeyError:
            return default
