"""The membership frame (#8): a country enumeration, a membership word and an organization,
read from the structure of an abstracted sentence rather than from a table of phrasings."""

from __future__ import annotations

import pytest
from helpers import make_doc

from generator.analysis.countries import extract_countries
from generator.analysis.members import extract_members
from generator.analysis.members.frame import frames
from generator.analysis.members.frame_words import Frame
from generator.analysis.members.rules import FRAME_RULES, RULES
from generator.analysis.organizations import extract_organizations


def _members(text: str) -> set[tuple[str, str, str, str]]:
    doc = make_doc(text)
    found = extract_members(doc, countries=extract_countries(doc), organizations=extract_organizations(doc))
    return {(m.organization, m.iso3, m.rule, m.status) for m in found}


@pytest.mark.parametrize(
    ("abstract", "expected"),
    [
        # countries first, the word after: apposition, copula, verbs, an aside between
        ("<C1> and <C2>, both <O3> members, met.", {("member", "<O3>", "<C1>"), ("member", "<O3>", "<C2>")}),
        ("<C1>, <C2> and <C3> remain members.", {("member", None, f"<C{n}>") for n in (1, 2, 3)}),
        ("<C1>, a founding member, argued.", {("member", None, "<C1>")}),
        (
            "<C1> and <C2>, also outside <O3>, belong to <O4>.",
            {("belong", "<O4>", "<C1>"), ("belong", "<O4>", "<C2>")},
        ),
        ("<C1> was admitted to <O2> in 2020.", {("admit", "<O2>", "<C1>")}),
        (
            "<C1> and <C2> were admitted as members in 2024.",
            {("admit", None, "<C1>"), ("admit", None, "<C2>")},
        ),
        ("<C1> froze its participation in <O2>.", {("freeze", "<O2>", "<C1>")}),
        ("<C1> had suspended its participation in <O2>.", {("freeze", "<O2>", "<C1>")}),
        ("<C1> joined <O2> in 1999.", {("join", "<O2>", "<C1>")}),
        # a count made light by "just" or "only", and the subject of a gerund after a preposition
        ("<C1> is one of just five member states.", {("member", None, "<C1>")}),
        ("It held, despite <C1> being one of only five <O2> members.", {("member", "<O2>", "<C1>")}),
        ("<C1>, which rejoined <O2> in 2017, abstained.", {("join", "<O2>", "<C1>")}),
        # the word first, the countries after
        ("The current members are <C1> and <C2>.", {("member", None, "<C1>"), ("member", None, "<C2>")}),
        ("<O1>'s 22 members include <C2>.", {("member", "<O1>", "<C2>")}),
        ("<O1> countries such as <C2> agreed.", {("member", "<O1>", "<C2>")}),
        ("<O1> brings together <C2> and <C3>.", {("include", "<O1>", "<C2>"), ("include", "<O1>", "<C3>")}),
        (
            "<O1>, which comprises <C2> and <C3>, met.",
            {("include", "<O1>", "<C2>"), ("include", "<O1>", "<C3>")},
        ),
        ("<O1> has suspended <C2> over the coup.", {("suspend", "<O1>", "<C2>")}),
        ("<O1> barred <C2> from its summits.", {("suspend", "<O1>", "<C2>")}),
        ("<O1> welcomed <C2> as its 54th member.", {("admit", "<O1>", "<C2>")}),
        (
            "<O1>, a permanent intergovernmental organization, includes <C2>.",
            {("include", "<O1>", "<C2>")},
        ),
    ],
)
def test_frame_reads_the_structure(abstract: str, expected: set[tuple[str, str | None, str]]) -> None:
    assert {(h.kind.value, h.org, h.item) for h in frames(abstract)} == expected


