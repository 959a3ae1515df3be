"""Countries named in a document: names, common forms, demonyms and capitals as metonyms."""

from __future__ import annotations

import re
from functools import cache

from ..records import Document, Entity, Mention
from ..reference import CountryRef, country_blockers, load_countries
from .gazetteer import word_pattern

# Country names that are also first names or saints': "Chad Smith", "Michael Jordan", "Montserrat
# Caballe", "Saint Vincent Ferrer" are people.
_PERSON_RISK = frozenset(
    {"Chad", "Jordan", "Georgia", "Montserrat", "Saint Vincent", "St Vincent", "St. Vincent"}
)
_NEXT_CAPITALISED = re.compile(r"\s[A-Z][a-z]")
_PREV_CAPITALISED = re.compile(r"(?<![\w-])[A-Z][a-z]+\s$")
# a capitalised word before the name that does not make it a person's ("In Chad", "Neighbouring Jordan")
_NOT_FIRST_NAMES = frozenset(
    [
        "In",
        "From",
        "To",
        "At",
        "On",
        "For",
        "With",
        "And",
        "But",
        "Of",
        "By",
        "The",
        "As",
        "Across",
        "Both",
        "Including",
        "While",
        "Neighbouring",
        "Neighboring",
        "Northern",
        "Southern",
        "Eastern",
        "Western",
        "Central",
        "Unlike",
        "Like",
        "Than",
        "Within",
        "Inside",
        "Outside",
        "Into",
        "Towards",
        "Toward",
        "Via",
        "Unlike",
        "Besides",
        "Beyond",
        "Against",
        "Between",
        "Whereas",
        "Also",
        "Only",
        "Even",
    ]
)


@cache
def _table() -> tuple[re.Pattern[str], dict[str, tuple[str, str] | None]]:
    """Return one regex over every surface form and a map form -> (iso3, rule) or None."""
    forms: dict[str, tuple[str, str] | None] = {}
    for ref in load_countries().values():
        for rule, words in (("capital", ref.capitals), ("demonym", ref.demonyms), ("alias", ref.aliases)):
            for word in words:
                forms[word] = (ref.iso3, rule)
        forms[ref.name] = (ref.iso3, "name")
        # the official name names the country as a whole ("Federated States of Micronesia",
        # not "Micronesia" after an unknown "Federated States of")
        forms.setdefault(ref.full_name, (ref.iso3, "alias"))
    for phrase in country_blockers():
        forms[phrase] = None
    # longest first, so "Guinea-Bissau" wins over "Guinea" at the same position
    return word_pattern(forms), forms


def country_form(text: str) -> str | None:
    """Return the ISO alpha-3 code that ``text`` names as a whole, or None."""
    hit = _table()[1].get(text)
    return hit[0] if hit else None


def _rule(ref: CountryRef, form: str, rule: str) -> str:
    if rule == "alias" and form in (ref.name, ref.full_name):
        return "name"
    return rule


def _is_person(text: str, start: int, end: int) -> bool:
    """Return True when a first-name-like country word is part of a person's name."""
    before = _PREV_CAPITALISED.search(text, max(0, start - 20), start)
    if before and before.group().strip() in _NOT_FIRST_NAMES:
        before = None
    return bool(_NEXT_CAPITALISED.match(text, end) or before)


@cache
def _rules() -> dict[str, tuple[str, str]]:
    """Return form -> (iso3, the rule its mentions report), for every form naming a country."""
    refs = load_countries()
    out = {}
    for form, hit in _table()[1].items():
        if hit is not None:
            iso3, rule = hit
            out[form] = (iso3, "name" if form == refs[iso3].name else _rule(refs[iso3], form, rule))
    return out


def state_named(phrase: str) -> str | None:
    """Return the ISO alpha-3 code of the state a whole phrase names by its name, another
    name or its capital ("the United States", "Britain", "Beijing"), not by a demonym."""
    hit = _rules().get(phrase.removeprefix("the ").removeprefix("The "))
    return hit[0] if hit is not None and hit[1] != "demonym" else None


def country_mentions(doc: Document) -> list[tuple[str, Mention]]:
    """Return (iso3, mention) pairs in text order."""
    pattern = _table()[0]
    rules = _rules()
    found: list[tuple[str, Mention]] = []
    text = doc.text
    for m in pattern.finditer(text):
        form = m.group()
        hit = rules.get(form)
        if hit is None:
            continue
        start, end = m.span()
        if form in _PERSON_RISK and _is_person(text, start, end):
            continue
        found.append((hit[0], Mention(doc.span(start, end), form, hit[1])))
    return found


def extract_countries(doc: Document) -> tuple[Entity, ...]:
    """Return one `Entity` (kind ``country``, key ISO alpha-3) per country named, by first mention."""
    refs = load_countries()
    grouped: dict[str, list[Mention]] = {}
    for iso3, mention in country_mentions(doc):
        grouped.setdefault(iso3, []).append(mention)
    entities = []
    for iso3, mentions in grouped.items():
        ref = refs[iso3]
        seen = tuple(dict.fromkeys(m.text for m in mentions if m.text != ref.name))
        entities.append(
            Entity(
                kind="country",
                key=iso3,
                name=ref.name,
                mentions=tuple(mentions),
                aliases=seen,
                code=iso3,
                full_name=ref.full_name,
            )
        )
    return tuple(sorted(entities, key=lambda e: (e.first.start, e.key)))
