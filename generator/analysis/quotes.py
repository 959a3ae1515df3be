"""Quotations and their speakers."""

from __future__ import annotations

from ..records import Document, Entity, Quote


def extract_quotes(
    doc: Document, *, people: tuple[Entity, ...] = (), organizations: tuple[Entity, ...] = ()
) -> tuple[Quote, ...]:
    """Return the quotes of ``doc`` sorted by position, each with its speaker or None."""
    return ()
