"""Hedges: the words in a number phrase that say how exact the number is.

Each table maps a phrase that stands right before a number to its qualifier
(see the corpus guideline). Longer phrases win over shorter ones; a phrase that
ends in one already listed with the same qualifier ("slightly more than": "more
than") needs no entry of its own.
``QUALIFIER_AFTER_NUMBER`` holds the few that follow the number instead.
"""

APPROXIMATE = (
    "about", "around", "some", "roughly", "approximately", "an estimated", "the estimated",
    "nearly about", "in the vicinity of", "in the region of", "on the order of", "circa",
    "close on", "an approximate", "a total of about", "an average of about", "approx.", "approx",
    "somewhere around", "an estimated total of", "more or less", "maybe", "perhaps", "something like",
    "an estimated total", "give or take", "~", "in the neighbourhood of", "in the neighborhood of",
)  # fmt: skip

AT_LEAST = (
    "at least", "more than", "over", "upwards of", "in excess of", "no fewer than",
    "no less than", "not less than", "a minimum of", "well over", "just over", "well above",
    "above", "exceeding", "exceeded", "exceed", "exceeds", "surpassing", "surpassed", "surpass", "surpasses",
    "topping", "topped", "top", "tops", "passed", "passing", "beyond", "north of", "at a minimum",
    "upward of", "greater than", "larger than", "bigger than", "higher than", "not fewer than",
    "at the very least", "at the least", "more than or equal to", "greater than or equal to",
    "no smaller than", "no lower than",
)  # fmt: skip

AT_MOST = (
    "up to", "nearly", "almost", "fewer than", "less than", "approaching", "close to",
    "just under", "as many as", "as high as", "under", "below", "no more than", "not more than",
    "at most", "a maximum of", "as much as", "just shy of", "shy of", "nearing", "near", "nears", "closer to",
    "lower than", "smaller than", "no greater than", "no larger than", "not exceeding", "at the most",
    "at the very most", "a max of", "less than or equal to", "fewer than or equal to",
    "did not exceed", "does not exceed", "do not exceed", "had not exceeded", "has not exceeded",
    "not exceeded", "not to exceed", "did not surpass", "not surpassing",
)  # fmt: skip

# Verbs and phrases that put a hedge on a number although they stand outside the
# noun phrase: "the toll exceeded 76,000", "losses had passed 800,000".
QUALIFIER_BY_HEDGE = (
    {phrase: "approximate" for phrase in APPROXIMATE}
    | {phrase: "at_least" for phrase in AT_LEAST}
    | {phrase: "at_most" for phrase in AT_MOST}
)

# Open bounds and hedges written right after the number, before its noun: "50 or more
# soldiers", "30-odd fighters", "12 or so". A leading "-" is glued to the number; the
# other phrases follow a space. (A plus sign, "100+", is read by the number pattern.)
QUALIFIER_AFTER_NUMBER = {
    "or more": "at_least", "and more": "at_least", "or above": "at_least", "and above": "at_least",
    "or over": "at_least", "and over": "at_least", "or higher": "at_least", "and higher": "at_least",
    "or greater": "at_least", "and upwards": "at_least", "or upwards": "at_least", "and up": "at_least",
    "plus": "at_least", "-plus": "at_least", "at least": "at_least", "at the least": "at_least",
    "or less": "at_most", "or fewer": "at_most", "and less": "at_most", "and fewer": "at_most",
    "or below": "at_most", "and below": "at_most", "or under": "at_most", "and under": "at_most",
    "or lower": "at_most", "at most": "at_most", "at the most": "at_most", "at the maximum": "at_most",
    "or so": "approximate", "or thereabouts": "approximate", "-odd": "approximate", "odd": "approximate",
    "give or take": "approximate",
}  # fmt: skip
