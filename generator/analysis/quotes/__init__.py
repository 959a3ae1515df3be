"""Quotations, their speech cues, their speakers and how certain each speaker is."""

from .extract import extract_quotes

__all__ = ["extract_quotes"]
