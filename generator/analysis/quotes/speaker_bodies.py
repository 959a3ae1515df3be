"""Resolve a cue subject that is a body: an organization named or referred to ("the bloc said"),
"it said", a group of its members ("the leaders said"), a summit ("the summit noted")."""

from __future__ import annotations

import bisect
import re
from functools import cache

from ...records import Entity, Speaker
from ...reference import load_countries, load_organizations
from .. import lexicon as lx
from .. import windows as W
from ..alternation import alternation
from ..countries import state_named
from ..textscan import has_word, sentence_end, sentence_start
from .speaker_governments import GovernmentResolver
from .speaker_hints import body_in_text
from .speaker_index import Result

_ACRONYM = re.compile(r"\b[A-Z][A-Z&]{1,9}\b|\b[A-Z][a-z]{2,}(?=\s+(?:said|says|reported|added))")

# the word of a summit, and what may stand between it and the organization whose summit it is:
# capitalised words and its kind before ("SADC Troika summit", "EAC Heads of State Summit",
# "AU's extraordinary summit"), "of" after ("the summit of the AU")
_SUMMIT = re.compile(r"\b[Ss]ummit\b")

_SUMMIT_WORDS = (
    r"(?:[A-Z][\w-]*|of|and|state|government|leaders['’]?|heads|extraordinary|ordinary|annual|special|virtual|"
    r"emergency|joint|informal|inaugural|consultative|troika|regional|own|\w+-day|\d+(?:st|nd|rd|th)|first|second|"
    r"third|last|next|latest)"
)

_OWNS_SUMMIT = re.compile(
    rf"(?:['’]s?)?(?:\s+{_SUMMIT_WORDS})*?\s+"
    # ("The African Union held an emergency summit")
    rf"|\s+(?:has\s+|had\s+)?(?:held|holds|hosted|hosts|convened|convenes|called|organi[sz]ed)\s+(?:a|an|its|the)"
    rf"(?:\s+{_SUMMIT_WORDS})*?\s+"
)

_SUMMIT_OF = re.compile(r"\s+of\s+(?:the\s+)?")

_REFERENCE_OWNS_SUMMIT = re.compile(
    r"\b(?:(?:the\s+(?:[a-z-]+\s+)?(?:bloc|organi[sz]ation|alliance|union|community|grouping)['’]s)|its)"
    rf"(?:\s+{_SUMMIT_WORDS})*\s+$"
)

_NAMED_SUMMIT = re.compile(r"[A-Z][\w-]*\s+$")

LOWER_WORD = re.compile(r"[a-z]+")

_BODY_RE = re.compile(
    r"\b(" + alternation(sorted(lx.BODY_NOUNS, key=len, reverse=True), ignore_case=True) + r")\b", re.I
)


