"""Quote forms beyond the basics: doubled apostrophes, titled surnames, dash signatures."""

from __future__ import annotations

import pytest
from helpers import make_doc

from generator.analysis.organizations import extract_organizations
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
    # the next quote opened before the last was closed: the last ends with its sentence
    (
        "Ann Vale thanked them. ''As a young state, we value their help. ''We thank every member of it,'' "
        "Vale said.",
        [
            ("As a young state, we value their help.", "direct", "Ann Vale"),
            ("We thank every member of it,", "direct", "Ann Vale"),
        ],
    ),
    (
        "Ann Vale spoke. “We agree with the plan. “We thank them all for it,” Vale said.",
        [
            ("We agree with the plan.", "direct", "Ann Vale"),
            ("We thank them all for it,", "direct", "Ann Vale"),
        ],
    ),
    # ... never one nested after a full stop, whose own closing mark and the outer one follow
    (
        "“Our position is clear. “No” means no. We will not sign,” Ann Vale said.",
        [("Our position is clear. “No” means no. We will not sign,", "direct", "Ann Vale")],
    ),
    # ... never a quote nested after a word inside another
    (
        "“He said “no” to me. That was the end of it,” Ann Vale said.",
        [("He said “no” to me. That was the end of it,", "direct", "Ann Vale")],
    ),
    # two curly single marks typed for a double one, in copy that types no double mark
    (
        "Ann Vale spoke on Sunday.\n‘’The council deplores the detention of the president,’’ Vale "
        "said.\n‘’It further deplores the lack of commitment.’’",
        [
            ("The council deplores the detention of the president,", "direct", "Ann Vale"),
            ("It further deplores the lack of commitment.", "direct", "Ann Vale"),
        ],
    ),
    # in copy with double marks, two single marks in a row are a nested quote and an apostrophe
    (
        "“We reject the claims of the ‘rebels’’ leaders in the strongest terms,” Ann Vale said.",
        [("We reject the claims of the ‘rebels’’ leaders in the strongest terms,", "direct", "Ann Vale")],
    ),
    # ... unless they open a word, or close a double one: a double mark typed as two singles
    (
        "Ann Vale spoke on Sunday.\n‘’The council deplores the detention of the president,” Vale said.",
        [("The council deplores the detention of the president,", "direct", "Ann Vale")],
    ),
    (
        "Ann Vale spoke on Sunday.\n“It will be a good day for the council as a whole’’, she said.",
        [("It will be a good day for the council as a whole", "direct", "Ann Vale")],
    ),
    # copy that types the right mark on both sides of a quote
    (
        "”The council admitted Norland as its ninth member,” a spokesperson for the bloc said.",
        [("The council admitted Norland as its ninth member,", "direct", None)],
    ),
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
        # the subject of reported speech is no antecedent of "he"
        "The talks opened on Monday. He said Norland had been ready for years.\n"
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
    # a long subject after an inverted verb, with the "e" of a Portuguese double surname,
    # and a time between the closing mark and the verb
    (
        "“We applied long ago,” said Norland Fisheries Minister Rui Manuel Vaz e Sousa as he left.",
        "Rui Manuel Vaz e Sousa",
    ),
    ("“Our wish to join is old” in 1990, said Lina Ortega y Vidal.", "Lina Ortega y Vidal"),
    # the one an outlet quotes speaks, not the outlet; passive "was quoted as saying" as before
    (
        "“The response will follow,” the news agency Norpress quoted Deputy Foreign Minister "
        "Ivo Brandt as saying.",
        "Ivo Brandt",
    ),
    (
        "Norpress quoted the fleet's chief, Ana Lind, describing the deal as “a shame” and adding that "
        "“the harbour will close for good”.",
        "Ana Lind",
    ),
    ("Ivo Brandt spoke. Norpress quoted him as saying: “We will not sign this deal.”", "Ivo Brandt"),
    ("“We will sign the deal,” Ivo Brandt was quoted as saying by Norpress.", "Ivo Brandt"),
    # "the official": the official named last who spoke, unless an unnamed one came up since
    (
        "The ministry’s head of communication, Mr Vedo Justin, released the statement.\n"
        "Mr Justin said the talks breached the protocol.\n“This is a breach of it,” the official said.",
        "Vedo Justin",
    ),
    (
        "Norland’s ambassador, Ms Ida Berg, spoke on Monday.\nMs Berg said the talks had failed.\n"
        "“This is a breach,” the official said.",
        "Ida Berg",
    ),
    (
        "Mr Vedo Justin, the ministry spokesman, said the talks failed.\nA senior official said more.\n"
        "“This is a breach,” the official said.",
        None,
    ),
    # a person owned by an organization speaks, not the organization
    ("“We do not want to punish the people,” said ECOWAS’s Ada Mensah.", "Ada Mensah"),
]


@pytest.mark.parametrize(("text", "speaker"), SPEAKER_CASES)
def test_speaker_forms(text: str, speaker: str | None) -> None:
    direct = [q for q in quotes_of(text) if q.kind == "direct"]
    assert direct
    assert (direct[-1].speaker.name if direct[-1].speaker else None) == speaker


