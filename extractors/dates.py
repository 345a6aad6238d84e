"""When a figure stands for: time expressions in a sentence, resolved to dates.

A news sentence dates its figures in a few ways: a calendar date ("on 19 December",
"as of 1 March 2025"), a month or a year ("in April", "during 2024", "by the end of
2024"), a weekday or a relative day against the publication date ("on Monday",
"yesterday", "last week", "three days ago"), a window ("in the past 24 hours", "a
day") or a step from a date given just before ("a month earlier", "the year before").
``find_times`` finds them with one verbose pattern and resolves each to the last day
it covers, against a reference date (the publication date) and an anchor (the last
date the paragraph gave).

Small rules rather than ``dateparser``: its search reads dates into any number ("940
the year before" as the year 1085), takes "on Tuesday" in a Tuesday paper for the week
before, and has no notion of a window or of the start of a total; the forms above are
few. Month arithmetic is ``dateutil``'s ``relativedelta``.
"""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass

import regex
from dateutil.relativedelta import relativedelta

from .lexicon.dates import (
    DAY_BEFORE,
    END_WORDS,
    MONTH_ABBREVIATIONS,
    MONTHS,
    PARTS,
    SAME_DAY,
    SEASONS,
    START_WORDS,
    UNIT_COUNTS,
    UNITS,
    WEEKDAYS,
)
from .patterns import Phrases, alternation

# Each month's and weekday's number, as Python's ``datetime`` counts them (January = 1, Monday = 0).
_MONTH_NUMBER = Phrases({name: number for number, name in enumerate(MONTHS, 1)}) | Phrases(
    {short: next(n for n, name in enumerate(MONTHS, 1) if name.startswith(short[:3])) for short in MONTH_ABBREVIATIONS}
)
_WEEKDAY_NUMBER = {name: number for number, name in enumerate(WEEKDAYS)}
_MONTH = alternation(_MONTH_NUMBER)
_MONTH_NAME = alternation(name for name in MONTHS if name != "May")
_WEEKDAY = alternation(_WEEKDAY_NUMBER)
_COUNT = rf"(?i:\d+|{alternation(UNIT_COUNTS)})"
_UNIT = alternation(UNITS)
_PART = alternation(PARTS)

