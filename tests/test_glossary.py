"""Glossary: abbreviations and defined terms from the text, reference expansions."""

from __future__ import annotations

from helpers import make_doc

from generator.analysis.glossary import extract_glossary
from generator.analysis.organizations import extract_organizations
from generator.records import Entity, Mention, Span


def terms(text: str, **kw) -> dict[str, tuple[str, str]]:
    return {t.term: (t.definition, t.source) for t in extract_glossary(make_doc(text), **kw)}


def test_long_form_then_acronym() -> None:
    found = terms("Leaders of the Collective Security Treaty Organization (CSTO) met.")
    assert found["CSTO"] == ("Collective Security Treaty Organization", "article")


def test_acronym_must_fit_the_long_form() -> None:
    assert "XYZ" not in terms("The meeting in Geneva (XYZ) ended.")


def test_quoted_term_with_definition() -> None:
    text = "They created a “lead nation”, authorized to speak for the group in talks with donors."
    assert terms(text)["lead nation"] == ("authorized to speak for the group in talks with donors", "article")


def test_reference_expansion_and_article_wins() -> None:
    org = Entity(
        kind="organization",
        key="CSTO",
        name="CSTO",
        code="CSTO",
        full_name="Collective Security Treaty Organization",
        mentions=(Mention(Span(0, 4), "CSTO", "acronym"),),
    )
    assert terms("CSTO met.", organizations=(org,))["CSTO"] == (
        "Collective Security Treaty Organization",
        "reference",
    )
    text = "The Collective Security Treaty Organisation (CSTO) met."
    assert terms(text, organizations=(org,))["CSTO"] == ("Collective Security Treaty Organisation", "article")


def test_seed_glossary_defines_coordinating_state(seed_path) -> None:
    from generator.sources import read_document

    found = {t.term: t for t in extract_glossary(read_document(seed_path))}
    term = found["coordinating state"]
    assert term.definition.startswith("authorized to act on behalf of the CSTO member states")
    assert term.span is not None and term.span.paragraph == 6


def test_acronym_first_then_long_form() -> None:
    found = terms("The OWPS (Organisation of Western Pacific States) met.")
    assert found["OWPS"] == ("Organisation of Western Pacific States", "article")


def test_described_acronym_without_reference_name() -> None:
    found = terms(
        "The CAREC, a regional intergovernmental organization, met.",
        organizations=(
            Entity(
                "organization", "CAREC", "CAREC", (Mention(Span(4, 9), "CAREC", "acronym"),), code="CAREC"
            ),
        ),
    )
    assert found["CAREC"] == ("regional intergovernmental organization", "article")


def test_glossary_and_organizations_read_definitions_alike() -> None:
    from generator.analysis.organizations import extract_organizations

    text = "Ministers of the Shanghai Cooperation Organisation (SCO) and the Foo Bar Group (FBG) met."
    doc = make_doc(text)
    orgs = {o.key: o.full_name for o in extract_organizations(doc)}
    found = terms(text)
    assert found["FBG"] == ("Foo Bar Group", "article") and orgs["FBG"] == "Foo Bar Group"
    assert found["SCO"] == ("Shanghai Cooperation Organisation", "article")


def test_long_form_that_is_no_title_run_is_read_by_its_letters() -> None:
    from generator.analysis.organizations import extract_organizations

    text = "The Treaty of [Peace] Council (TPC) met."
    assert terms(text)["TPC"] == ("Treaty of [Peace] Council", "article")
    assert {o.key: o.full_name for o in extract_organizations(make_doc(text))}[
        "TPC"
    ] == "Treaty of [Peace] Council"


def test_party_label_is_no_acronym() -> None:
    from generator.analysis.organizations import extract_organizations

    text = "Democratic Sen. Clara Moss (D-Mo.) scolded him."
    assert "D-Mo." not in terms(text)
    assert extract_organizations(make_doc(text)) == ()


def test_an_acronym_spelled_out_by_a_name_in_the_article_is_the_articles() -> None:
    doc = make_doc("A meeting of the Ministerial Action Group ended. The MAG welcomed the vote.")
    terms = {t.term: t for t in extract_glossary(doc, organizations=extract_organizations(doc))}
    term = terms["MAG"]
    assert (term.definition, term.source) == ("Ministerial Action Group", "article")
    assert term.span is not None and doc.text[term.span.start : term.span.end] == "Ministerial Action Group"
