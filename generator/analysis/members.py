"""Member states that a document states to belong to an organization.

Each sentence is rewritten with placeholders (``<C1>`` a country, ``<O2>`` an
organization or "the bloc") and matched against `member_patterns`; only
organizations whose members are states count (not UN missions or agencies).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from ..records import Document, Entity, Member, Note
from ..reference import load_countries, load_organizations
from . import member_patterns as P
from .member_notes import standing_notes
from .sentences import sentence_spans

# "the bloc", "its", "South-east Asia's regional bloc": the organization the text is about
_GENERIC_ORG = re.compile(
    r"\b(?:(?:[Tt]he|[Tt]his|[Oo]ur|[Tt]heir|[Ii]ts|[A-Z][\w-]*['’]s)\s+"
    r"(?:(?:[a-z][\w-]*\s+){0,2}?(?:bloc|alliance|Alliance|organi[sz]ation|Organi[sz]ation|association|grouping|"
    r"league|League|Union|forum|Forum)|(?:group|union|community|Community|family))"
    r"|league(?=\s+members?)|bloc(?=\s+members?)|[Ii]ts(?=\s+(?:[\w-]+\s+)?members?\b))\b"
)
# "the Nordic country": a country named just before
# ("was the last country to join" is a description, not a reference)
_ANAPHOR = re.compile(
    r"(?<!\bwas\s)(?<!\bbecame\s)(?<!\bis\s)\b(?:the|this)\s+(?:[\w-]+\s+)?(?:country|nation|kingdom|republic)\b"
    r"(?!\s+to\b)"
)
_THE = re.compile(r"(?:\b[Tt]he\s+)$")
_STATE_WORDS = re.compile(
    r"\b(?:Union|Community|Organi[sz]ation|Association|League|Alliance|Commonwealth|Bloc|Treaty|Cooperation|"
    r"Council of|Group of|Forum)\b"
)
_NOT_STATE_WORDS = re.compile(
    r"\b(?:Mission|Force|Commission|Court|Fund|Agency|Programme|Program|Bank|Institute)\b"
)


@dataclass(frozen=True, slots=True)
class _Slot:
    """A placeholder in an abstracted sentence: what it stands for and where it is."""

    kind: str  # C country, D demonym, A anaphor, O organization
    value: str  # iso3 or organization key
    start: int
    end: int


def _member_orgs(organizations: tuple[Entity, ...]) -> set[str]:
    """Return the keys of organizations whose members are states."""
    refs = load_organizations()
    keep = set()
    for org in organizations:
        ref = refs.get(org.key)
        if ref is not None:
            if ref.has_member_states:
                keep.add(org.key)
        elif (
            org.full_name
            and _STATE_WORDS.search(org.full_name)
            and not _NOT_STATE_WORDS.search(org.full_name)
        ):
            keep.add(org.key)
    return keep


def _slots(doc: Document, countries: tuple[Entity, ...], organizations: tuple[Entity, ...]) -> list[_Slot]:
    """Return every country, organization and reference placeholder in text order, without overlaps."""
    orgs = _member_orgs(organizations)
    raw: list[_Slot] = []
    for c in countries:
        for m in c.mentions:
            raw.append(_Slot("D" if m.rule == "demonym" else "C", c.key, m.span.start, m.span.end))
    for o in organizations:
        if o.key in orgs:
            # "the EEU" reads as one placeholder, so patterns need not spell out the article
            for m in o.mentions:
                the = _THE.search(doc.text, max(0, m.span.start - 4), m.span.start)
                raw.append(_Slot("O", o.key, the.start() if the else m.span.start, m.span.end))
    named = sorted(raw, key=lambda s: (s.start, -s.end))
    refs = _resolve(_GENERIC_ORG, doc.text, "O", [s for s in named if s.kind == "O"], orgs=True)
    refs += _resolve(_ANAPHOR, doc.text, "A", [s for s in named if s.kind != "O"], orgs=False)
    out: list[_Slot] = []
    # names first: a reference never swallows a name ("Russia's ... bloc")
    for group in (named, sorted(refs, key=lambda s: s.start)):
        for slot in group:
            if not any(slot.start < o.end and o.start < slot.end for o in out):
                out.append(slot)
    return sorted(out, key=lambda s: s.start)


def _resolve(
    pattern: re.Pattern[str], text: str, kind: str, named: list[_Slot], *, orgs: bool
) -> list[_Slot]:
    """Return placeholders for references, each resolved to the last named slot before it."""
    if not named:
        return []
    # before an organization is named, "the bloc" means the one the article names most
    fallback = Counter(s.value for s in named).most_common(1)[0][0] if orgs else None
    out, i, last = [], 0, fallback
    for m in pattern.finditer(text):
        while i < len(named) and named[i].end <= m.start():
            last = named[i].value
            i += 1
        if last is not None:
            out.append(_Slot(kind, last, m.start(), m.end()))
    return out


def _abstract(text: str, start: int, end: int, slots: list[_Slot]) -> tuple[str, dict[str, _Slot]]:
    """Return the sentence with placeholders, and placeholder -> slot."""
    parts, table, pos = [], {}, start
    for n, slot in enumerate(slots):
        parts.append(text[pos : slot.start])
        tag = f"<{slot.kind}{n}>"
        table[tag] = slot
        parts.append(tag)
        pos = slot.end
    parts.append(text[pos:end])
    return "".join(parts), table


def _found(abstract: str, table: dict[str, _Slot], context: str | None) -> list[tuple[str, str, _Slot]]:
    """Return (rule, organization key, country slot) for each membership stated in one sentence."""
    hits: list[tuple[str, str, _Slot]] = []
    for rule, pattern, flags in P.LIST_PATTERNS:
        for m in pattern.finditer(abstract):
            org = _org(m, table, context)
            if org is None or P.AFTER_LIST_NOT.match(abstract, m.end()) or _refused(abstract, m, flags):
                continue
            hits += [(rule, org, table[t]) for t in P.LIST_ITEM.findall(m.group("list"))]
    for rule, pattern, flags in P.SINGLE_PATTERNS:
        for m in pattern.finditer(abstract):
            org = _org(m, table, context)
            if org is None or _refused(abstract, m, flags):
                continue
            if rule == "membership" and (
                P.MEMBERSHIP_NOT.search(abstract, 0, m.start())
                or P.MEMBERSHIP_AFTER_NOT.match(abstract, m.end())
            ):
                continue
            hits.append((rule, org, table[m.group("c")]))
    return hits


def _refused(abstract: str, m: re.Match[str], flags: str) -> bool:
    """Return True when the words before a match undo it (a former member, a preposition)."""
    before = abstract[max(0, m.start() - 40) : m.start()]
    return bool(P.BEFORE_NOT.search(before) or ("s" in flags and P.PREPOSITION_BEFORE.search(before)))


def _org(m: re.Match[str], table: dict[str, _Slot], context: str | None) -> str | None:
    """Return the organization a match is about: its own, the sentence's only one, or the context's."""
    groups = m.groupdict()
    for name in ("org", "org2", "org3"):
        if groups.get(name):
            return table[groups[name]].value
    named = {s.value for t, s in table.items() if t.startswith("<O")}
    if len(named) == 1:
        return named.pop()
    return context if not named else None


def extract_members(
    doc: Document, *, countries: tuple[Entity, ...] = (), organizations: tuple[Entity, ...] = ()
) -> tuple[Member, ...]:
    """Return current members stated by ``doc``, one per (organization, country), sorted by position."""
    slots = _slots(doc, countries, organizations)
    if not any(s.kind == "O" for s in slots):
        return ()
    names = load_countries()
    first: dict[tuple[str, str], tuple[str, _Slot]] = {}
    i, context = 0, None
    for start, end in sentence_spans(doc):
        while i < len(slots) and slots[i].start < start:
            context = slots[i].value if slots[i].kind == "O" else context
            i += 1
        j = i
        while j < len(slots) and slots[j].end <= end:
            j += 1
        if j == i:
            continue
        abstract, table = _abstract(doc.text, start, end, slots[i:j])
        for rule, org, slot in _found(abstract, table, context):
            first.setdefault((org, slot.value), (rule, slot))
    members = []
    for (org, iso3), (rule, slot) in first.items():
        ref = names.get(iso3)
        notes = standing_notes(doc, iso3, countries, org)
        span = doc.span(slot.start, slot.end)
        members.append(Member(org, ref.name if ref else iso3, iso3, span, rule, notes))
    return tuple(sorted(members, key=lambda m: (m.span.start, m.organization, m.iso3)))


__all__ = ["Note", "extract_members"]
