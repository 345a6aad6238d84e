"""Who claims a figure: reporting verbs, the nouns that name sources, titles and pronouns."""

# Verbs that introduce a claim, one line per verb with its forms: base, third person,
# past, past participle, -ing; "" where a form reports no claim or is mostly a noun ("a
# count", "the list", "the state"). A claimant is the subject of one ("X said", "X
# estimates"), stands after one ("..., said X") or is the subject a participle goes back
# to (", saying").
REPORTING_VERBS = (
    ("say", "says", "said", "said", "saying"),
    ("tell", "tells", "told", "told", "telling"),
    ("tell reporters", "tells reporters", "told reporters", "told reporters", "telling reporters"),
    ("", "states", "stated", "stated", "stating"),  # "state" is mostly a noun
    ("add", "adds", "added", "added", "adding"),
    ("report", "reports", "reported", "reported", "reporting"),
    ("announce", "announces", "announced", "announced", "announcing"),
    ("claim", "claims", "claimed", "claimed", "claiming"),
    ("estimate", "estimates", "estimated", "estimated", "estimating"),
    ("believe", "believes", "believed", "believed", "believing"),
    ("write", "writes", "wrote", "written", "writing"),
    ("", "", "posted", "posted", "posting"),  # "social media posts"
    ("", "tweets", "tweeted", "tweeted", "tweeting"),
    ("confirm", "confirms", "confirmed", "confirmed", "confirming"),
    ("acknowledge", "acknowledges", "acknowledged", "acknowledged", "acknowledging"),
    ("admit", "admits", "admitted", "admitted", "admitting"),
    ("disclose", "discloses", "disclosed", "disclosed", "disclosing"),
    ("reveal", "reveals", "revealed", "revealed", "revealing"),
    ("", "notes", "noted", "noted", "noting"),
    ("cite", "cites", "cited", "cited", "citing"),
    ("", "counts", "counted", "counted", ""),  # ", counting reservists" means "including"
    ("", "records", "recorded", "recorded", "recording"),
    ("put", "puts", "put", "put", "putting"),
    ("place", "places", "placed", "placed", "placing"),  # only "placed the toll at N"
    ("accuse", "accuses", "accused", "accused", "accusing"),  # "accused the rebels of killing 52"
    ("point out", "points out", "pointed out", "pointed out", "pointing out"),
    ("unveil", "unveils", "unveiled", "unveiled", "unveiling"),
    ("point to", "points to", "pointed to", "pointed to", "pointing to"),  # "polling by X points to 64,000 deaths"
    ("give", "gives", "gave", "given", "giving"),
    ("", "lists", "listed", "listed", "listing"),
    ("find", "finds", "found", "found", "finding"),
    ("", "shows", "showed", "shown", "showing"),
    ("", "judges", "judged", "judged", "judging"),
    ("assess", "assesses", "assessed", "assessed", "assessing"),
    ("calculate", "calculates", "calculated", "calculated", "calculating"),
    ("conclude", "concludes", "concluded", "concluded", "concluding"),
    ("warn", "warns", "warned", "warned", "warning"),
    ("inform", "informs", "informed", "informed", "informing"),
    ("", "briefs", "briefed", "briefed", "briefing"),
    ("insist", "insists", "insisted", "insisted", "insisting"),
    ("declare", "declares", "declared", "declared", "declaring"),
    ("verify", "verifies", "verified", "verified", "verifying"),
    ("", "", "documented", "documented", "documenting"),  # "leaked documents"
    ("", "tallies", "tallied", "tallied", "tallying"),
    ("suggest", "suggests", "suggested", "suggested", "suggesting"),
    ("indicate", "indicates", "indicated", "indicated", "indicating"),
    ("specify", "specifies", "specified", "specified", "specifying"),
    ("explain", "explains", "explained", "explained", "explaining"),
    ("", "quotes", "quoted", "quoted", "quoting"),
    ("publish", "publishes", "published", "published", "publishing"),
    ("", "updates", "updated", "updated", "updating"),
    ("", "recalls", "", "", ""),  # "the ministry recalls that ..."; "recalled" also withdraws troops
    ("", "raises", "raised", "raised", "raising"),
    ("revise", "revises", "revised", "revised", "revising"),
    ("", "lowers", "lowered", "lowered", "lowering"),
    ("", "registers", "registered", "registered", "registering"),
    ("identify", "identifies", "identified", "identified", "identifying"),
    ("describe", "describes", "described", "described", "describing"),
    ("", "signs", "signed", "signed", "signing"),
    ("", "decrees", "decreed", "decreed", "decreeing"),
    ("authorise", "authorises", "authorised", "authorised", "authorising"),
    ("authorize", "authorizes", "authorized", "authorized", "authorizing"),
    ("approve", "approves", "approved", "approved", "approving"),
    ("speak of", "speaks of", "spoke of", "spoken of", "speaking of"),
)