class BodyResolver(GovernmentResolver):
    """Resolve the bodies that speak: organizations, their groups and their meetings."""

    def _quoted_or_silent(self, pos: int) -> bool:
        return self.quoted(pos) or self.silent(pos)

    def _aside_or_silent(self, pos: int) -> bool:
        return self._in_aside(pos) or self.silent(pos)

    def body_in_cue(self, at: int) -> Result:
        """Return the organization a document's cue at ``at`` says issued it, in an aside on its
        release: the issuer of a document no one was named before ("“...,” the communique,
        released after the 58th ASEAN ministers' meeting, said"; not "released after a call with
        NATO officials", "said, quoting a UN report")."""
        end = sentence_end(self.doc.text, at, self.doc.paragraphs[self.doc.paragraph_at(at)].end)
        named = [
            (start, org)
            for start, stop, org in self.org_spans
            if at <= start and stop <= end and not self.quoted(start)
        ]
        # (the only organization the sentence names: not one of two, "issued by the AU and ECOWAS")
        if len({org.key for _, org in named}) != 1:
            return None, "none"
        start, org = named[0]
        if org.kind != "organization" or not _RELEASED_AT.search(self.doc.text, max(at, start - 80), start):
            return None, "none"
        return Speaker(name=org.key, key=org.key, kind="organization"), "body"

    def body_said_before(self, at: int) -> Entity | None:
        """Return the organization the last sentences before ``at`` have speak ("the AU said it
        was reviewing ..."), the last one if several, outside quotation marks."""
        text = self.doc.text
        lo = self._sentences_back(at)
        found = None
        for start, end, org in self.org_spans:
            said = lo <= start < at and org.kind == "organization" and _BODY_SAID.match(text, end)
            # the sentence's subject, not a clause inside it ("an election the UN says he lost")
            if (
                said
                and _OPENS_SUBJECT.fullmatch(text, sentence_start(text, start), start)
                and not self.quoted(start)
            ):
                found = org
        return found

    def by_body(self, phrase: str, at: int) -> Result:
        low = phrase.lower()
        for name, org in self.org_names:
            if has_word(low, name):
                return Speaker(name=org.key, key=org.key, kind="organization"), "body"
        if not lx.ANONYMOUS_NOUNS.isdisjoint(LOWER_WORD.findall(low)):
            return None, "stop"
        m = _ACRONYM.search(phrase)
        # ("the Zambian said": a demonym is a person of the country, no body)
        if (
            m
            and m.group() not in lx.NOT_NAME_WORDS
            and m.group() not in lx.PLACE_WORDS
            and m.group() not in country_demonyms()
        ):
            name = m.group().upper() if len(m.group()) <= 7 else m.group()
            return Speaker(name=name, key=name, kind="organization"), "body"
        stripped = phrase.strip()
        body = _BODY_RE.search(phrase)
        owned = _OWNED_BODY.fullmatch(stripped) if body else None
        # (not an organization by a region and its noun: "the South American bloc" is the one in
        # context, when one was named)
        regional = body is not None and body.group(1).lower() in _GENERIC and bool(self.orgs)
        if owned and body is not None and body.end() == len(phrase.rstrip()) and not regional:
            # "Russia's foreign ministry said", "the Nigerien foreign ministry": a body the cue
            # names by its owner, as written (one key however it is capitalised)
            name = owned.group("body")
            return Speaker(name=name, key=name.casefold(), kind="organization"), "body"
        titled = TITLED_BODY.fullmatch(stripped)
        if titled:
            # "the Irish Defence Forces said": a body by its own name, every word capitalised
            name = titled["name"]
            return Speaker(name=name, key=name.casefold(), kind="organization"), "body"
        named = _THE_NAME.fullmatch(stripped)
        proper = named.group(1) if named and not _not_body(named.group(1)) else None
        if proper in country_demonyms():
            return None, "stop"
        # "the Kremlin said": a body by its own name, not an anaphor ("the Americans said" is no
        # body, unless a body noun: "the Authorities")
        if proper and body is not None and proper == body.group(1):
            return Speaker(name=proper, key=proper, kind="organization"), "body"
        if body and low.split()[0] in ("the", "its", "their"):
            noun = body.group(1).lower()
            if noun in _GOVERNMENT_NOUNS and low.split()[-1] == noun.split()[-1] and len(low.split()) <= 3:
                # "the junta said": the junta named before, never a bloc or a mission
                found = self.government_noun_before(at, noun)
                if found[0] is None:
                    found = self.government_of_subject(at, phrase)
                return found if found[0] is not None else (None, "stop")
            return self.body_before(at, noun=noun)
        if proper and not proper.endswith("s"):
            return Speaker(name=proper, key=proper, kind="organization"), "body"
        return None, ""

    def it_before(self, at: int) -> Result:
        """Return who ``it said`` at ``at`` is: the body whose words the cue before gave ("the
        statement read"), unless a body is named outside quotation marks since; else the body
        named last."""
        i = bisect.bisect_left(self.bodies_spoke, at, key=lambda e: e[0])
        j = bisect.bisect_left(self.spoke, at, key=lambda e: e[0])
        if i and not (j and self.spoke[j - 1][0] > self.bodies_spoke[i - 1][0]):  # no person spoke since
            since, speaker = self.bodies_spoke[i - 1]
            # (a body named since in a phrase of a preposition does not speak: "Under an agreement
            # of the GCC, “...,” it said" is still the one that spoke before)
            named = any(
                since < m.span.start < at and not self._in_aside(m.span.start)
                for o in self.orgs
                for m in o.mentions
            )
            if (
                not named
                and body_in_text(self.doc.text, at, after=since, skip=self._aside_or_silent)[0] is None
            ):
                return speaker, "body"
        government = self.government_before(at)
        if government[0] is not None:
            return government
        subject = self.body_subject_before(at)
        return subject if subject[0] is not None else self.body_before(at)

    def body_subject_before(self, at: int) -> Result:
        """Return the body that opens one of the last sentences before ``at`` as its subject, the
        latest such: "it" stands for the subject before it, not for whatever was named last
        ("ASEAN met. Myanmar's foreign ministry rejected the statement. “...,” it said" is the
        ministry's). An organization by its name, a government body by its noun and owner."""
        text = self.doc.text
        hi = sentence_start(text, at)
        for _ in range(W.SUBJECT_SENTENCES_BEFORE):
            if hi <= 0:
                break
            lo = sentence_start(text, max(0, hi - 2))
            found = self.body_opening(lo, hi)
            hi = lo
            if found is not None:
                return found, "body"
        return None, "none"

    def body_opening(self, lo: int, hi: int, *, states: bool = False) -> Speaker | None:
        """Return the body that opens the sentence at ``lo`` as the subject of its verb: an
        organization by its name, a government body by its noun and owner, with ``states`` a state
        by its name ("Uruguay strongly condemned")."""
        text = self.doc.text
        opening = _OPENS_SUBJECT.match(text, lo, hi)
        start = opening.end() if opening else lo
        if self.quoted(start):
            return None
        i = bisect.bisect_left(self.org_starts, start)
        if i < len(self.org_starts) and self.org_starts[i] == start:
            _, end, org = self.org_spans[i]
            # (across an aside or its people: "The African Union, which sent observers, welcomed",
            # "UNICEF, however, warned", "African Union observers praised")
            aside = _ASIDE_AFTER_SUBJECT.match(text, end)
            verb_at = aside.end() if aside else end
            if org.kind == "organization" and (_ACTS.match(text, end) or _ACTS.match(text, verb_at)):
                return Speaker(name=org.key, key=org.key, kind="organization")
        owned = _OWNED_GOVERNMENT.match(text, start)
        if owned is not None and _ACTS.match(text, owned.end()):
            name = owned.group()
            return Speaker(name=name, key=name.casefold(), kind="organization")
        state = _STATE_SUBJECT.match(text, start, hi) if states else None
        if state is not None and state_named(state["name"]) is not None:
            return Speaker(name=state["name"], key=state["name"], kind="country")
        return None

    def it_relative(self, at: int) -> Result:
        """Return who "it" is in a relative clause of the sentence it stands in, the body or
        state that sentence opens with: "The French government condemned the attacks, which it
        said were “...”"; "Uruguay condemned what it called “...”"."""
        start = sentence_start(self.doc.text, at)
        if not _RELATIVE_END.search(self.doc.text, start, at):
            return None, "none"
        found = self.body_opening(start, at, states=True)
        return (found, "body") if found is not None else (None, "none")

    def group_before(self, at: int, *, nearest: bool = False, noun: str = "") -> Result:
        """Return who ``they said in a statement`` at ``at`` is: the organization whose members or
        leaders were last spoken of as a group ("The members of the G7 met. The leaders ..."); with
        ``nearest``, only the group spoken of last counts, and only when one organization is named
        with it ("Microsoft's leaders met investors" leaves "the leaders said" to nobody, and so do
        "EU leaders and AU leaders")."""
        text = self.doc.text
        lo = self._sentences_back(at)  # the group is named in the last few sentences
        groups = [g for g in _GROUP.finditer(text, lo, at) if not self.quoted(g.start())]
        if nearest:
            # the last group of the cue's own kind ("the ministers": ministers)
            kinds = ("leader", "head") if noun == "leader" else (noun,)
            groups = [g for g in groups if any(k in g.group().lower() for k in kinds)][-1:]
        for group in reversed(groups):
            start = sentence_start(text, group.start())
            end = text.find(".", group.end(), at)
            end = at if end < 0 else end
            # "the members of the G7", "G7 leaders": the organization nearest to the group noun
            near = [
                (abs(m.span.start - group.start()), org)
                for org in self.orgs
                for m in org.mentions
                if start <= m.span.start < end and not self.quoted(m.span.start)
            ]
            # (two organizations' groups side by side, "EU leaders and AU leaders": neither alone)
            attached = {
                org.key
                for org in self.orgs
                for m in org.mentions
                if start <= m.span.start < end and _GROUP_AFTER_ORG.match(text, m.span.end)
            }
            if nearest and len(attached) > 1:
                return None, "none"
            if near:
                org = min(near, key=lambda n: n[0])[1]
                return Speaker(name=org.key, key=org.key, kind="organization"), "body"
            if group.group("its"):  # "its member countries": the organization named before
                return self.body_before(group.start())
        return None, "none"

    def _groups_before(self, at: int) -> bool:
        """Return whether the last sentences before ``at`` speak of a group of people ("Farmers'
        leaders met the minister"), whose the cue's group may be."""
        text = self.doc.text
        lo = self._sentences_back(at)
        return any(not self.quoted(g.start()) for g in _GROUP.finditer(text, lo, at))

    def body_before(self, at: int, noun: str = "") -> Result:
        """Return the organization named last before ``at`` (``it said``, ``the mission said``):
        for a noun that names a kind of organization ("the mission", "the bloc"), the last of
        that kind if one was named."""
        found = []
        for org in self.orgs:
            # (a word of its name: "the mission" is no "Commission")
            if not noun or noun in _GENERIC or word_at((org.full_name or org.name).lower(), noun):
                found += [(m.span.start, org) for m in org.mentions if m.span.start < at]
        kind = _NOUN_KINDS.get(noun)
        if kind is not None:
            of_kind = [(p, o) for p, o in found if _kind_of(o) == kind]
            if not of_kind and kind == "mission":
                owner = self._owner_of_noun(at, noun)
                if owner is not None:
                    return Speaker(name=owner.key, key=owner.key, kind="organization"), "body"
            found = of_kind or found
        if noun in _GENERIC:
            # "NATO and the EU met. “...,” the alliance said": the one whose name says what it is
            # ("North Atlantic Alliance"), when one's does
            found = [(p, o) for p, o in found if noun in _names_of(o)] or found
        # the last one named outside quotation marks
        best_pos, best = max(
            ((p, o) for p, o in found if not self.quoted(p)), key=lambda x: x[0], default=(-1, None)
        )
        if best is None:
            return body_in_text(self.doc.text, at, skip=self._quoted_or_silent)
        if not noun:  # "Brazil’s Foreign Ministry said ... “...,” it said": the body named last
            # (from the body's own first letter: "SADC Secretariat", never "ADC Secretariat")
            nearer = body_in_text(self.doc.text, at, after=best_pos - 1, skip=self._quoted_or_silent)
            if nearer[0] is not None:
                return nearer
        return Speaker(name=best.key, key=best.key, kind="organization"), "body"

    def _owner_of_noun(self, at: int, noun: str) -> Entity | None:
        """Return whose ``noun`` ("mission") is when no body of that kind is named: the organization
        named last before that noun in a sentence that has both, the latest such sentence before
        ``at`` ("Comesa has deployed an observer mission", "the AU observer mission")."""
        text = self.doc.text
        for m in reversed(list(re.finditer(rf"\b{re.escape(noun)}\b", text[:at], re.IGNORECASE))):
            if self.quoted(m.start()):
                continue
            lo = sentence_start(text, m.start())
            before = [
                (mention.span.start, org)
                for org in self.orgs
                for mention in org.mentions
                if lo <= mention.span.start < m.start() and not self.quoted(mention.span.start)
            ]
            if before:
                return max(before, key=lambda e: e[0])[1]
        return None

    def summit_owner(self, at: int) -> Entity | None:
        """Return the organization whose summit the last summit named before ``at`` is: named right
        before the word ("the SADC Troika summit", "the EAC Heads of State Summit", "the regional
        bloc's troika summit") or right after it ("the summit of the AU"); a summit said again
        ("attended the summit") is the one named before it; None for a summit of its own name
        ("the Africa Climate Summit") or of nobody named."""
        text = self.doc.text
        for m in reversed(list(_SUMMIT.finditer(text, 0, at))):
            if self.quoted(m.start()):
                continue
            for start, end, org in self.org_spans:
                if (
                    0 <= m.start() - end <= W.SUMMIT_OWNER and _OWNS_SUMMIT.fullmatch(text, end, m.start())
                ) or (0 <= start - m.end() <= W.SUMMIT_OWNER and _SUMMIT_OF.fullmatch(text, m.end(), start)):
                    return org
            if _REFERENCE_OWNS_SUMMIT.search(text, max(0, m.start() - 2 * W.SUMMIT_OWNER), m.start()):
                # "the regional bloc's extraordinary troika summit": of the organization named before
                i = bisect.bisect_left(self.org_starts, m.start())
                return self.org_spans[i - 1][2] if i else None
            if text[m.start()].isupper() and _NAMED_SUMMIT.search(text, max(0, m.start() - 40), m.start()):
                return None  # "the Africa Climate Summit": a summit of its own name
        return None

    def body_named_before(self, at: int, *, but: str) -> Result:
        """Return the organization named last before ``at`` outside quotation marks, other than ``but``."""
        found = [
            (m.span.start, org)
            for org in self.orgs
            if org.key != but
            for m in org.mentions
            if m.span.start < at and not self.quoted(m.span.start)
        ]
        if not found:
            return None, "none"
        org = max(found, key=lambda f: f[0])[1]
        return Speaker(name=org.key, key=org.key, kind="organization"), "body"

    def body_named_most(self, at: int) -> Result:
        """Return the organization named most often before ``at`` (the last named of those tied)."""
        counts = [
            (sum(1 for m in org.mentions if m.span.start < at), max(m.span.start for m in org.mentions), org)
            for org in self.orgs
            if any(m.span.start < at for m in org.mentions)
        ]
        if not counts:
            return self.body_before(at)
        best = max(counts, key=lambda c: (c[0], c[1]))[2]
        return Speaker(name=best.key, key=best.key, kind="organization"), "body"


