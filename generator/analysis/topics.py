"""Topics: paragraphs that match configurable cue lists, with the cue words marked."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import NamedTuple, cast

import yaml

from ..errors import InputError
from ..records import Document, Passage, Span, Topic
from .acronyms import acronym_definitions

DEFAULT_TOPICS_FILE = Path(__file__).parent.parent / "reference" / "topics.yaml"


_TOPIC_ID = re.compile(r"[a-z0-9][a-z0-9-]{0,60}")
# a name that opens a compound still names it: "a UN-brokered truce", "UN-Habitat"
_COMPOUND = r"(?:-[A-Za-z][\w-]*)?"


@dataclass(frozen=True, slots=True)
class Anaphor:
    """A reference back to a body of the topic ("the council", "the mission"): it counts after one
    of the names it may stand for (``after``), unless a rival name with the same head word ("the
    Gulf Cooperation Council") comes between."""

    words: re.Pattern[str]
    after: re.Pattern[str]
    rival: re.Pattern[str]
    heads: tuple[str, ...]  # the head words, in lower case: a text without one has no reference


class NameExclusion(NamedTuple):
    """Where one name of a topic does not count: right after ``not_after``, right before
    ``not_before``, or anywhere in an article that names what ``not_with`` finds (the General
    Assembly of an article on the OAS is the OAS's)."""

    name: str
    not_after: re.Pattern[str] | None
    not_before: re.Pattern[str] | None
    not_with: re.Pattern[str] | None = None


@dataclass(frozen=True, slots=True)
class TopicRule:
    """A compiled topic definition."""

    id: str
    title: str
    description: str
    pattern: re.Pattern[str]
    not_after: re.Pattern[str] | None
    not_before: re.Pattern[str] | None
    # the topic's words (any case), whole: the exclusions above are for its names only
    words: re.Pattern[str] | None = None
    # what makes an acronym the article defines a name of the topic there: a word of its long form
    # ("the Collective Peacekeeping Forces (CPKF)")
    defined_as: re.Pattern[str] | None = None
    anaphors: tuple[Anaphor, ...] = ()
    # exclusions of one name only: name -> (not after, not before) ("Interpol's General Assembly")
    name_exclusions: tuple[NameExclusion, ...] = ()


def _alternation(items: list[str], *, ignore_case: bool) -> str:
    parts = []
    for item in sorted(items, key=len, reverse=True):
        stem = item.endswith("*")
        # words of a phrase are separated by spaces or tabs, never a newline: a cue
        # never runs across two paragraphs
        body = re.escape(item.rstrip("*")).replace(r"\ ", r"[ \t]+")
        body += r"[\w-]*" if stem else ""
        parts.append(f"(?i:{body})" if ignore_case else body)
    return "|".join(parts)


def _plain_pattern(words: list[str], names: list[str]) -> str:
    """Return the pattern of a topic's cues: its words (any case) and names, whole (a name
    also as the first part of a hyphenated compound)."""
    named = _alternation(names, ignore_case=False)
    alternatives = [
        a for a in (_alternation(words, ignore_case=True), named and f"(?:{named}){_COMPOUND}") if a
    ]
    # the first-letter lookahead lets the engine skip most positions at once
    firsts = {w[0].lower() for w in words} | {w[0].upper() for w in words} | {n[0] for n in names}
    first = "(?=[" + re.escape("".join(sorted(firsts))) + "])"
    return r"\b(?<![.-])" + first + "(?:" + "|".join(alternatives) + r")(?![\w-]|\.\w)"


def _by_initial(words: list[str], names: list[str]) -> str | None:
    """Return the topic's pattern written to open with a character class, or None when a cue
    does not start with an ASCII letter.

    It matches what `_plain_pattern` matches, but the engine can skip to the places an initial
    occurs instead of trying every position: the initial is read first, the left edge checked
    behind it, and each initial's cues tried in their order.
    """
    cues = [(w, True) for w in sorted(words, key=len, reverse=True)]
    cues += [(n, False) for n in sorted(names, key=len, reverse=True)]
    branches: dict[str, list[str]] = {}
    for cue, blind in cues:
        initial = cue[0]
        if not (initial.isascii() and initial.isalpha()):
            return None
        rest = _alternation([cue[1:]], ignore_case=blind) if len(cue.rstrip("*")) > 1 else ""
        if not rest and cue.endswith("*"):
            rest = r"[\w-]*"
        if not blind:
            rest += _COMPOUND
        for letter in (initial.lower(), initial.upper()) if blind else (initial,):
            branches.setdefault(letter, []).append(rest)
    groups = "|".join(f"(?<={letter})(?:{'|'.join(rests)})" for letter, rests in branches.items())
    return "[" + "".join(branches) + r"](?<![\w.-].)(?:" + groups + r")(?![\w-]|\.\w)"


def _whole_names(names: list[str]) -> re.Pattern[str]:
    """Return a pattern for any of ``names`` (case-sensitive) as a whole, not inside a longer name."""
    return re.compile(r"(?<![\w.-])(?:" + _alternation(names, ignore_case=False) + r")(?![\w-])")


def _anaphor(spec: object) -> Anaphor:
    """Return an `Anaphor` from its mapping: ``words`` (any case) and the names ``after`` which
    they count (case-sensitive; "*" ends a stem)."""
    if not isinstance(spec, dict) or not spec.get("words") or not spec.get("after"):
        raise ValueError("each anaphor needs words and after")
    words = [str(w) for w in spec["words"]]
    heads = sorted({w.split()[-1] for w in words})
    return Anaphor(
        # (not a name of its own: "the Council of the EU", "the Council on Foreign Relations",
        # "the world body for football")
        words=re.compile(r"\b(?:" + _alternation(words, ignore_case=True) + r")\b(?!\s+(?:of|on|for)\b)"),
        after=_whole_names([str(a) for a in spec["after"]]),
        # its head word, in any case: another body's ("the Gulf Cooperation Council", "the city
        # council", "OAS secretary-general") unless it is one of these references
        rival=re.compile(r"\b(?:" + _alternation(heads, ignore_case=True) + r")\b"),
        heads=tuple(h.lower() for h in heads),
    )


def compile_topic(spec: dict[str, object]) -> TopicRule:
    """Return a `TopicRule` from one topic mapping (see ``reference/topics.yaml``)."""
    topic_id = str(spec["id"])
    if not _TOPIC_ID.fullmatch(topic_id) or topic_id == "index":
        raise ValueError(f"topic id {topic_id!r} must be lower-case letters, digits, hyphens, not 'index'")
    words = _strings(spec, "words")
    names, name_exclusions = _names(spec.get("names") or [])
    alternatives = [
        a for a in (_alternation(words, ignore_case=True), _alternation(names, ignore_case=False)) if a
    ]
    if not alternatives:
        raise ValueError(f"topic {spec.get('id')!r} has no words or names")
    pattern = re.compile(_by_initial(words, names) or _plain_pattern(words, names))
    defined = _strings(spec, "defined_as")
    return TopicRule(
        id=topic_id,
        title=str(spec["title"]),
        description=str(spec.get("description", "")),
        pattern=pattern,
        not_after=_not_after(_strings(spec, "not_after")),
        not_before=_not_before(_strings(spec, "not_before")),
        name_exclusions=name_exclusions,
        words=re.compile(r"(?:" + _alternation(words, ignore_case=True) + r")\Z") if words else None,
        defined_as=re.compile(r"\b(?:" + _alternation(defined, ignore_case=True) + r")\b")
        if defined
        else None,
        anaphors=tuple(_anaphor(a) for a in spec.get("anaphors", []) or []),  # type: ignore[attr-defined]
    )


def _strings(spec: Mapping[str, object], key: str) -> list[str]:
    """Return the items listed under ``key`` as strings (none when it is missing or empty)."""
    return [str(x) for x in cast(Iterable[object], spec.get(key) or [])]


def _not_after(items: list[str]) -> re.Pattern[str] | None:
    return re.compile(r"(?:" + _alternation(items, ignore_case=False) + r")\s+\Z") if items else None


def _not_before(items: list[str]) -> re.Pattern[str] | None:
    return re.compile(r"\A\s+(?:" + _alternation(items, ignore_case=False) + r")\b") if items else None


def _names(entries: object) -> tuple[list[str], tuple[NameExclusion, ...]]:
    """Return a topic's names, and the exclusions of those given as a mapping with their own
    ``not_after`` / ``not_before`` / ``not_with`` (``{name: General Assembly, not_after: ["'s"]}``)."""
    if not isinstance(entries, list):
        raise ValueError("names must be a list")
    names, exclusions = [], []
    for entry in entries:
        if isinstance(entry, dict):
            if not entry.get("name"):
                raise ValueError("a name given as a mapping needs its name")
            name = str(entry["name"])
            others = _strings(entry, "not_with")
            exclusions.append(
                NameExclusion(
                    name,
                    _not_after(_strings(entry, "not_after")),
                    _not_before(_strings(entry, "not_before")),
                    _whole_names(others) if others else None,
                )
            )
        else:
            name = str(entry)
        names.append(name)
    return names, tuple(exclusions)


def load_topics(path: Path = DEFAULT_TOPICS_FILE) -> tuple[TopicRule, ...]:
    """Return the compiled topics of a YAML file (the default topics unless given).

    Compiled once per version of the file, so `mkdocs serve` sees edits to it.
    Raises `InputError` naming the file when it is not a valid topic list.
    """
    try:
        version = path.stat().st_mtime_ns
    except OSError as exc:
        raise InputError(path, f"invalid topics file: {exc.strerror or exc}") from exc
    return _compiled(path, version)


@cache
def _compiled(path: Path, version: int) -> tuple[TopicRule, ...]:
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or []
        if not isinstance(data, list) or not all(isinstance(t, dict) for t in data):
            raise ValueError("expected a list of topics, each a mapping with id, title, words or names")
        return tuple(compile_topic(spec) for spec in data)
    except (OSError, yaml.YAMLError, ValueError, KeyError, re.error) as exc:
        reason = f"missing key {exc}" if isinstance(exc, KeyError) else str(exc).splitlines()[0]
        raise InputError(path, f"invalid topics file: {reason}") from exc


def extract_topics(doc: Document, *, topics: tuple[TopicRule, ...] | None = None) -> tuple[Topic, ...]:
    """Return the topics that match at least one paragraph of ``doc``, in rule order."""
    found = []
    for rule in load_topics() if topics is None else topics:
        by_paragraph: dict[int, list[Span]] = {}
        for m in rule.pattern.finditer(doc.text):
            span = doc.span(m.start(), m.end())
            if _counts(rule, doc.text, doc.paragraphs[span.paragraph].start, m.start(), m.end()):
                by_paragraph.setdefault(span.paragraph, []).append(span)
        for start, end in [*_defined_names(rule, doc.text), *_references(rule, doc.text)]:
            span = doc.span(start, end)
            cues = by_paragraph.setdefault(span.paragraph, [])
            if span not in cues:
                cues.append(span)
                cues.sort(key=lambda c: c.start)
        if by_paragraph:
            passages = tuple(Passage(paragraph=i, cues=tuple(c)) for i, c in sorted(by_paragraph.items()))
            found.append(Topic(id=rule.id, title=rule.title, passages=passages))
    return tuple(found)


def _defined_names(rule: TopicRule, text: str) -> list[tuple[int, int]]:
    """Return where the acronyms the text defines as names of the topic (`TopicRule.defined_as`)
    occur: "the Collective Peacekeeping Forces (CPKF) ... CPKF troops" for peacekeeping."""
    if rule.defined_as is None:
        return []
    # (three letters at least: "The Peacekeeping Force (PF)" leaves Zambia's PF party alone)
    shorts = [
        d.short for d in acronym_definitions(text) if len(d.short) > 2 and rule.defined_as.search(d.long)
    ]
    if not shorts:
        return []
    names = re.compile(r"(?<![\w.-])(?:" + "|".join(map(re.escape, shorts)) + r")(?![\w-])")
    return [(m.start(), m.end()) for m in names.finditer(text)]


def _references(rule: TopicRule, text: str) -> list[tuple[int, int]]:
    """Return where the topic's anaphors refer back to one of its bodies: "the council" after "the
    UN Security Council" (a name that counts: not "the National Security Council"), with no other
    council, named or not, in between."""
    found: list[tuple[int, int]] = []
    low = text.lower() if rule.anaphors else ""
    for anaphor in rule.anaphors:
        if not any(head in low for head in anaphor.heads):
            continue
        named = [
            m.end()
            for m in anaphor.after.finditer(text)
            if _counts(rule, text, text.rfind("\n", 0, m.start()) + 1, m.start(), m.end())
        ]
        if not named:
            continue
        refs: list[tuple[int, int]] = []  # this anaphor's references found so far
        for m in anaphor.words.finditer(text, named[0]):
            last = named[bisect.bisect_right(named, m.start()) - 1]
            rivals = [
                r
                for r in anaphor.rival.finditer(text, last, m.start())
                if not any(a <= r.start() < b for a, b in refs)
                and not _SAME_BODY.search(text, max(0, r.start() - 8), r.start())
            ]
            if not rivals:
                refs.append((m.start(), m.end()))
        found += refs
    return found


# the words before a head word that make it no other body's ("Spokesperson for Secretary-General
# Farhan Haq" is the same Secretary-General's)
_SAME_BODY = re.compile(r"(?<![\w-])(?:for|of|to|by|with|from)\s+$")


def _counts(rule: TopicRule, text: str, floor: int, start: int, end: int) -> bool:
    """Return whether a cue counts: a word always ("Collective Peacekeeping Forces"), a name unless
    an exclusion stands next to it ("Collective Security Council" is no UN body)."""
    if rule.words is not None and rule.words.match(text, start, end):
        return True
    before, after = text[max(floor, start - 40) : start], text[end : end + 40]
    if rule.not_after and rule.not_after.search(before):
        return False
    if rule.not_before and rule.not_before.match(after):
        return False
    cue = text[start:end]
    for name, not_after, not_before, not_with in rule.name_exclusions:
        if cue == name:
            return not (
                (not_after is not None and not_after.search(before))
                or (not_before is not None and not_before.match(after))
                or (not_with is not None and not_with.search(text) is not None)
            )
    return True
