"""Shared test helpers: the one way a known miss is written in a table of cases."""

from __future__ import annotations

import pytest


def xfail(*values: object, id: str, reason: str):
    """A case the extractor still gets wrong: strict, so a fix shows up as a failure to remove the mark."""
    return pytest.param(*values, id=id, marks=pytest.mark.xfail(strict=True, reason=reason))
