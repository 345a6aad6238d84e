"""Categories: what happened to the people a number counts, and which numbers are no figures.

Each case is a short sentence and the figures ``extract_figures`` must give, as
``(amount, category)`` pairs: a float, or ``None`` for a vague amount.
"""

from __future__ import annotations

import pytest

from extractors import Figure, extract_figures
from tests.conftest import WAR_REPORT


def amount(figure: Figure) -> object:
    if figure.low is not None and figure.high is not None:
        return (figure.low, figure.high)
    return figure.value


def categorised(text: str) -> list[tuple[object, str]]:
    figures = extract_figures(text, meta=WAR_REPORT)
    for figure in figures:
        assert text[figure.start : figure.end] == figure.span
    return [(amount(figure), figure.category) for figure in figures]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # corpus guideline, "Categories": killed (dead, deaths, fatalities)
        pytest.param("The strike killed 14 soldiers.", [(14.0, "killed")], id="killed, verb before"),
        pytest.param("Medics counted 23 dead after the raid.", [(23.0, "killed")], id="dead"),
        pytest.param("There were 57 deaths in the first week.", [(57.0, "killed")], id="deaths"),
        pytest.param("The army reported 9 fatalities.", [(9.0, "killed")], id="fatalities"),
        pytest.param("Seven soldiers died in the ambush.", [(7.0, "killed")], id="died"),
        pytest.param("The attack left 31 people dead.", [(31.0, "killed")], id="left dead"),
        # corpus guideline, "Categories": wounded (injured)
        pytest.param("Eight soldiers were wounded in the attack.", [(8.0, "wounded")], id="wounded"),
        pytest.param("Twelve civilians were injured by debris.", [(12.0, "wounded")], id="injured"),
        pytest.param("The raid wounded 19 civilians.", [(19.0, "wounded")], id="wounded, verb before"),
        # corpus guideline, "Categories" and "What is one figure": casualties
        pytest.param("Ukraine has suffered 3,000 casualties.", [(3_000.0, "casualties")], id="casualties"),
        pytest.param("Losses stand at 48,000.", [(48_000.0, "casualties")], id="losses"),
        pytest.param(
            "About 3,000 soldiers were killed or wounded.", [(3_000.0, "casualties")], id="killed or wounded is one"
        ),
        pytest.param(
            "Around 300 soldiers have been killed and 2,700 injured.",
            [(300.0, "killed"), (2_700.0, "wounded")],
            id="killed and injured are two",
        ),
        pytest.param(
            "Two soldiers were killed and five were wounded.",
            [(2.0, "killed"), (5.0, "wounded")],
            id="two clauses, two categories",
        ),
        # corpus guideline, "Categories": captured (taken prisoner, prisoners held, hostages taken)
        pytest.param("Forces captured 45 soldiers near the border.", [(45.0, "captured")], id="captured"),
        pytest.param("Sixty soldiers were taken prisoner.", [(60.0, "captured")], id="taken prisoner"),
        pytest.param("Ukraine holds 1,200 prisoners of war.", [(1_200.0, "captured")], id="prisoners of war held"),
        pytest.param("Militants took 120 hostages during the raid.", [(120.0, "captured")], id="took hostages"),
        pytest.param("Around 250 people were taken hostage.", [(250.0, "captured")], id="taken hostage"),
        pytest.param(
            "Some 250 hostages were taken during the attack.",
            [(250.0, "captured")],
            id="hostages were taken",
        ),
        pytest.param(
            "Gunmen abducted 40 civilians.",
            [(40.0, "captured")],
            id="abducted, verb before",
        ),
        # corpus guideline, "Categories": missing
        pytest.param("At least 30 soldiers are missing.", [(30.0, "missing")], id="are missing"),
        pytest.param(
            "Some 30 soldiers remain missing.",
            [(30.0, "missing")],
            id="remain missing",
        ),
        pytest.param(
            "Forty people are still unaccounted for.",
            [(40.0, "missing")],
            id="unaccounted for",
        ),
        # corpus guideline, "Categories" and "Finer rules": deployed (sent, stationed, strength, withdrawn)
        pytest.param("Russia sent 11,000 troops to the region.", [(11_000.0, "deployed")], id="troops sent"),
        pytest.param("About 2,000 US troops are stationed in Syria.", [(2_000.0, "deployed")], id="troops stationed"),
        pytest.param("The country deployed a 4,800-strong brigade.", [(4_800.0, "deployed")], id="strength"),
        pytest.param("The country withdrew 2,000 troops from the area.", [(2_000.0, "deployed")], id="withdrawn"),
        # corpus guideline, "Categories" and "Finer rules": exchanged (swapped, returned, released)
        pytest.param("The two sides swapped 90 prisoners each.", [(90.0, "exchanged")], id="swapped"),
        pytest.param("Ukraine and Russia each returned 103 prisoners.", [(103.0, "exchanged")], id="returned"),
        pytest.param("Israel released 90 Palestinian prisoners.", [(90.0, "exchanged")], id="released"),
        pytest.param("Twelve soldiers were freed in the swap.", [(12.0, "exchanged")], id="freed"),
        pytest.param(
            "Russia and Ukraine exchanged 95 prisoners of war on Friday.",
            [(95.0, "exchanged")],
            id="exchanged, verb before",
        ),
        # corpus guideline, "Finer rules": subsets and rates get their own lines
        pytest.param(
            "Three soldiers were injured, two of them officers.",
            [(3.0, "wounded"), (2.0, "wounded")],
            id="subset",
        ),
        pytest.param(
            "At least 40 people, including 12 children, were killed.",
            [(40.0, "killed"), (12.0, "killed")],
            id="including subset",
        ),
        pytest.param("The fighting killed 1,000 people every day.", [(1_000.0, "killed")], id="rate"),
        pytest.param("Two of the five soldiers were killed.", [(2.0, "killed")], id="the group a subset is drawn from"),
        pytest.param(
            "The war in Donbas killed 14,000 people between 2014 and 2022.",
            [(14_000.0, "killed")],
            id="span of years after a figure",
        ),
        pytest.param("Dozens of civilians were wounded.", [(None, "wounded")], id="vague amount"),
        # general news style: number words at the start of a sentence
        pytest.param("Ninety soldiers were captured.", [(90.0, "captured")], id="ninety"),
        pytest.param("Sixteen civilians were injured.", [(16.0, "wounded")], id="sixteen"),
        pytest.param(
            "Twenty civilians were killed.",
            [(20.0, "killed")],
            id="twenty",
        ),
        pytest.param(
            "Fifteen soldiers were killed.",
            [(15.0, "killed")],
            id="fifteen",
        ),
        # corpus guideline: "losses" are casualties; a country's reported losses are a tally of both
        pytest.param(
            "Ukraine has lost 412,760 troops since the war started, the Russian defence ministry claims.",
            [(412760.0, "casualties")],
            id="a country's losses, reported",
        ),
        pytest.param(
            "Defence ministry: Ukraine has lost 412,760 troops since 2022",
            [(412760.0, "casualties")],
            id="a country's losses, in a headline",
        ),
        pytest.param("Malawi lost three soldiers in the fighting.", [(3.0, "killed")], id="lost in an incident"),
        pytest.param(
            "The militia leader said he had lost roughly 3,000 fighters in the siege.",
            [(3000.0, "killed")],
            id="a commander's own dead",
        ),
        pytest.param(
            "Kyiv said 19 wounded Russian prisoners had been handed over on Friday.",
            [(19.0, "exchanged")],
            id="wounded prisoners handed over are exchanged",
        ),
        pytest.param(
            "It said 48 captives were returned in exchange for 9 wounded Ukrainian troops.",
            [(48.0, "exchanged"), (9.0, "exchanged")],
            id="wounded soldiers given in return are exchanged",
        ),
        pytest.param(
            "Moscow in turn handed over 17 seriously wounded Ukrainian soldiers.",
            [(17.0, "exchanged")],
            id="wounded servicemen handed over",
        ),
        pytest.param(
            "ICRC planes shuttled 869 former detainees between six airports.",
            [(869.0, "exchanged")],
            id="former detainees were released",
        ),
        pytest.param(
            "The ministry said 64 Ukrainian soldiers captured near Bakhmut had now been handed back.",
            [(64.0, "exchanged")],
            id="captured there, handed back now",
        ),
        pytest.param(
            "The company said one of its workers had been killed in the strike.",
            [(1.0, "killed")],
            id="one of its workers killed (unlike 'one of them')",
        ),
        pytest.param(
            "The army said 6 of its soldiers had embraced martyrdom and 14 were injured in the clash.",
            [(6.0, "killed"), (14.0, "wounded")],
            id="martyrdom",
        ),
        pytest.param(
            "The raid on the outpost cost the lives of nine soldiers, officials said.",
            [(9.0, "killed")],
            id="cost the lives of",
        ),
        pytest.param("Azerbaijan frees 32 Armenian soldiers in swap", [(32.0, "exchanged")], id="a headline's frees"),
        pytest.param(
            "The museum's list of victims of the siege now runs to 4,115 names.",
            [(4115.0, "killed")],
            id="names on a list of victims",
        ),
        pytest.param(
            "The war has killed 377,000 people. About 60% of those deaths were indirect, caused by hunger.",
            [(377000.0, "killed")],
            id="a share of those deaths is make-up",
        ),
        pytest.param(
            "The 1994 war killed about 6,000 Chechen fighters, according to Moscow.",
            [(6000.0, "killed")],
            id="a year before a noun phrase is no figure",
        ),
        pytest.param(
            "The journalists estimate that between 189,000 and 273,000 Russian soldiers may have died.",
            [((189000.0, 273000.0), "killed")],
            id="may have died is an estimate, not a forecast",
        ),
        pytest.param(
            "Five wounded soldiers were captured.", [(5.0, "captured")], id="wounded soldiers captured are captured"
        ),
        pytest.param("Two sailors sustained light injuries.", [(2.0, "wounded")], id="suffered injuries"),
        pytest.param(
            "53 seriously wounded defenders were taken to a hospital.", [(53.0, "wounded")], id="wounded, to hospital"
        ),
        pytest.param("Fourteen soldiers were hospitalised after the shelling.", [(14.0, "wounded")], id="hospitalised"),
        pytest.param("Nine civilians were hospitalized with shrapnel wounds.", [(9.0, "wounded")], id="hospitalized"),
        # a force's strength and people made soldiers are `deployed` (call-ups in the annotated corpus)
        pytest.param(
            "The minister said the country's armed forces numbered roughly 210,000.",
            [(210000.0, "deployed")],
            id="a force numbered",
        ),
        pytest.param(
            "The generals want to mobilise a further 200,000 to 250,000 people.",
            [((200000.0, 250000.0), "deployed")],
            id="people to mobilise",
        ),
        pytest.param(
            "Over 90,000 people have signed army contracts this year, officials said.",
            [(90000.0, "deployed")],
            id="people who signed contracts",
        ),
        pytest.param(
            'Minsk was putting together a "volunteer battalion" of up to 1,500 Belarusians.',
            [(1500.0, "deployed")],
            id="a battalion of people",
        ),
        pytest.param(
            "He said he had lost some 3,000 fighters, about 1,200 of them inmates recruited from jails.",
            [(3000.0, "killed"), (1200.0, "killed")],
            id="recruited as a description is no enlistment",
        ),
        pytest.param(
            "Israeli strikes killed 40 people, the ministry said. "
            "It said roughly 70 percent of the Gaza Strip lay under evacuation orders.",
            [(40.0, "killed")],
            id="a share of land is no figure",
        ),
        pytest.param(
            "The toll from a rocket attack on the port of the city of Odesa climbed to 21 on Friday.",
            [(21.0, "killed")],
            id="'city of' names a place, not a population, before a toll",
        ),
        pytest.param(
            "The number of people killed by the missile that hit a shopping centre has climbed to 23.",
            [(23.0, "killed")],
            id="the number of people killed",
        ),
        pytest.param("Of the dead, 12 died from traumatic injuries.", [(12.0, "killed")], id="injuries as a cause"),
        pytest.param(
            "The model put the dead at about 64,000, with a 90% confidence interval of 55,000 to 75,000.",
            [(64000.0, "killed"), ((55000.0, 75000.0), "killed")],
            id="a confidence level is no figure; its interval is",
        ),
        pytest.param(
            "An Israeli strike killed 40 people in Gaza. It said much of Gaza is under displacement orders, "
            "crowding more than 1.9 million people into a narrow strip.",
            [(40.0, "killed")],
            id="people squeezed by displacement are no toll",
        ),
        pytest.param(
            "A drone strike killed 32 people. The UN warns of a toll in Amhara, the second most populous region, "
            "with about 23 million people.",
            [(32.0, "killed")],
            id="the population of a region is no toll",
        ),
        pytest.param(
            "The war has killed 2,993 men from Buryatia. About 17% were former prisoners, and nearly 40% came "
            "from villages.",
            [(2993.0, "killed")],
            id="shares describing the dead are no figures",
        ),
        pytest.param(
            "Eight soldiers died this month. The men sent to replace them are 48, 52 years old.",
            [(8.0, "killed")],
            id="two ages",
        ),
        pytest.param(
            "Three workers were hurt at a substation, which has been struck more than 150 times since spring.",
            [(3.0, "wounded")],
            id="a count of attacks",
        ),
        pytest.param(
            "The governor said 11 civilians had died, among them a girl of 6, and that 27 more had been injured.",
            [(11.0, "killed"), (27.0, "wounded")],
            id="a boy of 8 is an age",
        ),
        pytest.param(
            "Local radio said the toll had climbed to 17 after three of the injured died in hospital.",
            [(17.0, "killed"), (3.0, "killed")],
            id="two of the wounded died",
        ),
        pytest.param(
            "The town held a funeral for four soldiers killed near the border.",
            [(4.0, "killed")],
            id="a funeral is for the dead, held is no capture",
        ),
        pytest.param(
            "The president said soldiers had been wounded about 390,000 times.",
            [(390000.0, "wounded")],
            id="wounded so many times counts woundings",
        ),
        pytest.param(
            "Kyiv's general staff routinely claims that Russia loses up to 1,300 soldiers a day.",
            [(1300.0, "casualties")],
            id="a country's losses a day, as claimed",
        ),
        pytest.param(
            "The group said its men had released a video that showed four soldiers it had taken prisoner.",
            [(4.0, "captured")],
            id="released images is no release of people",
        ),
        pytest.param(
            "The spokesman said 12 Thais had been killed, five of them soldiers and seven civilians, and 40 had "
            "been wounded.",
            [(12.0, "killed"), (5.0, "killed"), (7.0, "killed"), (40.0, "wounded")],
            id="subsets take their group's category, not the next clause's",
        ),
        pytest.param(
            "Shelling killed 14 people in the city. Some 6 million people in the province are food insecure.",
            [(14.0, "killed")],
            id="humanitarian need after a toll takes not its category",
        ),
        pytest.param(
            "Shelling hit the market on Monday. Killed: 41. Injured: 190.",
            [(41.0, "killed"), (190.0, "wounded")],
            id="a bulletin's labels: 'Killed: 41'",
        ),
        pytest.param(
            "Civilians killed: four, and three missing, according to the ombudsman.",
            [(4.0, "killed"), (3.0, "missing")],
            id="a label's category beats the next number's predicate",
        ),
        pytest.param(
            "- Soldiers captured in the battle for the town: 312, among them two colonels",
            [(312.0, "captured"), (2.0, "captured")],
            id="a long label in a list",
        ),
        pytest.param(
            "The attack began at 05:30 and shelling killed 4 people.", [(4.0, "killed")], id="a time is no label"
        ),
        pytest.param(
            "The bombing killed 37 people and 212 were taken to hospital.",
            [(37.0, "killed"), (212.0, "wounded")],
            id="a number its own verb governs keeps it, not the next number's predicate",
        ),
        pytest.param(
            "The toll of the bombing has risen to 37, the ministry said, with 212 others admitted to hospitals.",
            [(37.0, "killed"), (212.0, "wounded")],
            id="another number's predicate is not this one's",
        ),
        pytest.param(
            "The 44-day war in 2020 killed more than 6,500 people on both sides.",
            [(6500.0, "killed")],
            id="a year after 'in' is no figure even before a verb",
        ),
        pytest.param(
            "The mission, which counts about 10,000 troops from some 50 countries, said two were wounded.",
            [(10000.0, "deployed"), (2.0, "wounded")],
            id="a force a body counts is deployed",
        ),
        pytest.param(
            "The president laid flowers for 64 fallen soldiers at the front-line memorial.",
            [(64.0, "killed")],
            id="fallen soldiers are the dead",
        ),
        pytest.param(
            "Some 35 militants were killed in two separate engagements in the north.",
            [(35.0, "killed")],
            id="events counted beside a toll are no figure",
        ),
        pytest.param("Two attacks killed 40 soldiers.", [(40.0, "killed")], id="a thing before a verb of harm"),
        pytest.param(
            "The blasts killed 40 soldiers, and three explosions wounded 12.",
            [(40.0, "killed"), (12.0, "wounded")],
            id="a number after a count of things takes the verb of harm between them",
        ),
        pytest.param(
            "Of the 3,100 tanks it had, the army lost 2,200.", [], id="things lost after things are no people"
        ),
        pytest.param(
            "The army said 22 khwarij were sent to hell and nine soldiers embraced shahadat.",
            [(22.0, "killed"), (9.0, "killed")],
            id="a military press office's words for the dead",
        ),
    ],
)
def test_categories(text: str, expected: list[tuple[object, str]]) -> None:
    assert categorised(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # corpus guideline, "What is one figure": years, dates, ages, durations
        pytest.param("The war began in 2022.", id="year"),
        pytest.param("The offensive began on 4 June.", id="day month"),
        pytest.param("Fighting resumed on May 16.", id="month day"),
        pytest.param("The commander, aged 38, was killed.", id="aged 38"),
        pytest.param("A 47-year-old man was injured.", id="47-year-old"),
        pytest.param("Nobody expected a three-year-old war to drag on.", id="three-year-old war"),
        pytest.param("The siege of the city lasted 18 months.", id="18 months"),
        # corpus guideline, "What is one figure": money, equipment, distances
        pytest.param("Washington has pledged $40 billion in aid.", id="money"),
        pytest.param("Ukraine says it has destroyed 2,227 Russian tanks.", id="tanks"),
        pytest.param("Russia launched 298 drones overnight.", id="drones"),
        pytest.param("Troops advanced across 1,000 square kilometres.", id="area"),
        pytest.param("The front line is 60 kilometres away.", id="distance"),
        # corpus guideline, "What is one figure": crowds and population
        pytest.param("Georgia is a country of 3.7 million people.", id="population"),
        pytest.param("Thousands of onlookers lined the streets.", id="crowd"),
        pytest.param("A delegation of 12 officials arrived in Geneva.", id="delegation"),
        # corpus guideline, "Finer rules": forecasts and make-up shares
        pytest.param("Aid groups warn that thousands could die this winter.", id="forecast"),
        pytest.param("Officials said 52% of the dead were women.", id="make-up share"),
        pytest.param("Doctors say one in three of the wounded in Sudan is a woman.", id="one in four"),
        pytest.param("The study projected that the death toll could reach 2 million by 2040.", id="a projection"),
        pytest.param("Remains of one victim were found at three separate sites.", id="sites"),
        pytest.param(
            "Correction: A previous version of this article wrongly stated that 250 people had been injured.",
            id="a corrected figure",
        ),
        # issue 2, "Must show": "One of them" and "first" are no figures
        pytest.param("One of them was killed.", id="one of them"),
        pytest.param("The first captured soldiers arrived in Kyiv.", id="the first captured"),
        # general news style
        pytest.param("The shelling continued for 48 hours.", id="hours"),
        pytest.param("The brigade fought near Highway 12.", id="road number"),
        pytest.param("Call 112 for emergencies.", id="phone number"),
        pytest.param("Germany will supply 18 Leopard 2 tanks to Kyiv.", id="tanks with a model name"),
        pytest.param('"Some of them fell a month or two ago," said a volunteer.', id="a year or two ago"),
        pytest.param("Aid groups say hunger has taken hold across seven districts.", id="taken hold in areas"),
        pytest.param("The youngest of the freed men was 19 and the oldest 63.", id="youngest, oldest"),
        pytest.param("The pause may be lengthened by a day for every 5 more captives freed.", id="for every 10"),
        pytest.param(
            "Evacuation crews moved out 160 residents in the first week of May, among them 22 children.",
            id="people evacuated",
        ),
        # corpus guideline, "Finer rules": shares that describe make-up, whatever qualifies the whole
        pytest.param(
            "Air strikes accounted for 48 per cent of civilian casualties in March.", id="share of (civilian) dead"
        ),
        pytest.param(
            "Shelling accounted for most deaths, and mines for roughly 9 per cent.", id="a share, verb left out"
        ),
        pytest.param("Mines made up 31% of the toll, compared with 26% a year earlier.", id="a share compared"),
        # ages written as bounds and lists
        pytest.param("The fighting left children under five at risk of disease.", id="children under five"),
        pytest.param("Three victims of the shelling were named, aged 6, 9 and 14.", id="aged 6, 9 and 14"),
        # humanitarian need is no casualty figure, even after a toll
        pytest.param("A cholera outbreak went on: 90,000 suspected cases and 300 deaths were recorded.", id="cases"),
        # a line pointing to another story carries that story's numbers
        pytest.param("Related: Rebels attack a displacement camp, killing 40 (2023)", id="a related story"),
        pytest.param("Read more: How the army lost 300 men in a week", id="read more"),
        pytest.param("A crowd of about 8,000 mourners gathered in the square after the shelling.", id="a crowd of N"),
        pytest.param("* Residents evacuated in the province: 7,600, the government said.", id="a label that blocks"),
        pytest.param("The police force has grown, roughly two thirds of it from abroad.", id="a fraction"),
        pytest.param(
            "Correction: An earlier version of this article said the attack killed 67 people.", id="a correction note"
        ),
    ],
)
def test_not_figures(text: str) -> None:
    assert extract_figures(text, meta=WAR_REPORT) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # corpus guideline, "Finer rules": loss rates of a force are percent figures
        pytest.param(
            "The brigade lost nearly 40% of its troops.",
            [(40.0, "percent", "casualties")],
            id="lost 40% of its troops",
        ),
        # general news style
        pytest.param(
            "The unit suffered losses of 30 per cent.",
            [(30.0, "percent", "casualties")],
            id="losses of 30 per cent",
        ),
        pytest.param(
            "Russia sent 11,000 troops and 20% were killed.",
            [(11_000.0, "people", "deployed"), (20.0, "percent", "killed")],
            id="people and percent side by side",
        ),
        pytest.param(
            "About 40% of the 1,800 troops in the brigade were wounded.",
            [(40.0, "percent", "wounded"), (1_800.0, "people", "deployed")],
            id="the base of a share is the force, not the wounded",
        ),
    ],
)
def test_percent_figures(text: str, expected: list[tuple[float, str, str]]) -> None:
    figures = extract_figures(text, meta=WAR_REPORT)
    assert [(figure.value, figure.unit, figure.category) for figure in figures] == expected


