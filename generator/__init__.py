"""Turn news articles into annotated Markdown briefing pages for MkDocs."""

__version__ = "0.1.0"
