"""Speaker certainty: strong evidence is stated, weak evidence is kept as "uncertain" with its reason.

Every text here is invented; each row is one structure of evidence.
"""

from __future__ import annotations

import json

import pytest
from helpers import make_doc

from generator.analysis.runner import run_extractors
from generator.export import quotes_csv, to_json
from generator.records import Quote

OPEN = "“We will open the border next week,”"


def direct(text: str) -> list[Quote]:
    return [q for q in run_extractors(make_doc(text)).quotes if q.kind == "direct"]


STRONG = [
    # name + speech verb
    (f"{OPEN} Foreign Minister Otto Brandt said.", "Otto Brandt"),
    # a body the cue names
    ("“Two patrols were attacked overnight,” UNIFIL said in a statement.", "UNIFIL"),
    # a role held by one person
    (
        f"Lena Marsh, the foreign minister of Chile, arrived on Monday.\n\n{OPEN} the foreign minister said.",
        "Lena Marsh",
    ),
    # a role several hold, told apart by a word only the speaker's role has
    (
        f"Ostrian President Otto Brandt met Veldorian President Lena Marsh on Monday.\n\n"
        f"{OPEN} the Veldorian president said.",
        "Lena Marsh",
    ),
    # the medium a statement was given to ends a phrase set before the subject
    (
        "Veldorian President Lena Marsh arrived on Monday. In an interview with the newspaper Le Matin, "
        "published on Monday, the Veldorian president said that “we will open the border next week.”",
        "Lena Marsh",
    ),
    # a qualified role held only by one named further on (an article's opening)
    (
        f"{OPEN} the Veldorian president said in a statement.\n\n"
        "Veldorian President Lena Marsh met Ostrian Foreign Minister Otto Brandt on Monday.",
        "Lena Marsh",
    ),
    # ... a demonym in the cue standing for the country in the role
    (
        f"President of Chile Otto Brandt met President of Peru Lena Marsh on Monday.\n\n"
        f"{OPEN} the Chilean president said.",
        "Otto Brandt",
    ),
    # ... whoever of them was named last
    (
        f"Veldorian President Lena Marsh met Ostrian President Otto Brandt on Monday.\n\n"
        f"{OPEN} the Veldorian president said.",
        "Lena Marsh",
    ),
    # a pronoun whose person is named in the paragraph before, with no rival
    (f"Foreign Minister Otto Brandt arrived in the capital on Monday.\n\n{OPEN} he said.", "Otto Brandt"),
    # "she" for a person the article marks as a woman
    (
        f"Foreign Minister Mrs. Dorit Varga arrived in the capital on Monday.\n\n{OPEN} she said.",
        "Dorit Varga",
    ),
    # another person is named, but of the other gender
    (f"Foreign Minister Otto Brandt met Mrs. Lena Marsh on Monday.\n\n{OPEN} he said.", "Otto Brandt"),
    # a person described again ("the 64-year-old") with nobody else named since
    (
        f"Foreign Minister Otto Brandt arrived in the capital on Monday.\n\n{OPEN} the 64-year-old said.",
        "Otto Brandt",
    ),
    # a transcript turn whose label is a person of the article
    ("Otto Brandt said the talks went well.\nBRANDT: “We will open the border next week.”", "Otto Brandt"),
    # a signature line naming a person of the article
    (
        "Foreign Minister Otto Brandt visited the valley on Monday.\n\n"
        "“The border must open before the harvest.”\n\n— Otto Brandt",
        "Otto Brandt",
    ),
]


@pytest.mark.parametrize(("text", "speaker"), STRONG)
def test_strong_evidence_is_sure(text: str, speaker: str) -> None:
    q = direct(text)[-1]
    assert q.speaker is not None and q.speaker.name == speaker
    assert (q.speaker_certainty, q.speaker_doubt) == ("sure", None)
    assert q.sure_speaker == q.speaker


CONTINUED = [
    # the next sentence of the same paragraph, nobody else named
    f"{OPEN} Foreign Minister Otto Brandt said. “The trucks are waiting.”",
    # the next paragraph
    f"{OPEN} Foreign Minister Otto Brandt said.\n\n“The trucks are waiting.”",
    # an apposition in the cue's own sentence hands nothing over
    f"{OPEN} said Otto Brandt, an adviser to Defence Minister Karl Weber. “The trucks are waiting.”",
    # one quotation over two paragraphs: the mark stays open into the paragraph of the cue
    "“We will open the border next week.\n\n“The trucks are waiting, and so are the farmers,” "
    "Foreign Minister Otto Brandt said.",
]


