"""How certain a quote's speaker is, judged by the structure of its evidence.

A wrong speaker is a false fact on a page, so a speaker is stated as a fact
only when its evidence is strong: a speech cue whose subject names a person
(or a body) the article gives evidence for, a role held by one person only, a
pronoun with one person it can stand for in the paragraphs around it, or a
continuation of a quote in the paragraph just before with nobody else named
in between. Anything weaker keeps its best candidate but is marked
``uncertain``, with the weak structure as ``speaker_doubt``:

- ``no-cue``: no speech cue at all; the speaker is the subject of the sentence
  before the quote (a hand-over) or continues such a quote;
- ``distant-cue``: a continuation more than one paragraph after its cue;
- ``other-person-between``: a continuation or hand-over past a sentence that
  names another person;
- ``pronoun-far``: a pronoun whose person was last named two or more
  paragraphs back;
- ``pronoun-rivals``: a pronoun with another person of a fitting gender
  named since the sentence that names its person;
- ``pronoun-gender``: ``she`` for a person nothing marks as a woman (no title,
  gendered role or listed given name): the resolver lets an unknown gender fit
  any pronoun, and on the development corpora ``she`` so resolved was wrong
  more often than right, while ``he`` so resolved was nearly always right;
- ``role-rivals``: a role noun that more than one person holds;
- ``role-unheld``: a role noun that nobody in the article is said to hold, read as the person
  the sentences before are about, when that one holds no role or only a former one ("Nikol
  Pashinyan has said ... “...,” the Armenian prime minister said");
- ``body-anaphora``: ``it said``, ``the mission said``, ``the statement
  said``: the body is the one named last, not named by the cue;
- ``name-without-evidence``: a name nothing in the article marks as a person
  (no title, role or speech verb next to it, no later mention of the surname):
  a signature line's or a transcript label's name the people found do not hold.
"""

from __future__ import annotations

import bisect
import re
from functools import cache

from ...records import Document, Quote, SpeakerDoubt
from ...reference import load_countries
from .. import lexicon as lx
from ..textscan import has_word, sentence_start
from .attribution import COLON_RULE
from .speaker_people import former_role, last_role
from .speakers import Resolver

# a continuation may lean on the cue of the paragraph just before it, no further
MAX_CONTINUATION_GAP = 1
# a pronoun may reach back into the paragraph before its cue, no further
MAX_PRONOUN_GAP = 1


def assess_speakers(doc: Document, quotes: list[Quote], resolver: Resolver) -> list[Quote]:
    """Return ``quotes`` with ``speaker_certainty`` and ``speaker_doubt`` set (None without a speaker).

    A continuation is no surer than the quote whose cue it carries: it takes that quote's doubt.
    """
    doubts = [speaker_doubt(doc, q, resolver) if q.speaker is not None else None for q in quotes]
    by_cue = {
        q.cue_span: d
        for q, d in zip(quotes, doubts, strict=True)
        if q.resolved_by != "carried" and q.cue_span is not None
    }
    out = []
    for q, doubt in zip(quotes, doubts, strict=True):
        if q.speaker is None:
            out.append(q)
            continue
        if doubt is None and q.resolved_by == "carried" and q.cue_span is not None:
            doubt = by_cue.get(q.cue_span)
        # the constructor, not dataclasses.replace: this runs for every quote of every article
        out.append(
            Quote(
                q.text,
                q.span,
                q.kind,
                q.speaker,
                q.resolved_by,
                q.cue,
                q.cue_span,
                q.rule,
                "uncertain" if doubt else "sure",
                doubt,
            )
        )
    return out


def speaker_doubt(doc: Document, q: Quote, resolver: Resolver) -> SpeakerDoubt | None:
    """Return what makes the speaker of ``q`` weak, or None when its evidence is strong."""
    if q.resolved_by == "carried":
        return _carried(q, resolver)
    if q.cue_span is None or q.cue is None or q.rule == COLON_RULE:
        return "no-cue"  # (a colon after a sentence is no speech cue: "Mwale was blunt: “...”")
    if q.resolved_by == "pronoun":
        return _pronoun(doc, q, resolver)
    if q.resolved_by == "role":
        if q.speaker is not None and _unheld(q.speaker.role or "", q.cue):
            return "role-unheld"
        return "role-rivals" if _role_rivals(q, resolver) else None
    if q.resolved_by == "body":
        return _body(q, resolver)
    if q.resolved_by == "name":
        return _name(q, resolver)
    return None


def _carried(q: Quote, resolver: Resolver) -> SpeakerDoubt | None:
    """A continuation is strong when its cue is at most a paragraph back and nobody else is named since."""
    assert q.speaker is not None
    if q.cue_span is None:
        return "no-cue"
    if q.rule == "carried-next":
        return None  # the quotation mark stays open into the paragraph of its cue: one quotation
    if q.span.paragraph - q.cue_span.paragraph > MAX_CONTINUATION_GAP:
        return "distant-cue"
    lo, hi = sorted((q.cue_span.end, q.span.start))
    if _other_person(resolver, lo, hi, q.speaker.key, after_sentence_of=q.cue_span.end):
        return "other-person-between"
    return None


