"""The learned reading of membership: what it reads, when it adds a member, and how it marks one.

The model's own weights are trained data; these tests put simple weights in their place so
that each assertion is about the mechanism, then check the shipped model file itself.
"""

from __future__ import annotations

import json
from importlib import resources

import pytest
from helpers import make_doc

from generator.analysis.members import learned
from generator.analysis.members.extract import extract_members


@pytest.fixture
def member_word_model(monkeypatch: pytest.MonkeyPatch) -> None:
    """A model sure of any pair whose sentence says "member", and of nothing else."""
    monkeypatch.setattr(learned, "model", lambda: (-4.0, {"s:member": 9.0}, 0.9))


def learned_members(text: str) -> set[tuple[str, str]]:
    return {(m.organization, m.iso3) for m in extract_members(make_doc(text)) if m.rule == "learned"}


@pytest.mark.usefixtures("member_word_model")
def test_a_pair_the_rules_miss_is_added_as_uncertain() -> None:
    # no phrasing rule reads "Kenya" as a member here; the model, sure of "member", does
    text = "The EAC met in Arusha. Talks on the member budget went on as Kenya watched."
    members = [m for m in extract_members(make_doc(text)) if m.rule == "learned"]
    assert [(m.organization, m.iso3, m.certainty) for m in members] == [("EAC", "KEN", "uncertain")]


@pytest.mark.usefixtures("member_word_model")
def test_pairs_the_rules_found_are_left_to_the_rules() -> None:
    members = extract_members(make_doc("Kenya is a member of the EAC."))
    assert [(m.iso3, m.rule) for m in members] == [("KEN", "is-member")]


@pytest.mark.usefixtures("member_word_model")
@pytest.mark.parametrize(
    "text",
    [
        # no membership word in the sentence: the model does not read it
        "The EAC summit was attended by Kenya, Uganda and Rwanda.",
        # a negation before the country undoes the statement
        "The EAC met. It was criticised for not admitting Somalia as a member.",
        # a membership that ended is no membership, whatever the model makes of the rest
        "Talks went on in Arusha. Burundi's membership of the EAC was terminated last year.",
        "The EAC met. The member rights of Burundi were revoked in March.",
    ],
)
def test_no_pair_without_a_membership_word_or_under_a_negation(text: str) -> None:
    assert learned_members(text) == set()


def test_probability_is_the_logistic_of_the_summed_weights(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(learned, "model", lambda: (0.0, {"a": 1.0, "b": -1.0}, 0.9))
    assert learned.probability(frozenset()) == 0.5
    assert learned.probability(frozenset({"a", "b"})) == 0.5
    assert learned.probability(frozenset({"a"})) == pytest.approx(0.7310585786)


def test_the_shipped_model_is_complete() -> None:
    data = json.loads(
        resources.files("generator.analysis.members").joinpath("pairs_model.json").read_text(encoding="utf-8")
    )
    assert 0.5 < data["threshold"] < 1
    assert data["trained_on"]["tune_articles"] > 0 and data["trained_on"]["bank_sentences"] > 0
    assert len(data["weights"]) > 100
    bias, weights, threshold = learned.model()
    assert (bias, threshold) == (data["bias"], data["threshold"])
    # what the model learned agrees with the structure of membership statements
    assert weights["s:member"] > 0 > weights.get("s:observer", -1.0)


@pytest.fixture
def comma_model(monkeypatch: pytest.MonkeyPatch) -> None:
    """A model sure of a country right after a comma (in a sentence with a membership word), of
    nothing else: in an enumeration it takes the middle items, never the first or the last."""
    monkeypatch.setattr(learned, "model", lambda: (-4.0, {"l1:,": 9.0}, 0.9))


@pytest.mark.usefixtures("comma_model")
def test_the_rest_of_an_enumeration_the_model_took_most_of_is_taken() -> None:
    text = (
        "SAARC met in March. The member budget was set as India, Pakistan, Nepal, Bhutan and Sri Lanka "
        "looked on."
    )
    assert learned_members(text) == {("SAARC", c) for c in ("IND", "PAK", "NPL", "BTN", "LKA")}


@pytest.mark.usefixtures("comma_model")
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # half of the enumeration is no majority
        (
            "SAARC met. The member budget was set as India, Pakistan, Nepal and Bhutan watched.",
            {"PAK", "NPL"},
        ),
        # two countries are no enumeration to read as one
        ("SAARC met. The member budget was set as the hosts, India, and Pakistan, watched.", {"IND"}),
        # a country outside the enumeration is not part of it
        (
            "SAARC met. The member budget was set as India, Pakistan, Nepal, Bhutan and Sri Lanka watched, "
            "and so did China.",
            {"IND", "PAK", "NPL", "BTN", "LKA"},
        ),
    ],
)
def test_only_the_enumeration_a_majority_of_was_taken_is_completed(text: str, expected: set[str]) -> None:
    assert learned_members(text) == {("SAARC", c) for c in expected}


