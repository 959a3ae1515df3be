"""The membership frame: a country enumeration, a frame word (`frame_words`) and an organization.

The enumeration and the word may come in either order, with only light words between them
(`SUBJECT_GAP` when the countries come first, `OBJECT_GAP` after): "Kazakhstan, Uzbekistan and
Tajikistan remain members", "Turkey, a NATO member,", "Its full members are China, Russia...",
"The Quad brings together ...", "The AU has suspended Gabon". A verb of another relation
between them (hosted, mediated, imposed sanctions on), a negation or a modal ("is not", "could
become") is not light, so it breaks the frame. The organization is the one the word is
attached to ("members of X", "X's members", "joined X", "X admitted"), else the sentence's only
one, else the one in context; what stands before the countries undoes the frame for observers,
partners, candidates, former members and negated lists.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Container, Iterator
from typing import NamedTuple

from ...records import MemberStatus
from .. import windows as W
from . import guards as G
from .fragments import (
    COUNT_WORDS,
    ENDED_AFTER,
    FILLER_NOT,
    LIST_FIRST,
    MONTHS,
    NOT_SUB_BODY,
    OBJECT_WORDS,
    OTHER_ITEMS,
    SUB_BODY,
)
from .frame_words import ADJECTIVES, OBJECT_GAP, STATUS, SUBJECT_GAP, WORDS, Frame
from .rule import Rule

# a list of countries only ("Poland, the host, and Germany" is two enumerations)
COUNTRY_LIST = re.compile(LIST_FIRST.replace(OTHER_ITEMS, ""), re.IGNORECASE)
_ITEM = re.compile(r"<[CA]\d+>")
_ORG = re.compile(r"<O\d+>")
_BE = re.compile(r"\b(?:is|are|was|were|been|being|remains?|remained|stays?)\b", re.IGNORECASE)
_BECOME = re.compile(r"\b(?:become|became|becomes)\b", re.IGNORECASE)
_APPOSED = re.compile(r"\s*(?:[,(]|[—–]|--)")
_PAST = re.compile(r"\b(?:was|were|had)\b", re.IGNORECASE)
_ADJ = rf"(?:(?:{'|'.join(ADJECTIVES.split())}|\d+(?:st|nd|rd|th)?)\s+){{0,3}}"
# the organization a member word is attached to: "<O1>'s ten members", "<O1> member", "<O1>-member"
_ORG_BEFORE = re.compile(rf"(<O\d+>)(?:['’]s)?(?:\s+|\s*-\s*){_ADJ}$", re.IGNORECASE)
# "members of the commission", "a member of the CSTO delegation": of another body
_OF_OTHER = re.compile(rf"\s+of\s+(?!<O)|\s+of\s+<O\d+>(?={SUB_BODY})")
_ORG_AFTER = re.compile(rf"\s+(?:of|in|within)\s+(<O\d+>){NOT_SUB_BODY}")
# a member word determined by its organization or an article: "the current members", not "members"
_DETERMINED = re.compile(rf"(?:(?:<O\d+>(?:['’]s)?|\b(?:the|its|their|our))\s+{_ADJ}|^{_ADJ})$", re.I)
# the subject of "includes", "admitted", "suspended": "<O1>, which now includes", "<O2> has suspended"
# ("The SCO, a permanent intergovernmental organization, includes": across its appositive)
_SUBJECT_ORG = re.compile(
    # (not an object: "countries hoping to enter the bloc include", "observers to the forum include")
    "".join(rf"(?<!{w}\s)" for w in (*OBJECT_WORDS, "to"))
    + r"(<O\d+>)\)?\s*(?:,\s*(?:which|that)\s+|,\s*(?:an?|the)\s[^,;<>]{1,70},\s*|\s+(?:which|that)\s+|\s+)"
    r"(?:(?:has|have|had|been|is|are|was|were|now|also|formally|officially|originally|initially|first|since|then|"
    r"later|today|just|"
    r"(?:last|this)\s+(?:year|month|week)|in\s+\d{4})\s+){0,3}$",
    re.IGNORECASE,
)
_UNDONE_BEFORE = re.compile(
    r"\b(?:not|never|no\s+longer|would|could|might|may|will|shall|should|must|hopes?\s+to|wants?\s+to|"
    r"seeks?\s+to|plans?\s+to|aims?\s+to|neither|nor|"
    # "It's time to welcome Finland and Sweden as full members": proposed, not done
    r"time\s+to|ready\s+to|expected\s+to|set\s+to|needs?\s+to|invited\s+to|agreed\s+to)\s+(?:[\w-]+\s+){0,3}$",
    re.IGNORECASE,
)
_NEGATED_LIST = re.compile(r"\b(?:neither|nor|not|non|except|excluding|besides)[\s-]+(?:the\s+)?$", re.I)
# "joined NATO", "joined in 2010", "joined." (not "joined the EU mission", "joined forces")
_JOIN_AFTER = re.compile(
    rf"\s*(?:(?P<org><O\d+>)(?!['’]|\s*-|\s+(?:{FILLER_NOT})\b|\s+in\s+\w+ing\b)"
    rf"|(?=\s+(?:in\s+(?:\d|early|late|mid|{MONTHS})|on\s+\d|at\s+the\s+(?:end|start)\s+of"
    r"|as\s+(?:a|an|its|the)\s+"
    r"(?:[\w-]+\s+)?member|last|this|earlier|later|after|since|when|weeks|months|years|days)\b)"
    r"|(?=\s*(?:[,.;:)]|$)))",
    re.IGNORECASE,
)
_ADMITTED_AFTER = re.compile(
    r"\s+(?:(?:to|into)\s+(?P<org><O\d+>)|as\s+(?:an?\s+|its\s+|the\s+)?(?:[\w-]+\s+){0,2}"
    r"(?:members?|member[- ](?:states?|countr(?:y|ies)|nations?))\b(?:\s+of\s+(?P<org2><O\d+>)|(?!\s+of\b)))",
    re.IGNORECASE,
)
# the rulers who stand for their country when it is suspended: "Myanmar's generals were barred"
_RULERS = re.compile(
    r"['’]s\s+(?:(?:military|ruling|top)\s+)?(?:leaders?|generals|junta|rulers|regime|government)\b", re.I
)
_SUSPENDED_AFTER = re.compile(
    r"(?:\s+(?:from|by)\s+(?:(?:the\s+)?(?:[\w-]+\s+){0,2}(?:meetings|activities|summits|gatherings)\s+of\s+"
    r"(?:the\s+[\w-]+\s+)?)?"
    # (not from a scheme or an undertaking of it: "suspended from the EU research programme")
    r"(?P<org><O\d+>)(?!\s+(?:[a-z]+\s+)?(?:programm?es?|schemes?|missions?|forces?|operations?|talks|"
    r"summits?|meetings?|committees?|panels?|teams?)\b)|(?!\s+(?:from|by)\b))",
    re.IGNORECASE,
)
_FROZE_AFTER = re.compile(
    r"\s+(?:its|their)\s+(?:participation|membership|activities)\s+in\s+(?P<org><O\d+>)", re.I
)
_BELONG_AFTER = re.compile(r"\s+(?:both\s+)?(?P<org><O\d+>)")
_OBJECT_NOT_AFTER = re.compile(r"\s*['’]|\s+(?:had|has|have|is|was|were|would|could|to|that)\b", re.I)
# "It now consists of ...", "It was originally established ... by": the organization in context
_IT_SUBJECT = re.compile(
    r"^\s*It\s+(?:(?:now|also|currently|today|still|originally|initially|first|was|is|has|been)\s+){0,3}$"
)
# between a founding word and its founders: "established in August 1967 by", "founded by six countries:"
_FOUNDED_GAP = re.compile(
    r"\s+(?:in\s+(?:[A-Z][a-z]+\s+)?\d{4}\s+|on\s+[A-Z][a-z]+\s+\d{1,2},?\s+\d{4}\s+)?(?P<by>by|with)\s+"
    r"(?:(?:the\s+)?(?:[\w-]+\s+)?(?:countries|states|nations)\s*:?\s*)?(?:the\s+)?"
)
# an organization described by the noun phrase set off after it, its founding word next: "<O1>,
# a bloc founded by", "<O1>, the new <C2>-led economic bloc formed with" (its founders, or the
# founder's partners in it)
_APPOSED_ORG = re.compile(
    # (the founding word is the phrase's own: no preposition before it, "NATO, a rival to the bloc
    # founded by A" is the bloc's founding)
    # (set off by a comma or a dash: "the G5 Sahel – an alliance formed by")
    # (a body of its own, or another one, is described: "The SCO – the bank founded by", "the EU, a
    # bloc whose rival union was founded by")
    r"(<O\d+>)\s*(?:,|[—–]|--?(?=\s))\s*(?:an?|the)\s+"
    r"(?:(?!(?:to|of|for|with|against|from|by|in|on|at|than|like|whose|force|bank|fund|mission|court|rival)\s)"
    r"(?:[\w-]|<C\d+>)+\s+){1,6}$",
    re.IGNORECASE,
)
# what ends the partners an organization so described was formed with: the phrase, or a date
# ("formed with A and B in 2015", not "formed with China in mind"); founders "by" a country go on
# as they like, but not into a name ("created by the Helsinki Final Act")
_APPOSED_WITH_END = re.compile(r"\s*(?:[,.;:)—–]|$)|\s+(?:in|on)\s+(?:\d{4}|[A-Z][a-z]+\s+\d)")
_NAME_GOES_ON = re.compile(r"\s+[A-Z]")
_FOUNDED_AFTER = re.compile(rf"\s+(?P<org><O\d+>)(?!['’]|\s+(?:{FILLER_NOT})\b)", re.IGNORECASE)
_AS_MEMBER_AFTER = re.compile(r"\s+as\s+(?:an?\s+|its\s+|the\s+)?(?:[\w-]+\s+){0,2}members?\b", re.I)
# an aside between the countries and their frame: no other country, no undoing word in it
_ASIDE = re.compile(r"\s*,[^,;<>]{1,60}?(?:<O\d+>(?:['’]s)?[^,;<>]{0,30}?)?,")
_ASIDE_NOT = re.compile(
    r"\b(?:not|never|no|neither|nor|former|ex|observers?|partners?|candidates?|applicants?|aspiring|"
    r"prospective|would|could|might|may|will|said|says|told)\b",
    re.IGNORECASE,
)
_BE_OR_BECOME = re.compile(r"\b(?:is|are|was|were|been|remains?|remained|become|became|becomes)\b", re.I)
_CLOSES_ASIDE = re.compile(r"\s*,(?!\s*(?:which|that|who)\b)")
_GERUND = re.compile(r"\s*being\b", re.IGNORECASE)
_FACTUAL_BEFORE = re.compile(r"\b(?:despite|with|given|in\s+spite\s+of)\s+(?:the\s+)?$", re.IGNORECASE)
_SUSPENDED_ITEM = re.compile(r"\bsuspended\s+(?:the\s+)?$", re.IGNORECASE)
_ENDED_AFTER = re.compile(ENDED_AFTER, re.IGNORECASE)


def frame_rules() -> tuple[Rule, ...]:
    """Return the frame's entries in the rule registry: one per kind of frame word."""
    gate: frozenset[str] = frozenset()
    return tuple(
        Rule(f"frame/{kind}", "frame", WORDS, "", gate, STATUS.get(kind, "member")) for kind in Frame
    )