# One pattern, one named branch per form; the reader below turns each branch into a date.
_TIME = regex.compile(
    rf"""
    (?<![\w-])(?:
        (?P<date>(?P<d1>[0-3]?\d)(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m1>{_MONTH})\.?(?:,?\s+(?P<y1>(?:19|20)\d\d))?
          | (?P<m2>{_MONTH})\.?\s+(?P<d2>[0-3]?\d)(?:st|nd|rd|th)?(?![\d,]\d)(?:,?\s+(?P<y2>(?:19|20)\d\d))?)
      | (?P<part>{_PART})[\s-]+(?:(?P<pm>{_MONTH})(?:\s+(?P<py>(?:19|20)\d\d))?|(?P<pyear>(?:19|20)\d\d))
      | (?P<month>(?:(?=May\b)(?<=\b(?:in|since|by|of|until|during|and|to|from|through|late|early|mid)[\s-]+)May
            |{_MONTH_NAME})
            (?:\s+(?P<y3>(?:19|20)\d\d))?(?:\s+(?P<which>last|this)\s+year)?)
      | (?=(?:19|20)\d\d)(?<=\b(?:in|during|of|since|by|to|until|through|throughout|for|before|after|from|and|year)\s+)
        (?P<year>(?P<y4>(?:19|20)\d\d))(?![\d%-]|[,.]\d)
      | (?P<weekday>(?:(?P<lastwd>(?i:last))\s+)?(?P<wd>{_WEEKDAY})(?:['’]s)?)
      | (?i:(?P<sameday>{alternation(SAME_DAY)}) | (?P<daybefore>{alternation(DAY_BEFORE)})
      | (?P<sameprev>(?:that|the\s+same)\s+(?:day|date|week|month|year|(?P<period>period))|the\s+day)
      | (?P<ago>(?P<agocount>{_COUNT})\s+(?P<agounit>{_UNIT})\s+ago)
      | (?P<step>(?P<stepcount>{_COUNT})?\s*(?P<stepunit>{_UNIT})\s+
            (?P<stepdir>earlier|later|(?:before|after)(?!\s+(?:a|an|the|his|her|its|their|this|that|[A-Z0-9]))))
      | (?P<prev>(?:the\s+)?(?P<prevwhich>previous|preceding|prior)\s+(?P<prevunit>day|week|month|year))
      | (?P<season>(?:(?:the|last|this)\s+)?(?P<seasonname>{alternation(SEASONS)})
            (?:\s+(?:of\s+)?(?P<sy>(?:19|20)\d\d))?)
      | (?P<this>(?:(?P<thiswhen>earlier|later)\s+)?(?P<thiswhich>this|last|next)\s+
            (?P<thisunit>week|month|year|weekend))
      | (?P<window>(?:the\s+)?(?P<wwhich>past|last|previous|preceding|first)\s+(?:(?P<wcount>{_COUNT})\s+)?
            (?P<wunit>{_UNIT}))
      | (?<=\b(?i:in|over|within|during)\s+)(?P<within>(?i:(?:the\s+)?(?:\d+|{alternation(UNIT_COUNTS)})\s+
            (?:hours|days|weeks|months)|the\s+(?:week|fortnight|quarter)|a\s+single\s+(?:day|week|month))
            (?!\s+(?:ago|earlier|later|before|after|of|that|when)\b))  # in 24 hours
      | (?P<rate>(?:(?:a|per|each|every)\s+(?P<rateunit>day|week|month)|daily|weekly|monthly)
            (?!\s+(?:after|before|of|earlier|later|ago|into|in|on|or)\b)))
    )(?![\w-])
    """,
    regex.X,
)
# Where a time expression may start: a digit, a capital (month, weekday) or the first word of a relative
# time, in lower case (a capital is matched already). Must agree with the first token of every branch
# of ``_TIME``.
_FIRST_WORDS = (
    "early", "mid", "late", "the", "end", "that", "a", "an", *UNIT_COUNTS, "per", "each", "every", "daily",
    "weekly", "monthly", *SAME_DAY, *DAY_BEFORE, "this", "last", "next", "earlier", "later", "past", "previous",
    "preceding", "prior", "first", *UNITS, *SEASONS,
)  # fmt: skip
_TIME_START = regex.compile(rf"\b(?:\d|[A-Z][a-z]|(?:{alternation(_FIRST_WORDS)})\b)")
_START_BEFORE = regex.compile(
    rf"(?r)\b(?:{alternation(START_WORDS, tree=False)})\s+(?:(?:the|late|early|mid)\s+)?$", regex.I
)
_END_BEFORE = regex.compile(rf"(?r)\b(?:{alternation(END_WORDS, tree=False)})\s+(?:the\s+)?$", regex.I)
_IN_BEFORE = regex.compile(r"(?r)\b(?:in|during|throughout|over|for|of)\s+(?:the\s+)?(?:whole\s+of\s+)?$", regex.I)
_BETWEEN_BEFORE = regex.compile(r"(?r)\b(?:between|from)\s+(?:\w+\s+){0,2}$", regex.I)
# How far back the words that give a time its role may stand: "since Israel resumed its offensive on".
_LOOK_BEFORE = 80
_ALONE_AFTER = regex.compile(r"\s+alone\b")
_OVER_BEFORE = regex.compile(r"(?r)\b(?:over|during|throughout)\s+$", regex.I)


@dataclass(frozen=True)
class TimeExpression:
    """A time expression in a sentence: where, what it does, and the last day it covers.

    ``role`` is "start" (the start of a total or of what it counts: "since 7 October", "the
    operation it launched in August"), "background" (the date of another clause: "before a
    ceasefire took hold on Sunday"), "end" (the date a count
    runs to: "as of 1 March", "by the end of 2024"), "window" (a stretch of its own: "in
    2024", "in the past 24 hours", "a day", "on 19 December alone") or "point" (a day or
    time: "on Monday", "last week", "in April" before a reporting verb). ``date`` is
    None where there is no reference to resolve against; ``day`` says the expression names
    one day ("on Thursday", "23 December 2024"), not a month or a vaguer time; ``recent`` that it
    names a month without a year, one of the last twelve.
    """

    start: int
    end: int
    role: str
    date: dt.date | None
    day: bool = False
    recent: bool = False  # a month without a year ("since January", "since late March")


