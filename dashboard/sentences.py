"""Sentences for the rows on screen: the dashboard's table leaves them in the store (no Streamlit here).

At a million figures the sentences are most of the table's text, and a page shows a
hundred of them. :func:`with_sentences` puts them back on the rows shown, from one
query by article (``queries.figure_sentences``); :func:`matching_rows` turns the
figures a sentence search found in the store (``queries.matching_keys``) into a mask
over the loaded table. A figure is known by its :data:`~extractors.store.queries.FIGURE_KEY`.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from extractors.store.queries import FIGURE_KEY


def figure_keys(rows: pd.DataFrame) -> list[tuple[str, int, int, str]]:
    """Each row's key, alike from the loaded table and from the store (a missing number is -1, text is text).

    >>> figure_keys(pd.DataFrame({"article_id": ["ab"], "start": [3], "end": [None], "category": ["killed"]}))
    [('ab', 3, -1, 'killed')]
    """
    columns = [rows[name].astype(object).tolist() for name in FIGURE_KEY]
    return [
        (str(article), _number(start), _number(end), "" if pd.isna(category) else str(category))
        for article, start, end, category in zip(*columns, strict=True)
    ]


def _number(value: object) -> int:
    return -1 if value is None or pd.isna(value) else int(value)


def with_sentences(rows: pd.DataFrame, found: pd.DataFrame) -> pd.DataFrame:
    """``rows`` with a ``sentence`` column from ``found`` (keys and sentences; see ``figure_sentences``).

    >>> rows = pd.DataFrame({"article_id": ["a", "a"], "start": [0, 9], "end": [2, 11], "category": ["killed"] * 2})
    >>> found = rows.iloc[[1]].assign(sentence=["Nine were killed."])
    >>> with_sentences(rows, found)["sentence"].tolist()
    [<NA>, 'Nine were killed.']
    """
    if "sentence" in rows:
        return rows
    lookup = dict(zip(figure_keys(found), found["sentence"].astype(object), strict=True))
    sentences = [lookup.get(key) for key in figure_keys(rows)]
    return rows.assign(sentence=pd.array(sentences, dtype="string"))


def matching_rows(figures: pd.DataFrame, found: pd.DataFrame) -> np.ndarray:
    """Which rows of ``figures`` are among ``found`` (keys from the store), as a mask.

    Only the rows of the articles found are compared key by key.

    >>> figures = pd.DataFrame({"article_id": ["a", "a", "b"], "start": [0, 9, 0], "end": [2, 11, 2],
    ...                         "category": ["killed"] * 3})
    >>> matching_rows(figures, figures.iloc[[1, 2]]).tolist()
    [False, True, True]
    """
    mask = np.zeros(len(figures), dtype=bool)
    if found.empty or figures.empty:
        return mask
    wanted = set(figure_keys(found))
    articles = {key[0] for key in wanted}
    candidates = np.flatnonzero(figures["article_id"].isin(articles).to_numpy(dtype=bool, na_value=False))
    hits = [key in wanted for key in figure_keys(figures.iloc[candidates])]
    mask[candidates[np.asarray(hits, dtype=bool)]] = True
    return mask
