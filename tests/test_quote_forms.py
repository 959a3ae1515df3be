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
    ('Transcript:\n"HOST: Will she be there tomorrow night, sir?\n"GUEST: She will not be there at all.', []),
    (
        "Jo Fenn said: “NATO: we are ready for the talks.”",
        [("NATO: we are ready for the talks.", "direct", "Jo Fenn")],
    ),
    (
        "The mayor spoke. “It is heartbreaking,” Ryan Cole said.",
        [("It is heartbreaking,", "direct", "Ryan Cole")],
    ),
    ("He called it “pure nonsense,” Ryan Cole said.", [("pure nonsense,", "partial", "Ryan Cole")]),
    (
        "Jo Fenn spoke. “My hope for us,” Fenn said, “is that we can still win.”",
        [("My hope for us,", "direct", "Jo Fenn"), ("is that we can still win.", "direct", "Jo Fenn")],
    ),
    (
        "He called it “a mess,” Jo Fenn said, “and a shame.”",
        [("a mess,", "partial", "Jo Fenn"), ("and a shame.", "partial", "Jo Fenn")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_quote_forms(text: str, expected: list) -> None:
    got = [
        (q.text, q.kind, q.speaker.name if q.speaker else None)
        for q in quotes_of(text)
        if q.kind != "reported"
    ]
    assert got == expected


SPEAKER_CASES = [
    # (text, speaker of the last direct quote)
    (
        "Lars Holm, the Special Envoy and Head of the monitoring mission in Norland (UNMIN) said it.\n"
        "“We will stay here for as long as we are needed,” said UNMIN chief.",
        "Lars Holm",
    ),
    (
        "Tove Rask spoke first. He said Norland had been ready for years.\n"
        "“The consensus is that they will join us in May,” he added.",
        None,
    ),
    (
        "The reply came in a statement by his spokesperson, Mr Piet Brand.\n"
        "In an earlier statement, the Harbour Council said the ships had left.\n"
        "“The chief reaffirms that the port will stay open to all ships,” the statement said.",
        "Piet Brand",
    ),
    (
        "In a statement on Monday, President Ada Mwangi welcomed the vote.\n"
        "“We shall succeed in this work. We must not fail them,” the statement read in part.",
        "Ada Mwangi",
    ),
    ("“Nobody has explained to us why the road was closed,” the statement said.", None),
    ("“It is all about creating some enthusiasm,” Mr. King added.", "King"),
    ("“The impact of the debate is small,” wrote Cam Easley for Morning Post.", "Cam Easley"),
    ("“He is someone that nobody would want.” ― Tina N Luis Olmo", "Tina N Luis Olmo"),
]


@pytest.mark.parametrize(("text", "speaker"), SPEAKER_CASES)
def test_speaker_forms(text: str, speaker: str | None) -> None:
    direct = [q for q in quotes_of(text) if q.kind == "direct"]
    assert direct
    assert (direct[-1].speaker.name if direct[-1].speaker else None) == speaker
