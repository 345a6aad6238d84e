"""Shared test helpers: the one way a known miss is written in a table of cases, and a war report's title."""

from __future__ import annotations

import pytest


def xfail(*values: object, id: str, reason: str):
    """A case the extractor still gets wrong: strict, so a fix shows up as a failure to remove the mark."""
    return pytest.param(*values, id=id, marks=pytest.mark.xfail(strict=True, reason=reason))


# Unit tests read single sentences as if from a war report: the article's war context
# (extractors/war_context.py, which keeps figures from war only) comes from this title,
# so that each case tests its own rule. tests/test_war_context.py tests the context itself.
WAR_REPORT = {"title": "Fighting goes on"}