# Reporting verbs (their past) whose object is the one told, never the claimant: "..., told the BBC".
HEARER_VERBS = ("told", "informed", "briefed")

# Adverbs that may stand between a claimant and its verb ("the ministry also said", "he later said").
CLAIM_ADVERBS = (
    "also", "later", "earlier", "separately", "previously", "then", "again", "now", "initially", "first",
    "publicly", "quickly", "repeatedly", "recently", "only", "still", "just", "long", "regularly", "routinely",
    "often", "frequently", "consistently", "officially", "privately", "reportedly", "further", "subsequently",
    "additionally", "likewise",
)  # fmt: skip

# Phrases that introduce a claimant after them ("according to X", "citing X").
ACCORDING_TO = ("according to", "as reported by", "as estimated by", "in the words of", "per")
# "told reporters after a closed-door briefing by the spy agency": whoever briefed the speaker is cited.
CITING = (
    "citing", "cites", "quoting", "quotes", "based on", "briefing from", "briefing by", "briefed by", "drawing on",
    "drew on",
)  # fmt: skip

# Head nouns of bodies that issue figures: a noun phrase ending in one of these can be a claimant.
BODY_NOUNS = (
    "ministry", "ministries", "government", "army", "military", "forces", "office", "agency", "agencies",
    "service", "services", "staff", "command", "headquarters", "committee", "commission", "council",
    "mission", "observatory", "monitor", "group", "groups", "organisation", "organization", "institute",
    "center", "centre", "department", "authorities", "authority", "officials", "sources", "source",
    "media", "outlet", "outlets", "newspaper", "network", "study", "report", "estimate",
    "estimates", "assessment", "assessments", "analysis", "tally", "tallies", "count", "survey",
    "intelligence", "researchers", "experts", "panel", "inquiry", "investigators", "police", "team",
    "spokesman", "spokeswoman", "spokesperson", "coalition", "alliance", "movement", "administration",
    "presidency", "cabinet", "parliament", "assembly", "tribunal", "court", "prosecutor", "board",
    "journalists", "analysts", "observers", "diplomats", "lawmakers", "legislators", "medics",
    "doctors", "hospital", "hospitals", "volunteers", "witnesses", "residents", "activists",
    "rescuers", "paramedics", "Pentagon", "Kremlin", "UN", "NATO", "ICRC", "Red Cross", "Crescent",
    "rebels", "insurgents", "militants", "association", "collective", "society", "foundation", "syndicate",
    "militia", "militias", "fighters", "troops", "guard", "corps", "paramilitary", "paramilitaries",
    "directorate", "bureau", "watchdog", "charity", "union", "federation", "channel",
    "broadcaster", "television", "radio", "daily", "paper", "prosecutors", "spokespeople",
    "watch", "front", "project", "initiative", "forum",
    "brigade", "battalion", "regiment", "division", "unit", "company", "platoon", "squadron", "fleet",
    "wing", "management", "secretariat", "response room", "response rooms", "operations room",
)  # fmt: skip

# Words for army, front, movement, party, brigade, battalions or group that open armed groups' names in Arabic,
# Urdu and Pashto ("Jaish al-Adl", "Harakat al-Shabaab", "Lashkar-e-Taiba"): such a name is a body's, no person's.
GROUP_NAME_WORDS = (
    "Jaish", "Jabhat", "Harakat", "Hizb", "Liwa", "Kataib", "Kata'ib", "Saraya", "Ansar", "Lashkar", "Tehrik",
    "Tehreek", "Jamaat", "Jama'at", "Asaib", "Tanzim",
)  # fmt: skip

