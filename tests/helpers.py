"""Build documents from literal test texts."""

from __future__ import annotations

from generator.records import Document, Metadata, Span
from generator.sources import _paragraphs


def make_doc(text: str, *, slug: str = "test", **meta: str) -> Document:
    """Return a Document for ``text`` split like a .txt file (lines or blank-line blocks)."""
    body, paragraphs = _paragraphs(text)
    return Document(slug=slug, text=body, paragraphs=paragraphs, meta=Metadata(source=f"{slug}.txt", **meta))


def covered(doc: Document, span: Span) -> str:
    return doc.text[span.start : span.end]