SENTENCE_CASES = [
    # short sentences and split quotes made direct by their cue (text, [(text, kind, speaker)])
    (
        "“Who here has read the whole report?” Nina Park asked. “Not me.”",
        [("Who here has read the whole report?", "direct", "Nina Park"), ("Not me.", "direct", "Nina Park")],
    ),
    (
        "“We are ready for the vote,” Lina Oduya said. “our side.”",
        [("We are ready for the vote,", "direct", "Lina Oduya")],
    ),
    ("Lina Oduya said the plan was late. “Not me.”", []),
    (
        "“So,” Ben Aldo added, “we go back to the start and try again.”",
        [("So,", "direct", "Ben Aldo"), ("we go back to the start and try again.", "direct", "Ben Aldo")],
    ),
    ("“So,” Ben Aldo added. It was late.", [("So,", "partial", "Ben Aldo")]),
    (
        "“One reason the plan worked,” Mr. Aldo said, “is that everyone was tired of it.”",
        [
            ("One reason the plan worked,", "direct", "Aldo"),
            ("is that everyone was tired of it.", "direct", "Aldo"),
        ],
    ),
    ("“Here Comes The Boss,” Ben Aldo said, grinning.", [("Here Comes The Boss,", "direct", "Ben Aldo")]),
    ("She watched “Here Comes The Boss,” a show Ben Aldo loved.", []),
    ("Ben Aldo Says: ‘You Will Pay For This.’", [("You Will Pay For This.", "direct", None)]),
    ("Ben Aldo Slams ‘Fake Savings’ In Budget Row.", []),
    ("When it fell apart, Ben Aldo said, “we were stunned.”", [("we were stunned.", "direct", "Ben Aldo")]),
    ("Ben Aldo has a blunt message: “It's about jobs.”", [("It's about jobs.", "direct", "Ben Aldo")]),
    ("Bex Aldo has a blunt message: “It's about jobs.”", [("It's about jobs.", "direct", None)]),
    ("Ben Aldo said the budget was “we were stunned.”", [("we were stunned.", "partial", "Ben Aldo")]),
    ("Crowds outside the hall chanted “No more cuts!” until dawn.", [("No more cuts!", "direct", None)]),
    ("Crowds outside the hall carried “No more cuts!” banners.", []),
    (
        "On cost, “raising the levy for the largest owners means more paperwork,” said Ben Aldo.",
        [("raising the levy for the largest owners means more paperwork,", "direct", "Ben Aldo")],
    ),
    (
        "The board “raising the levy for the largest owners means more paperwork,” said Ben Aldo.",
        [("raising the levy for the largest owners means more paperwork,", "partial", "Ben Aldo")],
    ),
    (
        "The board resolved “…to halt the works on the bridge until the review ends,” according to Ben Aldo.",
        [("…to halt the works on the bridge until the review ends,", "partial", "Ben Aldo")],
    ),
    # a lone straight mark opening a paragraph of a text in curly marks sets off an excerpt
    (
        '“I am fine,” Mia Lund said. “We all are.”\n"The night was long and nobody slept at all.',
        [("I am fine,", "direct", "Mia Lund"), ("We all are.", "direct", "Mia Lund")],
    ),
    (
        '"I am fine," Mia Lund said.\n"The night was long and nobody slept at all.',
        [
            ("I am fine,", "direct", "Mia Lund"),
            ("The night was long and nobody slept at all.", "direct", "Mia Lund"),
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), SENTENCE_CASES)
def test_sentence_forms(text: str, expected: list) -> None:
    got = [
        (q.text, q.kind, q.speaker.name if q.speaker else None)
        for q in quotes_of(text)
        if q.kind != "reported"
    ]
    assert got == expected


def test_right_mark_opens_a_paragraph_in_copy_that_uses_left_marks_too() -> None:
    # a survey's answers, some opening with a left mark, some with a right one: as a paragraph's
    # first character a right mark closes nothing, so it opens
    text = "“We have heard nothing from them,” one said.\n”Nothing at all has come of it,” said another."
    assert [q.text for q in quotes_of(text) if q.kind == "direct"] == [
        "We have heard nothing from them,",
        "Nothing at all has come of it,",
    ]
    # ... and a left mark after it, its pair typed the wrong way round, closes it
    text = "Jo Fenn spoke.\n”It is time to review the whole treaty from the start,“ Fenn told the paper."
    assert [(q.text, q.speaker.name if q.speaker else None) for q in quotes_of(text)] == [
        ("It is time to review the whole treaty from the start,", "Jo Fenn")
    ]


def test_a_stray_right_mark_before_narration_opens_nothing() -> None:
    # a paragraph's first right mark before narration that quotes with marks of its own
    text = (
        "Jo Fenn spoke about the ruling, which she called “a disgrace.\n"
        "”She added that the state would appeal. “We will go to the Supreme Court if we must,” she said."
    )
    direct = [(q.text, q.speaker.name if q.speaker else None) for q in quotes_of(text) if q.kind == "direct"]
    assert direct == [("We will go to the Supreme Court if we must,", "Jo Fenn")]
    text = "Jo Fenn spoke.\n”and thanked the voters. “We have won the vote,” she said."
    assert [q.text for q in quotes_of(text) if q.kind == "direct"] == ["We have won the vote,"]
    # ... while one that opens a quote with a nested one in it opens it
    text = "Jo Fenn spoke.\n”It is a “new era” for the whole of the country,” Fenn said."
    assert [q.text for q in quotes_of(text) if q.kind == "direct"] == [
        "It is a “new era” for the whole of the country,"
    ]


def test_two_single_marks_before_a_digit_are_no_double_mark() -> None:
    text = "“They want to go back to the ‘’90s economy,” Jo Fenn said."
    assert [(q.text, q.speaker.name if q.speaker else None) for q in quotes_of(text)] == [
        ("They want to go back to the ‘’90s economy,", "Jo Fenn")
    ]


def test_right_mark_inside_a_paragraph_opens_only_where_no_left_mark_is_used() -> None:
    text = "“We have heard nothing,” one said. ”Nothing at all has come of it,” said another."
    assert [q.text for q in quotes_of(text) if q.kind == "direct"] == ["We have heard nothing,"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # "it said" after a government body spoke: the body, not the organization named before
        (
            "Norland left the Commonwealth.\nThe government in Harbour Town said the leaders had called.\n"
            "“Accordingly, Norland has withdrawn its membership,” it said.",
            "Government in Harbour Town",
        ),
        # a statement that a ministry issued
        (
            "The AU lifted the suspension.\nNorland’s Foreign Ministry welcomed the decision.\n"
            "“We reaffirm our commitment to the goals of the African Union.” Reads a statement in part.",
            "Norland’s Foreign Ministry",
        ),
        # a capital speaks for its country's government
        (
            "Rwanda quit ECCAS.\nIn its statement, Kigali complained that the DRC had acted for political "
            "reasons.\n“This deviation has come to light once more today,” the statement read.",
            "Rwanda",
        ),
        # someone unnamed speaking for a named body is that body; one from a group of countries is nobody
        (
            "The ASEAN summit opened.\n“We will act,” a spokesperson for the ASEAN secretariat said.",
            "ASEAN",
        ),
        ("NATO met.\n“We will act together,” one diplomat from the latter group said.", None),
        # one or a few unnamed people of a body are not its voice; its officials are
        ("OPEC met in Vienna.\n“Nine months is most likely,” an OPEC delegate said.", None),
        ("NATO met.\n“We will act,” a senior NATO official told reporters.", None),
        ("NATO met.\n“We will act,” several NATO officials said in a joint letter.", "NATO"),
        ("NATO met.\n“We will act,” a source at NATO said.", None),
        ("NATO met.\n“We will act,” two sources at NATO said.", None),
        ("OPEC+ met.\n“We will cut,” an OPEC+ delegate said.", None),
        ("NATO met.\n“We will act,” NATO officials said.", "NATO"),
        ("NATO met.\n“We will act,” a NATO spokesperson said.", "NATO"),
        # ... but an official of a body named by its noun is only someone unnamed
        (
            "ECOWAS met in Abuja.\n“They gave a one-year notice,” an official of the regional grouping told "
            "reporters.",
            None,
        ),
        # ... and by its region and its noun
        (
            "The Mercosur summit was held in Buenos Aires.\n“Free trade with Europe is within reach,” the "
            "South American grouping said.",
            "Mercosur",
        ),
        # a body described by its size and its noun is the organization named before
        (
            "Haiti, a CARICOM member, asked for help.\n“We hope the force will be endorsed,” the 15-member "
            "regional integration movement said in a statement.",
            "CARICOM",
        ),
        (
            "Haiti, a CARICOM member, asked for help.\n“We hope the force will be endorsed,” the 15-member "
            "regional grouping said.",
            "CARICOM",
        ),
        # a subject cut at "and" inside an organization's name is still that organization
        (
            "The summit opened.\nThe AU’s Peace and Security Council said in a communique: “We will act.”",
            "AU Peace and Security Council",
        ),
        # a document nobody was said to issue: the organization named most, not the last (the UN
        # only judged the vote)
        (
            "ECOWAS suspended Mali.\nThe ECOWAS chairman announced it after a vote the UN says was flawed.\n"
            "“The summit calls on the junta to hand over power,” a communique announcing the suspension "
            "said.",
            "ECOWAS",
        ),
        # a document its owner issued
        ("The AU met.\n“We will act together,” the AU’s statement said.", "AU"),
        ("Bo Ruiz said the talks went well.\nRuiz’s message was clear: “We will act together.”", "Bo Ruiz"),
        # an organization named after the government spoke is the one "it" is
        (
            "The government in Harbour Town said the leaders had called.\nThe AU met on Monday.\n"
            "“We will act,” it said.",
            "AU",
        ),
    ],
)
def test_who_a_body_or_a_document_speaks_for(text: str, speaker: str | None) -> None:
    doc = make_doc(text)
    found = extract_quotes(doc, people=extract_people(doc), organizations=extract_organizations(doc))
    assert [q.speaker.name if q.speaker else None for q in found if q.kind == "direct"] == [speaker]
