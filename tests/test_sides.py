"""Sides: whose people a figure counts, by the general rules of issue 8 and the phenomena catalogue.

Each case is an invented sentence (real countries and widely known groups, so the lexicon knows
them) and the ``(amount, side)`` of every figure ``extract_figures`` must give. Cases are grouped
by the phenomenon of ``/work/shared/corpus/PHENOMENA.md`` they stand for.
"""

from __future__ import annotations

import pytest

from extractors import extract_figures
from tests.conftest import WAR_REPORT


def sides(text: str) -> list[tuple[float | None, str | None]]:
    return [(figure.value, figure.side) for figure in extract_figures(text, meta=WAR_REPORT)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 3: the attacker, captor or aggressor named near the figure is not the victims' side
        pytest.param(
            "Russian drone strikes killed 17 people in the Ukrainian town of Sumy, local officials said.",
            [(17.0, "Ukraine")],
            id="3: attacker's strikes",
        ),
        pytest.param(
            "Israeli air strikes wounded 58 people in southern Lebanon overnight.", [(58.0, "Lebanon")], id="3: air"
        ),
        pytest.param("Sixty people were killed by Russian shelling in Kharkiv.", [(60.0, "Ukraine")], id="3: by X"),
        pytest.param("Hamas freed nine Thai hostages on Friday.", [(9.0, "Thailand")], id="3: hostages' own"),
        pytest.param("Russian rockets killed 12 people in Kharkiv.", [(12.0, "Ukraine")], id="3: rockets"),
        pytest.param("The Israeli siege has killed 300 people in Gaza.", [(300.0, "Palestine")], id="3: siege"),
        pytest.param(
            "Russian aggression has killed 12,000 civilians, the UN said.",
            [(12000.0, None)],
            id="3: the aggressor is never the victims' side",
        ),
        pytest.param(
            "Armenia's army said 13 of its soldiers died in border skirmishes with Azerbaijan.",
            [(13.0, "Armenia")],
            id="3: skirmishes with X",
        ),
        pytest.param(
            "Rwandan-backed fighters killed 22 Congolese villagers near Goma.", [(22.0, "DR Congo")], id="3: X-backed"
        ),
        # 6: no single side
        pytest.param(
            "The fighting has killed 530 people on both sides, the monitor said.", [(530.0, None)], id="6: both sides"
        ),
        pytest.param(
            "More than 1,700 soldiers have died in attacks across Mali, Niger and Burkina Faso since January.",
            [(1700.0, None)],
            id="6: several countries",
        ),
        pytest.param(
            "A record 212 aid workers were killed in wars worldwide last year, the relief office said.",
            [(212.0, None)],
            id="6: worldwide",
        ),
        pytest.param("In Tuesday's deal both armies handed over 175 prisoners each.", [(175.0, None)], id="6: each"),
        pytest.param(
            "Two crew members of a grain freighter were killed when a rebel drone struck it.",
            [(2.0, None)],
            id="6: a merchant crew",
        ),
        pytest.param(
            "The helicopter's two Ukrainian crew members were killed when a missile hit it.",
            [(2.0, "Ukraine")],
            id="6: a named crew",
        ),
        pytest.param(
            "The two warring sides released more than 1,000 prisoners of war in 2020.",
            [(1000.0, None)],
            id="6: the two sides",
        ),
        pytest.param(
            "Chad, Niger and Mali have set up their joint force of 5,000 troops.",
            [(5000.0, None)],
            id="6: a joint force",
        ),
        pytest.param(
            "A Houthi missile hit a tanker in the Red Sea, and four sailors on board were killed.",
            [(4.0, None)],
            id="6: merchant sailors",
        ),
        # 10: the place of death, the destination or a neighbour is not the side
        pytest.param("Russia sent 1,350 troops to Mali to fight the insurgency.", [(1350.0, "Russia")], id="10: sent"),
        pytest.param(
            "Nine villagers were killed in shelling near the Ukrainian border, Belarusian police said.",
            [(9.0, "Belarus")],
            id="10: a border",
        ),
        pytest.param(
            "A drone hit a bus in Russia's Kursk region, which borders Ukraine, and two men were killed.",
            [(2.0, "Russia")],
            id="10: which borders X",
        ),
        # 18: armed groups and their spellings
        pytest.param(
            "The army reported killing 200 al-Shabaab fighters near Kismayo.",
            [(200.0, "al-Shabaab")],
            id="18: group fighters",
        ),
        pytest.param(
            "Police said they had arrested 12 Fano militiamen after the clashes.", [(12.0, "Fano")], id="18: a militia"
        ),
        pytest.param(
            "The Israeli army said it captured two Palestinian Islamic Jihad militants in a raid in Jenin.",
            [(2.0, "Palestinian Islamic Jihad")],
            id="18: longest group name wins over the demonym",
        ),
        pytest.param(
            "The Allied Democratic Forces lost 13 fighters in the clash, Ugandan officials said.",
            [(13.0, "ADF")],
            id="18: a group's full name",
        ),
        # 20: the claimant's side is not its enemies'
        pytest.param("The Nigerian army said it killed 45 militants in the raid.", [(45.0, None)], id="20: it killed"),
        pytest.param(
            "At least 15 soldiers died when its fighters overran the outpost, a group spokesman said.",
            [(15.0, None)],
            id="20: its fighters killed",
        ),
        pytest.param(
            "In the assault on Robotyne my battalion took 16 Russian prisoners, a Ukrainian commander said.",
            [(16.0, "Russia")],
            id="20: my battalion took",
        ),
        pytest.param(
            "In the assault on Robotyne my battalion took 16 prisoners, a Ukrainian commander said.",
            [(16.0, None)],
            id="20: the speaker's prisoners are not its own",
        ),
        pytest.param(
            "Israel said 30 hostages were still held by the militants.", [(30.0, "Israel")], id="20: own hostages"
        ),
        pytest.param(
            "The Houthis said 12 of their fighters were killed in US strikes.",
            [(12.0, "Houthis")],
            id="20: their own losses",
        ),
        pytest.param(
            "Pakistan's military said 31 civilians had been killed in Indian strikes.",
            [(31.0, "Pakistan")],
            id="20: own civilians",
        ),
        # 21: side from another phrase or an earlier sentence
        pytest.param(
            "Ukraine reported 40 dead in the shelling. "
            "Across the border in Russia, hospitals recorded 14 deaths from drone strikes.",
            [(40.0, "Ukraine"), (14.0, "Russia")],
            id="21: an opening place resets",
        ),
        pytest.param(
            "A Lebanese police chief said 6 policemen and 31 Hezbollah fighters died in the clash.",
            [(6.0, "Lebanon"), (31.0, "Hezbollah")],
            id="21: the next figure's demonym",
        ),
        # 21: a health ministry named "of Public Health" speaks for its country's people
        pytest.param(
            "Chile has about 300 soldiers in the mission.\n\n"
            "Lebanon's Ministry of Public Health said 640 people had died in Israeli air raids since May.",
            [(300.0, "Chile"), (640.0, "Lebanon")],
            id="21: the ministry's country, not the figure before's",
        ),
        # 2: armed groups known by name, and forces that belong to a state
        pytest.param(
            "Seven New People's Army rebels were killed in the clash.",
            [(7.0, "New People's Army")],
            id="2: the New People's Army",
        ),
        pytest.param(
            "Two Peshmerga fighters were killed near the town.",
            [(2.0, "Iraq")],
            id="2: the Peshmerga are Iraq's",
        ),
        # 21: a bare count is the side of whoever "suffered" it, not of the force named beside them
        pytest.param(
            "Eritrean units fighting beside Ethiopian forces have suffered about 900 casualties, including around "
            "200 killed, diplomats said.",
            [(900.0, "Eritrea"), (200.0, "Eritrea")],
            id="21: the subject of 'suffered'",
        ),
        # 21: civilians in a region or city are its country's
        pytest.param(
            "Artillery fire killed two civilians in Donetsk region overnight, the regional head said.",
            [(2.0, "Ukraine")],
            id="21: a Ukrainian region",
        ),
        pytest.param(
            "A roadside bomb wounded four villagers in Narathiwat province on Monday.",
            [(4.0, "Thailand")],
            id="21: a Thai province",
        ),
        # 32: contingents in a mission or a foreign army
        pytest.param(
            "Gunfire hit a patrol and five Russian peacekeepers were killed, Russia's defence ministry said.",
            [(5.0, "Russia")],
            id="32: a state's own peacekeepers",
        ),
        pytest.param(
            "UNIFIL said two Indonesian peacekeepers were wounded.",
            [(2.0, "United Nations")],
            id="32: a contingent of a UN mission",
        ),
        pytest.param(
            "The Zambian army said 12 of its soldiers had died near the lake, eight of them serving with SAMIDRC and "
            "four with MONUSCO.",
            [(12.0, "Zambia"), (8.0, "SADC"), (4.0, "United Nations")],
            id="32: contingents in two missions, the verb left out",
        ),
        pytest.param(
            "Kenya had about 3,400 soldiers in Somalia, some 1,500 of them in AUSSOM and the rest under its command.",
            [(3400.0, "Kenya"), (1500.0, "African Union")],
            id="32: a share of a country's troops in a mission",
        ),
        pytest.param(
            "Kenya deployed nearly 1,000 of its own police officers to fight Haiti's armed groups.",
            [(1000.0, "Kenya")],
            id="32: its own officers",
        ),
        pytest.param(
            "Five Colombian volunteers fighting for Ukraine were killed.",
            [(5.0, "Ukraine")],
            id="32: volunteers fighting for X",
        ),
        pytest.param(
            "The bodies of 14 Colombian nationals, mercenaries fighting for the RSF, were recovered near the town.",
            [(14.0, "RSF")],
            id="32: nationals described as fighting for an armed group",
        ),
        pytest.param(
            "About 250 former Colombian soldiers were recruited by a contractor to fight alongside the RSF.",
            [(250.0, "RSF")],
            id="32: recruited to fight alongside X",
        ),
        pytest.param(
            "About 200 North Korean soldiers have been killed and 1,800 injured while fighting in Russia's war.",
            [(200.0, "North Korea"), (1800.0, "North Korea")],
            id="32: a number with no noun of its own keeps its parallel's side",
        ),
        # 37: subsets inherit their parent's side
        pytest.param(
            "Russia keeps 1,600 soldiers in Syria; about 1,100 of them guard the air base against rebel attacks.",
            [(1600.0, "Russia"), (1100.0, "Russia")],
            id="37: of them",
        ),
        pytest.param(
            "Of the 3,200 Russian troops sent north, over 700 have since died.",
            [(3200.0, "Russia"), (700.0, "Russia")],
            id="37: of the N",
        ),
        # 26: a country's figure written as its label
        pytest.param(
            "Canada has about 2,000 soldiers in the country. Other contributors: Spain (about 600),"
            " Czech Republic (80) and Slovenia (50).",
            [(2000.0, "Canada"), (600.0, "Spain"), (80.0, "Czech Republic"), (50.0, "Slovenia")],
            id="26: Country (N)",
        ),
        # 20: "the enemy" in a side's own report is the side it fights
        pytest.param(
            '"The enemy lost up to 90 servicemen and two tanks," the Ukrainian General Staff said of the Russian'
            " assault.",
            [(90.0, "Russia")],
            id="20: the enemy of the claimant's side",
        ),
        pytest.param(
            "The ministry said the AFU losses in the sector amounted to more than 140 servicemen.",
            [(140.0, "Ukraine")],
            id="18: the AFU",
        ),
        # 3: the attacker named a few words before its strikes, not whose dead are counted
        pytest.param(
            "A monitor said it had counted 310 deaths in Lebanon since Israel began its air strikes.",
            [(310.0, "Lebanon")],
            id="3: 'since X began its strikes' names the attacker",
        ),
        pytest.param(
            "Forty people were killed in Ukraine by Russian missiles, the Kyiv city council said.",
            [(40.0, "Ukraine")],
            id="3: a place before 'by' is no attacker",
        ),
        # 32: the national contingents of a UN or African Union mission serve the mission
        pytest.param(
            "UNMISS has about 14,000 troops in South Sudan. Its largest contingents come from Rwanda (2,700) and "
            "India (2,400), the mission said after the shelling.",
            [(14000.0, "United Nations"), (2700.0, "United Nations"), (2400.0, "United Nations")],
            id="32: contingents of a UN mission",
        ),
        pytest.param(
            "ATMIS still has 12,000 troops in Somalia after the attack. The largest contingents are from Burundi "
            "(3,000) and Kenya (2,800).",
            [(12000.0, "African Union"), (3000.0, "African Union"), (2800.0, "African Union")],
            id="32: contingents of an African Union mission",
        ),
        pytest.param(
            "UN monitors say gang violence killed 300 people in Haiti. The Kenyan-led Regional Support "
            "Mission (RSM) is short of troops in Haiti. Its contingents come from Kenya (about 700), "
            "Belize (120) and the Bahamas (80), according to the mission's figures.",
            [(300.0, "Haiti"), (700.0, "Kenya"), (120.0, "Belize"), (80.0, "Bahamas")],
            id="32: contingents of a mission that is neither the UN's nor the AU's keep their countries",
        ),
        pytest.param(
            "The UN mission in Velmora has 10,000 peacekeepers. According to the mission's latest figures, the "
            "largest contingents come from Nepal (900) and Ghana (800).",
            [(10000.0, "United Nations"), (900.0, "United Nations"), (800.0, "United Nations")],
            id="32: 'the mission' refers back to the UN mission named before",
        ),
        # 20: a state body the registry knows, named in a claimant phrase, speaks for its own country's people
        pytest.param(
            "India struck several militant camps on Wednesday. India said the strikes were measured, and Indian "
            "officials said the camps were hit. Thirty civilians were killed and 50 injured, DG ISPR Lt Gen Asim "
            "Rana told reporters.",
            [(30.0, "Pakistan"), (50.0, "Pakistan")],
            id="20: 'DG ISPR <name>' speaks for Pakistan's civilians",
        ),
        # 18: Pakistan's own Taliban, by the name Pakistan's military gives them, are their own side
        pytest.param(
            "Pakistani troops killed 12 khwarij in a raid in North Waziristan, the military said, after Afghan "
            "officials denied giving them shelter.",
            [(12.0, "TTP")],
            id="18: 'khwarij' are the TTP, not Afghanistan's",
        ),
        # 14: a place word inside a person's name is nobody's side
        pytest.param(
            "A suicide bomber struck a base in Mogadishu, Somalia. Nine recruits were killed and 21 others wounded, "
            "police spokesman Abdi Aden Farah told reporters.",
            [(9.0, "Somalia"), (21.0, "Somalia")],
            id="14: 'Aden' inside a spokesman's name",
        ),
        # 3: attackers with "of having" and an adverb before their verb
        pytest.param(
            "In Mali, a rights group accused soldiers and Russian fighters of having summarily executed at least "
            "12 civilians in a village.",
            [(12.0, "Mali")],
            id="3: 'Russian fighters of having summarily executed'",
        ),
        # 20: a speaker's own losses, the speaker's country given by the role before the name
        pytest.param(
            "In Baku, Azerbaijan's army spokesman, Colonel Anar Dadashov, said 40 civilians had been killed by "
            "Armenian strikes. Armenia denied it. Armenia said its guns hit only posts. Armenia's army was on alert.",
            [(40.0, "Azerbaijan")],
            id="20: 'Azerbaijan's army spokesman, Colonel X, said'",
        ),
        # the target of an attack "against" a state, after a time in days that is no number
        pytest.param(
            "Missiles and drones hit the cities. Some 300 people were killed during the nine-day aggression of "
            "Armenia against Azerbaijan, the ministry said. Armenia said it hit only bases. Armenia's army is ready.",
            [(300.0, "Azerbaijan")],
            id="people killed in an aggression 'against' a state are its people",
        ),
        pytest.param(
            "Israel's army said the toll has reached 90, counting soldiers who fell in the ground offensive against "
            "Hamas.",
            [(90.0, "Israel")],
            id="soldiers killed in an offensive 'against' others are not the others'",
        ),
        # 18 and 37: an armed group by its state media name, and its unnamed militiamen after it
        pytest.param(
            "The Sudanese army said the Rapid Support militia lost up to 500 elements in three days.\n\n"
            "In the west, 75 militiamen were neutralised.",
            [(500.0, "RSF"), (75.0, "RSF")],
            id="the Rapid Support militia and its militiamen",
        ),
        # 11: the place after "N others" belongs to the people the first number counted too
        pytest.param(
            "In Israel, officials said four people died.\n\nThree hundred people were killed and 2,100 others were "
            "injured in the aggression against Iran, the health ministry said.",
            [(4.0, "Israel"), (300.0, "Iran"), (2100.0, "Iran")],
            id="N people ... and M others ... in a country",
        ),
        # 10: people no words place are the story's country when it is datelined there, not a bureau's
        pytest.param(
            "TEHRAN - Iranian families left Iranian cities for the north of Iran as the war went on.\n\n"
            "Israel said Iran fired at Israel; Israeli officials and Israel's army said 12 people died in Israel."
            "\n\nOther tallies\n\nA monitor abroad said later that 900 people had been killed.",
            [(12.0, "Israel"), (900.0, "Iran")],
            id="the dateline's country",
        ),
        # an armed group whose English name is in common use goes by it, however the article abbreviates it
        pytest.param(
            "The Kurdish-led SDF said 14 of its fighters were killed in the clashes.",
            [(14.0, "Syrian Democratic Forces")],
            id="an armed group's English name",
        ),
        pytest.param(
            "The Sudanese army is fighting the RSF in Darfur. On the northern axis the militia lost up to 640 "
            "elements and 22 vehicles, the army said, and 20 soldiers were killed.",
            [(640.0, "RSF"), (20.0, "Sudan")],
            id="the militia lost",
        ),
        pytest.param(
            "Since 2017 the conflict in Mozambique has killed more than 6,200 people, among them soldiers, "
            "insurgents and civilians, a monitor says. Mozambique's army said 11 soldiers were killed in an ambush.",
            [(6200.0, None), (11.0, "Mozambique")],
            id="a toll said to hold a state's soldiers and the insurgents they fight has no one side",
        ),
        pytest.param(
            "Fighting went on across Sudan.\n\nDoctors Without Borders, known by its French initials MSF, said "
            "its teams in Tawila had received more than 1,000 wounded people in the past week.",
            [(1000.0, "Sudan")],
            id="a demonym before 'initials' names a language, no one's people",
        ),
        pytest.param(
            "The TNLA said its fighters had captured 8 junta soldiers near Lashio in Myanmar's Shan state.",
            [(8.0, "Myanmar")],
            id="junta soldiers are the state's, not the armed group's that holds them",
        ),
        pytest.param(
            "Colombia's army said FARC dissidents killed four soldiers in Cauca.",
            [(4.0, "Colombia")],
            id="an armed group named as the killer ('FARC dissidents killed') is not whose people died",
        ),
        pytest.param(
            "Pakistan's army fought on in the north. The army said 13 khwarij were neutralised, while nine "
            "soldiers embraced shahadat.",
            [(13.0, "TTP"), (9.0, "Pakistan")],
            id="soldiers after an armed group's dead in one sentence are the state's",
        ),
        pytest.param(
            "Pakistan's army fought on in the north. The army said 12 soldiers of the TTP were killed.",
            [(12.0, "TTP")],
            id="soldiers of an armed group named after them are the group's",
        ),
        pytest.param(
            "DAMASCUS - Syria's health ministry said the toll of the Israeli enemy's aggression on the country had "
            "risen to 212 martyrs.",
            [(212.0, "Syria")],
            id="'the X enemy's aggression' names the attacker, not whose people died",
        ),
    ],
)
def test_side(text: str, expected: list[tuple[float | None, str | None]]) -> None:
    assert sides(text) == expected


