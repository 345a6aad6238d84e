"""Number words and scale words, as they are written in English news text."""

# Single number words and their values.
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

# Multipliers written as words after a number ("2.5 million", "eleven thousand"), South
# Asian ones among them ("two lakh" is 200,000, "1.5 crore" 15 million).
SCALES = {
    "hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000,
    "lakh": 100_000, "lakhs": 100_000, "crore": 10_000_000, "crores": 10_000_000,
}  # fmt: skip

# Twelve of a thing: "three dozen" and "3 dozens" are 36, "a dozen" 12.
DOZEN = {"dozen": 12, "dozens": 12}

# Abbreviated multipliers after digits: glued ("1.2m", "40k", "1.2b") or, for the
# longer ones, after a space ("1.5 bn", "3 mln").
SCALE_SUFFIXES = {
    "k": 1_000, "m": 1_000_000, "mn": 1_000_000, "mln": 1_000_000, "b": 1_000_000_000,
    "bn": 1_000_000_000, "bln": 1_000_000_000,
}  # fmt: skip

# Fixed phrases that stand for one number and are not built from the words above.
PHRASE_VALUES = {"a score": 20}

# Fractions of a scale word or a dozen: "half a million", "a quarter million",
# "three quarters of a million", "half a dozen".
FRACTIONS = {
    "half": 0.5, "a half": 0.5, "one half": 0.5, "quarter": 0.25, "a quarter": 0.25,
    "one quarter": 0.25, "three quarters": 0.75, "three-quarters": 0.75,
}  # fmt: skip

# The parts of a whole a number word can count: "three quarters of them", "two-thirds".
FRACTION_DENOMINATORS = (
    "halves", "third", "thirds", "quarters", "fifth", "fifths", "sixths", "sevenths", "eighths", "ninths", "tenths",
)  # fmt: skip

# Fractions added to a number: "five and a half million", "one million and a half".
ADDED_FRACTIONS = {"half": 0.5, "quarter": 0.25}

# Words that join the two bounds of a range ("20 to 30", "20 through 30").
RANGE_JOINS = ("to", "through", "thru", "up to")

# Verbs and nouns of change before "from N to M": a toll that "rose from 812 to 860"
# gives two figures, the old and the new, not a range.
CHANGE_WORDS = (
    "rose", "risen", "rising", "rises", "rise", "climbed", "climbing", "climbs", "increased", "increasing",
    "increase", "jumped", "jumping", "grew", "grown", "growing", "went up", "gone up", "going up", "revised",
    "raised", "up", "down", "fell", "fallen", "falling", "dropped", "dropping", "decreased", "declined",
    "reduced", "cut", "lowered", "doubled", "tripled", "soared", "surged", "swelled", "shrank", "shrunk",
    "changed", "corrected", "updated", "adjusted", "boosted", "expanded", "slashed",
)  # fmt: skip

# Amounts with no number: kept as `vague` figures with the phrase and no value.
VAGUE_AMOUNTS = (
    "hundreds of millions",
    "tens of millions",
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
    "a couple of dozen",
    "a couple dozen",
    "many thousands",
    "many hundreds",
    "thousands",
    "hundreds",
    "dozens",
    "scores",
    "millions",
    "lakhs",
)

# Words after "N times" that make it a multiplier ("three times the number"), not a count.
MULTIPLIER_FOLLOWERS = (
    "the", "as", "more", "higher", "larger", "greater", "bigger", "lower", "fewer", "that", "than", "over",
)  # fmt: skip
# Nouns a percentage qualifies that count nobody: "a 95% confidence interval".
ODDS_NOUNS = ("confidence", "chance", "probability", "likelihood")

# Verbs that give a share of a whole, never a count of anyone: "women accounted for 40% of the dead".
SHARE_VERBS = (
    "account for", "accounts for", "accounted for", "accounting for", "make up", "makes up", "made up",
    "making up", "represent", "represents", "represented", "representing", "constitute", "constitutes",
    "constituted", "comprise", "comprises", "comprised",
)  # fmt: skip
