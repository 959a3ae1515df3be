"""People extraction: names, roles from appositions, surname mentions."""

from __future__ import annotations

import pytest
from test_quotes import SEED, make_doc

from generator.analysis.countries import extract_countries
from generator.analysis.people import extract_people
from generator.analysis.runner import run_extractors
from generator.reference import given_name_genders, given_names
from generator.reference.faker_names import gendered_lines
from generator.sources import read_document


def people_of(text: str) -> dict[str, str | None]:
    return {p.name: p.role for p in extract_people(make_doc(text))}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Bloc Secretary-General Imre Kovacs said the bloc would meet.",
            {"Imre Kovacs": "Bloc Secretary-General"},
        ),
        (
            "Russian foreign ministry spokeswoman Vera Lind said no.",
            {"Vera Lind": "Russian foreign ministry spokeswoman"},
        ),
        (
            "Jon Alder, NATO's secretary general, said the door is open.",
            {"Jon Alder": "NATO's secretary general"},
        ),
        ("Stoltberg said it. Later Stoltberg added more.", {"Stoltberg": None}),
        # a speech verb after "has" or "had" is evidence too
        ("The union will last, Almaz Turgunov has said.", {"Almaz Turgunov": None}),
        ("Almaz Turgunov had also told the press about it.", {"Almaz Turgunov": None}),
        ("Tarvek Turgunov had the press told.", {}),
        ("Nobody has explained why the vote was delayed.", {}),
        # a headline's capitals name nobody: its surname is the person's named in the text
        (
            "Veteran Lawmakers Rip Ana Lutz As A Danger To The Country\nSenator Ana Lutz said the vote "
            "was lost. Lutz said more.",
            {"Ana Lutz": "Senator"},
        ),
        # ... but a short line of a role and a name is no headline
        ("Ghana's Foreign Minister, Shirley Botchway.", {"Shirley Botchway": "Ghana's Foreign Minister"}),
        # capitalised words before a plural noun of people say who they are: no name
        ("President Ana Rios says Melanesian leaders remain committed.", {"Ana Rios": "President"}),
        ("The talks failed, said Sahelian fighters.", {}),
        ("The talks failed, said Boko Haram fighters.", {}),
        ("The clashes went on, said Bobi Wine supporters.", {}),
        ("The report was published in Geneva on Monday.", {}),
        ("Unifil said it had been hit.", {}),
        ("Sources said the talks failed.", {}),
        (
            "President of Norway Ivo Banner and President of Sweden Ola Kemp met.",
            {"Ivo Banner": "President of Norway", "Ola Kemp": "President of Sweden"},
        ),
        # an Arabic article joined to the family name belongs to the name
        (
            "The summit opened with President Karim al-Rashed taking part. "
            "Omar Nabil el-Masri underlined its importance.",
            {"Karim al-Rashed": "President", "Omar Nabil el-Masri": None},
        ),
        # a role and the body it is of, set off by a comma before the name
        (
            "For his part, Secretary General of the Arab league, Hamad Abul Fadl, urged calm.",
            {"Hamad Abul Fadl": "Secretary General of the Arab league"},
        ),
        # ... but not a clause or a list that ends in a comma
        ("The minister of trade said that the talks, Hamad Fadl and others were late.", {}),
        # a portfolio that is itself a list: its last items are no name
        (
            "Minister of Foreign Affairs, Trade and Development, Lina Osei, spoke first.",
            {"Lina Osei": "Minister of Foreign Affairs, Trade and Development"},
        ),
        (
            "“We agreed,” said its Commissioner for Political Affairs, Peace and Security, Tunde Ade.",
            {"Tunde Ade": "Commissioner for Political Affairs, Peace and Security"},
        ),
        # a profession before the name is a role
        (
            "Malian political scientist Oumar Keita expected the step to be welcomed.",
            {"Oumar Keita": "Malian political scientist"},
        ),
        ("Veteran journalist Ruth Mbeki recalled the summit.", {"Ruth Mbeki": "Veteran journalist"}),
        # a home town before the speech verb is a place; the name before it is the person
        ("Joe Wilks, of Springfield, Va., said he had served.", {"Joe Wilks": None}),
        ("Mary Dunn, 59, watched the ceremony.", {"Mary Dunn": None}),
        # a role "of" a state, the state's name ending in a word no name has
        (
            "Talks ended, said the President of the Republic of Kenya Jomo Wafula.",
            {"Jomo Wafula": "President of the Republic of Kenya"},
        ),
        # the last word of the sentence before is no role, even a word that ends one ("press")
        (
            "Ana Lutz met the press. Lutz said the talks had failed.",
            {"Ana Lutz": None},
        ),
        # two offices held together, coordinated before the name
        (
            "Deputy Prime Minister and Foreign Minister Don Prawat said the request was made.",
            {"Don Prawat": "Deputy Prime Minister and Foreign Minister"},
        ),
        # the body a relative clause says the person heads
        (
            "Omar Tall, who heads the ECOWAS Commission, spoke on Monday.",
            {"Omar Tall": "head of the ECOWAS Commission"},
        ),
        # (not a name before "and")
        ("Putin and Foreign Minister Sergei Lavrov met the envoy.", {"Sergei Lavrov": "Foreign Minister"}),
    ],
)
def test_people_table(text: str, expected: dict[str, str | None]) -> None:
    assert people_of(text) == expected


