"""Quote forms beyond the basics: doubled apostrophes, titled surnames, dash signatures."""

from __future__ import annotations

import pytest
from helpers import make_doc

from generator.analysis.people import extract_people
from generator.analysis.quotes import extract_quotes


def quotes_of(text: str):
    doc = make_doc(text)
    return extract_quotes(doc, people=extract_people(doc))


CASES = [
    # (text, [(text, kind, speaker name or None)])
    (
        "''The plan is a mess from start to end,'' said Ann Vale. ''It will fail for sure.''",
        [
            ("The plan is a mess from start to end,", "direct", "Ann Vale"),
            ("It will fail for sure.", "direct", "Ann Vale"),
        ],
    ),
    ("It is the dog''s bowl, not ours.", []),
    (
        "“We have heard nothing at all,” said Mr. Orwin of the institute.",
        [("We have heard nothing at all,", "direct", "Orwin")],
    ),
    ("“The vote is on Tuesday,” Dr. Lomax said.", [("The vote is on Tuesday,", "direct", "Lomax")]),
    (
        "“He scares me. He talks too much.” ― Rita Fenn “We deserve better than this.”― Omar K. Dale.",
        [
            ("He scares me. He talks too much.", "direct", "Rita Fenn"),
            ("We deserve better than this.", "direct", "Omar K. Dale"),
        ],
    ),
    ("They chose “Open Doors Forever” — Tom Reyes never liked it.", []),
    (
        "The mayor spoke. “It is heartbreaking,” Ryan Cole said.",
        [("It is heartbreaking,", "direct", "Ryan Cole")],
    ),
    ("He called it “pure nonsense,” Ryan Cole said.", [("pure nonsense,", "partial", "Ryan Cole")]),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_quote_forms(text: str, expected: list) -> None:
    got = [
        (q.text, q.kind, q.speaker.name if q.speaker else None)
        for q in quotes_of(text)
        if q.kind != "reported"
    ]
    assert got == expected