class FrameHit(NamedTuple):
    """A country placeholder the frame makes a member of ``org`` (None: the context's)."""

    kind: Frame
    org: str | None
    item: str  # the placeholder, "<C3>"
    status: MemberStatus


def frames(abstract: str, covered: Container[str] = ()) -> Iterator[FrameHit]:
    """Yield the memberships the membership frame finds in one abstracted sentence; an
    enumeration that starts with a placeholder ``covered`` (found by another rule) is not read again."""
    words: list[Word] = []  # the frame words near the enumerations read so far, in order
    starts: list[int] = []
    ends: list[int] = []
    scanned = end = 0
    for first in _ITEM.finditer(abstract):
        if first.start() < end or first.group() in covered:
            continue
        e = COUNTRY_LIST.match(abstract, first.start())
        if e is None:  # not the first item of its list
            continue
        end = e.end()
        # words are looked for only near an enumeration, and each character once: a long
        # sentence costs one pass however many enumerations it has
        lo = max(scanned, e.start() - W.FRAME_BEFORE_LIST)
        hi = _word_end(abstract, e.end() + W.FRAME_AFTER_LIST)
        if lo < hi:
            new = _words(abstract, lo, hi)
            words += new
            starts += [w[0] for w in new]
            ends += [w[1] for w in new]
            scanned = hi
        i, k = bisect.bisect_left(starts, e.end()), bisect.bisect_right(ends, e.start())
        found = _after(abstract, e, words, i) or _before(abstract, e, words, k)
        if found is None:
            continue
        kind, org, status = found
        for item in _ITEM.finditer(abstract, e.start("list"), e.end("list")):
            marked = _SUSPENDED_ITEM.search(abstract, max(0, item.start() - 12), item.start())
            yield FrameHit(kind, org, item.group(), "suspended" if marked else status)


