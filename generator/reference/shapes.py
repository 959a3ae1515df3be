"""Convert Natural Earth TopoJSON into the shipped map data (run once, not at build time).

``python -m generator.reference.shapes SRC.json OUT.json`` writes
``world-110m-shapes.json`` (ISO alpha-3 code -> SVG path data) from world-atlas'
``countries-110m.json``. NATURAL_EARTH.md names the source.
"""

from __future__ import annotations

import json
import logging
import math
import sys
from collections.abc import Callable, Iterable, Mapping, Sequence
from itertools import pairwise
from pathlib import Path
from typing import Any

import pycountry

log = logging.getLogger(__name__)

Point = tuple[float, float]
Projection = Callable[[float, float], Point]

DATA_FILE = "world-110m-shapes.json"
WIDTH = 1000.0
NORTH = 84.0  # top edge: northern Greenland and Ellesmere Island
SOUTH = -60.0  # bottom edge: Tierra del Fuego; Antarctica is dropped
DROPPED = frozenset({"ATA"})
CODES_BY_NAME = {"Kosovo": "XKX"}  # features without an ISO numeric id
NAMES = {"XKX": "Kosovo"}  # codes pycountry does not know

_A1, _A2, _A3, _A4 = 1.340264, -0.081106, 0.000893, 0.003796
_M = math.sqrt(3) / 2


def _equal_earth_raw(lon: float, lat: float) -> Point:
    theta = math.asin(_M * math.sin(math.radians(lat)))
    t2 = theta * theta
    t6 = t2 * t2 * t2
    x = math.radians(lon) * math.cos(theta) / (_M * (_A1 + 3 * _A2 * t2 + t6 * (7 * _A3 + 9 * _A4 * t2)))
    y = theta * (_A1 + _A2 * t2 + t6 * (_A3 + _A4 * t2))
    return x, y


_SCALE = WIDTH / (2 * _equal_earth_raw(180.0, 0.0)[0])
_TOP = _equal_earth_raw(0.0, NORTH)[1]
HEIGHT = round((_TOP - _equal_earth_raw(0.0, SOUTH)[1]) * _SCALE, 1)


def equal_earth(lon: float, lat: float) -> Point:
    """Return the Equal Earth position of (lon, lat) in degrees, in viewBox units."""
    x, y = _equal_earth_raw(lon, lat)
    return WIDTH / 2 + x * _SCALE, (_TOP - y) * _SCALE


# ---------------------------------------------------------------- conversion


def decode_arcs(topology: Mapping[str, Any]) -> list[list[Point]]:
    """Return every arc of a TopoJSON topology as absolute (lon, lat) points."""
    transform = topology.get("transform")
    if transform is None:
        return [[(float(p[0]), float(p[1])) for p in arc] for arc in topology["arcs"]]
    (sx, sy), (tx, ty) = transform["scale"], transform["translate"]
    arcs = []
    for arc in topology["arcs"]:
        x = y = 0
        points = []
        for dx, dy, *_ in arc:
            x += dx
            y += dy
            points.append((x * sx + tx, y * sy + ty))
        arcs.append(points)
    return arcs


def _ring(indexes: Sequence[int], arcs: Sequence[Sequence[Point]]) -> list[Point]:
    points: list[Point] = []
    for index in indexes:
        arc = arcs[index] if index >= 0 else list(reversed(arcs[~index]))
        points.extend(arc[1:] if points else arc)
    return points


def _unwrap(ring: Sequence[Point]) -> list[Point]:
    out, shift = [ring[0]], 0.0
    for (previous, _), (lon, lat) in pairwise(ring):
        if lon - previous > 180:
            shift -= 360
        elif lon - previous < -180:
            shift += 360
        out.append((lon + shift, lat))
    return out


def _clip(ring: Sequence[Point], edge: float, side: int) -> list[Point]:
    """Keep the part of a ring where side * (lon - edge) <= 0 (Sutherland-Hodgman)."""
    if not ring:
        return []
    closed = [*ring, ring[0]]
    out: list[Point] = []
    for (lon_a, lat_a), (lon_b, lat_b) in pairwise(closed):
        inside_a, inside_b = side * (lon_a - edge) <= 0, side * (lon_b - edge) <= 0
        if inside_a:
            out.append((lon_a, lat_a))
        if inside_a != inside_b:
            t = (edge - lon_a) / (lon_b - lon_a)
            out.append((edge, lat_a + t * (lat_b - lat_a)))
    return out


