"""What a figure counts beyond its category: the stretch of events (scope) and whom (force).

Each tuple holds regex fragments (the corpus guideline's last section defines the
values). Scope: ``TOTAL_CUES`` say a figure runs to the date of the statement,
``EVENT_NOUNS`` and ``EVENT_VERBS`` that it counts one attack, battle, exchange or
deployment; windows and rates ("in 2024", "a day") are read by ``extractors/dates.py``.
For troop numbers, ``DISPATCH_VERBS`` make a figure one deployment and
``STRENGTH_WORDS`` a force's standing strength (a total). Force: ``MILITARY_NOUNS`` and
``CIVILIAN_NOUNS`` name people, ``MILITARY_MODIFIERS`` and ``CIVILIAN_MODIFIERS`` the
adjectives that decide a noun such as "personnel" or "staff", ``MIXED_CUES`` say a count
holds both, ``UNDISTINGUISHED`` that a body's toll does not tell them apart.
"""

# Words around a figure that make it a running total.
TOTAL_CUES = (
    r"so\s+far", r"to\s+date", r"in\s+total", r"overall", r"all\s+told", r"cumulative",
    r"(?:death\s+)?toll\s+(?:of|from|in)\s+the\s+(?:war|conflict|fighting)",
    r"(?:has|have|had)\s+(?:now\s+)?"
    r"(?:risen|climbed|grown|passed|reached|surpassed|exceeded|topped)",
    r"since\s+(?:the\s+)?(?:start|beginning|"
    r"outbreak)",
    r"since\s+(?:[\w'’-]+\s+){0,3}(?:war|invasion|conflict|fighting|coup|campaign|offensive|incursion|"
    r"operation|hostilities|deployment)\b",
    r"since\s+(?:it|they|the\s+\w+)\s+(?:began|started|erupted|broke\s+out)",
    r"throughout\s+the\s+(?:war|conflict)",
    r"(?:in|of)\s+the\s+(?:[\w-]+\s+)?(?:war|conflict)\b(?!\s+(?:zone|crimes?))",
    r"(?:earlier|previous|past)\s+(?:exchanges|swaps|releases)", r"running\s+(?:total|tally|count)",
    r"the\s+(?:war|conflict|fighting)\s+(?:has|had)\s+(?:now\s+)?(?:killed|claimed|cost|left)",
    r"(?:has|have)\s+(?:now\s+|also\s+|so\s+far\s+|likely\s+)?(?:been\s+)?(?:killed|died|lost|suffered|sustained|"
    r"wounded|injured)",
)  # fmt: skip

# Words after "since" that make the window a recent stretch, not the war so far.
RECENT_START = (r"resum\w+", r"renew\w+", r"restart\w+", r"(?:the\s+)?ceasefire\s+(?:collapsed|ended|broke)")

# One attack, battle, exchange or deployment: nouns with a determiner that makes them one.
EVENT_NOUNS = (
    r"attack", r"strike", r"air\s*strike", r"drone\s+strike", r"missile\s+strike", r"raid", r"bombing", r"ambush",
    r"battle", r"explosion", r"blast", r"shelling", r"massacre", r"assault", r"crash", r"clash(?:es)?", r"shooting",
    r"incident", r"exchange", r"swap", r"handover", r"ceremony", r"stampede", r"siege", r"offensive", r"uprising",
    r"(?:wave|barrage|salvo|volley)\s+of", r"seizure", r"hijacking", r"sinking", r"rampage", r"bombardment",
    r"surrender", r"\d+-(?:hour|day)\s+(?:operation|offensive|campaign|assault|siege|battle|war)",
    r"(?:week|day|days|night)\s+of\s+(?:fighting|clashes|violence)",
    r"fighting\s+(?:for|in|at|around)\s+(?:the\s+)?[A-Z]", r"fighting\s+that",
)  # fmt: skip
# Determiners that make an event noun one event: "the attack", "Tuesday's strike", "a single raid".
EVENT_DETERMINERS = (
    r"an?", r"the", r"this", r"that", r"one", r"a\s+single", r"the\s+same", r"last\s+\w+['’]s", r"\w+day['’]s",
    r"its", r"their", r"his", r"her",
)  # fmt: skip
# Verbs that tell one act: "killed when a missile hit", ", killing eight", "stormed the camp".
EVENT_VERBS = (
    r"(?:killed|died|wounded|injured|hurt)\s+when", r",\s+(?:killing|wounding|injuring)", r"shot\s+dead",
    r"(?:hit|struck|stormed|bombed|shelled|strafed|raided|ambushed|attacked|overran|overrun|came\s+down|crashed|"
    r"exploded|detonated|opened\s+fire|fired\s+(?:on|at)|laid\s+down\s+their\s+arms|surrendered|abducted|"
    r"kidnapped|took\s+(?:[\w'’-]+\s+){0,3}hostage|gunned\s+down|executed|massacred)\b",
    r"when\s+(?:[\w'’-]+\s+){0,10}(?:launched\s+(?:[\w-]+\s+){0,2}(?:attacks?|strikes?|raids?|assaults?)|hit|"
    r"struck|stormed|attacked|opened\s+fire|fired|exploded|blew\s+up|came\s+down|crashed|bombed|shelled|raided)",
)  # fmt: skip

