"""Curated reference data: countries (names from pycountry plus aliases),
organizations (names, variants, member states with a source and a date) and given names.

Loaders read the YAML package data once and cache the result.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

import pycountry
import yaml

# the C loader reads the same YAML about ten times faster; the pure-Python one is the fallback
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@dataclass(frozen=True, slots=True)
class CountryRef:
    """One country: ISO alpha-3 code, display and official names, and the words naming it."""

    iso3: str
    name: str
    full_name: str
    aliases: tuple[str, ...] = ()
    demonyms: tuple[str, ...] = ()
    capitals: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class MemberList:
    """Member states of an organization per reference data (not per any article)."""

    source: str
    as_of: str
    states: tuple[tuple[str, int], ...]
    suspended: tuple[tuple[str, str], ...] = ()
    left: tuple[tuple[str, int], ...] = ()


@dataclass(frozen=True, slots=True)
class OrganizationRef:
    """One organization: short id, acronym, full name, spellings, kind and members."""

    key: str
    code: str | None
    full_name: str
    variants: tuple[str, ...] = ()
    kind: str = "states"
    members: MemberList | None = None
    member_nouns: tuple[str, ...] = ()  # what it calls its members besides "members"
    # its acronym names other things too ("B9" a vitamin): it counts only where the name is written
    code_needs_name: bool = False
    # an agreement, a regime or an area, which never speaks ("it said" is never the Schengen Area)
    speaks: bool = True

    @property
    def has_member_states(self) -> bool:
        return self.kind == "states"


@cache
def _read(name: str) -> Any:
    """Return the parsed YAML file ``name`` (read once; callers must not modify it)."""
    text = resources.files(__package__).joinpath(name).read_text(encoding="utf-8")
    return yaml.load(text, Loader=_LOADER)  # a safe loader, C or Python


@cache
def load_countries() -> dict[str, CountryRef]:
    """Return reference countries by ISO alpha-3 code (only those listed in countries.yaml)."""
    data = _read("countries.yaml")["countries"]
    out: dict[str, CountryRef] = {}
    for iso3, extra in data.items():
        extra = extra or {}
        iso = pycountry.countries.get(alpha_3=iso3)
        # pycountry's sort names ("Congo, The Democratic Republic of the") never occur in prose
        names = (getattr(iso, "name", None), getattr(iso, "common_name", None))
        iso_names = [n for n in names if n and "," not in n]
        name = extra.get("name") or (iso_names[-1] if iso_names else iso3)
        official = extra.get("full_name") or getattr(iso, "official_name", None) or (iso_names or [name])[0]
        aliases = [*iso_names, name, *extra.get("aliases", [])]
        # ("Antigua & Barbuda", "Trinidad & Tobago": a name's "and" is often written so)
        aliases += [a.replace(" and ", " & ") for a in aliases if " and " in a]
        out[iso3] = CountryRef(
            iso3=iso3,
            name=name,
            full_name=official,
            aliases=tuple(dict.fromkeys(aliases)),
            demonyms=tuple(extra.get("demonyms", [])),
            capitals=tuple(extra.get("capitals", [])),
        )
    return out


# the given names the package ships, written by `faker_names`
GIVEN_NAMES_FILE = "given-names.txt"


@cache
def given_names() -> frozenset[str]:
    """Return the given names of many countries, written in the Latin alphabet
    (``given-names.txt``, from Faker's person data: see GIVEN_NAMES.md)."""
    return frozenset(_given_name_lines())


@cache
def given_name_genders() -> dict[str, str]:
    """Return the given names that are a man's ("m") or a woman's ("f") name only, by name."""
    return {name: gender for name, gender in _given_name_lines().items() if gender}


@cache
def _given_name_lines() -> dict[str, str]:
    text = resources.files(__package__).joinpath(GIVEN_NAMES_FILE).read_text(encoding="utf-8")
    return {name: gender for name, _, gender in (line.partition(" ") for line in text.splitlines())}


@cache
def country_blockers() -> tuple[str, ...]:
    """Return phrases that contain a country word but name no country."""
    return tuple(_read("countries.yaml").get("blockers", []))


def _members(data: dict[str, Any] | None) -> MemberList | None:
    if not data:
        return None
    return MemberList(
        source=data["source"],
        as_of=str(data["as_of"]),
        states=tuple(sorted((k, int(v)) for k, v in data.get("states", {}).items())),
        suspended=tuple(sorted((k, str(v)) for k, v in (data.get("suspended") or {}).items())),
        left=tuple(sorted((k, int(v)) for k, v in (data.get("left") or {}).items())),
    )


@cache
def organization_blockers() -> tuple[str, ...]:
    """Return phrases that contain an organization's name but name another body."""
    return tuple(_read("organizations.yaml").get("blockers", []))


@cache
def load_organizations() -> dict[str, OrganizationRef]:
    """Return reference organizations by their short id."""
    data = _read("organizations.yaml")["organizations"]
    return {
        key: OrganizationRef(
            key=key,
            code=entry.get("code", key),
            full_name=entry["full_name"],
            variants=tuple(entry.get("variants", [])),
            kind=entry.get("kind", "states"),
            members=_members(entry.get("members")),
            member_nouns=tuple(entry.get("member_nouns", [])),
            code_needs_name=bool(entry.get("code_needs_name", False)),
            speaks=bool(entry.get("speaks", True)),
        )
        for key, entry in data.items()
    }
