"""People named in an article: name runs, roles, affiliations and name forms."""

from .extract import extract_people

__all__ = ["extract_people"]