def test_surname_mentions_and_key() -> None:
    doc = make_doc("Envoy Maria Holt arrived. Holt said the talks were over. Ms Holt left.")
    (p,) = extract_people(doc)
    assert p.key == p.name == "Maria Holt"
    assert [m.rule for m in p.mentions] == ["full-name", "surname", "title"]
    assert all(doc.covered(m.span) == m.text for m in p.mentions)


def test_seed_person() -> None:
    people = extract_people(read_document(SEED))
    assert [(p.name, p.role, p.affiliation) for p in people] == [
        ("Imangali Tasmagambetov", "CSTO Secretary-General", "CSTO")
    ]
    assert len(people[0].mentions) == 3


def test_middle_initial_is_kept_and_merged() -> None:
    doc = make_doc("Representative Charles B. Rangel said so. Rangel left. Later Charles Rangel spoke.")
    (p,) = extract_people(doc)
    assert p.name == "Charles B. Rangel"
    assert [m.text for m in p.mentions] == ["Charles B. Rangel", "Rangel", "Rangel"]


def test_family_name_first_merges_lone_family_name() -> None:
    doc = make_doc("Ban said it first. Later UN chief Ban Ki-moon said so. Ban added more.")
    (p,) = extract_people(doc)
    assert p.name == "Ban Ki-moon"
    assert [m.text for m in p.mentions] == ["Ban", "Ban Ki-moon", "Ban"]


def test_hyphenated_surname_is_not_a_given_name() -> None:
    (p,) = extract_people(make_doc("Envoy Anna Lloyd-Jones said so. Lloyd-Jones left. Anna spoke."))
    assert [m.text for m in p.mentions] == ["Anna Lloyd-Jones", "Lloyd-Jones"]


def test_title_is_not_part_of_the_name() -> None:
    people = people_of("Norland State Counsellor Mira Taw Lin said the talks would go on.")
    assert people == {"Mira Taw Lin": "Norland State Counsellor"}


def test_an_office_to_be_held_is_a_role_not_a_name() -> None:
    # "-elect" and "-designate" make an office of a title, never a name or a part of one
    assert people_of("President-elect Dora Vance said the deal was bad.") == {"Dora Vance": "President-elect"}
    assert people_of("“We will win,” said President-elect Dora Vance.") == {"Dora Vance": "President-elect"}
    assert set(people_of("In his first remarks as Secretary General-elect, Ramdin said no.")) == {"Ramdin"}
    assert people_of("Prime Minister-designate Ana Lutu said no.") == {"Ana Lutu": "Prime Minister-designate"}


def test_a_headline_verb_ends_a_name() -> None:
    # "NATO Chief Says Time To Welcome Norland" names nobody; "Ann Lee Calls Bo Ruiz" names two
    assert people_of("NATO Chief Says Time To Welcome Norland\nThe talks went on.") == {}
    assert set(people_of("Senator Ann Lee Calls Senator Bo Ruiz A Liar\nThe row went on.")) == {
        "Ann Lee",
        "Bo Ruiz",
    }


def test_a_title_case_headline_with_a_stop_names_nobody() -> None:
    # every word capitalised, one small word among them, a stop at the end, at the top: a
    # headline, whose capitals run names and verbs together ("Wren Endorses Dora Vance")
    headline = "Senator Wren Endorses Dora Vance With Party’s Blessing.\n"
    assert people_of(headline + "“We will see,” Vance said after the rally.") == {"Vance": None}
    assert people_of(headline + "The rally went on.") == {}
    # ... not a line of that shape after the text has begun, such as a credit at its end
    assert set(people_of("The mayor opened the bridge on Saturday.\nPhoto Courtesy Of Maria Santos.")) == {
        "Maria Santos"
    }
    # ... nor a list of names with its commas or colon
    assert set(people_of("Cast: Meryl Streep, Tom Hanks And Bob Odenkirk.\nThe film opens in December.")) >= {
        "Meryl Streep",
        "Bob Odenkirk",
    }
    # a sentence of names does not capitalise its small words: no headline
    assert set(people_of("President Tomas Reyes met Ms Ana Cruz in Lima.")) == {"Tomas Reyes", "Ana Cruz"}


