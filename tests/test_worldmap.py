"""World map: TopoJSON decoding, the shipped shapes and the one-line SVG."""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from generator.reference.shapes import build_shapes, equal_earth, main
from generator.reference.worldmap import _shapes, legend_html, shape_codes, world_map_svg

SVG = "{http://www.w3.org/2000/svg}"

# Two unit squares side by side sharing arc 0 (the edge x=1); the right square
# walks arc 0 backwards (~0 == -1). Quantized with scale 0.5, translate (10, 20).
TINY = {
    "type": "Topology",
    "transform": {"scale": [0.5, 0.5], "translate": [10, 20]},
    "arcs": [
        [[1, 0], [0, 1]],
        [[1, 1], [-1, 0], [0, -1], [1, 0]],
        [[1, 0], [1, 0], [0, 1], [-1, 0]],
    ],
    "objects": {
        "countries": {
            "type": "GeometryCollection",
            "geometries": [
                {"type": "Polygon", "arcs": [[0, 1]], "id": "051", "properties": {"name": "Armenia"}},
                {"type": "Polygon", "arcs": [[2, -1]], "id": "031", "properties": {"name": "Azerbaijan"}},
                {"type": "MultiPolygon", "arcs": [[[1, 0]], [[2, -1]]], "properties": {"name": "Kosovo"}},
                {"type": "Polygon", "arcs": [[0, 1]], "properties": {"name": "Somaliland"}},
                {"type": "Polygon", "arcs": [[0, 1]], "id": "010", "properties": {"name": "Antarctica"}},
            ],
        }
    },
}


def identity(lon: float, lat: float) -> tuple[float, float]:
    return lon, lat


def test_decode_shared_and_reversed_arcs() -> None:
    assert build_shapes(TINY, project=identity) == {
        "ARM": "M10.5,20 10.5,20.5 10,20.5 10,20Z",
        "AZE": "M10.5,20 11,20 11,20.5 10.5,20.5Z",
        "XKX": "M10.5,20.5 10,20.5 10,20 10.5,20ZM10.5,20 11,20 11,20.5 10.5,20.5Z",
    }


def test_ring_across_the_antimeridian_is_cut_in_two() -> None:
    topology = {
        "type": "Topology",
        "arcs": [[[170, 0], [-170, 0], [-170, 10], [170, 10], [170, 0]]],
        "objects": {"countries": {"geometries": [{"type": "Polygon", "arcs": [[0]], "id": "242"}]}},
    }
    assert build_shapes(topology, project=identity) == {
        "FJI": "M-180,0 -170,0 -170,10 -180,10ZM170,0 180,0 180,10 170,10Z",
    }


def test_equal_earth_fills_a_1000_wide_box() -> None:
    assert equal_earth(-180, 0)[0] == pytest.approx(0)
    assert equal_earth(0, 0)[0] == pytest.approx(500)
    assert equal_earth(180, 0)[0] == pytest.approx(1000)
    assert equal_earth(0, 60)[1] < equal_earth(0, 0)[1]


def test_cli_writes_sorted_data_file(tmp_path: Path) -> None:
    src, out = tmp_path / "topo.json", tmp_path / "shapes.json"
    src.write_text(json.dumps(TINY), encoding="utf-8")
    assert main([str(src), str(out)]) == 0
    text = out.read_text(encoding="utf-8")
    assert list(json.loads(text)) == ["ARM", "AZE", "XKX"]
    assert main([str(src)]) == 1


def test_map_is_one_line_of_valid_svg() -> None:
    svg = world_map_svg({"ARM": "member", "NER": "suspended"}, title="CSTO")
    assert "\n" not in svg
    root = ET.fromstring(svg)
    assert root.tag == f"{SVG}svg"
    assert root.get("role") == "img"
    title_id = root.get("aria-labelledby")
    assert root.find(f"{SVG}title").get("id") == title_id
    paths = root.iter(f"{SVG}path")
    by_class: dict[str, list[str]] = {}
    for path in paths:
        by_class.setdefault(path.get("class"), []).append(path.find(f"{SVG}title").text)
    assert by_class["bq-map-member"] == ["Armenia — member"]
    assert by_class["bq-map-suspended"] == ["Niger — suspended member"]
    assert "France" in by_class["bq-map-other"]


def test_map_title_is_escaped() -> None:
    svg = world_map_svg({"ARM": "member"}, title="<script>alert(1)</script>")
    assert "<script" not in svg
    assert ET.fromstring(svg).find(f"{SVG}title").text == "<script>alert(1)</script>"


def test_map_is_deterministic() -> None:
    states = {"NER": "suspended", "ARM": "member", "RUS": "member"}
    assert world_map_svg(states, title="CSTO") == world_map_svg(dict(reversed(states.items())), title="CSTO")


def test_unknown_status_raises() -> None:
    with pytest.raises(ValueError, match="ARM='observer'"):
        world_map_svg({"ARM": "observer"}, title="CSTO")


def test_shipped_shapes_cover_the_world() -> None:
    codes = shape_codes()
    assert len(codes) > 150
    assert {"RUS", "ARM", "FRA", "USA", "XKX"} <= codes
    assert "ATA" not in codes


def _parts_x(d: str) -> list[tuple[float, float]]:
    """Return (min x, max x) of each closed part of SVG path data."""
    out = []
    for part in re.findall(r"M[^M]*", d):
        xs = [float(n) for n in re.findall(r"-?\d+(?:\.\d+)?", part)][0::2]
        out.append((min(xs), max(xs)))
    return out


def test_no_part_of_russia_wraps_to_the_far_west() -> None:
    # eastern Chukotka lies past 180° E: the shipped shapes draw it at the map's west edge
    root = ET.fromstring(world_map_svg({"RUS": "member"}, title="CSTO"))
    russia = next(p for p in root.iter(f"{SVG}path") if p.get("class") == "bq-map-member")
    assert min(x0 for x0, _ in _parts_x(russia.get("d"))) > 400
    assert any(x0 < 200 for x0, _ in _parts_x(_shapes()["RUS"])), "the data still has the wrapped piece"


def test_small_member_gets_a_marker_and_a_legend_entry() -> None:
    states = {"ARM": "member", "RUS": "member", "NER": "suspended"}
    root = ET.fromstring(world_map_svg(states, title="CSTO"))
    circles = list(root.iter(f"{SVG}circle"))
    assert [c.find(f"{SVG}title").text for c in circles] == ["Armenia — member"]
    assert float(circles[0].get("r")) >= 8, "visible at phone width (390 px for 1000 units)"
    assert "bq-map-member" in circles[0].get("class")
    legend = ET.fromstring(legend_html(states))
    items = ["".join(li.itertext()) for li in legend.iter("li")]
    assert items == ["Member", "Suspended member", "Circle: too small to see at this scale (Armenia)"]


def test_legend_is_html_not_svg_text() -> None:
    # SVG text shrinks with the map: on a phone a 12-unit font is 5 px tall
    svg = world_map_svg({"RUS": "member"}, title="CSTO")
    assert "<text" not in svg and "<circle" not in svg
    assert "Circle" not in legend_html({"RUS": "member"})
