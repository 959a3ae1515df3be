"""References that stand for a named organization or country: "the bloc", "its
members", "the Nordic country". Found noun-first, since the nouns are rare."""

from __future__ import annotations

import re
from functools import cache

# nouns that may follow up to two lower-case adjectives ("the regional bloc") ...
# (no leading \b: a pattern that starts with a word scans much faster; the left edge is checked by hand)
_ORG_NOUN = re.compile(
    r"(?:bloc|alliance|Alliance|organi[sz]ation|Organi[sz]ation|association|grouping|league|League|Union|"
    r"forum|Forum|group|union|community|Community|family|council|Council|club|cartel|members?)\b"
)
# "this regional organization grouping A and B": a participle, no noun
_PARTICIPLE_AFTER = re.compile(r"\s+(?:the\s+|together\s+)?[A-Z]")
_PLAIN = frozenset({"group", "union", "community", "Community", "family"})  # ... and these none
# The/the, This/this, Their/their, Our/our, Its/its or a possessive ("Russia's"). The patterns
# before a noun are searched for over a window that ends at it, and only where they start counts;
# each opens with one character class, which lets the engine skip the other characters at once.
_DETERMINER = r"[TtOoIiA-Z](?:(?<=[Tt])h(?:e|is|eir)|(?<=[Oo])ur|(?<=[Ii])ts|(?<=[A-Z])[\w-]*['’]s)\s+"
# (one may be "X-led": "the Russian-led trade bloc", "the Saudi-backed alliance")
_ADJECTIVES = r"(?:(?:[a-z0-9][\w-]*|[A-Z][\w]*-(?:led|backed|dominated))\s+){0,2}"
_BEFORE_NOUN = re.compile(rf"{_DETERMINER}{_ADJECTIVES}$")
# "the Gulf bloc", "the 15-nation West African bloc": a bloc may be named by its region
_REGION_NOUNS = frozenset({"bloc", "alliance", "grouping"})
_BEFORE_REGION_NOUN = re.compile(rf"{_DETERMINER}{_ADJECTIVES}(?:[A-Z][a-z]+\s+){{1,2}}$")
# "the alliance" is NATO rather than the EU named after it; nouns not listed fit any organization
_FITTING = {
    "alliance": ("alliance", "treaty", "quadrilateral", "security"),
    "union": ("union",),
    "league": ("league",),
    "association": ("association",),
    "community": ("community",),
    "forum": ("forum",),
    "council": ("council",),
    "cartel": ("petroleum", "opec"),
}
# ("the organization" fits any organization, whatever its name: CELAC is one)
# "the council" is only ever an organization named a council ("the city council" is none), "the
# league" one named a league ("the governing body of the league" in an article on ECOWAS is none),
# and "the cartel" only ever the oil producers
STRICT_NOUNS = frozenset({"council", "cartel", "league"})
_BEFORE_PLAIN = re.compile(rf"{_DETERMINER}$")
# "its leading members", "league members": the reference is the first word
# (?<!\w\w) right after a word's initial is a \b before it
_BEFORE_MEMBERS = re.compile(r"[Iilb](?<!\w\w)(?:(?<=[Ii])ts|(?<=l)eague|(?<=b)loc)\s+(?:[\w-]+\s+)?$")
_NOT_BEFORE = re.compile(r"i(?<!\w\w)nternational\s+$")

_COUNTRY_NOUNS = ("country", "nation", "kingdom", "republic")
_COUNTRY_NOUN = re.compile(rf"(?:{'|'.join(_COUNTRY_NOUNS)})\b(?!\s+to\b)")
# "the country", "This nation" (opening a sentence), "his country" (a speaker's own, named before)
_BEFORE_COUNTRY = re.compile(r"[tTh](?<!\w\w)(?:(?<=[tT])h(?:e|is)|(?<=h)(?:is|er))\s+(?:[\w-]+\s+)?$")
# "was the last country to join" describes; it does not refer back
_DESCRIBING = re.compile(r"[wbi](?<!\w\w)(?:(?<=w)as|(?<=b)ecame|(?<=i)s)\s+$")


# "suspended from a regional body representing 15 West African countries": an organization the
# article names elsewhere, described rather than named
# (only after a preposition: "The SADC is a regional bloc", "ECOWAS, a regional bloc," describe)
# (or "a Russia-led security bloc", "a military alliance": what kind of body it is); found by its
# noun first, then the words before it
_DESCRIBED_NOUN = re.compile(r"(?:body|bloc|grouping|organi[sz]ation|group|alliance)\b")
_DESCRIBED_BEFORE = re.compile(
    r"\b(?:from|of|into|to|in|within|by)\s+(?P<ref>an?\s+(?:[\w-]+\s+){0,2}?(?:regional|security|military|"
    r"defen[cs]e|economic|trade|political|[A-Z][a-z]+-led)\s+(?:[\w-]+\s+)?)$"
)


# "became a member of the multilateral export control regime, Wassenaar Arrangement": a body
# described by any words, after a preposition, and named right after it set off by a comma; found
# by its noun first
_DESCRIBED_KIND = re.compile(
    r"(?:regime|arrangement|group|grouping|body|organi[sz]ation|bloc|alliance|club|forum)\b"
)
_DESCRIBED_KIND_BEFORE = re.compile(
    r"\b(?:of|from|into|to|in|within|joined|join|joins|joining)\s+(?P<ref>(?:the|a|an)\s+(?:[a-z][\w-]*\s+){0,4}?)$"
)
_NAMED_NEXT = re.compile(r"\s*,\s*(?:the\s+)?[A-Z]")
_KIND_WORDS = ("regime", "arrangement", "group", "body", "organi", "bloc", "alliance", "club", "forum")

