"""Role phrases matched against the people an article names: the fields and the qualifiers
a role noun carries ("the Saudi crown prince", "the army chief"), whether a person's role holds
them, and the reference organizations' acronyms a role may name ("the African Union chief")."""

from __future__ import annotations

import re
from functools import cache

from ...records import Entity
from ...reference import load_organizations
from .. import lexicon as lx
from ..people.affiliation import country_word

POSSESSIVE = re.compile(r"['’]s\b")

# a capitalised word of a role phrase that may qualify it ("Bahrain", "Saudi", "NATO"), with its
# possessive cut off
_QUALIFIER = re.compile(r"\b([A-Z][a-z][\w-]+|[A-Z]{2,6}|(?:[A-Z]\.){2,4})(?:['’]s)?(?:\b|(?<=\.))")


# the names of a country's or a body's top office; the generic ones stand in for the others
# when qualified ("the Kyrgyz president" is the one introduced as "Kyrgyz leader")
TOP_OFFICES = frozenset(
    [
        "leader",
        "president",
        "prime minister",
        "premier",
        "chancellor",
        "head of state",
        "head of government",
        "chief",
        "head",
    ]
)


GENERIC_OFFICES = frozenset(["leader", "chief", "head"])


def fields(words: list[str]) -> tuple[str, ...]:
    """Return the fields the words before a role noun narrow it to: lower-case ones ("the army
    chief") or capitalised ones ("the Finance Minister"; not "union" in "the African Union
    chief", see `_inside_name`)."""
    fields = []
    for i, word in enumerate(words):
        low = word.lower()
        if low not in lx.ROLE_FIELDS:
            continue
        if word.islower() or not (i > 0 and _inside_name(words[i - 1], low)):
            fields.append(low)
    return tuple(fields)


def in_fields(role: str, fields: tuple[str, ...]) -> bool:
    """Return whether a role (as written) is in every one of ``fields``, by any of its words, and
    not as part of a name ("union" is not in "European Union foreign policy chief")."""
    for field in fields:
        forms = lx.ROLE_FIELD_FORMS.get(field, (field,))
        if not any(_field_word(role, form) for form in forms):
            return False
    return True


@cache
def _field_pattern(form: str) -> re.Pattern[str]:
    return re.compile(rf"(?<![\w-])(?i:{re.escape(form)})[\w-]*(?:\s|$)")


def _field_word(role: str, form: str) -> bool:
    """Return whether ``form`` opens a word of ``role`` in its field: lower case, or capitalised
    ("Army Chief", "Chief of Defence Staff") where no name makes it another thing (`_inside_name`)."""
    for m in _field_pattern(form).finditer(role):
        if role[m.start()].islower():
            return True
        before = role[: m.start()].split()
        if not before or not _inside_name(before[-1], form):
            return True
    return False


def _inside_name(word: str, field: str) -> bool:
    """Return whether a capitalised word before the word of a field makes it part of a name that is
    no field of work: "European Union", "African Union" are no trade union (a bank, a navy, a
    central bank stay what they are: "World Bank President", "Central Bank Governor")."""
    word = word.removesuffix("'s").removesuffix("’s")
    return field == "union" and word[:1].isupper() and not word.isupper() and country_word(word) is None


@cache
def reference_codes() -> frozenset[str]:
    """Return the reference organizations' acronyms ("UNIFIL", "NATO")."""
    return frozenset(_codes_by_name().values())


@cache
def _codes_by_name() -> dict[str, str]:
    """Return the reference organizations' acronyms by their full names."""
    return {ref.full_name: ref.code for ref in load_organizations().values() if ref.code}


@cache
def names_by_code() -> dict[str, tuple[tuple[int, str], ...]]:
    """Return the full names of `_codes_by_name` by acronym, each with its place there."""
    out: dict[str, list[tuple[int, str]]] = {}
    for i, (name, code) in enumerate(_codes_by_name().items()):
        out.setdefault(code, []).append((i, name))
    return {code: tuple(names) for code, names in out.items()}


def acronyms_named(phrase: str) -> list[str]:
    """Return the acronyms of the reference organizations a role phrase names in full ("AU" for
    "the African Union chief")."""
    return [code for name, code in _codes_by_name().items() if name in phrase]


def terms(phrase: str, head: str) -> tuple[set[str], list[str]]:
    """Return the role nouns a role ``head`` stands for, and the words of ``phrase`` that qualify
    it ("Saudi" in "the Saudi crown prince")."""
    wanted = {head, *lx.ROLE_SYNONYMS.get(head, ())}
    # ("the U.S. diplomat": an acronym written with dots is the acronym)
    words = [w.replace(".", "") if w.endswith(".") else w for w in _QUALIFIER.findall(phrase)]
    # ("the South African president": a country's demonym of two words is one qualifier)
    merged: list[str] = []
    for word in words:
        if merged and country_word(f"{merged[-1]} {word}"):
            merged[-1] = f"{merged[-1]} {word}"
        else:
            merged.append(word)
    return wanted, [
        w for w in merged if w not in lx.PERSON_TITLES and w not in _DETERMINERS and w.lower() not in wanted
    ]