# Nouns that stand for a body named just before: "the ICRC ... , the organisation said".
GENERIC_BODY_NOUNS = (
    "organisation", "organization", "agency", "body", "charity", "watchdog", "group", "institute",
    "foundation", "association", "monitor", "observatory", "paramilitary",
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
    "Speaker", "Deputy", "Vice President", "Interim President", "Supreme Leader", "Pope", "Major", "Maj",
    "Lieutenant Colonel", "Lt Col", "Lt. Col.", "Brigadier", "Col", "Capt", "Sgt", "Lt",
    "Director-General", "Director General", "Commissioner-General", "High Commissioner", "Commissioner",
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
    "prosecutor", "judge", "chairman", "chairwoman", "leader", "colonel", "captain", "soldier",
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
    "statement", "document", "figures", "data", "paper", "review", "findings", "chart", "list", "bulletin",
    "communiqué", "communique", "table", "database", "register", "records", "investigation", "statistics",
    "briefing", "assessments", "estimates", "tallies", "lists",
)  # fmt: skip

# Verbs that are also nouns ("British government estimates, ..."): a verb only when
# something a claim opens with follows them.
NOUN_LIKE_VERBS = (
    "estimates", "estimate", "reports", "report", "claims", "claim", "counts", "records", "notes", "finds",
    "shows", "states", "cites", "figures", "lists", "put", "puts", "place", "places", "placed", "placing",
    "found", "published", "publishes", "updated",
    "registered", "identified", "described", "raised", "revised", "lowered", "noted", "quoted", "cited",
    "counted", "recorded", "listed", "gave", "gives", "given", "signed", "ordered", "approved", "declared",
    "declares", "showed", "judged", "quotes", "updates", "tallies", "tweets", "briefs", "signs", "decrees",
    "registers", "find", "judges", "raises", "lowers",
)  # fmt: skip

# Words that open a clause that is not an attribution even though a verb like "said" may follow.
NON_CLAIMANT_WORDS = (
    "it", "this", "that", "those", "these", "which", "who", "what", "there", "here", "one", "some", "many", "all",
    "both", "each", "none", "nobody", "everyone", "someone", "people", "others",
    "responsibility",  # "Responsibility for the attack was claimed by X": X claims
)  # fmt: skip

# What a source writes or keeps, and the verbs for making it: "a study published by X",
# "deaths recorded ... by X", "a count kept by X". X is the source.
AUTHORED_NOUNS = (
    "study", "report", "survey", "analysis", "count", "tally", "assessment", "investigation", "review", "figure",
    "figures", "death", "deaths", "toll", "list", "lists", "data",
)  # fmt: skip
AUTHORING_VERBS = (
    "published", "compiled", "conducted", "carried out", "released", "issued", "kept", "produced", "prepared",
    "recorded", "counted", "documented", "verified", "reported", "gathered", "collected",
)  # fmt: skip
# Participles that say who reached the speakers, not who speaks: "residents contacted by this newspaper said".
CONTACT_VERBS = (
    "contacted", "interviewed", "reached", "questioned", "polled", "surveyed", "visited", "met", "approached",
)  # fmt: skip
# Inside an "according to" phrase: "according to the latest update of a count kept by X".
KEEPING_VERBS = (
    "kept",
    "compiled",
    "published",
    "issued",
    "released",
    "run",
    "collected",
    "gathered",
    "made",
    "conducted",
)
# "according to a report by X": the document's author is the source.
STUDY_NOUNS = (
    "report", "study", "survey", "analysis", "assessment", "count", "tally", "investigation", "polling", "poll",
    "research", "review",
)  # fmt: skip
# "a study published in The Lancet": the journal stands for the study.
PUBLISHED_NOUNS = ("study", "report", "survey", "analysis", "paper")
# "By its count", "by the ministry's tally": the owner of the count claims what follows.
COUNT_NOUNS = ("count", "tally", "estimate", "estimates", "reckoning", "figures", "calculation", "calculations")

# Roles written before a person's name ("the foreign ministry spokesman Ali Reza"), stripped to leave the name.
ROLES_BEFORE_NAMES = (
    "spokesman", "spokeswoman", "spokesperson", "minister", "director", "chief", "envoy", "ambassador",
    "secretary", "commander", "head", "lawmaker", "official",
)  # fmt: skip

