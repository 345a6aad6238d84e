"""The non-war corpus gives no figure: each of its items, run as the command line runs it (issue 15).

``tests/corpus/nonwar/docs`` holds short items of ordinary news that count people
(sport, business, accidents, disasters, outbreaks, strikes, crime, culture, soldiers
in peaceful roles); its README says how it was written. A war-figures tool must give
none of them a figure, so each item is a case of its own and a failure names the item
and the figures it gave. Items the extractor still misreads would be strict known
misses here (``tests.conftest.xfail``), with the reason each; today there are none.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from extractors.cli import extract_paths
from tests.conftest import xfail

DOCS = Path(__file__).resolve().parent / "corpus" / "nonwar" / "docs"
ITEMS = sorted(DOCS.glob("*.txt"))
# Item file stem -> why the extractor still finds a figure in it.
KNOWN_MISSES: dict[str, str] = {}


def _case(path: Path):
    reason = KNOWN_MISSES.get(path.stem)
    return xfail(path, id=path.stem, reason=reason) if reason else pytest.param(path, id=path.stem)


def test_the_corpus_is_there() -> None:
    assert len(ITEMS) == 82, [path.name for path in ITEMS]
    assert set(KNOWN_MISSES) <= {path.stem for path in ITEMS}


@pytest.mark.parametrize("path", [_case(path) for path in ITEMS])
def test_item_gives_no_figure(path: Path) -> None:
    table, errors = extract_paths([str(path)])
    assert errors == []
    found = [f"{row.category} {row.value} ({row.span!r})" for row in table.itertuples()]
    assert found == [], f"{path.stem} gave {len(found)} figures: " + "; ".join(found)
