"""Raw HTML blocks of generated pages skip Markdown: the page comes out the same."""

from __future__ import annotations

import re
from pathlib import Path

import markdown
import pytest
from hostile_inputs import hostile_articles
from mkdocs.config import load_config

from generator.passthrough import hide_blocks, new_token, restore_blocks
from generator.pipeline import generate

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def pages(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    seeds = tmp_path_factory.mktemp("passthrough") / "seeds"
    seeds.mkdir()
    (seeds / "csto-armenia-interview.txt").write_bytes(
        (ROOT / "seeds" / "csto-armenia-interview.txt").read_bytes()
    )
    for name, data in hostile_articles().items():
        (seeds / name).write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))
    result = generate(seeds)
    return {path: text for path, text in result.pages.items() if path.endswith(".md")}


def convert(text: str) -> str:
    config = load_config(str(ROOT / "mkdocs.yml"))
    md = markdown.Markdown(extensions=config.markdown_extensions, extension_configs=config.mdx_configs)
    return md.convert(text)


def lines(html: str) -> str:
    return re.sub(r"\n+", "\n", html).strip()


def test_pages_come_out_the_same_with_their_blocks_passed_by(pages: dict[str, str]) -> None:
    token = new_token()
    for path, text in pages.items():
        hidden, blocks = hide_blocks(text, token)
        out = restore_blocks(convert(hidden), token, blocks)
        assert token not in out, path
        # the same, up to blank lines between blocks (Python-Markdown writes one after some raw blocks)
        assert lines(out) == lines(convert(text)), path
    seed, _ = hide_blocks(pages["briefings/csto-armenia-interview.md"], token)
    assert "<" not in seed, "Markdown sees only the headings of a briefing"


def test_only_whole_blocks_are_passed_by() -> None:
    text = (
        "# T\n\n<p>a</p>\n\n<ul>\n<li>a</li>\n</ul>\n\n<p>b</p>\nplain *text*\n<p>c</p>\n\n"
        "<mark>x</mark>\n\n<div>\n<p>d</p>\n</div>"
    )
    hidden, blocks = hide_blocks(text, "tok")
    assert blocks == ["<p>a</p>\n\n<ul>\n<li>a</li>\n</ul>", "<div>\n<p>d</p>\n</div>"]
    assert hidden == "# T\n\ntokx0\n\n<p>b</p>\nplain *text*\n<p>c</p>\n\n<mark>x</mark>\n\ntokx1"
    assert restore_blocks("<p>tokx1</p><p>tokx0</p>", "tok", blocks) == blocks[1] + blocks[0]