# PHENOMENA #8: "lost" in a defence ministry's loss tally counts the dead and wounded together.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The enemy lost up to 385 servicemen, four tanks and a howitzer, the ministry said.",
            [(385.0, "casualties")],
            id="loss tally with equipment",
        ),
        pytest.param(
            "Over the past 24 hours, Norvanian units lost up to 140 servicemen in the eastern sector.",
            [(140.0, "casualties")],
            id="a bulletin's day",
        ),
        pytest.param(
            "Malawi lost three soldiers in the fighting.", [(3.0, "killed")], id="ordinary reporting: the dead"
        ),
    ],
)
def test_lost_in_a_loss_tally(text: str, expected: list) -> None:
    assert _categories_in_a_war_article(text) == expected


# The table holds war figures only: each text closes an article about a war (a paragraph of its own,
# with no figure), so that sentences without a war word of their own still count.
WAR_ARTICLE_CLOSE = "\n\nThe war between the two countries goes on."


def _categories_in_a_war_article(text: str) -> list[tuple[float | None, str]]:
    return [(f.value, f.category) for f in extract_figures(text + WAR_ARTICLE_CLOSE)]


# PHENOMENA #15, #17, #30, #35, #40, #45, #49: wording outside the first lexicon.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Thirty-eight guards were reported killed at the depot.", [(38.0, "killed")], id="reported killed"
        ),
        pytest.param("Another 52 were reported wounded.", [(52.0, "wounded")], id="reported wounded"),
        pytest.param(
            "The health office listed 27 martyrs and 64 injured after the raids.",
            [(27.0, "killed"), (64.0, "wounded")],
            id="martyrs as a noun",
        ),
        pytest.param("The brigade reported 6 KIA and 19 WIA.", [(6.0, "killed"), (19.0, "wounded")], id="KIA WIA"),
        pytest.param(
            "A military bulletin said 27 insurgents were eliminated and 14 detained.",
            [(27.0, "killed"), (14.0, "captured")],
            id="eliminated",
        ),
        pytest.param(
            "Gunners liquidated up to 60 enemy personnel near the crossing.", [(60.0, "killed")], id="liquidated"
        ),
        pytest.param("Two guards got hurt in the crossfire.", [(2.0, "wounded")], id="got hurt"),
        pytest.param("A patrol of six went missing near the dam.", [(6.0, "missing")], id="went missing"),
        pytest.param("Relatives reported the abduction of 12 farm workers.", [(12.0, "captured")], id="abduction of"),
        pytest.param("Forty patients were in critical condition.", [(40.0, "wounded")], id="critical condition"),
        pytest.param("Another 900 were in hospital morgues.", [], id="hospital morgues: no wounded"),
    ],
)
def test_wording_beyond_the_first_lexicon(text: str, expected: list) -> None:
    assert _categories_in_a_war_article(text) == expected


