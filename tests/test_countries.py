"""Country entities: names, aliases, demonyms and capitals, with the tricky neighbours."""

from __future__ import annotations

import pytest
from helpers import make_doc

from generator.analysis.countries import extract_countries
from generator.reference import load_countries


def found(text: str) -> list[tuple[str, str, str]]:
    doc = make_doc(text)
    return [(e.key, m.text, m.rule) for e in extract_countries(doc) for m in e.mentions]


CASES = [
    ("Russia and Belarus signed.", [("RUS", "Russia", "name"), ("BLR", "Belarus", "name")]),
    # the Pacific Islands Forum's members the reference data lists that are not UN members
    (
        "Cook Islands, Niue, New Caledonia and French Polynesia met French officials.",
        [
            ("COK", "Cook Islands", "name"),
            ("NIU", "Niue", "name"),
            ("NCL", "New Caledonia", "name"),
            ("PYF", "French Polynesia", "name"),
            ("FRA", "French", "demonym"),
        ],
    ),
    ("Sao Tome and Príncipe voted.", [("STP", "Sao Tome and Príncipe", "alias")]),
    # ... not a person or a saint of that name
    ("Montserrat Caballe sang. The Saint Vincent de Paul Society met. St Vincent Ferrer preached.", []),
    # a name's "and" written "&", a name's short form, and a territory that is a CARICOM member
    (
        "Antigua & Barbuda, St. Kitts-Nevis, St Vincent and Montserrat voted.",
        [
            ("ATG", "Antigua & Barbuda", "alias"),
            ("KNA", "St. Kitts-Nevis", "alias"),
            ("VCT", "St Vincent", "alias"),
            ("MSR", "Montserrat", "name"),
        ],
    ),
    ("The Russian Federation objected.", [("RUS", "Russian Federation", "name")]),
    ("Yerevan said no.", [("ARM", "Yerevan", "capital")]),
    ("Armenian officials met.", [("ARM", "Armenian", "demonym")]),
    (
        "Bahamian and Vincentian officials met.",
        [("BHS", "Bahamian", "demonym"), ("VCT", "Vincentian", "demonym")],
    ),
    ("A Papua New Guinean envoy spoke.", [("PNG", "Papua New Guinean", "demonym")]),
    ("Guinea-Bissau and Guinea met.", [("GNB", "Guinea-Bissau", "name"), ("GIN", "Guinea", "name")]),
    (
        "Equatorial Guinea and Papua New Guinea.",
        [("GNQ", "Equatorial Guinea", "name"), ("PNG", "Papua New Guinea", "name")],
    ),
    ("Niger borders Nigeria.", [("NER", "Niger", "name"), ("NGA", "Nigeria", "name")]),
    ("South Sudan split from Sudan.", [("SSD", "South Sudan", "name"), ("SDN", "Sudan", "name")]),
    (
        "DR Congo and the Republic of the Congo.",
        [("COD", "DR Congo", "name"), ("COG", "Republic of the Congo", "name")],
    ),
    (
        "The United Arab Emirates and the UAE.",
        [("ARE", "United Arab Emirates", "name"), ("ARE", "UAE", "alias")],
    ),
    (
        "The US and the U.S. and the United States.",
        [("USA", "US", "alias"), ("USA", "U.S.", "alias"), ("USA", "United States", "name")],
    ),
    ("Britain and the UK.", [("GBR", "Britain", "alias"), ("GBR", "UK", "alias")]),
    ("Türkiye, also called Turkey.", [("TUR", "Türkiye", "alias"), ("TUR", "Turkey", "name")]),
    ("Ivory Coast and Côte d'Ivoire.", [("CIV", "Ivory Coast", "alias"), ("CIV", "Côte d'Ivoire", "name")]),
    ("East Timor, now Timor-Leste.", [("TLS", "East Timor", "alias"), ("TLS", "Timor-Leste", "name")]),
    (
        "Laos, Vietnam, Syria, Iran, Brunei, South Korea, Kosovo, Palestine.",
        [
            ("LAO", "Laos", "name"),
            ("VNM", "Vietnam", "name"),
            ("SYR", "Syria", "name"),
            ("IRN", "Iran", "name"),
            ("BRN", "Brunei", "name"),
            ("KOR", "South Korea", "name"),
            ("XKX", "Kosovo", "name"),
            ("PSE", "Palestine", "name"),
        ],
    ),
    ("Chad Smith and Michael Jordan spoke in Chad.", [("TCD", "Chad", "name")]),
    ("In Chad, and Across Georgia.", [("TCD", "Chad", "name"), ("GEO", "Georgia", "name")]),
    # an official name is one mention of its country, not a shorter name inside it
    (
        "The Federated States of Micronesia, the Democratic People's Republic of Korea and the "
        "Republic of Korea.",
        [
            ("FSM", "Federated States of Micronesia", "name"),
            ("PRK", "Democratic People's Republic of Korea", "name"),
            ("KOR", "Republic of Korea", "alias"),
        ],
    ),
    ("Latin American and South American leaders.", []),
    # "Congo" alone is the Republic of the Congo, the DRC named beside it or not
    (
        "Congo and the Democratic Republic of Congo met. Congo spoke first.",
        [
            ("COG", "Congo", "alias"),
            ("COD", "Democratic Republic of Congo", "alias"),
            ("COG", "Congo", "alias"),
        ],
    ),
    ("The united front.", []),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_country_mentions(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert sorted(found(text)) == sorted(expected)


def test_entity_carries_iso_code_common_and_official_name() -> None:
    doc = make_doc("Moscow spoke. The Russian Federation agreed with Russia.")
    (russia,) = extract_countries(doc)
    assert (russia.kind, russia.key, russia.code, russia.name, russia.full_name) == (
        "country",
        "RUS",
        "RUS",
        "Russia",
        "Russian Federation",
    )
    assert [doc.covered(m.span) for m in russia.mentions] == ["Moscow", "Russian Federation", "Russia"]
    assert russia.aliases == ("Moscow", "Russian Federation")


def test_entities_sorted_by_first_mention() -> None:
    doc = make_doc("Kazakhstan and Armenia.\nArmenia again.")
    assert [e.key for e in extract_countries(doc)] == ["KAZ", "ARM"]
    assert extract_countries(doc)[1].mentions[1].span.paragraph == 1


def test_every_country_has_a_display_name() -> None:
    # pycountry's sort names ("Micronesia, Federated States of") are never shown
    for iso3, ref in load_countries().items():
        assert ref.name != iso3 and "," not in ref.name, iso3


def test_reference_data_is_broad() -> None:
    countries = load_countries()
    assert len(countries) >= 150
    assert countries["VNM"].name == "Vietnam" and countries["BRN"].name == "Brunei"
    # the country, not the region: "Micronesia" alone still names it
    assert (
        countries["FSM"].name == "Federated States of Micronesia" and "Micronesia" in countries["FSM"].aliases
    )
    assert all(ref.name and ref.full_name for ref in countries.values())
