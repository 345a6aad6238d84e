"""Sides at war with each other, as general knowledge: the pairs a stance is read from.

Each pair names two sides as ``extractors/lexicon/places.py`` normalises them; the order
does not matter. A source of one side counting the other side's people is its
``adversary``. The list holds wars and armed conflicts of the last decades that news
reports tolls of; an article can add its own pairs ("the war between X and Y", read by
``extractors/stance.py``).
"""

BELLIGERENTS = (
    ("Russia", "Ukraine"),
    ("North Korea", "Ukraine"),  # North Korean troops fought for Russia in Kursk
    ("Belarus", "Ukraine"),
    ("Wagner", "Ukraine"),
    ("Israel", "Hamas"),
    ("Israel", "Palestine"),
    ("Israel", "Hezbollah"),
    ("Israel", "Lebanon"),
    ("Israel", "Iran"),
    ("Israel", "Houthis"),
    ("Israel", "Syria"),
    ("United States", "Houthis"),
    ("United States", "Iran"),
    ("United States", "Islamic State"),
    ("United States", "Taliban"),
    ("United Kingdom", "Houthis"),
    ("Saudi Arabia", "Houthis"),
    ("Yemen", "Houthis"),  # the internationally recognised government against the Houthi movement
    ("Sudan", "RSF"),  # Sudan's army against the Rapid Support Forces
    ("Armenia", "Azerbaijan"),
    ("Nagorno-Karabakh", "Azerbaijan"),
    ("India", "Pakistan"),
    ("Afghanistan", "Pakistan"),
    ("Thailand", "Cambodia"),
    ("DR Congo", "M23"),
    ("DR Congo", "Rwanda"),
    ("Rwanda", "Burundi"),
    ("Somalia", "al-Shabaab"),
    ("Kenya", "al-Shabaab"),
    ("African Union", "al-Shabaab"),
    ("Nigeria", "Boko Haram"),
    ("Cameroon", "Boko Haram"),
    ("Chad", "Boko Haram"),
    ("Niger", "Boko Haram"),
    ("Iraq", "Islamic State"),
    ("Syria", "Islamic State"),
    ("Russia", "Georgia"),
    ("Ethiopia", "Eritrea"),
    ("Soviet Union", "Afghanistan"),
)
