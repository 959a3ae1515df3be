"""Where an article says it comes from, and a title when the file gives none."""

from __future__ import annotations

import re

from ..markdown_safe import title
from ..records import Document, Provenance

# "..., Report informs." / "..., TASS reports." at the end of the lead paragraph.
_OUTLET = re.compile(
    r"[,;]\s+(?P<name>(?:[A-Z][\w&'’.-]*\s+){0,3}[A-Z][\w&'’.-]*?)\s+"
    r"(?:informs|reports|reported|writes|wrote)\.?\s*\Z"
)
# "in an interview with National Defense magazine" / "told the Kommersant newspaper"
_VENUE = re.compile(
    r"\b(?:in\s+an\s+interview\s+(?:with|to)|told|speaking\s+to)\s+(?:the\s+)?"
    r"(?P<name>(?:[A-Z][\w&'’.-]*\s+){0,4}(?:magazine|newspaper|daily|weekly|TV|channel|radio|"
    r"agency|news\s+agency|[A-Z][\w&'’.-]*))"
)
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[“\"'A-Z])")
# "KUALA LUMPUR:", "JUBA –", "YEREVAN (RFE/RL) —", "Mendoza (Argentina):", "Kigali, Rwanda | OUTLET |"
_DATELINE = re.compile(
    r"\A(?:[A-Z0-9][\w.'’-]*(?:[ ,]+[A-Z0-9][\w.'’-]*){0,4})(?:\s*\([^)]{1,30}\))?"
    r"\s*(?:[:•|]|\s[–—-])\s*(?:[A-Z ]{2,30}\s*\|\s*)?"
)
# a lead clause that cannot stand alone as a title ("Acting through its council, ...")
_DEPENDENT_START = re.compile(
    r"\A(?:\w+ing|After|Before|As|At|In|On|With|While|When|Despite|Following|During|Amid)\b"
)
TITLE_MAX = 100


def extract_provenance(doc: Document) -> Provenance:
    """Return the outlet and venue the lead paragraph names, if any."""
    lead = doc.paragraphs[0]
    text = doc.text[lead.start : lead.end]
    outlet = _OUTLET.search(text)
    venue = _VENUE.search(text)
    return Provenance(
        outlet=outlet.group("name") if outlet else None,
        outlet_span=doc.span(lead.start + outlet.start("name"), lead.start + outlet.end("name"))
        if outlet
        else None,
        venue=venue.group("name") if venue else None,
        venue_span=doc.span(lead.start + venue.start("name"), lead.start + venue.end("name"))
        if venue
        else None,
    )


def derive_title(doc: Document) -> str:
    """Return the page title: the file's title, else the lead sentence's first clause, shortened.

    Every title passes through `markdown_safe.title`, so whatever uses it (the
    page heading, ``<title>``, navigation, listings, search, data files) gets the
    same text with no character markup could use.
    """
    return title(doc.meta.title or _lead_title(doc))


def _lead_title(doc: Document) -> str:
    lead = doc.paragraph_text(0)
    for _ in range(2):  # "APIA, SAMOA – SATURDAY 09 SEPTEMBER 2017: The ..."
        dateline = _DATELINE.match(lead)
        if dateline and len(lead) - dateline.end() > 20:
            lead = lead[dateline.end() :]
    sentence = _SENTENCE_END.split(lead, maxsplit=1)[0].rstrip(".")
    if len(sentence) <= TITLE_MAX:
        return sentence
    clause = re.split(r"[,;:–—]\s", sentence, maxsplit=1)[0]
    if len(clause.split()) >= 5 and len(clause) <= TITLE_MAX and not _DEPENDENT_START.match(clause):
        return clause
    cut = sentence[: TITLE_MAX - 10].rsplit(" ", 1)[0]
    return cut.rstrip(",;:") + "…"
