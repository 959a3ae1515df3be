"""Organizations named in a document, from curated reference data, in-text acronyms
(defined "Long Name (LN)", "LN (Long Name)", or described "LN, a regional bloc,") and names
that say what they are ("the Indian Ocean Rim Association")."""

from __future__ import annotations

import re
from functools import cache

from ..records import Document, Entity, Mention
from ..reference import OrganizationRef, load_organizations, organization_blockers
from . import lexicon as lx
from .acronyms import acronym_definitions, acronym_descriptions, implied_definitions, is_acronym_of
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
            if ref.code.isalpha() and ref.code.isupper() and len(ref.code) >= 4 and not ref.code_needs_name:
                # the style of many British papers: "Opec", "Nato", "Brics"
                forms.setdefault(ref.code.capitalize(), (ref.key, "variant"))
        forms.setdefault(ref.key, (ref.key, "acronym" if ref.key.isupper() else "name"))
    for phrase in organization_blockers():
        forms[phrase] = None
    # (?![\w]) keeps "UN" out of "UNIFIL"; lowercase "un-" never matches (case-sensitive)
    return word_pattern(forms), forms


@cache
def _lower_table() -> tuple[re.Pattern[str], frozenset[str]]:
    """Return the regex of the organization forms written in lower case ("eurozone"), which the
    table's regex never matches, and their first four letters (a cheap test that one may be in
    a text)."""
    lower = sorted((f for f in _table()[1] if f[:1].islower()), key=len, reverse=True)
    if not lower:
        return re.compile(r"(?!)"), frozenset()
    alternatives = "|".join(re.escape(f) for f in lower)
    return re.compile(rf"(?<![\w.-])(?:{alternatives})(?![\w-])"), frozenset(f[:4] for f in lower)


# British and American spellings of the words in organizations' names
_SPELLINGS = (("Cooperation", "Co-operation"), ("Organization", "Organisation"), ("Defense", "Defence"))


# a hyphen between capitalised words, also written as a space or before a small letter
# ("Confidence-Building Measures": "Confidence Building", "Confidence-building")
_CAPITAL_AFTER_HYPHEN = re.compile(r"(?<=\w)-([A-Z])(?=[a-z])")


def _spellings(name: str) -> set[str]:
    """Return the other spellings of a name ("Shanghai Co-operation Organisation", "Asia Pacific
    Economic Cooperation")."""
    found = {name}
    for one, other in _SPELLINGS:
        found |= {s.replace(one, other) for s in found} | {s.replace(other, one) for s in found}
    for s in list(found):
        if _CAPITAL_AFTER_HYPHEN.search(s):
            found.add(_CAPITAL_AFTER_HYPHEN.sub(r" \1", s))
            found.add(_CAPITAL_AFTER_HYPHEN.sub(lambda m: "-" + m.group(1).lower(), s))
    return found - {name}


# a name that says it is an organization: capitalised words (and "of", "for", "and", "the")
# holding one of these nouns: "the Indian Ocean Rim Association", "the League of Arab States"
@cache
def _reference_acronyms() -> frozenset[str]:
    """Return the forms of the reference organizations written in capitals ("NATO", "UN")."""
    return frozenset(f for f in _table()[1] if f.isupper())


# a name that says it is a body: an implied acronym's name must hold one of these words
_NAMES_A_BODY = re.compile(
    r"\b(?:Group|Council|Commission|Committee|Organi[sz]ation|Association|Community|Union|Alliance|League|"
    r"Agency|Authority|Forum|Bank|Fund|Court|Assembly|Conference|Movement|Front|Party|Office|Programme|Program|"
    r"Mission|Force|Institute|Centre|Center|Board|Secretariat|Parliament)\b"
)
_NAME_HEADS = ("Association", "Organization", "Organisation", "Community", "Union", "Alliance", "League")
_NAMED = re.compile(r"(?<![\w’'-])[A-Z][\w&-]*(?:\s+(?:(?:of|for|and|the|on)\s+)*[A-Z][\w&-]*){1,9}")
# the words a name's first word never comes after (the words between its capitalised ones, articles)
# (in capitals too: a lede's first words, "THE CARIBBEAN Community")
_BEFORE_NAME = frozenset(("of", "for", "and", "the", "on", "The", "A", "An", "THE", "AN"))
_ACRONYM = re.compile(r"(?<![\w.-])[A-Z][A-Z0-9-]{1,7}(?![\w-])")


