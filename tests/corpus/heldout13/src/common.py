import json
# canonical sources used across the set: name -> (source_type, source_country)
SOURCES = {
 "Syrian Observatory for Human Rights": ("monitor", "United Kingdom"),
 "Office of the UN High Commissioner for Human Rights": ("international body", None),
 "United States Department of Defense": ("military", "United States"),
 "Ministry of Defence (United Kingdom)": ("military", "United Kingdom"),
 "Central Intelligence Agency": ("intelligence", "United States"),
 "Ministry of Defence (Azerbaijan)": ("military", "Azerbaijan"),
 "Ilham Aliyev": ("government", "Azerbaijan"),
 "Vladimir Putin": ("government", "Russia"),
 "World Health Organization": ("international body", None),
 "International Committee of the Red Cross": ("international body", None),
 "Airwars": ("monitor", "United Kingdom"),
 "Nineveh Governor's Office": ("government", "Iraq"),
 "Human Rights Defender of Nagorno-Karabakh": ("government", "Nagorno-Karabakh"),
 "Health Ministry (Houthi-run)": ("health authority", "Yemen"),
 "Hodeidah Health Office": ("health authority", "Yemen"),
 "UN Office for the Coordination of Humanitarian Affairs": ("international body", None),
 "Syrian Network for Human Rights": ("monitor", "Syria"),
 "Combined Joint Task Force - Operation Inherent Resolve": ("military", None),
 "Syrian Democratic Forces": ("armed group", "Syria"),
 "Ministry of Defence (Syria)": ("military", "Syria"),
 "Ministry of Defence (Armenia)": ("military", "Armenia"),
 "Ashraf Ghani": ("government", "Afghanistan"),
 "UN Assistance Mission in Afghanistan": ("international body", None),
 "Costs of War Project (Brown University)": ("monitor", "United States"),
 "African Union": ("international body", None),
 "Amnesty International": ("monitor", None),
 "Libyan National Army": ("armed group", "Libya"),
 "UN Support Mission in Libya": ("international body", None),
 "UN Development Programme": ("international body", None),
 "UNICEF": ("international body", None),
}
ROWS = []
def C(claimant, aliases=(), source=None, stype=None, scountry=None):
    """claimant record; source defaults to the claimant; type/country from SOURCES when known"""
    src = source or claimant
    if src in SOURCES and stype is None:
        stype, sc = SOURCES[src]
        if scountry is None: scountry = sc
    return dict(claimant=claimant, claimant_aliases=list(aliases), source=src, source_type=stype, source_country=scountry)
NOCL = dict(claimant=None, claimant_aliases=[], source=None, source_type=None, source_country=None)
def R(doc, span, v, cat, qual, subject, side, cl, scope, force, unit="people"):
    value = low = high = None
    if isinstance(v, tuple): low, high = v
    elif v is not None: value = v
    if qual == "vague": assert v is None
    if qual == "range": assert isinstance(v, tuple)
    cl = cl or NOCL
    d = dict(doc=doc, value=value, low=low, high=high, unit=unit, category=cat, qualifier=qual,
             subject=subject, side=side, claimant=cl["claimant"], claimant_aliases=cl["claimant_aliases"],
             span=span, source=cl["source"], source_type=cl["source_type"], source_country=cl["source_country"],
             scope=scope, force=force)
    ROWS.append(d)
