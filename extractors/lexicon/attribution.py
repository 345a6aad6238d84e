"""Who claims a figure: reporting verbs, the nouns that name sources, titles and pronouns."""

# Verbs that introduce a claim, in the forms news text uses. A claimant is the
# subject of one of these ("X said", "X told reporters", "X estimates").
REPORTING_VERBS = (
    "said", "says", "say", "saying", "told", "tells", "tell", "stated", "states", "added", "adds",
    "reported", "reports", "report", "announced", "announces", "claimed", "claims", "claim",
    "estimated", "estimates", "estimate", "believes", "believe", "believed", "wrote", "writes",
    "posted", "tweeted", "confirmed", "confirms", "acknowledged", "acknowledges", "admitted",
    "admits", "disclosed", "revealed", "reveals", "noted", "notes", "cited", "cites", "counted",
    "counts", "recorded", "records", "put", "puts", "gave", "gives", "given", "listed", "found",
    "finds", "showed", "shows", "judged", "judges", "assessed", "assesses", "calculated",
    "concluded", "concludes", "warned", "told reporters", "informed", "briefed", "insisted",
    "declared", "declares", "verified", "documented", "tallied", "suggests", "suggested",
    "indicated", "indicates", "explained", "quoted", "published", "publishes", "updated",
    "raised", "revised", "lowered", "registered", "identified", "described", "signed",
    "decreed", "authorised", "authorized", "approved", "spoke of",
)  # fmt: skip

# Adverbs that may stand between a claimant and its verb ("the ministry also said", "he later said").
CLAIM_ADVERBS = (
    "also", "later", "earlier", "separately", "previously", "then", "again", "now", "initially", "first",
    "publicly", "quickly", "repeatedly", "recently", "only", "still", "just", "long", "regularly", "routinely",
    "often", "frequently", "consistently", "officially", "privately", "reportedly",
)  # fmt: skip

# Phrases that introduce a claimant after them ("according to X", "citing X").
ACCORDING_TO = ("according to", "as reported by", "as estimated by", "in the words of", "per")
# "told reporters after a closed-door briefing by the spy agency": whoever briefed the speaker is cited.
CITING = ("citing", "quoting", "based on", "briefing from", "briefing by", "briefed by", "drawing on", "drew on")

# Head nouns of bodies that issue figures: a noun phrase ending in one of these can be a claimant.
BODY_NOUNS = (
    "ministry", "ministries", "government", "army", "military", "forces", "office", "agency", "agencies",
    "service", "services", "staff", "command", "headquarters", "committee", "commission", "council",
    "mission", "observatory", "monitor", "group", "groups", "organisation", "organization", "institute",
    "center", "centre", "department", "authorities", "authority", "officials", "sources", "source",
    "media", "outlet", "outlets", "newspaper", "agency", "network", "study", "report", "estimate",
    "estimates", "assessment", "assessments", "analysis", "tally", "tallies", "count", "survey",
    "intelligence", "researchers", "experts", "panel", "inquiry", "investigators", "police", "team",
    "spokesman", "spokeswoman", "spokesperson", "coalition", "alliance", "movement", "administration",
    "presidency", "cabinet", "parliament", "assembly", "tribunal", "court", "prosecutor", "board",
    "journalists", "analysts", "observers", "diplomats", "lawmakers", "legislators", "medics",
    "doctors", "hospital", "hospitals", "volunteers", "witnesses", "residents", "activists",
    "rescuers", "paramedics", "Pentagon", "Kremlin", "UN", "NATO", "ICRC", "Red Cross", "Crescent",
    "rebels", "insurgents", "militants", "association", "collective", "society", "foundation", "syndicate",
    "militia", "militias", "fighters", "troops", "guard", "corps",
    "directorate", "bureau", "watchdog", "charity", "union", "federation", "network", "channel",
    "broadcaster", "television", "radio", "daily", "paper", "tribunal", "prosecutors", "spokespeople",
    "watch", "front", "project", "initiative", "network",
    "brigade", "battalion", "regiment", "division", "unit", "company", "platoon", "squadron", "fleet",
)  # fmt: skip

