"""Errors the generator raises on purpose."""

from __future__ import annotations

from pathlib import Path


class GeneratorError(Exception):
    """Base class: something the user can fix went wrong."""


class InputError(GeneratorError):
    """An input file cannot be used; names the file and the reason."""

    def __init__(self, path: str | Path, reason: str) -> None:
        self.path = str(path)
        self.reason = reason
        super().__init__(f"{self.path}: {reason}")