def split_antimeridian(ring: Sequence[Point]) -> list[list[Point]]:
    """Return a ring as pieces that each stay within longitudes -180..180.

    A ring that jumps across the antimeridian is made continuous, then cut at
    +-180 and the overhang shifted back; a ring around a pole is left alone.
    """
    unwrapped = _unwrap(ring)
    lons = [lon for lon, _ in unwrapped]
    if abs(lons[0] - lons[-1]) > 180:  # winds around a pole
        return [list(ring)]
    if min(lons) >= -180 and max(lons) <= 180:
        return [unwrapped]
    pieces = []
    for offset in (-360.0, 0.0, 360.0):
        shifted = [(lon + offset, lat) for lon, lat in unwrapped]
        piece = _clip(_clip(shifted, 180.0, 1), -180.0, -1)
        if len(piece) >= 3:
            pieces.append(piece)
    return pieces


def _polygons(geometry: Mapping[str, Any]) -> list[list[list[int]]]:
    kind = geometry.get("type")
    if kind == "Polygon":
        return [geometry["arcs"]]
    if kind == "MultiPolygon":
        return list(geometry["arcs"])
    return []


def _number(value: float) -> str:
    text = f"{value:.1f}".removesuffix(".0")
    return "0" if text == "-0" else text


def _path(rings: Iterable[Sequence[Point]], project: Projection) -> str:
    parts = []
    for ring in rings:
        coords: list[str] = []
        for lon, lat in ring:
            x, y = project(lon, lat)
            coord = f"{_number(x)},{_number(y)}"
            if not coords or coords[-1] != coord:
                coords.append(coord)
        if len(coords) > 1 and coords[0] == coords[-1]:
            coords.pop()
        if len(coords) >= 3:
            parts.append("M" + " ".join(coords) + "Z")
    return "".join(parts)


def _alpha3(geometry: Mapping[str, Any]) -> str | None:
    ident = geometry.get("id")
    if ident:
        country = pycountry.countries.get(numeric=str(ident).zfill(3))
        return country.alpha_3 if country else None
    return CODES_BY_NAME.get(geometry.get("properties", {}).get("name", ""))


def build_shapes(
    topology: Mapping[str, Any], *, project: Projection = equal_earth, object_name: str = "countries"
) -> dict[str, str]:
    """Return ISO alpha-3 code -> SVG path data for each country of a TopoJSON topology.

    Features without a usable code are logged and skipped; Antarctica is dropped.
    """
    arcs = decode_arcs(topology)
    paths: dict[str, str] = {}
    for geometry in topology["objects"][object_name]["geometries"]:
        code = _alpha3(geometry)
        if code is None:
            log.info("Skipped feature %r: no ISO code", geometry.get("properties", {}).get("name"))
            continue
        if code in DROPPED:
            continue
        rings = (_ring(ring, arcs) for polygon in _polygons(geometry) for ring in polygon)
        d = _path((piece for ring in rings if ring for piece in split_antimeridian(ring)), project)
        if d:
            paths[code] = paths.get(code, "") + d
    return dict(sorted(paths.items()))


def dump_shapes(shapes: Mapping[str, str]) -> str:
    """Return the data file text: one sorted key per line, no other whitespace."""
    return json.dumps(dict(shapes), sort_keys=True, indent=0, separators=(",", ":")) + "\n"


def main(argv: Sequence[str] | None = None) -> int:
    """Convert SRC.json (TopoJSON) to OUT.json (shapes); return the exit code."""
    args = list(sys.argv[1:] if argv is None else argv)
    if len(args) != 2:
        print("Error: usage: python -m generator.reference.shapes SRC.json OUT.json", file=sys.stderr)
        return 1
    src, out = Path(args[0]), Path(args[1])
    shapes = build_shapes(json.loads(src.read_text(encoding="utf-8")))
    tmp = out.with_name(out.name + ".tmp")
    tmp.write_text(dump_shapes(shapes), encoding="utf-8")
    tmp.replace(out)
    print(f"{out}: {len(shapes)} countries, {out.stat().st_size} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
