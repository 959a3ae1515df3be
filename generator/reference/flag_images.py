"""Country flags as SVG files shipped with the package (``flags/``, from flag-icons).

Flags are images, not emoji: a flag emoji shows as an empty box on a system
without an emoji font and as two letters on Windows. ``flags/README.md`` says
where the files come from and which ones ship.
"""

from __future__ import annotations

from functools import cache
from importlib import resources

import pycountry

FOLDER = "flags"
# codes with no ISO 3166-1 entry in pycountry
_ALPHA2 = {"XKX": "xk"}


def flag_file(iso3: str) -> str | None:
    """Return the file name of the flag of ``iso3`` (``"am.svg"``), or None if none ships."""
    country = pycountry.countries.get(alpha_3=iso3)
    alpha2 = country.alpha_2.lower() if country else _ALPHA2.get(iso3)
    if alpha2 is None:
        return None
    name = f"{alpha2}.svg"
    return name if name in _shipped() else None


def flag_svg(name: str) -> str:
    """Return the SVG text of a flag file named by `flag_file`; raise KeyError for another name."""
    if name not in _shipped():
        raise KeyError(name)
    return resources.files("generator.reference").joinpath(FOLDER, name).read_text(encoding="utf-8")


@cache
def _shipped() -> frozenset[str]:
    folder = resources.files("generator.reference").joinpath(FOLDER)
    return frozenset(p.name for p in folder.iterdir() if p.name.endswith(".svg"))
