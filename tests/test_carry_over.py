"""Claimants across sentences: a report's figures stay its own until another source takes over.

Invented sentences (fictional countries and people), one table per phenomenon of
the held-out error catalogue (/work/shared/corpus/PHENOMENA.md).
"""

from __future__ import annotations

import pytest

from extractors import extract_figures

# The table holds war figures only: each text closes an article about a war (a paragraph of its own,
# with no figure), so that sentences without a war word of their own still count.
WAR_ARTICLE_CLOSE = "\n\nThe war between the two countries goes on."


def claimants(text: str) -> list[tuple[float | None, str | None]]:
    """Each figure's value and claimant, a leading "the" dropped as the scorer folds it."""
    return [(figure.value, _without_the(figure.claimant)) for figure in extract_figures(text + WAR_ARTICLE_CLOSE)]


def _without_the(name: str | None) -> str | None:
    return name.removeprefix("the ").removeprefix("The ") if name else None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Estrelian army spokeswoman Mirela Kost said 17 soldiers died on Tuesday. "
            "Another 23 were wounded in a separate ambush near Aldin.",
            [(17.0, "Mirela Kost"), (23.0, "Mirela Kost")],
            id="another N, same paragraph",
        ),
        pytest.param(
            "The Tavros Observatory said 212 civilians were killed in Koval last month. "
            "Shelling in the border villages wounded 48 more.",
            [(212.0, "Tavros Observatory"), (48.0, "Tavros Observatory")],
            id="continuation with no breakdown cue",
        ),
        pytest.param(
            "Kadar's army said 14 of its soldiers had died in the fighting. Pakistan lost three soldiers.",
            [(14.0, "Kadar's army"), (3.0, None)],
            id="a country as the next subject: its own account",
        ),
        pytest.param(
            "The Orlan health office said 80 people were killed. The first reports spoke of 38 dead.",
            [(80.0, "Orlan health office"), (38.0, None)],
            id="another report",
        ),
        pytest.param(
            "The Orlan health office said 80 people were killed. Elsewhere, 12 civilians were wounded in Rusk.",
            [(80.0, "Orlan health office"), (12.0, None)],
            id="a new topic",
        ),
        pytest.param(
            "The Tavros Observatory said 212 civilians were killed in Koval.\n\n"
            "Separately, 9 civilians were wounded on the coast road.",
            [(212.0, "Tavros Observatory"), (9.0, None)],
            id="not into a new paragraph",
        ),
    ],
)
def test_claimant_carried_within_the_paragraph(text: str, expected: list) -> None:
    assert claimants(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Clinic shelled in Rusk\n\nPress release | Kadari Aid Society | Relief news\n\n"
            "Shelling hit our clinic in Rusk on Monday, killing 4 patients and wounding 11.",
            [(4.0, "Kadari Aid Society"), (11.0, "Kadari Aid Society")],
            id="press release credit line",
        ),
        pytest.param(
            "Tavros Observatory | News release\n\nAt least 31 civilians were killed in Koval. "
            "The Kadari army said 9 of its soldiers died.",
            [(31.0, "Tavros Observatory"), (9.0, "Kadari army")],
            id="own voice, a cited body keeps its claim",
        ),
        pytest.param(
            "Update #12 | Marenia\nFormat: Situation report | Source: Marenian Relief Office | Posted: 3 May\n\n"
            "Strikes on Dravetz killed 26 people over the week.",
            [(26.0, "Marenian Relief Office")],
            id="source field of a credit line",
        ),
        pytest.param(
            "Statement by the Relief Office Representative in Kadar on the shelling of Aldin\n\n"
            "The shelling of a school in Aldin killed 14 children.",
            [(14.0, "Relief Office Representative in Kadar")],
            id="statement by",
        ),
        pytest.param(
            "The following is an edited version of an update published by the Tavros Observatory, a monitor.\n\n"
            "Strikes on Koval killed 12 civilians.",
            [(12.0, "Tavros Observatory")],
            id="the following is ... published by X",
        ),
        pytest.param(
            "Source: Northern Courier and news agencies\n\nStrikes on Koval killed 12 civilians.",
            [(12.0, None)],
            id="a newspaper's credit line: its own authority",
        ),
    ],
)
def test_own_release_speaks_for_its_body(text: str, expected: list) -> None:
    assert claimants(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Police said 12 people were killed in Rusk. According to the same source, 30 were wounded.",
            [(12.0, "Police"), (30.0, "Police")],
            id="the same source: the last one named",
        ),
        pytest.param(
            "According to WHO, the clinic in Aldin was hit twice. "
            "The organisation says the strikes killed 14 patients.",
            [(14.0, "WHO")],
            id="WHO is an acronym, not a pronoun",
        ),
        pytest.param(
            "Residents contacted by the Northern Courier said 19 villagers were killed.",
            [(19.0, "Residents")],
            id="contacted by X: the residents speak",
        ),
    ],
)
def test_claimant_is_a_name_not_a_fragment(text: str, expected: list) -> None:
    assert claimants(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "31 soldiers dead in border raid – defence ministry\n\nMore follows.",
            [(31.0, "defence ministry")],
            id="dash tail",
        ),
        pytest.param(
            "Toll Rises To 40 Dead, Officials Say\n\nMore follows.", [(40.0, "Officials")], id="title-case says"
        ),
        pytest.param(
            "Five engineers died at the dam – four locals and a contractor",
            [(5.0, None), (4.0, None)],
            id="a dash aside is no source",
        ),
    ],
)
def test_headline_tail_names_the_source(text: str, expected: list) -> None:
    assert claimants(text) == expected


