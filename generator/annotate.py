"""The annotated article text: paragraphs with quotes, members, speaker cues and
topic cue words marked as inline HTML, every piece of article text escaped.

The article text of a briefing is one raw HTML block that the generator writes
whole (abbreviations included), so Markdown engines pass it through without
inline parsing: on long articles that is most of a page's build time.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from dataclasses import dataclass

from .markdown_safe import Trusted, abbreviation, attribute, escape, html_text
from .records import Briefing, Passage, Quote, Span, Term

# the names the page's highlight legend gives each kind of quote
KIND_NAMES = {"direct": "key quote", "partial": "partial quote", "reported": "reported statement"}


@dataclass(frozen=True, slots=True)
class Mark:
    start: int
    end: int
    css: str
    title: str


def paragraphs(b: Briefing) -> tuple[Trusted, ...]:
    """Return every paragraph of ``b`` as Markdown with every extracted fact marked."""
    marks = _by_paragraph(b)
    text = b.document.text
    return tuple(render_marks(text, para, marks.get(i, [])) for i, para in enumerate(b.document.paragraphs))


def article_html(b: Briefing) -> Trusted:
    """Return the article text of ``b`` as one raw HTML block.

    Each paragraph is ``<p class="bq-paragraph" id="pN">`` with a self-link,
    every extracted fact marked and the briefing's abbreviations in ``<abbr>``,
    as the Markdown abbreviation extension would mark them.
    """
    marks = _by_paragraph(b)
    text = b.document.text
    piece = abbreviating(b)
    lines = ['<div class="bq-article-text">']
    for i, para in enumerate(b.document.paragraphs, start=1):
        body = render_marks(text, para, marks.get(i - 1, []), piece)
        lines.append(f'<p class="bq-paragraph" id="p{i}"><a href="#p{i}">¶{i}</a> {body}</p>')
    lines.append("</div>")
    return Trusted("\n".join(lines))


def _by_paragraph(b: Briefing) -> dict[int, list[Mark]]:
    by_paragraph: dict[int, list[Mark]] = {}
    for mark in _marks(b):
        for index in range(b.document.span(mark.start, mark.start).paragraph, len(b.document.paragraphs)):
            if b.document.paragraphs[index].start >= mark.end:
                break
            by_paragraph.setdefault(index, []).append(mark)
    return by_paragraph


def abbreviating(b: Briefing) -> Callable[[str], str]:
    """Return a function escaping a piece of article text for HTML, with ``b``'s abbreviations marked."""
    return abbreviating_terms(b.glossary)


@functools.lru_cache(maxsize=1024)
def abbreviating_terms(terms: tuple[Term, ...]) -> Callable[[str], str]:
    """Return a function escaping a piece of text for HTML, with the abbreviations of ``terms`` marked."""
    titles = {}
    for t in terms:
        line = abbreviation(t.term, t.definition) if t.kind == "abbreviation" else None
        if line is not None:
            titles[t.term] = attribute(line.split("]: ", 1)[1])
    if not titles:
        return html_text
    # the same pattern as Python-Markdown's abbr extension: longest first, on word boundaries
    pattern = re.compile(
        r"\b(?:" + "|".join(re.escape(k) for k in sorted(titles, key=len, reverse=True)) + r")\b"
    )

    marked = {term: f'<abbr title="{title}">{term}</abbr>' for term, title in titles.items()}

    def piece(text: str) -> str:
        # terms hold no character that escaping changes, so they are found in the escaped text
        return pattern.sub(lambda m: marked[m.group(0)], html_text(text))

    return piece


def _who(q: Quote) -> str:
    if q.speaker is None:
        return "speaker not identified"
    if q.sure_speaker is None:
        return f"speaker uncertain, possibly {q.speaker.name}"
    return q.speaker.name


def _marks(b: Briefing) -> list[Mark]:
    marks: list[Mark] = []
    for q in b.quotes:
        who = _who(q)
        marks.append(Mark(q.span.start, q.span.end, f"bq-quote bq-{q.kind}", f"{KIND_NAMES[q.kind]}: {who}"))
        if q.cue_span is not None and q.speaker is not None:
            marks.append(Mark(q.cue_span.start, q.cue_span.end, "bq-cue", f"who is speaking: {who}"))
    for m in b.members:
        what = "member" if m.certainty == "sure" else "possibly a member"
        marks.append(Mark(m.span.start, m.span.end, "bq-member", f"{what} of {m.organization}"))
        marks.extend(
            Mark(n.span.start, n.span.end, "bq-status", f"standing of {m.country} in {m.organization}")
            for n in m.notes
        )
    for t in b.topics:
        for p in t.passages:
            marks.extend(Mark(c.start, c.end, "bq-topic", f"topic: {t.title}") for c in p.cues)
    return marks


def cues_only(
    b: Briefing, passage: Passage, title: str = "", piece: Callable[[str], str] = escape
) -> Trusted:
    """Return a topic passage's paragraph with only its cue words marked, its text escaped by ``piece``."""
    para = b.document.paragraphs[passage.paragraph]
    marks = [
        Mark(c.start, c.end, "bq-topic", f"topic: {title}" if title else "topic word") for c in passage.cues
    ]
    return render_marks(b.document.text, para, marks, piece)


def render_marks(text: str, para: Span, marks: list[Mark], piece: Callable[[str], str] = escape) -> Trusted:
    kept = _nest(
        sorted(
            (
                Mark(max(m.start, para.start), min(m.end, para.end), m.css, m.title)
                for m in marks
                if m.start < para.end and m.end > para.start
            ),
            key=lambda m: (m.start, -m.end, m.css),
        )
    )
    events: list[tuple[int, int, int, str]] = []
    for order, m in enumerate(kept):
        events.append((m.start, 1, order, f'<mark class="{m.css}" title="{attribute(m.title)}">'))
        events.append((m.end, 0, -order, "</mark>"))
    events.sort()
    out: list[str] = []
    pos = para.start
    for at, _, _, tag in events:
        out.append(piece(text[pos:at]))
        out.append(tag)
        pos = at
    out.append(piece(text[pos : para.end]))
    return Trusted("".join(out))


def _nest(marks: list[Mark]) -> list[Mark]:
    """Keep marks that nest properly (sorted outer first); drop one that crosses another."""
    kept: list[Mark] = []
    stack: list[Mark] = []
    for m in marks:
        if m.start >= m.end:
            continue
        while stack and stack[-1].end <= m.start:
            stack.pop()
        if stack and m.end > stack[-1].end:
            continue
        if any(k.start == m.start and k.end == m.end and k.css == m.css for k in stack):
            continue
        kept.append(m)
        stack.append(m)
    return kept