# a group noun right after an organization's name: its own ("EU leaders", "AU foreign ministers")
_GROUP_AFTER_ORG = re.compile(r"(?:['’]s)?\s+(?:[a-z-]+\s+)?(?:leaders|ministers|heads|members)\b")

# members or leaders of an organization spoken of as a group
_GROUP = re.compile(
    r"(?P<its>\b(?:its|their)\s+)?\b(?:members|member\s+(?:countries|states|nations)|leaders|(?:foreign\s+)?ministers"
    r"|heads\s+of\s+state)\b",
    re.I,
)

# a body with its owner: "Russia's foreign ministry", "the Nigerien Foreign Ministry"
_OWNED_BODY = re.compile(
    r"(?:[Tt]he\s+)?(?P<body>(?!(?:The|Its|Their|This|That)\b)[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?(?:['’]s)?(?:\s+[\w-]+){1,3})"
)


def word_at(low: str, word: str) -> re.Match[str] | None:
    """Return where ``word`` first stands as a whole word in ``low``."""
    return re.search(rf"(?<![\w-]){re.escape(word)}(?![\w-])", low)


_THE_NAME = re.compile(r"[Tt]he\s+([A-Z][a-z]+)")

# a body's own name: capitalised words ending with a body's noun ("the Irish Defence Forces"),
# or with its noun and what it is of ("Thailand's Ministry of Foreign Affairs")
BODY_TITLE = (
    r"(?:Forces|Ministry|Council|Commission|Office|Agency|Secretariat|Army|Police|Parliament|Senate|"
    r"Assembly|Committee|Authority|Department|Navy|Presidency|Centers?|Centres?|Service|Institute|Bureau|Board)"
)

