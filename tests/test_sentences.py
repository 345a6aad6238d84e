"""Sentences: a hard-wrapped paragraph reads as the sentences it holds (PHENOMENA 14, text-format noise)."""

from __future__ import annotations

import pytest

from extractors.sentences import split_sentences

WRAPPED = (
    "PORT SEREN - The number of people killed in the shelling of the harbour\n"
    "market on Friday evening has now risen to 41, the\n"
    "Marenian health office said in its evening bulletin, with 90 others\n"
    "admitted to hospitals across the city.\n"
    "\n"
    "Rescuers were still searching the rubble on Saturday."
)


def test_a_hard_wrapped_paragraph_is_one_sentence_with_its_offsets() -> None:
    sentences = split_sentences(WRAPPED)
    assert [s.paragraph for s in sentences] == [1, 2]
    first = sentences[0]
    assert first.text.startswith("PORT SEREN") and first.text.endswith("across the city.")
    assert WRAPPED[first.start : first.end] == first.text  # the newlines stay inside: offsets hold


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Shelling hits the harbour of Port Seren overnight\nRescuers search the rubble.", id="a headline"),
        pytest.param("Toll of the strikes, as the health office gave it:\n- Old town: 20 killed", id="a list"),
        pytest.param("Short line, the\nNext line.", id="a short line"),
        pytest.param("The army said 12 soldiers were killed in the raid.\nthe rest fled.", id="a line that ends"),
    ],
)
def test_lines_that_end_stay_apart(text: str) -> None:
    assert len({s.paragraph for s in split_sentences(text)}) == 2