# Verbs that make a troop number one deployment (event) rather than a force's strength.
DISPATCH_VERBS = (
    r"send", r"sends", r"sent", r"sending", r"dispatch\w*", r"will\s+(?:deploy|station|base)", r"to\s+deploy",
    r"called\s+up", r"call-up", r"call\s+up", r"mobilis\w+", r"mobiliz\w+", r"authori[sz]ed?", r"approved",
    r"gathered", r"massed", r"converged", r"(?:would|will|to)\s+follow", r"followed(?!\s+(?:an?|the)\b)",
    r"arrived", r"moved", r"withdr[ae]wn?", r"withdrawing", r"pull(?:ed|ing)?\s+out", r"rotat(?:e|ed|es|ing)",
    r"earmarked", r"pledged", r"inaugurated", r"launched", r"drafted", r"recruited", r"plan(?:s|ned)?",
    r"meant\s+to\s+have", r"to\s+be\s+(?:sent|deployed|called)", r"left", r"leave", r"leaving",
    r"(?:bring|brought|bringing)\s+home", r"expel\w*", r"evacuated",
)  # fmt: skip
# Words that make a troop number a force's standing strength: "has 2,900 troops in Congo".
STRENGTH_WORDS = (
    r"has", r"have", r"had", r"there\s+are", r"there\s+were", r"currently", r"now", r"today", r"stationed",
    r"serving", r"on\s+the\s+ground", r"in\s+place", r"strength", r"remain\w*", r"still", r"present", r"operating",
    r"contributes", r"supplies", r"numbers?", r"totall?ing", r"active", r"with",
)  # fmt: skip
# Words that make a number of people held a standing count: "hostages still held in Gaza".
HELD_WORDS = (r"held", r"holds?", r"holding", r"in\s+(?:captivity|detention|custody)", r"remain\w*", r"still")

# Nouns for people who fight or serve under arms.
MILITARY_NOUNS = (
    r"soldiers?", r"troops?", r"servicem[ae]n", r"servicewom[ae]n", r"service\s+members?", r"personnel",
    r"fighters?", r"militants?", r"combatants?", r"insurgents?", r"rebels?", r"gunmen", r"militiam[ae]n",
    r"militias?", r"guerrillas?", r"paratroopers?", r"marines?", r"airmen", r"officers?", r"generals?",
    r"commanders?", r"sappers?", r"engineers?", r"deminers?", r"builders", r"reservists?", r"conscripts?",
    r"recruits?", r"mercenaries", r"peacekeepers?", r"blue\s+helmets", r"police(?:men|\s+officers)?", r"guards?",
    r"forces?", r"army", r"armies", r"operatives?", r"prisoners\s+of\s+war", r"POWs?", r"defenders", r"escorts?",
    r"infantry", r"armed\s+men", r"units?", r"battalions?", r"brigades?", r"regiments?", r"divisions?",
    r"contingents?", r"jihadists?", r"terrorists?", r"pilots?", r"snipers?",
    r"security\s+(?:forces|personnel)", r"reinforcements", r"specialists", r"construction\s+workers",
    r"men\s+under\s+arms", r"ranks", r"military\s+(?:casualties|deaths|dead|losses|fatalities)",
)  # fmt: skip
# Nouns for people outside the fighting.
CIVILIAN_NOUNS = (
    r"civilians?", r"residents?", r"villagers?", r"children", r"child", r"kids", r"babies", r"infants", r"women",
    r"girls?", r"boys", r"patients?", r"aid\s+workers?", r"health\s+workers?", r"humanitarian\s+workers?",
    r"medics?", r"doctors?", r"nurses?", r"paramedics?", r"rescuers?", r"rescue\s+workers?", r"journalists?",
    r"media\s+workers?", r"migrants?", r"refugees?", r"displaced", r"students?", r"pupils?", r"worshippers?",
    r"pilgrims?", r"passengers?", r"farmers?", r"fishermen", r"teachers?", r"hostages?", r"employees",
    r"staff\s+members?", r"(?:aid|medical|hospital|UN|civilian)\s+staff", r"workers?", r"family\s+members",
    r"relatives", r"elderly", r"volunteers", r"shoppers", r"protesters", r"demonstrators", r"mourners", r"teams?",
    r"crews?(?:\s+members?)?", r"sailors?", r"seafarers?", r"mariners?", r"fishermen",
)  # fmt: skip
# Adjectives that decide the force of the noun after them ("military builders", "civilian staff").
MILITARY_MODIFIERS = (
    r"military", r"army", r"combat", r"security", r"armed", r"uniformed", r"enemy", r"naval", r"navy", r"tank",
    r"warship", r"aircraft",
)  # fmt: skip
CIVILIAN_MODIFIERS = (r"civilian", r"humanitarian", r"medical", r"aid", r"health", r"emergency", r"rescue", r"UN")

# A sentence that says a count holds both: "including fighters and civilians", "most of them civilians".
MIXED_CUES = (
    r"(?:including|among\s+them|both)\s+(?:(?:\w+\s+){0,2}(?:fighters|combatants|soldiers|militants)\s+and\s+"
    r"(?:\w+\s+)?civilians|civilians\s+and\s+(?:\w+\s+){0,2}(?:fighters|combatants|soldiers|militants))",
    r"(?:most|many|the\s+majority|two-thirds|half)\s+of\s+(?:them|whom|the\s+dead|those\s+killed)\s+"
    r"(?:were\s+)?(?:civilians|fighters|combatants|soldiers|militants)",
    r"mostly\s+(?:civilians|fighters|combatants|soldiers|militants)",
)  # fmt: skip
# A sentence that says a body's toll does not tell civilians from fighters.
UNDISTINGUISHED = (
    r"(?:does|do|did)\s+not\s+(?:distinguish|differentiate|separate)|"
    r"(?:doesn['’]t|don['’]t)\s+(?:distinguish|differentiate)|makes\s+no\s+distinction|without\s+distinguishing",
)