@pytest.mark.usefixtures("comma_model")
def test_an_enumeration_is_completed_only_with_the_organizations_listed_members() -> None:
    # the model (here) takes Ghana, Senegal and France; of the rest, Nigeria is an ECOWAS member in
    # the reference data and Chad is not: another party named with the members
    text = (
        "ECOWAS met in May. The member budget was set as Nigeria, Ghana, Senegal, France and Chad looked on."
    )
    assert {c for _, c in learned_members(text)} == {"GHA", "SEN", "FRA", "NGA"}


def reference_members(text: str) -> list[tuple[str, str, str]]:
    return [
        (m.organization, m.iso3, m.certainty)
        for m in extract_members(make_doc(text))
        if m.rule == "enumeration:reference"
    ]


def test_an_enumeration_of_reference_members_is_read_as_uncertain_members() -> None:
    # no phrasing rule reads a list of leaders as members; all four are BRICS members in the
    # reference data, and the sentence names BRICS
    text = "Delegates from Brazil, Russia, India and China sat down at the BRICS summit in Kazan."
    assert reference_members(text) == [
        ("BRICS", "BRA", "uncertain"),
        ("BRICS", "RUS", "uncertain"),
        ("BRICS", "IND", "uncertain"),
        ("BRICS", "CHN", "uncertain"),
    ]


def test_an_enumeration_beside_a_second_organization_is_of_the_one_that_has_every_country() -> None:
    # BRICS has Russia and China, but not Kazakhstan or Uzbekistan: the list is the SCO's, named
    # nearest it
    text = (
        "The BRICS meeting coincides with a summit of the SCO, including Russia, China, Kazakhstan "
        "and Uzbekistan."
    )
    assert reference_members(text) == [
        ("SCO", "RUS", "uncertain"),
        ("SCO", "CHN", "uncertain"),
        ("SCO", "KAZ", "uncertain"),
        ("SCO", "UZB", "uncertain"),
    ]


def test_a_list_the_membership_is_extended_to_is_read_as_uncertain_members() -> None:
    # "to" before a list is a destination ("sent envoys to"), not after the organization's growth
    text = "The European Union extended membership to Cyprus, Malta and Slovenia in 2004."
    assert reference_members(text) == [
        ("EU", "CYP", "uncertain"),
        ("EU", "MLT", "uncertain"),
        ("EU", "SVN", "uncertain"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        # one country the organization does not have: talks among parties, not a list of members
        "Envoys of Chad, Niger, Mali and France held talks at the ECOWAS office in Abuja.",
        # two countries are no enumeration
        "Kenya and Uganda sent ministers to the IGAD meeting in Djibouti.",
        # the organization named nowhere in the sentence
        "The EAC met in Arusha. Kenya, Uganda and Rwanda sent their trade ministers.",
        # the countries that send troops to the organization's force, not its member list
        "The EAC regional force drew its soldiers from Kenya, Uganda and Burundi.",
        "Troops from Kenya, Uganda and Burundi serve in the EAC's mission in Goma.",
        # a year before one of them joined: not yet a member then
        "At the 2015 BRICS summit in Ufa, leaders met envoys of Egypt, Ethiopia and Iran.",
        # places, or what the organization acts on
        "NATO aircraft flew over Albania, Croatia and Montenegro in the exercise.",
        "The AU sent envoys to Mali, Niger and Burkina Faso.",
        "The EU warned Greece, Italy and Spain over their budgets.",
        # a second organization named in the sentence may own the list
        "Cuba, Venezuela and Nicaragua skipped the OAS meeting, a CELAC diplomat said.",
        # ... and, when both have member lists, every country may be in either
        "Leaders of France, Germany and Italy met at the EU and NATO summits.",
        # ... or the organization stands in another clause
        "Hungary, Slovakia and Czechia argued over quotas; the EU presidency stayed silent.",
        # staying out, breaking away
        "For years Bulgaria, Romania and Croatia were kept outside the Schengen area.",
    ],
)
def test_no_reference_enumeration_where_the_list_is_not_of_members(text: str) -> None:
    assert reference_members(text) == []


@pytest.mark.parametrize(
    ("stated", "not_stated"),
    [
        ("sent ministers to", "began pulling out of"),  # leaving
        ("sent ministers to", "want to join"),  # a membership wished for
        ("sent ministers to", "sent observers to"),  # another standing
        ("sent ministers to", "did not send ministers to"),  # a negation
    ],
)
def test_a_sentence_of_leaving_wishing_or_other_standing_adds_no_reference_members(
    stated: str, not_stated: str
) -> None:
    text = "Kenya, Uganda and Rwanda {} the EAC summit in Arusha."
    assert [iso3 for _, iso3, _ in reference_members(text.format(stated))] == ["KEN", "UGA", "RWA"]
    assert reference_members(text.format(not_stated)) == []
