"""One person under several name forms: a lone first or family name (``Xi`` for
``Xi Jinping``, ``Vladimir`` for ``Vladimir Putin``) and spelling variants of one
family name (``Niisto`` for ``Niinisto``) join the one fuller person they fit."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from .. import lexicon as lx
from .affiliation import better_role
from .names import close_variant

_WORD = re.compile(r"[a-z-]+")


@dataclass(slots=True)
class Person:
    name_tokens: list[str]
    role: str | None = None
    bare: list[str] = field(default_factory=list)  # name_tokens without middle initials
    forms: list[str] = field(default_factory=list)  # other name forms the text uses for the person
    spans: list[tuple[int, int]] = field(default_factory=list)  # mentions a word search misses


def merge_forms(
    people: list[Person], count: Callable[[str], int], speaks: Callable[[str], bool]
) -> list[Person]:
    """Return ``people`` with variants and one-word short forms merged into fuller people.

    ``count`` says how often a family name occurs (the commoner spelling wins); a spelling
    variant that ``speaks`` (``Tokayed told``) stays apart, as speakers are found by the
    words of a person's name.
    """
    people = _merge_variants(people, count, speaks)
    multi = [p for p in people if len(p.bare) > 1]
    if len(multi) == len(people) or not multi:
        return people
    tokens = {t for p in multi for t in (*p.bare, *p.forms)}
    kept = []
    for person in people:
        token = person.bare[0]
        fits = len(person.bare) == 1 and (token in tokens or len(token) >= 6)
        target = _target(person, multi, speaks) if fits else None
        if target is None:
            kept.append(person)
        else:
            _absorb(target, person)
    return kept


def _merge_variants(
    people: list[Person], count: Callable[[str], int], speaks: Callable[[str], bool]
) -> list[Person]:
    """Return people with same-first-name, close-family-name pairs merged (``Sauli Niisto``)."""
    firsts = [p.bare[0] for p in people if len(p.bare) > 1]
    if len(set(firsts)) == len(firsts):
        return people  # no two people share a first name
    kept: list[Person] = []
    for person in people:
        twin = next((k for k in kept if _twins(k, person)), None) if len(person.bare) > 1 else None
        if twin is None or speaks(twin.bare[-1]) or speaks(person.bare[-1]):
            kept.append(person)
            continue
        if (count(person.bare[-1]), len(person.bare[-1])) > (count(twin.bare[-1]), len(twin.bare[-1])):
            person.name_tokens, twin.name_tokens = twin.name_tokens, person.name_tokens
            person.bare, twin.bare = twin.bare, person.bare
        _absorb(twin, person)
    return kept


def _twins(a: Person, b: Person) -> bool:
    return len(a.bare) > 1 and a.bare[0] == b.bare[0] and close_variant(a.bare[-1], b.bare[-1])


def _target(person: Person, multi: list[Person], speaks: Callable[[str], bool]) -> Person | None:
    """Return the one multi-word person a one-word person is a short form or a variant of."""
    token = person.bare[0]
    exact = [p for p in multi if token == p.bare[0] or token == p.bare[-1] or token in p.forms]
    if exact:
        return exact[0] if len(exact) == 1 else None
    # a name inside a longer one: "Lula" of "Luiz Inácio Lula da Silva", "López" of "Andrés
    # Manuel López Obrador", when only one name holds it
    # (not a father's name: "Salman" of "Mohammed bin Salman Al Saud" is King Salman; nor one
    # holding another role)
    inside = [
        p
        for p in multi
        if token not in lx.NAME_PARTICLES
        # (p.bare[k] is the word before p.bare[k + 1])
        and any(
            t == token and p.bare[k].lower() not in lx.FATHER_PARTICLES for k, t in enumerate(p.bare[1:-1])
        )
    ]
    if inside:
        fits = len(inside) == 1 and (person.role is None or _same_role(person.role, inside[0].role))
        return inside[0] if fits else None
    if len(token) < 6:
        return None
    close = [p for p in multi if p.bare[-1][0] == token[0] and close_variant(token, p.bare[-1])]
    if len(close) != 1 or speaks(token):
        return None
    if person.role is None or _same_role(person.role, close[0].role):
        return close[0]
    return None


def _same_role(a: str, b: str | None) -> bool:
    nouns = {w for w in _WORD.findall(a.lower()) if w in lx.ROLE_NOUNS}
    return b is not None and not nouns.isdisjoint(_WORD.findall(b.lower()))


def _absorb(target: Person, person: Person) -> None:
    for form in (" ".join(person.name_tokens), person.bare[-1], *person.forms):
        if form not in target.forms and form != " ".join(target.name_tokens):
            target.forms.append(form)
    target.spans.extend(person.spans)
    target.role = better_role(target.role, person.role)
