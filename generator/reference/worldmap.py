"""World map of member states: the shipped Natural Earth shapes as one-line inline SVG.

The shapes come from ``world-110m-shapes.json`` (made by `generator.reference.shapes`);
nothing is downloaded at build time.
"""

from __future__ import annotations

import hashlib
import html
import json
from collections.abc import Iterable, Mapping
from functools import cache
from importlib import resources
from types import MappingProxyType

import pycountry

from . import load_countries
from .shapes import DATA_FILE, HEIGHT, NAMES, WIDTH

STATUSES = {"member": "member", "suspended": "suspended member"}


@cache
def _shapes() -> Mapping[str, str]:
    text = resources.files("generator.reference").joinpath(DATA_FILE).read_text(encoding="utf-8")
    return MappingProxyType(json.loads(text))


def shape_codes() -> frozenset[str]:
    """Return the ISO alpha-3 codes that have a shape on the map."""
    return frozenset(_shapes())


def country_name(code: str) -> str:
    """Return the display name for an ISO alpha-3 code (the code itself if unknown)."""
    ref = load_countries().get(code)
    if ref is not None:
        return ref.name
    country = pycountry.countries.get(alpha_3=code)
    if country is None:
        return NAMES.get(code, code)
    return getattr(country, "common_name", None) or country.name


def _country_path(code: str, d: str, status: str | None) -> str:
    name = country_name(code)
    label = f"{name} — {STATUSES[status]}" if status else name
    cls = f"bq-map-{status}" if status else "bq-map-other"
    return f'<path class="{cls}" d="{d}"><title>{html.escape(label)}</title></path>'


def _legend(statuses: Iterable[str]) -> str:
    items = []
    y = HEIGHT - 12
    for status in sorted({"member", *statuses}, reverse=True):
        label = html.escape(STATUSES[status].capitalize())
        items.append(
            f'<rect class="bq-map-{status}" x="12" y="{y - 10:g}" width="16" height="10"/>'
            f'<text x="34" y="{y:g}">{label}</text>'
        )
        y -= 18
    return f'<g class="bq-map-legend">{"".join(items)}</g>'


def _description(states: Mapping[str, str]) -> str:
    groups = []
    for status in sorted(STATUSES):
        names = sorted(country_name(c) for c, s in states.items() if s == status)
        if names:
            groups.append(f"{STATUSES[status].capitalize()}s: {', '.join(names)}.")
    return " ".join(groups)


def world_map_svg(states: Mapping[str, str], *, title: str) -> str:
    """Return one line of SVG: a world map highlighting member and suspended states.

    ``states`` maps ISO alpha-3 codes to "member" or "suspended"; codes without a
    shape are left out (see ``shape_codes``). Raises ValueError on another status.
    """
    bad = sorted(f"{code}={status!r}" for code, status in states.items() if status not in STATUSES)
    if bad:
        raise ValueError(f"unknown member status: {', '.join(bad)}")
    ident = "bq-map-" + hashlib.sha256(title.encode("utf-8")).hexdigest()[:10]
    paths = "".join(_country_path(code, d, states.get(code)) for code, d in sorted(_shapes().items()))
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" class="bq-map" viewBox="0 0 {WIDTH:g} {HEIGHT:g}"'
        f' role="img" aria-labelledby="{ident}-title" aria-describedby="{ident}-desc">'
        f'<title id="{ident}-title">{html.escape(title)}</title>'
        f'<desc id="{ident}-desc">{html.escape(_description(states))}</desc>'
        f"<g>{paths}</g>{_legend(states.values())}</svg>"
    )