def test_a_nato_battlegroups_contingents_keep_their_countries() -> None:
    text = (
        "NATO has about 5,000 troops in Estonia since the invasion. Its largest contingents come from Britain "
        "(900) and France (300)."
    )
    assert [side for value, side in sides(text) if value in (900.0, 300.0)] == ["United Kingdom", "France"]


def test_an_armed_groups_commander_counts_the_states_soldiers_as_the_enemy() -> None:
    """ "A Fano commander ... claimed:" then "Over 200 soldiers of the regime were killed": the soldiers are
    Ethiopia's, not the armed group's."""
    text = (
        "ADDIS ABABA - Ethiopia's army said it had retaken the town after fighting with Fano militiamen.\n\n"
        "A Fano commander, Abebe Tola, claimed the opposite:\n"
        '"Our fighters crushed the attack. Over 200 soldiers of the regime were killed."'
    )
    assert [side for value, side in sides(text) if value == 200.0] == ["Ethiopia"]


def test_a_hospital_named_for_a_country_names_no_side() -> None:
    """PHENOMENA 10: patients killed in "the same Qatari hospital" in another country are that country's."""
    text = (
        "KHAN YUNIS - Shelling went on across Gaza.\n\n"
        "In March, a strike on the same Qatari hospital killed 30 patients and injured 12 others."
    )
    assert sides(text) == [(30.0, "Palestine"), (12.0, "Palestine")]