# ("for": "Institute for Fiscal Studies", "Centers for Disease Control and Prevention")
_OF_TITLED = (
    r"\s+(?:of|for)\s+(?:the\s+)?(?:[A-Z][\w-]*\s+){0,3}[A-Z][\w-]*(?:\s+and\s+[A-Z][\w-]*)?(?![\w’'-])"
)

TITLED_BODY = re.compile(
    # (after what it is described by: "the Miami-based National Hurricane Center")
    rf"(?:[Tt]he\s+)?(?:[\w’'-]+-(?:based|run|led|backed)\s+)?(?P<name>(?:[A-Z][\w.’'-]*\s+){{1,4}}{BODY_TITLE}(?:{_OF_TITLED})?"
    rf"|{BODY_TITLE}{_OF_TITLED})"
)


def _not_body(word: str) -> bool:
    """Return whether a capitalised word after "the" is a title or a common word, not a body."""
    return word in lx.PERSON_TITLES or word in lx.NOT_NAME_WORDS or word.lower() in lx.ROLE_NOUNS


# a body speaking in a sentence of reported speech: "the AU said it was reviewing ..."
_BODY_SAID = re.compile(
    r"\)?\s+(?:also\s+|has\s+|had\s+|on\s+\w+\s+)?(?:said|says|stated|announced|warned|declared)\b"
)

