"""Calendar words: month and weekday names as news text writes them, with their numbers.

Each month appears under its full name and its usual abbreviations ("Sept", "Sep"); a
full stop after an abbreviation is the pattern's business, not the table's.
"""

MONTHS: dict[str, int] = {
    "January": 1, "Jan": 1,
    "February": 2, "Feb": 2,
    "March": 3, "Mar": 3,
    "April": 4, "Apr": 4,
    "May": 5,
    "June": 6, "Jun": 6,
    "July": 7, "Jul": 7,
    "August": 8, "Aug": 8,
    "September": 9, "Sept": 9, "Sep": 9,
    "October": 10, "Oct": 10,
    "November": 11, "Nov": 11,
    "December": 12, "Dec": 12,
}  # fmt: skip

WEEKDAYS = (
    "Monday", "Mon", "Tuesday", "Tue", "Tues", "Wednesday", "Wed", "Thursday", "Thu", "Thurs",
    "Friday", "Fri", "Saturday", "Sat", "Sunday", "Sun",
)  # fmt: skip