# PHENOMENA #29: attribution through verbs outside the first list.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Village elders placed the toll at 63.", [(63.0, "Village elders")], id="placed the toll at"),
        pytest.param("Kadar's health office puts the toll at 212.", [(212.0, "Kadar's health office")], id="puts"),
        pytest.param(
            "The interior ministry accused the Sable Brigades of killing 52 farmers.",
            [(52.0, "interior ministry")],
            id="accused ... of",
        ),
        pytest.param(
            "Officials pointed out that 40 civilians had died in Rusk.", [(40.0, "Officials")], id="pointed out"
        ),
        pytest.param("The army placed 300 troops on the border.", [(300.0, None)], id="placed troops: no claim"),
    ],
)
def test_claim_verbs_beyond_say(text: str, expected: list) -> None:
    assert claimants(text) == expected


# PHENOMENA #50: a count or a document as the subject names its owner.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("The WHO figure is 70 dead and 19 injured.", [(70.0, "WHO"), (19.0, "WHO")], id="the X figure"),
        pytest.param("The ministry's count stands at 412 dead.", [(412.0, "ministry")], id="X's count stands at"),
        pytest.param(
            "The Tavros Observatory's running count has reached 3,100 dead.",
            [(3100.0, "Tavros Observatory")],
            id="running count has reached",
        ),
        pytest.param("The death toll is 40.", [(40.0, None)], id="a toll with no owner"),
        pytest.param(
            "Polling by the Orlan Research Institute points to as many as 64,000 deaths.",
            [(64000.0, "Orlan Research Institute")],
            id="polling by X points to",
        ),
        pytest.param(
            "Research by Kadar University suggests 9,000 soldiers died.",
            [(9000.0, "Kadar University")],
            id="research by X",
        ),
        pytest.param("The evidence points to 40 deaths.", [(40.0, None)], id="evidence is nobody"),
    ],
)
def test_owner_of_a_count_claims_it(text: str, expected: list) -> None:
    assert claimants(text) == expected


# PHENOMENA #31: claimant phrase shapes after an inverted "said".
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Nineteen soldiers were killed, said army spokesman Petra Lunde on Monday.",
            [(19.0, "Petra Lunde")],
            id="role, name and a weekday",
        ),
        pytest.param('"We lost 12 men," said Jonas Aldberg.', [(12.0, "Jonas Aldberg")], id="no full stop in a name"),
        pytest.param(
            '"The convoy was ambushed twice. By noon we had counted 17 dead," a police officer in Rusk said.',
            [(17.0, "a police officer in Rusk")],
            id="a role placed in a town",
        ),
        pytest.param("Twelve people died, said the U.S.", [(12.0, "U.S.")], id="an abbreviation keeps its stop"),
    ],
)
def test_inverted_said_shapes(text: str, expected: list) -> None:
    assert claimants(text) == expected


# PHENOMENA #34: the speaker inside an object relative clause.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The shelling, which the governor said killed 28 people, lasted two hours.",
            [(28.0, "governor")],
            id="which X said",
        ),
        pytest.param("A raid that Kadar said left 12 dead angered residents.", [(12.0, "Kadar")], id="that X said"),
        pytest.param(
            "A Kadari envoy who led the talks in Orlan said 40 hostages were freed.",
            [(40.0, "A Kadari envoy")],
            id="subject relative: the subject speaks",
        ),
    ],
)
def test_speaker_inside_a_relative_clause(text: str, expected: list) -> None:
    assert claimants(text) == expected


