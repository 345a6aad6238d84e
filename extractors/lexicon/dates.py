"""Time in news text: the words that date a figure or bound the stretch of events it counts.

``MONTHS`` and ``WEEKDAYS`` map each spelling to its number (January = 1, Monday = 0,
as Python's ``datetime`` counts them). ``UNITS`` maps a unit of time to days, for
"three days ago" and "in the past 24 hours"; months and years are counted as months.
``PARTS`` says which day of a month or year "early", "mid" and "late" stand for.
``START_WORDS`` and the others name the words before a time expression that say
what it does: the start of a total ("since"), its end ("as of", "by the end of") or a
window of its own ("in", "during", "over").
"""

MONTHS = {
    "January": 1, "February": 2, "March": 3, "April": 4, "May": 5, "June": 6, "July": 7,
    "August": 8, "September": 9, "October": 10, "November": 11, "December": 12,
    "Jan": 1, "Feb": 2, "Mar": 3, "Apr": 4, "Jun": 6, "Jul": 7, "Aug": 8, "Sep": 9, "Sept": 9,
    "Oct": 10, "Nov": 11, "Dec": 12,
}  # fmt: skip

WEEKDAYS = {
    "Monday": 0, "Tuesday": 1, "Wednesday": 2, "Thursday": 3, "Friday": 4, "Saturday": 5, "Sunday": 6,
}  # fmt: skip

# Units of time, in days; a month or a year is counted in calendar months by the reader.
UNITS = {
    "hour": 0, "hours": 0, "day": 1, "days": 1, "week": 7, "weeks": 7, "fortnight": 14,
    "month": 30, "months": 30, "year": 365, "years": 365,
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