def _name_in_run(run: str) -> tuple[int, int] | None:
    """Return where the organization's name is in a run of capitalised words, if it holds one:
    the capitalised words right before a noun of `_NAME_HEADS` that ends the run ("[Leaders of
    the] Indian Ocean Rim Association"), or that noun, those before it and what follows it when
    "of" or "for" comes next ("D-8 Organization for Economic Cooperation", "League of Arab States")
    but never a noun opening a name of other words ("Union Square")."""
    words = [(w.group(), w.start(), w.end()) for w in re.finditer(r"\S+", run)]
    for i, (word, _, _) in enumerate(words):
        last = i == len(words) - 1
        if word not in _NAME_HEADS or not (last or words[i + 1][0] in ("of", "for")):
            continue
        first = i
        while first > 0 and words[first - 1][0] not in _BEFORE_NAME:
            first -= 1
        if first == i and last:
            return None  # one word: "the Union", "the League"
        return words[first][1], words[-1][2]
    return None


# a name set off after the noun of what it is: "The grouping, Colombo Security Conclave, came
# out with a declaration", "a new bloc, the Lunar Basin Pact,"
_APPOSED_NOUN = r"(?:grouping|bloc|alliance|organi[sz]ation|coalition|forum)"
_APPOSED_CUE = re.compile(rf"\b{_APPOSED_NOUN}\s*,")
_APPOSED_NAME = re.compile(
    rf"\b(?:[Tt]he|[Aa]|[Tt]his)\s+(?:[a-z][\w-]*\s+){{0,2}}{_APPOSED_NOUN}"
    r"\s*,\s+(?:the\s+)?(?P<name>[A-Z][\w&-]*(?:\s+(?:(?:of|for|and|the|on)\s+)*[A-Z][\w&-]*){1,6})\s*,"
)


def _apposed_names(text: str) -> list[tuple[int, int]]:
    """Return the spans of the names `_APPOSED_NAME` sets off and of their other mentions: names of
    three words or more, or holding a word that names a body (not a person's, "the alliance, John
    Smith,")."""
    names = {
        m.group("name")
        for m in _APPOSED_NAME.finditer(text)
        if len(m.group("name").split()) >= 3 or _NAMES_A_BODY.search(m.group("name"))
    }
    if not names:
        return []
    every = re.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, sorted(names))) + r")(?![\w-])")
    return [m.span() for m in every.finditer(text)]


def named_organizations(
    text: str, known: list[tuple[int, int]]
) -> dict[str, tuple[str, list[tuple[int, int]]]]:
    """Return organizations the text names by a name that says what they are, outside ``known``
    spans: key -> (full name, spans). The key is an acronym of the name the text also uses
    ("IORA" for "Indian Ocean Rim Association"), else the name itself."""
    apposed = _apposed_names(text) if _APPOSED_CUE.search(text) else []
    if not apposed and not any(head in text for head in _NAME_HEADS):
        return {}
    found: dict[str, list[tuple[int, int]]] = {}
    runs = (
        (m.start() + span[0], m.start() + span[1])
        for m in _NAMED.finditer(text)
        if (span := _name_in_run(m.group()))
    )
    for start, end in sorted({*runs, *apposed}):
        name = text[start:end]
        if any(start < e and s < end for s, e in known) or country_form(name):
            continue
        head, of, rest = name.partition(" of ")
        if of and " " not in head and country_form(rest.removeprefix("the ")):
            continue  # a state's style: "the Union of Comoros"
        found.setdefault(name, []).append((start, end))
    out: dict[str, tuple[str, list[tuple[int, int]]]] = {}
    acronyms: dict[str, list[tuple[int, int]]] = {}
    if found:
        for a in _ACRONYM.finditer(text):
            acronyms.setdefault(a.group(), []).append(a.span())
    for name, spans in found.items():
        # (a word of the name in capitals is no acronym of it: "EASTERN" in "EASTERN Highlands Union")
        short = next(
            (a for a in acronyms if a != name and a not in name.split() and is_acronym_of(name, a)), None
        )
        if short is not None:
            spans = spans + acronyms[short]
        out[short or name] = (name, sorted(spans))
    return out


