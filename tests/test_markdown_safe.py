"""Escaping: article text renders as literal text through Python-Markdown."""

from __future__ import annotations

import html
from pathlib import Path

import markdown
import pytest
from hypothesis import given
from hypothesis import strategies as st
from mkdocs.utils.yaml import yaml_load

from generator.markdown_safe import abbreviation, escape, safe_url, title


def _site_extensions() -> list[str]:
    """Return the Markdown extensions the site enables in mkdocs.yml."""
    # MkDocs' own loader: mkdocs.yml uses its !ENV tag
    config = yaml_load((Path(__file__).parent.parent / "mkdocs.yml").read_text(encoding="utf-8"))
    return [e if isinstance(e, str) else next(iter(e)) for e in config["markdown_extensions"]]


EXTENSIONS = _site_extensions()


def rendered_text(md: str) -> str:
    """Return the visible text of a Markdown fragment rendered like the site does."""
    from bs4 import BeautifulSoup

    html = markdown.markdown(f"before {md} after", extensions=EXTENSIONS)
    return BeautifulSoup(html, "html.parser").get_text()


@pytest.mark.parametrize(
    "text",
    [
        "<script>alert(1)</script>",
        "{{ 7*7 }} {% raw %}",
        "**bold** _em_ `code` [link](http://x) ![img](x.png)",
        "*[CSTO]: injected abbreviation",
        "a | table | row",
        "{: #id onclick=x }",
        "&amp; &lt; 5 > 3",
        "[^1] footnote",
        "back\\slash and \\* escaped",
        "1. not a list",
        "# not a heading",
        "!!! note",
        "<div>block</div>",
    ],
)
def test_escaped_text_renders_verbatim(text: str) -> None:
    assert rendered_text(escape(text)) == f"before {text} after"


@given(st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs", "Cc")), max_size=60))
def test_any_text_renders_verbatim(text: str) -> None:
    expected = " ".join(text.split())
    got = " ".join(rendered_text(escape(text)).split())
    assert got == " ".join(f"before {expected} after".split())


def rendered_alone(md: str) -> str:
    """Return the visible text of ``md`` rendered as a whole block, at the start of a line."""
    from bs4 import BeautifulSoup

    return BeautifulSoup(markdown.markdown(md, extensions=EXTENSIONS), "html.parser").get_text().strip()


@pytest.mark.parametrize(
    "text",
    [
        "- not a list",
        "+ not a list",
        "1. not a list",
        "2) not a list",
        "!!! note",
        "---",
        "# not a heading",
        "> not a quote",
        '??? note "x"',
        ": not a definition",
        "    not code",
        "C# and F#",
        "| a | b |",
        "=== not an underline",
    ],
)
def test_escaped_text_at_line_start_renders_verbatim(text: str) -> None:
    assert rendered_alone(escape(text)) == " ".join(text.split())


@given(st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs", "Cc")), max_size=40))
def test_any_text_at_line_start_renders_verbatim(text: str) -> None:
    expected = " ".join(text.split())
    assert " ".join(rendered_alone(escape(text)).split()) == expected


def test_escape_is_idempotent_on_trusted() -> None:
    once = escape("a*b")
    assert escape(once) == once


@pytest.mark.parametrize(
    ("url", "ok"),
    [
        ("https://example.org/a?b=1", True),
        ("http://example.org", True),
        ("javascript:alert(1)", False),
        ("https://x.org/a) [y](z", False),
        ("data:text/html,<b>", False),
        (None, False),
    ],
)
def test_safe_url(url: str | None, ok: bool) -> None:
    assert (safe_url(url) is not None) == ok


def test_abbreviation_lines() -> None:
    assert abbreviation("CSTO", "Collective Security Treaty Organization") == (
        "*[CSTO]: Collective Security Treaty Organization"
    )
    assert abbreviation("bad]term", "x") is None
    assert abbreviation("A B", "x") is None


def test_pages_keep_only_the_abbreviations_they_use() -> None:
    from generator.render import _used_abbreviations_only

    page = (
        "# Title\n\nThe CSTO met.\n\n"
        "*[CSTO]: Collective Security Treaty Organization\n*[UN]: United Nations\n"
    )
    assert _used_abbreviations_only(page) == (
        "# Title\n\nThe CSTO met.\n\n*[CSTO]: Collective Security Treaty Organization\n"
    )
    assert _used_abbreviations_only("No terms.\n\n*[UN]: United Nations\n").rstrip() == "No terms."


@pytest.mark.parametrize(
    ("raw", "shown"),
    [
        ("Talks </title><script>alert(1)</script> end", "Talks ‹/title›‹script›alert(1)‹/script› end"),
        ("\"Hello\" she said ('yes') it's", "“Hello” she said (‘yes’) it’s"),
        ("AT&T and Q & A", "AT&T and Q & A"),
        ("&lt;b&gt; &#60; &#x3c &amp R&amp;D", "＆lt;b＆gt; ＆#60; ＆#x3c ＆amp R＆amp;D"),
        ("two\n\tlines\x00 here ", "two lines here"),
        ('x" onmouseover="alert(1)', "x” onmouseover=”alert(1)"),
    ],
)
def test_title_has_no_markup_characters(raw: str, shown: str) -> None:
    assert title(raw) == shown


@given(st.text(max_size=80))
def test_any_title_is_inert_in_every_html_context(text: str) -> None:
    from markupsafe import Markup

    got = title(text)
    assert not set(got) & set("<>\"'")
    assert html.unescape(got) == got  # nothing for a consumer to un-escape into markup
    assert Markup(got).striptags() == " ".join(got.split())  # Material's <title> filter
    assert title(got) == got
    assert len(got) <= len(text)
