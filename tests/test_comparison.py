"""Members per article beside reference data: differences are flagged, not invented."""

from __future__ import annotations

from helpers import make_doc

from generator.analysis.runner import run_extractors
from generator.comparison import compare_members


def comparison(text: str):
    (c,) = compare_members(run_extractors(make_doc(text)))
    return c


def test_full_list_that_leaves_out_a_member() -> None:
    c = comparison("The CSTO currently includes Armenia, Belarus, Kazakhstan and Russia.")
    assert c.omitted == ("Kyrgyzstan", "Tajikistan")
    assert c.source and c.as_of
    assert {r.country: r.reference for r in c.rows}["Armenia"] == "suspended"


def test_non_member_named_as_member_is_flagged() -> None:
    c = comparison(
        "The CSTO currently includes Armenia, Belarus, Uzbekistan, Kazakhstan, Kyrgyzstan, "
        "Russia and Tajikistan."
    )
    flagged = [r.country for r in c.rows if r.difference]
    assert flagged == ["Uzbekistan"]
    assert c.omitted == ()


def test_single_statement_is_not_a_full_list() -> None:
    c = comparison("Finland became the 31st member of NATO on Tuesday.")
    assert c.omitted == ()
    assert c.differences == 0


def test_suspensions_are_not_a_full_list() -> None:
    c = comparison("The African Union has suspended Mali, Guinea, Sudan and Niger.")
    assert c.omitted == ()