def defined_acronyms(doc: Document) -> dict[str, tuple[str, int, int]]:
    """Return acronyms the text defines or describes as organizations: short -> (long name, start, end).

    A described acronym ("The SCO, a regional bloc,") has its description as its long name.
    """
    found: dict[str, tuple[str, int, int]] = {}
    for d in acronym_definitions(doc.text):
        # (a country in brackets after a name is no acronym: "Andrzej Duda (Poland)")
        if not country_form(d.long) and not country_form(d.short):
            found[d.short] = (d.long, d.long_start, d.long_start + len(d.long))
    for x in acronym_descriptions(doc.text):
        if x.short not in found and x.noun in _ORGANIZATION_NOUNS and not country_form(x.short):
            found[x.short] = (x.description, -1, -1)
    forms = _table()[1]
    for d in implied_definitions(doc.text, _reference_acronyms() | frozenset(found)):
        # ("the Commonwealth Ministerial Action Group ... The CMAG": a body that names what it is)
        if (
            d.short not in forms
            and d.short not in lx.COMMON_ACRONYMS
            and _NAMES_A_BODY.search(d.long)
            and not country_form(d.long)
            and not country_form(d.short)
        ):
            found[d.short] = (d.long, d.long_start, d.long_start + len(d.long))
    return found


def _mentions(
    doc: Document, defined: dict[str, tuple[str, int, int]], named: dict[str, str]
) -> list[tuple[str, Mention]]:
    """Return (key, mention) pairs in text order; ``named`` gets the full name of each organization
    found by its name alone."""
    pattern, forms = _table()
    found: list[tuple[str, Mention]] = []
    for m in pattern.finditer(doc.text):
        hit = forms.get(m.group())
        if hit is not None:
            found.append((hit[0], Mention(doc.span(m.start(), m.end()), m.group(), hit[1])))
    lower, stems = _lower_table()
    if any(stem in doc.text for stem in stems):
        for m in lower.finditer(doc.text):
            hit = forms.get(m.group())
            if hit is not None:
                found.append((hit[0], Mention(doc.span(m.start(), m.end()), m.group(), hit[1])))
    new = {s: v for s, v in defined.items() if s not in forms}
    if new:
        known = {(x.span.start, x.span.end) for _, x in found}
        # an acronym the text defines for an organization of the reference data whose own acronym
        # is left out of it (the Council of Europe's "COE") stands for that organization
        key_of = {}
        for short, (long, start, _end) in new.items():
            hit = forms.get(long) if start >= 0 else None
            key_of[short] = hit[0] if hit is not None else short
            if start >= 0 and hit is None:  # a described acronym has no long name in the text
                end = start + len(long)
                # (a name inside it is part of its name: "Commonwealth" in "Commonwealth Ministerial
                # Action Group")
                found = [(k, x) for k, x in found if not (start <= x.span.start and x.span.end <= end)]
                found.append((short, Mention(doc.span(start, end), long, "defined")))
        words = re.compile(r"(?<![\w.-])(?:" + "|".join(re.escape(s) for s in new) + r")(?![\w])")
        for m in words.finditer(doc.text):
            if (m.start(), m.end()) not in known:
                found.append((key_of[m.group()], Mention(doc.span(m.start(), m.end()), m.group(), "acronym")))
        # the long name where the text writes it again, before or after its definition: "at the Gas
        # Exporting Countries Forum ... (GECF) ... The Gas Exporting Countries Forum comprises"
        # (a name that says it is a body: not "Memorandum of Understanding (MoU)" or a person's)
        spelled = {
            long: short
            for short, (long, start, _end) in new.items()
            if start >= 0 and long not in forms and _NAMES_A_BODY.search(long)
        }
        if spelled:
            taken = [(x.span.start, x.span.end) for _, x in found]
            names = re.compile(r"(?<![\w.-])(?:" + "|".join(map(re.escape, spelled)) + r")(?![\w-])")
            for m in names.finditer(doc.text):
                if not any(a < m.end() and m.start() < b for a, b in taken):
                    found.append(
                        (spelled[m.group()], Mention(doc.span(m.start(), m.end()), m.group(), "name"))
                    )
    found = _named_where_needed(doc, found, defined, named)
    found += _named_mentions(doc, found, defined, named)
    found.sort(key=lambda pair: (pair[1].span.start, pair[1].span.end))
    return found


