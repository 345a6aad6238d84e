"""How news text is written: the abbreviations a full stop follows without ending a sentence."""

# Abbreviations after which a full stop does not end a sentence ("Gen. Smith", "approx. 300").
ABBREVIATIONS = (
    "Mr", "Mrs", "Ms", "Dr", "St", "Gen", "Lt", "Col", "Maj", "Capt", "Sgt", "Adm", "Brig", "Rep", "Sen",
    "Gov", "Prof", "No", "vs", "approx", "Approx", "est", "Inc", "Ltd", "Co", "Corp", "Jr", "Sr",
    "U.S", "U.N", "U.K", "e.g", "i.e",
)  # fmt: skip