@pytest.mark.parametrize(
    "abstract",
    [
        "<C1> and <C2> could become members of <O3>.",  # a hypothetical
        "<C1> would join <O2> in 2030.",
        "<C1> and <C2> hope to join <O3>.",
        "<C1> and <C2> are not members of <O3>.",  # a negation
        "Neither <C1> nor <C2> is a member of <O3>.",
        "<C1> was a member of <O2> until 2019.",  # a past membership
        "<C1>, <C2> and <C3> have observer status in <O4>.",  # observers, partners, candidates
        "<C1> and <C2>, both dialogue partners, sent delegates.",
        "<O1>'s partners, <C2> and <C3>, attended.",
        "<C1>, <C2> and <C3>, former members, stayed away.",
        "<C1> and <C2> applied to join <O3>.",
        "Talks between <C1>, <C2> and <C3> at <O4> stalled.",  # another relation
        "<C1> hosted the <O2> summit.",
        "<O1> imposed sanctions on <C2> and <C3>.",
        "<O1> suspended aid to <C2> and <C3>.",
        "<C1> and <C2> were suspended from the talks.",
        "They spoke of <C1> being suspended by <O2>.",  # speculation, after a preposition
        "Hungary objected to <C1> being a member of <O2>.",
        "Moscow would never accept <C1> being a member of <O2>.",
        "<C1> joined <O2> in condemning the attack.",
        "<C1> and <C2> later joined the <O3> mission.",
        "<O1> gave <C2> full membership.",  # the countries are an object
        "<C1> was admitted as a member of the Human Rights Council.",  # a body we do not know
        "<O1> welcomed <C2>'s application.",
        "Talks with <O1> countries, <C2> and <C3> stalled.",  # a list beside the members, not of them
        "<C1>, whose clashes worried <C2>, belong to <O3>.",  # <C2> closes an aside: no subject
        "<C1>, the host, and <C2>, an <O3> member, signed.",  # only <C2> is said to be one
        "<O1>, a body that does not include <C2>, met.",
    ],
)
def test_frame_refuses_what_undoes_membership(abstract: str) -> None:
    found = {h.item for h in frames(abstract)}
    if "<O3> member, signed" in abstract:
        assert found == {"<C2>"}
    else:
        assert found == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Arab League summit opened in Algiers. Tunisia and Libya, both long-standing members, "
            "sent their presidents.",
            {
                ("Arab League", "TUN", "frame/member", "member"),
                ("Arab League", "LBY", "frame/member", "member"),
            },
        ),
        (
            "NATO ministers met in Vilnius. Finland and Sweden have joined since the war began.",
            {("NATO", "FIN", "frame/join", "member"), ("NATO", "SWE", "frame/join", "member")},
        ),
        (
            "The Pacific Islands Forum met in Tonga. Fiji, Samoa and Tonga are among its founding members.",
            {("PIF", iso3, "frame/member", "member") for iso3 in ("FJI", "WSM", "TON")},
        ),
        (
            "Sweden, which had applied in 2022, joined NATO in 2024.",
            {("NATO", "SWE", "joined", "member")},
        ),
        # the organization in context is the one named most, not the last one named
        (
            "ECOWAS leaders met in Abuja. Mali and Niger, which left the bloc, formed the Alliance of "
            "Sahel States. The remaining members, Ghana and Senegal, stayed.",
            # (Mali and Niger founded the AES: its members, as the frame reads "formed")
            {("ECOWAS", "GHA", "frame/member", "member"), ("ECOWAS", "SEN", "frame/member", "member")}
            | {("AES", "MLI", "frame/found", "member"), ("AES", "NER", "frame/found", "member")},
        ),
        # an organization described by the phrase set off after it, founding words and all: its
        # founders, or the founder's partners in it
        (
            "Laos joined the Eurasian Economic Union, a customs bloc founded by Kazakhstan and Belarus.",
            {("EAEU", "KAZ", "frame/found", "member"), ("EAEU", "BLR", "frame/found", "member")}
            | {("EAEU", "LAO", "joined", "member")},
        ),
        (
            "Officials praised the Eurasian Economic Union, the new Russia-led trade bloc formed with "
            "Armenia and Belarus.",
            {("EAEU", "ARM", "frame/found", "member"), ("EAEU", "BLR", "frame/found", "member")},
        ),
        (
            "NATO, the alliance created by the United States and Canada in 1949, met in Rome.",
            {("NATO", "USA", "frame/found", "member"), ("NATO", "CAN", "frame/found", "member")},
        ),
    ],
)
def test_frame_in_articles(text: str, expected: set[tuple[str, str, str, str]]) -> None:
    assert _members(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "NATO met in Brussels. Russia and Belarus were suspended from the talks.",
        "Neither Serbia nor Kosovo is a member of the EU.",
        "Britain joined the EU in condemning the attack.",
        "NATO allies and Ukraine met; Russia, Belarus and Iran, not NATO countries, objected.",
        "Talks with EU countries, Turkey and Serbia stalled.",
        "Kyrgyzstan and Tajikistan, whose border clashes worried Moscow, belong to the CSTO.",
        "The EU offered Ukraine membership talks.",
        "Egypt hosted the Arab League summit. Iran and Turkey, non-members, sent observers.",
        "Hungary blocked Ukraine's EU membership.",
        "France opposes Turkey's membership of the EU.",
        "The EU suspended Turkey's accession talks.",
        "Russia, Iran and Belarus were suspended by the SCO and later left the bloc.",
        # founded with what a country gave, not with the country
        "The Asian Development Bank, a lender created with Russia's backing, met.",
        "The EAEU was formed with Russia and Belarus in mind.",
        "The Quad, a grouping formed with Iran in mind, met.",
        "The OSCE, a forum created by the Moscow Final Act, met.",
    ],
)
def test_no_false_member(text: str) -> None:
    """None of these states that the country it names is a member (Moscow is not said to be one)."""
    found = _members(text)
    assert not {m for m in found if m[1] in {"RUS", "BLR", "IRN", "SRB", "XKX", "GBR", "TUR", "UKR"}}


