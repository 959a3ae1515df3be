"""World map of member states: the shipped Natural Earth shapes as one-line inline SVG.

The shapes come from ``world-110m-shapes.json`` (made by `generator.reference.shapes`);
nothing is downloaded at build time.
"""

from __future__ import annotations

import hashlib
import html
import json
import re
from collections.abc import Mapping
from functools import cache
from importlib import resources
from types import MappingProxyType

import pycountry

from . import load_countries
from .shapes import DATA_FILE, HEIGHT, NAMES, WIDTH

STATUSES = {"member": "member", "suspended": "suspended member"}
# a member smaller than this (map units, of 1000 across) also gets a marker, so it shows on a phone
SMALL = 12.0
MARKER_RADIUS = 10.0
_PART = re.compile(r"M[^M]*")
_NUMBER = re.compile(r"-?\d+(?:\.\d+)?")


def _box(d: str) -> tuple[float, float, float, float]:
    """Return the bounding box (min x, min y, max x, max y) of SVG path data."""
    numbers = [float(n) for n in _NUMBER.findall(d)]
    xs, ys = numbers[0::2], numbers[1::2]
    return min(xs), min(ys), max(xs), max(ys)


def _unwrapped(d: str) -> str:
    """Return path data without the parts the antimeridian cut off to the map's other side.

    Eastern Chukotka lies past 180° E, so Equal Earth draws it as a sliver at the
    far west; a part more than half the map away from the country's largest
    part is such a piece, and is left out.
    """
    parts = _PART.findall(d)
    if len(parts) < 2:
        return d
    main = max(parts, key=len)
    x0, _, x1, _ = _box(main)
    centre = (x0 + x1) / 2
    kept = [p for p in parts if abs(sum(_box(p)[0::2]) / 2 - centre) <= WIDTH / 2]
    return "".join(kept)


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


def _label(code: str, status: str | None) -> str:
    name = country_name(code)
    return html.escape(f"{name} — {STATUSES[status]}" if status else name)


def _country_path(code: str, d: str, status: str | None) -> str:
    cls = f"bq-map-{status}" if status else "bq-map-other"
    return f'<path class="{cls}" d="{_unwrapped(d)}"><title>{_label(code, status)}</title></path>'


def _small(states: Mapping[str, str]) -> list[str]:
    """Return the codes of ``states`` whose shape is too small to see, sorted."""
    small = []
    for code in sorted(c for c in states if c in _shapes()):
        x0, y0, x1, y1 = _box(_unwrapped(_shapes()[code]))
        if max(x1 - x0, y1 - y0) < SMALL:
            small.append(code)
    return small


def _markers(states: Mapping[str, str]) -> str:
    """Return a circle over each member too small to see, drawn above every country."""
    circles = []
    for code in _small(states):
        x0, y0, x1, y1 = _box(_unwrapped(_shapes()[code]))
        circles.append(
            f'<circle class="bq-map-{states[code]} bq-map-marker" cx="{(x0 + x1) / 2:.1f}"'
            f' cy="{(y0 + y1) / 2:.1f}" r="{MARKER_RADIUS:g}">'
            f"<title>{_label(code, states[code])}</title></circle>"
        )
    return "".join(circles)


def legend_html(states: Mapping[str, str]) -> str:
    """Return the legend of the map of ``states`` as an HTML list, readable at any screen width."""
    items = [
        f'<li><span class="bq-map-swatch bq-map-{status}"></span>{html.escape(label.capitalize())}</li>'
        for status, label in STATUSES.items()
        if status == "member" or status in states.values()
    ]
    small = [country_name(code) for code in _small(states)]
    if small:
        items.append(
            '<li><span class="bq-map-swatch bq-map-swatch-circle"></span>'
            f"Circle: too small to see at this scale ({html.escape(', '.join(small))})</li>"
        )
    return f'<ul class="bq-map-legend">{"".join(items)}</ul>'


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
        f"<g>{paths}</g><g>{_markers(states)}</g></svg>"
    )
