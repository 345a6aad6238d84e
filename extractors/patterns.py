"""Building regex alternations from word lists: one rule, shared by every module."""

from __future__ import annotations

from collections.abc import Iterable

import regex


def alternation(items: Iterable[str], literal: bool = True) -> str:
    """``items`` as one regex alternation, longest first so "seventeen" is not read as "seven".

    Literal words are escaped and their spaces match any run of white space; with
    ``literal=False`` the items are regex fragments already.

    >>> alternation(["at least", "at"])
    'at\\\\s+least|at'
    >>> alternation([r"troops?", "men"], literal=False)
    'troops?|men'
    """
    ordered = sorted(items, key=len, reverse=True)
    if not literal:
        return "|".join(ordered)
    return "|".join(regex.escape(item).replace(r"\ ", r"\s+") for item in ordered)