def find_times(text: str, reference: dt.date | None, anchor: dt.date | None = None) -> list[TimeExpression]:
    """The time expressions of ``text`` in order, resolved against ``reference`` (the publication
    date) and ``anchor`` (the last date the paragraph gave, for "a month earlier").

    >>> [(t.role, str(t.date)) for t in find_times("429,660 casualties during 2024, up from 252,940 the year before",
    ...                                               dt.date(2025, 1, 7))]
    [('window', '2024-12-31'), ('window', '2023-12-31')]
    >>> [(t.role, str(t.date)) for t in find_times("the ministry said on Tuesday", dt.date(2025, 1, 7))]
    [('point', '2025-01-07')]
    >>> [(t.role, str(t.date)) for t in find_times("killed since the invasion in February 2022", dt.date(2025, 1, 7))]
    [('start', '2022-02-28')]
    """
    found: list[TimeExpression] = []
    for match in _matches(text):
        before = text[max(0, match.start() - _LOOK_BEFORE) : match.start()]
        date = _resolve(match, reference, anchor)
        role = _role(match, before, text)
        day = bool(match["date"] or match["weekday"] or match["sameday"] or match["daybefore"])
        found.append(TimeExpression(match.start(), match.end(), role, date, day, _recent(match)))
        if role != "start":
            anchor = date or anchor  # "since February, including 300 over the previous 24 hours": not February
    return found


def _recent(match: regex.Match) -> bool:
    """A month without a year ("January", "late March", not "October last year") or a weekday ("since Sunday")."""
    month = match["month"] and not match["y3"] and not match["which"]
    return bool(month or match["part"] and match["pm"] and not match["py"] or match["weekday"])


def _matches(text: str):
    """``_TIME``'s matches, tried only where one may start (much faster than a scan at every character)."""
    end = 0
    for start in _TIME_START.finditer(text):
        if start.start() < end:
            continue
        match = _TIME.match(text, start.start())
        if match:
            end = match.end()
            yield match


def _role(match: regex.Match, before: str, text: str) -> str:
    """What an expression does in its sentence, from the words around it."""
    if _START_BEFORE.search(before) or (_BETWEEN_BEFORE.search(before) is None and _since_clause(before)):
        return "start"
    if _BACKGROUND.search(before):
        return "background"
    if _END_BEFORE.search(before):
        return "end"
    if match["rate"] or match["window"] or match["period"] or match["within"]:
        return "window"
    if match["prev"] and _IN_BEFORE.search(before):
        return "window"  # "over the previous day"
    if match["step"] and match["stepunit"].lower().startswith("year") and "before" in match[0].lower():
        return "window"  # "the year before"
    if _ALONE_AFTER.match(text, match.end()) or _BETWEEN_BEFORE.search(before):
        return "window"
    if match["year"] or match["month"] or match["part"] and _IN_BEFORE.search(before):
        return "window"  # "in 2024", "December was the costliest month"; "late March" is a point
    if match["this"] and match["thiswhich"].lower() == "last" and match["thisunit"].lower() in ("month", "year"):
        return "window"
    if match["this"] and match["thiswhich"].lower() == "this" and not match["thiswhen"]:
        return "window"  # "killed in attacks this year": the year so far, not "earlier this month"
    if match["sameprev"] and match[0].lower() == "the day" and _OVER_BEFORE.search(before):
        return "window"  # "lost up to 260 personnel over the day"
    return "point"


_SINCE_CLAUSE = regex.compile(
    r"(?r)(?:\bsince\s+(?:[\w'’-]+\s+){0,8}|\b(?:began|begun|started|erupted|invaded|seized|captured|took\s+power)\s+"
    r"(?:[\w'’-]+\s+){0,5})(?:(?:in|on)\s+)?$",
    regex.I,
)
# A clause of its own around a time: "before a ceasefire took hold on Sunday", "when the war ended in 2003".
_BACKGROUND = regex.compile(
    r"(?r)\b(?:before|after|until|when|while|as)\s+(?:an?\s+|the\s+)?(?:[\w'’-]+\s+){1,4}"
    r"(?:took|came|ended|began|started|expired|collapsed|broke|held|was|were)\s+(?:[\w-]+\s+){0,2}(?:in|on)\s+$"
    # "the operation it launched across the border in August", "an agreement signed in February"
    r"|\b(?:launched|signed|agreed|adopted)\s+(?:[\w'’-]+\s+){0,5}(?:in|on)\s+$",
    regex.I,
)