# PHENOMENA #17: people nouns of real reports.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Police said 23 assailants were shot dead.", [(23.0, "killed")], id="assailants"),
        pytest.param("One man died in the shelling of the market.", [(1.0, "killed")], id="man"),
        pytest.param("Some 90 fishermen remain in captivity.", [(90.0, "captured")], id="fishermen, in captivity"),
        pytest.param("Nine migrants were wounded when the camp was shelled.", [(9.0, "wounded")], id="migrants"),
    ],
)
def test_people_nouns_of_real_reports(text: str, expected: list) -> None:
    assert _categories_in_a_war_article(text) == expected


# PHENOMENA #13, #4: a release verb right before the number beats captivity words in its phrase.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Police freed 37 abducted students from a forest hideout.", [(37.0, "exchanged")], id="freed"),
        pytest.param(
            "The Red Cross facilitated the release of 94 people held by armed groups.",
            [(94.0, "exchanged")],
            id="release of ... held by",
        ),
        pytest.param("Rebels captured 40 soldiers near Aldin.", [(40.0, "captured")], id="capture stays"),
    ],
)
def test_release_beats_captivity_words(text: str, expected: list) -> None:
    assert _categories_in_a_war_article(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("36 shepherds were killed in the shelling.", [(36.0, "killed")], id="people by their work"),
        pytest.param("Militants abducted four pilots after the jet crashed.", [(4.0, "captured")], id="pilots"),
        pytest.param("Two monks were wounded when the monastery was shelled.", [(2.0, "wounded")], id="monks"),
        pytest.param("The army sent a 600-man battalion to the front.", [(600.0, "deployed")], id="-man unit"),
        pytest.param(
            "After the shelling, a 300-member peacekeeping unit was sent to the border.",
            [(300.0, "deployed")],
            id="-member",
        ),
        pytest.param("A 12-member jury heard the case of the shelling.", [], id="a jury is no force"),
        pytest.param("After the ceasefire, 60 crew and scientists returned to port.", [], id="a journey home"),
        pytest.param("In the swap, 230 Ukrainians came home.", [(230.0, "exchanged")], id="a nation's people home"),
        pytest.param("After the truce, 12 children came home from captivity.", [(12.0, "exchanged")], id="captivity"),
    ],
)
def test_people_nouns_units_and_homecomings(text: str, expected: list) -> None:
    assert [(f.value, f.category) for f in extract_figures(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Forty-one volunteers recruited abroad by the army have died at the front since March.",
            [(41.0, "killed", "exact")],
            id="4: a participle describing the people, then their own verb",
        ),
        pytest.param(
            "Two medics attached to the relief convoy died when it was shelled.",
            [(2.0, "killed", "exact")],
            id="4: 'attached to the convoy' then 'died'",
        ),
        pytest.param(
            "Twelve soldiers wounded in the clash died later in hospital.",
            [(12.0, "killed", "exact")],
            id="4: wounded first, then died",
        ),
        pytest.param(
            "Five engineers – four locals and a foreign contractor – died in the blast at the dam after the strike.",
            [(5.0, "killed", "exact"), (4.0, "killed", "exact")],
            id="5: an aside between dashes",
        ),
        pytest.param(
            "Enemy personnel losses in the sector exceed 6,900, according to the ministry.",
            [(6900.0, "casualties", "at_least")],
            id="11: 'exceed' bounds the number",
        ),
        pytest.param(
            "The widow, now 71, asked that the grave be moved nearer the front line.",
            [],
            id="an age, then a main verb",
        ),
    ],
)
def test_the_figures_own_predicate(text: str, expected: list) -> None:
    assert [(f.value, f.category, f.qualifier) for f in extract_figures(text, meta=WAR_REPORT)] == expected