def test_a_factbox_section_heading_in_capitals_gives_its_lines_its_country() -> None:
    """A factbox in parts, one per war under a heading in capitals ("MALI", "YEMEN"): a line no words place
    belongs to its section's country, not to the country the article names most; "all sides" is no side;
    a heading on a topic ("WHAT WE KNOW") starts no section."""
    text = (
        "Factbox: wars in numbers\n\n"
        "The figures below come from the bodies named in brackets, and several are disputed by the parties "
        "to these conflicts in Sudan, where fighting continues.\n\n"
        "SUDAN\n"
        "Civilians killed in the capital since May (Sudan Doctors Network): at least 1,200\n"
        "Recorded deaths, all sides (Orsk Monitor): over 20,000\n\n"
        "WHAT WE KNOW\n"
        "Civilians killed in the south (Orsk Monitor): at least 300\n\n"
        "YEMEN\n"
        "Civilians killed in strikes (Orsk Monitor): at least 224\n"
    )
    found = [(f.value, f.side) for f in extract_figures(text, meta=WAR_REPORT)]
    assert found == [(1200.0, "Sudan"), (20000.0, None), (300.0, "Sudan"), (224.0, "Yemen")]


@pytest.mark.parametrize("name", ["ISIS-Somalia", "ISKP", "Islamic State Sahel Province"])
def test_a_branch_of_islamic_state_is_islamic_state(name: str) -> None:
    """Islamic State's provinces and branches, as news names them, are its side."""
    text = f"A US strike killed 14 {name} fighters in the mountains, the command said."
    assert [(f.value, f.side) for f in extract_figures(text, meta=WAR_REPORT)] == [(14.0, "Islamic State")]


def test_government_soldiers_are_the_states_not_a_missions() -> None:
    """ "Government soldiers" an armed group killed are the state's, though a mission's troops are named nearer."""
    text = "Somalia's army fought on. Al-Shabaab said it had attacked an AUSSOM base and killed 61 government soldiers."
    assert [(f.value, f.side) for f in extract_figures(text, meta=WAR_REPORT)] == [(61.0, "Somalia")]
