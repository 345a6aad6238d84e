"""What a figure counts across articles: scope, as_of, force and stance (issue 10).

Tables of invented sentences, one behaviour each; then the hand annotation of seed + dev
and of held-out 2 (``scope_force.jsonl`` beside each gold file) scored with
``tests/corpus_fields.py``.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

from extractors import extract_figures
from extractors.dates import publication_date
from extractors.stance import article_enemies, stance_of
from tests.corpus_fields import field_scores, read_gold

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "tests" / "corpus"


# Figures are war figures only: each sentence is read under a war's headline.
WAR_TITLE = "Shelling and air strikes go on as the war enters its third year"


def figure(text: str, span: str, published: str = "2025-03-12"):
    """The figure of ``text`` whose span contains ``span`` (2025-03-12 is a Wednesday)."""
    found = [f for f in extract_figures(text, meta={"published": published, "title": WAR_TITLE}) if span in f.span]
    assert found, f"no figure with {span!r} in {[f.span for f in extract_figures(text)]}"
    return found[0]


SCOPE = {
    # a running total
    "since the war began": ("Some 4,100 soldiers have died since the war began, the army said.", "4,100", "total"),
    "so far": ("Officials said 812 people were killed so far in the province.", "812", "total"),
    "has risen to": ("The death toll has risen to 95, the governor said.", "95", "total"),
    "a window up to a time": (
        "In the 48 hours to Sunday morning, 61 people were killed across the region, the ministry said.",
        "61",
        "period",
    ),
    "since a date": ("At least 230 civilians have been killed since 2 February, the mission said.", "230", "total"),
    "by the end of a year": ("Around 8,000 fighters had been killed by the end of 2023.", "8,000", "total"),
    "toll without window": ("The rebels said 640 of their fighters had died.", "640", "total"),
    # a window of its own
    "in the past 24 hours": ("Seventeen people were killed in the past 24 hours, medics said.", "Seventeen", "period"),
    "in N hours": ("The enemy lost up to 420 servicemen in 24 hours, the ministry said.", "420", "period"),
    "over the week": ("The brigade said it had killed 260 fighters over the week.", "260", "period"),
    "the fighting in a country is a war": (
        "The fighting in Yemen killed 3,100 people in 2023, the monitor said.",
        "3,100",
        "period",
    ),
    "a window before an event beyond a comma": (
        "Some 5,400 people were killed in 2024, the monitor said, half of them in the spring offensive.",
        "5,400",
        "period",
    ),
    "the fighting for a town is one battle": ("The fighting for Velmora killed 900 soldiers.", "900", "event"),
    "N days of a war is the war": (
        "The ministry said 380 people had been killed in nine days of air strikes.",
        "380",
        "total",
    ),
    "in a year": ("The monitor recorded 3,300 civilian deaths in 2023.", "3,300", "period"),
    "last month": ("The navy lost 41 sailors last month, the admiral said.", "41", "period"),
    "a rate": ("The army is losing about 300 soldiers a day, analysts said.", "300", "period"),
    "since a month of this year": ("Some 93 people have been killed in the valley since January.", "93", "period"),
    "since a month of a named year": ("Some 93 people have been killed since January 2023.", "93", "total"),
    "a recent start": ("Another 112 people died since fighting resumed on Sunday.", "112", "period"),
    "since the start of the year": (
        "The army said it had neutralised more than 1,500 rebels since the start of the year.",
        "1,500",
        "period",
    ),
    "this year so far": ("More than 500 people have been killed in attacks in the country this year.", "500", "period"),
    "earlier this month is a day": ("Earlier this month, 40 people died in a strike on a market.", "40", "event"),
    "over the day": ("The enemy lost up to 260 servicemen in that area over the day.", "260", "period"),
    "since a weekday": ("The hospital said it had taken in 23 bodies since Tuesday.", "23", "period"),
    "since dawn": ("The hospital has treated 37 injured people since dawn, its director said.", "37", "period"),
    "since a ceasefire": ("The army says it has killed more than 370 rebels since the ceasefire.", "370", "period"),
    "since a truce took effect": (
        "At least 331 people have been killed in strikes since the truce took effect on 27 November.",
        "331",
        "period",
    ),
    # one event
    "killed when": ("At least 14 people were killed when a drone hit a market.", "14", "event"),
    "in the attack": ("Nine police officers died in the attack on the checkpoint.", "Nine", "event"),
    ", killing": ("Gunmen raided the village at dawn, killing 23 people.", "23", "event"),
    "a part 'of the dead' takes its whole's window": (
        "Some 410 people were killed in Lorne province in 2023. Army raids accounted for 150 of the dead.",
        "150",
        "period",
    ),
    "two numbers sharing their words": (
        "In March, 14 soldiers were killed and 30 wounded, the most since the war began, the army said.",
        "30",
        "period",
    ),
    "bodies recovered": ("Rescuers had recovered 37 bodies from the ferry by Friday night.", "37", "event"),
    "bodies in a window": ("Medics received 12 bodies in the past 24 hours.", "12", "period"),
    "a weekday night's attack": ("The toll of Sunday night's raid on the depot has risen to 31.", "31", "event"),
    "an operation": ("Troops killed 38 insurgents during an operation near Kestrel Ridge.", "38", "event"),
    "an operation since it began": (
        "The army says 52 soldiers have died in the operation since it began in May.",
        "52",
        "total",
    ),
    "an exchange": ("The two armies swapped 150 prisoners each on the bridge.", "150", "event"),
    "one day of its own": ("On Friday 60 soldiers laid down their arms at the border post.", "60", "event"),
    "a deployment": ("The government will send 2,500 troops to the north.", "2,500", "event"),
    "a contingent is one deployment": (
        "The mission's largest contingent, about 735 Kenyan police officers, patrols the capital.",
        "735",
        "event",
    ),
    "in a single week": ("The brigade lost 160 soldiers in a single week, the commander said.", "160", "period"),
    "in the quarter": ("Gangs killed at least 185 people in the quarter, the report said.", "185", "period"),
    "over the previous day": ("The enemy lost 1,060 troops over the previous day, the staff said.", "1,060", "period"),
    # a force's standing strength
    "troops stationed": ("The country currently has about 4,000 troops stationed abroad.", "4,000", "total"),
    "a breakdown takes the event": (
        "A car bomb killed 31 people in the square on Monday. Among the dead were 12 children.",
        "12",
        "event",
    ),
    "a new toll that brings a running count to a total": (
        "The army said one soldier was killed in fighting in the north, bringing the number of troops killed "
        "since the war began to 423.",
        "one soldier",
        "event",
    ),
    "the total it brings the count to": (
        "The army said one soldier was killed in fighting in the north, bringing the number of troops killed "
        "since the war began to 423.",
        "423",
        "total",
    ),
}


@pytest.mark.parametrize("text, span, scope", SCOPE.values(), ids=SCOPE.keys())
def test_scope(text: str, span: str, scope: str) -> None:
    assert figure(text, span).scope == scope


# A figure whose words say nothing, with no figure of its kind before it, takes its headline's frame.
HEADLINE = {
    "one attack": ("Drone strike on Velmora market kills 12", "Nine soldiers were also hurt, the mayor said.", "event"),
    "one attack, after a total": (
        "Ambush on Harrow Pass convoy kills 9 guards",
        "The rebels have killed 300 soldiers since the war began. Nine guards and 4 drivers died on the road.",
        "event",
    ),
    "a window": ("Army says it lost 40 troops in past day", "The rebels lost 95 fighters, it said.", "period"),
    "a running toll": ("Death toll in Ostrava region war rises so far to 900", "Ninety police died.", "total"),
    "no frame": ("Shelling goes on in the hills as winter nears", "The rebels said 640 fighters had died.", "total"),
    "one attack's toll that has risen": (
        "Missile strike hits Velmora train station",
        "Rescuers said the number of dead has risen to 41, and 96 people have been injured.",
        "event",
    ),
    "one attack's story, the war's total": (
        "Missile strike hits Velmora train station",
        "The regional governor said 2,300 civilians have been killed in the region since the war began.",
        "total",
    ),
}


@pytest.mark.parametrize("title, text, scope", HEADLINE.values(), ids=HEADLINE.keys())
def test_scope_from_the_headline(title: str, text: str, scope: str) -> None:
    found = extract_figures(text, meta={"published": "2025-03-12", "title": title})
    assert found and found[-1].scope == scope


AS_OF = {
    # 2025-03-12 is a Wednesday
    "undated: the publication date": ("Some 4,100 soldiers have died, the army said.", "4,100", "2025-03-12"),
    "said on a weekday": ("The army said on Monday that 4,100 soldiers had died.", "4,100", "2025-03-10"),
    "said on the publication day": ("The army said on Wednesday that 4,100 soldiers died.", "4,100", "2025-03-12"),
    "yesterday": ("Medics said yesterday that 58 people had been wounded.", "58", "2025-03-11"),
    "last week": ("Last week the ministry said 700 soldiers had been captured.", "700", "2025-03-05"),
    "as of a date": ("As of 1 March, 2,340 people had been killed, the office said.", "2,340", "2025-03-01"),
    "a month without a year": ("In November the agency said 1,900 fighters had died.", "1,900", "2024-11-30"),
    "by the end of a year": ("Around 8,000 fighters had been killed by the end of 2023.", "8,000", "2023-12-31"),
    "a window": ("The monitor recorded 3,300 civilian deaths in 2023.", "3,300", "2023-12-31"),
    "a month earlier": (
        "In January the agency put the toll at 900. A month earlier it had counted 640 dead.",
        "640",
        "2024-12-31",
    ),
    "the first of a pair of months": (
        "Another 3,000 troops arrived in January and February, officials say.",
        "3,000",
        "2025-02-28",
    ),
    "a date in a clause of its own": (
        "The monitor said 310 people were killed before the truce took hold on Sunday.",
        "310",
        "2025-03-12",
    ),
}


@pytest.mark.parametrize("text, span, as_of", AS_OF.values(), ids=AS_OF.keys())
def test_as_of(text: str, span: str, as_of: str) -> None:
    assert figure(text, span).as_of == as_of


def test_as_of_without_any_date_is_empty() -> None:
    assert figure("Officials said on Monday that 12 soldiers died.", "12", published="").as_of == ""


DATELINES = {
    "a date alone on a line": ("Headline\n\n4 March 2025\n\nSome 12 soldiers died, officials said.", "2025-03-04"),
    "place, date and a dash": ("KABUL, March 4, 2025 - Some 12 soldiers died, officials said.", "2025-03-04"),
    "published on": ("Headline\n\nPublished On 4 Mar 2025\n\nSome 12 soldiers died.", "2025-03-04"),
    "a dateline without a year, a full date near it": (
        "GOMA, March 4 (Wire) - Some 12 soldiers died. Photo taken on Feb. 27, 2025.",
        "2025-03-04",
    ),
    "a dateline without a year alone": ("GOMA, March 4 (Wire) - Some 12 soldiers died, officials said.", ""),
}


@pytest.mark.parametrize("text, date", DATELINES.values(), ids=DATELINES.keys())
def test_an_undated_article_is_dated_by_its_dateline(text: str, date: str) -> None:
    found = publication_date("", text)
    assert (found.isoformat() if found else "") == date
    assert figure(text, "12", published="").as_of == date


FORCE = {
    "soldiers": ("Some 4,100 soldiers have died, the army said.", "4,100", "military"),
    "fighters of a group": ("The group said 640 of its fighters had died.", "640", "military"),
    "prisoners of war": ("Kyiv said 95 prisoners of war had been returned.", "95", "military"),
    "troops are military": ("The government will send 2,500 troops to the north.", "2,500", "military"),
    "civilians": ("Shelling killed 38 civilians in the town, the governor said.", "38", "civilian"),
    "children": ("At least 17 children were among the wounded.", "17", "civilian"),
    "aid workers": ("Nine aid workers were killed in the convoy attack.", "Nine", "civilian"),
    "schoolgirls": ("Gunmen abducted 110 schoolgirls from their dormitory in the town.", "110", "civilian"),
    "merchant seafarers": ("The missile killed three seafarers on the freighter.", "three", "civilian"),
    "both in the subject": ("The strike killed 12 soldiers and civilians at the depot.", "12", "mixed"),
    "said to include both": ("Clashes killed 230 people, including fighters and civilians.", "230", "mixed"),
    "people of an attack on civilians": (
        "Mortars hit the Tallow Street bus depot, killing 19 people, in the worst attack on civilians this year.",
        "19",
        "civilian",
    ),
    "people without it": ("Mortars hit the Tallow Street bus depot, killing 19 people.", "19", "unknown"),
    "civil defence personnel": ("Six civil defence personnel were hurt at the fire in Tarnow.", "Six", "civilian"),
    "attackers": ("Guards shot dead 7 of the attackers at the gate, police said.", "7", "military"),
    "a share of them civilians": (
        "Fighting in the Dorn valley caused 1,240 deaths last year, of which a third were civilians.",
        "1,240",
        "mixed",
    ),
    "half of them soldiers, further on": (
        "Rocket fire from across the river has killed upwards of 80 people among the northern border towns and the "
        "hill villages during the last twelve months, about half of them soldiers.",
        "80",
        "mixed",
    ),
    "broken down into both": (
        "The exchange returned 390 people. That group was made up of 270 soldiers and 120 civilians.",
        "390",
        "mixed",
    ),
    "people stay unknown": ("At least 14 people were killed when a drone hit a market.", "14", "unknown"),
    "a bare count of who suffered it": ("The brigade's troops suffered 880 casualties.", "880", "military"),
    "military casualties": ("The report put military casualties at 52,000.", "52,000", "military"),
    "the number of": ("The number of soldiers and marines killed has reached 75.", "75", "military"),
    "what some of them were": ("After the shelling, 41 of the wounded were children, doctors said.", "41", "civilian"),
    "elements of a force": ("The army said it killed fifty two elements of the militia.", "fifty two", "military"),
    "a woman": ("One woman died of her wounds in hospital, the governor said.", "One", "civilian"),
    "scientists": ("The strikes killed 11 nuclear scientists, state media said.", "11", "civilian"),
    "a family": ("A family of eight was killed in the strike on the house.", "eight", "civilian"),
    "people by their work": ("Gunmen killed 12 shepherds near the border, police said.", "12", "civilian"),
    "a part of the people of the sentence before": (
        "Gunmen abducted 30 shepherds near the border on Monday, police said.\n\nNine of them were later found dead.",
        "Nine",
        "civilian",
    ),
    "people whose parts are all outside the fighting": (
        "At least 43 people, among them 19 women and nine children, were killed when gunmen attacked the church.",
        "43",
        "civilian",
    ),
    "most of them children": ("A drone hit the school, killing 31 people, most of them children.", "31", "civilian"),
    "a number of them women": ("The strike killed 23 people, 12 of them women, the office said.", "23", "civilian"),
    "parts with fighters make people mixed": (
        "Strikes killed 331 people over the year, including 53 members of the Revolutionary Guards.",
        "331",
        "mixed",
    ),
    "a list of both": (
        "The war has killed more than 6,200 people, among them soldiers, insurgents and civilians.",
        "6,200",
        "mixed",
    ),
    "a figure that is itself a part": (
        "Velm keeps 1,500 troops in the enclave. Some 400 of them serve as peacekeepers, alongside local units.",
        "400",
        "military",
    ),
    "soldiers and civilians alike": (
        "He said about 600,000 people had been killed, soldiers and civilians alike.",
        "600,000",
        "mixed",
    ),
    "a factbox label names them": ("* Aid workers killed: more than 540", "540", "civilian"),
    "a factbox label of all sides": ("Recorded fatalities, all sides (monitor): over 30,000", "30,000", "mixed"),
    "a share of those killed": ("Children accounted for 19 of those killed in April.", "19", "civilian"),
    "a body's staff": ("The charity said nine of its staff were killed when the clinic was hit.", "nine", "civilian"),
    "a country's citizens": ("Thailand says 41 of its citizens were killed in the attack.", "41", "civilian"),
    "citizens under arms": (
        "Nepal says 12 Nepali nationals recruited into the Russian army have been killed.",
        "12",
        "military",
    ),
    "the General Staff is no staff": (
        "The General Staff puts Russia's losses at 867,850 killed and wounded.",
        "867,850",
        "military",
    ),
}


@pytest.mark.parametrize("text, span, force", FORCE.values(), ids=FORCE.keys())
def test_force(text: str, span: str, force: str) -> None:
    assert figure(text, span).force == force


def test_an_undistinguished_toll_is_mixed() -> None:
    text = (
        "Some 2,100 people have died since the fighting started, the ministry said. "
        "That tally does not separate fighters from civilians."
    )
    assert figure(text, "2,100").force == "mixed"


STANCE = {
    "the counted side's own army": ("Russia", "Russia", None, "own"),
    "the side it fights": ("Russia", "Ukraine", None, "adversary"),
    "an ally is neither": ("North Korea", "Russia", None, "third party"),
    "a country outside the war": ("Russia", "United Kingdom", None, "third party"),
    "an international body": ("Sudan", None, "international body", "third party"),
    "a monitor": ("Syria", None, "monitor", "third party"),
    "no country, no type": ("Russia", None, None, "unknown"),
    "no side": (None, "Russia", None, "unknown"),
    "an armed group": ("Hamas", "Israel", None, "adversary"),
}


@pytest.mark.parametrize("side, country, source_type, stance", STANCE.values(), ids=STANCE.keys())
def test_stance(side, country, source_type, stance) -> None:
    assert stance_of(side, country, source_type, article_enemies("")) == stance


def test_an_article_adds_its_own_pair_of_enemies() -> None:
    text = "Weeks of fighting between Chad and Cameroon have killed 80 soldiers."
    assert stance_of("Chad", "Cameroon", None, article_enemies(text)) == "adversary"
    assert stance_of("Chad", "Cameroon", None, article_enemies("")) == "third party"


def test_stance_from_the_claimant_until_sources_are_filled() -> None:
    text = "Ukraine's General Staff said 1,200 Russian soldiers were killed. Its figures could not be verified."
    assert figure(text, "1,200").stance == "adversary"
    text = "Britain's defence ministry said 1,200 Russian soldiers were killed."
    assert figure(text, "1,200").stance == "third party"


def _predicted(docs: Path) -> list[dict]:
    from extractors.cli import extract_paths

    table, errors = extract_paths([str(docs)])
    assert not errors
    buffer = io.StringIO()
    table.to_csv(buffer, index=False)
    return list(csv.DictReader(io.StringIO(buffer.getvalue())))


# The hand annotations and the bars they are held to. Seed + dev were annotated before the
# rules were written (first scores: scope 0.726, force 0.833); held-out 2 after the rules were
# tuned on seed + dev, before they read it (first scores: scope 0.626, force 0.736, as_of 0.44).
ANNOTATIONS = {
    "seed + dev": (ROOT / "seeds", CORPUS / "dev" / "scope_force.jsonl", 0.90, 0.88, 0.88),
    "held-out 2": (CORPUS / "heldout2" / "docs", CORPUS / "heldout2" / "scope_force.jsonl", 0.78, 0.85, 0.60),
}


@pytest.mark.parametrize("docs, gold, scope_bar, force_bar, as_of_bar", ANNOTATIONS.values(), ids=ANNOTATIONS.keys())
def test_annotated_scope_force_and_as_of(docs, gold, scope_bar, force_bar, as_of_bar) -> None:
    scores = field_scores(_predicted(docs), read_gold([gold]))
    assert scores["matched"] >= 90
    assert scores["scope_acc"] >= scope_bar, scores
    assert scores["force_acc"] >= force_bar, scores
    assert scores["as_of_acc"] >= as_of_bar, scores


# The real-style sets annotated with scope and force in their gold files, read after their blind first scores
# (held-out 11: scope 0.671, force 0.810; held-out 12: 0.599 / 0.814; held-out 14: 0.713 / 0.809; held-out 15:
# 0.633 / 0.882; held-out 17: 0.757 / 0.729; held-out 18: 0.660 / 0.830; held-out 19: 0.756 / 0.848); bars
# two points under today's scores.
REAL_STYLE = {
    "heldout11": (0.760, 0.805),  # scope: a contingent is one deployment (event), as the guideline says
    "heldout12": (0.640, 0.850),
    "heldout14": (0.765, 0.813),
    "heldout15": (0.611, 0.915),
    "heldout17": (0.725, 0.740),
    "heldout18": (0.690, 0.865),
    "heldout19": (0.694, 0.835),
    "heldout21": (0.760, 0.845),  # blind first 0.757 / 0.867
    "heldout22": (0.670, 0.880),  # blind first 0.659 / 0.901
}


@pytest.mark.parametrize(("name", "scope_bar", "force_bar"), [(k, *v) for k, v in REAL_STYLE.items()], ids=REAL_STYLE)
def test_real_style_scope_and_force(name: str, scope_bar: float, force_bar: float) -> None:
    scores = field_scores(_predicted(CORPUS / name / "docs"), read_gold([CORPUS / name / "gold.jsonl"]))
    assert scores["scope_acc"] >= scope_bar and scores["force_acc"] >= force_bar, scores


def test_annotations_follow_their_gold_lines() -> None:
    """Each annotation file is its gold file with scope, force and (where the text pins it) as_of added."""
    pairs = [
        ([CORPUS / "seed_gold.jsonl", CORPUS / "dev" / "gold.jsonl"], CORPUS / "dev" / "scope_force.jsonl"),
        ([CORPUS / "heldout2" / "gold.jsonl"], CORPUS / "heldout2" / "scope_force.jsonl"),
    ]
    for golds, annotated in pairs:
        lines = read_gold([annotated])
        stripped = [{k: v for k, v in line.items() if k not in ("scope", "force", "as_of")} for line in lines]
        assert stripped == read_gold(golds)
        assert {line["scope"] for line in lines} <= {"total", "period", "event", "unknown"}
        assert {line["force"] for line in lines} <= {"military", "civilian", "mixed", "unknown"}
