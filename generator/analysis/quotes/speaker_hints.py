"""Hints the speaker resolver reads from the text: a person's gender, the body named last,
whether a name may be its sentence's subject, and capitalised words that are no name."""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Sequence

from ...records import Entity, Speaker
from .. import lexicon as lx
from .. import windows as W
from ..textscan import sentence_start

# one-word role nouns with a gender, by their order in ROLE_NOUNS
_GENDER_RANK = {noun: (i, g) for i, (noun, g) in enumerate(lx.ROLE_NOUNS.items()) if g}


def gender_of(text: str, p: Entity, others: Sequence[int] = ()) -> str:
    """Return 'm', 'f' or '' for a person from titles, role nouns and given names, or from the
    pronoun of the person's own reported words when nobody else (``others``: where the other
    people are named, sorted) is named in that sentence or the one before."""
    if p.name.split()[0] in lx.FEMALE_FIRST_NAMES:
        return "f"
    ranks = [_GENDER_RANK[w] for w in (p.role or "").lower().split() if w in _GENDER_RANK]
    if ranks:
        return min(ranks)[1]  # the first such noun of ROLE_NOUNS
    for m in p.mentions:
        before = text[max(0, m.span.start - 6) : m.span.start].split()
        if before and before[-1] in lx.PERSON_TITLES and lx.PERSON_TITLES[before[-1]]:
            return lx.PERSON_TITLES[before[-1]]
    said_genders = set()
    for m in p.mentions:
        # "Maamau said he had informed ...": the pronoun of a speaker's own reported words (not
        # "Osei met Rand. Osei said she had misled them": another person it may stand for)
        said = _SAID_PRONOUN.match(text, m.span.end)
        if said:
            lo = sentence_start(text, max(0, sentence_start(text, m.span.start) - 2))
            i = bisect.bisect_left(others, lo)
            if i == len(others) or others[i] >= said.end():
                said_genders.add(lx.SUBJECT_PRONOUNS[said[1].lower()])
    return said_genders.pop() if len(said_genders) == 1 else ""


_SAID_PRONOUN = re.compile(
    r"\s+(?:has\s+|had\s+)?(?:said|says|added|noted|stressed|insisted|explained|argued|warned)"
    r"(?:\s+that)?\s+(he|she)\b"
)


# an acronym, or one to three capitalised words and a body's noun; written to open with the
# capital both alternatives start with, which lets the engine skip to where one occurs (the same
# matches as ``\b[A-Z][A-Z&]{1,9}\b|(?:[A-Z][\w’']*\s+){1,3}(?:Ministry|...)\b``)
_BODY_NAME = re.compile(
    r"[A-Z](?:(?<!\w.)[A-Z&]{1,9}\b|[\w’']*\s+(?:[A-Z][\w’']*\s+){0,2}(?:Ministry|Mission|Council|Commission"
    r"|Secretariat|Government|Army|Force|Forces|Office|Agency|Union|Organization|Organisation|League)\b)"
)


def body_in_text(
    text: str, at: int, *, after: int = -1, skip: Callable[[int], bool] | None = None
) -> tuple[Speaker | None, str]:
    """Return the body (acronym or capitalised ``... Ministry``) named last before ``at``;
    with ``after``, only a body of several words named after that offset; none where ``skip`` holds."""
    last = None
    for m in _BODY_NAME.finditer(text, max(0, at - W.BODY_NAMED_BEFORE, after + 1), at):
        if m.group() in lx.NOT_NAME_WORDS or (after >= 0 and " " not in m.group().strip()):
            continue
        if skip is None or not skip(m.start()):
            last = m
    if last is None:
        return None, "none"
    name = last.group().strip()
    name = name.removeprefix("The ") if name.count(" ") > 1 else name  # "The SADC Secretariat"
    name = name.upper() if " " not in name else name
    return Speaker(name=name, key=name, kind="organization"), "body"


# a name after one of these, or before "'s", is inside a phrase: not the sentence's subject
_IN_PHRASE_BEFORE = re.compile(
    r"\b(?:for|of|with|about|to|by|against|on|in|at|from|than|like|unlike|and|or|between|among|"
    r"including|toward|towards|over|under|after|before|behind|beside|without|via|versus|vs\.?)\s+"
    r"(?:(?:the|a|an|[A-Z][\w.-]*(?:['’]s)?)\s+){0,3}$"
)


# a name set off after a person's noun inside a phrase: "handed over the presidency to his
# Paraguayan counterpart, Santiago Peña," names the counterpart, no subject
_APPOSED_IN_PHRASE = re.compile(
    r"\b(?:to|for|with|by|from|of|against|than|like)\s+(?:the|a|an|his|her|its|their)\s+"
    r"(?:[\w’'-]+\s+){0,3}?(?P<noun>[a-z][\w-]*),\s+$"
)

# the name set off closes a phrase fronted to its clause ("With her husband, Milton Berg, she",
# "to his counterpart, Santiago Peña, at the summit"), not one going on with what it did ("from
# her counterpart, Mette Holm, who urged ...", "by her lawyer, Martin Kral, said ...")
_APPOSED_CLOSES_PHRASE = re.compile(
    r"[A-Z][\w’'.-]*(?:\s+(?:[A-Z][\w’'.-]*|"
    + "|".join(sorted(lx.NAME_PARTICLES, key=len, reverse=True))
    + r"))*,\s+(?:(?![a-z])|(?:the|a|an|his|her|its|their|this|that|these|those|he|she|they|we|it|i|"
    r"and|or|but|to|for|with|by|from|of|on|in|at|before|after|since|during|as|when|while|until|despite|"
    r"last|next)\b)"
)


def subject_like(text: str, start: int) -> bool:
    """Return whether a name starting at ``start`` may be its sentence's subject."""
    # (within its sentence: "met Putin in Moscow. Pashinyan told him" puts no name in a phrase)
    lo = max(0, start - W.PHRASE_BEFORE_NAME, sentence_start(text, start))
    if _IN_PHRASE_BEFORE.search(text, lo, start):
        return False
    apposed = _APPOSED_IN_PHRASE.search(text, lo, start)
    if (
        apposed is not None
        and (apposed.group("noun") in lx.ROLE_NOUNS or apposed.group("noun") in lx.RELATION_NOUNS)
        and _APPOSED_CLOSES_PHRASE.match(text, start)
    ):
        return False
    end = start
    while end < len(text) and (text[end].isalnum() or text[end] in " .-") and text[end : end + 2] != ". ":
        end += 1
        if text[end : end + 1] in ("'", "’"):
            return text[end + 1 : end + 2] != "s"
    return True


def not_a_name(tokens: list[str]) -> bool:
    """Return whether capitalised words are a phrase's opening or an event, not a person
    ("Praising Wall", "Unlike Obama", "Goldman Sachs Symposium")."""
    if not tokens:
        return False
    first = tokens[0]
    participle = len(first) >= 6 and first.endswith("ing") and first[1:].islower()
    return first in lx.SENTENCE_OPENERS or participle or tokens[-1] in lx.COMMON_NOUNS
