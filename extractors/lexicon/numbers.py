"""Number words and scale words, as they are written in English news text."""

# Single number words and their values ("a dozen" is handled as a phrase below).
UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19,
}  # fmt: skip

TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}  # fmt: skip

# Multipliers written as words after a number ("2.5 million", "eleven thousand").
SCALES = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000}

# Abbreviated multipliers glued to digits ("1.2m", "40k", "1.5bn").
SCALE_SUFFIXES = {"k": 1_000, "m": 1_000_000, "mn": 1_000_000, "bn": 1_000_000_000}

# Fixed phrases that stand for one number.
PHRASE_VALUES = {
    "a dozen": 12,
    "half a dozen": 6,
    "a score": 20,
    "a hundred": 100,
    "a thousand": 1_000,
    "a million": 1_000_000,
    "half a million": 500_000,
    "a quarter of a million": 250_000,
    "three quarters of a million": 750_000,
    "a quarter million": 250_000,
    "half a million people": 500_000,
}

# Fractions written before "of a million" etc.
FRACTIONS = {"a quarter": 0.25, "a half": 0.5, "half": 0.5, "three quarters": 0.75}

# Amounts with no number: kept as `vague` figures with the phrase and no value.
VAGUE_AMOUNTS = (
    "hundreds of thousands",
    "tens of thousands",
    "several hundred thousand",
    "several tens of thousands",
    "several thousand",
    "several hundred",
    "several dozen",
    "a few hundred",
    "a few thousand",
    "a few dozen",
    "a couple of hundred",
    "a couple of thousand",
    "many thousands",
    "many hundreds",
    "thousands",
    "hundreds",
    "dozens",
    "scores",
)
