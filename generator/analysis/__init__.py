"""Pure, rule-based extractors: each takes a `Document` and returns records with spans."""

from .runner import analyze, analyze_all, analyze_each

__all__ = ["analyze", "analyze_all", "analyze_each"]