def test_a_membership_criticized_or_suspended_is_held() -> None:
    assert _members("As an opposition figure he had criticized Armenian membership in the EEU.") == {
        ("EAEU", "ARM", "membership", "member")
    }
    assert {m[:2] + m[3:] for m in _members("The AU suspended Mali's membership in 2021.")} == {
        ("AU", "MLI", "suspended")
    }


def test_frame_rules_are_registered_with_their_standing() -> None:
    assert set(FRAME_RULES) == set(Frame)
    assert all(RULES[rule.id] is rule and rule.form == "frame" for rule in FRAME_RULES.values())
    assert FRAME_RULES[Frame.SUSPEND].status == "suspended"
    assert FRAME_RULES[Frame.FREEZE].status == "frozen"
    assert {r.status for k, r in FRAME_RULES.items() if k not in (Frame.SUSPEND, Frame.FREEZE)} == {"member"}


def test_frame_reads_a_list_from_its_first_item_only() -> None:
    """A list is one enumeration, read once: the frame finds every item from the first one and
    tries no start inside the list (one pass over a long list, not one per item)."""
    from generator.analysis.members import frame

    text = "<C1>, <C2> and <C3> are members."
    assert frame.COUNTRY_LIST.match(text, 0).group() == "<C1>, <C2> and <C3>"
    assert [frame.COUNTRY_LIST.match(text, text.index(tag)) for tag in ("<C2>", "<C3>")] == [None, None]
    assert [h.item for h in frames(text)] == ["<C1>", "<C2>", "<C3>"]
    # an enumeration whose first country another rule has found is not read again
    assert list(frames(text, covered={"<C1>"})) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Armenia and Belarus signed the treaty. They are both members of the EAEU.",
            {("EAEU", "ARM", "frame/member", "member"), ("EAEU", "BLR", "frame/member", "member")},
        ),
        (
            "Kenya and Ethiopia sent troops. These two countries belong to IGAD.",
            {("IGAD", "KEN", "frame/belong", "member"), ("IGAD", "ETH", "frame/belong", "member")},
        ),
        # a count of the countries before: "All three", "The three nations"
        (
            "Chad, Mali and Niger met in Niamey. All three, ruled by juntas, were suspended from ECOWAS.",
            {("ECOWAS", iso3, "frame/suspend", "suspended") for iso3 in ("TCD", "MLI", "NER")},
        ),
        (
            "Chad, Mali and Niger met in Niamey. The three nations are members of the AES.",
            {("AES", iso3, "frame/member", "member") for iso3 in ("TCD", "MLI", "NER")},
        ),
        # ... that is not the count of the countries before
        ("Chad, Mali, Togo and Niger met. The three nations are members of the AES.", set()),
        ("Chad, Mali and Niger met in Niamey. Both are members of the AES.", set()),
        ("Russia and Ukraine held talks. They are not members of NATO.", set()),
        ("Serbia and Albania applied. They would join the EU in 2030.", set()),
        # the sentence before does not open with the countries: "they" are the ministers
        ("Ministers from France and Germany met. They are members of NATO.", set()),
    ],
)
def test_frame_with_the_countries_in_the_sentence_before(
    text: str, expected: set[tuple[str, str, str, str]]
) -> None:
    assert _members(text) == expected