# the counts a subject may give of the countries it stands for ("The three nations", "All five")
_COUNT_WORDS = "two|three|four|five|six"
_COUNTS = rf"(?:{_COUNT_WORDS})\b"
# a subject that stands for the countries the sentence before opens with
THEY = re.compile(
    rf"\s*(?:They|(?:These|The\s+{_COUNTS})\s+(?:\w+\s+)?(?:countries|states|nations)"
    r"|Both(?:\s+(?:countries|nations|states))?"
    rf"|All\s+(?:\w+\s+)?(?:of\s+them|countries|states|nations)|All\s+{_COUNTS}(?=\s*[,—–-])"
    # "The four have been suspended", "All four were": a count alone, before its verb
    rf"|(?P<bare>(?:The|All)\s+{_COUNTS})(?=\s+(?:have|has|had|are|were|will|would|remain|(?:all\s+)?(?:joined|signed))\b))"
    r"(?=[\s,—–-])"
)
# how many countries such a subject says it stands for ("Both" two)
_THEY_COUNTS = {**COUNT_WORDS, "both": 2}
_COUNT_IN_THEY = re.compile(rf"\b(?:both|{_COUNT_WORDS})\b", re.IGNORECASE)
# the countries a sentence opens with, as its subject: "Armenia and Belarus signed the treaty."
_OPENING = re.compile(r"\s*(?:Both\s+)?" + COUNTRY_LIST.pattern, re.IGNORECASE)


