"""Reader-facing phrasing: counts with the right plural, quotes in typographic marks,
and how a speaker was found, said in plain words rather than rule names."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from .markdown_safe import Trusted, escape
from .records import Quote

# how_found: the words a reader sees for each way of finding a speaker
RESOLUTION = {
    "name": "names the speaker",
    "pronoun": "refers back to the last person named",
    "role": "names a role, held by the person introduced with it",
    "body": "names the organization",
    "carried": "continues the speaker's earlier quote",
    "none": "no speaker found",
}
# speaker_doubt: why a speaker is only the best candidate, in a reader's words
DOUBT = {
    "no-cue": "no words name a speaker; the best candidate is the person the sentence before is about",
    "distant-cue": "it continues a quote whose speaker was named more than a paragraph earlier",
    "other-person-between": "it continues an earlier quote, but another person is named in between",
    "pronoun-far": "the pronoun's person was last named more than a paragraph earlier",
    "pronoun-rivals": "the pronoun may stand for more than one person named just before",
    "pronoun-gender": "nothing in the article shows that the person is a woman, as “she” says",
    "role-rivals": "more than one person in the article holds this role",
    "role-unheld": "nobody in the article is said to hold this role; read as the person just named",
    "body-anaphora": "the words refer back to the last organization named, without naming it",
    "name-without-evidence": "nothing else in the article shows that this name is a person's",
}
_PLURALS = {"reported statement": "reported statements", "key quote": "key quotes", "was": "were"}
_KINDS = (("direct", "key quote"), ("partial", "partial quote"), ("reported", "reported statement"))


def plural(word: str, count: int) -> str:
    """Return ``word`` as it goes with ``count``: ``plural("speaker", 2) == "speakers"``."""
    if count == 1:
        return word
    return _PLURALS.get(word) or (word[:-1] + "ies" if word.endswith("y") else word + "s")


def counted(count: int, word: str) -> str:
    """Return ``"1 speaker"``, ``"2 speakers"``."""
    return f"{count} {plural(word, count)}"


def quote_summary(quotes: Iterable[Quote]) -> str:
    """Return ``"3 key quotes, 1 partial quote and 1 reported statement"`` (kinds that occur)."""
    kinds = [q.kind for q in quotes]
    parts = [counted(kinds.count(kind), word) for kind, word in _KINDS if kind in kinds]
    if len(parts) < 2:
        return parts[0] if parts else "no quotes"
    return ", ".join(parts[:-1]) + " and " + parts[-1]


_DOUBLE = re.compile(r"[“”\"]")


def quoted(text: str) -> Trusted:
    """Return a quote's words in double marks, marks inside it made single.

    The comma that led back to the narrator is dropped; the words are the
    article's, only nested double marks become single ones (‘coordinating
    state’), as in print. The data downloads keep every character.
    """
    return Trusted(f"“{escape(quote_words(text))}”")


def quote_words(text: str) -> str:
    """Return a quote's words as `quoted` shows them, unescaped: no trailing comma, inner marks single."""
    words = text.rstrip().rstrip(",;")
    opened = [False]

    def single(m: re.Match[str]) -> str:
        mark = m.group()
        if mark == '"':
            opened[0] = not opened[0]
            return "‘" if opened[0] else "’"
        return "‘" if mark == "“" else "’"

    return _DOUBLE.sub(single, words)


def how_found(
    q: Quote, text: Callable[[str], str] = escape, strong: Callable[[str], str] = "**{}**".format
) -> str:
    """Return the evidence for a quote's speaker: ``“he said” refers back to the last person named``.

    ``text`` escapes the words for where they stand and ``strong`` emphasises; the defaults
    write Markdown.
    """
    way = text(RESOLUTION.get(q.resolved_by, q.resolved_by))
    found = way if q.speaker is None or not q.cue else f"“{text(q.cue)}” {way}"
    if q.speaker is not None and q.sure_speaker is None:
        doubt = DOUBT.get(q.speaker_doubt or "", "the evidence is weak")
        found += f"; {strong('speaker uncertain')}: {text(doubt)}"
    return found