def _since_clause(before: str) -> bool:
    """'since the army seized power in 2021', 'the operation it launched across the border in August'."""
    return bool(_SINCE_CLAUSE.search(before))


def _resolve(match: regex.Match, reference: dt.date | None, anchor: dt.date | None) -> dt.date | None:
    """The last day an expression covers, or None where it needs a reference that is missing."""
    base = anchor or reference
    if match["date"]:
        day, month = int(match["d1"] or match["d2"]), _MONTH_NUMBER[match["m1"] or match["m2"]]
        return _day(_year(match["y1"] or match["y2"], month, reference), month, day)
    if match["part"]:
        return _part(match, reference)
    if match["month"]:
        month = _MONTH_NUMBER[match["month"].split()[0]]
        year = _year(match["y3"], month, reference)
        if year is not None and match["which"] == "last":
            year = reference.year - 1 if reference else None
        return _month_end(year, month, reference)
    if match["year"]:
        return _cap(dt.date(int(match["y4"]), 12, 31), reference)
    if match["season"]:
        month = SEASONS[match["seasonname"].lower()]
        return _month_end(_year(match["sy"], month, reference), month, reference)
    if match["weekday"]:
        return _weekday(_WEEKDAY_NUMBER[match["wd"]], reference, last=bool(match["lastwd"]))
    if match["window"] and match["wwhich"].lower() in ("previous", "preceding"):
        return base  # "over the previous 24 hours": before the day just given
    if match["sameday"] or match["rate"] or match["window"] or match["within"]:
        return reference  # "in the past 24 hours", "a day", "in 24 hours": up to now
    if match["daybefore"]:
        return reference - dt.timedelta(days=1) if reference else None
    if match["sameprev"]:
        return anchor or reference
    if match["ago"]:
        return _shift(reference, _count(match["agocount"]), match["agounit"].lower(), -1)
    if match["step"] and base and match["stepcount"] is None and match["stepunit"].lower() == "year":
        return dt.date(base.year - 1, 12, 31)  # "the year before": the whole year
    if match["step"]:
        sign = -1 if match["stepdir"].lower() in ("earlier", "before") else 1
        return _shift(base, _count(match["stepcount"] or "a"), match["stepunit"].lower(), sign)
    if match["prev"]:
        return _shift(base, 1, match["prevunit"].lower(), -1)
    return _this(match, reference)


def _count(word: str) -> int:
    return int(word) if word.isdigit() else UNIT_COUNTS.get(word.lower(), 1)


def _shift(base: dt.date | None, count: int, unit: str, sign: int) -> dt.date | None:
    """``base`` moved by ``count`` units: "three days ago", "a month earlier", "the year before"."""
    if base is None:
        return None
    if unit.startswith("month"):
        moved = base + relativedelta(months=sign * count)
        if base.day == calendar.monthrange(base.year, base.month)[1]:
            moved += relativedelta(day=31)  # from a month's end to a month's end: "In April ... a month earlier"
        return moved
    if unit.startswith("year"):
        return base + relativedelta(years=sign * count)
    return base + dt.timedelta(days=sign * count * max(UNITS[unit], 0))


def _this(match: regex.Match, reference: dt.date | None) -> dt.date | None:
    """'last week', 'earlier this month', 'last year': the day the text points at, or the window's end."""
    if reference is None:
        return None
    unit, which = match["thisunit"].lower(), match["thiswhich"].lower()
    if which == "this":
        return reference
    if which == "next":
        return None  # the future: no date a count stands for
    if unit in ("week", "weekend"):
        return reference - dt.timedelta(days=7)
    if unit == "month":
        return reference.replace(day=1) - dt.timedelta(days=1)
    return dt.date(reference.year - 1, 12, 31)


def _year(written: str | None, month: int, reference: dt.date | None) -> int | None:
    """The year of a date written without one: the latest such month on or before the reference."""
    if written:
        return int(written)
    if reference is None:
        return None
    return reference.year if month <= reference.month else reference.year - 1


def _day(year: int | None, month: int, day: int) -> dt.date | None:
    if year is None or not 1 <= day <= calendar.monthrange(year, month)[1]:
        return None
    return dt.date(year, month, day)


def _month_end(year: int | None, month: int, reference: dt.date | None) -> dt.date | None:
    if year is None:
        return None
    return _cap(dt.date(year, month, calendar.monthrange(year, month)[1]), reference)


