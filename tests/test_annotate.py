"""The article text as one raw HTML block: anchors, marks, abbreviations, escaping."""

from __future__ import annotations

from helpers import make_doc

from generator.analysis import analyze
from generator.annotate import article_html


def test_article_text_is_one_block_with_an_anchor_per_paragraph() -> None:
    b = analyze(
        make_doc("The Alpha Beta Council (ABC) met.\n\nThe ABC and ABCD <b>differ</b> * [x](y).", slug="ann")
    )
    lines = article_html(b).splitlines()
    assert lines[0] == '<div class="bq-article-text">' and lines[-1] == "</div>"
    assert lines[1].startswith('<p class="bq-paragraph" id="p1"><a href="#p1">¶1</a> ')
    assert lines[2] == (
        '<p class="bq-paragraph" id="p2"><a href="#p2">¶2</a> The <abbr title="Alpha Beta Council">ABC</abbr>'
        " and ABCD &lt;b&gt;differ&lt;/b&gt; * [x](y).</p>"
    )
    assert "" not in lines, "a blank line would end the raw HTML block"
