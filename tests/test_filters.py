"""The template output rule: Markdown escaping outside HTML blocks, HTML escaping with
abbreviations inside them, and links written for the built pages."""

from __future__ import annotations

import jinja2
import pytest

from generator.annotate import abbreviating_terms
from generator.filters import _built
from generator.markdown_safe import Trusted
from generator.records import Term
from generator.render import make_environment

TERMS = (Term("UN", 'United "Nations" <b>', "abbreviation", "reference"),)


def render(source: str, **values: object) -> str:
    env = make_environment()
    context = {"page_path": "briefings/a.md", "directory_urls": True, "abbreviate": abbreviating_terms(TERMS)}
    return env.from_string(source).render({**context, **values})


@pytest.mark.parametrize(
    ("target", "page", "directory_urls", "expected"),
    [
        ("topics/peace.md", "briefings/a.md", True, "../../topics/peace/"),
        ("topics/peace.md", "briefings/a.md", False, "../topics/peace.html"),
        ("briefings/index.md", "briefings/a.md", True, "../"),
        ("briefings/index.md", "briefings/a.md", False, "index.html"),
        ("index.md", "briefings/a.md", True, "../../"),
        ("assets/flags/am.svg", "briefings/a.md", True, "../../assets/flags/am.svg"),
        ("assets/flags/am.svg", "briefings/a.md", False, "../assets/flags/am.svg"),
        ("topics/peace.md", "index.md", True, "topics/peace/"),
        ("briefings/b.md", "briefings/index.md", True, "b/"),
        ("briefings/b.md", "quotes/page-2.md", True, "../../briefings/b/"),
    ],
)
def test_links_in_html_point_at_built_pages(
    target: str, page: str, directory_urls: bool, expected: str
) -> None:
    assert _built(target, page, directory_urls) == expected


def test_html_blocks_escape_values_and_mark_abbreviations() -> None:
    out = render(
        "{% autoescape true %}<p>{{ text }}</p>{% endautoescape %}",
        text="The UN <script>x</script> & *UNESCO*",
    )
    abbr = '<abbr title="United “Nations” ‹b›">UN</abbr>'
    assert out == f"<p>The {abbr} &lt;script&gt;x&lt;/script&gt; &amp; *UNESCO*</p>"


def test_markdown_outside_html_blocks_is_still_escaped() -> None:
    assert render("{{ text }}", text="*UN* <b>") == r"\*UN\* &lt;b&gt;"


def test_filters_write_html_inside_html_blocks() -> None:
    out = render("{% autoescape true %}{{ 2 | para_link }} {{ 'topics/x.md' | url }}{% endautoescape %}")
    assert out == '<a href="#p3">¶3</a> ../../topics/x/'
    assert render("{{ 2 | para_link }} {{ 'topics/x.md' | url }}") == "[¶3](#p3) ../topics/x.md"


def test_markdown_value_in_an_html_block_is_an_error() -> None:
    with pytest.raises(jinja2.TemplateRuntimeError, match="Markdown value in an HTML block"):
        render("{% autoescape true %}{{ value }}{% endautoescape %}", value=Trusted("**bold**"))