# PHENOMENA #1: an article built on one report gives its figures paragraphs after naming it.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "RUSK - Strikes have killed 3,100 people in Kadar since March, the health ministry said in its latest "
            "report on Thursday.\n\nIn the 24 hours to Wednesday alone, 52 people were killed and 156 wounded.",
            [(3100.0, "health ministry"), (52.0, "health ministry"), (156.0, "health ministry")],
            id="said in its latest report",
        ),
        pytest.param(
            "RUSK - Strikes have killed 3,100 people in Kadar since March, the health ministry said on Thursday."
            "\n\nIn the 24 hours to Wednesday alone, 52 people were killed and 156 wounded.",
            [(3100.0, "health ministry"), (52.0, None), (156.0, None)],
            id="no report: the article's own authority later",
        ),
        pytest.param(
            "General Orlov said in a televised report that 400 soldiers were killed.\n\n"
            "Separately, 11,000 troops were sent north.",
            [(400.0, "Orlov"), (11000.0, None)],
            id="a televised report is no document of the claimant's",
        ),
        pytest.param(
            "RUSK - At least 900 civilians were killed in Kadar this year, the UN rights office said on Monday, in a "
            "report that blames both armies.\n\nThe UN chief called for a truce.\n\nAt least 300 people were "
            "executed by militias in the west.",
            [(900.0, "UN rights office"), (300.0, "UN rights office")],
            id="in a report that accuses",
        ),
    ],
)
def test_article_built_on_one_report(text: str, expected: list) -> None:
    assert claimants(text) == expected


