"""Kinds of quoted stretches: direct (a clause of its own), partial (a woven fragment), title.

The tests look only at the stretch and the words around it; `quotes` settles the
partial and title stretches once their cues are known.
"""

from __future__ import annotations

import re
from operator import itemgetter

from .. import lexicon as lx
from .. import windows as W
from .attribution import SPEECH_VERB_PATTERN, Cue, CueSide
from .marks import Stretch

WORD = re.compile(r"[\w’'-]+")
_FINITE = lx.FINITE_VERBS
_SUBJECTS = frozenset(
    ["i", "we", "you", "he", "she", "they", "it", "this", "that", "there", "these", "those"]
)
_SPEECH_END = re.compile(r"\b(?:" + SPEECH_VERB_PATTERN + r")(?:\s+(?:that|reporters))?\s*,?\s*$")
# a speech verb, a few words (whom, where, when) and its "that": "told reporters on Monday that",
# "saying on X, formerly Twitter, that"
_SPEECH_THAT = re.compile(r"\b(?:" + SPEECH_VERB_PATTERN + r")(?:,?\s+[\w’'-]+){1,6}?,?\s+that\s*,?\s*$")
# the last word of every speech verb or of what may follow one: a cheap test before `_SPEECH_END`
_VERB_ENDS = frozenset([v.split()[-1] for v in lx.SPEECH_VERBS] + ["that", "reporters"])
# "Follow Pam Key on Twitter @pamkey": a byline, not a quotation
_BYLINE = re.compile(r"\s*Follow\s+(?:\S+\s+){0,4}?on\s+(?:Twitter|Facebook|Instagram|X)\b|\s*Follow\s+@")
_TITLE_WORDS = (
    *("titled", "entitled", "dubbed", "named", "theme", "themed", "headlined", "slogan", "known as"),
    # a work named right after its noun: 'Ann Lee's commentary, "Tell your story," is thoughtful'
    *("commentary", "column", "op-ed", "editorial", "essay", "book", "novel", "memoir", "song", "album"),
    *("film", "movie", "documentary", "poem", "headline", "podcast"),
)
_TITLE_CUES = re.compile(r"(?:" + "|".join(_TITLE_WORDS) + r")\s*,?\s*$")
_PRONOUN_SUBJECTS = _SUBJECTS - {"that", "this", "these", "those"}
# a sentence or clause break inside a quote, followed by more words
_SENTENCE_INSIDE = re.compile(r"[.;!?]\s+[\w“\"‘']")
# lowercase content words in a row that no title has
_PROSE_RUN = 3
_TITLE_SMALL_WORDS = frozenset(
    ["of", "the", "a", "an", "and", "in", "on", "for", "to", "at", "by", "with", "or"]
)


def kind_of(text: str, st: Stretch) -> str | None:
    """Return 'direct', 'partial' or None (title, empty) for a stretch."""
    inner = text[st.start : st.end]
    words = WORD.findall(inner)
    if not words:
        return None
    # "State of the Union", "Legend in the Coal Fields": small words stay lower case in a title
    caps = sum(map(str.isupper, map(itemgetter(0), words)))
    content = words
    if 2 <= caps < 0.7 * len(words) and len(words) >= 3 and words[0][:1].isupper():
        content = [w for w in words if w not in _TITLE_SMALL_WORDS]
        caps = sum(map(str.isupper, map(itemgetter(0), content)))
    if (
        len(content) >= 2
        and caps >= 0.7 * len(content)
        and not {"I", "We"} & set(words)
        and not _prose_run(words)
    ):
        return "title"  # a title or a name in marks, unless a speech cue makes it a sentence
    if _title_cue(text, st.open_at) or (inner.lstrip().startswith("Follow") and _BYLINE.match(inner)):
        return None
    # a quote that runs on into a sentence of its own is more than a fragment, woven or not
    # ("the ICC “is no longer impartial. And this was shown by ...”")
    runs_on = _SENTENCE_INSIDE.search(inner) is not None
    if len(words) >= 4 and (words[0][:1].isupper() or runs_on or _has_clause(words)):
        return "partial" if woven(text, st, inner) and not runs_on else "direct"
    return "partial"