def test_role_before_a_title_and_a_name() -> None:
    people = people_of("The ministry’s spokesman, Mr Vedo Justin, released the statement on Monday.")
    assert people == {"Vedo Justin": "spokesman"}


def test_a_role_set_off_before_a_rank_is_the_role() -> None:
    people = people_of("The army chief, General Abdi Warsame, spoke after President Lena Ortiz.")
    assert people == {"Abdi Warsame": "army chief, General", "Lena Ortiz": "President"}


def test_a_portfolio_after_of_is_the_roles_not_the_names() -> None:
    people = people_full(
        "Minister of Oil Saad Al Barrak spoke. Minister of Health of Kenya Ali Juma agreed. "
        "Minister of Foreign Affairs Ivo Sander left."
    )
    assert people == [
        ("Saad Al Barrak", "Minister of Oil", None, 1),
        ("Ali Juma", "Minister of Health of Kenya", "Kenya", 1),
        ("Ivo Sander", "Minister of Foreign Affairs", None, 1),
    ]


def test_a_portfolio_head_ends_the_portfolio_whatever_qualifies_it() -> None:
    people = people_full(
        "Minister of Presidential Affairs Tendai Moyo spoke. The Minister of Local Government and "
        "Rural Development, Ama Boateng, agreed. Minister of Regional Affairs in charge of Trade "
        "Promotion Cde Rudo Banda left."
    )
    assert [name for name, *_ in people] == ["Tendai Moyo", "Ama Boateng", "Rudo Banda"]
    assert people[0][1] == "Minister of Presidential Affairs"


def test_a_country_after_a_roles_of_is_the_roles_not_the_names() -> None:
    people = people_full(
        "The talks were attended by Prime Minister of Jamaica Andrew Holness. The President of Kenya "
        "William Ruto spoke, and Prime Minister of Trinidad and Tobago Keith Rowley agreed with Prime "
        "Minister of Saint Vincent and the Grenadines Ralph Gonsalves. Two months later, Niger and "
        "Burkina Faso left. Jamaica Kincaid wrote. Commissioner of the Antigua and Barbuda Electoral "
        "Commission, Ivo Sander, came."
    )
    assert [(name, role) for name, role, *_ in people] == [
        ("Andrew Holness", "Prime Minister of Jamaica"),
        ("William Ruto", "President of Kenya"),
        ("Keith Rowley", "Prime Minister of Trinidad and Tobago"),
        ("Ralph Gonsalves", "Prime Minister of Saint Vincent and the Grenadines"),
        ("Jamaica Kincaid", None),
        ("Ivo Sander", "Commissioner of the Antigua and Barbuda Electoral Commission"),
    ]
    # a regnal number after a one-word name whose role the run began with; a body's name with no comma
    assert [name for name, *_ in people_full("King of Jordan Abdullah II met the envoys.")] == ["Abdullah II"]
    assert [
        name
        for name, *_ in people_full(
            "Chairman of the Antigua and Barbuda Electoral Commission Lawrence Jardine said so."
        )
    ] == ["Lawrence Jardine"]


def test_a_role_is_found_before_a_form_of_address_and_opens_with_no_preposition() -> None:
    people = people_full(
        "The Minister of Presidential Affairs, Comrade Tendai Moyo, attended. The minister, who stood in "
        "for President Ama Kiptoo, said the region was ready."
    )
    assert [(name, role) for name, role, *_ in people] == [
        ("Tendai Moyo", "Minister of Presidential Affairs"),
        ("Ama Kiptoo", "President"),
    ]


def test_comrade_is_a_form_of_address() -> None:
    assert people_of("Comrade Tendai Moyo spoke, and Cde. Rudo Banda agreed. Then Cde Ama Boateng left.") == {
        "Tendai Moyo": None,
        "Rudo Banda": None,
        "Ama Boateng": None,
    }
    # (no role either, written in lower case)
    assert people_of("It ended under the presidency of comrade Pedro Sánchez.") == {"Pedro Sánchez": None}