def test_list_items_take_the_category_of_their_lead_in() -> None:
    text = (
        "KYIV (Sample Wire) - Fighting went on along the front on Monday, as both sides shelled villages near "
        "the river and the monitor published its weekly tally.\n\n"
        "According to the monitor, the dead include:\n"
        "• 260 fighters of the militia\n"
        "• 88 government troops"
    )
    assert [(f.value, f.category, f.claimant) for f in extract_figures(text, meta=WAR_REPORT)] == [
        (260.0, "killed", "the monitor"),
        (88.0, "killed", "the monitor"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Some 60 villagers lost their lives when the shells hit.", [(60.0, "killed")], id="28: lost lives"
        ),
        pytest.param(
            "Monitors counted 900 civilian lives lost in the siege.", [(900.0, "killed")], id="28: lives lost"
        ),
        pytest.param("Two years of fighting have claimed over 5,000 lives.", [(5000.0, "killed")], id="28: claimed"),
        pytest.param("Nine conscripts gave their lives holding the ridge.", [(9.0, "killed")], id="28: gave lives"),
        pytest.param("Three blue helmets were wounded when their base was shelled.", [(3.0, "wounded")], id="17"),
        pytest.param("The 30-man patrol was ambushed near the river.", [(30.0, "deployed")], id="42: -man patrol"),
        pytest.param("Drones destroyed 12 infantry fighting vehicles and 5 tanks.", [], id="16: vehicles"),
        pytest.param("Gunmen killed 6 guards and burned 4 lorries.", [(6.0, "killed")], id="16: lorries"),
        pytest.param(
            '"212 of our defenders are finally home," the president wrote after the swap.',
            [(212.0, "exchanged")],
            id="13: are home",
        ),
        pytest.param("After the shelling, 45 residents are still in hospital.", [(45.0, "wounded")], id="30: hospital"),
        pytest.param("After the shelling, another 300 were in hospital morgues.", [], id="30: a morgue is no ward"),
        pytest.param("Raiders carried off 14 villagers during the attack.", [(14.0, "captured")], id="40"),
        pytest.param("Analysts say the army could lose 700 men a week in the offensive.", [], id="53: a forecast"),
        pytest.param("The country may send another 2,000 troops to the front.", [], id="53: a hypothesis"),
        pytest.param("The country will send 2,000 troops to the front.", [(2000.0, "deployed")], id="53: a plan"),
        pytest.param("Six foreign volunteers fighting for Ukraine were killed.", [(6.0, "killed")], id="32: -ing"),
        pytest.param(
            "Victims included 22 children, the ministry said after the strike.",
            [(22.0, "killed")],
            id="39: victims included",
        ),
        pytest.param(
            "The agency said 51 of the 80 casualties were killed in the shelling.",
            [(51.0, "killed"), (80.0, "casualties")],
            id="19: of the casualties, killed",
        ),
        pytest.param("12 Peacekeepers Killed In Ambush Near Border", [(12.0, "killed")], id="38: title case"),
        pytest.param("About 30 people die each week in the besieged town.", [(30.0, "killed")], id="15: a rate"),
        pytest.param("Monitors dispute the army's 12k fatality figure.", [(12000.0, "killed")], id="25: fatality"),
        pytest.param(
            "Up to 5,000 soldiers have died or been wounded in the offensive.",
            [(5000.0, "casualties")],
            id="51: died or been wounded",
        ),
        pytest.param(
            "After the shelling, the clinic admitted 25 patients with shrapnel wounds; 40 others had light injuries.",
            [(25.0, "wounded"), (40.0, "wounded")],
            id="30: wounds and injuries",
        ),
        pytest.param("Three of the patrol's escorts were shot dead.", [(3.0, "killed")], id="24: an owner's people"),
        pytest.param(
            "Forty guards, cooks and porters were hurt in the strike.", [(40.0, "wounded")], id="22: a list of nouns"
        ),
        pytest.param(
            "After the raid, another 50 villagers at least are missing.",
            [(50.0, "missing")],
            id="11: a hedge after the noun",
        ),
        pytest.param(
            "After the shelling, two medics were among the 40 people killed.",
            [(2.0, "killed"), (40.0, "killed")],
            id="24: among the whole",
        ),
        pytest.param(
            "The report lists 300 casualties, all of them killed by drones.",
            [(300.0, "killed")],
            id="19: casualties that are all dead",
        ),
        pytest.param(
            "The clinic reported 210 dead and 640 hurt in the shelling; at least 50 of them were children.",
            [(210.0, "killed"), (640.0, "wounded"), (50.0, "casualties")],
            id="33: a part of both",
        ),
        pytest.param("Army update: 4 more #militants killed near #Kupiansk.", [(4.0, "killed")], id="14: hashtags"),
    ],
)
def test_words_of_real_tolls(text: str, expected: list) -> None:
    assert [(f.value, f.category) for f in extract_figures(text, meta=WAR_REPORT)] == expected


def test_the_dead_a_share_is_taken_of_are_a_figure() -> None:
    """PHENOMENA 23: "About 61% of the 900 dead were women and children": no share, but the 900 dead."""
    text = "About 61% of the 900 dead were women and children, the monitor said after the shelling."
    assert [(f.value, f.category, f.unit) for f in extract_figures(text, meta=WAR_REPORT)] == [
        (900.0, "killed", "people")
    ]


def test_casualties_after_a_toll_of_the_dead_are_the_dead() -> None:
    """PHENOMENA 19: "The strikes killed 104 people. The casualties include 22 women and 30 children": those are
    among the dead; after a sentence of the dead and the wounded they stay casualties."""
    dead = "The strikes killed 104 people on Monday. The casualties include 22 women and 30 children."
    assert [(f.value, f.category) for f in extract_figures(dead, meta=WAR_REPORT)] == [
        (104.0, "killed"),
        (22.0, "killed"),
        (30.0, "killed"),
    ]
    both = "The strikes killed 104 people and wounded 300 on Monday. The casualties include 22 women."
    assert [f.category for f in extract_figures(both, meta=WAR_REPORT)] == ["killed", "wounded", "casualties"]
