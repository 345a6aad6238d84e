"""Rules are tables built from the lexicon: a word added there once reaches every construction that needs it."""

from __future__ import annotations

import pytest

from extractors import attribution
from extractors.lexicon import attribution as attribution_words

# A verb the lexicon does not hold, with its five forms (base, third person, past, participle, -ing).
PROCLAIM = ("proclaim", "proclaims", "proclaimed", "proclaimed", "proclaiming")

CONSTRUCTIONS = [
    pytest.param("Twelve soldiers were killed, the ministry proclaimed.", "the ministry", id="X proclaimed"),
    pytest.param("Twelve soldiers were killed, proclaimed the ministry.", "the ministry", id="proclaimed X"),
    pytest.param(
        "The Defence Ministry released its toll on Monday, proclaiming 12 soldiers dead.",
        "The Defence Ministry",
        id=", proclaiming",
    ),
]


def claimants(text: str) -> list[str]:
    return [found.claimant for found in attribution.find_attributions(text)]


@pytest.mark.parametrize(("text", "claimant"), CONSTRUCTIONS)
def test_an_unknown_verb_names_no_claimant(text: str, claimant: str) -> None:
    assert claimant not in claimants(text)


@pytest.mark.parametrize(("text", "claimant"), CONSTRUCTIONS)
def test_a_reporting_verb_added_to_the_lexicon_reaches_every_construction(
    monkeypatch: pytest.MonkeyPatch, text: str, claimant: str
) -> None:
    monkeypatch.setattr(attribution_words, "REPORTING_VERBS", (*attribution_words.REPORTING_VERBS, PROCLAIM))
    monkeypatch.setattr(attribution, "RULES", attribution.build_rules())
    assert claimants(text) == [claimant]