_ONE_SOURCE_BODY = (
    "VARNA - At least 180 civilians were killed in Kadar in May, the UN monitoring mission said on Friday.\n\n"
    "Attacks on cities drove the rise, the mission said.\n\n"
    "Among the dead were 14 children. Drones killed 61 people near the front line."
)


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        pytest.param(
            "May deadliest month for Kadar's civilians, UN monitors say",
            [(180.0, "UN monitoring mission"), (14.0, "UN monitoring mission"), (61.0, "UN monitoring mission")],
            id="a headline crediting one source, no other source in the article",
        ),
        pytest.param(
            "Missiles hit Kadar's capital at night",
            [(180.0, "UN monitoring mission"), (14.0, "UN monitoring mission"), (61.0, None)],
            id="a headline of the reporter's own: only 'among the dead' goes on from the source",
        ),
        pytest.param(
            "180 CIVILIANS KILLED IN KADAR IN MAY - UN MISSION",
            [(180.0, "UN monitoring mission"), (14.0, "UN monitoring mission"), (61.0, "UN monitoring mission")],
            id="a headline crediting its source after a dash",
        ),
    ],
)
def test_an_article_on_one_sources_figures(title: str, expected: list) -> None:
    figures = extract_figures(_ONE_SOURCE_BODY + WAR_ARTICLE_CLOSE, meta={"title": title})
    assert [(figure.value, _without_the(figure.claimant)) for figure in figures] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Rocket fire hit Port Seren overnight.\n"
            "The Marenian health office said the toll of the strikes was as follows:\n"
            "- The old town: 20 killed and 41 wounded;\n"
            "- The harbour district: 7 killed.",
            [(20.0, "Marenian health office"), (41.0, "Marenian health office"), (7.0, "Marenian health office")],
            id="items of a list a claim opens",
        ),
        pytest.param(
            "The Marenian health office said the toll of the strikes was as follows:\n"
            "- The old town: 20 killed.\n"
            "Shelling went on into the night.\n"
            "- Harbour district: 7 killed.",
            [(20.0, "Marenian health office"), (7.0, None)],
            id="a list ends at the first line that is no item",
        ),
    ],
)
def test_list_items_keep_the_claim_that_opened_them(text: str, expected: list) -> None:
    assert claimants(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The Marenian army issued a statement on Monday. It said 30 soldiers were killed.",
            [(30.0, "Marenian army")],
            id="'It' after a sentence whose subject is a body",
        ),
        pytest.param("He said 30 soldiers were killed.", [(30.0, None)], id="'He' with no one named: no claimant"),
        pytest.param(
            'The Estrelian army said its camp was attacked. "The toll is 30 soldiers killed," said the statement,'
            " signed by its spokesman.",
            [(30.0, "Estrelian army")],
            id="'signed by' is no claimant; the statement is its body's",
        ),
    ],
)
def test_no_pronoun_or_preposition_is_a_claimant(text: str, expected: list) -> None:
    assert claimants(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The Marenian army gave a lower toll. Below is our translation of the communiqué of the operations"
            " sector, read on Sunday by its spokesman, Lieutenant Ana Bel.\n\n"
            '"The armed forces inform the public that rebels attacked the town.\n\n'
            'The provisional balance sheet reports 21 civilians killed and 6 wounded."\n\n'
            "Aid groups say 40 civilians were killed in the region last year.",
            [(21.0, "Ana Bel"), (6.0, "Ana Bel"), (40.0, "Aid groups")],
            id="a quoted communiqué, read by its spokesman, until its quotation closes",
        ),
        pytest.param(
            "Estrelia's health ministry raised the toll of the strikes on Wednesday."
            " Below is the full text of the ministry's statement.\n\nBEGIN TEXT\n\n"
            "The ministry announces that the toll has risen to 46 martyrs and 165 wounded.\n\n"
            "- The old town: 34 martyrs.\n\nEND TEXT\n\nShelling resumed later, killing 3 people.",
            [
                (46.0, "Estrelia's health ministry"),
                (165.0, "Estrelia's health ministry"),
                (34.0, "Estrelia's health ministry"),
                (3.0, None),
            ],
            id="a statement between BEGIN TEXT and END TEXT",
        ),
        pytest.param(
            "The losses were announced in a communique of the Joint Staff of the Armed Forces read on radio."
            " We print its key passages below, in our own translation.\n\n"
            '"Our units repelled the attack on the garrison at dawn.\n\n'
            '"The toll on our side is twelve soldiers fallen, nine wounded and four missing."\n\n'
            "Aid groups say 40 civilians were killed in the region last year.",
            [
                (12.0, "Joint Staff of the Armed Forces"),
                (9.0, "Joint Staff of the Armed Forces"),
                (4.0, "Joint Staff of the Armed Forces"),
                (40.0, "Aid groups"),
            ],
            id="passages printed below, of a communique the sentence before names",
        ),
    ],
)
def test_a_statement_printed_whole_is_its_authors(text: str, expected: list) -> None:
    assert claimants(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Shelling went on. At least 20 people were killed, the WHO said.", [(20.0, "WHO")], id="the WHO"),
        pytest.param("Shelling went on. At least 20 people were killed, WHO said.", [(20.0, "WHO")], id="WHO"),
    ],
)
def test_an_acronym_spelled_like_a_pronoun_is_a_claimant(text: str, expected: list) -> None:
    """ "WHO said" names the World Health Organization; "who said" opens a relative clause."""
    assert claimants(text) == expected


def test_people_accused_of_something_are_no_claimant() -> None:
    """ "civilians accused of collaborating" were accused by others: the participle reports nothing of theirs."""
    text = "Shelling went on. Militias killed at least 70 Syrian villagers accused of aiding rebels, and 12 teachers."
    assert claimants(text) == [(70.0, None), (12.0, None)]


def test_a_surname_spelled_two_ways_is_one_claimant() -> None:
    """A transliterated surname written two ways in one article ("Prokopenko", "Prokopienko") is one person."""
    text = (
        "Oleksandr Prokopenko, the regional governor, said two people were killed in the shelling.\n\n"
        "Later, Prokopienko said nine more had been wounded."
    )
    assert claimants(text) == [(2.0, "Oleksandr Prokopenko"), (9.0, "Oleksandr Prokopenko")]


def test_an_article_opening_on_one_bodys_report_gives_it_the_figures_until_another_source_speaks() -> None:
    """PHENOMENA: an article built on one report states its figures in later paragraphs without repeating
    who said them; they are the report's until another source takes over, and the report's author may be
    named by its acronym ("VHO") after its full name."""
    text = (
        "A new report from the Velmora Humanitarian Office paints a grim picture of the fighting in the east.\n\n"
        "In the two months, the VHO says, at least 900 civilians were killed and 1,200 others injured.\n\n"
        "In Orsk alone, 300 civilians were killed, 40 of them children.\n\n"
        "Other groups give higher figures. The Orsk Medics Union said 350 people died in the city.\n\n"
        "In August the rebels accused the army of killing 200 civilians in air strikes."
    )
    assert claimants(text) == [
        (900.0, "VHO"), (1200.0, "VHO"), (300.0, "VHO"), (40.0, "VHO"),
        (350.0, "Orsk Medics Union"), (200.0, "rebels"),
    ]  # fmt: skip


