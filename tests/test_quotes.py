"""Quotation extraction and speaker attribution: tables of tiny texts."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.analysis.people import extract_people
from generator.analysis.quotes import extract_quotes
from generator.records import Document, Entity, Mention, Metadata, Span
from generator.sources import read_document

SEED = Path(__file__).resolve().parents[1] / "seeds" / "csto-armenia-interview.txt"


def make_doc(text: str) -> Document:
    spans, pos = [], 0
    for line in text.split("\n"):
        spans.append(Span(pos, pos + len(line)))
        pos += len(line) + 1
    return Document("t", text, tuple(spans), Metadata(source="t.txt"))


def quotes_of(text: str, orgs: tuple[Entity, ...] = ()):
    doc = make_doc(text)
    people = extract_people(doc, organizations=orgs)
    return extract_quotes(doc, people=people, organizations=orgs)


def test_seed_quotes_exactly() -> None:
    doc = read_document(SEED)
    quotes = extract_quotes(doc, people=extract_people(doc))
    direct = [q for q in quotes if q.kind == "direct"]
    assert [q.span.paragraph for q in direct] == [1, 3, 6]
    assert [q.cue for q in direct] == ["said the CSTO secretary-general", "he said", "Tasmagambetov said"]
    assert [q.resolved_by for q in direct] == ["role", "pronoun", "name"]
    for q in direct:
        assert q.speaker is not None
        assert q.speaker.name == "Imangali Tasmagambetov"
        assert q.speaker.role == "CSTO Secretary-General"
        assert doc.covered(q.span) == q.text
    partial = [q for q in quotes if q.kind == "partial"]
    assert [q.text for q in partial] == ["soft alliance"]
    assert partial[0].speaker is not None and partial[0].speaker.name.endswith("Tasmagambetov")
    assert partial[0].cue == "Tasmagambetov noted"
    texts = {q.text for q in quotes}
    assert "coordinating state" not in texts and "bloc discipline" not in texts


CASES = [
    # (text, [(kind, speaker name or None, resolved_by)])
    (
        'Minister Anna Berg spoke. "We will never give up on this plan," Berg said.',
        [("direct", "Anna Berg", "name")],
    ),
    ('"The talks went well and we are ready," said spokesman Tom Hale.', [("direct", "Tom Hale", "name")]),
    (
        "Envoy Carl Ruiz arrived. “The ceasefire is holding for now,” he said.",
        [("direct", "Carl Ruiz", "pronoun")],
    ),
    (
        "Carl Ruiz met Ms Lena Ort. “The ceasefire is holding for now,” she said.",
        [("direct", "Lena Ort", "pronoun")],
    ),
    ("Carl Ruiz said: “Our mission is to keep the peace here.”", [("direct", "Carl Ruiz", "name")]),
    ("According to Carl Ruiz, “the border will open on Monday morning.”", [("direct", "Carl Ruiz", "name")]),
    (
        "Bloc chief Ida Moe spoke. «We have done what we promised to do», the bloc chief said.",
        [("direct", "Ida Moe", "role")],
    ),
    ("The treaty is an example of “soft power”, experts say.", []),
    ("The plan, dubbed “Operation Quiet Harbour Watch”, began.", []),
    ("Carl Ruiz called the plan “verbal juggling” on Monday.", [("partial", "Carl Ruiz", "name")]),
    ("“We have been attacked twice this week,” UNIFIL said.", [("direct", "UNIFIL", "body")]),
    ("“Nobody knows who fired the shots first,” a resident said.", [("direct", None, "none")]),
    ("The organization’s chief left. It's the club's view.", []),
    # (#8) titles: small words stay lower case; a work named right after its noun
    ('"We will win," Ann Lee said on CNN\'s "State of the Union."', [("direct", "Ann Lee", "name")]),
    ('Ann Lee\'s commentary, "Melinda, tell your own story," is very thoughtful.', []),
    # (#8) a sentence full of names is still a sentence: no title has lowercase words in a row
    (
        "Spokesman Tom Ruiz said: “The Secretary-General strongly condemns the attack on soldiers "
        "of the United Nations Multidimensional Integrated Stabilization Mission in the Central "
        "African Republic (MINUSCA) in Bangui, Central African Republic.”",
        [("direct", "Tom Ruiz", "name")],
    ),
    # (#8) the next quote's speaker changes: a sentence about another person hands the turn over,
    # and a title's dot ("Mrs. Lind's remark") ends no sentence
    (
        'Senator Ana Lind said "the plan will fail this year."\n'
        'Mr. Ruiz brushed off Mrs. Lind\'s remark -- "That makes me look smart."',
        [("direct", "Ana Lind", "name"), ("direct", "Ruiz", "carried")],
    ),
    # a person in a phrase ("for Ana Lind") is not what the sentence is about
    (
        "Governor Ana Lind spoke. With aides worried about support for Ana Lind, "
        'Governor Tom Ruiz is rolling out a message: "It is about me and only me."',
        [("direct", "Tom Ruiz", "carried")],
    ),
    # a sentence about a person and another hands the turn to the first ("Scholz and his finance
    # minister took a different line")
    (
        "“Europe must stand on its own feet,” French President Emmanuel Macron said on Monday.\n"
        "German Chancellor Olaf Scholz and his finance minister took a different line.\n"
        "“We cannot abandon the alliance with Washington.”",
        [("direct", "Emmanuel Macron", "name"), ("direct", "Olaf Scholz", "carried")],
    ),
    # a title alone that is the surname of someone named before is that person
    (
        "Saint Lucia's Prime Minister Stephenson King addressed the meeting. "
        "“I therefore avail myself of the opportunity to thank you,” King said.",
        [("direct", "Stephenson King", "name")],
    ),
    # a statement "of" what is no body speaks for nobody
    (
        "Jassim Albudaiwi met the press. “The attendees opened the new headquarters,” "
        "according to a statement of support.",
        [("direct", None, "none")],
    ),
    # an agreement's name is nobody a pronoun stands for
    (
        "Kiribati president Tavita Sele said the members were saddened.\n"
        "“The Lome Accord was a big achievement,” Sele told reporters.\n"
        "The Lome Accord, president Sele said, delivered the reforms the region had asked for.\n"
        "“I think that is a very reasonable achievement for all of us,” he said.",
        [("direct", "Tavita Sele", "name"), ("direct", "Tavita Sele", "pronoun")],
    ),
    # a role opening the sentence before is the pronoun's, once its holder is named ("The ...")
    (
        "President Ama Kiptoo hosted Finance Minister Ruth Okonjo in the capital on Monday. "
        "The minister said the talks had gone well. “We are ready to sign,” she said.",
        [("direct", "Ruth Okonjo", "role")],
    ),
    # a name in a relative clause set off after a role subject is not who the role is
    (
        "Deputy Finance Minister Ruth Okonjo spoke on Monday.\n"
        "The minister, who stood in for President Ama Kiptoo who could not travel to the summit, "
        "said the country was ready.\n“We are now a different country.\n"
        "“We thank our neighbours for their support,” she said.",
        [("direct", "Ruth Okonjo", "carried"), ("direct", "Ruth Okonjo", "role")],
    ),
    # a holder of the role named inside the quotation is not who the role stands for
    (
        "President Ama Kiptoo praised the members.\n“Our region has shown the world what it can do,” "
        "the President said.\n“Working closely with our sister, President Ruth Okonjo’s mediation "
        "team, the north made progress,” the President said.",
        [("direct", "Ama Kiptoo", "role"), ("direct", "Ama Kiptoo", "role")],
    ),
    # a participle's subject is the sentence's, however its verb is inflected and whatever day
    # stands before it, not the body the sentence's object names
    (
        "Kenya's foreign ministry on Tuesday sent a letter to the EAC secretariat, saying that "
        "“the meeting will not take place this month.”",
        [("direct", "Kenya's foreign ministry", "body")],
    ),
    # ... but one named inside an earlier quotation is
    (
        "“Please welcome President William Ruto,” the host said.\n"
        "“Thank you all for coming,” the President said.",
        [("direct", None, "none"), ("direct", "William Ruto", "role")],
    ),
    # ... unless a clause of its own comes between ("after X spoke, saying"), or the subject is a
    # word that an irregular verb's spelling ends ("The won fell")
    (
        "The won fell sharply after Finance Minister Choi Sang-mok spoke in Seoul, saying “we are "
        "watching the market.”",
        [("direct", "Choi Sang-mok", "name")],
    ),
    # a person named by a word inside the name goes on speaking, past a counterpart set off
    (
        '"It was a dream of mine to close this deal," said Brazilian President Ana Maria Costa Reis.\n'
        "Costa, who handed over the presidency to her Paraguayan counterpart, Santiago Peña, revealed "
        'details.\n"It was unacceptable, they treated us as inferior beings."',
        [("direct", "Ana Maria Costa Reis", "name"), ("direct", "Ana Maria Costa Reis", "carried")],
    ),
    # a group's words reported by someone named are that one's ("X said that the ministers agreed")
    (
        'Anna Berg, the Danish foreign minister, said that the ministers agreed on two points: "the '
        'blockade is a grave breach of the law" and "Aid must reach the port, we should deliver it."',
        [("direct", "Anna Berg", "name"), ("direct", "Anna Berg", "carried")],
    ),
    # ... when it decided them together, not when it said them
    (
        "Army spokesman John Doe said that the rebel commanders warned: “We will attack the capital.”",
        [("direct", None, "none")],
    ),
    # ... but not when nobody reports them
    (
        'The ministers agreed on two points: "the blockade is a grave breach of the law."',
        [("direct", None, "none")],
    ),
    # ... nor is one named after the role, inside its clause
    (
        "Deputy Minister John Kamau spoke on Monday.\nThe minister, who works under Finance Minister "
        "Ruth Okonjo, said the plan was sound.\n“We will deliver it,” he said.",
        [("direct", "John Kamau", "role")],
    ),
    # ... nor is it, when nobody named holds the role
    (
        "The minister, who stood in for President Ama Kiptoo who could not travel to the summit, "
        "said the country was ready.\n“We thank our neighbours for their support,” she said.",
        [("direct", None, "none")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_quote_table(text: str, expected: list) -> None:
    got = [
        (q.kind, q.speaker.name if q.speaker else None, q.resolved_by)
        for q in quotes_of(text)
        if q.kind != "reported"
    ]
    assert got == expected


def test_quote_over_paragraphs_is_one_entry_per_paragraph() -> None:
    text = "“We will rebuild every school in the region.\n“And we will pay for it ourselves,” said Ann Lee."
    qs = quotes_of(text)
    assert [q.span.paragraph for q in qs] == [0, 1]
    assert all(q.speaker and q.speaker.name == "Ann Lee" for q in qs)
    assert qs[0].resolved_by == "carried"


def test_nested_and_mismatched_marks() -> None:
    text = (
        '“It is a “coordinating state”, and it works,” Ruiz said. Then “the plan is ready now," Ruiz added.'
    )
    qs = quotes_of(text)
    assert [q.text for q in qs] == ["It is a “coordinating state”, and it works,", "the plan is ready now,"]


def test_unbalanced_mark_stops_at_paragraph_end() -> None:
    qs = quotes_of(
        "Ruiz said “we must go on. Then he left.\nLater, “It is over now,” Ruiz said. Nothing else."
    )
    assert [q.text for q in qs] == ["we must go on. Then he left.", "It is over now,"]


def test_second_quote_after_attribution_is_carried() -> None:
    qs = quotes_of("“We are ready to help them,” Ruiz said. “We have always been ready.”")
    assert [q.resolved_by for q in qs] == ["name", "carried"]


def test_body_from_organizations() -> None:
    org = Entity("organization", "ASEAN", "ASEAN", (Mention(Span(0, 5), "ASEAN", "acronym"),))
    qs = quotes_of("ASEAN met. “The bloc will admit the new member soon,” the bloc said.", (org,))
    assert qs[0].speaker is not None and qs[0].speaker.key == "ASEAN" and qs[0].resolved_by == "body"


def test_reported_speech_needs_a_speaker() -> None:
    qs = quotes_of("Carl Ruiz noted that the talks would resume next week in the capital.")
    assert [(q.kind, q.speaker and q.speaker.name) for q in qs] == [("reported", "Carl Ruiz")]
    assert quotes_of("Sources noted that the talks would resume next week in the capital.") == ()


@pytest.mark.parametrize("text", ["", "“", "”", "'", "“”", "\n\n“a\n”", "'tis 'twas o'clock '90s"])
def test_never_raises_and_spans_match(text: str) -> None:
    doc = make_doc(text)
    for q in extract_quotes(doc, people=extract_people(doc)):
        assert doc.covered(q.span) == q.text