def carried(previous: str, abstract: str) -> Iterator[FrameHit]:
    """Yield the memberships a sentence states of the countries the sentence before opens with:
    "Armenia and Belarus signed the treaty. They are both members of the EAEU." The items are
    placeholders of ``previous``, the organization one of ``abstract``."""
    they = THEY.match(abstract)
    subject = _OPENING.match(previous) if they else None
    if they is None or subject is None:
        return
    size = len(_ITEM.findall(subject.group("list")))
    counted = _COUNT_IN_THEY.search(they.group())
    if size < 2 or (counted is not None and _THEY_COUNTS[counted.group().lower()] != size):
        return  # "A, B, C and D met. The three nations ...": not the four
    if (
        they.group("bare")
        and counted is not None
        and (
            len(_ITEM.findall(previous)) != size
            or re.search(rf"\b{counted.group()}\b", previous, re.IGNORECASE) is not None
        )
    ):
        # a count alone stands for the list only when no other countries nor that count are in
        # the sentence before ("A, B and C backed it, while D, E and F were consulted. The three
        # ...", "A, B and C expelled three diplomats. The three ...")
        return
    # the sentence read with its subject spelled out, as if it named the countries itself
    joined = subject.group("list") + abstract[they.end() :]
    e = COUNTRY_LIST.match(joined)
    found = _after(joined, e, _words(joined, e.end(), len(joined)), 0) if e else None
    if e is None or found is None:
        return
    kind, org, status = found
    for item in _ITEM.finditer(joined, e.start("list"), e.end("list")):
        yield FrameHit(kind, org, item.group(), status)


Found = tuple[Frame, str | None, MemberStatus]
Word = tuple[int, int, Frame]


def _word_end(abstract: str, at: int) -> int:
    """Return where the word at ``at`` ends (a window never cuts a word)."""
    space = abstract.find(" ", at)
    return len(abstract) if space < 0 else space


def _words(abstract: str, start: int, end: int) -> list[Word]:
    """Return the frame words in ``[start, end)``; "countries", "allies"... only after an organization."""
    return [
        (m.start(), m.end(), Frame.MEMBER if m.lastgroup == "peer" else Frame(m.lastgroup or ""))
        for m in WORDS.finditer(abstract, start, end)
        # "NATO countries", "the bloc's other states": peers only of an organization named with them
        if m.lastgroup != "peer" or _ORG_BEFORE.search(abstract, max(0, m.start() - 60), m.start())
    ]


