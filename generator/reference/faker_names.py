"""Write the shipped list of given names from Faker's person data (run once, not at build time).

``python -m generator.reference.faker_names OUT.txt`` (with the ``faker`` package
installed) writes ``given-names.txt``: one name per line, sorted, the first names
of every locale of Faker written in the Latin alphabet, each followed by ``m`` or ``f``
when every locale that lists it among men's or women's names gives it as one of those only.
GIVEN_NAMES.md names the source and its license.
"""

from __future__ import annotations

import importlib
import pkgutil
import re
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

from . import GIVEN_NAMES_FILE

# the attributes of a Faker person provider that hold first names (a list, or a dict of weights),
# with the gender each gives them ("" for none)
_FIRST_NAME_ATTRIBUTES = {
    "first_names": "",
    "first_names_male": "m",
    "first_names_female": "f",
    "first_names_nonbinary": "",
}
# a name as a text writes it: a capital, then letters of the Latin alphabet (with accents), a
# hyphen or an apostrophe between parts ("Jean-Luc", "D'Angelo")
_LATIN_NAME = re.compile(r"[A-ZÀ-ÖØ-ÞĀ-ɏ][a-zß-öø-ÿĀ-ɏ]+(?:[-'][A-ZÀ-ÖØ-Þa-zß-öø-ÿĀ-ɏ][a-zß-öø-ÿĀ-ɏ]+)*")


def faker_first_names() -> Iterator[tuple[str, str]]:
    """Yield (name, gender) for the first names of every Faker person provider (repeats
    included; gender "m", "f" or "" when the list gives none)."""
    import faker.providers.person as person  # a tool of this script alone, not of the package

    for module in pkgutil.iter_modules(person.__path__):
        provider = getattr(importlib.import_module(f"{person.__name__}.{module.name}"), "Provider", None)
        for attribute, gender in _FIRST_NAME_ATTRIBUTES.items():
            names = _class_attribute(provider, attribute)
            if isinstance(names, (list, tuple, dict)):
                yield from ((n, gender) for n in names if isinstance(n, str))


def gendered_lines(pairs: Iterable[tuple[str, str]]) -> list[str]:
    """Return the lines of the list: each name in the Latin alphabet once, sorted, followed by
    its gender when every list of men's or women's names that has it gives the same one (the
    lists of both, which most locales also have, tell nothing)."""
    genders: dict[str, set[str]] = {}
    for name, gender in pairs:
        if _LATIN_NAME.fullmatch(name):
            genders.setdefault(name, set()).add(gender)
    lines = []
    for name, found in sorted(genders.items()):
        told = found - {""}
        lines.append(f"{name} {told.pop()}" if len(told) == 1 else name)
    return lines


def _class_attribute(cls: type | None, name: str) -> object:
    """Return the class attribute ``name`` of ``cls`` or of a base class (not a property's value)."""
    for base in getattr(cls, "__mro__", ()):
        if name in vars(base):
            return vars(base)[name]
    return None


def main(argv: list[str]) -> None:
    if len(argv) != 1:
        sys.exit(f"usage: python -m generator.reference.faker_names OUT.txt (writes {GIVEN_NAMES_FILE})")
    lines = gendered_lines(faker_first_names())
    Path(argv[0]).write_text("".join(f"{line}\n" for line in lines), encoding="utf-8")


if __name__ == "__main__":
    main(sys.argv[1:])
