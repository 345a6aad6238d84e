"""Reporting verbs as each attribution construction reads them, all from the lexicon's one table.

A verb added to ``lexicon.attribution.REPORTING_VERBS`` (one line: its five forms)
reaches every construction: "X said", "..., said X" and ", saying". The functions read
the table when called, so rules rebuilt after a change to it see the change.
"""

from __future__ import annotations

from .lexicon import attribution as lexicon

BASE, THIRD_PERSON, PAST, PARTICIPLE, ING = range(5)


def claim_verbs() -> list[str]:
    """Forms a claimant stands before: "officials say", "the ministry says", "X said", "X has said"."""
    return _forms(BASE, THIRD_PERSON, PAST, PARTICIPLE)


def inverted_verbs() -> list[str]:
    """Forms a claimant stands after: "..., said the ministry"; not verbs whose object is a hearer."""
    return _forms(THIRD_PERSON, PAST, verbs=[v for v in lexicon.REPORTING_VERBS if v[PAST] not in lexicon.HEARER_VERBS])


def participle_verbs() -> list[str]:
    """Forms that carry on the claim of the clause before them: ", saying", ", adding that"."""
    return _forms(ING)


def _forms(*slots: int, verbs=None) -> list[str]:
    verbs = lexicon.REPORTING_VERBS if verbs is None else verbs
    return sorted({verb[slot] for verb in verbs for slot in slots} - {""})
