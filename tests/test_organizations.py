"""Organization entities: reference names and variants, in-text acronyms, case rules."""

from __future__ import annotations

import pytest
from helpers import make_doc

from generator.analysis.acronyms import implied_definitions
from generator.analysis.organizations import extract_organizations
from generator.reference import load_countries, load_organizations


def keys(text: str) -> list[str]:
    return [e.key for e in extract_organizations(make_doc(text))]


CASES = [
    ("The CSTO met.", ["CSTO"]),
    ("The Collective Security Treaty Organisation met.", ["CSTO"]),
    ("The UN and the U.N. and the United Nations.", ["UN"]),
    ("Unifil and UNIFIL patrol.", ["UNIFIL"]),
    ("The who said un-elected leaders were unhappy.", []),
    ("United Arab Emirates and the United front.", []),
    ("The EEU and the Eurasian Economic Union and the EAEU.", ["EAEU"]),
    ("Asean and ASEAN.", ["ASEAN"]),
    ("Opec and Brics members met.", ["OPEC", "BRICS"]),  # acronyms in title case
    # a name usually written in lower case, as a whole word only
    ("Prices in the eurozone and the euro area rose; neo-eurozones did not.", ["Eurozone"]),
    # organizations of states beyond the largest ones, under their usual names
    (
        "The Andean Community, La Francophonie, the Visegrad Group and the Nordic Council met.",
        ["Andean Community", "OIF", "V4", "Nordic Council"],
    ),
    ("Leaders of BIMSTEC and SICA met; the CAN was not there, and we can wait.", ["BIMSTEC", "SICA"]),
    ("Unasur split as the Pacific Alliance met.", ["UNASUR", "Pacific Alliance"]),
    # British and American spellings of one name
    ("The Shanghai Co-operation Organisation and the Organization of Islamic Co-operation.", ["SCO", "OIC"]),
    ("The Organization for Petroleum Exporting Countries met.", ["OPEC"]),
    # development banks, trade agreements and export-control regimes whose members are states
    ("Britain became a founding member of the Asian Infrastructure Investment Bank.", ["AIIB"]),
    ("The Nuclear Suppliers Group (NSG) met; NSG members agreed.", ["NSG"]),
    # (an acronym that names other things too counts only where the name is written)
    ("India's National Security Guard, the NSG, was deployed.", []),
    ("The USMCA replaced NAFTA.", ["USMCA", "NAFTA"]),
    ("Members of the Organisation for the Prohibition of Chemical Weapons voted; the OPCW agreed.", ["OPCW"]),
    ("Maldives hosted the Colombo Security Conclave.", ["Colombo Security Conclave"]),
    # (the European Space Agency only where its name is written)
    ("The ESA rules of the league changed.", []),
    # (nor an acronym written as a given name is: "Irena", "Asem")
    ("“The festival is safe,” Irena Petrovic said. Irena added that tickets were sold out.", []),
    ("The Economic Community of Central African States (CEEAC) met; CEEAC leaders agreed.", ["ECCAS"]),
    # a hyphen between capitalised words also written as a space, or before a small letter
    ("The Conference on Interaction and Confidence Building Measures in Asia met.", ["CICA"]),
    ("The Conference on Interaction and Confidence-building Measures in Asia met.", ["CICA"]),
    ("Leaders of the Asia Pacific Economic Cooperation forum met.", ["APEC"]),
    ("The African Union (AU) and the AU.", ["AU"]),
    ("The League of Arab States, or Arab League.", ["Arab League"]),
    ("The Commonwealth of Independent States and the Commonwealth of Nations.", ["CIS", "Commonwealth"]),
    # one word of a name the article gives in full is that organization's short form
    ("The Commonwealth of Independent States met. The Commonwealth agreed.", ["CIS"]),
    # (not when the longer name is never given in full: "the Commonwealth" may be the other one)
    ("The CIS met in Minsk. Britain hosts the Commonwealth summit.", ["CIS", "Commonwealth"]),
    ("Gambia rejoined the Commonwealth.", ["Commonwealth"]),
    ("The Pacific Islands Forum met.", ["PIF"]),
    (
        "The AU Peace and Security Council met; the UN Security Council too.",
        ["AU Peace and Security Council", "UN Security Council"],
    ),
    ("Iran's Supreme National Security Council met.", []),
    ("The Alliance of Sahel States (AES) met.", ["AES"]),
    # groupings of states within or around the EU, and an old name of the Turkic states' body
    ("The Three Seas Initiative met in Warsaw.", ["Three Seas"]),
    ("Croatia entered the Schengen area and the Eurozone in 2023.", ["Schengen", "Eurozone"]),
    ("The Turkic Council summit opened.", ["OTS"]),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_organization_keys(text: str, expected: list[str]) -> None:
    assert sorted(keys(text)) == sorted(expected)


def test_reference_organization_entity() -> None:
    doc = make_doc("The Collective Security Treaty Organization (CSTO) met. The CSTO agreed.")
    (csto,) = extract_organizations(doc)
    assert (csto.kind, csto.key, csto.code, csto.name, csto.full_name) == (
        "organization",
        "CSTO",
        "CSTO",
        "CSTO",
        "Collective Security Treaty Organization",
    )
    assert [m.text for m in csto.mentions] == ["Collective Security Treaty Organization", "CSTO", "CSTO"]


def test_acronym_defined_in_the_text() -> None:
    doc = make_doc("Leaders of the Organisation of Western Pacific States (OWPS) met. OWPS agreed.")
    (owps,) = extract_organizations(doc)
    assert (owps.key, owps.code, owps.full_name) == (
        "OWPS",
        "OWPS",
        "Organisation of Western Pacific States",
    )
    assert [(m.text, m.rule) for m in owps.mentions] == [
        ("Organisation of Western Pacific States", "defined"),
        ("OWPS", "acronym"),
        ("OWPS", "acronym"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a name set off after the noun of what it is, and its later mentions
        (
            "The grouping, Lunar Security Conclave, issued a declaration. The Lunar Security Conclave met.",
            [("Lunar Security Conclave", 2)],
        ),
        ("A new bloc, the Lunar Basin Pact, met in Dakar.", [("Lunar Basin Pact", 1)]),
        # ... never a person's name, nor a country's
        ("Leaders of the alliance, John Smith, said.", []),
        ("The bloc, Kenya, said.", []),
    ],
)
def test_an_organization_named_after_what_it_is(text: str, expected: list[tuple[str, int]]) -> None:
    assert [(e.key, len(e.mentions)) for e in extract_organizations(make_doc(text))] == expected


@pytest.mark.parametrize(
    ("text", "full_name"),
    [
        # the words before the name whose initials the acronym's letters also allow are left out
        ("Leaders of the Lunar Basin Commission (LBC) met in Dakar.", "Lunar Basin Commission"),
        (
            "The Political Affairs Committee of the Parliamentary Assembly of the Lunar Union (PALU) met.",
            "Parliamentary Assembly of the Lunar Union",
        ),
        # ... while a name whose initials do not spell it keeps the letters' reading
        ("The Developing-8 (D-8) met.", "Developing-8"),
    ],
)
def test_a_defined_name_starts_where_its_initials_spell_the_acronym(text: str, full_name: str) -> None:
    (org,) = extract_organizations(make_doc(text))
    assert org.full_name == full_name


def test_a_defined_name_written_again_is_a_mention_of_it() -> None:
    # before and after its definition; a defined thing that is no body is not read so
    text = (
        "Envoys went to the Organisation of Western Pacific States. The Organisation of Western Pacific "
        "States (OWPS) met. OWPS agreed. The Organisation of Western Pacific States has ten members. "
        "They signed a Memorandum of Understanding (MoU); the Memorandum of Understanding is short."
    )
    owps = next(e for e in extract_organizations(make_doc(text)) if e.key == "OWPS")
    assert [(m.text, m.rule) for m in owps.mentions] == [
        ("Organisation of Western Pacific States", "name"),
        ("Organisation of Western Pacific States", "defined"),
        ("OWPS", "acronym"),
        ("OWPS", "acronym"),
        ("Organisation of Western Pacific States", "name"),
    ]
    mou = [e for e in extract_organizations(make_doc(text)) if e.key == "MoU"]
    assert all(m.text == "MoU" or m.rule == "defined" for e in mou for m in e.mentions)


def test_country_acronym_is_not_an_organization() -> None:
    assert keys("The United Arab Emirates (UAE) hosted it.") == []


def test_member_lists_carry_source_and_date() -> None:
    orgs = load_organizations()
    for key in (
        "CSTO",
        "NATO",
        "EU",
        "SCO",
        "BRICS",
        "EAEU",
        "ASEAN",
        "AU",
        "GCC",
        "Mercosur",
        "Commonwealth",
    ):
        members = orgs[key].members
        assert members is not None and members.source and members.as_of, key
    assert [iso for iso, _ in orgs["CSTO"].members.states] == ["ARM", "BLR", "KAZ", "KGZ", "RUS", "TJK"]
    assert dict(orgs["CSTO"].members.left) == {"AZE": 1999, "GEO": 1999, "UZB": 2012}
    # CARICOM's full members: the four founders of 1973, Montserrat (a British territory) in 1974 and
    # Haiti last, in 2002
    caricom = dict(orgs["CARICOM"].members.states)
    assert len(caricom) == 15 and caricom["JAM"] == 1973 and caricom["MSR"] == 1974 and caricom["HTI"] == 2002
    # OPEC+: OPEC's twelve and the ten other producers of the Declaration of Cooperation
    opec_plus = dict(orgs["OPEC+"].members.states)
    assert len(opec_plus) == 22 and {"RUS", "KAZ", "MEX"} <= set(opec_plus)
    assert set(dict(orgs["OPEC"].members.states)) < set(opec_plus)
    assert len(orgs["CELAC"].members.states) == 33
    # lists compiled from their sources, with who left and who is suspended
    sizes = {key: len(orgs[key].members.states) for key in ("OIC", "OSCE", "OAS", "COMESA", "IORA", "APEC")}
    assert sizes == {"OIC": 57, "OSCE": 57, "OAS": 34, "COMESA": 21, "IORA": 23, "APEC": 19}
    assert dict(orgs["OAS"].members.left) == {"NIC": 2023}
    assert [iso for iso, _ in orgs["OIC"].members.suspended] == ["SYR"]


@pytest.mark.parametrize(
    ("text", "key", "full_name"),
    [
        # (#8) an acronym defined or described in any position
        ("The CAREC, a regional intergovernmental organization, met.", "CAREC", None),
        (
            "Leaders of the OWPS (Organisation of Western Pacific States) met.",
            "OWPS",
            "Organisation of Western Pacific States",
        ),
        (
            "The Organisation of Western Pacific States (OWPS) met.",
            "OWPS",
            "Organisation of Western Pacific States",
        ),
        # an acronym with digits, which the name holds too
        ("The Group of 99 (G99) met in Havana.", "G99", "Group of 99"),
        ("Leaders of the Developing-6 (D-6) met in Cairo.", "D-6", "Developing-6"),
        # an acronym the text never defines, spelled out by a body's name it writes elsewhere
        (
            "The decision came after a meeting of the Ministerial Action Group. The MAG welcomed it.",
            "MAG",
            "Ministerial Action Group",
        ),
        # (an acronym that is also a measure, when a party's name spells it)
        (
            "The Communist Party of India met in Delhi. The CPI opposed the bill.",
            "CPI",
            "Communist Party of India",
        ),
        # (a reference organization's name inside that name is part of it)
        (
            "A meeting of the Commonwealth Ministerial Action Group ended. The CMAG welcomed it.",
            "CMAG",
            "Commonwealth Ministerial Action Group",
        ),
    ],
)
def test_acronym_defined_or_described_anywhere(text: str, key: str, full_name: str | None) -> None:
    found = {o.key: o.full_name for o in extract_organizations(make_doc(text))}
    assert found == {key: full_name}


@pytest.mark.parametrize(
    "text",
    [
        "The ACME, a US firm, grew.",  # what it is: not an organization noun
        "The US, a close ally, agreed.",  # a country
        "The meeting in Geneva (XYZ) ended.",  # initials that do not fit
        "The meeting in Geneva (GQ9) ended.",  # digits the name lacks
        "Sen. Jo Reed (D-Mo.) spoke.",  # a party label
        "Hassan Sheikh Mohamud spoke. HSM was cheered.",  # initials of a name that is no body's
        # (reviewed) acronyms of other things, and a country's
        "The Central Election Office said turnout was high.\nThe CEO of the company resigned.",
        "The Group of Democratic Parties met in Tirana.\nThe country's GDP grew 3 percent.",
        "The Defence Review Council met in Kigali.\nFighting continued in eastern DRC.",
    ],
)
def test_not_a_defined_organization(text: str) -> None:
    assert extract_organizations(make_doc(text)) == ()


@pytest.mark.parametrize(
    ("text", "key", "full_name"),
    [
        # a name that says it is an organization, with no acronym
        ("The Coral Sea Rim Association's members met.", "Coral Sea Rim Association", None),
        # the words before it that are no part of it
        (
            "Leaders of the Coral Sea Rim Association met. CSRA members signed.",
            "CSRA",
            "Coral Sea Rim Association",
        ),
        # the noun before "of" or "for", and an acronym whose digit the name spells out
        (
            "The Southern Seven Organization for Economic Cooperation met. S-7 members signed.",
            "S-7",
            "Southern Seven Organization for Economic Cooperation",
        ),
        ("The Union of South Pacific Nations met.", "Union of South Pacific Nations", None),
    ],
)
def test_an_organization_named_by_what_it_is(text: str, key: str, full_name: str | None) -> None:
    (org,) = extract_organizations(make_doc(text))
    assert (org.key, org.full_name) == (key, full_name or key)


@pytest.mark.parametrize(
    "text",
    [
        "Fans gathered in Union Square.",  # the noun opens a name of other words
        "The Soviet Union collapsed in 1991.",  # a former state
        "The Union of Comoros voted.",  # a state's style
        "The Union met.",  # one word
    ],
)
def test_no_organization_named_so(text: str) -> None:
    assert extract_organizations(make_doc(text)) == ()


def test_an_article_in_capitals_opens_no_name() -> None:
    # a lede's first words in capitals: the article is not the organization's acronym
    found = extract_organizations(make_doc("THE EASTERN Highlands Union, meeting on Friday, vowed support."))
    assert [o.key for o in found] == ["EASTERN Highlands Union"]


def test_a_short_form_of_a_name_is_that_organization() -> None:
    text = "The Alliance of Sahel States (AES) met. The Sahel Alliance signed a treaty."
    (org,) = extract_organizations(make_doc(text))
    assert org.key == "AES" and [m.text for m in org.mentions][-1] == "Sahel Alliance"


def test_no_reference_organization_is_named_as_a_country() -> None:
    # (a YAML flow list splits a name with a comma: "[Australia, New Zealand and ...]")
    countries = {n for c in load_countries().values() for n in (c.name, *c.aliases)}
    for org in load_organizations().values():
        for name in (org.full_name, *org.variants, org.code or ""):
            assert name not in countries, (org.key, name)


@pytest.mark.parametrize(
    ("text", "key", "mentions"),
    [
        # an acronym the text defines for an organization whose acronym the reference leaves out
        (
            "The Arab Maghreb Union (AMU) has been dormant. The AMU was founded in 1989.",
            "AMU",
            ["Arab Maghreb Union", "AMU", "AMU"],
        ),
        (
            "The Council of Europe (COE) met. The COE agreed.",
            "Council of Europe",
            ["Council of Europe", "COE", "COE"],
        ),
        (
            "Leaders of the Bucharest Nine met. The B9 agreed.",
            "B9",
            ["Bucharest Nine", "B9"],
        ),
        # the acronym of a reference organization that names other things too, defined for another
        # body in a text that never names the organization, is that body
        (
            "The Malaria Research Unit (MRU) said so. The MRU agreed.",
            "Malaria Research Unit",
            ["Malaria Research Unit", "MRU", "MRU"],
        ),
        (
            "The International Boxing and Sports Association (IBSA) met.",
            "International Boxing and Sports Association",
            ["International Boxing and Sports Association", "IBSA"],
        ),
        # ... but a spelling of the reference organization's own name is that organization
        (
            "The Association of South East Asian Nations (ASEAN) met. ASEAN agreed.",
            "ASEAN",
            ["Association of South East Asian Nations", "ASEAN", "ASEAN"],
        ),
        ("The Mano River Union (MRU) met. The MRU agreed.", "MRU", ["Mano River Union", "MRU", "MRU"]),
        (
            "The Arab Medical Union (AMU) met. The AMU agreed.",
            "Arab Medical Union",
            ["Arab Medical Union", "AMU", "AMU"],
        ),
        # a name in another language stays the reference organization's
        (
            "The Comunidad de Estados Latinoamericanos y Caribeños (CELAC) met. CELAC agreed.",
            "CELAC",
            ["CELAC", "CELAC"],
        ),
    ],
)
def test_an_acronym_is_the_organization_the_text_gives_it_to(
    text: str, key: str, mentions: list[str]
) -> None:
    (org,) = extract_organizations(make_doc(text))
    assert (org.key, [m.text for m in org.mentions]) == (key, mentions)


@pytest.mark.parametrize(
    "text",
    [
        "Guam hosted the talks.",  # the island, not GUAM
        "The AMU students protested.",  # an acronym the reference leaves out, not defined here
        "Take vitamin B9, also called folate.",
        "The rocket landed on D-8, two days after launch.",
    ],
)
def test_ambiguous_reference_acronyms_name_no_organization(text: str) -> None:
    assert extract_organizations(make_doc(text)) == ()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the small words of a name stand between its capitalised words
        (
            "Officials of the Bank for the Reconstruction of Ports spoke. The BRP agreed.",
            [("BRP", "Bank for the Reconstruction of Ports")],
        ),
        # the first name in the text that spells it, and inside a longer run of capitalised words
        (
            "The Grand Trade Action Group met. Later the Trade Action Group and the TAG spoke.",
            [("TAG", "Trade Action Group")],
        ),
        # a full stop, a comma or a bracket breaks a name: no name spells these
        ("They met in Port Moresby. Action Group officials said. The PMAG met.", []),
        ("Port Moresby, Action Group officials said the PMAG met.", []),
        ("The (Trade Action) Group said the TAG met.", []),
        # nor a word that only holds the capital: "MacAdam" is one word
        ("The Trade MacAdam Group said the TMAG met.", []),
    ],
)
def test_an_undefined_acronym_is_spelled_out_by_one_unbroken_name(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert [(d.short, d.long) for d in implied_definitions(text)] == expected