# the prefix of the noun of a reference that stands only for an organization named right after it,
# and of one that stands only for an organization set off right after it by a comma
AHEAD = "a "
NAMED_NEXT = "= "


def _described(text: str) -> list[tuple[int, int, str]]:
    """Return ``(start, end, noun)`` of organizations described rather than named ("from a
    regional body representing 15 West African countries")."""
    found: list[tuple[int, int, str]] = []
    for m in literal_matches(text, _DESCRIBED_NOUN, ("body", "bloc", "group", "organi", "alliance")):
        if _inside_word(text, m.start()):
            continue
        lo = max(0, m.start() - 80)
        if text.find(" a", lo, m.start()) < 0:
            continue  # no "a" or "an" before it
        before = _DESCRIBED_BEFORE.search(text, lo, m.start())
        if before is not None:
            # ("a regional body" may stand for one named anywhere; any other description only
            # for one named right after it: `AHEAD`)
            regional = "regional" in before.group("ref")
            found.append((before.start("ref"), m.end(), m.group() if regional else AHEAD + m.group()))
    taken = {end for _, end, _ in found}
    for m in literal_matches(text, _DESCRIBED_KIND, _KIND_WORDS):
        if m.end() in taken or _inside_word(text, m.start()) or not _NAMED_NEXT.match(text, m.end()):
            continue
        before = _DESCRIBED_KIND_BEFORE.search(text, max(0, m.start() - 80), m.start())
        if before is not None:
            found.append((before.start("ref"), m.end(), NAMED_NEXT + m.group()))
    return sorted(found)


def organization_references(text: str) -> list[tuple[int, int, str]]:
    """Return ``(start, end, noun)`` of words that refer to an organization without naming it."""
    found = _described(text)
    described = bool(found)  # (found first, they must be sorted in with the others)
    for m in _ORG_NOUN.finditer(text):
        if _inside_word(text, m.start()):
            continue
        window = max(0, m.start() - 60)
        noun = m.group()
        if noun == "grouping" and _PARTICIPLE_AFTER.match(text, m.end()):
            continue
        if noun.startswith("member"):
            before = _BEFORE_MEMBERS.search(text, window, m.start())
            if before and not before.group().startswith(("league", "bloc")):
                found.append((before.start(), before.start() + 3, "its"))
            elif before:
                word = before.group().split()[0]
                found.append((before.start(), before.start() + len(word), word))
            continue
        before = (_BEFORE_PLAIN if noun in _PLAIN else _BEFORE_NOUN).search(text, window, m.start())
        if before is None and noun in _REGION_NOUNS:
            before = _BEFORE_REGION_NOUN.search(text, window, m.start())
        if before and not _NOT_BEFORE.search(text, window, m.start()):
            if noun in _REGION_NOUNS and before.group().split()[-1][:1].isupper():
                # "the Gulf bloc": the region is part of the noun, and must be in the name (`fits`)
                found.append((before.start(), m.end(), " ".join(text[before.start() : m.end()].split()[1:])))
            else:
                found.append((before.start(), m.end(), noun.lower()))
    return sorted(found) if described else found


def country_references(text: str) -> list[tuple[int, int, str]]:
    """Return ``(start, end, noun)`` of "the country"-like words that refer to a country named before."""
    found: list[tuple[int, int, str]] = []
    for m in literal_matches(text, _COUNTRY_NOUN, _COUNTRY_NOUNS):
        if _inside_word(text, m.start()):
            continue
        window = max(0, m.start() - 40)
        before = _BEFORE_COUNTRY.search(text, window, m.start())
        if before and not _DESCRIBING.search(text, max(0, before.start() - 10), before.start()):
            owner = text[before.start() : before.start() + 3]  # "his country": the speaker's own
            noun = f"{owner} {m.group()}" if owner in ("his", "her") else m.group()
            found.append((before.start(), m.end(), noun))
    return found


@cache
def fits(noun: str, full_name: str) -> bool:
    """Return True when an organization called ``full_name`` can be "the <noun>" (a noun with
    its region, "Gulf bloc", only when the region is in the name)."""
    *region, noun = noun.removeprefix(AHEAD).split()
    name = full_name.lower()
    if any(w[:1].isupper() and w.lower() not in name for w in region):
        return False
    words = _FITTING.get(noun.rstrip("s"))
    return words is None or any(w in name for w in words)


def strict(noun: str) -> bool:
    """Return whether a reference stands only for an organization it fits: "the council", "the
    cartel", a bloc named by its region."""
    return noun in STRICT_NOUNS or noun[:1].isupper()


def _inside_word(text: str, pos: int) -> bool:
    return pos > 0 and (text[pos - 1].isalnum() or text[pos - 1] == "_")


def literal_matches(text: str, pattern: re.Pattern[str], literals: tuple[str, ...]) -> list[re.Match[str]]:
    """Return ``list(pattern.finditer(text))`` for a pattern whose matches start with one of ``literals``.

    A few plain-string searches for rare words are faster than the regex's scan of every character.
    """
    starts = []
    for literal in literals:
        at = text.find(literal)
        while at >= 0:
            starts.append(at)
            at = text.find(literal, at + 1)
    found: list[re.Match[str]] = []
    end = 0
    for at in sorted(starts):
        if at >= end and (m := pattern.match(text, at)):
            found.append(m)
            end = m.end()
    return found
