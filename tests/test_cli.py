"""The `briefing` command: help, JSON schema, errors, README commands."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from generator.cli import main

ROOT = Path(__file__).resolve().parent.parent


def run(*args: str):
    return CliRunner().invoke(main, list(args))


def test_help_lists_commands() -> None:
    result = run("--help")
    assert result.exit_code == 0
    for command in ("generate", "extract", "check"):
        assert re.search(rf"^\s+{command}\s+\S", result.output, re.M), command


@pytest.mark.parametrize("command", ["generate", "extract", "check"])
def test_each_command_has_help(command: str) -> None:
    result = run(command, "--help")
    assert result.exit_code == 0
    assert "Usage: main " + command in result.output or f"{command} [OPTIONS]" in result.output


def test_extract_json_schema(seed_path: Path) -> None:
    result = run("extract", "--json", str(seed_path))
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["schema"] == "briefing/1"
    (doc,) = data["documents"]
    assert doc["source"] == seed_path.as_posix()
    assert len(doc["paragraphs"]) == 8
    assert {"quotes", "members", "topics", "entities", "title", "slug"} <= doc.keys()
    assert {t["id"]: t["paragraphs"] for t in doc["topics"]}["peacekeeping-un"] == [4, 5, 6]


def test_extract_missing_file_is_one_error_line(tmp_path: Path) -> None:
    missing = tmp_path / "nope.txt"
    result = CliRunner().invoke(main, ["extract", "--json", str(missing)])
    assert result.exit_code == 1
    assert result.stderr == f"Error: {missing}: no such file or folder\n"


def test_extract_bad_file_names_it_and_keeps_the_others(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Fine text.")
    (tmp_path / "b.txt").write_bytes(b"\xff")
    result = CliRunner().invoke(main, ["extract", "--json", str(tmp_path)])
    assert result.exit_code == 1
    assert result.stderr == f"Error: {(tmp_path / 'b.txt').as_posix()}: not valid UTF-8 (byte 0)\n"
    assert [d["slug"] for d in json.loads(result.stdout)["documents"]] == ["a"]


def test_check(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Fine text.")
    assert run("check", str(tmp_path)).output == "1 article OK.\n"
    (tmp_path / "b.md").write_text("---\n: [\n---\nx")
    result = CliRunner().invoke(main, ["check", str(tmp_path)])
    assert result.exit_code == 1
    assert result.stderr.startswith(f"Error: {(tmp_path / 'b.md').as_posix()}: invalid YAML front matter")


def test_generate_writes_pages_and_refuses_to_clobber(tmp_path: Path, seed_path: Path) -> None:
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "a.txt").write_bytes(seed_path.read_bytes())
    out = tmp_path / "out"
    result = run("generate", "--seeds", str(seeds), "--out", str(out))
    assert result.exit_code == 0, result.output
    assert (out / "briefings" / "a.md").read_text(encoding="utf-8").startswith("# ")
    assert result.stdout.rstrip().endswith(f"to {out} from 1 article.")
    # the flags the pages show are written beside them, as SVG files
    assert sorted(p.name for p in (out / "assets" / "flags").iterdir())[:2] == ["am.svg", "by.svg"]
    assert json.loads((out / "data" / "briefings.json").read_text())["schema"] == "briefing/1"
    (out / "mine.md").write_text("keep")
    assert run("generate", "--seeds", str(seeds), "--out", str(out)).exit_code == 0
    assert (out / "mine.md").read_text() == "keep"
    (out / "index.md").unlink()
    (out / "index.md").write_text("user page")
    (out / ".briefing-manifest.json").unlink()
    result = CliRunner().invoke(main, ["generate", "--seeds", str(seeds), "--out", str(out)])
    assert result.exit_code == 1
    assert "exists and was not written by the generator" in result.stderr
    assert (out / "index.md").read_text() == "user page"


def test_generate_is_byte_identical(tmp_path: Path) -> None:
    a, b = tmp_path / "a", tmp_path / "b"
    assert run("generate", "--seeds", str(ROOT / "seeds"), "--out", str(a)).exit_code == 0
    assert run("generate", "--seeds", str(ROOT / "seeds"), "--out", str(b)).exit_code == 0
    files_a = sorted(p.relative_to(a) for p in a.rglob("*") if p.is_file())
    assert files_a == sorted(p.relative_to(b) for p in b.rglob("*") if p.is_file())
    for rel in files_a:
        assert (a / rel).read_bytes() == (b / rel).read_bytes(), rel


def test_readme_quick_start_commands_exist() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    for target in ("site", "test"):
        assert f"make {target}" in readme
        assert re.search(rf"^{target}:", makefile, re.M)
    assert "make test" in (ROOT / ".ci" / "run").read_text()


def test_extract_with_custom_topics(tmp_path: Path, seed_path: Path) -> None:
    topics = tmp_path / "topics.yaml"
    topics.write_text("- id: alliance\n  title: Alliances\n  words: [alliance, ally]\n", encoding="utf-8")
    result = run("extract", "--json", "--topics", str(topics), str(seed_path))
    assert result.exit_code == 0, result.output
    (doc,) = json.loads(result.output)["documents"]
    assert [(t["id"], t["paragraphs"]) for t in doc["topics"]] == [("alliance", [1, 2])]


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        ("- id: x\n  title: X\n", "invalid topics file: topic 'x' has no words or names"),
        ("just text", "invalid topics file: expected a list of topics"),
        ("- title: X\n  words: [a]\n", "invalid topics file: missing key 'id'"),
        (
            "- id: x\n  title: X\n  names: [{not_after: [a]}]\n",
            "invalid topics file: a name given as a mapping needs",
        ),
        ("- id: x\n  title: X\n  names: Alpha\n", "invalid topics file: names must be a list"),
    ],
)
def test_bad_topics_file(tmp_path: Path, seed_path: Path, content: str, reason: str) -> None:
    topics = tmp_path / "topics.yaml"
    topics.write_text(content, encoding="utf-8")
    result = CliRunner().invoke(main, ["extract", "--json", "--topics", str(topics), str(seed_path)])
    assert result.exit_code == 1
    assert result.stderr.startswith(f"Error: {topics}: {reason}")


def test_home_lists_newest_first(tmp_path: Path) -> None:
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    for name, date in (("a", "2024-01-05"), ("b", None), ("c", "2025-03-01")):
        front = (
            f"---\ntitle: Article {name}\ndate: {date}\n---\n"
            if date
            else f"---\ntitle: Article {name}\n---\n"
        )
        (seeds / f"{name}.md").write_text(front + "Text.", encoding="utf-8")
    out = tmp_path / "out"
    assert run("generate", "--seeds", str(seeds), "--out", str(out)).exit_code == 0
    home = (out / "index.md").read_text(encoding="utf-8")
    assert home.index("Article c") < home.index("Article a") < home.index("Article b")


def test_pages_name_files_relative_to_the_seeds_parent(tmp_path: Path) -> None:
    seeds = tmp_path / "elsewhere" / "seeds"
    seeds.mkdir(parents=True)
    (seeds / "a.md").write_text("---\noutlet: The Gazette\n---\nTalks ended, TASS reports.", encoding="utf-8")
    out = tmp_path / "out"
    assert run("generate", "--seeds", str(seeds), "--out", str(out)).exit_code == 0
    page = (out / "briefings" / "a.md").read_text(encoding="utf-8")
    assert '"source":"seeds/a.md"' in (out / "data" / "briefings.json").read_text(encoding="utf-8")
    assert "seeds/a.md" not in page, "readers see no file paths"
    assert "<strong>Source:</strong> The Gazette" in page, "the file's own metadata wins over the text"


def test_glossary_links_the_article_that_defines_the_term(tmp_path: Path) -> None:
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "a.txt").write_text("The ABC met.\n\nIt ended.", encoding="utf-8")
    (seeds / "b.txt").write_text("One.\n\nTwo.\n\nThe Alpha Beta Council (ABC) met.", encoding="utf-8")
    out = tmp_path / "out"
    assert run("generate", "--seeds", str(seeds), "--out", str(out)).exit_code == 0
    glossary = (out / "glossary" / "index.md").read_text(encoding="utf-8")
    rows = glossary.splitlines()
    row = next(line for line in rows if line.startswith("<tr><td><strong><abbr") and ">ABC</abbr>" in line)
    assert "Alpha Beta Council" in row
    assert '<a href="../briefings/b/#p3">¶3</a>' in row


def test_generate_strict_writes_nothing_when_an_article_is_bad(tmp_path: Path) -> None:
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "a.txt").write_text("Fine.", encoding="utf-8")
    (seeds / "b.txt").write_bytes(b"\xff")
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["generate", "--seeds", str(seeds), "--out", str(out), "--strict"])
    assert result.exit_code == 1
    assert result.stderr == "Error: seeds/b.txt: not valid UTF-8 (byte 0)\n"
    assert not out.exists()
    lenient = CliRunner().invoke(
        main, ["generate", "--seeds", str(seeds), "--out", str(out), "--site-name", "Desk"]
    )
    assert lenient.exit_code == 0
    assert (out / "index.md").read_text(encoding="utf-8").startswith("# Desk\n")


def test_size_limits_are_flags(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Fine text about the harbour.\n" * 10, encoding="utf-8")  # 290 bytes
    (tmp_path / "notes.docx").write_bytes(b"x")
    assert run("check", str(tmp_path)).exit_code == 0
    result = CliRunner().invoke(main, ["check", "--max-article-bytes", "200", str(tmp_path)])
    assert result.exit_code == 1
    a, notes = (tmp_path / "a.txt").as_posix(), (tmp_path / "notes.docx").as_posix()
    assert result.stderr.splitlines() == [
        f"Note: {notes}: ignored: not an article file type (.docx); "
        "articles are .txt, .md, .markdown, .html, .htm",
        f"Error: {a}: file is 290 bytes, over the limit of 200 bytes (max_article_bytes)",
    ]
    result = CliRunner().invoke(main, ["extract", "--json", "--max-paragraph-chars", "20", str(tmp_path)])
    assert result.exit_code == 1
    assert f"Error: {a}: the paragraph at line 1 is 28 characters, over the limit of 20" in result.stderr
    result = CliRunner().invoke(main, ["check", "--max-paragraph-chars", "0", str(tmp_path)])
    assert result.exit_code == 2
    assert "0 is not in the range x>=1" in result.stderr


def test_generate_skips_an_oversized_article_unless_strict(tmp_path: Path) -> None:
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "a.txt").write_text("Fine.", encoding="utf-8")
    (seeds / "b.txt").write_text("A long line about the harbour and the port.", encoding="utf-8")
    out = tmp_path / "out"
    args = ["generate", "--seeds", str(seeds), "--out", str(out), "--max-article-bytes", "40"]
    result = CliRunner().invoke(main, [*args, "--strict"])
    assert result.exit_code == 1
    assert (
        result.stderr
        == "Error: seeds/b.txt: file is 43 bytes, over the limit of 40 bytes (max_article_bytes)\n"
    )
    assert not out.exists()
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 0
    assert (out / "briefings" / "a.md").is_file() and not (out / "briefings" / "b.md").exists()


def test_generate_reports_where_the_time_went(tmp_path: Path) -> None:
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "a.txt").write_text("Talks ended.", encoding="utf-8")
    result = CliRunner().invoke(main, ["generate", "--seeds", str(seeds), "--out", str(tmp_path / "out")])
    assert result.exit_code == 0
    assert re.fullmatch(
        r"Generated 1 article, \d+ generated files in [\d.]+ s "
        r"\(read [\d.]+ s, analyse [\d.]+ s, render [\d.]+ s\)\.\n",
        result.stderr,
    )
