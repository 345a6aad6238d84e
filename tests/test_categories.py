"""Categories: what happened to the people a number counts, and which numbers are no figures.

Each case is a short sentence and the figures ``extract_figures`` must give, as
``(amount, category)`` pairs: a float, or ``None`` for a vague amount.
"""

from __future__ import annotations

import pytest

from extractors import Figure, extract_figures


def amount(figure: Figure) -> object:
    if figure.low is not None and figure.high is not None:
        return (figure.low, figure.high)
    return figure.value


def categorised(text: str) -> list[tuple[object, str]]:
    figures = extract_figures(text)
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
            "Russia has lost 1,000,340 troops since the invasion began, the General Staff said.",
            [(1000340.0, "casualties")],
            id="a country's losses, reported",
        ),
        pytest.param(
            "General Staff: Russia has lost 1,000,340 troops in Ukraine",
            [(1000340.0, "casualties")],
            id="a country's losses, in a headline",
        ),
        pytest.param("Malawi lost three soldiers in the fighting.", [(3.0, "killed")], id="lost in an incident"),
        pytest.param(
            "The Wagner founder said he had lost about 20,000 fighters in the battle.",
            [(20000.0, "killed")],
            id="a commander's own dead",
        ),
        pytest.param(
            "Russia said 31 wounded Ukrainian prisoners had been handed over.",
            [(31.0, "exchanged")],
            id="wounded prisoners handed over are exchanged",
        ),
        pytest.param(
            "It said 31 prisoners had been handed over in return for 15 wounded Russian soldiers.",
            [(31.0, "exchanged"), (15.0, "exchanged")],
            id="wounded soldiers given in return are exchanged",
        ),
        pytest.param(
            "Ukraine also handed over 22 badly wounded Russian servicemen.",
            [(22.0, "exchanged")],
            id="wounded servicemen handed over",
        ),
        pytest.param(
            "ICRC planes shuttled 869 former detainees between six airports.",
            [(869.0, "exchanged")],
            id="former detainees were released",
        ),
        pytest.param(
            "The ministry said 115 Russian servicemen captured in Kursk had been handed back in return.",
            [(115.0, "exchanged")],
            id="captured there, handed back now",
        ),
        pytest.param(
            "The company said one of its workers had been killed in the strike.",
            [(1.0, "killed")],
            id="one of its workers killed (unlike 'one of them')",
        ),
        pytest.param(
            "The ISPR said 23 Pakistani soldiers had embraced martyrdom and 29 were injured.",
            [(23.0, "killed"), (29.0, "wounded")],
            id="martyrdom",
        ),
        pytest.param(
            "An ambush near Banibangou cost the life of eleven soldiers, the army said.",
            [(11.0, "killed")],
            id="cost the lives of",
        ),
        pytest.param("Azerbaijan frees 32 Armenian soldiers in swap", [(32.0, "exchanged")], id="a headline's frees"),
        pytest.param(
            "The Memorial Centre's list of victims now holds 8,372 names.",
            [(8372.0, "killed")],
            id="names on a list of victims",
        ),
        pytest.param(
            "The war has killed 377,000 people. About 60% of those deaths were indirect, caused by hunger.",
            [(377000.0, "killed")],
            id="a share of those deaths is make-up",
        ),
        pytest.param(
            "The 2020 war killed about 3,800 Armenian soldiers, according to Yerevan.",
            [(3800.0, "killed")],
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
        pytest.param("One sailor suffered minor injuries, the Navy said.", [(1.0, "wounded")], id="suffered injuries"),
        pytest.param(
            "53 seriously wounded defenders were taken to a hospital.", [(53.0, "wounded")], id="wounded, to hospital"
        ),
        # a force's strength and people made soldiers are `deployed` (call-ups in the annotated corpus)
        pytest.param(
            "Zelensky said Ukraine's armed forces numbered about 880,000.",
            [(880000.0, "deployed")],
            id="a force numbered",
        ),
        pytest.param(
            "The military had asked to mobilise an additional 450,000 to 500,000 people.",
            [((450000.0, 500000.0), "deployed")],
            id="people to mobilise",
        ),
        pytest.param(
            "Medvedev said more than 440,000 people had signed contracts with the armed forces.",
            [(440000.0, "deployed")],
            id="people who signed contracts",
        ),
        pytest.param(
            'Russia was forming a "special battalion" of up to 3,000 North Koreans.',
            [(3000.0, "deployed")],
            id="a battalion of people",
        ),
        pytest.param(
            "He said he had lost about 20,000 fighters, about 10,000 of them convicts recruited from prisons.",
            [(20000.0, "killed"), (10000.0, "killed")],
            id="recruited as a description is no enlistment",
        ),
        pytest.param(
            "Israeli strikes killed 40 people, the ministry said. "
            "It said about 86 percent of the Gaza Strip was under displacement orders.",
            [(40.0, "killed")],
            id="a share of land is no figure",
        ),
        pytest.param(
            "The death toll from a missile strike on the centre of the city of Sumy rose to 35 on Monday.",
            [(35.0, "killed")],
            id="'city of' names a place, not a population, before a toll",
        ),
        pytest.param(
            "The number of people killed in the strike on an apartment block has risen to at least 40.",
            [(40.0, "killed")],
            id="the number of people killed",
        ),
        pytest.param("Of the dead, 12 died from traumatic injuries.", [(12.0, "killed")], id="injuries as a cause"),
        pytest.param(
            "The study estimated that around 220,000 men had been killed, with a 95% confidence interval of "
            "between 196,000 and 247,000.",
            [(220000.0, "killed"), ((196000.0, 247000.0), "killed")],
            id="a confidence level is no figure; its interval is",
        ),
        pytest.param(
            "An Israeli strike killed 40 people in Gaza. It said much of Gaza is under displacement orders, "
            "squeezing more than two million people into a small area.",
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
            "Ten soldiers were killed last week. The ones who come to replace them are 45, 50 years old.",
            [(10.0, "killed")],
            id="two ages",
        ),
        pytest.param(
            "Two employees were injured at a plant, which had been attacked more than 200 times since February.",
            [(2.0, "wounded")],
            id="a count of attacks",
        ),
        pytest.param(
            "The health ministry said 14 civilians had been killed, among them a boy of 8, and that 38 more had "
            "been wounded.",
            [(14.0, "killed"), (38.0, "wounded")],
            id="a boy of 8 is an age",
        ),
        pytest.param(
            "The broadcaster reported that the toll had risen to 26 after two of the wounded died.",
            [(26.0, "killed"), (2.0, "killed")],
            id="two of the wounded died",
        ),
        pytest.param(
            "Monks held a funeral for three soldiers from the same village.",
            [(3.0, "killed")],
            id="a funeral is for the dead, held is no capture",
        ),
        pytest.param(
            "The president said soldiers had been wounded about 390,000 times.",
            [(390000.0, "wounded")],
            id="wounded so many times counts woundings",
        ),
        pytest.param(
            "Russia's defence ministry regularly claims that Ukraine loses up to 215 servicemen a day.",
            [(215.0, "casualties")],
            id="a country's losses a day, as claimed",
        ),
        pytest.param(
            "It said its fighters had released images that showed seven soldiers it had taken prisoner.",
            [(7.0, "captured")],
            id="released images is no release of people",
        ),
        pytest.param(
            "The spokesperson said 13 Cambodians had died, eight of them civilians and five soldiers, and 71 had "
            "been wounded.",
            [(13.0, "killed"), (8.0, "killed"), (5.0, "killed"), (71.0, "wounded")],
            id="subsets take their group's category, not the next clause's",
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
        pytest.param("Save the Children says one in four civilian casualties in Yemen is a child.", id="one in four"),
        pytest.param("The report projected that the toll could reach 1.3 million by 2030.", id="a projection"),
        pytest.param("Parts of a single man were recovered from four different sites.", id="sites"),
        pytest.param(
            "Correction: An earlier version of this story incorrectly said that 400 people had been wounded.",
            id="a corrected figure",
        ),
        # issue 2, "Must show": "One of them" and "first" are no figures
        pytest.param("One of them was killed.", id="one of them"),
        pytest.param("The first captured soldiers arrived in Kyiv.", id="the first captured"),
        # general news style
        pytest.param("The shelling continued for 48 hours.", id="hours"),
        pytest.param("The brigade fought near Highway 12.", id="road number"),
        pytest.param("Call 112 for emergencies.", id="phone number"),
        pytest.param("Britain will send 14 Challenger 2 tanks to Ukraine.", id="tanks with a model name"),
        pytest.param('"We find men who died a year or two ago," said a researcher.', id="a year or two ago"),
        pytest.param("The UN says famine has taken hold in at least five areas.", id="taken hold in areas"),
        pytest.param("The youngest of those returned was 21 and the oldest 59.", id="youngest, oldest"),
        pytest.param(
            "The truce could be extended by a day for every 10 additional hostages released.", id="for every 10"
        ),
        pytest.param(
            "Evacuation teams took out 214 people in the first half of July, among them 19 children.",
            id="people evacuated",
        ),
    ],
)
def test_not_figures(text: str) -> None:
    assert extract_figures(text) == []


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
    figures = extract_figures(text)
    assert [(figure.value, figure.unit, figure.category) for figure in figures] == expected
