"""Organizations named in a document, from curated reference data and in-text acronyms."""

from __future__ import annotations

import re
from functools import cache

from ..records import Document, Entity, Mention
from ..reference import load_organizations, organization_blockers
from .countries import country_form
from .gazetteer import word_pattern

# "Collective Security Treaty Organization (CSTO)": a long name, then its acronym;
# found acronym-first (rare) and the long name read backwards from it
# (searched from the bracket, a literal the engine finds fast; the match starts one character later)
_ACRONYM = re.compile(r"\((?<=\s\()(?P<short>[A-Z][A-Za-z&.-]{1,9})\)")
_LONG_BEFORE = re.compile(
    r"(?<![\w’'-])(?P<long>[A-Z][\w’'-]*(?:\s+(?:of|for|and|the|on|in|de|du|des|[A-Z][\w’'-]*)){1,11})$"
)
_LEADING_THE = re.compile(r"^(?:The|the)\s+")


@cache
def _table() -> tuple[re.Pattern[str], dict[str, tuple[str, str] | None]]:
    """Return one case-sensitive regex over every organization form, and form -> (key, rule)."""
    forms: dict[str, tuple[str, str] | None] = {}
    for ref in load_organizations().values():
        for variant in ref.variants:
            forms[variant] = (ref.key, "variant")
        forms[ref.full_name] = (ref.key, "name")
        if ref.code:
            forms[ref.code] = (ref.key, "acronym" if ref.code.isupper() else "name")
        forms.setdefault(ref.key, (ref.key, "acronym" if ref.key.isupper() else "name"))
    for phrase in organization_blockers():
        forms[phrase] = None
    # (?![\w]) keeps "UN" out of "UNIFIL"; lowercase "un-" never matches (case-sensitive)
    return word_pattern(forms), forms


def _is_acronym_of(long: str, short: str) -> bool:
    """Return True when ``short``'s letters occur in order in ``long``, starting with its initial."""
    letters = re.sub(r"[^A-Za-z]", "", short).lower()
    words = long.lower()
    if len(letters) < 2 or not words.startswith(letters[0]):
        return False
    pos = 0
    for ch in letters:
        pos = words.find(ch, pos)
        if pos < 0:
            return False
        pos += 1
    return True


def defined_acronyms(doc: Document) -> dict[str, tuple[str, int, int]]:
    """Return acronyms the text defines: short -> (long name, start, end of the definition)."""
    found: dict[str, tuple[str, int, int]] = {}
    for m in _ACRONYM.finditer(doc.text):
        short, start = m.group("short"), m.start() - 1
        before = _LONG_BEFORE.search(doc.text, max(0, start - 160), start)
        if before is None or short in found:
            continue
        # "Leaders of the Shanghai Cooperation Organization (SCO)": drop words until the initials fit
        for word in re.finditer(r"(?<!\S)[A-Z]", before.group("long")):
            long = _LEADING_THE.sub("", before.group("long")[word.start() :])
            if _is_acronym_of(long, short) and not country_form(long):
                found[short] = (long, start - len(long), m.end())
                break
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
    entities = []
    for key, mentions in grouped.items():
        ref = refs.get(key)
        code = ref.code if ref else key
        full = ref.full_name if ref else defined[key][0]
        aliases = tuple(dict.fromkeys(m.text for m in mentions if m.text != key))
        entities.append(
            Entity("organization", key, key, tuple(mentions), aliases=aliases, code=code, full_name=full)
        )
    return tuple(sorted(entities, key=lambda e: (e.first.start, e.key)))