# what may stand before a sentence's subject: "However, the", "On Monday, the"
_OPENS_SUBJECT = re.compile(
    r"\W*(?:(?:However|But|Meanwhile|Earlier|Later|On\s+\w+|In\s+\w+),?\s+)?(?:[Tt]he\s+)?"
)

# a state by its name opening a sentence as the subject of its verb ("Uruguay strongly condemned")
_STATE_SUBJECT = re.compile(r"(?P<name>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2})(?:\s+[a-z]+ly)?\s+[a-z]+ed\b")

# the relative word a pronoun subject follows in a clause of its sentence: "which it said"
_RELATIVE_END = re.compile(r"\b(?:which|that|what)\s+$")

_GOVERNMENT_NOUNS = frozenset(
    [
        *("government", "ministry", "foreign ministry", "presidency", "cabinet", "junta", "military"),
        *("army", "press service", "press office"),
    ]
)

# a document's release by or at a body's meeting, the body's name next: "released after the 58th
# [ASEAN ...]", "issued by the [AU]", "adopted at the end of the [SADC] summit"
_RELEASED_AT = re.compile(
    r",\s+(?:released|issued|adopted|published)\s+(?:(?:late|early)\s+)?(?:on\s+[A-Z][a-z]+\s+)?"
    r"(?:by|at|after|following|during)\s+(?:the\s+(?:close|end|conclusion)\s+of\s+)?"
    r"(?:(?:the|a|an)\s+)?(?:(?!(?:with|to|from|by|of|and|between)\b)[\w’'-]+\s+){0,2}$"
)