def test_a_name_inside_a_longer_one_is_that_person() -> None:
    doc = make_doc(
        "President Luiz Inácio Lula da Silva arrived. Lula said so. Andrés Manuel López Obrador "
        "stayed home, and López said why."
    )
    people = extract_people(doc)
    assert [p.name for p in people] == ["Luiz Inácio Lula da Silva", "Andrés Manuel López Obrador"]
    assert [m.text for m in people[0].mentions] == ["Luiz Inácio Lula da Silva", "Lula"]
    # ... also where it is never a person of its own, and not where it opens a longer name
    inner = extract_people(
        make_doc(
            "President Ana Maria Costa Reis arrived. Costa, who hosted the summit, thanked her "
            "counterpart. Costa Rica sent an envoy."
        )
    )
    assert [(p.name, [m.text for m in p.mentions]) for p in inner] == [
        ("Ana Maria Costa Reis", ["Ana Maria Costa Reis", "Costa"])
    ]
    # ... only where it stands for a person, as a word before a verb or a stop does (not a
    # company, a modifier or a title)
    words = extract_people(
        make_doc(
            "Ellen Johnson Sirleaf met the Johnson & Johnson chiefs. Mohammed Shia al-Sudani greeted Shia "
            "pilgrims. President Ali Bongo Ondimba ended the Bongo dynasty. Bongo, who ruled for years, left."
        )
    )
    assert {p.name: [m.text for m in p.mentions] for p in words} == {
        "Ellen Johnson Sirleaf": ["Ellen Johnson Sirleaf"],
        "Mohammed Shia al-Sudani": ["Mohammed Shia al-Sudani"],
        "Ali Bongo Ondimba": ["Ali Bongo Ondimba", "Bongo"],
    }
    # (nor a father's name after "bin", nor one holding another role)
    gulf = extract_people(
        make_doc(
            "Emir Sheikh Tamim bin Hamad Al Thani opened the forum. His father, Sheikh Hamad, attended. "
            "Crown Prince Mohammed bin Salman Al Saud met the envoys. King Salman did not attend."
        )
    )
    assert [p.name for p in gulf] == [
        "Tamim bin Hamad Al Thani",
        "Hamad",
        "Mohammed bin Salman Al Saud",
        "Salman",
    ]
    # (a word inside two names is neither's)
    two = extract_people(make_doc("Ana Maria Costa Reis and Rui Costa Lima met. Costa said no."))
    assert "Costa" in [p.name for p in two]


def test_a_portfolio_after_a_countrys_role_and_of_many_fields() -> None:
    people = people_full(
        "Kuwait's Minister of Oil Saad Al Barrak said no. Minister of Oil and Gas Hassan Ali spoke. "
        "Minister of Higher Education Ahmed Musa spoke. The ruling of Justice Martha Koome was upheld."
    )
    assert people == [
        ("Saad Al Barrak", "Kuwait's Minister of Oil", "Kuwait", 1),
        ("Hassan Ali", "Minister of Oil and Gas", None, 1),
        ("Ahmed Musa", "Minister of Higher Education", None, 1),
        ("Martha Koome", "Justice", None, 1),
    ]


def test_a_body_named_after_a_state_is_no_person() -> None:
    # "of the Russian State Duma": no "head of state" before a name "Duma"
    people = people_of("Leo Kalin, Head of the CIS Affairs Committee of the Russian State Duma, spoke.")
    assert set(people) == {"Leo Kalin"}
    assert people_of("Head of State Lena Ortiz spoke.") == {"Lena Ortiz": "Head of State"}


def test_an_honorific_after_a_given_name_stays_in_the_name() -> None:
    people = people_of("Norland's President Hassan Sheikh Omar arrived. Emir Sheikh Tamim Al Nur met him.")
    assert set(people) == {"Hassan Sheikh Omar", "Tamim Al Nur"}
    assert people["Hassan Sheikh Omar"] == "Norland's President"


def test_a_role_set_off_between_two_names_is_the_first_ones_when_each_has_its_own() -> None:
    people = people_of(
        "Lena Marsh, the Commonwealth Secretary-General, Otto Brandt, the Norland high commissioner, "
        "and officials will attend."
    )
    assert people == {
        "Lena Marsh": "Commonwealth Secretary-General",
        "Otto Brandt": "Norland high commissioner",
    }
    # ... but a list whose roles come before the names keeps each role with the name after it
    people = people_of(
        "Prime Minister Rui Vaz, the interior minister, Otto Brandt, and the foreign minister, "
        "Lena Marsh, attended."
    )
    assert people["Otto Brandt"] == "interior minister"
    people = people_of(
        "The delegation included the president, Rui Vaz, the foreign minister, Otto Brandt, the "
        "interior minister, Lena Marsh, and others."
    )
    assert people["Otto Brandt"] == "foreign minister"


