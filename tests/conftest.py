"""Shared test helpers."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from browser_support import browser  # noqa: F401  (the Playwright fixture, for every test module)

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "csto-armenia-interview.txt"


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--update-golden", action="store_true", help="Rewrite golden files from the current output."
    )


@pytest.fixture
def update_golden(request: pytest.FixtureRequest) -> bool:
    return bool(request.config.getoption("--update-golden"))


@pytest.fixture(scope="session")
def seed_path() -> Path:
    return SEED


sys.path.insert(0, str(Path(__file__).parent))