# what may stand between a body opening a sentence and its verb: an aside set off by commas, or
# its people ("observers", "officials")
_ASIDE_AFTER_SUBJECT = re.compile(
    r"(?:\s*,[^,.;“”\"]{1,80},|\s+(?:observers|officials|leaders|ministers|delegates|monitors|envoys))?"
)
# a verb after a sentence's subject (past tense, or an auxiliary): "ECOWAS rejected", not
# "ECOWAS leaders met"
_ACTS = re.compile(
    r"\s+(?:(?:also|later|then|has|had|was|is|will|would|on\s+\w+day|said|says|told|tells|wrote|writes)\b|[a-z]+ed\b)"
)

# a government body with what makes it one, opening a sentence: "Myanmar's foreign ministry",
# "Nigeria’s military junta", "the junta in Niamey", "the Kenyan presidency"
_GOVERNMENT_NOUN = "|".join(sorted(_GOVERNMENT_NOUNS, key=len, reverse=True))

_OWNED_GOVERNMENT = re.compile(
    rf"(?:[A-Z][\w-]*['’]s\s+(?:[\w-]+\s+)?(?:{_GOVERNMENT_NOUN})"
    rf"|(?:[A-Z][\w-]*\s+)(?:[a-z][\w-]*\s+)?(?:{_GOVERNMENT_NOUN})"
    rf"|(?:[a-z][\w-]*\s+)?(?:{_GOVERNMENT_NOUN})\s+in\s+[A-Z][\w-]+)\b"
)

_GENERIC = (
    "organization",
    "organisation",
    "body",
    "bloc",
    "alliance",
    "group",
    "grouping",
    "mission",
    "force",
)

# the kind of organization (`reference` kinds) a generic noun stands for
_NOUN_KINDS = {
    "mission": "mission",
    "force": "mission",
    "bloc": "states",
    "alliance": "states",
    "grouping": "states",
}

_MISSION_NAME = re.compile(r"\b(?:Mission|Force|Operation)\b")


@cache
def country_demonyms() -> frozenset[str]:
    """Return the demonyms of the reference countries ("Peruvian")."""
    return frozenset(d for ref in load_countries().values() for d in ref.demonyms)


def _names_of(org: Entity) -> str:
    """Return every name of an organization, lower-cased: its own, its full name, the spellings
    the article uses and those the reference data knows."""
    ref = load_organizations().get(org.key)
    names = (org.name, org.full_name or "", *org.aliases, *(ref.variants if ref else ()))
    return " | ".join(names).lower()


def _kind_of(org: Entity) -> str | None:
    """Return an organization's kind in the reference data; for one the text alone defines,
    "mission" when its name says so."""
    ref = load_organizations().get(org.key)
    if ref is not None:
        return ref.kind
    return "mission" if _MISSION_NAME.search(org.full_name or org.name) else None