def _prose_run(words: list[str]) -> bool:
    """Return whether three lowercase words stand in a row: prose naming things, not a title.

    ``“The Secretary-General strongly condemns today’s attack on the United Nations Mission
    in the Democratic Republic of the Congo”`` has more capitals than a title's share, but
    a title keeps its content words capitalized.
    """
    run = 0
    for word in words:
        if word in _TITLE_SMALL_WORDS:
            continue
        run = run + 1 if word[:1].islower() else 0
        if run == _PROSE_RUN:
            return True
    return False


def said_object(text: str, st: Stretch, cue: Cue | None) -> bool:
    """Return whether a long lowercase quote is what its cue says: ``“raising rates hurts,” she said``."""
    if cue is None or cue.side is not CueSide.AFTER or cue.start < st.end:
        return False
    inner = text[st.start : st.end].rstrip()
    if not inner.endswith(",") or len(WORD.findall(inner)) < 6:
        return False
    return not woven(text, st, inner)


def introduced_sentence(text: str, st: Stretch, title: bool) -> bool:
    """Return whether a short clause follows ``said,`` or a colon.

    ``she said, “we won.”``; ``CEO: ‘You Lost.’``; ``chanting “No more!”``.
    """
    inner = text[st.start : st.end].rstrip()
    if not inner.endswith((".", "!", "?")):
        return False
    words = WORD.findall(inner)
    if not words:
        return False
    lo = max(0, st.open_at - W.SPEECH_BEFORE_QUOTE)
    if inner.endswith(("!", "?")) and len(words) <= 6 and _spoken_before(text, lo, st.open_at):
        return True  # an exclamation or a question: ``chanting “No more!”``
    if len(words) < 2 or (len(words) > 3 and not title):
        return False
    first, second = words[0].lower(), words[1].lower()
    contracted = first.endswith(("’s", "'s")) and first[:-2] in _SUBJECTS
    if not contracted and not (first in _PRONOUN_SUBJECTS and second in _FINITE):
        return False
    before = text[lo : st.open_at].rstrip()
    return before.endswith(":") or (not title and _spoken_before(text, lo, st.open_at))


def _spoken_before(text: str, lo: int, hi: int) -> bool:
    """Return whether ``text[lo:hi]`` ends with a speech verb (``she said,``, ``told reporters``),
    or with one and its "that" a few words after (``told EU leaders on Monday that``)."""
    last = text[max(lo, hi - 16) : hi].rstrip(" \t,").rsplit(None, 1)[-1:]
    if not last or last[0] not in _VERB_ENDS:
        return False
    if _SPEECH_END.search(text, lo, hi):
        return True
    return last[0] == "that" and bool(_SPEECH_THAT.search(text, max(0, hi - W.SPEECH_THAT_BEFORE_QUOTE), hi))


def woven(text: str, st: Stretch, inner: str) -> bool:
    """Return whether a lowercase quote continues the narrator's words: ``Trump is “unfit to ...”``.

    Only a speech verb right before the mark (``he said, “...``) lets it stand as a clause.
    """
    first = inner.lstrip(" '‘\"“….")[:1]
    k = st.open_at
    while k > 0 and text[k - 1] in " \t":
        k -= 1
    if not first.islower() or k == 0 or not text[k - 1].isalnum():
        return False
    return not _spoken_before(text, max(0, k - W.SPEECH_BEFORE_QUOTE), k)


def _title_cue(text: str, at: int) -> bool:
    """Return whether a title cue (``titled``, ``dubbed``, ``known as``) ends right before ``at``."""
    lo = max(0, at - W.TITLE_CUE_BEFORE_QUOTE)
    window = text[lo:at].rstrip()
    if window.endswith(","):
        window = window[:-1].rstrip()
    return window.endswith(_TITLE_WORDS) and bool(_TITLE_CUES.search(text, lo, at))


def _has_clause(words: list[str]) -> bool:
    """Return whether words hold a subject followed by a finite verb."""
    prev = ""
    for i, word in enumerate(words):
        w = word.lower()
        if w in _FINITE or (w.endswith(("’s", "'s")) and w[:-2] in _SUBJECTS):
            return i > 0
        if i > 0 and prev in _SUBJECTS and (w.endswith(("ed", "s")) or w in _FINITE):
            return True
        prev = w
    return len(words) >= 5 and any(w.lower() in _PRONOUN_SUBJECTS for w in words[:3])
