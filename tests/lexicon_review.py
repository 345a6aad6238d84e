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
    "people forced from their homes in any war or disaster are displaced, not casualties": ("driven out",),
    "equipment listed beside troops in any army's loss report": ("combat vehicles",),
    "a UN member state, named as any country is (the lexicon lists every state's name and demonyms)": (
        "Bahamas", "Belize",
    ),
    "a head of state's or government's office in any country (supreme leader, deputy prime minister)": (
        "supreme leader", "deputy prime minister",
    ),
    "whoever briefed a speaker is the source cited: 'after a briefing from', 'following a briefing by'": (
        "briefing by", "briefing from",
    ),
    "an adverb between any claimant and its verb ('officials said privately')": ("privately",),
    "a document that carries figures, like 'table' or 'list'": ("chart",),
    "a pronoun that opens no attribution ('everyone involved')": ("everyone",),
    "a form of a reporting verb in everyday use (say, admit, declare, revise, tally)": (
        "adds", "admits", "admitted", "announces", "authorized", "declares", "decreed", "explained", "judged",
        "lowered", "revised", "suggests", "tallied", "add", "announcing", "approve", "approves", "cite", "claiming",
        "discloses", "explain", "identify", "identifying", "listing", "posting", "publishing", "registering",
        "showing", "specified", "suggesting", "telling", "warn", "warns", "write", "raises", "registers", "signs",
        "prepared",
    ),
    "a common noun for a person, like 'teacher' or 'mother' beside it": ("farmer",),
    "a role or rank naming a person in any news (military ranks, medical and political roles)": (
        "captain", "colonel", "investigator", "lawmaker", "medic", "member of parliament", "nurse", "physician",
        "politician", "survivor", "volunteer",
    ),
    "the short forms of the weekdays, as datelines and time stamps write them": ("Sun",),
    "a title written before a name, as style guides list them": (
        "Capt.", "Captain", "Col.", "Colonel", "Commander", "Defense Minister", "Interim President", "Lt Gen",
        "Mayor", "Prince", "Secretary of State", "Sen.", "Senior General", "Spokesman", "Supreme Leader",
    ),
    # -- categories -----------------------------------------------------------------------------
    "a word for killing or death in any report of violence": ("fatal", "slaughtered"),
    "a noun for members of armed forces or armed groups": (
        "airmen", "deminers", "escorts", "men under arms", "operative", "recruits", "reservist", "sailor",
    ),
    "a verb of sending, holding, freeing, losing or harming people, in its common forms": (
        "attended", "conscript", "contributed", "contributes", "deploying", "dispatched", "draft", "exchanged",
        "footprint", "got back", "hosted", "injuring", "kidnapping", "lose", "loses", "mobilise", "mobilized",
        "repatriated", "slaughtered", "surrender", "torture", "rape", "uprooted", "swaps", "releasing", "liberated",
        "turns", "commands", "having", "exceed",
    ),
    "a word that makes a number a population, a ratio or a place, not a count of victims": (
        "inhabitants", "populous", "ratio of", "ratio", "populations", "communities", "nation",
    ),
    "a word before a number that makes it a name, a label or an age ('Block 4', 'Camp 22', 'ages 18 to 60')": (
        "Block", "Camp", "Regiment", "ages", "p.", "Apr",
    ),
    "a thing counted in war reporting that is not people (vehicles, places, munitions, documents)": (
        "aid trucks", "airports", "ammunition", "armored personnel carriers", "axes", "border crossings", "bridges",
        "crossings", "episodes", "fronts", "personnel carriers", "roads", "rounds of", "rounds", "sectors",
        "small arms", "sq", "testimonies", "gigawatts", "kilometer", "kilometers", "launchers", "museum", "seat",
        "warships", "boat", "bomber", "divisions", "gun", "minute", "minutes", "neighborhood", "neighbourhood",
        "neighbourhoods", "outpost", "outposts", "pages", "planes", "rotation", "settlement", "shell", "shells",
        "times as", "tonne", "truck", "vessel", "vote", "weapon", "videos",
    ),
    "a currency, from the full list in lexicon/currencies.py": ("dollars", "kyat", "rubles"),
    "a people, nationality or religious community, as the demonym table names them": (
        "Afghans", "Alawites", "Americans", "Bedouin", "Druze", "Haitians", "Lebanese",
    ),
    "a common noun for people counted among victims": (
        "adults", "companions", "passengers", "worshippers", "caregiver", "persons", "staff members", "victim",
        "girl", "captive", "captives", "detainee",
    ),
    "a hedging auxiliary or adverb in general use ('are believed to have', 'in total')": (
        "believed to have", "estimated to have", "eventually", "feared", "in total", "thought to be",
        "thought to have",
    ),
    "a predicate saying what happened to people, in general news English": (
        "back on home soil", "converged", "earmarked", "embraced martyrdom",
        "flown home", "homeless", "left homeless", "lived", "maimed", "marched", "put out of action",
        "rescued", "rotated", "succumbed", "suffered casualties", "to be called up",
        "walked free", "withdrawn", "held captive", "remained at", "remained in", "custody",
    ),
    "a word before a number naming how people died or are remembered ('died of burns', 'a funeral for 12')": (
        "burns", "starvation", "memorial", "funeral for", "funerals for", "funerals of", "lives of", "projected",
    ),
    "a word that makes a nearby verb no capture or release ('held a funeral', 'released a list', 'images')": (
        "a list", "details", "election", "elections", "funeral", "image",
    ),
    # -- hedges and numbers ---------------------------------------------------------------------
    "a hedge of everyday English, as the guideline lists them": (
        "as high as", "as much as", "exceeded", "in the region of", "just under", "maybe", "nears",
        "something like", "upwards of", "well over",
    ),
    "a number word, phrase or suffix of English": (
        "a couple of hundred", "a few dozen", "forty", "k", "several dozen", "twelve",
    ),
    "a number's growth or change, in everyday English ('the toll climbed to', 'doubled')": (
        "climbed", "climbing", "doubled", "grew", "grown",
    ),
    "a hedge after a number, in everyday English ('50 or under', '20 plus', 'smaller than')": (
        "and less", "and over", "or under", "plus", "smaller than",
    ),
    "a word for money in any news (budgets, compensation, pensions, revenue)": (
        "budgets", "compensation", "funding", "pension", "reparations", "revenue",
    ),
    "a currency as widely written (the rupee's 'Rs')": ("Rs",),
    "asking for a release, in everyday English: those people are still held": ("calls for", "demand", "sought"),
    "a widely known armed group or alliance and its usual names, general knowledge like a gazetteer": (
        "ADF", "Allied Democratic Forces", "Arakan Army", "Fano", "Hayat Tahrir al-Sham", "Islamic Jihad", "MNDAA",
        "Myanmar National Democratic Alliance Army", "Palestinian Islamic Jihad", "SDF", "Syrian Democratic Forces",
        "al Qaeda", "People's Defence Force", "People's Defence Forces",
    ),
    # -- places and sides -----------------------------------------------------------------------
    "a country, its people or adjective, or an armed group's or force's own name: general knowledge": (
        "El Salvador", "Guatemala", "Jamaica", "Luxembourg", "Panama",
        "ATMIS", "AU", "Afghans", "Alawite", "Alawites", "Algerian", "Americans", "Bahrain", "Belarusian", "Belgium",
        "Boko Haram", "Bosnia", "Bosnia and Herzegovina", "Bosniak", "Bosnian", "Bundeswehr", "Burkinabe", "Burma",
        "Cambodia", "Cambodian", "Cambodians", "Canada", "Chinese", "DR Congo", "Djibouti", "Druze", "Dutch",
        "Emirati", "Eritrea", "Eritrean", "Filipino", "Filipinos", "France's", "Greek", "Haiti", "Haiti's",
        "Haitians", "IDF", "IS", "ISIS", "ISIS-K", "ISWAP", "Indian", "Indonesian", "Iran's", "Iranian", "Iraqi",
        "Italy", "Ivory Coast", "Japan", "Karabakh's", "Kashmir", "Kenya's", "Kenyan", "Kremlin's", "Lebanese",
        "Lebanon's", "Liberian", "Libya", "Libyan", "Lithuania", "Lithuanian", "Malawi", "Malaysia", "Malaysian",
        "Mongolia", "Mongolian", "Nigerian", "Nigerien", "Norway", "Norwegian", "Omani", "Philippines", "Qatari",
        "Senegal", "Senegalese", "Serbian", "Shabaab", "Somali", "South Africa", "South Africa's", "Soviet Union",
        "SAMIDRC", "Switzerland", "Taliban's", "Thais", "Tigrayan", "Turkey", "UNIFIL", "Uganda", "United Kingdom",
        "Uruguay",
        "Vietnam", "Vietnamese", "Wagner Group", "West Bank", "Yemeni", "al Shabaab",
    ),
    "a capital, a large city or a region that names its country: general geography": (
        "Addis Ababa", "Aleppo", "Beirut", "El Geneina", "Ituri", "Kostiantynivka", "Kramatorsk", "Marib",
        "Mekelle", "Mogadishu", "Mosul", "Odesa", "Poltava", "Port-au-Prince", "Rakhine", "Rostov", "Shan State",
        "Sloviansk", "South Kivu", "Sweida", "Tel Aviv", "Balochistan", "Kupiansk", "Lahore", "Quetta",
    ),
    # -- scope, force and dates (issue 10) ------------------------------------------------------
    "a phrase of everyday English that dates a count or says when it runs to or from": (
        "as of", "at the end of", "by mid", "the beginning of", "since the beginning of", "last night",
        "this morning",
    ),
    "a word for the start, the spread or the whole course of any war": (
        "beginning", "broke out", "occupation", "climbed", "grown", "throughout the war", "throughout the conflict",
    ),
    "a verb of an attack, a shooting or a crash in any war report": (
        "blew up", "came down", "fired at", "fired on", "gunned down", "strafed",
    ),
    "a noun for one violent event or one exchange, in any war": ("handover", "seizure", "sinking", "uprising"),
    "a verb of sending, calling up or withdrawing troops, in its common forms": (
        "bringing home", "brought home", "call up", "leaving", "mobilization", "rotate", "to be called", "to follow",
    ),
    "a noun for people outside the fighting, as the guideline lists civilians, aid and health workers, migrants": (
        "civilian staff", "humanitarian worker", "infants", "medical staff", "migrant", "rescue workers",
        "seafarers",
    ),
    "a noun for members of armed forces": ("contingents", "security personnel"),
    "an adjective that makes the people after it military ('naval officers')": ("naval",),
    "a phrase for a force standing where it is ('troops in place')": ("in place",),
    "a share of a group in everyday English ('most of them', 'two-thirds of the dead')": (
        "the majority", "two-thirds", "more than half",
    ),
    "a plain English synonym of 'bodies', the dead found after any attack": ("corpses",),
    "the plural or noun forms of an attack said to be on civilians, as rights groups and reports write it": (
        "attack on civilians", "killings of civilians",
    ),
    # -- war context ----------------------------------------------------------------------------
    "a word for war's violence, weapons or fighters, in any war": (
        "POWs", "air raids", "air strike", "ambushed", "shot dead", "bombed", "bombings", "drone strike",
        "drone strikes",
        "explosion", "gunfire", "insurgents", "invaded", "killed in action", "landmine", "landmines", "mortars",
        "paramilitaries", "raids", "rockets", "shelled", "sniper", "war crimes", "war-torn", "warfare",
    ),
    "another cause of death, in any news": ("crash", "plane crash", "drowned"),
    "a word of ordinary news (protests, crime, sport, business, drills) that war reports use too": (
        "exercises", "festival", "kidnappings", "rally", "ransom", "shares", "suspects",
    ),
    # -- sources (issue 9) ----------------------------------------------------------------------
    "a widely known issuer of war figures or one of its usual names, acronyms or spellings (a gazetteer)": (
        "AFP", "CNN", "KCNA", "New York Times", "Tass", "The Associated Press", "The New York Times",
        "The Wall Street Journal", "WAM", "Wall Street Journal", "African Union Transition Mission in Somalia",
        "ECOWAS", "Al Qaeda", "SDF", "Syrian Democratic Forces", "TPLF", "Tigray People's Liberation Front",
        "al Qaeda", "CIA", "Defense Intelligence Agency", "Director of National Intelligence", "Foreign Office",
        "HUR", "Israel Defense Forces", "Office of the Director of National Intelligence", "Revolutionary Guards",
        "Shin Bet", "US-led coalition", "Doctors Without Borders", "International Institute for Strategic Studies",
        "Lancet", "Médecins Sans Frontières", "Syrian Network for Human Rights", "The Lancet", "HRMMU",
        "UN Development Programme", "UN Interim Force in Lebanon", "UN Security Council",
        "UN peacekeeping mission in Congo", "UN rights chief", "UNDP", "UNHCR", "UNICEF", "WHO",
        "World Food Programme", "security service", "media office", "HRANA", "Human Rights Activists News Agency",
    ),
    "a capital or a seat of government that stands for its country ('Seoul said', 'Downing Street said')": (
        "Abu Dhabi", "Bamako", "Beijing", "Berlin", "Delhi", "Islamabad", "Jerusalem", "Minsk", "N'Djamena",
        "New Delhi", "Riga", "Tehran", "Tripoli", "Vilnius", "Downing Street",
    ),
    "a capitalised adjective that names no country ('Western officials', 'Separatist officials')": (
        "Allied", "Federal", "Jewish", "Local", "Mediterranean", "Muslim", "Northern", "Official", "Opposition",
        "Separatist", "Southern", "Sunni", "Tuareg",
    ),
    "a common spelling of a name transliterated several ways (Mohammed, Sergei, Zelensky)": (
        "Andrei", "Mohamed", "Mohammad", "Muhammad", "Valery", "Yevgeny", "Zelenskiy",
    ),
    "a kind of national body, as any state has one (ministries, police, prosecutors, parliaments)": (
        "Ministry of the Interior", "National Guard", "Police", "Security Service", "border service",
        "civil defence agency", "civil defence service", "civil defense service", "defense intelligence",
        "foreign office", "government media office", "health department", "human rights ombudsman",
        "interior ministry", "jcs", "justice ministry", "military authorities", "ministry of the interior",
        "national army", "national assembly", "naval forces", "office of the prime minister", "presidential office",
        "prime minister's office", "prosecutor-general", "prosecutor-general's office", "public prosecutor",
        "security agency", "state security service", "civil defense", "defence forces", "defense forces", "ombudsman",
        "human rights commissioner",
    ),
    "a head word that says what kind of source a name is (a newsroom, a monitor, a morgue, an armed group)": (
        "International Commission", "TV", "bloggers", "documentation", "forensic", "journal", "liberation front",
        "morgues", "scientists", "NGO", "firm", "think tank", "battlegroup", "database", "news site", "operator",
        "blogger", "observer",
    ),
    "a unit whose spokesman speaks for a ministry of defence, in any army ('group of forces')": (
        "group of forces",
    ),
    "a document that carries a source's figures ('a communiqué of the army')": ("communiqué",),
    "a role whose holder speaks for a body ('press officer of', 'director general of')": (
        "director general", "press office", "press officer",
    ),
    "a word that ends a role's tie to a body ('a retired general')": ("retired",),
    "a word that does not change who an unnamed source is ('various sources')": ("various",),
    # -- added by the attribution-and-categories work (issue 8, PHENOMENA.md) ---------------------------
    "a verb naming who claims a figure in everyday news ('accused X of killing', 'places the toll at')": (
        "accuse", "places",
    ),
    "a participle saying who reached the speakers, not who speaks ('residents interviewed by reporters')": (
        "approached", "interviewed",
    ),
    "a word of a defence ministry's daily loss tally, in any army's bulletin (equipment lost, the day)": (
        "armored vehicle", "armoured vehicle", "past 24 hours", "previous day",
    ),
    "a noun for people counted in any report of violence (attackers, migrants, suspects, a rank)": (
        "assailants", "migrant", "suspects", "sergeant",
    ),
    "a predicate of harm, capture or disappearance in general news English": (
        "in serious condition", "liquidated", "neutralized", "went missing",
    ),
    # -- moved from logic into the lexicon (issue 13): the same words the code held before ---------
    "an abbreviation of a military or political rank written before a name ('Capt. Ali', 'Sen. Reed')": (
        "Capt", "Col", "Sen",
    ),
    "a noun of odds, never of people: 'a 40% chance', 'a 95% confidence interval'": ("chance",),
    "a past participle common inside any body's name ('combined forces', 'specialised agency')": (
        "combined", "specialised",
    ),
    "a comparative after 'N times', as in 'three times greater'": ("greater",),
    "a hedge word opening an estimate ('estimate upwards of 300')": ("upwards",),
    "a form of a verb giving a share of a whole ('accounted for 40% of the dead'), in every tense": (
        "account for", "accounts for", "constituted",
    ),
    "humanitarian need or flight, said of people in any crisis ('forced from their homes')": (
        "forced from their homes",
    ),
    "a group of people an age bound follows ('infants under one')": ("infants",),
    "a word of attack, occupation or a warplane after a side's name ('US gunships', 'Russian aggression')": (
        "aggression", "ambushes", "fired on", "gunship", "occupation", "repelled", "warplanes",
    ),
    "a place or border a side's name qualifies, in any geography ('Israeli airspace', 'neighboring Sudan')": (
        "airspace", "bordering", "neighboring", "south-eastern", "waters",
    ),
    "a word that makes a fight or force several sides' ('invading forces', 'the warring parties')": (
        "invading", "multinational", "various", "warring parties",
    ),
    "a vessel or craft whose crew is counted, in any naval or air news ('cargo ship', 'submarine')": (
        "cargo", "submarine",
    ),
    "a word of a count or its source in everyday news ('monthly tally', 'the toll stands at', 'state TV')": (
        "monthly", "stands", "tv",
    ),
    "a verb of serving in a force, in its common forms ('served with the UN mission')": ("served",),
    "a plural or article variant of a hospital phrase already listed ('admitted to hospital')": (
        "taken to hospitals",
    ),
    "the name of a part of a whole, as English writes fractions ('two thirds')": ("thirds",),
    "words news use to print a statement whole ('here is the text of', 'a press release')": (
        "here is", "press release", "text",
    ),
    # -- entries seen in one article once the bundled sample articles d31-d34 joined seeds/ --------------
    "people named by their work, faith, age or kin, as any toll may name them": (
        "bystanders", "labourers", "lawyers", "monks", "tourists", "traders", "vendors", "visitors",
    ),
    "a word of war or its fronts, in any war report": ("battlefield", "conflicts", "frontline", "slain",
        "laid down their lives", "paratroopers"),
    "a country, its short name or its demonym, as a gazetteer lists them": ("DPRK", "Japanese", "UK"),
    "a widely known issuer of war figures or its alias (registry, general knowledge)": (
        "Defence Intelligence", "Korean Central News Agency", "SBU", "mod", "state broadcaster", "state tv",
    ),
    "one spelling of a widely quoted head of state, as transliteration tables give it": ("Zelenskyy",),
    "a title, a weekday abbreviation or an adverb of any news style": ("Lawmaker", "Tue", "officially", "might"),
    "a form of a reporting or questioning verb in everyday use": (
        "admitting", "notes", "placing", "putting", "questioned",
    ),
    "a hedge after or around a number in everyday English ('100-odd', 'an average of about')": (
        "-odd", "odd", "an average of about",
    ),
    "a word for money or for ordinary events that count crowds, in any news": ("aid package", "reward", "concert"),
    "a phrase of hospital bulletins, with the morgue it is not": ("were in hospital", "with injuries", "with wounds"),
    "a form of a verb of dying in everyday use ('twelve people die every day')": ("dies",),
    "a verb of execution in everyday use ('prisoners were hanged')": ("hanged",),
    "a common name of a hospital, as a hospital's spokesperson speaks for it ('the X Medical Complex')": (
        "medical complex",
    ),
    "the common names of an end to fighting, from which a window is counted ('since the peace deal')": (
        "peace deal", "peace agreement", "peace accord", "armistice",
    ),
    "a thing counted beside people in any hospital or loss report (medical acts, vehicles, posts)": (
        "consultations", "motorbikes", "barracks", "checkpoint",
    ),
    "a noun that makes a demonym a language in any text ('its French initials')": ("initials", "spelling"),
    "a military rank or office, as any army's table of ranks and posts lists it": (
        "brigadier", "military commander", "army spokesman", "army spokesperson",
    ),
    "the title of the head of a UN agency, a police force or a hospital, as any organisation chart gives it": (
        "Commissioner", "Director General", "medical superintendent",
    ),
    "an Arabic or Urdu word for army or front that opens many armed groups' names (a dictionary word)": (
        "Jabhat", "Jaish", "Lashkar",
    ),
}  # fmt: skip

ALLOWED: dict[str, str] = {entry: reason for reason, entries in REVIEWED.items() for entry in entries}
