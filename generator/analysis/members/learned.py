"""A learned second reading of membership: a logistic model over (country, organization) pairs.

The phrasing rules (`list_rules`, `single_rules`) and the frame read the structures they were
written for; news states membership in many more ways than any set of rules has seen. This
model reads every pair of a country and an organization in a sentence that has a membership
word (member, join, admit, suspend, include, comprise, belong, founding, fellow...) by the
words between and around them, and adds the pairs it is sure of (probability at least its
``threshold``) that no rule found, as uncertain members (rule ``learned``).

Its weights (`pairs_model.json`) are trained by ``benchmarks/accuracy/train_member_pairs.py``
on the project's tuning articles and its bank of membership sentences; inference is the
logistic function of a sum of weights, summed in a fixed order so that the same input gives
the same output.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Iterator, Mapping
from functools import cache
from importlib import resources
from itertools import pairwise
from typing import NamedTuple

from ...reference import load_organizations
from .. import lexicon as lx
from ..alternation import alternation
from .fragments import ITEM, ITEM_PREFIX, SEP, C
from .slots import Slot, abstracted

# what the model reads a sentence as: placeholders, words and marks
_TOKEN = re.compile(r"<[A-Z]\d+>|[\w’'-]+|[^\w\s]")
# the words whose presence in the sentence the model weighs
_LEXICON = re.compile(
    alternation(
        [
            *("member", "join", "admit", "accession", "acced", "suspend", "bloc", "alliance", "observer"),
            *("partner", "applic", "applied", "candidate", "left", "leav", "quit", "withdr", "former"),
            *("invit", "includ", "compris", "found", "fellow", "other", "summit", "sanction", "host"),
            *("attend", "frozen", "froze", "expel", "exit", "bid", "want", "hope", "seek", "will", "would"),
            *("not", "never", "group", "consist", "made", "make", "unite", "brings", "counts", "belong"),
            *("chair", "presiden", "terminat", "ended", "revok", "ceas"),
        ],
        ignore_case=True,
    ),
    re.IGNORECASE,
)
# a sentence is read only when it has one of these (the lexicon's membership words)
_CUES = frozenset(
    [
        *("member", "join", "admit", "accession", "acced", "suspend", "includ", "compris", "consist"),
        *("belong", "found", "fellow", "froze", "frozen"),
    ]
)
_LEFT_TO_RULES = frozenset(
    [f"{where}:{word}" for where in ("l1", "l2", "l3", "b") for word in ("not", "never", "no", "non")]
    + [f"{where}:{verb}" for where in ("l1", "r1") for verb in lx.BRIEF_SPEECH_VERBS]
    # a clause of its own between the two: "ASEAN is meeting, and the agenda includes Laos"
    + ["bb:,_and", "bb:,_but", "bb:,_while", "bb:,_whereas", "b:;"]
    # a place, not a member: "based in Botswana", "troops from Kenya", "talks with Chad"
    + [f"l1:{word}" for word in ("in", "from", "to", "at", "near", "into", "across", "against", "with", "by")]
    # a sentence that tells of leaving ("were suspended and later left the bloc", "its membership
    # was terminated"), of a membership to come ("would provide a link", "its bid", "applied") or
    # of another standing ("observer")
    + [f"s:{word}" for word in ("left", "leav", "quit", "withdr", "exit", "expel", "former")]
    + [f"s:{word}" for word in ("terminat", "ended", "revok", "ceas")]
    + [f"s:{word}" for word in ("would", "want", "hope", "seek", "bid", "applic", "applied", "candidate")]
    + [f"s:{word}" for word in ("observer", "partner", "invit")]
)
# a sentence holds a membership word when it holds one of these (a fast test before reading it)
_CUE_RE = re.compile(alternation(sorted(_CUES), ignore_case=True), re.IGNORECASE)
_MAX_BETWEEN = 12  # more words than this between the two, and only their distance is read
# an enumeration of countries and nothing else: "India, Pakistan, Nepal and Bhutan"
_ENUMERATION = re.compile(rf"{ITEM}(?:{SEP}{ITEM_PREFIX}{ITEM})+")
_ITEM_TAG = re.compile(C)
_MIN_ENUMERATION = 3  # items an enumeration needs to be read as one
# what makes a sentence's enumeration no statement of current members: leaving, a membership to
# come or wished for, another standing, a negation or an exception ("began pulling out of the
# Forum", "which also want to join NATO", "non-members", "all except A, B and C")
_NOT_CURRENT = re.compile(
    r"\b(?:left|leav\w*|quit\w*|withdr\w*|exit\w*|expel\w*|former|formerly|pull\w*\s+out|terminat\w*|ended|"
    r"revok\w*|ceas\w*|would|want\w*|hop\w*|seek\w*|sought|bid|applic\w*|applied|candidates?|observers?|"
    r"partners?|partnership|invit\w*|aspir\w*|join\w*|return\w*|accession|outside|kept\s+out|broke\s+away|"
    r"breakaway|severed|forced\s+out|walk\w*\s+away|not|non|no|never|except)\b",
    re.IGNORECASE,
)
# a year in the sentence ("in 2010", "in the 1990s"): a list of then, which counts only where
# every country was a member by then
_YEAR = re.compile(r"(?<![\w-])(1[89]\d\d|20\d\d)(?:s\b|(?![\w-]))")
# what makes the countries of a list places or objects of the organization, not its members:
# a preposition of place or a verb the organization acts with right before the list ("flew
# over A, B and C", "floods hit A", "warned A, B and C"; not "in", "with" or "between", which
# list members as often: "cooperation between A, B and C", "split, with A, B and C opposing")
_PLACES_BEFORE = re.compile(
    r"\b(?:over|across|throughout|into|onto|towards?|against|hit|struck|bomb\w*|attack\w*|invad\w*|"
    # ("to" as a destination, not the organization's growth: "extended membership to")
    r"(?<!membership\s)(?<!expanded\s)(?<!extended\s)(?<!enlarged\s)to|"
    r"criticis\w*|criticiz\w*|warn\w*|condemn\w*|sanction\w*|accus\w*|punish\w*|visit\w*|toured?)"
    r"\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# what an organization's name is the owner of when it names a force, not the organization: the
# countries that send troops to "the SADC mission" need not be all its members
_FORCE_AFTER = re.compile(
    r"(?:['’]s)?\s+(?:[\w-]+\s+)?(?:missions?|forces?|troops|contingents?|peacekeep\w*|operations?|"
    r"deployments?|soldiers|personnel|reports?|games)\b",
    re.IGNORECASE,
)


class PairReading(NamedTuple):
    """A country and an organization one sentence names (or has in context), with the model's features."""

    org: str
    country: Slot
    features: frozenset[str]


