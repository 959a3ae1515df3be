"""A real `mkdocs build` of a seeds folder holding every kind of bad or stray file (#10)."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest
from test_site import MKDOCS, make_project

pytestmark = pytest.mark.site

STORY = (
    "The harbour council of Valdmoor met on Tuesday to discuss the new ferry line.\n\n"
    "“We will open the line in spring,” said Ilse Varga, the council's chair.\n"
)
# file name -> what the build says about it (None: the file builds)
BAD = {
    "oversized.txt": "file is 1,200,000 bytes, over the limit of 1,000,000 bytes (max_article_bytes)",
    "one-line.txt": "the paragraph at line 1 is 59,999 characters, over the limit of 50,000 characters "
    "per paragraph (max_paragraph_chars)",
    "empty.txt": "no text (the article is empty)",
    "blank.md": "no text (the article is empty)",
    "binary.txt": "binary file (contains NUL bytes)",
    "latin1.txt": "not valid UTF-8 (byte 26)",
    "broken.md": "invalid YAML front matter at line 3: expected ',' or ']', but got '<stream end>'",
}
STRAY = (".hidden.txt", "story.txt~", "#story.txt#", ".story.txt.swp", "story.bak", ".drafts/old.txt")


def seeds() -> dict[str, str | bytes]:
    files: dict[str, str | bytes] = {
        "story.txt": STORY,
        "Ferry Line.txt": STORY.replace("Tuesday", "Monday"),
        "ferry-line.md": "---\ntitle: The ferry line\n---\n" + STORY,
        "Заявление совета.txt": STORY.replace("Valdmoor", "Kessel"),
        "café-talks.txt": STORY.replace("ferry", "tram"),
        "oversized.txt": ("x" * 99 + "\n") * 12_000,
        "one-line.txt": "word " * 12_000,  # 60,000 characters, the last a space that is dropped
        "empty.txt": "",
        "blank.md": "\n   \n\t\n",
        "binary.txt": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR",
        "latin1.txt": "The council met at the caf\xe9 on the quay.".encode("latin-1"),
        "broken.md": "---\ntitle: [unclosed\n---\nBody text.",
        "notes.docx": b"PK\x03\x04",
        "map.png": b"\x89PNG\r\n\x1a\n",
    }
    files.update({name: STORY for name in STRAY if "/" not in name})
    return files


def build(project: Path, site: str, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "SOURCE_DATE_EPOCH": "1700000000", "NO_MKDOCS_2_WARNING": "1"}
    command = [*MKDOCS, "build", "-f", str(project / "mkdocs.yml"), "-d", str(project / site), *args]
    return subprocess.run(command, capture_output=True, text=True, env=env)


@pytest.fixture(scope="module")
def project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    project = make_project(tmp_path_factory.mktemp("bad"), seeds())
    os.symlink("someone@host.4242", project / "seeds" / ".#story.txt")  # an Emacs lock file
    (project / "seeds" / ".drafts").mkdir()
    (project / "seeds" / ".drafts" / "old.txt").write_text(STORY, encoding="utf-8")
    return project


@pytest.fixture(scope="module")
def lenient(project: Path) -> subprocess.CompletedProcess[str]:
    return build(project, "site")


def test_every_bad_file_is_named_once_with_its_reason(lenient: subprocess.CompletedProcess[str]) -> None:
    assert lenient.returncode == 0, lenient.stderr
    errors = [line for line in lenient.stderr.splitlines() if line.startswith("ERROR")]
    assert len(errors) == len(BAD), errors
    for name, reason in BAD.items():
        assert lenient.stderr.count(f"seeds/{name}") == 1, name
        assert f"Could not process seeds/{name}: {reason}" in lenient.stderr


def test_stray_files_are_quiet_and_other_types_are_noted_once(
    project: Path, lenient: subprocess.CompletedProcess[str]
) -> None:
    for name in (*STRAY, ".#story.txt"):
        assert f"seeds/{name}" not in lenient.stderr, name
    for name in ("notes.docx", "map.png"):
        assert lenient.stderr.count(f"seeds/{name}") == 1, name
        assert f"INFO    -  generator: seeds/{name}: ignored: not an article file type" in lenient.stderr
    assert not [line for line in lenient.stderr.splitlines() if line.startswith("WARNING")]
    verbose = build(project, "site-verbose", "-v")
    for name in (*STRAY, ".#story.txt"):
        assert verbose.stderr.count(f"seeds/{name}") == 1, name
        assert f"DEBUG   -  generator: seeds/{name}: ignored (" in verbose.stderr


def test_the_good_articles_build_under_distinct_slugs(
    project: Path, lenient: subprocess.CompletedProcess[str]
) -> None:
    built = sorted(p.parent.name for p in (project / "site" / "briefings").glob("*/index.html"))
    assert built == ["article", "cafe-talks", "ferry-line", "ferry-line-2", "story"]
    assert lenient.stderr.count("seeds/Ferry Line.txt") == 1
    assert (
        "INFO    -  generator: seeds/ferry-line.md: published as briefings/ferry-line-2/ "
        "(slug 'ferry-line' is taken by seeds/Ferry Line.txt)"
    ) in lenient.stderr
    page = (project / "site" / "briefings" / "article" / "index.html").read_text(encoding="utf-8")
    assert "Kessel" in page  # from "Заявление совета.txt"
    page = (project / "site" / "briefings" / "cafe-talks" / "index.html").read_text(encoding="utf-8")
    assert "tram line" in page


def test_strict_build_fails_naming_the_bad_files(project: Path) -> None:
    strict = build(project, "site-strict", "--strict", "-q")
    assert strict.returncode == 1
    for name, reason in BAD.items():
        assert f"Could not process seeds/{name}: {reason}" in strict.stderr


def test_two_builds_are_byte_identical(project: Path, lenient: subprocess.CompletedProcess[str]) -> None:
    again = build(project, "site-again", "-q")
    assert again.returncode == 0, again.stderr
    one, two = project / "site", project / "site-again"
    files = sorted(p.relative_to(one) for p in one.rglob("*") if p.is_file())
    assert files == sorted(p.relative_to(two) for p in two.rglob("*") if p.is_file())
    for rel in files:
        assert (one / rel).read_bytes() == (two / rel).read_bytes(), rel


def test_limits_are_plugin_options(tmp_path: Path) -> None:
    project = make_project(tmp_path, {"story.txt": STORY})
    config = project / "mkdocs.yml"
    text = config.read_text(encoding="utf-8")
    config.write_text(
        text.replace("templates: templates", "templates: templates\n      max_article_bytes: 100")
    )
    result = build(project, "site", "-q")
    assert result.returncode == 0, result.stderr
    assert (
        "Could not process seeds/story.txt: file is 156 bytes, over the limit of 100 bytes" in result.stderr
    )
    config.write_text(
        text.replace("templates: templates", "templates: templates\n      max_paragraph_chars: 0")
    )
    result = build(project, "site", "-q")
    assert result.returncode == 1
    assert "option 'max_paragraph_chars' must be a positive number" in result.stderr
