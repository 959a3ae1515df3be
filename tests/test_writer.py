"""Writing pages: atomic, and never touching files the generator did not write."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.errors import GeneratorError
from generator.writer import MANIFEST, write_pages


def test_writes_pages_and_manifest(tmp_path: Path) -> None:
    write_pages({"index.md": "# Home\n", "briefings/a.md": "A\n"}, tmp_path)
    assert (tmp_path / "index.md").read_text() == "# Home\n"
    assert (tmp_path / "briefings" / "a.md").read_text() == "A\n"
    assert (tmp_path / MANIFEST).exists()


def test_rewrites_own_files_and_removes_stale_ones(tmp_path: Path) -> None:
    write_pages({"a.md": "1", "b.md": "1"}, tmp_path)
    write_pages({"a.md": "2"}, tmp_path)
    assert (tmp_path / "a.md").read_text() == "2"
    assert not (tmp_path / "b.md").exists()


def test_refuses_to_overwrite_a_user_file(tmp_path: Path) -> None:
    (tmp_path / "index.md").write_text("mine")
    with pytest.raises(GeneratorError, match="exists and was not written by the generator"):
        write_pages({"index.md": "generated", "other.md": "x"}, tmp_path)
    assert (tmp_path / "index.md").read_text() == "mine"
    assert not (tmp_path / "other.md").exists(), "nothing is written when one page is refused"


def test_never_deletes_a_user_file(tmp_path: Path) -> None:
    write_pages({"a.md": "1"}, tmp_path)
    (tmp_path / "notes.md").write_text("mine")
    write_pages({}, tmp_path)
    assert (tmp_path / "notes.md").read_text() == "mine"


@pytest.mark.parametrize("path", ["../escape.md", "/abs.md", MANIFEST])
def test_refuses_paths_outside_the_folder(tmp_path: Path, path: str) -> None:
    with pytest.raises(GeneratorError, match="refusing to write outside"):
        write_pages({path: "x"}, tmp_path / "out")


@pytest.mark.parametrize("bad", ["../victim.txt", "/etc/victim.txt"])
def test_a_manifest_never_leads_outside_the_folder(tmp_path: Path, bad: str) -> None:
    out = tmp_path / "out"
    out.mkdir()
    victim = tmp_path / "victim.txt"
    victim.write_text("keep")
    (out / MANIFEST).write_text(f'["{bad}"]')
    with pytest.raises(GeneratorError, match="refusing to write outside"):
        write_pages({"a.md": "x"}, out)
    assert victim.read_text() == "keep"


def test_a_run_that_stops_halfway_still_owns_its_files(tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    (out / "sub").write_text("a file where a folder should be: writing sub/c.md fails")
    with pytest.raises(OSError):
        write_pages({"a.md": "1", "sub/c.md": "2"}, out)
    assert (out / "a.md").read_text() == "1"
    (out / "sub").unlink()
    write_pages({"a.md": "3", "sub/c.md": "4"}, out)
    assert (out / "a.md").read_text() == "3"