@pytest.mark.parametrize("text", CONTINUED)
def test_close_continuations_are_sure(text: str) -> None:
    quotes = direct(text)
    assert len(quotes) == 2
    for q in quotes:
        assert q.speaker is not None and q.speaker.name == "Otto Brandt"
        assert q.speaker_certainty == "sure"


WEAK = [
    # no speech cue: the speaker is only the subject of the sentence before
    (
        "Foreign Minister Otto Brandt spoke to farmers on Monday. “The trucks are waiting.”",
        "Otto Brandt",
        "no-cue",
    ),
    # a continuation two paragraphs after its cue
    (
        f"{OPEN} Foreign Minister Otto Brandt said.\n\nThe talks lasted four hours.\n\n"
        "“The trucks are waiting.”",
        "Otto Brandt",
        "distant-cue",
    ),
    # a continuation past a sentence naming another person
    (
        f"{OPEN} Foreign Minister Otto Brandt said. Brandt later had lunch with Defence Minister Karl Weber. "
        "“The trucks are waiting.”",
        "Otto Brandt",
        "other-person-between",
    ),
    # a pronoun whose person was last named three paragraphs back
    (
        "Foreign Minister Otto Brandt arrived in the capital on Monday.\n\nThe talks lasted four hours.\n\n"
        f"The delegations ate lunch together.\n\n{OPEN} he said.",
        "Otto Brandt",
        "pronoun-far",
    ),
    # a continuation is no surer than the quote whose cue it carries
    (
        f"Foreign Minister Otto Brandt met Defence Minister Karl Weber on Monday.\n\n{OPEN} he said. "
        "“The trucks are waiting.”",
        "Otto Brandt",
        "pronoun-rivals",
    ),
    # a pronoun with two men it may stand for
    (
        f"Foreign Minister Otto Brandt met Defence Minister Karl Weber on Monday.\n\n{OPEN} he said.",
        "Otto Brandt",
        "pronoun-rivals",
    ),
    # a description fits anyone: another person named since makes it a guess
    (
        f"Foreign Minister Otto Brandt met Mrs. Lena Marsh on Monday.\n\n{OPEN} the veteran politician said.",
        "Otto Brandt",
        "pronoun-rivals",
    ),
    # "she" for a person nothing marks as a woman
    (
        f"Foreign Minister Dorit Varga arrived in the capital on Monday.\n\n{OPEN} she said.",
        "Dorit Varga",
        "pronoun-gender",
    ),
    # a role two people hold: the nearest is a guess
    (
        f"Foreign Minister Otto Brandt met Foreign Minister Lena Marsh on Monday.\n\n"
        f"{OPEN} the foreign minister said.",
        "Lena Marsh",
        "role-rivals",
    ),
    # a role nobody in the article is said to hold: the person just named is a guess
    (
        f"Otto Brandt said on Monday that the talks had failed.\n\n{OPEN} the foreign minister said.",
        "Otto Brandt",
        "role-unheld",
    ),
    # a post held before is no other one now
    (
        f"Otto Brandt, a former Danish prime minister, was blunt.\n\n{OPEN} the NATO chief said.",
        "Otto Brandt",
        "role-unheld",
    ),
    # an article that opens on a role nobody holds: the one named in the sentence after is a guess
    (
        f"{OPEN} the Veldorian president said in a statement.\n\n"
        "The talks would “go on until May,” Otto Brandt added.",
        "Otto Brandt",
        "role-unheld",
    ),
    # "it said": the body is only the one named last
    (
        "The peacekeeping mission UNIFIL met officers on Monday. "
        "“Two patrols were attacked overnight,” it said.",
        "UNIFIL",
        "body-anaphora",
    ),
    # a colon after a sentence on its subject's manner is no speech cue
    (
        "Foreign Minister Otto Brandt met Defence Minister Karl Weber on Monday.\n\n"
        "The defence minister was blunt: “The trucks will not move before the border opens.”",
        "Karl Weber",
        "no-cue",
    ),
    # a signature line whose name nothing else marks as a person
    (
        "“The border must open before the harvest.”\n\n— Tarvek Vostok",
        "Tarvek Vostok",
        "name-without-evidence",
    ),
]


@pytest.mark.parametrize(("text", "speaker", "doubt"), WEAK)
def test_weak_evidence_is_uncertain(text: str, speaker: str, doubt: str) -> None:
    q = direct(text)[-1]
    assert q.speaker is not None and q.speaker.name == speaker, "the best candidate is kept"
    assert (q.speaker_certainty, q.speaker_doubt) == ("uncertain", doubt)
    assert q.sure_speaker is None