def _after(abstract: str, e: re.Match[str], words: list[Word], i: int) -> Found | None:
    """The countries come first: "A and B joined X", "A, a member of X", "A was suspended"."""
    at = e.end()
    rulers = _RULERS.match(abstract, at)
    if rulers is not None:
        at = rulers.end()  # "Myanmar's generals have been barred from ...": the country is
    elif abstract.startswith(("'", "’"), at):
        return None
    word = words[i] if i < len(words) else None
    gap = SUBJECT_GAP.fullmatch(abstract, at, word[0]) if word else None
    aside = _ASIDE.match(abstract, at)
    if gap is None and aside is not None and not _ASIDE_NOT.search(aside.group()):
        # across an aside: "Norway and Iceland, also outside the bloc, belong to EFTA"
        at = aside.end()
        word = next((w for w in words[i : i + 8] if w[0] >= at), None)
        gap = SUBJECT_GAP.fullmatch(abstract, at, word[0]) if word else None
    if word is None or gap is None or word[2] is Frame.INCLUDE:
        return None
    start, end, kind = word
    if rulers is not None and kind is not Frame.SUSPEND:
        return None
    closes_aside = _CLOSES_ASIDE.match(gap.group()) and _BE_OR_BECOME.search(gap.group())
    if (kind not in (Frame.MEMBER, Frame.SUSPEND) and _CLOSES_ASIDE.match(gap.group())) or closes_aside:
        return None  # "Kyrgyzstan, whose clashes worried Moscow, belong to": Moscow is no subject
    if kind is Frame.SUSPEND and _FROZE_AFTER.match(abstract, end):
        kind = Frame.FREEZE  # "had suspended its participation in the CSTO": frozen, as "froze"
    before = abstract[max(0, e.start() - 40) : e.start()]
    gap_text = gap.group()
    # (after a preposition, the countries are no subject, unless of a gerund that states a fact:
    # "despite Denmark being one of the members", not "objections to Ukraine being a member",
    # "would never accept Moldova being a member")
    gerund = _GERUND.match(gap_text) is not None
    if gerund and not _FACTUAL_BEFORE.search(before):
        return None
    subject = (gerund and kind is Frame.MEMBER) or not G.PREPOSITION_BEFORE.search(before)
    if G.BEFORE_NOT.search(before) or _NEGATED_LIST.search(before) or not subject:
        return None
    undone, org = _attached(abstract, kind, start, end)
    if undone:
        return None
    if kind is Frame.MEMBER and _PAST.search(gap_text) and "founding" not in abstract[e.end() : end].lower():
        return None  # "was a member of OPEC": a past membership, unless it founded the organization
    # "had joined OPEC in 1961 and left in 2019", "which joined the cartel in 1973 and left in 1992"
    if (kind is Frame.JOIN or _PAST.search(gap_text)) and _ENDED_AFTER.match(abstract, end) is None:
        return None
    linked = _BE.search(gap_text) or _BECOME.search(gap_text)
    if kind is Frame.MEMBER and not (linked or _APPOSED.match(gap_text)):
        return None  # "gave Venezuela full membership": the countries are an object, not the members
    if kind in (Frame.ADMIT, Frame.SUSPEND) and not (_BE.search(gap_text) or gap_text.strip() == ","):
        return None  # the countries are the subject of a passive ("were admitted"), or in apposition
    return kind, org, STATUS.get(kind, "member")


def _attached(abstract: str, kind: Frame, start: int, end: int) -> tuple[bool, str | None]:
    """Return whether what follows a frame word after its countries undoes the frame, and the
    organization the word is attached to (None: none)."""
    if kind is Frame.MEMBER:
        if G.MEMBERSHIP_AFTER_NOT.match(abstract, end) or _OF_OTHER.match(abstract, end):
            return True, None
        m = _ORG_AFTER.match(abstract, end) or _ORG_BEFORE.search(abstract, max(0, start - 60), start)
        return False, m.group(1) if m else None
    pattern = {
        Frame.JOIN: _JOIN_AFTER,
        Frame.ADMIT: _ADMITTED_AFTER,
        Frame.SUSPEND: _SUSPENDED_AFTER,
        Frame.FREEZE: _FROZE_AFTER,
        Frame.BELONG: _BELONG_AFTER,
        Frame.FOUND: _FOUNDED_AFTER,
    }[kind]
    m = pattern.match(abstract, end)
    if m is None:
        return True, None
    return False, m.groupdict().get("org") or m.groupdict().get("org2")


