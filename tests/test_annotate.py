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


def test_quote_and_passage_blocks_escape_the_article() -> None:
    from generator.html_blocks import passages_block, quote_block

    text = "“We will <b>not</b> go to the UN [x](javascript:y) *now*,” Foreign Minister Jane Doe said."
    b = analyze(make_doc(text, slug="evil-quote"))
    (q,) = b.quotes
    block = quote_block(q, b)
    assert block.startswith('<blockquote>\n<p class="bq-key-quote">“We will &lt;b&gt;not&lt;/b&gt; go ')
    assert "[x](javascript:y) *now*”</p>" in block, "Markdown stays literal: nothing parses it"
    assert "<strong>Jane Doe</strong>" in block and block.endswith('<a href="#p1">¶1</a></p>\n</blockquote>')
    (topic,) = b.topics
    listing = passages_block(b, topic)
    assert listing.startswith('<ul>\n<li><a href="#p1">¶1</a> “We will &lt;b&gt;not&lt;/b&gt;')
    assert '<mark class="bq-topic" title="topic: Peacekeeping and the UN">' in listing
