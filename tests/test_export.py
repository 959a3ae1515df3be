"""Data downloads: the JSON schema and CSV files, safe to open in a spreadsheet."""

from __future__ import annotations

import csv
import io
import json

from helpers import make_doc

from generator.analysis.runner import run_extractors
from generator.export import briefing_data, members_csv, quotes_csv, to_json


def test_csv_cells_never_start_a_formula() -> None:
    doc = make_doc("“=SUM(A1:A9) is what we will pay for this,” Foreign Minister Jane Doe said.")
    rows = list(csv.reader(io.StringIO(quotes_csv([run_extractors(doc)]))))
    assert rows[0] == [
        "article",
        "paragraph",
        "kind",
        "speaker",
        "role",
        "speaker_certainty",
        "speaker_doubt",
        "resolved_by",
        "cue",
        "text",
    ]
    assert rows[1][-1] == "'=SUM(A1:A9) is what we will pay for this,"
    assert rows[1][1] == "1" and rows[1][3] == "Jane Doe"
    assert rows[1][5:7] == ["sure", ""]


def test_members_csv_and_json_agree(seed_path) -> None:
    from generator.sources import read_document

    b = run_extractors(read_document(seed_path))
    rows = list(csv.DictReader(io.StringIO(members_csv([b]))))
    assert [r["iso3"] for r in rows] == ["ARM", "BLR", "KAZ", "KGZ", "RUS", "TJK"]
    assert all(r["paragraph"] == "8" for r in rows)
    data = json.loads(to_json([b]))
    assert [m["iso3"] for m in data["documents"][0]["members"]] == [r["iso3"] for r in rows]
    assert data["documents"][0]["members"][0]["paragraph"] == 7, "JSON paragraphs are 0-based"


def test_compact_json_is_the_indented_document_without_whitespace(seed_path) -> None:
    from generator.sources import read_document

    briefings = [
        run_extractors(read_document(seed_path)),
        run_extractors(make_doc("“We act,” Jane Doe said.")),
    ]
    compact = to_json(briefings, compact=True)
    assert json.loads(compact) == json.loads(to_json(briefings))
    assert compact == json.dumps(json.loads(compact), ensure_ascii=False, separators=(",", ":")) + "\n"
    assert to_json([], compact=True) == '{"schema":"briefing/1","documents":[]}\n'


def test_json_text_is_the_standard_librarys_text(seed_path) -> None:
    from generator.sources import read_document

    briefings = [
        run_extractors(read_document(seed_path)),
        run_extractors(make_doc("“Wir handeln — çà et là,” Jane Doe said.\tTab\n\nNo quote \\ here \u2028.")),
    ]
    data = {"schema": "briefing/1", "documents": [briefing_data(b) for b in briefings]}
    assert to_json(briefings) == json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    assert (
        to_json(briefings[1:])
        == json.dumps({**data, "documents": data["documents"][1:]}, ensure_ascii=False, indent=2) + "\n"
    )
    assert to_json([]) == json.dumps({"schema": "briefing/1", "documents": []}, indent=2) + "\n"
    compact = json.dumps(data, ensure_ascii=False, separators=(",", ":")) + "\n"
    assert to_json(briefings, compact=True) == compact


def _members(text: str) -> list[tuple[str, str, str, str]]:
    data = briefing_data(run_extractors(make_doc(text)))
    return [(m["organization"], m["organization_key"], m["country"], m["iso3"]) for m in data["members"]]


def test_members_are_named_as_the_article_names_them_with_their_reference_ids() -> None:
    # no `PIF` written: the organization is the name the article uses, its id beside it
    text = (
        "Leaders of the Pacific Islands Forum met in Apia. The forum's members include Fiji,"
        " Samoa and Tonga.\nThe Pacific Islands Forum will meet again next year."
    )
    assert _members(text) == [
        ("Pacific Islands Forum", "PIF", "Fiji", "FJI"),
        ("Pacific Islands Forum", "PIF", "Samoa", "WSM"),
        ("Pacific Islands Forum", "PIF", "Tonga", "TON"),
    ]
    # the id is written (in another case): the id, in the reference data's case
    assert _members("The Pacific Islands Forum (Pif) counts Fiji among its members. Pif leaders met.") == [
        ("PIF", "PIF", "Fiji", "FJI")
    ]


def test_a_members_country_is_the_name_the_article_uses_most_never_a_demonym_or_capital() -> None:
    # `DR Congo` (the reference name) is never written: the first of two names used once each
    text = (
        "The Southern African Development Community has 16 members, among them the Democratic"
        " Republic of Congo and Malawi. The DRC hosted the summit.\nOfficials in Kinshasa, envoys"
        " from Kinshasa and Kinshasa's ministers said SADC would act."
    )
    assert _members(text) == [
        ("SADC", "SADC", "Democratic Republic of Congo", "COD"),
        ("SADC", "SADC", "Malawi", "MWI"),
    ]
    # used more often, its letters `DRC` are not the name while the name is written; alone, they are
    assert _members(text + " The DRC will host the next one.")[0][2] == "Democratic Republic of Congo"
    alone = "The Southern African Development Community has 16 members, among them the DRC and Malawi."
    assert _members(alone)[0][2] == "DRC"
    # a short form counts as the full name it opens
    short = (
        "OECS members include St Vincent and the Grenadines and Dominica. St Vincent hosted the "
        "summit, and St Vincent's leader spoke."
    )
    assert _members(short)[0][2:] == ("St Vincent and the Grenadines", "VCT")
    # letters that do not abbreviate the other name stay a name of their own
    uk = "The UK joined NATO in 1949. The UK voted. Team Great Britain won."
    assert _members(uk) == [("NATO", "NATO", "UK", "GBR")]


def test_members_csv_names_members_as_the_json_does() -> None:
    text = "Leaders of the Pacific Islands Forum met. The forum's members include Fiji and the Cook Islands."
    b = run_extractors(make_doc(text))
    rows = list(csv.DictReader(io.StringIO(members_csv([b]))))
    data = briefing_data(b)["members"]
    assert [(r["organization"], r["organization_key"], r["country"], r["iso3"]) for r in rows] == [
        (m["organization"], m["organization_key"], m["country"], m["iso3"]) for m in data
    ]
    assert rows[0]["organization"] == "Pacific Islands Forum" and rows[0]["organization_key"] == "PIF"


def test_an_organizations_id_written_as_another_organizations_name_is_kept() -> None:
    from generator.export import written_names
    from generator.records import Entity, Mention, Span

    def entity(key: str, *texts: str) -> Entity:
        mentions = tuple(Mention(Span(i, i + 1), t, "variant") for i, t in enumerate(texts))
        return Entity("organization", key, key, mentions)

    # `Sadc` defined as a misspelt full name, while the written `Sadc` is read as SADC's
    misspelt = entity("Sadc", "Southern Africa Development Community")
    sadc = entity("SADC", "Sadc", "Southern African Development Community")
    assert written_names([misspelt, sadc]) == {}
    assert written_names([misspelt]) == {("organization", "Sadc"): "Southern Africa Development Community"}
