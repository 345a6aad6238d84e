"""Hedges: the words in a number phrase that say how exact the number is.

Each table maps a phrase that stands right before a number to its qualifier
(see the corpus guideline). Longer phrases win over shorter ones.
"""

APPROXIMATE = (
    "about", "around", "some", "roughly", "approximately", "an estimated",
    "nearly about", "in the vicinity of", "in the region of", "on the order of", "circa",
    "close on", "an approximate", "a total of about", "an average of about", "approx.",
    "somewhere around", "an estimated total of", "more or less", "maybe", "perhaps", "something like",
    "an estimated total", "give or take",
)  # fmt: skip

AT_LEAST = (
    "at least", "more than", "over", "upwards of", "in excess of", "no fewer than",
    "no less than", "not less than", "a minimum of", "well over", "just over", "well above",
    "above", "exceeding", "exceeded", "surpassing", "surpassed", "topping", "topped", "top",
    "tops", "passed", "passing", "beyond", "north of", "at a minimum",
)  # fmt: skip

AT_MOST = (
    "up to", "nearly", "almost", "fewer than", "less than", "approaching", "close to",
    "just under", "as many as", "as high as", "under", "below", "no more than", "not more than",
    "at most", "a maximum of", "as much as", "just shy of", "shy of", "nearing", "near", "nears", "closer to",
)  # fmt: skip

# Verbs and phrases that put a hedge on a number although they stand outside the
# noun phrase: "the toll exceeded 76,000", "losses had passed 800,000".
QUALIFIER_BY_HEDGE = (
    {phrase: "approximate" for phrase in APPROXIMATE}
    | {phrase: "at_least" for phrase in AT_LEAST}
    | {phrase: "at_most" for phrase in AT_MOST}
)
