"""Status notes: the article's sentences about a member's standing (suspension, boycott...).

A sentence is a note for a country when one of its standing cues belongs to that country:
the cue's nearest country mention, or a list that runs on from it ("suspended Mali,
Guinea and Burkina Faso"). "Brazil, suspended Paraguay and Uruguay" gives no note to Brazil.
"""

from __future__ import annotations

import bisect
import re

from ...records import Document, Entity, MemberStatus, Note
from .. import lexicon as lx
from .. import windows as W

# taking part is news only when it stops: "has not recently participated"
_STOPPED = r"\s+(?:\w+\s+){0,2}?(?:participat\w*|take\s+part|taking\s+part|attend\w*)"
# grouped by initial, which the engine tries much faster than one long list
_STANDING = re.compile(
    r"(?<![\w-])(?:"
    rf"s(?:uspen\w+|tay(?:ed|s)?\s+away|hut\s+\w+\s+out|topped{_STOPPED})"
    r"|f(?:reez\w*|roze\w*)|b(?:oycott\w*|(?:arred|anned)\s+from)|excluded\s+from|a(?:bsent|bsence)|withdr[ae]w\w*|l(?:eav(?:e|es|ing)|eft\s+the)|quit\w*"
    r"|e(?:xit\w*|xpel\w*)"
    r"|r(?:einstat\w*|eadmi\w+|ejoin\w*|emains?\s+(?:our|an?|its|their)\s+(?:[\w-]+\s+)?ally"
    rf"|efus\w*\s+to{_STOPPED})"
    rf"|n(?:on-participation|(?:ot|['’]t|ever|o\s+longer){_STOPPED})"
    rf"|ceased{_STOPPED}|declined\s+to{_STOPPED}|membership)\b",
    re.IGNORECASE,
)
# "membership" is about the country whose it is: "Syria's membership", "Armenian membership",
# "membership of Syria", "their membership"
_OWN_MEMBERSHIP_BEFORE = re.compile(r"(?:['’]s\s+(?:[\w-]+\s+){0,2}|\s+)$")
_OWN_MEMBERSHIP_AFTER = re.compile(r"\s+of\s+(?:the\s+)?")
_PRONOUN_BEFORE = re.compile(r"\b(?:its|their)\s+(?:[\w-]+\s+)?$", re.IGNORECASE)
# "Qatar, which was boycotted by Saudi Arabia": the country after "by" acts; the subject is concerned
_AGENT = re.compile(r"\s+(?:\w+\s+)?by\s+(?:the\s+)?")
_PASSIVE = re.compile(
    r"(?:\s*,\s*(?:which|who|that)\s+|\s+)(?:\w+\s+)?(?:is|are|was|were|has\s+been|had\s+been|have\s+been|being)"
    r"\s+(?:\w+\s+)?"
)
# what may stand between two items of one list
_LIST_GAP = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s*&\s*)(?:the\s+)?")

# what follows the last standing cue and is not about standing: the quote closing
# ("... remains our ally," said X) or the attribution ("..., X said in an interview")
_CLOSING_MARK = re.compile(r"[”\"»]")
_ATTRIBUTION_TAIL = re.compile(
    r",\s+[^,]*?\b(?:"
    + "|".join(lx.BRIEF_SPEECH_VERBS)
    + r"|announced|reported|reports|informs|according\s+to)\b",
)

Mention = tuple[int, int, str]  # start, end, iso3


class StandingNotes:
    """Finds, per country, the sentences about its standing; each sentence is read at most once."""

    def __init__(
        self, doc: Document, sentences: list[tuple[int, int]], countries: tuple[Entity, ...]
    ) -> None:
        self._doc = doc
        self._sentences = sentences
        self._starts = [start for start, _ in sentences]
        self._mentions = sorted((m.span.start, m.span.end, c.key) for c in countries for m in c.mentions)
        self._owners: dict[int, set[str]] = {}
        self._notes: dict[str, tuple[Note, ...]] = {}

    def notes(self, country: Entity) -> tuple[Note, ...]:
        """Return the notes for the standing sentences that concern ``country``, in text order."""
        if country.key not in self._notes:
            self._notes[country.key] = self._find(country)
        return self._notes[country.key]

    def _find(self, country: Entity) -> tuple[Note, ...]:
        found: set[int] = set()
        for mention in country.mentions:
            k = bisect.bisect_right(self._starts, mention.span.start) - 1
            if k >= 0 and country.key in self._owners_of(k):
                found.add(k)
        doc = self._doc
        spans = (self._trimmed(k) for k in sorted(found))
        return tuple(Note(doc.text[s:e], doc.span(s, e)) for s, e in spans)

    def _trimmed(self, k: int) -> tuple[int, int]:
        """Return sentence ``k`` without what follows its last standing cue and is not about standing."""
        start, end = self._sentences[k]
        text = self._doc.text
        last = max((m.end() for m in _STANDING.finditer(text, start, end)), default=start)
        for pattern in (_CLOSING_MARK, _ATTRIBUTION_TAIL):
            tail = pattern.search(text, last, end)
            if tail:
                end = tail.start()
        while end > start and text[end - 1] in " ,;:":
            end -= 1
        if text[start] in '“"«' and not _CLOSING_MARK.search(text, start + 1, end):
            start += 1  # the quote it opens was cut off above
        return start, end

    def _owners_of(self, k: int) -> set[str]:
        """Return the countries that the standing cues of sentence ``k`` belong to."""
        if k not in self._owners:
            start, end = self._sentences[k]
            lo = bisect.bisect_left(self._mentions, (start, -1, ""))
            hi = bisect.bisect_left(self._mentions, (end, -1, ""))
            inside = self._mentions[lo:hi]
            owners: set[str] = set()
            for cue in _STANDING.finditer(self._doc.text, start, end):
                owners |= _owners(self._doc.text, inside, cue.start(), cue.end())
            self._owners[k] = owners
        return self._owners[k]


