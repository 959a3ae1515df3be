"""Member certainty: members only the membership frame found are "uncertain" and shown as
possibly members, never asserted; members a phrasing rule found are "sure".

Every text here is invented.
"""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from helpers import make_doc

from generator.analysis.runner import run_extractors
from generator.export import members_csv, to_json
from generator.pipeline import generate

# paragraph 2: only the frame ("have joined") finds Finland and Sweden;
# paragraph 3: a phrasing rule ("is a member of") finds Estonia
ARTICLE = (
    "Alliance talks in Vilnius\n\n"
    "NATO ministers met in Vilnius on Tuesday. Finland and Sweden have joined since the war began.\n\n"
    "Estonia is a member of NATO, the minister said.\n"
)


def _certainties(text: str) -> list[tuple[str, str, str, int]]:
    b = run_extractors(make_doc(text))
    return [(m.iso3, m.rule.split("/")[0], m.certainty, m.span.paragraph) for m in b.members]


def test_frame_members_are_uncertain_and_rule_members_sure() -> None:
    assert _certainties(ARTICLE) == [
        ("FIN", "frame", "uncertain", 1),
        ("SWE", "frame", "uncertain", 1),
        ("EST", "is-member", "sure", 2),
    ]


def test_a_sure_statement_wins_over_the_frame_for_the_same_member() -> None:
    text = ARTICLE + "\nFinland is a member of NATO as well.\n"
    found = {iso3: (rule, certainty, paragraph) for iso3, rule, certainty, paragraph in _certainties(text)}
    # the later phrasing rule proves Finland's membership; Sweden stays uncertain
    assert found["FIN"] == ("is-member", "sure", 3)
    assert found["SWE"] == ("frame", "uncertain", 1)


def test_json_and_csv_keep_every_member_with_its_certainty() -> None:
    b = run_extractors(make_doc(ARTICLE))
    members = json.loads(to_json([b]))["documents"][0]["members"]
    assert [(m["iso3"], m["certainty"]) for m in members] == [
        ("FIN", "uncertain"),
        ("SWE", "uncertain"),
        ("EST", "sure"),
    ]
    rows = list(csv.DictReader(io.StringIO(members_csv([b]))))
    assert [(r["iso3"], r["certainty"]) for r in rows] == [
        ("FIN", "uncertain"),
        ("SWE", "uncertain"),
        ("EST", "sure"),
    ]


def _pages(tmp_path: Path, text: str) -> dict[str, str]:
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "vilnius.txt").write_text(text, encoding="utf-8")
    return generate(seeds).pages


def _possibly(briefing: str) -> str:
    return next(line for line in briefing.splitlines() if line.startswith("<p>Possibly members"))


def test_briefing_asserts_sure_members_and_shows_uncertain_ones_as_possible(tmp_path: Path) -> None:
    briefing = _pages(tmp_path, ARTICLE)["briefings/vilnius.md"]
    section = briefing.split("## Member states")[1].split("## Key quotes")[0]
    table = section.split("<tbody>")[1].split("</tbody>")[0]
    assert "<td>Estonia</td>" in table
    assert "Finland" not in table and "Sweden" not in table
    line = _possibly(section)
    assert line.startswith("<p>Possibly members (the article's wording is less certain): Finland (")
    assert '<a href="#p2">¶2</a>, Sweden (' in line
    assert "Estonia" not in line
    glance = briefing.split("At a glance")[1].split("</div>")[0]
    assert "1 member state stated in the article: Estonia</li>" in glance
    assert "possibly 2 member states (the wording is less certain): Finland, Sweden</li>" in glance
    assert 'title="possibly a member of NATO"' in briefing
    assert 'title="member of NATO"' in briefing


def test_only_uncertain_members_are_not_stated(tmp_path: Path) -> None:
    text = ARTICLE.replace("Estonia is a member of NATO, the minister said.", "The minister said nothing.")
    pages = _pages(tmp_path, text)
    section = pages["briefings/vilnius.md"].split("## Member states")[1].split("## Key quotes")[0]
    assert "names no member states" not in section
    assert "<table>" not in section
    assert "Finland" in _possibly(section)
    glance = pages["briefings/vilnius.md"].split("At a glance")[1].split("</div>")[0]
    assert "possibly 2 member states" in glance
    assert "Nothing was extracted" not in glance
    assert "members/nato.md" not in pages
    assert "0 member states" in pages["briefings/index.md"]


def test_cross_article_members_page_lists_sure_members_only(tmp_path: Path) -> None:
    pages = _pages(tmp_path, ARTICLE)
    listing = pages["members/nato.md"]
    world, table = listing.split("</svg>")
    assert "<td>Estonia</td>" in table
    assert "Finland" not in table and "Sweden" not in table
    # the map draws sure members only (every country has an outline with its name)
    assert "<desc" in world and "Members: Estonia.</desc>" in world
    assert "<title>Estonia — member</title>" in world
    assert "<title>Finland</title>" in world and "Finland — " not in world and "Sweden — " not in world
    assert "1 member state" in pages["briefings/index.md"]
