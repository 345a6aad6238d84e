"""The extraction pipeline (placeholder while the parsers are written)."""

from __future__ import annotations

from .figure import Figure


def extract_figures(text: str, doc: str = "", meta: dict[str, str] | None = None) -> list[Figure]:
    return []
