"""People extraction: names, roles from appositions, surname mentions."""

from __future__ import annotations

import pytest
from test_quotes import SEED, make_doc

from generator.analysis.people import extract_people
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
        ("The report was published in Geneva on Monday.", {}),
        ("Unifil said it had been hit.", {}),
        ("Sources said the talks failed.", {}),
        (
            "President of Norway Ivo Banner and President of Sweden Ola Kemp met.",
            {"Ivo Banner": "President", "Ola Kemp": "President"},
        ),
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