def _part(match: regex.Match, reference: dt.date | None) -> dt.date | None:
    """'late March', 'mid-2023', 'the end of June 2024'."""
    month_of_year, day_of_month = Phrases(PARTS)[match["part"]]
    if match["pyear"]:
        return _month_end(int(match["pyear"]), month_of_year, reference)
    month = _MONTH_NUMBER[match["pm"]]
    year = _year(match["py"], month, reference)
    if year is None:
        return None
    last = calendar.monthrange(year, month)[1]
    return _cap(dt.date(year, month, day_of_month or last), reference)


def _weekday(weekday: int, reference: dt.date | None, last: bool) -> dt.date | None:
    """The latest such weekday on or before the reference: 'on Tuesday' in a Tuesday paper is that day."""
    if reference is None:
        return None
    back = (reference.weekday() - weekday) % 7
    return reference - dt.timedelta(days=back + (7 if last and back == 0 else 0))


def _cap(date: dt.date, reference: dt.date | None) -> dt.date:
    """No count stands for a day after it was published: 'in 2025' in a March 2025 paper is March."""
    return min(date, reference) if reference else date


# A dateline: a date alone on a line, after "Published on", or after the place at the head of the
# story ("LIMA, May 3, 2021 - ", "KAYA, Burkina Faso, June 9 (Wire) -").
_DATELINE = regex.compile(
    r"""^[ \t]*(?:(?:Published|Updated|Posted)(?:[ \t]+(?i:on))?:?[ \t]+|(?:[A-Z][\w/ .'’-]+,[ \t]+)+)?
    (?P<date>(?:[0-3]?\d[ \t]+[A-Z][a-z]+\.?|[A-Z][a-z]+\.?[ \t]+[0-3]?\d)(?:,?[ \t]+(?P<year>(?:19|20)\d\d))?)
    [ \t]*(?:$|[-–—(|:])""",
    regex.X | regex.M,
)
# How far into an article a dateline may stand (page debris and a headline come first).
_DATELINE_REACH = 800
_MONTHS_APART = 1  # a dateline without a year takes the year of a full date this close to it in the text


def publication_date(published: str, text: str) -> dt.date | None:
    """The date an article speaks from: ``published`` (YYYY-MM-DD), else its dateline; a dateline
    without a year takes the year of a full date the article gives within a month of it.

    >>> publication_date("2025-09-02", "")
    datetime.date(2025, 9, 2)
    >>> publication_date("", "Skip to main content\\n\\nHeadline\\n\\n23 December 2024\\n\\nBody.")
    datetime.date(2024, 12, 23)
    >>> publication_date("", "WASHINGTON, Aug 18, 2023 - The number of soldiers ...")
    datetime.date(2023, 8, 18)
    >>> publication_date("", "Headline\\n\\nPublished On 11 Jul 2025\\n\\nBody.")
    datetime.date(2025, 7, 11)
    >>> publication_date("", "GOMA, Feb 28 (Wire) - Blasts ... Photo: rebels on patrol on Feb. 17, 2025.")
    datetime.date(2025, 2, 28)
    >>> publication_date("", "KYIV, May 25 - Ukraine and Russia ...") is None
    True
    >>> publication_date("", "Update 3: shelling killed 4 people on 2 March 2025.") is None  # no date, no crash
    True
    """
    if published and published.strip():
        try:
            return dt.date.fromisoformat(published.strip()[:10])
        except ValueError:
            pass  # not a date: read the dateline instead
    for match in _DATELINE.finditer(text, 0, _DATELINE_REACH):
        if match["year"]:
            times = find_times(match["date"], None)
            return times[0].date if times else None
        return _year_from_text(match["date"], text)
    return None


def _year_from_text(day: str, text: str) -> dt.date | None:
    """A year-less dateline ("Feb 28") dated by the full dates elsewhere in the article."""
    full = [t.date for t in find_times(text, None) if t.date]
    for year in sorted({date.year for date in full}, reverse=True):
        times = find_times(f"{day} {year}", None)
        dated = times[0].date if times else None
        if dated is None:
            continue  # no such day that year ("Feb 29"), or no day of a month at all ("Update 3:")
        if any(abs((date - dated).days) <= 31 * _MONTHS_APART for date in full):
            return dated
    return None