# Nouns that stand for a body named just before: "the ICRC ... , the organisation said".
GENERIC_BODY_NOUNS = (
    "organisation", "organization", "agency", "body", "charity", "watchdog", "group", "institute",
    "foundation", "association", "monitor", "observatory",
)  # fmt: skip

# Titles and roles that stand before or instead of a person's name.
TITLES = (
    "President", "Prime Minister", "Defence Minister", "Defense Minister", "Foreign Minister",
    "Health Minister", "Interior Minister", "Minister", "Secretary", "Defense Secretary",
    "Defence Secretary", "Secretary of State", "Secretary-General", "General", "Gen.", "Lieutenant General",
    "Lt Gen", "Major General", "Maj Gen", "Brigadier General", "Colonel", "Col.", "Admiral",
    "Commander", "Chancellor", "Chief", "Director", "Ambassador", "Envoy", "Spokesman", "Spokeswoman",
    "Spokesperson", "Governor", "Gov.", "Regional", "Mayor", "Senator", "Sen.", "Rep.", "Representative",
    "Lawmaker", "King", "Lt.", "Maj.", "Capt.", "Sgt.", "Adm.", "Brig.", "Cpl.", "Pvt.", "Gen",
    "Queen", "Prince", "Sheikh", "Dr", "Dr.", "Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Senior General",
    "Field Marshal", "Marshal", "Captain", "Lieutenant", "Sergeant", "Head", "Chairman", "Chairwoman",
    "Speaker", "Deputy", "Vice President", "Interim President", "Supreme Leader", "Pope",
)  # fmt: skip

# Role nouns that, with an indefinite article, describe a person the article names
# later ("a South Korean lawmaker said ..." then "Lee ... told reporters").
ROLE_NOUNS = (
    "politician", "lawmaker", "legislator", "member of parliament", "MP", "official", "officer",
    "spokesman", "spokeswoman", "spokesperson", "minister", "commander", "general", "diplomat",
    "envoy", "adviser", "advisor", "analyst", "researcher", "source", "aide", "senator", "director",
    "chief", "head", "doctor", "physician", "surgeon", "nurse", "medic", "paramedic", "governor", "mayor",
    "president", "prime minister", "chancellor", "ambassador", "secretary", "representative", "witness",
    "resident", "survivor", "journalist", "correspondent", "activist", "monitor", "investigator",
    "prosecutor", "judge", "chairman", "chairwoman", "leader", "colonel", "captain", "soldier", "officer",
    "worker", "volunteer", "rescuer", "coordinator", "administrator", "expert",
)  # fmt: skip

# Pronouns that refer back to a claimant: persons and bodies.
# Nouns for a person besides the roles above: "the man, a 45-year-old farmer, said".
PERSON_NOUNS = ("man", "woman", "teacher", "farmer", "mother", "father")

PERSON_PRONOUNS = ("he", "she")
BODY_PRONOUNS = ("it", "they")

# Nouns for a document that carries a claim; "the report said" refers back to its author.
DOCUMENT_NOUNS = (
    "report", "update", "study", "survey", "assessment", "estimate", "tally", "count", "analysis",
    "statement", "document", "figures", "data", "paper", "review", "findings", "chart", "list",
)  # fmt: skip

# Verbs that are also nouns ("British government estimates, ..."): a verb only when
# something a claim opens with follows them.
NOUN_LIKE_VERBS = (
    "estimates", "estimate", "reports", "report", "claims", "claim", "counts", "records", "notes",
    "finds", "shows", "states", "cites", "figures", "lists", "put", "puts", "found", "published",
    "publishes", "updated", "registered", "identified", "described", "raised", "revised", "lowered",
    "noted", "quoted", "cited", "counted", "recorded", "listed", "gave", "gives", "given", "signed",
    "ordered", "approved", "declared", "declares", "showed", "judged",
)  # fmt: skip

# Words that open a clause that is not an attribution even though a verb like "said" may follow.
NON_CLAIMANT_WORDS = (
    "it", "this", "that", "those", "these", "which", "who", "what", "there", "here", "one", "some", "many", "all",
    "both", "each", "none", "nobody", "everyone", "someone", "people", "others",
)  # fmt: skip
