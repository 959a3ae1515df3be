"""What a seeds folder may hold besides articles: oversized files, editor leftovers,
other file types, colliding and non-ASCII names."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from generator.discovery import scan, why_not_an_article
from generator.errors import InputError
from generator.limits import check_paragraphs
from generator.pipeline import load
from generator.sources import Limits, _paragraphs, normalize_text, read_document

SMALL = Limits(article_bytes=2_000, paragraph_chars=300)
SENTENCE = "The delegates met again on Tuesday to talk about the harbour. "


def write(folder: Path, name: str, data: str | bytes) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))
    return path


def reason(path: Path, limits: Limits = SMALL) -> str:
    with pytest.raises(InputError) as info:
        read_document(path, limits=limits)
    assert info.value.path == path.as_posix()
    return info.value.reason


@pytest.mark.parametrize(
    ("name", "why"),
    [
        ("a.txt", None),
        ("sub/b.MD", None),
        ("c.htm", None),
        (".hidden.txt", "hidden"),
        (".drafts/d.txt", "hidden"),
        ("foo.txt~", "editor leftover"),
        (".#foo.txt", "hidden"),
        ("#foo.txt#", "editor leftover"),
        ("foo.txt.swp", "editor leftover"),
        ("foo.bak", "editor leftover"),
        ("notes.docx", "not an article file type (.docx); articles are .txt, .md, .markdown, .html, .htm"),
        ("README", "not an article file type (no extension); articles are .txt, .md, .markdown, .html, .htm"),
    ],
)
def test_why_not_an_article(name: str, why: str | None) -> None:
    assert why_not_an_article(Path(name)) == why


def test_scan_reports_other_files_once_quietly_or_not(tmp_path: Path) -> None:
    for name in ("b.txt", "a.md", "notes.docx", ".hidden.txt", "a.md~", "#a.md#", ".a.md.swp", "sub/c.txt"):
        write(tmp_path, name, "Text.")
    os.symlink("nobody@host.1234", tmp_path / ".#a.md")  # how Emacs marks a file being edited
    found, notices = scan([tmp_path], root=tmp_path)
    assert [p.relative_to(tmp_path).as_posix() for p in found] == ["a.md", "b.txt", "sub/c.txt"]
    assert [(n.path, n.quiet) for n in notices] == [
        ("#a.md#", True),
        (".#a.md", True),
        (".a.md.swp", True),
        (".hidden.txt", True),
        ("a.md~", True),
        ("notes.docx", False),
    ]
    assert str(notices[-1]) == (
        "notes.docx: ignored: not an article file type (.docx); "
        "articles are .txt, .md, .markdown, .html, .htm"
    )
    assert notices[0].message == "ignored (editor leftover file)"


def test_a_file_named_directly_is_read_whatever_its_name(tmp_path: Path) -> None:
    path = write(tmp_path, ".draft.txt", "Text.")
    assert scan([path]) == ((path,), ())


def test_article_over_the_size_limit_names_its_size_and_the_limit(tmp_path: Path) -> None:
    path = write(tmp_path, "big.txt", SENTENCE * 40)  # 40 x 62 = 2,480 bytes
    assert reason(path) == "file is 2,480 bytes, over the limit of 2,000 bytes (max_article_bytes)"
    assert read_document(path, limits=Limits(article_bytes=2_480, paragraph_chars=2_480)).text


def test_default_limits_are_one_megabyte_and_fifty_thousand_characters(tmp_path: Path) -> None:
    assert Limits() == Limits(article_bytes=1_000_000, paragraph_chars=50_000)
    path = write(tmp_path, "big.txt", (SENTENCE * 15 + "\n\n") * 1_100)
    assert (
        reason(path, Limits())
        == "file is 1,025,200 bytes, over the limit of 1,000,000 bytes (max_article_bytes)"
    )


@pytest.mark.parametrize(
    ("name", "text", "why"),
    [
        (
            "blocks.txt",
            f"{SENTENCE}\n\n{SENTENCE}\n{SENTENCE}\n\n\n{SENTENCE * 5}\n",
            "the paragraph at line 7 is 309 characters, over the limit of 300 characters per paragraph "
            "(max_paragraph_chars)",
        ),
        (
            "lines.txt",
            f"{SENTENCE}\n{SENTENCE}\n{SENTENCE * 6}",
            "the paragraph at line 3 is 371 characters, over the limit of 300 characters per paragraph "
            "(max_paragraph_chars)",
        ),
        (
            "front.md",
            f"---\ntitle: A title\n---\n# Heading\n\n{SENTENCE * 6}\n",
            "the paragraph at line 6 is 371 characters, over the limit of 300 characters per paragraph "
            "(max_paragraph_chars)",
        ),
        (
            "page.html",
            f"<html><body><article><p>{SENTENCE}</p><p>{SENTENCE * 6}</p></article></body></html>",
            "the paragraph at line 2 of the extracted text is 371 characters, over the limit of 300 "
            "characters per paragraph (max_paragraph_chars)",
        ),
    ],
)
def test_paragraph_over_the_limit_is_located(tmp_path: Path, name: str, text: str, why: str) -> None:
    assert reason(write(tmp_path, name, text)) == why


def test_paragraphs_at_the_limit_pass(tmp_path: Path) -> None:
    text = "\n".join([SENTENCE * 4 + "x" * 52] * 3)  # three lines of exactly 300 characters
    doc = read_document(write(tmp_path, "a.txt", text), limits=SMALL)
    assert [len(p) for p in doc.paragraph_texts] == [300, 300, 300]


def test_saved_web_page_may_carry_markup_but_not_more_text(tmp_path: Path) -> None:
    script = "<script>" + "var x = 1;" * 600 + "</script>"  # 6 KB of markup, within 5 x 2,000 bytes
    page = f"<html><head>{script}</head><body><article><p>{SENTENCE}</p></article></body></html>"
    assert read_document(write(tmp_path, "a.html", page), limits=SMALL).text == SENTENCE.strip()
    heavy = page.replace(script, script * 2)
    assert reason(write(tmp_path, "b.html", heavy)) == (
        f"file is {len(heavy):,} bytes, over the limit of 10,000 bytes "
        "(5 × max_article_bytes for a saved web page)"
    )
    wordy = "".join(f"<p>{SENTENCE}{i}</p>" for i in range(40))
    path = write(tmp_path, "c.html", f"<html><body><article>{wordy}</article></body></html>")
    assert reason(path).startswith("extracted article text is 2,")
    assert reason(path).endswith("bytes, over the limit of 2,000 bytes (max_article_bytes)")


def test_load_names_every_bad_file_once_and_reads_the_rest(tmp_path: Path) -> None:
    seeds = tmp_path / "seeds"
    write(seeds, "good.txt", SENTENCE)
    write(seeds, "big.txt", SENTENCE * 40)
    write(seeds, "empty.txt", "")
    write(seeds, "notes.docx", "x")
    write(seeds, "good.txt~", SENTENCE)
    loaded = load([seeds], root=tmp_path, limits=SMALL)
    assert [d.meta.source for d in loaded.docs] == ["seeds/good.txt"]
    assert [str(e) for e in loaded.errors] == [
        "seeds/big.txt: file is 2,480 bytes, over the limit of 2,000 bytes (max_article_bytes)",
        "seeds/empty.txt: no text (the article is empty)",
    ]
    assert [(n.path, n.quiet) for n in loaded.notices] == [
        ("seeds/good.txt~", True),
        ("seeds/notes.docx", False),
    ]


def test_colliding_slugs_both_build_in_path_order(tmp_path: Path) -> None:
    for name in ("Été à Paris.txt", "ete-a-paris.md", "ÉTÉ À PARIS.html"):
        html = f"<html><body><article><p>{SENTENCE}</p></article></body></html>"
        write(tmp_path, name, html if name.endswith(".html") else SENTENCE)
    loaded = load([tmp_path], root=tmp_path)
    assert [(d.slug, d.meta.source) for d in loaded.docs] == [
        ("ete-a-paris", "ete-a-paris.md"),
        ("ete-a-paris-2", "ÉTÉ À PARIS.html"),  # paths sort by code point: É before é
        ("ete-a-paris-3", "Été à Paris.txt"),
    ]
    assert [str(n) for n in loaded.notices] == [
        "ÉTÉ À PARIS.html: published as briefings/ete-a-paris-2/ "
        "(slug 'ete-a-paris' is taken by ete-a-paris.md)",
        "Été à Paris.txt: published as briefings/ete-a-paris-3/ "
        "(slug 'ete-a-paris' is taken by ete-a-paris.md)",
    ]
    assert not loaded.errors


def test_a_bad_file_does_not_take_a_slug(tmp_path: Path) -> None:
    write(tmp_path, "a.md", "---\n: [\n---\nBody")
    write(tmp_path, "a.txt", SENTENCE)
    loaded = load([tmp_path], root=tmp_path)
    assert [d.slug for d in loaded.docs] == ["a"]
    assert not loaded.notices


def test_non_ascii_file_names(tmp_path: Path) -> None:
    for name in ("Заявление.txt", "東京.txt", "café.txt"):
        write(tmp_path, name, SENTENCE)
    loaded = load([tmp_path], root=tmp_path)
    assert [(d.slug, d.meta.source) for d in loaded.docs] == [
        ("cafe", "café.txt"),
        ("article", "Заявление.txt"),
        ("article-2", "東京.txt"),
    ]


@pytest.mark.skipif(sys.platform != "linux", reason="only Linux keeps file names as raw bytes")
def test_a_file_name_that_is_not_utf8_is_shown_escaped(tmp_path: Path) -> None:
    folder = os.fsencode(tmp_path)
    with open(os.path.join(folder, b"caf\xe9.txt"), "wb") as f:
        f.write(SENTENCE.encode())
    with open(os.path.join(folder, b"r\xe9sum\xe9.txt"), "wb") as f:
        f.write(b"caf\xe9")
    loaded = load([tmp_path], root=tmp_path)
    assert [(d.slug, d.meta.source) for d in loaded.docs] == [("caf", "caf\\xe9.txt")]
    assert [str(e) for e in loaded.errors] == ["r\\xe9sum\\xe9.txt: not valid UTF-8 (byte 3)"]
    (str(loaded.errors[0]) + loaded.docs[0].meta.source).encode("utf-8")


@settings(max_examples=300, deadline=None)
@given(text=st.text(alphabet="ab \n", max_size=60), limit=st.integers(min_value=0, max_value=12))
def test_paragraph_check_agrees_with_the_paragraph_split(text: str, limit: int) -> None:
    body = normalize_text(text)
    sizes = [len(p) for p in _paragraphs(body)[0].split("\n") if p]
    first_over = next((size for size in sizes if size > limit), None)
    if first_over is None:
        check_paragraphs(body, limit, "a.txt")
    else:
        with pytest.raises(InputError, match=f" is {first_over:,} characters, over the limit of {limit:,} "):
            check_paragraphs(body, limit, "a.txt")