def test_a_title_that_ends_a_name_is_its_surname() -> None:
    people = people_of("Prime Minister of Norland, Stephen King, spoke. “We are ready,” King said.")
    assert people == {"Stephen King": "Prime Minister of Norland"}
    # (not after a country's word or a determiner: "the Jordanian King", "the Zulu King" are titles)
    assert people_of("The Jordanian King arrived. Later Rui Vaz spoke.") == {"Rui Vaz": None}
    assert "Zulu King" not in people_of("“We are ready,” the Zulu King said.")


def test_words_before_a_title_name_nobody() -> None:
    # "said Norland Fisheries Minister X": "Norland Fisheries" says which minister
    people = people_of("“We are ready,” said Norland Fisheries Minister Rui Vaz. “Soon,” he added.")
    assert people == {"Rui Vaz": "Norland Fisheries Minister"}


def people_full(text: str) -> list[tuple[str, str | None, str | None, int]]:
    return [(p.name, p.role, p.affiliation, len(p.mentions)) for p in extract_people(make_doc(text))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a lone first or family name joins the one fuller name it belongs to
        (
            "Norland President Tomas Brenner arrived. Later Tomas said the talks were over.",
            [("Tomas Brenner", "Norland President", None, 2)],
        ),
        (
            "Chinese President Zhao Lijun opened the meeting. Zhao said the summit was historic.",
            [("Zhao Lijun", "Chinese President", "China", 2)],
        ),
        # two people share the token: no merge
        (
            "Minister Tomas Brenner and Envoy Tomas Kell met. Tomas said no.",
            [
                ("Tomas", None, None, 3),
                ("Tomas Brenner", "Minister", None, 1),
                ("Tomas Kell", "Envoy", None, 1),
            ],
        ),
        # a spelling variant with the same first name, a word glued to a name
        (
            "Finnish President Arvo Kallisto spoke. The president of Finland, Arvo Kalisto, met "
            "Minister Arvo Kallistothe envoy of the union.",
            [("Arvo Kallisto", "Finnish President", "Finland", 3)],
        ),
        # a close spelling of a different family name with another first name stays apart
        (
            "Minister Arvo Kallisto said yes. Envoy Lena Kalisto said no.",
            [("Arvo Kallisto", "Minister", None, 1), ("Lena Kalisto", "Envoy", None, 1)],
        ),
    ],
)
def test_short_forms_and_variants(text: str, expected: list[tuple[str, str | None, str | None, int]]) -> None:
    assert people_full(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Iranian President Reza Amiri, Moldova’s President Ion Vlad and others met. Moldova said yes.",
        "Chief of Defence Services said the army would stay.",
        "The State Administration said the vote would go ahead.",
    ],
)
def test_countries_and_bodies_are_not_people(text: str) -> None:
    names = {p.name for p in extract_people(make_doc(text))}
    assert not names & {"Moldova", "Services", "Defence Services", "Administration", "State Administration"}


