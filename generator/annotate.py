"""The annotated article text: paragraphs with quotes, members, speaker cues and
topic cue words marked as inline HTML, every piece of article text escaped."""

from __future__ import annotations

from dataclasses import dataclass

from .markdown_safe import Trusted, attribute, escape
from .records import Briefing, Passage, Span

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
    by_paragraph: dict[int, list[Mark]] = {}
    for mark in _marks(b):
        for index in range(b.document.span(mark.start, mark.start).paragraph, len(b.document.paragraphs)):
            if b.document.paragraphs[index].start >= mark.end:
                break
            by_paragraph.setdefault(index, []).append(mark)
    text = b.document.text
    return tuple(_render(text, para, by_paragraph.get(i, [])) for i, para in enumerate(b.document.paragraphs))


def _marks(b: Briefing) -> list[Mark]:
    marks: list[Mark] = []
    for q in b.quotes:
        who = q.speaker.name if q.speaker else "speaker not identified"
        marks.append(Mark(q.span.start, q.span.end, f"bq-quote bq-{q.kind}", f"{KIND_NAMES[q.kind]}: {who}"))
        if q.cue_span is not None and q.speaker is not None:
            marks.append(
                Mark(q.cue_span.start, q.cue_span.end, "bq-cue", f"who is speaking: {q.speaker.name}")
            )
    for m in b.members:
        marks.append(Mark(m.span.start, m.span.end, "bq-member", f"member of {m.organization}"))
        marks.extend(
            Mark(n.span.start, n.span.end, "bq-status", f"standing of {m.country} in {m.organization}")
            for n in m.notes
        )
    for t in b.topics:
        for p in t.passages:
            marks.extend(Mark(c.start, c.end, "bq-topic", f"topic: {t.title}") for c in p.cues)
    return marks


def cues_only(b: Briefing, passage: Passage, title: str = "") -> Trusted:
    """Return a topic passage's paragraph with only its cue words marked."""
    para = b.document.paragraphs[passage.paragraph]
    marks = [
        Mark(c.start, c.end, "bq-topic", f"topic: {title}" if title else "topic word") for c in passage.cues
    ]
    return _render(b.document.text, para, marks)


def _render(text: str, para: Span, marks: list[Mark]) -> Trusted:
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
        out.append(escape(text[pos:at]))
        out.append(tag)
        pos = at
    out.append(escape(text[pos : para.end]))
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
