"""One name per source (issue 9): the naming rules on single phrases, table by table.

Each case gives a phrase and the name, type and country it must get. Bodies absent from the
registry (invented countries and bodies: Estrelia, Marova, Kestan, Valdonia, the Orsk Observatory)
show that the rules, not the registry, do the work.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from extractors.figure import SOURCE_TYPES
from extractors.lexicon.bodies import KINDS, NAME_SPELLINGS
from extractors.lexicon.issuers import ISSUERS
from extractors.lexicon.places import SIDES
from extractors.source_names import name_source, person_name, tied_body
from extractors.source_phrases import fold


def named(phrase: str) -> tuple[str, str, str | None]:
    source = name_source(phrase)
    assert source is not None, phrase
    return source.name, source.type, source.country


def same_name(*phrases: str) -> set[str]:
    return {name_source(phrase).name for phrase in phrases}


# Several ways of writing one body give one name; bodies of different owners stay apart.
ONE_NAME = [
    pytest.param(
        ("Estrelia's defence ministry", "the Estrelian Ministry of Defence", "the Ministry of Defence of Estrelia",
         "Estrelia MoD", "the Estrelian Defense Ministry", "Estrelia's Ministry of Defense"),
        "Ministry of Defence (Estrelia)", id="defence ministry of an invented country",
    ),
    pytest.param(
        ("Marova's health ministry", "the Marovan health ministry", "the Ministry of Health of Marova",
         "Marova's Ministry of Public Health"),
        "Ministry of Health (Marova)", id="health ministry, '-an' adjective",
    ),
    pytest.param(("Kestan's army", "the Kestani army", "the armed forces of Kestan"), "Armed Forces (Kestan)",
                 id="army, '-i' adjective"),
    pytest.param(("Kestan's General Command of the Armed Forces", "the Kestani army"), "Armed Forces (Kestan)",
                 id="a general command is the armed forces"),
    pytest.param(("the Orsk Doctors' Network", "Orsk Doctors Network"), "Orsk Doctors Network",
                 id="a plural possessive inside a name, with and without its apostrophe"),
    pytest.param(("the RDF", "Rwanda's army", "the Rwandan military"), "Rwanda Defence Force",
                 id="a registered army by its acronym and by its country"),
    pytest.param(("Somalia's intelligence agency", "NISA", "Somali intelligence"),
                 "National Intelligence and Security Agency (Somalia)", id="a registered intelligence agency"),
    pytest.param(("Estrelia's National Guard", "the Estrelian National Guard"), "National Guard (Estrelia)",
                 id="a state body with a name of its own"),
    pytest.param(
        ("Russia's defence ministry", "the Russian Defense Ministry", "the Ministry of Defence of Russia",
         "Russian MoD", "Russia's Ministry of Defence"),
        "Ministry of Defence (Russia)", id="the guideline's Russian ministry",
    ),
    pytest.param(
        ("South Korea's National Intelligence Service", "Seoul's spy agency", "South Korean intelligence",
         "the NIS", "the National Intelligence Service", "South Korea's intelligence service"),
        "National Intelligence Service (South Korea)", id="the issue's NIS",
    ),
    pytest.param(("Volodymyr Zelensky", "Volodymyr Zelenskyy", "Volodymyr Zelenskiy", "President Volodymyr Zelensky",
                  "Ukrainian President Volodymyr Zelensky"), "Volodymyr Zelensky", id="transliterations of a name"),
    pytest.param(("the UN human rights office", "OHCHR", "the U.N. human rights office"),
                 "Office of the UN High Commissioner for Human Rights", id="acronym and informal name"),
    pytest.param(("Gaza's health ministry", "the Hamas-run health ministry", "The Hamas-run Gaza health ministry"),
                 "Ministry of Health (Gaza)", id="a ministry run by an armed group"),
    pytest.param(("a senior Iraqi official", "Iraqi officials", "officials in Iraq", "an Iraqi official"),
                 "Iraqi officials", id="unnamed officials keep their description"),
    pytest.param(("US officials", "U.S. officials", "American officials", "officials in Washington"),
                 "US officials", id="unnamed, the country written several ways"),
    pytest.param(("Orsk Observatory for Rights", "The Valdonia-based Orsk Observatory for Rights"),
                 "Orsk Observatory for Rights", id="a monitor with a name of its own"),
]  # fmt: skip


@pytest.mark.parametrize(("phrases", "name"), ONE_NAME)
def test_one_body_one_name(phrases: tuple[str, ...], name: str) -> None:
    assert same_name(*phrases) == {name}


KEPT_APART = [
    pytest.param(("Estrelia's defence ministry", "Marova's defence ministry"), id="two countries' ministries"),
    pytest.param(("Estrelia's defence ministry", "Estrelia's health ministry"), id="one country's two ministries"),
    pytest.param(("Estrelia's National Guard", "Marova's National Guard"), id="same name, two states"),
    pytest.param(("the UN refugee agency", "UNICEF"), id="two UN agencies"),
    pytest.param(("Iraqi officials", "Syrian officials"), id="two countries' officials"),
    pytest.param(("Ukrainian Red Cross", "the ICRC"), id="a national society is not the ICRC"),
    pytest.param(("Russia's Security Council", "the UN Security Council"), id="a national council is not the UN's"),
]


@pytest.mark.parametrize("phrases", KEPT_APART)
def test_different_bodies_stay_apart(phrases: tuple[str, ...]) -> None:
    assert len(same_name(*phrases)) == len(phrases)


NAMED = [
    # kinds of national body, with and without the registry
    pytest.param("the Estrelian army", ("Armed Forces (Estrelia)", "military", "Estrelia"), id="army"),
    pytest.param("Estrelia's interior ministry", ("Ministry of the Interior (Estrelia)", "government", "Estrelia"),
                 id="interior ministry"),
    pytest.param("Estrelia's Energy Ministry", ("Ministry of Energy (Estrelia)", "government", "Estrelia"),
                 id="a ministry no table lists"),
    pytest.param("Estrelian authorities", ("Government (Estrelia)", "government", "Estrelia"), id="authorities"),
    pytest.param("Marova's spy agency", ("Intelligence Services (Marova)", "intelligence", "Marova"),
                 id="spy agency without registry"),
    pytest.param("the Israeli military", ("Israel Defense Forces", "military", "Israel"), id="military, registry"),
    pytest.param("the Pentagon", ("Department of Defense (United States)", "military", "United States"),
                 id="informal name"),
    pytest.param("Moscow", ("Government (Russia)", "government", "Russia"), id="a capital speaking"),
    pytest.param("the Kremlin", ("Government (Russia)", "government", "Russia"), id="a seat of government"),
    pytest.param("Hodeidah health office", ("Health office (Hodeidah)", "health authority", "Yemen"),
                 id="a city's office"),
    pytest.param("the Houthi-run health ministry", ("Ministry of Health (Houthis)", "health authority", "Yemen"),
                 id="run by an armed group"),
    # named bodies, described and documents
    pytest.param("the news agency AFP", ("Agence France-Presse", "media", "France"), id="described acronym"),
    pytest.param("the monitoring group Orsk Watch", ("Orsk Watch", "monitor", None), id="described, unknown"),
    pytest.param("Independent Valdonian outlet Kestrel News", ("Kestrel News", "media", "Valdonia"),
                 id="described with a country"),
    pytest.param("a declassified Estrelian intelligence assessment",
                 ("Intelligence Services (Estrelia)", "intelligence", "Estrelia"), id="a document's owner"),
    pytest.param("a communiqué from the Estrelian Armed Forces", ("Armed Forces (Estrelia)", "military", "Estrelia"),
                 id="document of a body"),
    pytest.param("Researchers at Orsk University", ("Orsk University", "monitor", None), id="researchers at"),
    pytest.param("Marova's Federal Ministry of Health", ("Ministry of Health (Marova)", "health authority", "Marova"),
                 id="a federal ministry is the country's ministry"),
    pytest.param("the Federal Government of Marova", ("Government (Marova)", "government", "Marova"),
                 id="a federal government is the country's government"),
    pytest.param("head of the ICRC delegation in Bukavu", ("International Committee of the Red Cross",
                 "international body", None), id="a known body's delegation somewhere is the body"),
    pytest.param("the WHO country office in Juba", ("World Health Organization", "international body", None),
                 id="a known body's country office is the body"),
    pytest.param("Elders in Tesk", ("Elders in Tesk", "unnamed", None), id="people described by a place, no body"),
    pytest.param("the Marovan enemy army", ("Armed Forces (Marova)", "military", "Marova"),
                 id="'enemy' is no part of an army's name"),
    pytest.param("volunteers in neighbouring Tesk", ("Volunteers in neighbouring Tesk", "unnamed", None),
                 id="people placed somewhere are no name after junk"),
    pytest.param("al Qaeda", ("al-Qaeda", "armed group", None), id="a registered name with its particle apart"),
    pytest.param("the Tesk People's Defence Force", ("Tesk People's Defence Force", "military", None),
                 id="'People's' in a name is no owner"),
    pytest.param("Estrelia's top military command", ("General Staff (Estrelia)", "military", "Estrelia"),
                 id="a top military command is the general staff"),
    pytest.param("Estrelia's military's media affairs wing", ("Armed Forces (Estrelia)", "military", "Estrelia"),
                 id="a media affairs wing speaks for the military"),
    pytest.param("Jaish al-Qamar", ("Jaish al-Qamar", "armed group", None),
                 id="a group named in Arabic is an armed group, its particle no description"),
    pytest.param("Harakat Ahrar Tesk", ("Harakat Ahrar Tesk", "armed group", None), id="a 'movement' named in Arabic"),
    pytest.param("Marova Relief International", ("Marova Relief International", "monitor", None),
                 id="'... International' is a body"),
    pytest.param("the Volunteer Lawyers", ("Volunteer Lawyers", "monitor", None), id="a lawyers' group"),
    pytest.param("Zambia's defence force", ("Armed Forces (Zambia)", "military", "Zambia"), id="a defence force"),
    pytest.param("the Orsk Conflict Deaths Database", ("Orsk Conflict Deaths Database", "monitor", None),
                 id="a document noun inside a name"),
    pytest.param("the Armenian Prime Minister's Office", ("Prime Minister's Office (Armenia)", "government", "Armenia"),
                 id="an office named after its holder"),
    pytest.param("rebels of the Valdonian Liberation Front",
                 ("Valdonian Liberation Front", "armed group", "Valdonia"), id="rebels of"),
    pytest.param("the Ministry of Defence of the Russian Federation",
                 ("Ministry of Defence (Russia)", "military", "Russia"), id="a state's formal name"),
    pytest.param("DG ISPR Lt Gen Asim Rana", ("Inter-Services Public Relations (Pakistan)", "military", "Pakistan"),
                 id="a director general of an acronym"),
    # persons
    pytest.param("Oleksandr Syrskyi", ("Oleksandr Syrsky", "person", None), id="-yi surname"),
    pytest.param("Former President Dmitry Medvedev", ("Dmitry Medvedev", "person", None), id="former title"),
    pytest.param("Mark A. Milley", ("Mark Milley", "person", None), id="middle initial"),
    pytest.param("midday Tymur Tkachenko", ("Tymur Tkachenko", "person", None), id="junk before a name"),
    pytest.param("last time Zelensky", ("Zelensky", "person", None), id="junk before a surname"),
    pytest.param("al-Velm Hospital", ("al-Velm Hospital", "health authority", None), id="a name's own particle"),
    pytest.param("by HRMMU", ("UN Human Rights Monitoring Mission in Ukraine", "international body", None),
                 id="junk before an acronym"),
    # roles tie a person to a body
    pytest.param("Estrelian army spokeswoman Mirela Kost", ("Armed Forces (Estrelia)", "military", "Estrelia"),
                 id="spokeswoman of an army"),
    pytest.param("Marova's Deputy Defence Minister Ilse Varga", ("Ministry of Defence (Marova)", "military", "Marova"),
                 id="deputy minister"),
    pytest.param("CIA Director William Burns",
                 ("Central Intelligence Agency (United States)", "intelligence", "United States"), id="director of"),
    pytest.param("a spokesman for Estrelia's Northern battlegroup",
                 ("Ministry of Defence (Estrelia)", "military", "Estrelia"), id="battlegroup spokesman"),
    pytest.param("date 2025-03-01 Lebanon's health minister",
                 ("Ministry of Health (Lebanon)", "health authority", "Lebanon"), id="junk before a minister"),
    pytest.param("the health ministry of the Valdon-run government",
                 ("Ministry of Health (Valdon)", "health authority", "Valdon"),
                 id="a ministry of a group's government"),
    pytest.param("Estrelia's human rights ombudsman Ana Bel", ("Ombudsman (Estrelia)", "government", "Estrelia"),
                 id="a one-person office"),
    pytest.param("Marova's human rights defender", ("Ombudsman (Marova)", "government", "Marova"),
                 id="an ombudsman by another title"),
    pytest.param("the Marovan prosecutor general Ilse Varga",
                 ("Prosecutor General's Office (Marova)", "government", "Marova"), id="a prosecutor general"),
    # a widely known name after words that describe it
    pytest.param("the ethnic Arakan Army", ("Arakan Army", "armed group", "Myanmar"), id="an adjective before a name"),
    pytest.param("Israel's emergency service Magen David Adom", ("Magen David Adom", "health authority", "Israel"),
                 id="an owner and a description before a name"),
    pytest.param("the Estrelian National Defence Force", ("National Defence Force (Estrelia)", "military", "Estrelia"),
                 id="a defence force"),
    # unnamed sources keep what the text says of them
    pytest.param("a security source", ("Security sources", "unnamed", None), id="singular, plural"),
    pytest.param("Pakistani security sources", ("Pakistani security sources", "unnamed", "Pakistan"), id="country"),
    pytest.param("Western intelligence", ("Western intelligence", "unnamed", None), id="no country's"),
    pytest.param("Kenyan media", ("Kenyan media", "media", "Kenya"), id="media, unnamed"),
    pytest.param("local volunteer group", ("Local volunteer group", "monitor", None), id="a group"),
    pytest.param("an AU deployment table shared with diplomats", ("African Union", "international body", None),
                 id="a body's table is the body's"),
    pytest.param("the national police union", ("National police union", "monitor", None), id="a body by its kind"),
    pytest.param("the camp's emergency response room", ("Camp's emergency response room", "monitor", None),
                 id="a response room"),
    pytest.param("A source in the regional emergency services",
                 ("Source in the regional emergency services", "unnamed", None), id="a person in a body"),
    pytest.param("A medic at the Velm city hospital", ("Medic at the Velm city hospital", "unnamed", None),
                 id="a person at a hospital"),
    pytest.param("A security source in Port Sudan", ("Security source in Port Sudan", "unnamed", "Sudan"),
                 id="a city named after a country keeps its name"),
    pytest.param("Ukrainian and Western assessments", ("Ukrainian and Western assessments", "unnamed", None),
                 id="compound kept as written"),
    pytest.param("Moscow and Kyiv", ("Moscow and Kyiv", "government", None), id="compound of governments"),
    # a plural possessive inside a body's name is no owner
    pytest.param("the Velmoran Prisoners' Society", ("Velmoran Prisoners Society", "monitor", "Velmora"),
                 id="plural possessive in a name"),
    pytest.param("the Families' Forum", ("Families Forum", "monitor", None), id="a forum is a body"),
    pytest.param("the Philippines' army", ("Armed Forces (Philippines)", "military", "Philippines"),
                 id="a country's plural possessive is its owner"),
    pytest.param("the Philippine military", ("Armed Forces (Philippines)", "military", "Philippines"),
                 id="an adjective unlike its country"),
    # a place or lower-case role before a person's name is no part of it
    pytest.param("Velmora regional governor Ivo Danek", ("Ivo Danek", "person", None), id="place and role"),
    pytest.param("Orsk Mayor Ivo Danek", ("Ivo Danek", "person", None), id="place and title"),
    # a known body's officials speak for it; a country's stay unnamed
    pytest.param("African Union officials", ("African Union", "international body", None),
                 id="a known body's officials"),
    pytest.param("Iraqi officials", ("Iraqi officials", "unnamed", "Iraq"), id="a country's officials"),
    pytest.param("Estrelian interior ministry officials",
                 ("Ministry of the Interior (Estrelia)", "government", "Estrelia"), id="a ministry's officials"),
    pytest.param("Two US officials", ("US officials", "unnamed", "United States"), id="a number of officials"),
    pytest.param("two military officials", ("Military officials", "unnamed", None), id="officials of no named body"),
    # a name described after it ("the X conflict observatory") is the name, typed by the description
    pytest.param("the Orsk Valley conflict observatory", ("Orsk Valley", "monitor", None), id="description after"),
    pytest.param("The Britain-based war monitor", ("War monitor", "monitor", None), id="no name before a description"),
    # an acronym in apposition names the body, or the name before it does
    pytest.param("the UN humanitarian office, OCHA",
                 ("UN Office for the Coordination of Humanitarian Affairs", "international body", None),
                 id="acronym in apposition"),
    pytest.param("ISOC-4", ("ISOC-4", "monitor", None), id="an acronym with a number is no person"),
    pytest.param("Battlegroup South", ("Ministry of Defence (Russia)", "military", "Russia"),
                 id="a Russian group of forces speaks for the ministry"),
    pytest.param("the Russian General Staff", ("Ministry of Defence (Russia)", "military", "Russia"),
                 id="Russia's General Staff publishes through the ministry"),
    pytest.param("the Estrelian army's media wing", ("Armed Forces (Estrelia)", "military", "Estrelia"),
                 id="a body's media wing is the body"),
]  # fmt: skip


@pytest.mark.parametrize(("phrase", "expected"), NAMED)
def test_phrase_gets_its_name(phrase: str, expected: tuple) -> None:
    assert named(phrase) == expected


@pytest.mark.parametrize(
    "role",
    ["Ukrainian President", "Prime Minister", "a former UN investigator", "an Estrelian official", "Lawmaker"],
)
def test_roles_that_speak_as_a_person(role: str) -> None:
    assert tied_body(role) is None


# Roles that tie a person to the body they work for, written around the name.
ROLES = [
    pytest.param("Orsk Relief Network head of mission in Marova", "Orsk Relief Network", id="head of mission"),
    pytest.param("the ICRC's head of delegation", "International Committee of the Red Cross", id="head of delegation"),
    pytest.param("Head of the HRMMU", "UN Human Rights Monitoring Mission in Ukraine", id="head of an acronym"),
    pytest.param("the outgoing chief of staff", "General Staff", id="chief of staff, no article"),
    pytest.param("chief of the general staff", "General Staff", id="chief of the general staff"),
]  # fmt: skip


@pytest.mark.parametrize(("role", "body"), ROLES)
def test_roles_that_tie_a_person(role: str, body: str) -> None:
    tied = tied_body(role)
    assert tied is not None and tied.name == body


@pytest.mark.parametrize(
    ("written", "one_spelling"),
    [("Volodymyr Zelenskyy", "Volodymyr Zelensky"), ("Valerii Zaluzhnyi", "Valerii Zaluzhny"),
     ("Andriy Yermak", "Andriy Yermak"), ("Volker Türk", "Volker Turk"), ("Muhammad Al-Sudani", "Mohammed al-Sudani"),
     ("Sergey Shoygu", "Sergei Shoigu")],
)  # fmt: skip
def test_person_spellings(written: str, one_spelling: str) -> None:
    assert person_name(written) == one_spelling


@pytest.mark.parametrize("name", sorted({issuer.name for issuer in ISSUERS}))
def test_a_registry_name_names_itself(name: str) -> None:
    assert name_source(name).name == name


# The registry is data: every entry well formed, no name shared by two issuers.
def test_registry_types_and_countries_are_known() -> None:
    sides = set(SIDES)
    for issuer in ISSUERS:
        assert issuer.type in SOURCE_TYPES, issuer
        assert issuer.country is None or issuer.country in sides, issuer
        assert set(issuer.kinds) <= set(KINDS), issuer
        assert set(issuer.owners) <= sides, issuer


def test_no_name_names_two_issuers() -> None:
    seen: dict[str, str] = {}
    for issuer in ISSUERS:
        for name in {fold(alias) for alias in (issuer.name, *issuer.aliases)}:
            assert seen.setdefault(name, issuer.name) == issuer.name, f"{name!r}: {seen[name]} and {issuer.name}"


def test_kind_phrases_and_spellings_are_not_repeated() -> None:
    phrases = [phrase for _, _, kind_phrases in KINDS.values() for phrase in kind_phrases]
    assert len(phrases) == len(set(phrases))
    assert all(written != spelling for written, spelling in NAME_SPELLINGS.items())


@given(st.text(max_size=80))
def test_no_phrase_makes_naming_raise(phrase: str) -> None:
    source = name_source(phrase)
    assert source is None or (source.name and source.type in SOURCE_TYPES)
