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


class AnalysisError(InputError):
    """An article whose analysis broke an extractor's contract (a span out of bounds, a quote
    that is not verbatim): an error of the generator's, not of the article, which is left out
    while the others are analysed."""

    def __init__(self, path: str | Path, reason: str) -> None:
        super().__init__(
            path, f"{reason}; the article is left out (an error of the analysis: please report it)"
        )
