"""Sections of a briefing page written as raw HTML blocks the generator owns.

Python-Markdown passes a raw HTML block through without inline parsing, which
is most of the cost of a long page. Only sections whose links stay on the page
(``#pN``) are written this way: links to other pages stay Markdown, for MkDocs
to check and rewrite. Every piece of article text goes through
`annotate.abbreviating`, which HTML-escapes it and marks the abbreviations as
the Markdown abbreviation extension would.
"""

from __future__ import annotations

from .annotate import Mark, abbreviating, render_marks
from .markdown_safe import Trusted
from .records import Briefing, Quote, Topic
from .wording import quote_words


def _self_link(paragraph: int) -> str:
    return f'<a href="#p{paragraph + 1}">¶{paragraph + 1}</a>'


def quote_block(q: Quote, b: Briefing) -> Trusted:
    """Return a key quote of ``b`` as a blockquote: the words (as `wording.quoted`) and who said them."""
    text = abbreviating(b)
    if q.speaker is None:
        who = "<em>speaker not identified</em>"
    elif q.sure_speaker is None:
        who = f'<em>speaker uncertain</em> <small class="bq-possible">possibly {text(q.speaker.name)}</small>'
    else:
        who = f"<strong>{text(q.speaker.name)}</strong>"
        who += f", {text(q.speaker.role)}" if q.speaker.role else ""
    return Trusted(
        f'<blockquote>\n<p class="bq-key-quote">“{text(quote_words(q.text))}”</p>\n'
        f"<p>— {who} · {_self_link(q.span.paragraph)}</p>\n</blockquote>"
    )


def passages_block(b: Briefing, topic: Topic) -> Trusted:
    """Return the passages of ``topic`` in ``b`` as a list: paragraph link, text with the cues marked."""
    text = abbreviating(b)
    items = []
    for p in topic.passages:
        para = b.document.paragraphs[p.paragraph]
        marks = [Mark(c.start, c.end, "bq-topic", f"topic: {topic.title}") for c in p.cues]
        items.append(f"<li>{_self_link(p.paragraph)} {render_marks(b.document.text, para, marks, text)}</li>")
    return Trusted("<ul>\n" + "\n".join(items) + "\n</ul>")