@cache
def model() -> tuple[float, dict[str, float], float]:
    """Return the model's (bias, weights, threshold), read once from `pairs_model.json`."""
    data = json.loads(resources.files(__package__).joinpath("pairs_model.json").read_text(encoding="utf-8"))
    return float(data["bias"]), {k: float(v) for k, v in data["weights"].items()}, float(data["threshold"])


@cache
def member_years() -> dict[str, tuple[tuple[str, int], ...]]:
    """Return the reference member states of each organization that has a list of them, with the
    year each joined."""
    return {key: o.members.states for key, o in load_organizations().items() if o.members}


@cache
def member_states() -> dict[str, frozenset[str]]:
    """Return the reference member states of each organization that has a list of them."""
    return {key: frozenset(c for c, _ in states) for key, states in member_years().items()}


def probability(features: frozenset[str]) -> float:
    """Return the model's probability that a pair with ``features`` states a membership."""
    bias, weights, _ = model()
    z = bias + math.fsum(weights.get(f, 0.0) for f in sorted(features))
    return 1.0 / (1.0 + math.exp(-z))


def left_to_rules(features: frozenset[str]) -> bool:
    """Return whether a pair's structure is one the model leaves to the rules: a negation just
    before the country or between it and the organization ("by not suspending Chad"), a clause
    of its own between them (", and the agenda includes Laos"), a
    country that speaks ("..., Hungary said", "said Hungary"), a country after a preposition
    ("based in Botswana"), or a sentence that tells of leaving ("later left the bloc"), of a
    membership to come ("would", "bid", "applied") or of another standing ("observer", "partner")."""
    return any(f in features for f in _LEFT_TO_RULES)