@pytest.mark.parametrize(
    "text",
    [
        "“We will open the border next week, and the trucks will move,” Goldman Sachs Symposium said.",
        "BRANDT: “We will open the border next week.”",
        # the one named after an opening role holds another post, or the one holding it is past
        f"{OPEN} the Veldorian president said.\n\nForeign Minister Otto Brandt met the envoys.",
        f"{OPEN} the Veldorian president said.\n\nFormer Veldorian President Lena Marsh was there.",
        # a cue that says more than the role and its country
        f"{OPEN} the former Veldorian president said.\n\nVeldorian President Lena Marsh was there.",
        f"{OPEN} the Veldorian president-elect said.\n\nVeldorian President Lena Marsh was there.",
        # a country whose name only opens another's
        f"{OPEN} the Sudanese army chief said.\n\nSouth Sudanese army chief Otto Brandt was there.",
        # the one named next opens a voice of their own
        f"{OPEN} the Sudanese army chief said.\n\nIt was “heard before,” Otto Brandt told reporters.",
        # the one named next neither speaks a quotation nor is said to hold the post
        f"{OPEN} the prime minister told reporters.\n\nHis rival Otto Brandt said the vote was rigged.",
        # someone unnamed after a phrase set before the subject, a name in it
        f"Secretary Otto Brandt met the envoys.\n\n{OPEN} to Brandt, a Western diplomat said.",
        f"Otto Brandt met Rui Vaz. Although Brandt met Vaz on Monday, a source said: {OPEN}",
        # an unnamed source after a named speaker's quotes: the source's words, nobody named
        f"Spokesman Otto Brandt spoke.\n\n“The trucks will move,” he said.\n\n{OPEN} the source said.",
        f"Spokesman Otto Brandt spoke.\n\n“The trucks will move,” he said.\n\n{OPEN} sources said.",
    ],
)
def test_no_speaker_has_no_certainty(text: str) -> None:
    q = direct(text)[-1]
    assert q.speaker is None
    assert (q.speaker_certainty, q.speaker_doubt) == (None, None)


def test_json_keeps_the_best_candidate_and_adds_its_certainty() -> None:
    text = (
        f"Foreign Minister Otto Brandt met Defence Minister Karl Weber on Monday.\n\n{OPEN} he said.\n\n"
        "“Two patrols were attacked overnight,” UNIFIL said."
    )
    data = json.loads(to_json([run_extractors(make_doc(text))]))
    quotes = data["documents"][0]["quotes"]
    assert [q["speaker"]["name"] for q in quotes] == ["Otto Brandt", "UNIFIL"]
    assert [q["speaker_certainty"] for q in quotes] == ["uncertain", "sure"]
    assert [q["speaker_doubt"] for q in quotes] == ["pronoun-rivals", None]


def test_csv_keeps_the_best_candidate_and_adds_its_certainty() -> None:
    import csv
    import io

    text = f"Foreign Minister Otto Brandt met Defence Minister Karl Weber on Monday.\n\n{OPEN} he said."
    rows = list(csv.DictReader(io.StringIO(quotes_csv([run_extractors(make_doc(text))]))))
    assert [(r["speaker"], r["speaker_certainty"], r["speaker_doubt"]) for r in rows] == [
        ("Otto Brandt", "uncertain", "pronoun-rivals")
    ]


UNSURE_ARTICLE = (
    "Valley talks end\n\n"
    "Foreign Minister Otto Brandt met Defence Minister Karl Weber in the valley on Monday.\n\n"
    "“We will open the border next week,” he said.\n\n"
    "“The trucks are waiting for the harvest,” Foreign Minister Otto Brandt said.\n"
)


def test_pages_show_an_uncertain_speaker_as_uncertain(tmp_path) -> None:
    from generator.pipeline import generate

    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "valley.txt").write_text(UNSURE_ARTICLE, encoding="utf-8")
    pages = generate(seeds).pages
    briefing = pages["briefings/valley.md"]
    uncertain, sure = briefing.split("<blockquote>")[1:3]
    assert "We will open the border" in uncertain
    assert '<em>speaker uncertain</em> <small class="bq-possible">possibly Otto Brandt</small>' in uncertain
    assert "<strong>Otto Brandt</strong>" not in uncertain
    assert "<li><strong>2 key quotes</strong> from Otto Brandt (speaker uncertain for 1)</li>" in briefing
    assert "<strong>Otto Brandt</strong>" in sure
    how = briefing.split("How the speakers were found")[1]
    assert "possibly Otto Brandt: “he said”" in how
    assert "<strong>speaker uncertain</strong>: the pronoun may stand for more than one person" in how
    assert 'title="key quote: speaker uncertain, possibly Otto Brandt"' in briefing
    # the quotes-by-speaker page lists only the quote whose speaker is sure
    listing = pages["quotes/index.md"]
    assert "The trucks are waiting" in listing
    assert "We will open the border" not in listing
