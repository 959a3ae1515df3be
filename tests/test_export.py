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