def sentence_has_cue(features: frozenset[str]) -> bool:
    """Return whether a pair's sentence has a membership word (the model reads no other)."""
    return any(f[2:].lower().startswith(cue) for f in features if f.startswith("s:") for cue in _CUES)


def _by_sentence(
    sentences: list[tuple[int, int]], slots: list[Slot]
) -> Iterator[tuple[int, int, list[Slot]]]:
    """Yield each sentence's start, end and the slots (in text order) that start in it."""
    i = 0
    for start, end in sentences:
        while i < len(slots) and slots[i].start < start:
            i += 1
        j = i
        while j < len(slots) and slots[j].start < end:
            j += 1
        yield start, end, slots[i:j]


def pair_readings(
    text: str, sentences: list[tuple[int, int]], slots: list[Slot], skip: set[tuple[str, str]] | None = None
) -> Iterator[PairReading]:
    """Yield every (organization, country) pair of each sentence, with its features: the
    organizations the sentence names, else the one named last before it. With ``skip``, a
    sentence without a membership word is not read, its pairs added to ``skip``, and no pair of
    ``skip`` is read (each pair is then read where the article first names it, if at all)."""
    last_org: str | None = None
    for start, end, inside in _by_sentence(sentences, slots):
        if not inside:
            continue
        if skip is not None:
            values = {s.value for s in inside if s.kind == "O"} or ({last_org} if last_org else set())
            keys = {(o, s.value) for s in inside if s.kind in "CA" for o in values}
            fresh = keys - skip
            if not fresh or not _CUE_RE.search(text, start, end):
                skip |= keys
                last_org = next((s.value for s in reversed(inside) if s.kind == "O"), last_org)
                continue
        abstract, table = abstracted(text, start, end, inside)
        tokens = _TOKEN.findall(abstract)
        norm = [_normal(t) for t in tokens]
        shared = _sentence_features(abstract, tokens, norm, table)
        named: dict[str, str] = {}
        for tag, slot in table.items():
            if tag.startswith("<O"):
                named.setdefault(slot.value, tag)
        pairs = list(named.items()) or ([(last_org, "")] if last_org else [])
        for tag, slot in table.items():
            if tag[1] not in "CA":
                continue
            for org, org_tag in pairs:
                if skip is not None and (org, slot.value) in skip:
                    continue
                features = set(_features(tokens, norm, tag, org_tag or None))
                features |= shared
                states = member_states().get(org)
                features.add("ref:unk" if states is None else "ref:yes" if slot.value in states else "ref:no")
                yield PairReading(org, slot, frozenset(features))
        for tag, slot in table.items():
            if tag.startswith("<O"):
                last_org = slot.value


def _sentence_features(
    abstract: str, tokens: list[str], norm: list[str], table: dict[str, Slot]
) -> frozenset[str]:
    """Return the features every pair of a sentence shares: its lexicon words, its counts of
    countries and organizations, whether it holds a quotation mark."""
    features = {"s:" + m.group().lower() for m in _LEXICON.finditer(abstract)}
    features.add(f"nC:{min(norm.count('C'), 5)}")
    features.add(f"nO:{min(len({table[t].value for t in tokens if t.startswith('<O')}), 3)}")
    if '"' in abstract or "“" in abstract:
        features.add("quoted")
    return frozenset(features)


