"""Golden pages for the seed article: the generated Markdown, byte for byte.

After a deliberate change, regenerate with
``pytest tests/test_golden.py --update-golden`` and read every line of the diff
before committing it.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.pipeline import generate

ROOT = Path(__file__).resolve().parent.parent
GOLDEN = Path(__file__).parent / "golden"
PAGES = {
    "briefings/csto-armenia-interview.md": "csto-armenia-interview.md",
    "quotes/index.md": "quotes.md",
    "members/csto.md": "members.md",
}


@pytest.fixture(scope="module")
def pages() -> dict[str, str]:
    return generate(ROOT / "seeds", root=ROOT).pages


@pytest.mark.parametrize("page", sorted(PAGES))
def test_golden_page(pages: dict[str, str], page: str, update_golden: bool) -> None:
    golden = GOLDEN / PAGES[page]
    if update_golden:
        golden.write_text(pages[page], encoding="utf-8")
    assert pages[page] == golden.read_text(encoding="utf-8"), f"{page} differs from {golden}"
