"""Sides at war with each other, as general knowledge: the pairs a stance is read from.

Each side, as ``extractors/lexicon/places.py`` normalises it, with the sides it fights;
a pair is written once and read both ways. A source of one side counting the other side's people is its
``adversary``. The list holds wars and armed conflicts of the last decades that news
reports tolls of; an article can add its own pairs ("the war between X and Y", read by
``extractors/stance.py``).
"""

BELLIGERENTS = {
    "Russia": ("Ukraine", "Georgia"),
    "North Korea": ("Ukraine",),  # North Korean troops fought for Russia in Kursk
    "Belarus": ("Ukraine",),
    "Wagner": ("Ukraine",),
    "Israel": ("Hamas", "Palestine", "Hezbollah", "Lebanon", "Iran", "Houthis", "Syria"),
    "United States": ("Houthis", "Iran", "Islamic State", "Taliban"),
    "United Kingdom": ("Houthis",),
    "Saudi Arabia": ("Houthis",),
    "Yemen": ("Houthis",),  # the internationally recognised government against the Houthi movement
    "Sudan": ("RSF",),  # Sudan's army against the Rapid Support Forces
    "Azerbaijan": ("Armenia", "Nagorno-Karabakh"),
    "India": ("Pakistan",),
    "Afghanistan": ("Pakistan", "Soviet Union"),
    "TTP": ("Pakistan",),  # the Pakistani Taliban against the Pakistani state
    "Thailand": ("Cambodia",),
    "DR Congo": ("M23", "Rwanda"),
    "Rwanda": ("Burundi",),
    "al-Shabaab": ("Somalia", "Kenya", "African Union"),
    "Boko Haram": ("Nigeria", "Cameroon", "Chad", "Niger"),
    "Islamic State": ("Iraq", "Syria"),
    "Ethiopia": ("Eritrea",),
}