def _features(tokens: list[str], norm: list[str], country: str, org: str | None) -> Iterator[str]:
    """Yield the features of one pair: the words around the country and the organization and the
    words between them."""
    ci = tokens.index(country)

    def at(k: int) -> str:
        return norm[k] if 0 <= k < len(norm) else "#"

    for d in (1, 2, 3):
        yield f"l{d}:{at(ci - d)}"
        yield f"r{d}:{at(ci + d)}"
    yield f"l12:{at(ci - 2)}_{at(ci - 1)}"
    yield f"r12:{at(ci + 1)}_{at(ci + 2)}"
    if org is None:
        yield "ctx"
    else:
        oi = tokens.index(org)
        lo, hi = sorted((ci, oi))
        between = norm[lo + 1 : hi]
        yield "dir:" + ("c<o" if ci < oi else "o<c")
        yield f"dist:{min(len(between), _MAX_BETWEEN) // 3}"
        if len(between) <= _MAX_BETWEEN:
            yield from ("b:" + t for t in between)
            yield from (f"bb:{a}_{b}" for a, b in pairwise(between))
        else:
            yield "b:far"
        yield f"ol1:{at(oi - 1)}"
        yield f"or1:{at(oi + 1)}"
        yield f"or2:{at(oi + 1)}_{at(oi + 2)}"


def _normal(token: str) -> str:
    """Return a token as the model reads it: a placeholder by its kind, a word in lower case."""
    if token.startswith(("<C", "<A")):
        return "C"
    if token.startswith("<O"):
        return "O"
    if token.startswith("<D"):
        return "D"
    return token.lower()


def learned_pairs(
    text: str,
    sentences: list[tuple[int, int]],
    slots: list[Slot],
    known: Mapping[tuple[str, str], Slot],
) -> Iterator[tuple[str, Slot]]:
    """Yield the (organization, country slot) pairs that ``known`` (the rules' finds, with the
    country where they found it) lacks and that the model is sure of where the article first
    names them together (as it was trained), then the rest of each enumeration it took most of
    (`rest_of_enumerations`)."""
    _, _, threshold = model()
    # (a pair the rules found is never read: where it is first named together does not matter)
    seen = set(known)
    taken: list[tuple[str, Slot]] = []
    for reading in pair_readings(text, sentences, slots, seen):
        key = (reading.org, reading.country.value)
        if key in seen:
            continue
        seen.add(key)
        if not sentence_has_cue(reading.features) or left_to_rules(reading.features):
            continue
        if probability(reading.features) >= threshold:
            taken.append((reading.org, reading.country))
    yield from taken
    yield from rest_of_enumerations(text, sentences, slots, taken, known)


