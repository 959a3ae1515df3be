"""Glossary: abbreviations defined in the text or known from reference data, and
quoted terms that the text defines."""

from __future__ import annotations

import re

from ..records import Document, Entity, Term

# "Collective Security Treaty Organization (CSTO)": the long form is found by walking back
_ACRONYM_IN_PARENS = re.compile(r"\s\((?P<short>[A-Z][A-Za-z&.]{1,9})\)")
_WORD = re.compile(r"[A-Za-z][\w’'-]*")
# a “coordinating state”, authorized to act on behalf of ...
_DEFINED_TERM = re.compile(
    r"[“\"](?P<term>[^“”\"\n]{2,60}?)[”\"],?\s*(?:(?:which|that)\s+is\s+|i\.e\.\s+|meaning\s+|"
    r"(?=(?:authori[sz]ed|defined|designed|tasked|responsible|entitled|empowered)\b))"
    r"(?P<definition>[^.;”\"\n]{8,240})"
)


def _long_form(text: str, end: int, short: str) -> int | None:
    """Return where the long form of ``short`` starts in the words before ``end``.

    Schwartz & Hearst (2003): match the acronym's letters right to left inside the
    preceding words; the first letter must start a word.
    """
    letters = [c.lower() for c in short if c.isalnum()]
    words = list(_WORD.finditer(text, max(0, end - 200), end))[-min(len(letters) + 5, len(letters) * 2) :]
    if not words:
        return None
    window = text[words[0].start() : end]
    i = len(window) - 1
    for n, c in enumerate(reversed(letters)):
        first = n == len(letters) - 1
        while i >= 0 and (window[i].lower() != c or (first and i > 0 and window[i - 1].isalnum())):
            i -= 1
        if i < 0:
            return None
        i -= 1
    start = words[0].start() + i + 1
    if not text[start].isupper():
        return None
    return start


def extract_glossary(doc: Document, *, organizations: tuple[Entity, ...] = ()) -> tuple[Term, ...]:
    """Return glossary terms sorted by term: in-text definitions win over reference data."""
    terms: dict[str, Term] = {}
    for m in _ACRONYM_IN_PARENS.finditer(doc.text):
        short = m.group("short")
        start = _long_form(doc.text, m.start(), short)
        if start is not None and short not in terms:
            long = doc.text[start : m.start()]
            terms[short] = Term(short, long, "abbreviation", "article", doc.span(start, m.end()))
    for m in _DEFINED_TERM.finditer(doc.text):
        term = m.group("term").strip()
        if term not in terms and len(term.split()) <= 5:
            definition = m.group("definition").strip().rstrip(",")
            terms[term] = Term(
                term,
                definition,
                "term",
                "article",
                doc.span(m.start("definition"), m.start("definition") + len(definition)),
            )
    for org in organizations:
        short = org.code or org.key
        if org.full_name and short not in terms and short != org.full_name:
            terms[short] = Term(short, org.full_name, "abbreviation", "reference", None)
    return tuple(sorted(terms.values(), key=lambda t: (t.term.casefold(), t.term)))
