"""Resolve a cue subject that is a government: a ministry, a presidency, a capital standing for
its government ("Kigali complained"), a country's government named by its people ("the
Ivorian government")."""

from __future__ import annotations

import re
from functools import cache

from ...records import Speaker
from ...reference import load_countries
from .. import lexicon as lx
from .. import windows as W
from ..textscan import sentence_start
from .speaker_index import ResolverIndex, Result

# a preposition a few words before a body's name, which puts the name inside its phrase ("under an
# agreement of the six-country GCC"): no subject, so no body that speaks
_PHRASE_BEFORE_BODY = re.compile(
    r"\b(?:of|in|under|with|to|from|by|at|for|on|into|within|between|against|over|about|among|through)\s+"
    # (a determiner and one modifier at most: "on Friday the AU suspended" is the AU's own clause)
    r"(?:(?:the|a|an|its|their|his|her)\s+)?(?:[a-z][\w-]*\s+)?$"
)

# a name, and what makes it the subject of a clause after it: its verb of speaking or issuing,
# after a group noun of its own or in a relative clause
_NAME_AT = re.compile(r"[A-Z][\w.&’'-]*(?:\s+[A-Z][\w.&’'-]*)*")

_ACTS_AFTER = re.compile(
    r"(?:['’]s)?(?:\s+(?:leaders|officials|ministers|members|secretariat|commission))?\s*,?\s+"
    r"(?:(?:which|who)\s+)?(?:has\s+|had\s+|also\s+|then\s+)?(?:said|says|stated|states|issued|issues|announced|"
    r"added|declared|warned|urged|noted|told|released|published)\b"
)

# a government body as the subject of a speech verb, or a capital standing for its government
_GOVERNMENT = re.compile(
    r"(?P<who>(?:[Tt]he\s+)?(?:[A-Z][\w’'-]*\s+)?(?:government|Government|[Mm]inistry|[Pp]residency|[Cc]abinet)"
    r"(?:\s+(?:in|of)\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)?|[A-Z][\w-]*['’]s\s+(?:[A-Z][\w-]*\s+){0,2}(?:[Gg]overnment|[Mm]inistry|"
    r"[Pp]residency|[Cc]abinet)|[A-Z][\w-]+)\s+(?:has\s+|had\s+|also\s+)?(?:"
    + "|".join(lx.STATEMENT_VERBS)
    + r")\b"
)


def _opens_clause(before: str) -> bool:
    """Return whether what stands before a subject in its sentence leaves it the clause's subject:
    nothing, or an opening phrase and a comma ("In its statement, Kigali complained")."""
    before = before.strip()
    return not before or before.endswith(",")


@cache
def _capitals() -> dict[str, str]:
    return {capital: c.name for c in load_countries().values() for capital in c.capitals}


