"""Glossary: abbreviations defined in the text or known from reference data, and
quoted terms that the text defines."""

from __future__ import annotations

import re

from ..records import Document, Entity, Term
from ..reference import load_organizations
from .acronyms import acronym_definitions, acronym_descriptions

# a “coordinating state”, authorized to act on behalf of ...
_DEFINED_TERM = re.compile(
    r"[“\"](?P<term>[^“”\"\n]{2,60}?)[”\"],?\s*(?:(?:which|that)\s+is\s+|i\.e\.\s+|meaning\s+|"
    r"(?=(?:authori[sz]ed|defined|designed|tasked|responsible|entitled|empowered)\b))"
    r"(?P<definition>[^.;”\"\n]{8,240})"
)


def extract_glossary(doc: Document, *, organizations: tuple[Entity, ...] = ()) -> tuple[Term, ...]:
    """Return glossary terms sorted by term: in-text definitions win over reference data."""
    terms: dict[str, Term] = {}
    for d in acronym_definitions(doc.text):
        terms[d.short] = Term(d.short, d.long, "abbreviation", "article", doc.span(d.start, d.end))
    for x in acronym_descriptions(doc.text):
        if x.short not in terms and any(o.key == x.short and not o.full_name for o in organizations):
            terms[x.short] = Term(x.short, x.description, "abbreviation", "article", doc.span(x.start, x.end))
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
    refs = load_organizations()
    for org in organizations:
        short = org.code or org.key
        if org.full_name and short not in terms and short != org.full_name:
            if org.key in refs:
                terms[short] = Term(short, org.full_name, "abbreviation", "reference", None)
                continue
            # a name the article writes ("the Commonwealth Ministerial Action Group ... the CMAG")
            named = next((m.span for m in org.mentions if m.text == org.full_name), None)
            terms[short] = Term(
                short, org.full_name, "abbreviation", "article" if named else "reference", named
            )
    return tuple(sorted(terms.values(), key=lambda t: (t.term.casefold(), t.term)))
