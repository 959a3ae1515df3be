"""Property tests: on any text, extractors never raise, spans stay in bounds and
cover their text, and two runs give identical results."""

from __future__ import annotations

from helpers import make_doc
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from generator.analysis.members.extract import LEARNED_RULE, REFERENCE_RULE
from generator.analysis.runner import run_extractors
from generator.export import briefing_data
from generator.records import Briefing

_GUESSED_RULES = (LEARNED_RULE, REFERENCE_RULE)

# words that make extractors fire: marks, names, speech verbs, organizations, countries
PIECES = [
    "“",
    "”",
    '"',
    "'",
    "‘",
    "’",
    "«",
    "»",
    "„",
    " ",
    " ",
    " ",
    ", ",
    ". ",
    ": ",
    "\n",
    "\n\n",
    "he said",
    "said",
    "told",
    "according to",
    "She",
    "the spokesman",
    "the secretary-general",
    "President",
    "Maria Ivanova",
    "Ivanova",
    "John Smith",
    "Smith",
    "CSTO",
    "UN",
    "NATO",
    "Collective Security Treaty Organization (CSTO)",
    "Armenia",
    "Russia",
    "Yerevan",
    "members",
    "currently includes",
    "suspended",
    "peacekeepers",
    "We will act",
    "and",
    "the",
    "(",
    ")",
]

texts = st.lists(st.sampled_from(PIECES) | st.text(max_size=8), min_size=1, max_size=60).map("".join)


def check_spans(b: Briefing) -> None:
    text = b.document.text
    for q in b.quotes:
        assert 0 <= q.span.start <= q.span.end <= len(text)
        assert text[q.span.start : q.span.end] == q.text
        if q.cue_span is not None:
            assert 0 <= q.cue_span.start <= q.cue_span.end <= len(text)
        # every speaker is judged, and only an uncertain one has a doubt
        assert (q.speaker is None) == (q.speaker_certainty is None)
        assert (q.speaker_doubt is not None) == (q.speaker_certainty == "uncertain")
    for e in b.entities:
        for m in e.mentions:
            assert 0 <= m.span.start < m.span.end <= len(text)
            assert text[m.span.start : m.span.end] == m.text
    for m in b.members:
        assert 0 <= m.span.start < m.span.end <= len(text)
        # only a member the membership frame, the learned reading or a reference list alone
        # found is uncertain
        assert (m.certainty == "uncertain") == (m.rule.startswith("frame/") or m.rule in _GUESSED_RULES)
        for n in m.notes:
            assert text[n.span.start : n.span.end] == n.text
    for t in b.topics:
        for p in t.passages:
            assert 0 <= p.paragraph < len(b.document.paragraphs)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts)
def test_extractors_hold_their_contract_on_any_text(text: str) -> None:
    if not text.strip():
        return
    doc = make_doc(text)
    first = run_extractors(doc)
    check_spans(first)
    assert briefing_data(run_extractors(doc)) == briefing_data(first)