@pytest.mark.parametrize(
    ("text", "role", "affiliation"),
    [
        ("Russian President Ivan Sorokin said so.", "Russian President", "Russia"),
        ("Argentina's President Ana Ruiz said so.", "Argentina's President", "Argentina"),
        ("GCC secretary-general Omar Nadir said so.", "GCC secretary-general", "GCC"),
        ("UN spokesman Paul Lerner said so.", "UN spokesman", "UN"),
        (
            "Kofi Amar, Special Representative of the Secretary-General and head of UNMIX, said so.",
            "Special Representative of the Secretary-General and head of UNMIX",
            "UNMIX",
        ),
        (
            "Jean Kablan, President of the ECOWAS Commission, said so.",
            "President of the ECOWAS Commission",
            "ECOWAS Commission",
        ),
        ("Qatar’s Foreign Minister Sheikh Hamad Nasser said so.", "Qatar’s Foreign Minister", "Qatar"),
        ("Secretary General Dame Ruth Okoro said so.", "Secretary General", None),
        ("Minister Lars Holm said so.", "Minister", None),
        # any demonym qualifies a role, whatever its ending
        ("Kenyan Foreign Minister Amos Kirui said so.", "Kenyan Foreign Minister", "Kenya"),
        ("Kazakh President Erlan Bekov said so.", "Kazakh President", "Kazakhstan"),
        ("French Defence Minister Luc Marel said so.", "French Defence Minister", "France"),
        ("Thai Prime Minister Somchai Wong said so.", "Thai Prime Minister", "Thailand"),
        # a role of a body whose name ends the apposition: no second name follows
        (
            "Bola Tunde, the chairman of the ECOWAS Authority, said so.",
            "chairman of the ECOWAS Authority",
            "ECOWAS Authority",
        ),
        ("EU foreign policy chief Karin Lind said so.", "EU foreign policy chief", "EU"),
        (
            "East African Community Secretary General Ana Ruiz said so.",
            "East African Community Secretary General",
            None,
        ),
        ("Kenyan opposition leader Otieno Odera said so.", "Kenyan opposition leader", "Kenya"),
        ("South Sudanese President Deng Garang said so.", "South Sudanese President", "South Sudan"),
        ("Sri Lankan President Anura Perera said so.", "Sri Lankan President", "Sri Lanka"),
        # the body a role is in stays part of it
        (
            "European Union Commission chairperson Ana Ruiz said so.",
            "European Union Commission chairperson",
            None,
        ),
        # a role never runs back past the end of a sentence
        (
            "They met in Brussels. NATO Deputy Secretary General Ada Horn said so.",
            "NATO Deputy Secretary General",
            "NATO",
        ),
    ],
)
def test_role_and_affiliation(text: str, role: str, affiliation: str | None) -> None:
    (p,) = extract_people(make_doc(text))
    assert (p.role, p.affiliation) == (role, affiliation)


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # a publication or a body after "the" never speaks as a person
        ("The National Review said the debate was over.", []),
        # a name set off from its speech verb by where the person works
        ("Dan Moore at the National Review said the debate was over.", [("Dan Moore", None)]),
        ("Ann Kerr of the Financial Times said the debate was over.", [("Ann Kerr", None)]),
        # "Jo Reed of": a name, no role, and the body after it no person
        ("Jo Reed of Human Rights Watch said the debate was over.", [("Jo Reed", None)]),
    ],
)
def test_people_named_with_where_they_work(text: str, names: list[tuple[str, str | None]]) -> None:
    assert [(p.name, p.role) for p in extract_people(make_doc(text))] == names


def test_participial_clause_is_not_a_role() -> None:
    (p,) = extract_people(make_doc("“We are ready,” said Ola Berg, speaking at a press conference in Oslo."))
    assert (p.name, p.role) == ("Ola Berg", None)


def test_weak_role_gives_way_to_a_fuller_one() -> None:
    doc = make_doc("Army chief Min Tun said so. Later Norland Defence Minister Min Tun spoke.")
    (p,) = extract_people(doc)
    assert p.role == "Norland Defence Minister"


def test_generation_suffix_is_not_the_family_name() -> None:
    # (#8) "Joseph R. Biden Jr." and "Mr. Biden" are one person
    found = extract_people(make_doc("Joseph R. Biden Jr. spoke in Ohio. Mr. Biden said no."))
    assert [(p.name, len(p.mentions)) for p in found] == [("Joseph Biden", 2)]


@pytest.mark.parametrize(
    ("text", "not_people"),
    [
        # a portfolio or a body after "of" is no name
        (
            "The statement came from the Ministry of Mines and Trade. Trade minister Ann Obi spoke.",
            {"Mines", "Trade"},
        ),
        # a place or a phrase before an apposition is no person with a role
        ("The summit opened in the Saudi city of Jeddah, with President Omar Halim taking part.", {"Jeddah"}),
        (
            "Speaking at the Simba Hall, the Chairperson of the Council, Hon Dr. Kato Mwesi, said no.",
            {"Simba Hall", "Hon"},
        ),
        # nouns that look like speech verbs after a name: "Balkan states", "the Gulf state"
        ("The meeting was important for the western Balkan states, he said.", {"Balkan"}),
        ("He flew to the Gulf state on Monday.", {"Gulf"}),
    ],
)
def test_places_portfolios_and_phrases_are_not_people(text: str, not_people: set[str]) -> None:
    names = {p.name for p in extract_people(make_doc(text))}
    assert not_people.isdisjoint(names)
    # the people these texts do name are still found
    assert names & {"Ann Obi", "Omar Halim", "Kato Mwesi"} or not_people & {"Balkan", "Gulf"}


@pytest.mark.parametrize(
    "text",
    [
        # a company or an outlet is no person, whatever it does
        "Russia’s Gazprom Neft said it signed a deal.",
        "India’s Tata Motors said it posted losses.",
        "Qatar’s Al Jazeera reported the attack.",
        # a plan, a programme or a treaty is no person, whatever is said of it
        "They also looked at the Review Programme agreed upon by the heads of state, he said.",
        "They also looked at the Kyoto Protocol signed by the ministers, she said.",
    ],
)
def test_a_company_or_an_outlet_is_no_person(text: str) -> None:
    doc = make_doc(text)
    assert extract_people(doc, countries=extract_countries(doc)) == ()


