"""The reviewed allow-list: lexicon entries found in one corpus article only, and why each is general.

``tests/test_lexicon_generality.py`` lists every lexicon entry that occurs in exactly
one corpus document and fails on any entry missing here. An entry belongs here only
if it is general language or general knowledge, one that any news about war may use;
the reason says which. Entries that were one article's wording (a force noun such as
"construction workers", a unit's own name, one currency, "after a briefing from")
were taken out or generalised instead, each in a commit of its own.

Data only: a reason, then the entries it covers.
"""

from __future__ import annotations

REVIEWED: dict[str, tuple[str, ...]] = {
    # -- attribution ---------------------------------------------------------------------------
    "a kind of body that issues statements, in any field (newsrooms, charities, armies, courts)": (
        "Crescent", "ICRC", "assessments", "board", "channel", "charity", "collective", "fleet", "insurgents",
        "medics", "ministries", "newspaper", "paramedics", "platoon", "prosecutors", "radio", "regiment",
        "society", "syndicate", "tribunal",
    ),
    "whoever briefed a speaker is the source cited: 'after a briefing from', 'following a briefing by'": (
        "briefing by", "briefing from",
    ),
    "an adverb between any claimant and its verb ('officials said privately')": ("privately",),
    "a document that carries figures, like 'table' or 'list'": ("chart",),
    "a pronoun that opens no attribution ('everyone involved')": ("everyone",),
    "a form of a reporting verb in everyday use (say, admit, declare, revise, tally)": (
        "adds", "admits", "admitted", "announces", "authorized", "declares", "decreed", "explained", "judged",
        "lowered", "revised", "suggests", "tallied",
    ),
    "a common noun for a person, like 'teacher' or 'mother' beside it": ("farmer",),
    "a role or rank naming a person in any news (military ranks, medical and political roles)": (
        "captain", "colonel", "investigator", "lawmaker", "medic", "member of parliament", "nurse", "physician",
        "politician", "survivor", "volunteer",
    ),
    "a title written before a name, as style guides list them": (
        "Capt.", "Captain", "Col.", "Colonel", "Commander", "Defense Minister", "Interim President", "Lt Gen",
        "Mayor", "Prince", "Secretary of State", "Sen.", "Senior General", "Spokesman", "Supreme Leader",
    ),
    # -- categories -----------------------------------------------------------------------------
    "everyday English for the dead and the wounded together": (
        r"(?:deaths|fatalities)\s+(?:or|and)\s+(?:injuries|wounded|injured)",
    ),
    "a word for killing or death in any report of violence": ("fatal", "slaughtered"),
    "a noun for members of armed forces or armed groups": (
        "airmen", r"forces?", r"men\s+under\s+arms", r"rebels?", r"deminers?", r"escorts?", r"insurgents?",
    ),
    "a verb of sending, holding, freeing, losing or harming people, in its common forms": (
        "attended", "conscript", "contributed", "contributes", "deploying", "dispatched", "draft", "exchanged",
        "footprint", r"got\s+back", "hosted", "injuring", "kidnapping", "lose", "loses", r"mobili[sz]e",
        "repatriated", "slaughtered", "surrender", "torture", "rape", "uprooted",
    ),
    "a word that makes a number a population, a ratio or a place, not a count of victims": (
        "inhabitants", "populous", r"ratios?\s+of", "ratio",
    ),
    "a word before a number that makes it a name, a label or an age ('Block 4', 'Camp 22', 'ages 18 to 60')": (
        "Block", "Camp", "Regiment", "ages", r"pp?\.", r"[A-Z]\w+(?:brigade|bataillon|battalion|regiment|division)",
    ),
    "a thing counted in war reporting that is not people (vehicles, places, munitions, documents)": (
        r"aid\s+trucks", "airports", "ammunition", r"armou?red\s+personnel\s+carriers", "axes",
        r"border\s+crossings", "bridges", "crossings", "episodes", "fronts", r"personnel\s+carriers", "roads",
        r"rounds\s+of", "rounds", "sectors", r"small\s+arms", "sq", "testimonies", r"gigawatts?", r"kilometers?",
        r"launchers?", r"museums?", r"raids?", r"seats?", r"warships?",
    ),
    "a currency, from the full list in lexicon/currencies.py": ("dollars", "kyat", "rubles"),
    "a people, nationality or religious community, as the demonym table names them": (
        "Afghans", "Alawites", "Americans", "Bedouin", "Druze", "Haitians", "Lebanese",
    ),
    "a common noun for people counted among victims": (
        "adults", "companions", "passengers", "worshippers", r"POWs?", r"caregivers?", r"nurses?", r"paramedics?",
    ),
    "a hedging auxiliary or adverb in general use ('are believed to have', 'in total')": (
        r"believed\s+to\s+have", r"estimated\s+to\s+have", "eventually", "feared", r"in\s+total",
        r"thought\s+to\s+be", r"thought\s+to\s+have",
    ),
    "a predicate saying what happened to people, in general news English": (
        r"(?:suffered|sustained|received)\s+(?:\w+\s+){0,2}(?:injuries|wounds)",
        r"(?:that\s+|whom\s+)?(?:it|they|we)\s+(?:had\s+|has\s+|have\s+)?(?:taken|took)\s+(?:prisoner|captive|hostage)",
        "attended", r"back\s+on\s+home\s+soil", "converged", "dispatched", "earmarked", r"embraced\s+martyrdom",
        "exchanged", r"flown\s+home", r"got\s+back", "homeless", r"left\s+homeless", "lived", "maimed", "marched",
        r"put\s+out\s+of\s+action", "repatriated", "rescued", "rotated", r"shot\s+dead", "succumbed",
        r"suffered\s+(?:casualties|losses)", r"to\s+be\s+called\s+up", "uprooted", r"walked\s+free", "withdrawn",
    ),
    # -- hedges and numbers ---------------------------------------------------------------------
    "a hedge of everyday English, as the guideline lists them": (
        "as high as", "as much as", "exceeded", "in the region of", "just under", "maybe", "nears",
        "something like", "upwards of", "well over",
    ),
    "a number word, phrase or suffix of English": (
        "a couple of hundred", "a few dozen", "a hundred", "a thousand", "forty", "half a million",
        "half a million people", "k", "several dozen", "twelve",
    ),
    # -- places and sides -----------------------------------------------------------------------
    "a country, its people or adjective, or an armed group's or force's own name: general knowledge": (
        "ATMIS", "AU", "Afghans", "Alawite", "Alawites", "Algerian", "Americans", "Bahrain", "Belarusian", "Belgium",
        "Boko Haram", "Bosnia", "Bosnia and Herzegovina", "Bosniak", "Bosnian", "Bundeswehr", "Burkinabe", "Burma",
        "Cambodia", "Cambodian", "Cambodians", "Canada", "Chinese", "DR Congo", "Djibouti", "Druze", "Dutch",
        "Emirati", "Eritrea", "Eritrean", "Filipino", "Filipinos", "France's", "Greek", "Haiti", "Haiti's",
        "Haitians", "IDF", "IS", "ISIS", "ISIS-K", "ISWAP", "Indian", "Indonesian", "Iran's", "Iranian", "Iraqi",
        "Italy", "Ivory Coast", "Japan", "Karabakh's", "Kashmir", "Kenya's", "Kenyan", "Kremlin's", "Lebanese",
        "Lebanon's", "Liberian", "Libya", "Libyan", "Lithuania", "Lithuanian", "Malawi", "Malaysia", "Malaysian",
        "Mongolia", "Mongolian", "Nigerian", "Nigerien", "Norway", "Norwegian", "Omani", "Philippines", "Qatari",
        "Senegal", "Senegalese", "Serbian", "Shabaab", "Somali", "South Africa", "South Africa's", "Soviet Union",
        "Switzerland", "Taliban's", "Thais", "Tigrayan", "Turkey", "UNIFIL", "Uganda", "United Kingdom", "Uruguay",
        "Vietnam", "Vietnamese", "Wagner Group", "West Bank", "Yemeni", "al Shabaab",
    ),
    "a capital, a large city or a region that names its country: general geography": (
        "Addis Ababa", "Aleppo", "Beirut", "El Geneina", "Ituri", "Kostiantynivka", "Kramatorsk", "Marib",
        "Mekelle", "Mogadishu", "Mosul", "Odesa", "Poltava", "Port-au-Prince", "Rakhine", "Rostov", "Shan State",
        "Sloviansk", "South Kivu", "Sweida", "Tel Aviv",
    ),
    # -- war context ----------------------------------------------------------------------------
    "a word for war's violence, weapons or fighters, in any war": (
        "POWs", "air raids", "air strike", "ambushed", "bombed", "bombings", "drone strike", "drone strikes",
        "explosion", "gunfire", "insurgents", "invaded", "killed in action", "landmine", "landmines", "mortars",
        "paramilitaries", "raids", "rockets", "shelled", "shot dead", "sniper", "war crimes", "war-torn", "warfare",
    ),
    "another cause of death, in any news": ("crash", "plane crash", "drowned"),
}  # fmt: skip

ALLOWED: dict[str, str] = {entry: reason for reason, entries in REVIEWED.items() for entry in entries}
