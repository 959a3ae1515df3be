"""Organizations named in a document, from curated reference data and in-text acronyms
(defined "Long Name (LN)", "LN (Long Name)", or described "LN, a regional bloc,")."""

from __future__ import annotations

import re
from functools import cache

from ..records import Document, Entity, Mention
from ..reference import OrganizationRef, load_organizations, organization_blockers
from .acronyms import acronym_definitions, acronym_descriptions
from .countries import country_form
from .gazetteer import word_pattern

# what a described acronym may be to count as an organization ("a US firm" is not one)
_ORGANIZATION_NOUNS = frozenset(
    {
        *("organization", "organisation", "bloc", "alliance", "union", "grouping", "group", "forum"),
        *("community", "association", "partnership", "coalition", "league", "body", "institution"),
        *("agency", "mission", "force"),
    }
)


@cache
def _table() -> tuple[re.Pattern[str], dict[str, tuple[str, str] | None]]:
    """Return one case-sensitive regex over every organization form, and form -> (key, rule)."""
    forms: dict[str, tuple[str, str] | None] = {}
    for ref in load_organizations().values():
        for variant in ref.variants:
            forms[variant] = (ref.key, "variant")
        forms[ref.full_name] = (ref.key, "name")
        for name in (ref.full_name, *ref.variants):
            for spelling in _spellings(name):
                forms.setdefault(spelling, (ref.key, "variant"))
        if ref.code:
            forms[ref.code] = (ref.key, "acronym" if ref.code.isupper() else "name")
            if ref.code.isalpha() and ref.code.isupper() and len(ref.code) >= 4:
                # the style of many British papers: "Opec", "Nato", "Brics"
                forms.setdefault(ref.code.capitalize(), (ref.key, "variant"))
        forms.setdefault(ref.key, (ref.key, "acronym" if ref.key.isupper() else "name"))
    for phrase in organization_blockers():
        forms[phrase] = None
    # (?![\w]) keeps "UN" out of "UNIFIL"; lowercase "un-" never matches (case-sensitive)
    return word_pattern(forms), forms


# British and American spellings of the words in organizations' names
_SPELLINGS = (("Cooperation", "Co-operation"), ("Organization", "Organisation"), ("Defense", "Defence"))


def _spellings(name: str) -> set[str]:
    """Return the other spellings of a name ("Shanghai Co-operation Organisation")."""
    found = {name}
    for one, other in _SPELLINGS:
        found |= {s.replace(one, other) for s in found} | {s.replace(other, one) for s in found}
    return found - {name}


def defined_acronyms(doc: Document) -> dict[str, tuple[str, int, int]]:
    """Return acronyms the text defines or describes as organizations: short -> (long name, start, end).

    A described acronym ("The SCO, a regional bloc,") has its description as its long name.
    """
    found: dict[str, tuple[str, int, int]] = {}
    for d in acronym_definitions(doc.text):
        if not country_form(d.long):
            found[d.short] = (d.long, d.long_start, d.long_start + len(d.long))
    for x in acronym_descriptions(doc.text):
        if x.short not in found and x.noun in _ORGANIZATION_NOUNS and not country_form(x.short):
            found[x.short] = (x.description, -1, -1)
    return found


def _mentions(doc: Document, defined: dict[str, tuple[str, int, int]]) -> list[tuple[str, Mention]]:
    pattern, forms = _table()
    found: list[tuple[str, Mention]] = []
    for m in pattern.finditer(doc.text):
        hit = forms.get(m.group())
        if hit is not None:
            found.append((hit[0], Mention(doc.span(m.start(), m.end()), m.group(), hit[1])))
    new = {s: v for s, v in defined.items() if s not in forms}
    if new:
        known = {(x.span.start, x.span.end) for _, x in found}
        for short, (long, start, _end) in new.items():
            if start >= 0:  # a described acronym has no long name in the text
                found.append((short, Mention(doc.span(start, start + len(long)), long, "defined")))
        words = re.compile(r"(?<![\w.-])(?:" + "|".join(re.escape(s) for s in new) + r")(?![\w])")
        for m in words.finditer(doc.text):
            if (m.start(), m.end()) not in known:
                found.append((m.group(), Mention(doc.span(m.start(), m.end()), m.group(), "acronym")))
    found.sort(key=lambda pair: (pair[1].span.start, pair[1].span.end))
    return found


def extract_organizations(doc: Document) -> tuple[Entity, ...]:
    """Return one `Entity` (kind ``organization``, key its short name) per organization, by first mention."""
    refs = load_organizations()
    defined = defined_acronyms(doc)
    grouped: dict[str, list[Mention]] = {}
    for key, mention in _mentions(doc, defined):
        grouped.setdefault(key, []).append(mention)
    _short_forms(grouped, refs)
    entities = []
    for key, mentions in grouped.items():
        ref = refs.get(key)
        code = ref.code if ref else key
        # a described acronym has no full name: its description is not one
        full = ref.full_name if ref else (defined[key][0] if defined[key][1] >= 0 else None)
        aliases = tuple(dict.fromkeys(m.text for m in mentions if m.text != key))
        entities.append(
            Entity("organization", key, key, tuple(mentions), aliases=aliases, code=code, full_name=full)
        )
    return tuple(sorted(entities, key=lambda e: (e.first.start, e.key)))


def _short_forms(grouped: dict[str, list[Mention]], refs: dict[str, OrganizationRef]) -> None:
    """Give an organization named only by one word to the organization named in full whose
    name opens with that word: "the Commonwealth" in an article on the Commonwealth of
    Independent States is that commonwealth, not the Commonwealth of Nations."""
    for key, mentions in list(grouped.items()):
        words = {m.text for m in mentions}
        if len(words) != 1 or " " in (word := next(iter(words))):
            continue
        longer = [
            other
            for other in grouped
            if other != key
            and other in refs
            and refs[other].full_name.startswith(word + " ")
            and any(m.text == refs[other].full_name for m in grouped[other])
        ]
        if len(longer) == 1:
            merged = grouped[longer[0]] + grouped.pop(key)
            grouped[longer[0]] = sorted(merged, key=lambda m: (m.span.start, m.span.end))
