"""Resolve a cue subject that is a document ("the statement said", "the communiqué read") to
whoever issued it: a body, a government or a person."""

from __future__ import annotations

import bisect
import re

from ...records import Speaker
from .. import windows as W
from ..textscan import sentence_end, sentence_start
from .speaker_bodies import word_at
from .speaker_index import Result
from .speaker_people import ROLE_RE, PersonResolver


class DocumentResolver(PersonResolver):
    """Resolve the documents that speak to their issuers."""

    def issuer(self, at: int, noun: str = "", *, indefinite: bool = False) -> Result:
        """Return who issued the document a cue names (its ``noun``): the last one of that noun
        mentioned before ``at`` whose issuer is named, else of any document; with none mentioned before,
        the organization named last ("ECOWAS said the session decided. “...,” the statement
        said."). Whoever a letter is sent "to" did not issue it."""
        text = self.doc.text
        lo = max(0, at - W.STATEMENT_BEFORE_CUE)
        government = self.government_before(at)
        if government[0] is not None:
            return government  # "Sudan's Foreign Ministry welcomed ... “...” reads a statement"
        if not any(text.find(word, lo, at) >= 0 for word in _DOCUMENT_WORDS):
            # "the AU said it was reviewing ECOWAS’s plan. “...,” the statement said": the body
            # that the sentences before have speak
            reported = None if indefinite else self.body_said_before(at)
            if reported is not None:
                return Speaker(name=reported.key, key=reported.key, kind="organization"), "body"
            # "“...,” a communique announcing the suspension said": a document not mentioned
            # before is the article's organization's, the one named most so far
            named = self.body_named_most(at) if indefinite else self.body_before(at)
            return named if named[0] is not None else self.body_in_cue(at)
        found = [m for m in _DOCUMENT_RE.finditer(text, lo, at) if not _EARLIER.search(m.group())]
        same = [m for m in found if noun and noun in m.group()]
        # "According to the communiqué, the force will ...": a document named with "the" is one
        # mentioned before, unless none was
        mentions = [(m, skip) for skip in (True, False) for m in reversed(same or found)]
        for m, skip_definite in mentions:
            end = sentence_end(text, m.end(), at)
            start = sentence_start(text, m.start())
            by = _BY.match(text, m.end(), end)
            if by is None and (said := self.said_in(start, end))[0] is not None:
                return said  # "“...,” the Kenyan presidency stated in a communique": its issuer spoke
            if by is None and skip_definite and _THE_BEFORE.search(text, max(0, m.start() - 4), m.start()):
                continue
            span = (by.start("who"), end) if by else (start, end)
            # a statement is a body's more often than a person's: "In a statement, UNIFIL said
            # peacekeepers were 'confronted near Hallusiyat al-Tahta'"
            phrase = _RECIPIENT.sub(lambda r: " " * len(r.group()), text[span[0] : span[1]])
            speaker, how = self.resolve_in(phrase, span[0], body_first=True)
            if speaker is not None:
                return speaker, how
        return None, "none"

    def said_in(self, lo: int, hi: int) -> Result:
        """Return the speaker a cue in ``text[lo:hi]`` was resolved to (the last one there)."""
        found: list[tuple[int, Speaker, str]] = [
            (at, s, "body") for at, s in self.bodies_spoke if lo <= at < hi
        ]
        found += [(at, self.person(p), "name") for at, p in self.spoke if lo <= at < hi]
        if not found:
            return None, "none"
        _, speaker, how = max(found, key=lambda f: f[0])
        return speaker, how

    def resolve_in(self, phrase: str, at: int, *, body_first: bool = False) -> Result:
        """Return the first person (else role, else body; a known body first if ``body_first``)
        a phrase names."""
        i = bisect.bisect_left(self.event_pos, at)
        if i < len(self.events) and self.events[i][0] < at + len(phrase):
            return self.person(self.events[i][1]), "name"
        if body_first:
            low = phrase.lower()
            role = ROLE_RE.search(phrase)
            first = min(
                ((m.start(), org) for name, org in self.org_names if (m := word_at(low, name))),
                key=lambda x: x[0],
                default=None,
            )
            # the body, unless a role comes before it ("In a statement, the President welcomed
            # the UN Security Council's approval")
            if first is not None and (role is None or first[0] < role.start()):
                org = first[1]
                return Speaker(name=org.key, key=org.key, kind="organization"), "body"
        for resolve in (self.by_name, self.by_role, self.by_body):
            found = resolve(phrase, at)
            if found[0] is not None:
                return found
        return None, "none"


_DOCUMENT_RE = re.compile(
    r"\b(?:(?:earlier|previous|separate)\s+)?"
    r"(?:statement|communiqu[eé]|press release|message|letter|declaration)\b"
)

# every match of _DOCUMENT_RE holds one
_DOCUMENT_WORDS = ("statement", "communiqu", "press release", "message", "letter", "declaration")

_THE_BEFORE = re.compile(r"\b[Tt]he\s+$")

# "sent a letter to the NAACP board": the one a document is addressed to (blanked out)
_RECIPIENT = re.compile(r"\b(?:addressed\s+)?to\s+(?:the\s+)?[A-Z][\w.’'-]*(?:\s+(?:of\s+)?[A-Z][\w.’'-]*)*")

_EARLIER = re.compile(r"^(?:earlier|previous|separate)\b")

_BY = re.compile(r"\s+(?:\w+\s+){0,3}?(?:issued\s+|released\s+)?(?:by|from)\s+(?P<who>)")