def _pronoun(doc: Document, q: Quote, resolver: Resolver) -> SpeakerDoubt | None:
    """A pronoun is strong when its person was named in the cue's paragraph or the one before, and no
    other person who may be meant was named since the sentence that names it."""
    assert q.speaker is not None and q.cue_span is not None
    at = q.cue_span.start
    named = _last_mention(resolver, q.speaker.key, at)
    if named < 0 or q.cue_span.paragraph - doc.paragraph_at(named) > MAX_PRONOUN_GAP:
        return "pronoun-far"
    gender = _pronoun_gender(q.cue or "")
    if gender == "f" and resolver.gender.get(q.speaker.key) != "f":
        return "pronoun-gender"
    if _other_person(resolver, sentence_start(doc.text, named), at, q.speaker.key, gender):
        return "pronoun-rivals"
    return None


def _pronoun_gender(cue: str) -> str:
    for word in cue.lower().split():
        if word in ("he", "she"):
            return lx.SUBJECT_PRONOUNS[word]
    return ""


def _unheld(role: str, cue: str) -> bool:
    """Return whether a speaker found by a role noun holds no role, or only a former one other
    than the cue's ("a former Dutch prime minister" for "the NATO chief said")."""
    if not role.strip():
        return True
    noun = last_role(cue)
    return former_role(role) and (noun is None or noun.group(1).lower() not in role.lower())


def _body(q: Quote, resolver: Resolver) -> SpeakerDoubt | None:
    """A body is strong when the cue names it (``UNIFIL said``), not when it stands for the one named
    last (``it said``, ``the mission said``)."""
    assert q.speaker is not None and q.cue is not None
    names = {q.speaker.name, q.speaker.key}
    for org in resolver.orgs:
        if org.key == q.speaker.key:
            names.update(n for n in (org.name, org.full_name, *org.aliases) if n)
    cue = q.cue.lower()
    return None if any(has_word(cue, n.lower()) for n in names) else "body-anaphora"


def _name(q: Quote, resolver: Resolver) -> SpeakerDoubt | None:
    """A name is strong when the people found in the article hold it, or its first word is a given name."""
    assert q.speaker is not None
    if q.speaker.kind != "person" or q.speaker.key in resolver.people_keys:
        return None
    if _titled(q.cue or "", q.speaker.name):
        return None  # "Mr. King said": a form of address marks a person
    return "name-without-evidence"


def _titled(cue: str, name: str) -> bool:
    at = cue.find(name)
    before = cue[:at].split() if at > 0 else []
    return bool(before) and before[-1] in lx.FORMS_OF_ADDRESS


def _last_mention(resolver: Resolver, key: str, at: int) -> int:
    """Return where the person ``key`` is last named before ``at``, or -1."""
    for i in range(bisect.bisect_left(resolver.event_pos, at) - 1, -1, -1):
        if resolver.events[i][1].key == key:
            return resolver.events[i][0]
    return -1


def _other_person(
    resolver: Resolver, lo: int, hi: int, key: str, gender: str = "", after_sentence_of: int = -1
) -> bool:
    """Return whether ``text[lo:hi]`` names, outside quotation marks, a person other than ``key``
    whose gender may be ``gender`` (any gender when it is empty); with ``after_sentence_of``, only
    in a sentence that starts after that offset (an apposition of the cue's own sentence,
    ``said X, an adviser to Y``, hands nothing over)."""
    i, j = bisect.bisect_left(resolver.event_pos, lo), bisect.bisect_left(resolver.event_pos, hi)
    genders = resolver.event_genders if gender else []
    text = resolver.doc.text
    for k in range(i, j):
        pos, person = resolver.events[k]
        if person.key == key or (gender and genders[k] not in ("", gender)):
            continue
        if after_sentence_of >= 0 and sentence_start(text, pos) <= after_sentence_of:
            continue
        if not resolver.quoted(pos):
            return True
    return False


def _role_rivals(q: Quote, resolver: Resolver) -> bool:
    """Return whether the role noun of the cue is held by more than one person of the article."""
    m = last_role(q.cue or "")
    if m is None:
        return False
    head = m.group(1).lower()
    wanted = {head, *lx.ROLE_SYNONYMS.get(head, ())}
    assert q.speaker is not None
    rivals = [
        p.role.lower()
        for p in resolver.people
        if p.key != q.speaker.key and p.role and any(w in p.role.lower() for w in wanted)
    ]
    if not rivals:
        return False
    # "the Russian president": a word of the cue that only the speaker's role holds tells them
    # apart (a demonym standing for its country: "the Russian president", "President of Russia")
    cue_words = set(_WORD.findall((q.cue or "").lower())) - wanted
    cue_words |= {_country_of().get(w, w) for w in cue_words}
    own = cue_words & set(_WORD.findall((q.speaker.role or "").lower()))
    return not all(own - set(_WORD.findall(role)) for role in rivals)


_WORD = re.compile(r"[a-z][a-z-]+")


@cache
def _country_of() -> dict[str, str]:
    """Return each demonym's one-word country, in lower case: "russian" -> "russia"."""
    return {
        d.lower(): ref.name.lower()
        for ref in load_countries().values()
        for d in ref.demonyms
        if " " not in ref.name
    }


__all__ = ["MAX_CONTINUATION_GAP", "MAX_PRONOUN_GAP", "assess_speakers", "speaker_doubt"]