def test_no_one_is_no_antecedent_and_a_name_ending_on_a_document_noun_is_a_body() -> None:
    """ "No group claimed responsibility" names no group "the group's database" could mean; "the Orsk Casualty
    Database" is a body's name, not a document of the body named before it."""
    text = (
        "The Orsk Watch group said 12 people died. No group claimed responsibility for the blast. "
        "The group's database recorded 118 deaths in 2024.\n\n"
        "The Velmora Health Office said 30 aid workers were hurt. The Aid Worker Security Database said "
        "40 aid workers were killed."
    )
    assert claimants(text) == [
        (12.0, "Orsk Watch group"), (118.0, "Orsk Watch group"), (30.0, "Velmora Health Office"),
        (40.0, "Aid Worker Security Database"),
    ]  # fmt: skip


def test_the_paramilitary_is_the_paramilitary_body_named_before() -> None:
    """ "the paramilitary" stands for the paramilitary force named just before, as "the group" does."""
    text = (
        "The Velmora Support Forces rejected the accusations. In August the paramilitary accused the army of "
        "killing 300 civilians in air strikes."
    )
    assert claimants(text) == [(300.0, "Velmora Support Forces")]


def test_a_second_subject_of_put_at_whose_verb_is_left_out_claims_its_number() -> None:
    """ "X put the number at more than 200, and the Y commission at more than 100": the second number is Y's."""
    text = "The Orsk Watch put the death toll at more than 200, and the state-run Velmora Rights Commission at 100."
    assert claimants(text) == [(200.0, "Orsk Watch"), (100.0, "state-run Velmora Rights Commission")]


def test_a_quotation_that_runs_on_after_its_speaker_is_the_speakers() -> None:
    """'"...," X said. "The results are as follows. On the enemy side: 83 killed."': the quotation goes on,
    sentence after sentence, in X's words, though no sentence of it opens on a quotation mark."""
    text = (
        '"In the week, our units carried out strikes near Orsk," the Velmora General Staff said. "The results '
        'are as follows. On the enemy side: 83 terrorists neutralised. On the friendly side: 4 killed."'
    )
    assert claimants(text) == [(83.0, "Velmora General Staff"), (4.0, "Velmora General Staff")]


def test_a_quotation_whose_speaker_comes_at_its_close_is_the_speakers_throughout() -> None:
    """A quotation that opens mid-paragraph and names its speaker only where it closes ('"... killed 74
    civilians. Our forces will answer," he said') is the speaker's in every sentence of it."""
    text = (
        'Army spokesman Ivo Danek blamed the rebels. "This militia has no target but civilians. In the past '
        'week its drones have killed 74 civilians. Our forces will answer," he said.'
    )
    assert claimants(text) == [(74.0, "Ivo Danek")]


def test_a_claim_carried_on_in_its_paragraph_keeps_the_source_it_cites() -> None:
    """'According to the update, which cites the Velmoran health ministry, 340 people were killed. Over the same
    period, 957 people were injured.': both figures come from the ministry, through the update."""
    text = (
        "According to the update, which cites the Velmoran health ministry, 340 people were killed between "
        "March 18 and May 21. Over the same period, 957 people were injured."
    )
    figures = extract_figures(text + WAR_ARTICLE_CLOSE)
    assert [(f.value, f.cited_source) for f in figures] == [
        (340, "the Velmoran health ministry"),
        (957, "the Velmoran health ministry"),
    ]


@pytest.mark.parametrize(
    ("publisher", "expected"),
    [
        pytest.param("Kadari Aid Society (press release, via Newsroom)", "Kadari Aid Society", id="a press release"),
        pytest.param(
            "ICRC (relayed by Relief Desk)",
            "ICRC",
            id="a known issuer's own report, relayed",
        ),
        pytest.param("Northern Courier", None, id="a newspaper speaks on its own authority"),
        pytest.param("Reuters", None, id="a news agency the registry knows"),
    ],
)
def test_a_publisher_that_is_a_body_speaks_for_the_figures_no_one_else_claims(publisher: str, expected) -> None:
    text = "Shelling hit the market in Koval on Monday.\n\nOur teams treated 40 wounded people, 12 of them children."
    figures = extract_figures(text, meta={"title": "Koval market shelled", "publisher": publisher})
    assert {figure.claimant for figure in figures} == {expected}