def _before(abstract: str, e: re.Match[str], words: list[Word], k: int) -> Found | None:
    """The frame word comes first: "members are A", "X includes A", "X admitted A"; the words
    between may hold another frame word ("the bloc's members include A")."""
    for word in reversed(words[max(0, k - 8) : k]):  # at most eight words stand between
        if word[2] is Frame.FOUND:
            return _founders(abstract, e, word)
        if OBJECT_GAP.fullmatch(abstract, word[1], e.start()) is None:
            return None
        found = _object(abstract, e, word)
        if found is not None:
            return found
    return None


def _founders(abstract: str, e: re.Match[str], word: Word) -> Found | None:
    """The countries that founded the organization: "<O1> was founded in 2001 by <C2> and <C3>",
    "It was originally established in August 1967 by <C1>, <C2> and <C3>"."""
    start, end, _ = word
    gap = _FOUNDED_GAP.fullmatch(abstract, end, e.start())
    if gap is None:
        return None
    head = abstract[max(0, start - 110) : start]
    if G.AFTER_LIST_NOT.match(abstract, e.end()) or _UNDONE_BEFORE.search(head):
        return None
    by = gap.group("by") == "by"  # else "with": the founder's partners, only in an apposed phrase
    apposed = _APPOSED_ORG.search(head)
    if apposed is not None:
        if (not by and not _APPOSED_WITH_END.match(abstract, e.end())) or _NAME_GOES_ON.match(
            abstract, e.end()
        ):
            return None
        return Frame.FOUND, apposed.group(1), "member"
    subject = _SUBJECT_ORG.search(head) if by else None
    if subject is None and not (by and _IT_SUBJECT.match(abstract, 0, start)):
        return None
    return Frame.FOUND, subject.group(1) if subject else None, "member"


def _object(abstract: str, e: re.Match[str], word: Word) -> Found | None:
    """Return the frame that a word before the countries makes, if it makes one."""
    start, end, kind = word
    after = abstract[e.end() :]
    if G.AFTER_LIST_NOT.match(after) or after.startswith(("'", "’")):
        return None
    if G.coordinated(abstract, e.start(), e.end()):
        return None
    head = abstract[max(0, start - 110) : start]
    if _UNDONE_BEFORE.search(head):
        return None
    if kind is Frame.MEMBER:
        if not _DETERMINED.search(abstract, max(0, start - 60), start) or G.BEFORE_NOT.search(head):
            return None
        m = _ORG_AFTER.match(abstract, end) or _ORG_BEFORE.search(head)
        return kind, m.group(1) if m else None, "member"
    verb = abstract[start:end].lower()
    subject = _SUBJECT_ORG.search(head)
    if subject is None and kind in (Frame.INCLUDE, Frame.ADMIT, Frame.JOIN) and not verb.startswith("add"):
        # "... and last year included Egypt and Iran as members": the countries' own "as
        # members" makes the frame whatever the verb's subject
        as_members = _AS_MEMBER_AFTER.match(after)
        if as_members is not None and not _OF_OTHER.match(after, as_members.end()):
            m = _ORG_AFTER.match(after, as_members.end())
            return Frame.ADMIT, m.group(1) if m else None, "member"
    if subject is None and kind is Frame.INCLUDE and _IT_SUBJECT.match(abstract, 0, start):
        return kind, None, "member"  # "It now consists of A, B and C": the organization in context
    if kind not in (Frame.INCLUDE, Frame.ADMIT, Frame.SUSPEND) or subject is None:
        return None
    if kind is Frame.ADMIT and (
        _OBJECT_NOT_AFTER.match(after)
        or (verb.startswith(("welcom", "accept")) and not _AS_MEMBER_AFTER.match(after))
    ):
        return None
    if verb.startswith("bar") and not re.match(r"\s+from\b", after):
        return None
    return kind, subject.group(1), STATUS.get(kind, "member")
