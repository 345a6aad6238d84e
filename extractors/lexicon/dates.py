"""Calendar words: a number next to one is a date, and a capitalised one is no name."""

MONTHS = (
    "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
    "November", "December",
)  # fmt: skip

# Short forms of the months, written with or without a full stop ("Jan.", "Sept").
MONTH_ABBREVIATIONS = ("Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec")

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")

# Short forms of the weekdays, as datelines and time stamps write them ("Sun, 2 March").
WEEKDAY_ABBREVIATIONS = ("Mon", "Tue", "Tues", "Wed", "Thu", "Thurs", "Fri", "Sat", "Sun")