def reference_enumerations(
    text: str,
    sentences: list[tuple[int, int]],
    slots: list[Slot],
    known: Mapping[tuple[str, str], Slot],
) -> Iterator[tuple[str, Slot]]:
    """Yield the (organization, country slot) pairs ``known`` lacks of each enumeration of at
    least three countries in a sentence that names an organization, which the reference data
    lists every one of them as a member of: "leaders of Brazil, Russia, India and China at the
    BRICS summit", "the IGAD Quartet (Djibouti, Ethiopia, Kenya, Sudan)". A list of some members
    that names no other country is told as a list of members whatever the words around it; not
    one with a country the organization does not have ("talks between Chad, Niger, Mali and
    France"), one of a year before one of them joined ("at the 2015 BRICS summit"), one of
    places or of the objects of the organization's acts ("flew over A, B and C", "warned A, B
    and C"), one in a sentence that names a second organization whose list it may be (with
    several, each with a member list, it is the list of the one named nearest it, if that is the
    only one that has every country),
    nor one in a sentence of leaving, of staying out, of a membership to come or of another
    standing."""
    done = set(known)
    for start, end, inside in _by_sentence(sentences, slots):
        if len(inside) <= _MIN_ENUMERATION:
            continue  # an organization and three countries at least
        # (one organization in the sentence: with two, the list may be the other's, "barred from the
        # OAS meeting, a CELAC diplomat said")
        # (or several, each with its member list, of which only one has every listed country: "a
        # summit of the SCO, including Russia, China, Kazakhstan and Uzbekistan" beside BRICS)
        named = {s.value for s in inside if s.kind == "O"}
        if not named or sum(s.kind in "CA" for s in inside) < _MIN_ENUMERATION:
            continue
        if any(org not in member_states() for org in named) or any(
            _FORCE_AFTER.match(text, s.end) for s in inside if s.kind == "O"
        ):
            continue
        # (read without the organizations' names, "Joint" and "Partnership" in a name say nothing of
        # it, but with every other word: "the candidate country", "its former bloc")
        sentence = text[start:end]
        for s in inside:
            if s.kind == "O" and any(ch.isupper() for ch in text[s.start : s.end]):
                sentence = sentence[: s.start - start] + " " * (s.end - s.start) + sentence[s.end - start :]
        if _NOT_CURRENT.search(sentence):
            continue
        abstract, table = abstracted(text, start, end, inside)
        years = [int(y) for y in _YEAR.findall(abstract)]
        for m in _ENUMERATION.finditer(abstract):
            items = [table[tag] for tag in _ITEM_TAG.findall(m.group())]
            if len({slot.value for slot in items}) < _MIN_ENUMERATION:
                continue
            if _PLACES_BEFORE.search(abstract, max(0, m.start() - 30), m.start()):
                continue
            # (the one named nearest the list: "skipped the OAS meeting, a CELAC diplomat said" is
            # of the OAS, which lacks them)
            tags = [(abstract.find(tag), slot.value) for tag, slot in table.items() if slot.kind == "O"]
            at, org = min(tags, key=lambda t: (max(m.start() - t[0], t[0] - m.end(), 0), t[0]))
            fitting = [o for o in sorted(named) if all(slot.value in member_states()[o] for slot in items)]
            if fitting != [org]:
                continue
            since = dict(member_years()[org])
            # (in the clause of the organization: not across a semicolon, "A, B and C argued at the
            # Visegrad meeting; Poland, chairing the EU presidency, stayed silent")
            if ";" in abstract[min(at, m.start()) : max(at, m.end())]:
                continue
            if not all(slot.value in since for slot in items):
                continue
            if years and min(years) < max(since[slot.value] for slot in items):
                continue  # "at the 2015 BRICS summit, ... Egypt, Ethiopia and Iran": not yet members
            for slot in items:
                if (org, slot.value) not in done:
                    done.add((org, slot.value))
                    yield org, slot


def rest_of_enumerations(
    text: str,
    sentences: list[tuple[int, int]],
    slots: list[Slot],
    taken: list[tuple[str, Slot]],
    known: Mapping[tuple[str, str], Slot],
) -> Iterator[tuple[str, Slot]]:
    """Yield, for each enumeration of at least three countries of which the model took one or
    more and, with the rules' finds there, more than half as members of an organization, the
    other countries of that enumeration the reference data lists as its members: a list is
    stated as one ("the bloc of India, Pakistan, Nepal and Bhutan"), and what the model reads of
    its first or last item (the word before it, a pair first named together in another
    sentence) says nothing of that item alone; a country the reference data does not list may
    be another party named with the members ("heard Nigeria, Ghana, Senegal and France call
    for"), and an organization without a list completes nothing."""
    if not taken:
        return
    at = {(org, slot.start) for (org, _), slot in known.items()} | {(org, slot.start) for org, slot in taken}
    done = set(known) | {(org, slot.value) for org, slot in taken}
    starts = sorted({slot.start for _, slot in taken})
    for start, end in sentences:
        if not any(start <= s < end for s in starts):
            continue
        inside = [s for s in slots if start <= s.start < end]
        abstract, table = abstracted(text, start, end, inside)
        for m in _ENUMERATION.finditer(abstract):
            items = [table[tag] for tag in _ITEM_TAG.findall(m.group())]
            if len(items) < _MIN_ENUMERATION:
                continue
            for org in sorted({org for org, slot in taken if slot in items}):
                listed = member_states().get(org, frozenset())
                if not listed or 2 * sum((org, s.start) in at for s in items) <= len(items):
                    continue
                for slot in items:
                    if (org, slot.value) not in done and slot.value in listed:
                        done.add((org, slot.value))
                        yield org, slot
