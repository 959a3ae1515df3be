"""Flags are SVG files shipped with the package and built into the site, never emoji."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from importlib import resources

from generator.reference import load_countries
from generator.reference.flag_images import flag_file, flag_svg


def test_every_known_country_has_a_flag() -> None:
    missing = sorted(code for code in load_countries() if flag_file(code) is None)
    assert missing == []


def test_flag_files_are_svg() -> None:
    for code in ("ARM", "RUS", "XKX"):
        name = flag_file(code)
        assert name is not None
        assert ET.fromstring(flag_svg(name)).tag == "{http://www.w3.org/2000/svg}svg"
    assert flag_file("ARM") == "am.svg" and flag_file("XKX") == "xk.svg"


def test_unknown_code_has_no_flag() -> None:
    assert flag_file("QQQ") is None


def test_license_and_source_ship_with_the_flags() -> None:
    folder = resources.files("generator.reference").joinpath("flags")
    assert "MIT License" in folder.joinpath("LICENSE").read_text(encoding="utf-8")
    assert "flag-icons" in folder.joinpath("README.md").read_text(encoding="utf-8")