def test_surnames_that_are_also_company_words_stay_names() -> None:
    doc = make_doc(
        "Former party leader David Steel said no. “We will appeal,” Michael Steel, a spokesman, said."
    )
    assert {p.name for p in extract_people(doc)} == {"David Steel", "Michael Steel"}


def test_a_role_ending_in_a_name_is_no_role_for_the_next_name() -> None:
    roles = people_of("Present were Mozambique's President Dan Chapo, Duma Boko of Botswana and others.")
    assert roles.get("Dan Chapo") == "Mozambique's President"
    assert roles.get("Duma Boko") is None


@pytest.mark.parametrize(
    ("text", "name", "affiliation"),
    [
        # the country named after "of" right after a name is the person's
        ("Chancellor Lena Brandt of Germany spoke first.", "Lena Brandt", "Germany"),
        ("President Rosa Diaz of the Philippines spoke first.", "Rosa Diaz", "Philippines"),
        # not a city or a company named after a country, nor the state of a local office
        ("Mayor Clara Ruiz of Mexico City spoke first.", "Clara Ruiz", None),
        ("Chief executive Ann Obi of Kenya Airways said so.", "Ann Obi", None),
        ("Senator Rafe Warner of Georgia said so.", "Rafe Warner", None),
        ("King Faisal II of Jordan met aides.", "Faisal", "Jordan"),
        (
            "President Ana Mendes of Sao Tome and Principe and her aides met.",
            "Ana Mendes",
            "Sao Tome and Principe",
        ),
        # a body after "of" is no country; a role's own body stays the affiliation
        ("Researcher Ann Kerr of Human Rights Watch said so.", "Ann Kerr", None),
        ("NATO Secretary-General Jan Holm of Norway said so.", "Jan Holm", "NATO"),
    ],
)
def test_a_country_after_a_name_is_its_affiliation(text: str, name: str, affiliation: str | None) -> None:
    found = {p.name: p.affiliation for p in extract_people(make_doc(text))}
    assert found[name] == affiliation


def test_a_leader_of_a_country_named_after_the_name_answers_to_its_demonym() -> None:
    doc = make_doc(
        "President Lena Brandt of Germany and President Paul Marchand of France met in Paris.\n"
        "“We stand together,” the German leader told reporters."
    )
    (quote,) = run_extractors(doc).quotes
    assert quote.speaker is not None and quote.speaker.name == "Lena Brandt"


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        # a title, a name and a verb after a name's comma: a clause, not the first name's role
        ("Talks with Ana Ruiz, President Tom Mbeki pressed for a deal.", "Ana Ruiz", None),
        ("Ana Ruiz said so. In Lima, President Tom Mbeki paid tribute.", "Ana Ruiz", None),
        # titles joined by "and", or a title and when it was held, are a role
        (
            "Kamala Harris, Vice President and running mate, spoke.",
            "Kamala Harris",
            "Vice President and running mate",
        ),
        ("Ngozi Okafor, Director General since 2021, spoke.", "Ngozi Okafor", "Director General since 2021"),
        # a title before a body, or a possessive name, is still a role
        (
            "Dmitry Orlov, President Putin’s spokesman, said no.",
            "Dmitry Orlov",
            "President Putin’s spokesman",
        ),
        ("Ana Ruiz, Prime Minister of Cape Verde, said no.", "Ana Ruiz", "Prime Minister of Cape Verde"),
    ],
)
def test_a_clause_after_a_name_is_no_role(text: str, name: str, role: str | None) -> None:
    assert people_of(text).get(name) == role  # (no role, or not found as a person at all)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a run whose first word is a given name is a person's name, with no cue around it
        ("The committee backing Marta Lindqvist bought more airtime.", {"Marta Lindqvist": None}),
        ("Posters of Ruth Milton and Simón Arce lined the road.", {"Ruth Milton": None, "Simón Arce": None}),
        # ... not a given name that opens the names of places, bodies or titles
        ("Voters in Santa Fe and Long Island went to the polls.", {}),
        ("Will Lindqvist Win Again?", {}),
        # ... nor a name after "the", which is one of a place or a body named after a person
        ("Crowds waited at the Simón Bolívar airport.", {}),
        # ... nor a run ending in a word for a place or a body
        ("Boats crossed Ruby River to reach Kent County and Laura Society offices.", {}),
        # ... nor a given name the document writes last in another name: a family name
        ("Ruth Milton spoke in Leeds. Later, Milton Camp aides replied.", {"Ruth Milton": None}),
        # ... nor a run ending in an initial, or with a verb of a headline in it
        ("A photo by Laura M shows the hall.", {}),
        ("Marta Lindqvist Is Right About Trade, Poll Finds", {}),
        # ... nor a headline with no stop, whatever its small words
        ("Ruth Milton Ousts Lucia Ramos to Reach Final\nThe match was long.", {}),
        # ... nor a name that modifies a post or a group after it, or another name
        ("Austin Rangers forward Tomas Ferro scored twice.", {"Tomas Ferro": None}),
        ("Ruth Milton fans cheered.", {}),
        ("Ruth Milton bankers were told to return to the office.", {}),
        ("Ruth Milton has said she will run. Ruth Milton also said so.", {"Ruth Milton": None}),
        ("Flights left Marta Lindqvist International Airport late.", {}),
        ("The USS Ruth Milton docked in the bay.", {}),
        ("Marta Lindqvist Bridge reopened on Monday.", {}),
        # ... nor a state, or a town before its state
        ("Fans of the Alabama Crimson Tide and voters in Austin Texas celebrated.", {}),
    ],
)
def test_a_given_name_is_evidence_of_a_person(text: str, expected: dict[str, str | None]) -> None:
    assert people_of(text) == expected


