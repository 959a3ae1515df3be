"""Acronyms a text defines: the one reading shared by the organizations and the glossary.

Three forms: "Collective Security Treaty Organization (CSTO)" (long name, then its
acronym), "CSTO (Collective Security Treaty Organization)" (the other way round), and
"The SCO, a permanent intergovernmental organization, ..." (an acronym the text
describes as an organization without spelling it out). An acronym the text uses without
any of them may still be spelled out by a name it writes elsewhere (`implied_definitions`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from . import windows as W

# searched from the bracket, a literal the engine finds fast; the acronym starts one character later
# (with digits: "Developing-8 (D-8)", "Group of 77 (G77)")
_SHORT_IN_PARENS = re.compile(r"\((?<=\s\()(?P<short>[A-Z][A-Za-z0-9&.-]{1,9})\)")
# the title-case words right before the bracket, read backwards from it
_LONG_BEFORE = re.compile(
    r"(?<![\w’'-])(?P<long>[A-Z][\w’'-]*(?:\s+(?:of|for|and|the|on|in|de|du|des|[A-Z][\w’'-]*|\d+)){1,11})$"
)
# "SCO (Shanghai Cooperation Organisation)": found from the bracket, the acronym read back from it
_LONG_IN_PARENS = re.compile(r"\((?<=[A-Z&]\s\()(?P<long>[A-Z][\w’'-]*(?:\s+[\w’'-]+){1,11})\)")
_SHORT_BEFORE = re.compile(r"(?<![\w.-])(?P<short>[A-Z][A-Z&]{1,8})\s$")
_SHORT_BEFORE_COMMA = re.compile(r"(?<![\w.-])(?P<short>[A-Z][A-Z&]{1,7})$")
_LEADING_THE = re.compile(r"^(?:The|the)\s+")
_WORD_INITIAL = re.compile(r"(?<!\S)[A-Z]")
_WORD = re.compile(r"[A-Za-z][\w’'-]*")
# "The SCO, a permanent intergovernmental organization,": at most four words before the noun, none "of"
# ("MSF, a member of the group" describes a membership, not what MSF is)
# found from the comma after a capital, the acronym read back from it
_DESCRIBED = re.compile(
    r",(?<=[A-Z],)\s+(?:a|an|the)\s+"
    r"(?P<description>(?:(?!(?:of|member|part)\b)[\w-]+\s+){0,4}?"
    r"(?P<noun>organi[sz]ation|bloc|alliance|union|grouping|group|forum|community|association|"
    r"partnership|coalition|league|body|institution|agency|mission|force|company|party|movement))\b"
)


@dataclass(frozen=True, slots=True)
class Definition:
    """An acronym and its expansion in the text; ``start``-``end`` covers both."""

    short: str
    long: str
    start: int
    end: int
    long_start: int


@dataclass(frozen=True, slots=True)
class Description:
    """An acronym the text says is an organization of some kind ("a regional bloc")."""

    short: str
    description: str
    noun: str
    start: int
    end: int


_NUMBERS = (
    *("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"),
    *("eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen"),
    *("nineteen", "twenty"),
)
_NUMBER_WORD = re.compile(r"\b(?:" + "|".join(_NUMBERS) + r")\b")


def is_acronym_of(long: str, short: str) -> bool:
    """Return True when ``short``'s letters and digits occur in order in ``long``, starting with
    its initial ("Developing-8" for "D-8")."""
    letters = re.sub(r"[^A-Za-z0-9]", "", short).lower()
    words = long.lower()
    if any(c.isdigit() for c in letters):  # "Developing Eight" for "D-8"
        words = _NUMBER_WORD.sub(lambda m: str(_NUMBERS.index(m.group()) + 1), words)
    if len(letters) < 2 or not words.startswith(letters[0]):
        return False
    pos = 0
    for ch in letters:
        pos = words.find(ch, pos)
        if pos < 0:
            return False
        pos += 1
    return True


def _initials(name: str) -> str:
    """Return the initials of a name's words, small words left out ("lbc" for "Lunar Basin
    Commission", "sco" for "Shanghai Cooperation Organization")."""
    return "".join(w[0] for w in name.lower().split() if w not in ("of", "the", "and", "for", "on", "in"))


