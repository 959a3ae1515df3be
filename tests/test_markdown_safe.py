"""Escaping: article text renders as literal text through Python-Markdown."""

from __future__ import annotations

import html
import unicodedata
from pathlib import Path

import markdown
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from generator.markdown_safe import (
    VETTED_EXTENSIONS,
    abbreviation,
    escape,
    html_text,
    safe_url,
    title,
    unvetted_extensions,
)


def _site_markdown() -> tuple[list[str], dict[str, dict[str, object]]]:
    """Return the Markdown extensions and their options as MkDocs configures them for the site.

    MkDocs' own loader reads mkdocs.yml, so this includes the extensions MkDocs
    always adds (toc, tables, fenced_code) and every option the site sets.
    """
    from mkdocs.config import load_config

    config = load_config(config_file=str(Path(__file__).parent.parent / "mkdocs.yml"))
    return list(config.markdown_extensions), dict(config.mdx_configs)


EXTENSIONS, CONFIGS = _site_markdown()


def rendered_text(md: str) -> str:
    """Return the visible text of a Markdown fragment rendered like the site does."""
    from bs4 import BeautifulSoup

    html = markdown.markdown(f"before {md} after", extensions=EXTENSIONS, extension_configs=CONFIGS)
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

    html = markdown.markdown(md, extensions=EXTENSIONS, extension_configs=CONFIGS)
    return BeautifulSoup(html, "html.parser").get_text().strip()


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


# Pieces of text that some Markdown extension turns into markup.
MARKUP_PIECES = [
    ":smile:",
    ":+1:",
    ":flag_am:",
    "https://example.org/a",
    "www.example.org",
    "a@example.org",
    "^^up^^",
    "~~gone~~",
    "==marked==",
    "++ctrl+alt++",
    "--",
    "...",
    '"quoted"',
    "/// note",
    '=== "Tab"',
    "```",
    "~~~",
    "!!! note",
    "*[X]: y",
    "[^1]",
    "{: #x onclick=y }",
    "<b>x</b>",
    "&amp;",
    "`#!py x`",
    "(c) (tm) (r) --> <-- +/- =/= 1/2 1st",
    "- [ ] task",
    "[x]",
    "__init__",
    "*a*b*",
    "\n",
    "\n\n",
    " ",
    ":",
]
markup_texts = st.lists(st.sampled_from(MARKUP_PIECES) | st.text(max_size=6), max_size=12).map("".join)


def rendered_with(md: str, extensions: list[str]) -> str:
    """Return the visible text of ``md`` rendered with ``extensions`` (site options where set)."""
    from bs4 import BeautifulSoup

    configs = {e: CONFIGS[e] for e in extensions if e in CONFIGS}
    html = markdown.markdown(md, extensions=extensions, extension_configs=configs)
    return " ".join(BeautifulSoup(html, "html.parser").get_text().split())


def test_site_enables_only_vetted_extensions() -> None:
    assert unvetted_extensions(EXTENSIONS) == (), (
        "mkdocs.yml enables a Markdown extension that escape() is not proven against: "
        "cover it in markdown_safe.escape and add it to VETTED_EXTENSIONS with a passing test"
    )


@settings(deadline=None)  # many extensions per example: slow on a busy machine, never wrong
@given(markup_texts)
def test_vetted_extensions_render_any_text_verbatim(text: str) -> None:
    extensions = sorted(VETTED_EXTENSIONS)
    visible = "".join(c for c in text if c.isspace() or unicodedata.category(c) != "Cc")
    expected = " ".join(visible.split())
    assert rendered_with(f"before {escape(text)} after", extensions) == " ".join(
        f"before {expected} after".split()
    )
    assert rendered_with(escape(text), extensions) == expected


@pytest.mark.parametrize(
    ("extension", "text"),
    [
        ("pymdownx.magiclink", "see https://example.org/a"),
        ("smarty", 'a "quoted" word -- and more...'),
        ("pymdownx.caret", "a ^^raised^^ word"),
        ("pymdownx.tilde", "a ~~struck~~ word"),
        ("pymdownx.mark", "a ==marked== word"),
        ("pymdownx.keys", "press ++ctrl+alt+del++ now"),
        ("pymdownx.smartsymbols", "(c) 2024 --> 1/2"),
    ],
)
def test_unvetted_extensions_turn_escaped_text_into_markup(extension: str, text: str) -> None:
    """Each of these would break the escaping, which is why the gate above exists."""
    assert extension not in VETTED_EXTENSIONS
    assert unvetted_extensions([*EXTENSIONS, extension]) == (extension,)
    html = markdown.markdown(escape(text), extensions=[extension])
    assert html != markdown.markdown(escape(text))


def test_emoji_shortcodes_in_article_text_stay_text() -> None:
    assert rendered_with(escape("we :+1: it :smile:"), ["pymdownx.emoji"]) == "we :+1: it :smile:"
    assert "emoji" not in markdown.markdown(escape("we :+1: it"), extensions=["pymdownx.emoji"])
    assert "emoji" in markdown.markdown("we :+1: it", extensions=["pymdownx.emoji"])


def test_extension_names_are_normalised() -> None:
    assert unvetted_extensions(["markdown.extensions.toc", "toc", "pymdownx.emoji"]) == ()


def rendered_block(text: str) -> str:
    """Return the visible text of ``text`` placed in a raw HTML paragraph block, rendered like the site."""
    from bs4 import BeautifulSoup

    page = markdown.markdown(
        f'Before.\n\n<div class="x">\n<p>{text}</p>\n</div>\n\nAfter.',
        extensions=EXTENSIONS,
        extension_configs=CONFIGS,
    )
    soup = BeautifulSoup(page, "html.parser")
    block = soup.select_one("div.x")
    assert block is not None
    assert [t.name for t in soup.find_all(True)] == ["p", "div", "p", "p"], "nothing but the text got in"
    return block.get_text().strip()


@pytest.mark.parametrize(
    "text",
    [
        "<script>alert(1)</script>",
        "</p></div><img src=x onerror=alert(1)>",
        "{{ 7*7 }} **bold** [link](http://x) *[CSTO]: injected",
        "&amp; &lt; 5 > 3 &#x27;",
        "line one\n\nline two after a blank line",
        "\x02wzxhzdk:0\x03 placeholder lookalike",
        "we :+1: it :smile:",
    ],
)
def test_html_text_renders_verbatim_in_a_raw_block(text: str) -> None:
    expected = " ".join(text.replace("\x02", "").replace("\x03", "").split())
    assert rendered_block(html_text(text)) == expected


@given(st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=60))
def test_any_text_renders_verbatim_in_a_raw_block(text: str) -> None:
    expected = " ".join(html_text(text).split())
    assert " ".join(rendered_block(html_text(text)).split()) == " ".join(html.unescape(expected).split())