def test_given_names_are_names_of_many_countries_in_the_latin_alphabet() -> None:
    names = given_names()
    assert {"Marta", "Hillary", "Jens", "Recep", "Gustavo", "Zuzana", "Amara"} <= names
    assert all(n[0].isupper() and n.replace("-", "").replace("'", "").isalpha() for n in names)
    assert not names & {"Мария", "the", "MARTA"}


def test_given_names_tell_a_gender_only_when_every_list_agrees() -> None:
    genders = given_name_genders()
    assert (genders["Marta"], genders["Paul"]) == ("f", "m")
    assert "Kim" not in genders and "Kim" in given_names()
    pairs = [("Ana", "f"), ("Ana", ""), ("Kim", "f"), ("Kim", "m"), ("Noa", ""), ("Мария", "f")]
    assert gendered_lines(pairs) == ["Ana f", "Kim", "Noa"]


def test_the_given_names_writer_keeps_names_in_the_latin_alphabet_only() -> None:
    names = ["Marta", "Jean-Luc", "Zoë", "Мария", "马丽", "marta", "MARTA", "A", "Ng'ang'a"]
    assert gendered_lines((n, "") for n in names) == ["Jean-Luc", "Marta", "Zoë"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a generation suffix ends the name, after a title that is a family name too
        ("The rally honoured Marcus Lee King Jr. and his dream.", {"Marcus Lee King": None}),
        # ... and a speech verb after its dot is the name's
        ("Tarvek F. Mendes Jr. said he would run.", {"Tarvek Mendes": None}),
        (
            "Prime Minister Ruth May met the leaders. Elections are due in May.",
            {"Ruth May": "Prime Minister"},
        ),
        # ... and its dot may end the sentence before another one
        (
            "Fans lined the streets for Tomas Ferro Jr. Officials said the race would start.",
            {"Tomas Ferro": None},
        ),
        # a direction after a given name is its family name, but not in a place's name
        ("Voters in Preston West said the campaign was bitter.", {}),
        (
            "Supporters include academic Ruth West and actor Tomas Ferro.",
            {"Ruth West": "academic", "Tomas Ferro": None},
        ),
    ],
)
def test_suffixes_and_directions_in_names(text: str, expected: dict[str, str | None]) -> None:
    assert people_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a lone capitalised word the text also writes in lower case is a word, not a name
        ("Organisers said the talks would cover trade. The organisers expect forty delegations.", {}),
        ("The Chief of Defence Staff said the staff were ready.", {}),
        # ... but after a form of address it is a name ("Mr. Brown", whatever colour is spoken of)
        ("Mr. Brown said the brown fields would flood.", {"Brown": None}),
        # ... nor a name the text capitalises inside a sentence, or after a title
        ("“We will grow,” Wade said. Children wade across the river.", {"Wade": None}),
        ("Secretary Rice said exports would rise. Farmers planted rice in May.", {"Rice": "Secretary"}),
        # a pronoun with its verb is no name
        (
            "Marta Lindqvist spoke first. “I’ll tell you what, I’ve never seen this,” Lindqvist said.",
            {"Marta Lindqvist": None},
        ),
    ],
)
def test_lone_words_that_are_no_names(text: str, expected: dict[str, str | None]) -> None:
    assert people_of(text) == expected