# the capitalised words opening a sentence's role that qualify nothing ("The minister said")
_DETERMINERS = frozenset(["The", "This", "That", "These", "Those", "Its", "Their", "His", "Her", "Our"])


def qualified(person: Entity, qualifiers: list[str], *, prefix: bool = True) -> bool:
    """Return whether a person's role or affiliation holds one of the ``qualifiers`` (its stem:
    "Bahraini" qualifies "Bahrain's King"; an acronym at a word's start: "the NATO chief", "the UN
    diplomat" heading UNMISS)."""
    held = f"{person.role or ''} {person.affiliation or ''}"
    return any(_holds_qualifier(held, q, prefix) for q in qualifiers)


def of_country(role: str | None, qualifiers: list[str]) -> bool:
    """Return whether a role is of the country one of the ``qualifiers`` names, read as whole words
    (the "Nigerian President" is not "the Nigerien president", nor "South Sudanese" "Sudanese")."""
    words = [POSSESSIVE.sub("", w) for w in (role or "").split()]  # "Nigeria's President"
    named: set[str] = set()
    k = 0
    while k < len(words):
        two = country_word(" ".join(words[k : k + 2])) if k + 1 < len(words) else None
        one = country_word(words[k])
        if two:
            named.add(two)
            k += 2
            continue
        if one:
            named.add(one)
        k += 1
    # (a qualifier that names no country the reference knows is read as a word of the role)
    countries = [(q, country_word(q)) for q in qualifiers]
    return any(country in named if country else q in words for q, country in countries)


def _holds_qualifier(held: str, q: str, prefix: bool = True) -> bool:
    """Return whether a role and affiliation (``held``) hold the qualifier ``q``."""
    if " " in q:  # a body's name in words, or a country's ("South African" for "South Africa's")
        return q in held or (country_word(q) or q) in held
    if q.isupper():
        # (written with dots or without: "U.N." for "UN"; ``prefix``: opening a longer acronym)
        dotted = r"\.?".join(q) + r"\.?"
        return re.search(rf"\b{dotted}" + ("" if prefix else r"(?![\w-])"), held) is not None
    if _acronym(q):
        return re.search(rf"\b{re.escape(q)}\b", held) is not None  # in mixed case: "UfM", "CoE"
    # (its stem, or the country it names: "Polish" qualifies the "Prime Minister of Poland")
    return len(q) >= 4 and (q[:5] in held or (country_word(q) or q) in held)


def _acronym(word: str) -> bool:
    """Return whether a qualifier is an acronym, in capitals ("NATO") or mixed case ("UfM", "CoE";
    not a name such as "McCain", mostly small letters)."""
    return word.isupper() or 2 * sum(map(str.isupper, word)) >= len(word)


@cache
def demonym_before(word: str) -> re.Pattern[str]:
    """Return the pattern of ``word`` a few words before the end: "Kenyan opposition leader "."""
    return re.compile(rf"\b{re.escape(word)}\s+(?:[\w-]+\s+){{0,3}}$")


# "Tanzania's " right before a name, or a few lower-case words before it ("Pakistan's army chief ")
COUNTRY_POSSESSIVE = re.compile(r"\b([A-Z][\w-]*(?:\s[A-Z][\w-]*)?)['’]s\s(?:[a-z][\w-]*\s){0,3}$")


def qualified_otherwise(person: Entity, qualifiers: list[str]) -> bool:
    """Return whether the ``qualifiers`` name a country or a body and a person tied to one is
    tied to none of them: the Kazakh President named before is not "the Kyrgyz president"
    (a qualifier such as "Kremlin" says nothing either way)."""
    # (an acronym in mixed case only when the reference data has it: "UfM", not "BuBa")
    places = [
        q
        for q in qualifiers
        if q.isupper() or q in reference_codes() or " " in q or country_word(q) is not None
    ]
    if not places or not person.affiliation:
        return False
    if all(country_word(q) is not None for q in places) and country_word(person.affiliation) is None:
        return False  # a country says nothing against one tied to a body ("the Dutchman" heading NATO)
    return not qualified(person, places)


# a word before a role noun (or before the word before it) that makes it another office: a prime
# minister is not "the minister", a deputy foreign minister not, a vice-president not "the
# president"
_OTHER_OFFICE = re.compile(r"\b(?:prime|vice|deputy)[\s-](?:[a-z]+\s)?$")


def holds(role: str, wanted: set[str] | frozenset[str], *, strict: bool = False) -> bool:
    """Return whether a (lower-case) role holds one of the ``wanted`` nouns; ``strict``, not as
    part of another office ("prime minister" holds "minister", but not strictly)."""
    for word in wanted:
        at = role.find(word)
        while at >= 0:
            if not strict or not _OTHER_OFFICE.search(role, 0, at):
                return True
            at = role.find(word, at + 1)
    return False
