"""Repeats: the same figure said again (caption, headline, a quote after its paraphrase) is one row.

A figure is compared only with the kept figures of the same numbers (or, with no
number, the same words), looked up by key rather than by walking every kept figure,
so a long article costs time in proportion to its length.
"""

from __future__ import annotations

from bisect import insort
from collections import defaultdict
from collections.abc import Callable
from dataclasses import replace

import regex

from .figure import Figure
from .sentences import Sentence

_FOLD = regex.compile(r"[^\w\s-]|\b(?:the|mr|mrs|ms|dr)\b")  # as the scorer folds names


def _key(figure: Figure) -> tuple:
    return (figure.category, figure.unit, figure.value, figure.low, figure.high)


def _fold(name: str | None) -> str:
    return " ".join(_FOLD.sub(" ", (name or "").lower()).split())


def _compatible(a: str | None, b: str | None) -> bool:
    if not a and not b:
        return True
    if not a or not b:
        return False
    fa, fb = _fold(a), _fold(b)
    return fa in fb or fb in fa


def _same_wording(a: Figure, b: Figure) -> bool:
    """Two figures told in the same words: a caption that repeats a body sentence."""

    def words_after(figure: Figure) -> str:
        at = figure.sentence.find(figure.span)
        return " ".join(_FOLD.sub(" ", figure.sentence[at : at + len(figure.span) + 40].lower()).split())

    first, second = words_after(a), words_after(b)
    shorter = min(len(first), len(second))
    return shorter >= 20 and first[:shorter] == second[:shorter]


def distinct(found: list[tuple[Figure, Sentence]]) -> list[Figure]:
    """One row per distinct figure: repeats in captions, headlines and quotes are merged.

    A figure is compared only with the kept figures of the same numbers (or, with no
    number, the same words), looked up by key rather than by walking every kept figure,
    so a long article costs time in proportion to its length.
    """
    kept: list[tuple[Figure, Sentence]] = []
    by_key: dict[tuple, list[int]] = defaultdict(list)  # positions in ``kept``, in order
    by_words: dict[tuple, list[int]] = defaultdict(list)
    for figure, sentence in found:
        if figure.value is None and figure.low is None:
            candidates = by_words[_words_key(figure)]
        else:
            candidates = by_key[_key(figure)]
        merged = False
        for j in candidates:
            other, other_sentence = kept[j]
            if other_sentence is sentence:
                continue
            if not other_sentence.body and sentence.body:
                replacement = (
                    figure if figure.claimant or not other.claimant else replace(figure, claimant=other.claimant)
                )
                _reindex((by_key, _key), j, other, replacement)
                _reindex((by_words, _words_key), j, other, replacement)
                kept[j] = (replacement, sentence)
                merged = True
                break
            if (
                not sentence.body
                or _compatible(other.claimant, figure.claimant)
                or (other.source is not None and other.source == figure.source)  # "the army" and its spokesman
                or _one_military(other, figure)  # "Mali's armed forces" and "the General Staff of the Armed Forces"
                or (not (other.claimant and figure.claimant) and _same_wording(other, figure))
            ):
                if not other.claimant and figure.claimant:
                    kept[j] = (
                        replace(other, claimant=figure.claimant, cited_source=figure.cited_source),
                        other_sentence,
                    )
                elif not other.cited_source and figure.cited_source and _compatible(other.claimant, figure.claimant):
                    kept[j] = (replace(other, cited_source=figure.cited_source), other_sentence)
                merged = True
                break
        if not merged:
            by_key[_key(figure)].append(len(kept))
            by_words[_words_key(figure)].append(len(kept))
            kept.append((figure, sentence))
    return [figure for figure, _ in kept]


def _one_military(a: Figure, b: Figure) -> bool:
    """Two names for one country's military: its armed forces, its general staff, its defence ministry."""
    return (
        a.source_type == b.source_type == "military"
        and a.source_country is not None
        and (a.source_country == b.source_country)
    )


def _words_key(figure: Figure) -> tuple:
    return (figure.category, figure.span.lower())


def _reindex(
    index: tuple[dict[tuple, list[int]], Callable[[Figure], tuple]], position: int, old: Figure, new: Figure
) -> None:
    """Keep an index of kept figures right when the one at ``position`` is replaced by ``new``."""
    positions, key = index
    if key(old) != key(new):
        positions[key(old)].remove(position)
        insort(positions[key(new)], position)