def _owners(text: str, mentions: list[Mention], start: int, end: int) -> set[str]:
    """Return the country nearest to the cue ``[start, end)``, with the list that runs on from it."""
    if not mentions:
        return set()
    i = min(range(len(mentions)), key=lambda n: max(mentions[n][0] - end, start - mentions[n][1]))
    if mentions[i][0] >= end and i > 0 and _passive_subject(text, mentions[i - 1], start, end, mentions[i]):
        i -= 1  # "Qatar, which was boycotted by Saudi Arabia": the standing is the subject's
    if text[start:end].lower() == "membership" and not _owns_membership(text, mentions[i], start, end):
        return set()
    owners = {mentions[i][2]}
    step = 1 if mentions[i][0] >= end else -1  # run away from the cue
    j = i
    while 0 <= j + step < len(mentions):
        a, b = (mentions[j], mentions[j + step]) if step == 1 else (mentions[j + step], mentions[j])
        if not _LIST_GAP.fullmatch(text, a[1], b[0]):
            break
        j += step
        owners.add(mentions[j][2])
    return owners


def _passive_subject(text: str, subject: Mention, start: int, end: int, agent: Mention) -> bool:
    """Return True when ``subject`` undergoes the cue ``[start, end)`` that ``agent`` performs."""
    return bool(_AGENT.fullmatch(text, end, agent[0]) and _PASSIVE.fullmatch(text, subject[1], start))


def _owns_membership(text: str, mention: Mention, start: int, end: int) -> bool:
    if _PRONOUN_BEFORE.search(text, max(0, start - W.PRONOUN_BEFORE_COUNTRY), start):
        return True
    if mention[1] <= start:
        return bool(_OWN_MEMBERSHIP_BEFORE.fullmatch(text, mention[1], start))
    return bool(_OWN_MEMBERSHIP_AFTER.fullmatch(text, end, mention[0]))


_STANDING_OVER = re.compile(r"\b(?:lift\w*|reinstat\w*|readmit\w*|restored|ended|end\s+(?:of|to))\b")
# a note that states the standing ("remains suspended", "has frozen"), not one that talks of it
# ("no statements about the suspension")
_IS_SUSPENDED = re.compile(
    r"\b(?:is|are|was|were|been|remains?|remained|stays?)\s+(?:(?!not\b)\w+\s+)?suspended\b"
)
# what was sought or given, suspended, is no membership: "the Palestinian application to Interpol
# was suspended", "aid to Mali has been suspended"
_SOUGHT_SUSPENDED = re.compile(
    r"\b(?:applications?|bids?|requests?|talks|negotiations|aid|funding)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:is|are|was|were|has\s+been|have\s+been|had\s+been)\s+(?:\w+\s+)?suspended\b"
)
_IS_FROZEN = re.compile(r"\b(?:froze|(?:has|have|had|is|was|remains?)\s+(?:(?!not\b)\w+\s+)?frozen)\b")


def status_from_notes(notes: tuple[Note, ...]) -> MemberStatus:
    """Return the standing the notes on a member state, when one says it is suspended or frozen
    ("Sudan's membership remains suspended") and none that it is over ("lifted", "readmitted")."""
    text = " ".join(n.text for n in notes).lower()
    if not text or _STANDING_OVER.search(text):
        return "member"
    if _IS_SUSPENDED.search(_SOUGHT_SUSPENDED.sub("", text)):
        return "suspended"
    return "frozen" if _IS_FROZEN.search(text) else "member"