# Words that open what follows a verb that is also a noun ("estimates") when it is the verb of a claim:
# "officials estimate that ...", "the army estimates some 300 ...".
CLAIM_OPENING_WORDS = (
    "that", "the", "a", "an", "its", "his", "her", "their", "about", "around", "some", "more", "nearly",
    "almost", "at", "up", "over", "only", "just", "roughly", "fewer", "less", "close", "well", "upwards",
    "approximately", "between", "figure", "figures", "toll", "tolls", "count", "counts", "estimate",
    "estimates", "it", "there", "on", "in", "to", "reporters", "lawmakers",
)  # fmt: skip
# Words after ", " that continue a claim: "..., officials estimate, adding ...".
CLAIM_CONTINUING_WORDS = ("he", "she", "it", "they", "adding", "saying", "according")

# Words that end a claimant's phrase read back from its verb: "... after [the army] said".
WORDS_BEFORE_A_CLAIMANT = (
    "said", "says", "told", "that", "when", "while", "because", "after", "before", "since", "if", "as", "but",
    "and", "or", "in", "on", "at", "during", "by", "with", "from", "to", "into", "than", "although", "though",
    "where", "has", "have", "had", "is", "was", "are", "were", "will", "would", "could", "can", "may", "might",
    "must", "should", "did", "does", "do", "be", "been", "being", "not", "which", "who", "whom", "what", "how",
    "why", "whether", "so", "then", "also", "there", "here", "over", "under", "up", "down", "out", "about",
    "earlier", "later", "ago", "previously", "meanwhile", "its", "their", "his", "her",
)  # fmt: skip
# Lowercase words ending in -ed that do sit inside a source's name ("an armed group").
PARTICIPLES_IN_NAMES = (
    "armed", "allied", "united", "appointed", "elected", "combined", "organised", "organized", "unnamed",
    "based", "led", "backed", "run", "affiliated", "aligned", "specialised", "specialized", "detailed",
)  # fmt: skip


# Words that make a sentence turn to another report, not go on with the last one: "Earlier reports put ...",
# "An independent count gives ...". The report nouns are singular; a plural "s" may follow.
OTHER_REPORT_WORDS = ("first", "earlier", "initial", "previous", "other", "separate", "independent")
OTHER_REPORT_NOUNS = ("report", "figure", "estimate", "count", "toll")
# "In one case, ...", "In a separate incident, ...": an example the reporter examined.
INCIDENT_NOUNS = ("case", "incident", "instance")
# Words in a credit line that name a newspaper or news agency, not a body speaking for itself:
# "Source: Sample News and news agencies", "Staff and wire reports".
MEDIA_WORDS = (
    "news", "agency", "agencies", "wire", "press", "times", "post", "media", "tv", "radio", "editor", "staff",
)  # fmt: skip
# A body's own periodic documents: "said in its latest bulletin".
BULLETIN_NOUNS = ("report", "update", "bulletin", "brief")
# A document named after the body credited at a factbox item's end: "(IDF estimate)", "(Defence Ministry list)".
CREDIT_DOCUMENTS = ("estimate", "estimates", "list", "figures", "data", "count")
# Verbs of putting a document out: "a report released on Wednesday", "a news update published by X".
RELEASING_VERBS = ("released", "published", "issued")

# Words before a count's noun that say which count it is: "the ministry's latest running count".
COUNT_ADJECTIVES = (
    "own", "latest", "new", "running", "official", "updated", "final", "revised", "weekly", "daily", "monthly",
)  # fmt: skip
# Verbs a count is the subject of, besides "is", "was", "has", "had": "The WHO figure stands at 70".
COUNT_VERBS = ("stands", "stood", "shows", "showed", "lists", "listed", "reached", "puts", "put", "includes", "rose")

# Words that say a statement's own text follows: "Below is our translation of the ministry's statement",
# "Here is the full text of the communiqué", "text of statement".
STATEMENT_LEADS = ("below is", "below are", "following is", "here is", "what follows is")
STATEMENT_TEXT_NOUNS = ("translation", "text", "transcript")
# What such a text is: "the army's communiqué", "the ministry's bulletin".
STATEMENT_NOUNS = (
    "statement", "communiqué", "communique", "bulletin", "press release", "release", "message", "announcement",
    "declaration", "report",
)  # fmt: skip