class GovernmentResolver(ResolverIndex):
    """Resolve the governments that speak: ministries, presidencies, capitals."""

    def _in_aside(self, pos: int) -> bool:
        """Return whether a body named at ``pos`` cannot be a subject that speaks: it is quoted, in
        a phrase of a preposition ("under an agreement of the GCC"), or an acronym in brackets
        after its name."""
        text = self.doc.text
        if self.quoted(pos) or text.startswith("(", pos - 1):
            return True
        if _PHRASE_BEFORE_BODY.search(text, max(0, pos - 40), pos) is None:
            return False
        # (unless it opens a clause of its own after the phrase: "at the summit ECOWAS leaders issued
        # a statement", "drawn up by IGAD, which said in a statement")
        name = _NAME_AT.match(text, pos)
        return name is None or _ACTS_AFTER.match(text, name.end()) is None

    def government_before(self, at: int) -> Result:
        """Return the government body that the last sentences before ``at`` have speak, when one
        does and no organization is named after it: "The government in Harare said ... “...,” it
        said"; "Sudan's Foreign Ministry welcomed ... “...” reads a statement"; "In its statement,
        Kigali complained ..." (a capital speaks for its country)."""
        text = self.doc.text
        lo = self._sentences_back(at)
        found = [m for m in _GOVERNMENT.finditer(text, lo, at) if not self.quoted(m.start())]
        found = [m for m in found if _opens_clause(text[sentence_start(text, m.start()) : m.start()])]
        if not found:
            return None, "none"
        m = found[-1]
        if any(
            m.end() < o.span.start < at and not self._in_aside(o.span.start)
            for org in self.orgs
            for o in org.mentions
        ):
            return None, "none"  # (an organization named since speaks, not one inside a phrase)
        who = m.group("who")
        country = _capitals().get(who)
        if country is None and who[:1].isupper() and " " not in who:
            return None, "none"  # a lone capitalised word that is no capital
        name = country or who.removeprefix("The ").removeprefix("the ")
        name = name[:1].upper() + name[1:]
        return Speaker(name=name, key=name, kind="organization"), "body"

    def government_noun_before(self, at: int, noun: str) -> Result:
        """Return the government body an anaphor ("the junta", "the presidency") stands for: the last
        mention of its noun before ``at`` with what makes it one ("The Kenyan presidency", "the junta
        in Conakry"), as written; nobody when that mention has no such words ("The junta rejected
        it") or when the noun was not mentioned before."""
        text = self.doc.text
        pattern = _GOVERNMENT_MENTION.get(noun)
        if pattern is None:
            pattern = _GOVERNMENT_MENTION[noun] = re.compile(
                r"(?P<owner>(?:[A-Z][\w’'-]*\s+){1,3}(?:[a-z][\w-]*\s+)?)?(?i:"
                + re.escape(noun)
                + r")\b(?P<seat>\s+in\s+[A-Z][\w-]+)?"
            )
        last = None
        for m in pattern.finditer(text, max(0, at - W.BODY_NAMED_BEFORE), at):
            if not self.quoted(m.start()):
                last = m
        if last is None:
            return None, "none"
        owner = (last.group("owner") or "").split()
        owner = [w for w in owner if w not in ("The", "the")]
        if not owner and not last.group("seat"):
            return None, "none"  # "The junta rejected the decision": a body the article does not name
        name = last.group().strip()
        name = name.removeprefix("The ").removeprefix("the ")
        return Speaker(name=name, key=name.casefold(), kind="organization"), "body"

    def government_of_subject(self, at: int, phrase: str) -> Result:
        """Return whose ``phrase`` ("the energy ministry", "the presidency") is when the article never
        says whose: the country the article is about, the one named most before ``at`` outside
        quotation marks and not as a place ("in France", "from Moscow"), at least twice and twice
        as often as any other ("Kazakhstan raised its output ... “...,” the energy ministry said"
        is Kazakhstan's); nobody's for a junta or an army, which an article names when it means
        them."""
        if phrase.split()[-1].lower() not in CIVIL_GOVERNMENT_NOUNS:
            return None, "none"
        text = self.doc.text
        counts = sorted(
            (
                (
                    sum(
                        1
                        for m in c.mentions
                        if m.span.start < at
                        and not self.quoted(m.span.start)
                        and not _PLACE_BEFORE.search(text, max(0, m.span.start - 6), m.span.start)
                    ),
                    c.name,
                )
                for c in self.countries
            ),
            reverse=True,
        )
        if not counts or counts[0][0] < _SUBJECT_COUNTRY_MENTIONS:
            return None, "none"
        if len(counts) > 1 and counts[0][0] < 2 * counts[1][0]:
            return None, "none"  # another country spoken of nearly as much: whose it is is not known
        noun = " ".join(w for w in phrase.split() if w.lower() not in ("the", "its", "their"))
        country = counts[0][1]
        name = f"{country}' {noun}" if country.endswith("s") else f"{country}'s {noun}"
        return Speaker(name=name, key=name.casefold(), kind="organization"), "body"


# bodies of a state's government, named by their noun and what owns them ("the Kenyan presidency")
# the mentions that make a country the one an article is about, for its unnamed government bodies
_SUBJECT_COUNTRY_MENTIONS = 2

# the bodies of a government an article may leave unowned ("the ministry said"), and a
# preposition that makes a country's mention a place ("in France", "from Moscow")
CIVIL_GOVERNMENT_NOUNS = frozenset(["ministry", "presidency", "government", "cabinet"])

_PLACE_BEFORE = re.compile(r"\b(?:in|to|from|at|into|across|near|via)\s+(?:the\s+)?$", re.IGNORECASE)

_GOVERNMENT_MENTION: dict[str, re.Pattern[str]] = {}
