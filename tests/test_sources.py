"""Reading inputs: formats, paragraphs, normalisation and clear errors."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.errors import InputError
from generator.records import Document
from generator.sources import Notice, discover, read_document, read_documents, slugify


def write(tmp_path: Path, name: str, data: str | bytes) -> Path:
    path = tmp_path / name
    if isinstance(data, bytes):
        path.write_bytes(data)
    else:
        path.write_text(data, encoding="utf-8")
    return path


def test_seed_is_one_paragraph_per_line(seed_path: Path) -> None:
    doc = read_document(seed_path)
    assert len(doc.paragraphs) == 8
    assert doc.paragraph_text(7).startswith("The CSTO currently includes")
    assert doc.slug == "csto-armenia-interview"
    for p in doc.paragraphs:
        assert "\n" not in doc.text[p.start : p.end]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("One.\n\nTwo\nstill two.\n\n\nThree.", ["One.", "Two still two.", "Three."]),
        ("Line one.\nLine two.\n", ["Line one.", "Line two."]),
        ("\ufeffBOM first.\r\nWindows line.", ["BOM first.", "Windows line."]),
        ("  padded  \n\n   \n\nnext", ["padded", "next"]),
    ],
)
def test_paragraph_splitting(tmp_path: Path, text: str, expected: list[str]) -> None:
    doc = read_document(write(tmp_path, "a.txt", text))
    assert list(doc.paragraph_texts) == expected
    assert [p.paragraph for p in doc.paragraphs] == list(range(len(expected)))


def test_text_is_nfc_normalised(tmp_path: Path) -> None:
    doc = read_document(write(tmp_path, "a.txt", "Cafe\u0301 talks."))
    assert doc.text == "Caf\u00e9 talks."


def test_markdown_front_matter(tmp_path: Path) -> None:
    path = write(
        tmp_path, "a.md", "---\ntitle: A title\noutlet: The Daily\ndate: 2024-05-01\n---\nBody text.\n"
    )
    doc = read_document(path)
    assert doc.meta.title == "A title"
    assert doc.meta.outlet == "The Daily"
    assert doc.meta.date == "2024-05-01"
    assert doc.text == "Body text."


def test_markdown_body_becomes_plain_text(tmp_path: Path) -> None:
    body = (
        "# The heading\n\nA **bold** claim with a [link](https://example.org).\n\n"
        "- first item\n- second item\n"
    )
    doc = read_document(write(tmp_path, "a.md", body))
    assert doc.meta.title == "The heading"
    assert list(doc.paragraph_texts) == ["A bold claim with a link.", "first item", "second item"]


def test_markdown_keeps_html_as_text(tmp_path: Path) -> None:
    body = (
        "# <i>Talks</i> end\n\n"
        "“We will <b>not</b> accept it,” she said. <script>alert(1)</script> <!-- note -->\n\n"
        "<div>\nA block <img src=x onerror=alert(2)>\n</div>\n\n"
        "Entities still decode: &lt;b&gt; &amp; `<code>` stays.\n"
    )
    doc = read_document(write(tmp_path, "a.md", body))
    assert doc.meta.title == "<i>Talks</i> end"
    assert list(doc.paragraph_texts) == [
        "“We will <b>not</b> accept it,” she said. <script>alert(1)</script> <!-- note -->",
        "<div> A block <img src=x onerror=alert(2)> </div>",
        "Entities still decode: <b> & <code> stays.",
    ]


def test_front_matter_title_wins_over_heading(tmp_path: Path) -> None:
    doc = read_document(write(tmp_path, "a.md", "---\ntitle: Front\n---\n# Heading\n\nText."))
    assert doc.meta.title == "Front"


def test_html_main_text(tmp_path: Path) -> None:
    html = (
        "<html><head><title>Summit ends</title></head><body><nav>Home | World</nav><article>"
        "<h1>Summit ends</h1><p>The leaders met in the capital for two days of talks on trade.</p>"
        "<p>The talks ended without a joint statement, officials in the delegation said.</p>"
        "</article><footer>Copyright</footer></body></html>"
    )
    doc = read_document(write(tmp_path, "a.html", html))
    assert doc.paragraph_texts[0].startswith("The leaders met")
    assert "Copyright" not in doc.text
    assert doc.meta.title == "Summit ends"


@pytest.mark.parametrize(
    ("name", "data", "reason"),
    [
        ("empty.txt", "", "no text (the article is empty)"),
        ("blank.txt", "\n  \n", "no text (the article is empty)"),
        ("latin1.txt", "caf\xe9".encode("latin-1"), "not valid UTF-8 (byte 3)"),
        ("nul.txt", b"abc\x00def", "binary file (contains NUL bytes)"),
        (
            "bad.md",
            "---\ntitle: [unclosed\n---\nBody",
            "invalid YAML front matter at line 3: expected ',' or ']', but got '<stream end>'",
        ),
        ("list.md", "---\n- a\n- b\n---\nBody", "front matter must be a mapping of keys to values"),
        ("obj.md", "---\ntitle: {a: 1}\n---\nBody", "front matter 'title' must be text"),
        ("date.md", "---\ndate: 2024-13-45\n---\nBody", "invalid YAML front matter: month must be in 1..12"),
        ("a.pdf", "x", "unsupported file type .pdf; use .txt, .md or .html"),
    ],
)
def test_bad_input_names_file_and_reason(tmp_path: Path, name: str, data: str | bytes, reason: str) -> None:
    path = write(tmp_path, name, data)
    with pytest.raises(InputError) as info:
        read_document(path)
    assert info.value.path == path.as_posix()
    assert info.value.reason == reason
    assert str(info.value) == f"{path.as_posix()}: {reason}"


def test_one_bad_file_does_not_stop_the_others(tmp_path: Path) -> None:
    write(tmp_path, "a.txt", "Good one.")
    write(tmp_path, "b.txt", b"\xff\xfe")
    write(tmp_path, "c.txt", "Good two.")
    results = list(read_documents(discover([tmp_path]), root=tmp_path))
    assert [r.slug if not isinstance(r, InputError) else r.path for r in results] == ["a", "b.txt", "c"]


def test_discover_sorts_and_skips_hidden_and_other_files(tmp_path: Path) -> None:
    for name in ("b.txt", "a.md", "notes.docx", ".hidden.txt"):
        write(tmp_path, name, "x")
    (tmp_path / "sub").mkdir()
    write(tmp_path, "sub/c.html", "<p>x</p>")
    assert [p.name for p in discover([tmp_path])] == ["a.md", "b.txt", "c.html"]


def test_discover_missing_path() -> None:
    with pytest.raises(InputError, match="no such file or folder"):
        discover(["/nonexistent/folder"])


def test_duplicate_stems_get_unique_slugs(tmp_path: Path) -> None:
    write(tmp_path, "a.txt", "One.")
    write(tmp_path, "a.md", "Two.")
    items = list(read_documents(discover([tmp_path]), root=tmp_path))
    assert [(d.slug, d.meta.source) for d in items if isinstance(d, Document)] == [
        ("a", "a.md"),
        ("a-2", "a.txt"),
    ]
    assert [str(n) for n in items if isinstance(n, Notice)] == [
        "a.txt: published as briefings/a-2/ (slug 'a' is taken by a.md)"
    ]


@pytest.mark.parametrize(
    ("text", "slug"),
    [
        ("Hello World", "hello-world"),
        ("Été à Paris!", "ete-a-paris"),
        ("***", "article"),
        ("01_x y", "01-x-y"),
    ],
)
def test_slugify(text: str, slug: str) -> None:
    assert slugify(text) == slug


def test_an_article_called_index_does_not_replace_the_section_index(tmp_path: Path) -> None:
    write(tmp_path, "index.txt", "An article.")
    doc, notice = read_documents(discover([tmp_path]), root=tmp_path)
    assert isinstance(doc, Document) and doc.slug == "index-2"
    assert str(notice) == (
        "index.txt: published as briefings/index-2/ "
        "(slug 'index' is taken by the Briefings section's index page)"
    )
