"""Titles derived from the lead, and the outlet and venue the lead names."""

from __future__ import annotations

import pytest
from helpers import make_doc

from generator.analysis.provenance import derive_title, extract_provenance


@pytest.mark.parametrize(
    ("lead", "title"),
    [
        ("Short lead sentence here. Second sentence.", "Short lead sentence here"),
        (
            "GENEVA: The council met on Monday to discuss the budget for the next two years.",
            "The council met on Monday to discuss the budget for the next two years",
        ),
        (
            "PORT TOWN, ISLANDS – MONDAY 01 MAY 2023: The forum opened with a call for unity.",
            "The forum opened with a call for unity",
        ),
        (
            "The bloc admitted two new members on Friday, ending a review that took more than four years "
            "and divided its older members deeply.",
            "The bloc admitted two new members on Friday",
        ),
        (
            "Speaking on a radio show in the capital city on Monday evening, the envoy said that the talks "
            "would resume after the elections.",
            "Speaking on a radio show in the capital city on Monday evening, the envoy said that the…",
        ),
    ],
)
def test_derived_title(lead: str, title: str) -> None:
    assert derive_title(make_doc(lead)) == title


def test_front_matter_title_wins() -> None:
    assert derive_title(make_doc("Lead.", title="Given")) == "Given"


def test_seed_provenance(seed_path) -> None:
    from generator.sources import read_document

    doc = read_document(seed_path)
    found = extract_provenance(doc)
    assert (found.outlet, found.venue) == ("Report", "National Defense magazine")
    assert (
        found.outlet_span is not None
        and doc.text[found.outlet_span.start : found.outlet_span.end] == "Report"
    )
    assert derive_title(doc) == "Armenia has not recently participated in the work of the CSTO secretariat"


def test_no_provenance_in_plain_lead() -> None:
    found = extract_provenance(make_doc("The ministers met and agreed on a plan."))
    assert found.outlet is None and found.venue is None


def test_every_title_is_a_safe_title() -> None:
    lead = 'Officials met </title><script>alert(1)</script> in "the capital" on Monday. More.'
    assert (
        derive_title(make_doc(lead))
        == "Officials met ‹/title›‹script›alert(1)‹/script› in “the capital” on Monday"
    )
    given = make_doc("Lead.", title="&lt;/title&gt; <b>x</b>")
    assert derive_title(given) == "＆lt;/title＆gt; ‹b›x‹/b›"
