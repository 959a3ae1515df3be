"""Glossary: abbreviations defined in the text or known from reference data, and
quoted terms that the text defines."""

from __future__ import annotations

import re

from ..records import Document, Entity, Term

# "Collective Security Treaty Organization (CSTO)"
_LONG_THEN_SHORT = re.compile(
    r"(?P<long>\b[A-Z][\w’'-]*(?:\s+(?:of|for|and|the|on|in|de|du|des|[A-Z][\w’'-]*)){1,9})"
    r"\s+\((?P<short>[A-Z][A-Za-z&.-]{1,9})\)"
)
# a “coordinating state”, authorized to act on behalf of ...
_DEFINED_TERM = re.compile(
    r"[“\"](?P<term>[^“”\"\n]{2,60}?)[”\"],?\s*(?:(?:which|that)\s+is\s+|i\.e\.\s+|meaning\s+|"
    r"(?=(?:authori[sz]ed|defined|designed|tasked|responsible|entitled|empowered)\b))"
    r"(?P<definition>[^.;”\"\n]{8,240})"
)


def _initials_match(long: str, short: str) -> bool:
    letters = [w[0].upper() for w in re.split(r"[\s-]+", long) if w and w[0].isupper()]
    clean = re.sub(r"[^A-Z]", "", short.upper())
    return len(clean) >= 2 and "".join(letters).startswith(clean[:2]) and len(clean) <= len(letters) + 2


def extract_glossary(doc: Document, *, organizations: tuple[Entity, ...] = ()) -> tuple[Term, ...]:
    """Return glossary terms sorted by term: in-text definitions win over reference data."""
    terms: dict[str, Term] = {}
    for m in _LONG_THEN_SHORT.finditer(doc.text):
        long = re.sub(r"^(?:The|the)\s+", "", m.group("long"))
        short = m.group("short")
        if _initials_match(long, short) and short not in terms:
            start = m.start("long") + (len(m.group("long")) - len(long))
            terms[short] = Term(short, long, "abbreviation", "article", doc.span(start, m.end()))
    for m in _DEFINED_TERM.finditer(doc.text):
        term = m.group("term").strip()
        if term not in terms and len(term.split()) <= 5:
            definition = m.group("definition").strip().rstrip(",")
            terms[term] = Term(term, definition, "term", "article", doc.span(m.start("definition"), m.start("definition") + len(definition)))
    for org in organizations:
        short = org.code or org.key
        if org.full_name and short not in terms and short != org.full_name:
            terms[short] = Term(short, org.full_name, "abbreviation", "reference", None)
    return tuple(sorted(terms.values(), key=lambda t: (t.term.casefold(), t.term)))