@lru_cache(maxsize=4)  # organizations and the glossary read the same text
def acronym_definitions(text: str) -> tuple[Definition, ...]:
    """Return the first definition of each acronym in ``text``, in text order."""
    found: dict[str, Definition] = {}
    for m in _SHORT_IN_PARENS.finditer(text):
        short, start = m.group("short"), m.start() - 1
        if short in found:
            continue
        before = _LONG_BEFORE.search(text, max(0, start - W.LONG_NAME_BEFORE_ACRONYM), start)
        run = before.group("long") if before else ""
        # "Leaders of the Shanghai Cooperation Organization (SCO)": drop words until the initials fit,
        # exactly where some start does ("Leaders of the Lunar Basin Commission (LBC)": not
        # "Leaders", whose L the letters of LBC also allow)
        starts = [_LEADING_THE.sub("", run[word.start() :]) for word in _WORD_INITIAL.finditer(run)]
        exact = [long for long in starts if _initials(long) == short.lower()]
        for long in exact[:1] or starts:
            if is_acronym_of(long, short):
                found[short] = Definition(short, long, start - len(long), m.end(), start - len(long))
                break
        else:
            # not a run of capitalised words ("Treaty <b>Peace</b> Council (TPC)"): match the letters
            # of a plain acronym (not a party label: "Sen. Claire McCaskill (D-Mo.)")
            at = _letters_back(text, start, short) if short.replace("&", "").isalpha() else None
            if at is not None:
                found[short] = Definition(short, text[at:start], at, m.end(), at)
    for m in _LONG_IN_PARENS.finditer(text):
        before = _SHORT_BEFORE.search(text, max(0, m.start() - 10), m.start())
        if before is None:
            continue
        short, long = before.group("short"), m.group("long")
        if short not in found and is_acronym_of(long, short):
            found[short] = Definition(short, long, before.start(), m.end(), m.start("long"))
    return tuple(sorted(found.values(), key=lambda d: d.start))


def _letters_back(text: str, end: int, short: str) -> int | None:
    """Return where the long form of ``short`` starts in the words before ``end``, or None.

    Schwartz & Hearst (2003): the acronym's letters, right to left, inside the preceding
    words; the first letter must start a word, and that word a capital.
    """
    letters = [c.lower() for c in short if c.isalnum()]
    words = list(_WORD.finditer(text, max(0, end - 200), end))[-min(len(letters) + 5, len(letters) * 2) :]
    if not words:
        return None
    window = text[words[0].start() : end]
    i = len(window) - 1
    for n, c in enumerate(reversed(letters)):
        first = n == len(letters) - 1
        while i >= 0 and (window[i].lower() != c or (first and i > 0 and window[i - 1].isalnum())):
            i -= 1
        if i < 0:
            return None
        i -= 1
    start = words[0].start() + i + 1
    return start if text[start].isupper() else None


@lru_cache(maxsize=4)
def acronym_descriptions(text: str) -> tuple[Description, ...]:
    """Return the first description of each acronym ("The SCO, a regional bloc,"), in text order."""
    found: dict[str, Description] = {}
    for m in _DESCRIBED.finditer(text):
        before = _SHORT_BEFORE_COMMA.search(text, max(0, m.start() - 9), m.start())
        if before is not None and before.group("short") not in found:
            short, description = before.group("short"), m.group("description")
            found[short] = Description(short, description, m.group("noun").lower(), before.start(), m.end())
    return tuple(found.values())


# an acronym of three capitals or more, as a word (its first capital read before the check behind
# it, which lets the engine skip to the capitals)
_BARE_ACRONYM = re.compile(r"[A-Z](?<![\w.&-][A-Z])[A-Z]{2,7}(?![\w&-])")


def implied_definitions(text: str, known: frozenset[str] = frozenset()) -> tuple[Definition, ...]:
    """Return the acronyms ``text`` uses but never defines (nor ``known`` ones) that the initials of
    a name it writes spell exactly: "a meeting of the Commonwealth Ministerial Action Group. ...
    The CMAG welcomed" (every capitalised word's initial, in order, none left over; the small
    words a name holds may stand between them: "Organisation of Western Pacific States")."""
    wanted = {m.group() for m in _BARE_ACRONYM.finditer(text)} - known
    if not wanted:
        return ()
    wanted -= {d.short for d in acronym_definitions(text)}
    chains = _name_chains(text)
    found = []
    for short in sorted(wanted):
        for words in chains:  # the first name in the text that spells it
            initials = "".join(text[w.start()] for w in words)
            at = initials.find(short)
            if at >= 0:
                start, end = words[at].start(), words[at + len(short) - 1].end()
                found.append(Definition(short, text[start:end], start, end, start))
                break
    return tuple(sorted(found, key=lambda d: d.start))


# a word that opens with a capital, whole; a run of at least three of them that nothing but blanks
# and a name's small words separate (an acronym in question has three letters or more)
_CAPITALISED_WORD = r"[A-Z][\w’'-]*"
_CAPITALISED = re.compile(rf"(?<![\w’'-]){_CAPITALISED_WORD}")
_NAME_CHAIN = re.compile(
    rf"(?<![\w’'-]){_CAPITALISED_WORD}(?:\s+(?:(?:of|for|and|the|on)\s+)*{_CAPITALISED_WORD}){{2,}}"
)


def _name_chains(text: str) -> list[list[re.Match[str]]]:
    """Return the words of each run of capitalised words in ``text``, in text order."""
    return [list(_CAPITALISED.finditer(text, m.start(), m.end())) for m in _NAME_CHAIN.finditer(text)]
