"""Calendar words: a number next to one is a date, and a capitalised one is no name.

Time in news text, for the date a figure stands for (``extractors/dates.py``): ``MONTHS``
and ``WEEKDAYS`` in calendar order (their position gives their number), ``UNITS`` of time
in days for "three days ago" and "in the past 24 hours" (months and years are counted as
months), ``PARTS`` of a month or year ("early", "mid", "late"), ``SEASONS`` and the month
each ends in, and the words before a time expression that say what it does: the start of
a total ("since"), its end ("as of", "by the end of") or a window of its own.
"""

MONTHS = (
    "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
    "November", "December",
)  # fmt: skip

# Short forms of the months, written with or without a full stop ("Jan.", "Sept").
MONTH_ABBREVIATIONS = ("Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec")

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")

# Short forms of the weekdays, as datelines and time stamps write them ("Sun, 2 March").
WEEKDAY_ABBREVIATIONS = ("Mon", "Tue", "Tues", "Wed", "Thu", "Thurs", "Fri", "Sat", "Sun")

# Units of time, in days; a month or a year is counted in calendar months by the reader.
UNITS = {
    "hour": 0, "hours": 0, "day": 1, "days": 1, "week": 7, "weeks": 7, "fortnight": 14,
    "month": 30, "months": 30, "quarter": 91, "year": 365, "years": 365,
}  # fmt: skip

# Small counts of time units as words: "three days ago", "two weeks earlier".
UNIT_COUNTS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "several": 3, "a few": 3, "few": 3,
}  # fmt: skip

# Which part of a month or year a qualifier stands for: (month of a year, day of a month).
# "late 2022" is the year's end, "mid-2023" its middle; "early March" is 10 March.
PARTS = {
    "early": (3, 10), "mid": (6, 15), "late": (12, 0), "the end of": (12, 0), "end of": (12, 0),
    "the beginning of": (1, 1), "the start of": (1, 1), "the middle of": (6, 15),
}  # fmt: skip

# Seasons and the month each ends in (the northern hemisphere's, as news writes them).
SEASONS = {"spring": 5, "summer": 8, "autumn": 11, "fall": 11, "winter": 2}

# Days that stand for the publication day or the day before it.
SAME_DAY = ("today", "tonight", "this morning", "this afternoon", "this evening", "earlier today")
DAY_BEFORE = ("yesterday", "last night", "overnight")

# Words before a time expression that make it the start of a running total ("since 7 October").
START_WORDS = ("since", "from the start of", "since the start of", "since the beginning of")
# Words before a time expression that make it the end of a count: the date it stands for.
END_WORDS = (
    "as of", "by", "by the end of", "at the end of", "until", "up to", "through", "to the end of",
    "as at", "by mid", "through the end of",
)  # fmt: skip
# Words after a point in time that make it a window of its own: "on 19 December alone".
WINDOW_AFTER = ("alone",)
