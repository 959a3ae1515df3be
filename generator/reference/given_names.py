"""Write the shipped list of given names from Faker's person data (run once, not at build time).

``python -m generator.reference.given_names OUT.txt`` (with the ``faker`` package
installed) writes ``given-names.txt``: one name per line, sorted, the first names
of every locale of Faker written in the Latin alphabet. GIVEN_NAMES.md names the
source and its license.
"""

from __future__ import annotations

import importlib
import pkgutil
import re
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

DATA_FILE = "given-names.txt"
# the attributes of a Faker person provider that hold first names (a list, or a dict of weights)
_FIRST_NAME_ATTRIBUTES = ("first_names", "first_names_male", "first_names_female", "first_names_nonbinary")
# a name as a text writes it: a capital, then letters of the Latin alphabet (with accents), a
# hyphen or an apostrophe between parts ("Jean-Luc", "D'Angelo")
_LATIN_NAME = re.compile(r"[A-ZÀ-ÖØ-ÞĀ-ɏ][a-zß-öø-ÿĀ-ɏ]+(?:[-'][A-ZÀ-ÖØ-Þa-zß-öø-ÿĀ-ɏ][a-zß-öø-ÿĀ-ɏ]+)*")


def latin_names(names: Iterable[str]) -> set[str]:
    """Return the ``names`` written in the Latin alphabet as a name is, capitalised."""
    return {n for n in names if _LATIN_NAME.fullmatch(n)}


def faker_first_names() -> Iterator[str]:
    """Yield the first names of every Faker person provider (repeats included)."""
    import faker.providers.person as person  # a tool of this script alone, not of the package

    for module in pkgutil.iter_modules(person.__path__):
        provider = getattr(importlib.import_module(f"{person.__name__}.{module.name}"), "Provider", None)
        for attribute in _FIRST_NAME_ATTRIBUTES:
            names = _class_attribute(provider, attribute)
            if isinstance(names, (list, tuple, dict)):
                yield from (n for n in names if isinstance(n, str))


def _class_attribute(cls: type | None, name: str) -> object:
    """Return the class attribute ``name`` of ``cls`` or of a base class (not a property's value)."""
    for base in getattr(cls, "__mro__", ()):
        if name in vars(base):
            return vars(base)[name]
    return None


def main(argv: list[str]) -> None:
    if len(argv) != 1:
        sys.exit(f"usage: python -m generator.reference.given_names OUT.txt (writes {DATA_FILE})")
    names = sorted(latin_names(faker_first_names()))
    Path(argv[0]).write_text("".join(f"{n}\n" for n in names), encoding="utf-8")


if __name__ == "__main__":
    main(sys.argv[1:])
