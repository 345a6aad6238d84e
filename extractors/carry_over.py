"""When a sentence with no reporting clause of its own goes on giving the last source's figures.

A report is attributed once ("X said ...", "according to X, ...") and the sentences
after it in the same paragraph keep giving its figures: breakdowns, "another N",
a second incident. They are X's until a new attribution, a new paragraph, or a
sentence that turns to another actor or another report.
"""

from __future__ import annotations

import regex

from .sides import side_named

# A sentence that opens on a country or group as its subject turns to that actor's own account
# ("Norvania lost three soldiers.", "Kadar, whose troops serve with the mission, lost one").
_OPENING_NAME = regex.compile(r"^(?:The\s+)?(?P<name>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2})(?=[\s,])")
_POSSESSIVE = regex.compile(r"['’]s?$")
# A sentence that turns to another report or to narrative background.
_OTHER_ACCOUNT = regex.compile(
    r"""
    ^(?:The\s+|An?\s+)?
    (?:(?:first|earlier|initial|previous|other|separate|independent)\s+(?:reports?|figures?|estimates?|counts?|tolls?)
      | In\s+(?:one|another|a\s+separate)\s+(?:case|incident|instance)\b    # an example the reporter examined
    )
    """,
    regex.X | regex.I,
)


def continues_report(text: str) -> bool:
    """Whether a sentence with no reporting clause of its own may take the last claimant.

    >>> continues_report("Another 23 were wounded in a separate ambush near Aldin.")
    True
    >>> continues_report("Pakistan lost three soldiers.")
    False
    """
    if _OTHER_ACCOUNT.match(text):
        return False
    opening = _OPENING_NAME.match(text)
    return not (opening and side_named(_POSSESSIVE.sub("", opening["name"])))