def _named_where_needed(
    doc: Document,
    found: list[tuple[str, Mention]],
    defined: dict[str, tuple[str, int, int]],
    named: dict[str, str],
) -> list[tuple[str, Mention]]:
    """Return ``found`` without the bare acronyms of organizations whose acronym names other
    things too (`code_needs_name`) in a text that never writes their name; where the text
    defines that acronym for another body ("the Arab Medical Union (AMU)"), they are that body's."""
    refs = load_organizations()
    needy = {key for key, _ in found if key in refs and refs[key].code_needs_name}
    needy -= {key for key, m in found if key in needy and m.rule in ("name", "variant")}
    if not needy:
        return found
    out = [(key, m) for key, m in found if key not in needy]
    for key in sorted(needy):
        long, start, _end = defined.get(refs[key].code or key, ("", -1, -1))
        if start < 0:
            continue
        named[long] = long
        out.append((long, Mention(doc.span(start, start + len(long)), long, "defined")))
        out += [(long, m) for k, m in found if k == key]
    return out


def _named_mentions(
    doc: Document,
    found: list[tuple[str, Mention]],
    defined: dict[str, tuple[str, int, int]],
    named: dict[str, str],
) -> list[tuple[str, Mention]]:
    """Return the mentions of the organizations named by what they are (`named_organizations`)
    outside those ``found``; ``named`` gets the full name of each new one. A name made of the
    words of an organization found already is a short form of it ("the Sahel Alliance" for the
    Alliance of Sahel States)."""
    new = named_organizations(doc.text, [(x.span.start, x.span.end) for _, x in found])
    if not new:
        return []
    forms = _table()[1]
    refs = load_organizations()
    taken = set(defined) | {key for key, _ in found}
    words_of = {
        key: {w for n in _names(key, refs, defined) for w in n.split() if w[:1].isupper()} for key in taken
    }
    out: list[tuple[str, Mention]] = []
    for key, (name, where) in new.items():
        if key in taken or key in forms:
            continue
        own = {w for w in name.split() if w[:1].isupper()}
        same = [k for k, words in words_of.items() if own <= words]
        if len(same) == 1:
            key, name = same[0], ""
        else:
            named[key] = name
        for start, end in where:
            text = doc.text[start:end]
            out.append((key, Mention(doc.span(start, end), text, "named" if text == name else "variant")))
    return out


def _names(key: str, refs: dict[str, OrganizationRef], defined: dict[str, tuple[str, int, int]]) -> list[str]:
    """Return the names of an organization: the reference data's, else the one the text defines."""
    ref = refs.get(key)
    if ref is not None:
        return [ref.full_name, *ref.variants]
    long = defined.get(key)
    return [long[0]] if long and long[1] >= 0 else []


def extract_organizations(doc: Document) -> tuple[Entity, ...]:
    """Return one `Entity` (kind ``organization``, key its short name) per organization, by first mention."""
    refs = load_organizations()
    defined = defined_acronyms(doc)
    named: dict[str, str] = {}
    grouped: dict[str, list[Mention]] = {}
    for key, mention in _mentions(doc, defined, named):
        grouped.setdefault(key, []).append(mention)
    _short_forms(grouped, refs)
    entities = []
    for key, mentions in grouped.items():
        ref = refs.get(key)
        code = ref.code if ref else key
        # a described acronym has no full name: its description is not one
        full: str | None
        if ref is not None:
            full = ref.full_name
        elif key in named:
            full = named[key]
        else:
            full = defined[key][0] if defined[key][1] >= 0 else None
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
