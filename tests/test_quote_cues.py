"""Quote cues and quote boundaries: party labels, possessive nouns, woven fragments, decades."""

from __future__ import annotations

import pytest
from helpers import make_doc

from generator.analysis.countries import extract_countries
from generator.analysis.organizations import extract_organizations
from generator.analysis.people import extract_people
from generator.analysis.quotes import extract_quotes
from generator.records import Quote


def quotes_of(text: str) -> tuple[Quote, ...]:
    """Return the quotes of ``text``, with the people and organizations it names."""
    doc = make_doc(text)
    orgs = extract_organizations(doc)
    people = extract_people(doc, organizations=orgs, countries=extract_countries(doc))
    return extract_quotes(doc, people=people, organizations=orgs)


def direct_quotes(text: str) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker.name if q.speaker else None) for q in quotes_of(text) if q.kind == "direct"]


SPEAKERS = [
    # someone unnamed speaking for a body, after a phrase or a clause set before the subject
    (
        "The ASEAN secretariat met. Speaking on Monday, a spokesperson for the ASEAN secretariat said: "
        "“We will act on the matter of the border soon.”",
        "ASEAN",
    ),
    (
        "The ASEAN secretariat met. Although the summit failed, a spokesperson for the ASEAN secretariat "
        "said: “We will act on the matter of the border soon.”",
        "ASEAN",
    ),
    # a clause set before the subject, which follows its comma
    (
        "Although the final word will come from Norland in the next few days, the Nigerien foreign "
        "ministry said: “We have received the notes of the four states.”",
        "Nigerien foreign ministry",
    ),
    # ... and a body named in full after a phrase the cue begins with, never one named before
    (
        "BRICS foreign ministers met in Kazan on Monday. The UAE sent its minister.\nWhile sharing the "
        "picture of leaders on X, the Russian Foreign Ministry stated, “Heads of delegations take part "
        "in the traditional photo ceremony.”",
        "Russian Foreign Ministry",
    ),
    # the quoted sentence going on past its closing mark, then the subject
    (
        "“The government decides to withdraw from all the bodies of the alliance” to fight terrorism, "
        "the Nigerien foreign ministry said.",
        "Nigerien foreign ministry",
    ),
    (
        "“We will cut the emissions of the country in half” by 2030, Minister Otto Brandt said.",
        "Otto Brandt",
    ),
    # a body the cue names with its owner, as written
    (
        "“We reject the claims in the strongest terms,” Chile's foreign ministry said.",
        "Chile's foreign ministry",
    ),
    (
        "“We reject the claims in the strongest terms,” the Nigerien foreign ministry said.",
        "Nigerien foreign ministry",
    ),
    # ("de" opening a word is no name particle: no "Latvia de" is named)
    (
        "“We will stand together from today on,” Latvia’s defence ministry said.",
        "Latvia’s defence ministry",
    ),
    # a name set off after a role with its own "for ..."
    (
        "“The assembly kept its zero tolerance of coups,” said its Commissioner for Political Affairs, "
        "Peace and Security, Bankole Adeyemi.",
        "Bankole Adeyemi",
    ),
    # a statement's issuer, after when it was issued
    (
        "“No member outside the region backs it,” said a statement issued today by deputy finance "
        "minister Alexei Morov.",
        "Alexei Morov",
    ),
    # ... or its portfolio, capitalised, with no comma before the name (not a country, nor the rest
    # of the portfolio)
    ("“We are ready,” said Minister of Foreign Affairs Jane Doe.", "Jane Doe"),
    ("“We are ready,” said Deputy Minister of Education Oleksiy Petrenko.", "Oleksiy Petrenko"),
    ("“We are ready,” said the Minister of Foreign Affairs of Sierra Leone.", None),
    ("“We are ready,” said the Minister of Local Government and Rural Development.", None),
    ("“We are ready,” said the Director of the Kwame Nkrumah Institute.", None),
    ("“We are ready,” said the President of the International Olympic Committee.", None),
    (
        "“The roads are ready,” said Chairperson of the African Union Commission Mahmoud Ali Youssouf.",
        "Mahmoud Ali Youssouf",
    ),
    ("“We are ready,” said Prime Minister of New Zealand Christopher Luxon.", "Christopher Luxon"),
    # ... or after a person described by common nouns
    ("“We must go on,” said the host ruler, Nicolas Mardo.", "Nicolas Mardo"),
    ("“We must go on,” said the veteran politician, Ana Lutu, at the summit.", "Ana Lutu"),
    # (not after a name: "of Human Rights Watch, West Africa" says where she works)
    ("“We must go on,” said Jane Doe of Human Rights Watch, West Africa.", "Jane Doe"),
    # (nor after a described person whose phrase names another: the accused, not the lawyer)
    ("“We must go on,” said the lawyer representing the accused, Joseph Kabila.", None),
    # a title of coordinated portfolios is no apposition to its first word, and "Ministry of
    # Mines" names a body, not a person called Mines
    (
        "Guinea has put forward a bid, according to a statement from its Ministry of Mines, Industry "
        "and Energy.\n“Our interests are fully aligned with those of the group,” Mines, Industry and "
        "Energy Minister Gabriel Mbaga Osa was quoted as saying.",
        "Gabriel Mbaga Osa",
    ),
    # "According to her": the pronoun's person
    (
        "Alliance spokeswoman Oana Lungu spoke on Monday. According to her, “the alliance is ready to "
        "defend every ally.”",
        "Oana Lungu",
    ),
    # dotted acronyms inside the subject: "U.N.", "H.E."
    ("“We are proud to be joining the group today,” Chile's U.N. Ambassador Rosa Vidal said.", "Rosa Vidal"),
    (
        "“We are proud to be joining the group today,” H.E. Jean-Luc Mbemba-Tati, the Minister of Mines, "
        "told reporters.",
        "Jean-Luc Mbemba-Tati",
    ),
    # party and state labels sit between the name and the verb
    ("“We will not back down on this,” Rep. Dana Mirel (D-Ohio) said Friday.", "Dana Mirel"),
    ("“The bill will pass next week,” Sen. Olaf Brandt, R-Tex., said Tuesday.", "Olaf Brandt"),
    ("“The bill will pass next week,” said Sen. Olaf Brandt (R-Tex.).", "Olaf Brandt"),
    # an outlet of several words owning the name after it: the one owned speaks
    (
        "“So far the talks are not going well,” said Gulf Radio’s Omar Haddad, reporting from Doha.",
        "Omar Haddad",
    ),
    # a body by its own name, every word capitalised, though the tool knows no such organization
    (
        "The Irish Defence Forces have 340 personnel there.\nIn a statement, the Irish Defence Forces "
        "said: “All Irish personnel are safe, and we can confirm it.”",
        "Irish Defence Forces",
    ),
    # a body by its noun and what it is of, owned by a country: that body, not the article's bloc
    (
        "ASEAN leaders met by video on Tuesday. The Philippines’ Department of Foreign Affairs said: "
        "“The crisis is like no other in the past.”",
        "Philippines’ Department of Foreign Affairs",
    ),
    (
        "ASEAN leaders met by video. “The crisis is like no other,” Thailand's Ministry of Public Health "
        "said.",
        "Thailand's Ministry of Public Health",
    ),
    (
        "ASEAN leaders met. “The crisis is like no other,” the Ministry of Public Health said.",
        "Ministry of Public Health",
    ),
    # a person named after a body's name and what it is of, or after its possessive
    (
        "“We will not accept this,” Head of the Office of the President Andriy Yermak said.",
        "Andriy Yermak",
    ),
    ("“We will not accept this,” the Ministry of Foreign Affairs' Maria Zakharova said.", "Maria Zakharova"),
    ("“We will not accept this,” the Police of Kenya Commissioner Douglas Kanja said.", "Douglas Kanja"),
    # a name that opens with a lower-case particle
    (
        "Egypt's President Abdel Fattah el-Sisi takes over as chair. President Paul Kagame thanked "
        "the delegates.\n"
        "“We are striving for peace, and we will deliver,” el-Sisi said.",
        "Abdel Fattah el-Sisi",
    ),
    # an outlet quoting someone described after the name, with another participle
    (
        "Agence France-Presse quoted Lolwah Al-Khater, the Qatari Foreign Ministry spokesperson, "
        "stressing that: “The report about the withdrawal is completely false.”",
        "Lolwah Al-Khater",
    ),
    # a role phrase of two offices, the first one's holder
    (
        "Deputy Prime Minister and Foreign Minister Don Prawat spoke on Monday.\n“One perspective is "
        "not enough,” said the deputy prime minister and foreign minister.",
        "Don Prawat",
    ),
    # the role a relative clause gives
    (
        "Omar Tall, who heads the ECOWAS Commission, spoke on Monday.\n“We will not accept this "
        "pressure at all,” the commission head said.",
        "Omar Tall",
    ),
    # a role nobody holds, owned by an organization: the person the sentences before are about
    (
        "Jens Stoltenberg said on Monday that the talks had been hard.\n“We will not accept this "
        "pressure at all,” NATO's secretary general said.",
        "Jens Stoltenberg",
    ),
    # a dash before an inverted verb
    ("“We will continue our dialogue with them” – said Foreign Minister Ann Kerr.", "Ann Kerr"),
    # a possessive makes the verb a noun: the one who boasted spoke
    (
        "When Nora Pell noted the loss, Sam Ruiz boasted, “That makes me a winner.”",
        "Sam Ruiz",
    ),
]


@pytest.mark.parametrize(("text", "speaker"), SPEAKERS)
def test_cue_speakers(text: str, speaker: str) -> None:
    got = direct_quotes(text)
    assert got and got[-1][1] == speaker


LESS_COMMON_VERBS = [
    "She conceded that “the bloc is facing a hard year.”",
    "“The bloc is facing a hard year,” conceded Odhiambo.",
    "Odhiambo countered: “The bloc is facing a hard year.”",
    "“The bloc is facing a hard year,” she assured reporters.",
    "She indicated that “the bloc is facing a hard year.”",
    "“The bloc is facing a hard year,” retorted Odhiambo.",
    "Odhiambo agreed: “The bloc is facing a hard year.”",
    "“Is the bloc facing a hard year?” Odhiambo queried.",
    "“Pay what you owe the bloc this year,” Odhiambo implored the ministers.",
    "“Pay what you owe the bloc this year,” Odhiambo begged.",
]


@pytest.mark.parametrize("sentence", LESS_COMMON_VERBS)
def test_less_common_speech_verbs_are_cues(sentence: str) -> None:
    # the verb itself names the speaker: the quote is hers for sure, not carried from before
    doc = make_doc(f"Foreign Minister Amina Odhiambo met the envoys. {sentence}")
    orgs = extract_organizations(doc)
    people = extract_people(doc, organizations=orgs, countries=extract_countries(doc))
    found = extract_quotes(doc, people=people, organizations=orgs)
    assert found and found[-1].resolved_by != "carried"
    assert [q.speaker.name for q in found if q.speaker] == ["Amina Odhiambo"]


def test_indicated_that_introduces_a_quote() -> None:
    text = "Foreign Minister Amina Odhiambo indicated that “the bloc is facing a hard year.”"
    assert direct_quotes(text) == [("the bloc is facing a hard year.", "Amina Odhiambo")]


def test_a_verb_of_keeping_is_no_cue() -> None:
    # "maintains" keeps something here: the quoted words are nobody's
    doc = make_doc("The members want to make sure that the alliance maintains “an edge” in the north.")
    orgs = extract_organizations(doc)
    people = extract_people(doc, organizations=orgs, countries=extract_countries(doc))
    found = extract_quotes(doc, people=people, organizations=orgs)
    assert [q.speaker for q in found] in ([], [None])


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # "it" stands for the body that opens a sentence before it, not the bloc named last
        (
            "The EU said it was disappointed by the vote. The African Union, which sent observers, "
            "welcomed the result. “This is a victory for democracy,” it said.",
            "African Union",
        ),
        (
            "NATO says it will boost its presence in the Baltic. The OSCE, meanwhile, called for "
            "restraint. “Dialogue must resume,” it said.",
            "OSCE",
        ),
        (
            "The IMF said Egypt had agreed to reforms backed by the EU. “Inflation remains too high,” it "
            "said.",
            "IMF",
        ),
        (
            "The ASEAN summit ended on Friday. Myanmar's foreign ministry rejected the statement.\n"
            "“The bloc has ignored our efforts,” it said.",
            "Myanmar's foreign ministry",
        ),
        (
            "The ECOWAS summit ended on Friday. The junta in Niamey rejected the decision.\n"
            "“This is a declaration of war,” it said in a statement.",
            "junta in Niamey",
        ),
        # an organization that opens a sentence as its subject ("ECOWAS rejected"), not as a
        # modifier ("ECOWAS leaders")
        (
            "Mali's army took the town. ECOWAS rejected the plan on Saturday.\n"
            "“We will not accept any delay,” it said.",
            "ECOWAS",
        ),
        (
            "The AU met on Friday. ECOWAS leaders flew in. Mali's junta rejected the plan.\n"
            "“We will not accept any delay,” it said.",
            "Mali's junta",
        ),
        # the body that spoke before, not one named since in a phrase of a preposition
        (
            "“We answered the request,” the Saudi government said. Under an agreement of the six-country "
            "Gulf Cooperation Council (GCC), “harm done to one member is harm done to all,” it said.",
            "Saudi government",
        ),
        # a capital speaks for its government, even with an organization named after it in a phrase
        (
            "“We deplore the decision,” stated the Rwandan government. In its statement, Kigali complained "
            "that it was stopped from taking over the rotating ECCAS presidency. “This has come to light "
            "once more,” the statement read.",
            "Rwanda",
        ),
        # ... but not one named after a phrase that opens a clause of its own
        (
            "In its statement, Abuja said it would not withdraw troops. Meanwhile at the summit ECOWAS "
            "leaders issued a statement on the transition. “The timetable stands,” the statement read.",
            "ECOWAS",
        ),
        (
            "In a statement, Khartoum said it rejected the plan. The plan was drawn up by IGAD, which said "
            "in a statement it would proceed. “The plan stands,” the statement said.",
            "IGAD",
        ),
        # ... but one named since as a subject, after a phrase of time or not
        (
            "“We answered the request,” ECOWAS said. Late on Friday the AU suspended Niger. “We will not "
            "accept coups,” it said.",
            "AU",
        ),
        (
            "“We answered the request,” the Saudi government said. The GCC condemned the attack. “Harm "
            "done to one member is harm done to all,” it said.",
            "GCC",
        ),
    ],
)
def test_it_is_the_body_that_was_the_subject_before(text: str, speaker: str) -> None:
    assert direct_quotes(text)[-1][1] == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a participle set off after the subject describes it; a place inside it speaks for nobody
        (
            "ASEAN ministers met on Friday.\n“We expressed our deep concern over the conflict,” the "
            "communique, released after the meeting in Kuala Lumpur, said.",
            "ASEAN",
        ),
        (
            "ASEAN ministers met on Friday.\n“We expressed our deep concern over the conflict,” the "
            "communique, released following the 58th ASEAN Foreign Ministers' Meeting in Kuala Lumpur, said.",
            "ASEAN",
        ),
        (
            "“We will stay,” Omar Touray, speaking to reporters at the end of the two-day summit of the "
            "bloc's leaders in the Nigerian capital, said.",
            "Omar Touray",
        ),
        # ... and before the quote: a country at the aside's end is no subject
        (
            "Foreign Minister Ana Ruiz arrived late. Ruiz, representing the bloc's second-largest "
            "economy after Brazil, said after the talks that “this type of meeting has value.”",
            "Ana Ruiz",
        ),
    ],
)
def test_a_subject_set_off_from_its_verb_by_a_participle(text: str, speaker: str) -> None:
    assert direct_quotes(text)[-1][1] == speaker


def test_a_demonym_in_the_cue_picks_the_holder_of_that_country() -> None:
    text = (
        "Kenyan Foreign Minister Amos Kirui met Ugandan Foreign Minister Ruth Opio on Monday.\n"
        "“We agreed on the border,” the Kenyan minister said."
    )
    assert direct_quotes(text) == [("We agreed on the border,", "Amos Kirui")]


def test_a_generic_office_of_a_country_is_its_one_person_named_with_no_role() -> None:
    # nobody is said to hold an office: the leader is the one person of that country
    text = (
        "Tanzania's Amina Juma said on Thursday that the bloc would act. Kenya's Otto Brandt agreed.\n"
        "“We agreed on the border,” the Tanzanian leader said."
    )
    assert direct_quotes(text) == [("We agreed on the border,", "Amina Juma")]


def test_a_country_in_brackets_after_a_name_is_the_persons() -> None:
    # "Name (Country)" is no acronym's definition; the country is the person's, so the generic
    # office of that country is the one named with it
    text = (
        "Czech President Jan Novy welcomed his counterparts – Marta Kovacs (Hungary) and Piotr Nowak "
        "(Poland) – to Prague. Ms Kovacs spoke first.\n"
        "In a post on Facebook, the Hungarian President recalled that the leaders „all agree that "
        "we must act together”."
    )
    assert extract_organizations(make_doc(text)) == ()
    assert (
        extract_organizations(make_doc("Piet Olsen welcomed Lena Kovacs (Hungary) and Anna Nemeth (Poland)."))
        == ()
    )
    doc = make_doc(text)
    orgs = extract_organizations(doc)
    people = extract_people(doc, organizations=orgs, countries=extract_countries(doc))
    assert {p.name: p.affiliation for p in people}["Marta Kovacs"] == "Hungary"
    found = extract_quotes(doc, people=people, organizations=orgs)
    assert [(q.text, q.speaker.name if q.speaker else None) for q in found] == [
        ("all agree that we must act together", "Marta Kovacs")
    ]


def test_a_pronoun_stands_for_the_subject_after_a_place_that_ends_a_sentence() -> None:
    # "in Moscow." ends the sentence before: it puts the next sentence's subject in no phrase
    text = (
        "Prime Minister Aram Sarkisov met President Oleg Volkov in Moscow. Sarkisov told Volkov that "
        "Yerevan had questions.\n“We expected more from our allies,” he said."
    )
    assert direct_quotes(text) == [("We expected more from our allies,", "Aram Sarkisov")]


def test_a_ruler_named_after_the_cue_is_the_one_a_pronoun_stands_for_next() -> None:
    # "the host ruler" is a role: the name after it is a person's, the last to speak
    text = (
        "“Unity is essential now,” wrote former minister Pedro Ruiz, now secretary general of the bloc.\n"
        "“We must advance towards integration,” said the host ruler, Tomas Vargas.\n"
        "“Secondly, we must approve the plan,” he added."
    )
    assert [speaker for _, speaker in direct_quotes(text)] == ["Pedro Ruiz", "Tomas Vargas", "Tomas Vargas"]


def test_a_name_a_country_owns_after_a_preposition_is_no_subject() -> None:
    # "with Kenya's X": inside the phrase, as "with X" is; the pronoun is the subject after it
    text = (
        "Peter Odhiambo said on Sunday that he would attend.\nIn talks with Kenya’s Peter Odhiambo, "
        "President Tom Mbeki pressed for a trade deal. “We agreed on the main points,” he said."
    )
    assert direct_quotes(text) == [("We agreed on the main points,", "Tom Mbeki")]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # someone acting for a person speaks, unnamed: never the client or the principal
        (
            "Marta Ibarra was charged on Friday. “The charges are political,” lawyers for Marta Ibarra said.",
            None,
        ),
        ("“The count was fair,” the spokeswoman for Joseph Mwangi said on Sunday.", None),
        ("“He will not resign,” an aide to Governor Lucas Ferri told reporters.", None),
        # ... unless the cue or the article names them
        ("“We will appeal,” Ana Soto, the lawyer for Marta Ibarra, said.", "Ana Soto"),
        ("“We will appeal,” the lawyer for Marta Ibarra, Ana Soto, said.", "Ana Soto"),
        (
            "Ana Soto, a lawyer, represents Marta Ibarra in the case. “We will appeal,” the lawyer for "
            "Ibarra said.",
            "Ana Soto",
        ),
        (
            "Council spokesman Piet Vos spoke in Brussels. “We disagree,” the spokesman for the "
            "Council said.",
            "Piet Vos",
        ),
        # a name after the principal, with no determiner before the agent, is the agent's own
        ("“No side can win,” Special Envoy for Sudan Oskar Lind said.", "Oskar Lind"),
        ("“The talks resume,” Spokesperson for the Lunar Commission Ada Njoki said.", "Ada Njoki"),
        (
            "Marta Ibarra was jailed. “We will appeal,” lawyer for the Ibarra family Ana Soto said.",
            "Ana Soto",
        ),
        # ... while after one, a role and a name in the principal are the principal's
        (
            "Moses Kilonzo, spokesman for President Jonah Tembo, spoke first. “The president will travel,” "
            "the spokesman for President Jonah Tembo said.",
            None,
        ),
        # a body speaks through those who act for it
        ("ECOWAS met in Abuja. “The vote must go ahead,” representatives of ECOWAS said.", "ECOWAS"),
        # one said to act for someone else is not the agent of this principal
        (
            "Lunar Palace spokesman Ivo Marek spoke on Monday. President Sara Holm was in Tallinn. "
            "“There will be no truce,” the spokesman for Holm said.",
            None,
        ),
        (
            "Prosecution lawyer Paul Kimani called three witnesses against Marta Ibarra. “Our client is "
            "innocent,” the lawyer for Ibarra said.",
            None,
        ),
    ],
)
def test_someone_acting_for_another_is_not_that_other(text: str, speaker: str | None) -> None:
    assert [who for _, who in direct_quotes(text)] == [speaker]


@pytest.mark.parametrize(
    "text",
    [
        "“We are ready,” Ruto was quoted by the Nation as saying.",
        "“We are ready,” Ruto was cited by Reuters as saying.",
        "“We are ready,” the Nation quoted Ruto as saying.",
    ],
)
def test_the_one_quoted_speaks_in_either_voice(text: str) -> None:
    assert direct_quotes(text) == [("We are ready,", "Ruto")]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a document's issuer comes with it after an inverted verb
        ("“We condemn the coup,” said a statement from the ECOWAS Commission on Friday.", "ECOWAS"),
        ("“We will leave the forum,” said a letter from Kiribati to the forum secretariat.", "Kiribati"),
        # ... never whom it is sent to, nor a name in an aside after the issuer
        (
            "Human Rights Watch wrote to Minister Njeri Otieno. A letter from Human Rights Watch to "
            "Otieno, sent on Friday, said: “The arrests must stop now.”",
            "Human Rights Watch",
        ),
        (
            "Opposition leader Tom Achieng was detained. “Your detention is unlawful,” a letter from "
            "Human Rights Watch to Achieng said.",
            "Human Rights Watch",
        ),
        (
            "Minister Njeri Otieno got a letter. A letter from the Lunar Rights Council to Otieno, dated "
            "Friday, said: “The arrests must stop.”",
            "Lunar Rights Council",
        ),
        # ... but a name after "to" in the issuer's title is the issuer's own
        ("“We welcome the truce,” a statement from Ambassador to Kenya Ruth Aloo said.", "Ruth Aloo"),
        # ... and an aside naming the issuer, or a list of issuers, stays whole
        (
            "“We will review the findings,” a statement from the firm's chief executive, Jane Wambui, said.",
            "Jane Wambui",
        ),
        # a generic noun stands for the one whose name says what it is
        ("NATO and the EU met in Brussels. “We condemn the attack,” the alliance said.", "NATO"),
        # a joint document is the parties', not that of the one who made it public
        (
            "Ministers of the Andean Community met in Lima. “We agreed on a roadmap,” said the joint "
            "statement released by Peru's foreign ministry.",
            "Andean Community",
        ),
        (
            "Ministers of the Andean Community met in Lima. “We agreed on a roadmap,” the joint "
            "declaration, published by the Peruvian Foreign Ministry, said.",
            "Andean Community",
        ),
        # ... even when the one who released it is the body named most
        (
            "The grouping, Lunar Security Conclave, issued a declaration. India was represented, the "
            "Ministry of External Affairs (MEA) said. The MEA added more. “We agreed on a roadmap,” said "
            "the joint statement released by the MEA.",
            "Lunar Security Conclave",
        ),
        # ... while a statement released by one body alone is that body's
        (
            "Ministers of the Andean Community met in Lima. “We agreed on a roadmap,” said a statement "
            "released by the Peruvian Foreign Ministry.",
            "Peruvian Foreign Ministry",
        ),
        # "declaration" is a document like "statement"
        (
            "The Andean Community met in Lima. “We agreed on a roadmap,” the declaration said.",
            "Andean Community",
        ),
        # the verb first, opening the sentence
        (
            "The Andean Community met in Lima.\nReads the communiqué: “We agreed on a roadmap for the "
            "region.”",
            "Andean Community",
        ),
        (
            "The Andean Community met in Lima. Reads the communiqué in part: “We agreed on a roadmap.”",
            "Andean Community",
        ),
        # a named document's place is where it was adopted, not who issued it
        (
            "The Andean Community (CAN) summit closed in Lima on Friday. “The heads of state adopt this "
            "roadmap,” the Lima Declaration said.",
            "Andean Community",
        ),
        (
            "The ECOWAS summit closed in Abuja on Friday. “We adopt this roadmap,” the ECOWAS Communique "
            "said.",
            "ECOWAS",
        ),
        # ... but a named document with no issuer the article names is the place's
        ("The Vatican hosted the talks. “Peace is possible,” the Vatican Statement said.", "Vatican"),
        # a document named with its issuer and a word or two more ("the final SADC communique")
        (
            "The ECOWAS summit opened in Abuja. The AU chairman spoke. “We condemn the coup,” read the final "
            "ECOWAS communique.",
            "ECOWAS",
        ),
        (
            "The ECOWAS summit opened in Abuja. “We condemn the coup,” the final ECOWAS summit communique "
            "read.",
            "ECOWAS",
        ),
        # someone's office speaks for itself, under its name
        (
            "Prime Minister Anna Vale met the envoy. “The troops will leave on Thursday,” Vale’s press "
            "office said.",
            "Anna Vale's press office",
        ),
        (
            "Prime Minister Anna Vale arrived in Lima. “The prime minister met the king,” the prime "
            "minister's office said.",
            "Anna Vale's office",
        ),
        # a letter read with its verb first is its writer's, not its addressee's
        (
            "Opposition leader Ana Lima wrote to the AU chairperson on Monday. Reads the letter: “We "
            "will not take part in the vote.”",
            "Ana Lima",
        ),
        # a ministry's document is that ministry's, as the ministry itself would be, or that of
        # the one the article says released it
        (
            "Health Minister Ummy Wanjiru released a statement on Thursday. “There is no cause for "
            "alarm,” the ministry statement said.",
            "Ummy Wanjiru",
        ),
        (
            "Bolivia rejoined the Andean Community on Monday. Its president wants to mend Bolivia's "
            "image. “Bolivia is ready to play its part,” a foreign ministry statement said.",
            "Bolivia's foreign ministry",
        ),
    ],
)
def test_documents_and_generic_nouns(text: str, speaker: str) -> None:
    assert direct_quotes(text)[-1][1] == speaker


@pytest.mark.parametrize(
    "text",
    [
        # several states issue a joint statement: no one of them speaks it
        "“The region must stay calm,” a joint statement from Kenya, Uganda and Tanzania said.",
        # ... nor that of someone who holds no office of a government
        "Opposition leader Ana Lima rejected the government's statement on Monday. “The opposition is "
        "spreading falsehoods,” a foreign ministry statement said.",
        # a ministry's document is never an organization's, even the one named before
        "The Andean Community met in Lima. “We are ready,” a foreign ministry statement said.",
        # a joint document is no one party's, nor is a person's the organization's named before
        "“We will work together on migration,” read the joint EU-AU statement.",
        "The ECOWAS summit opened in Abuja. “We condemn the coup,” the Nigerian president's statement read.",
    ],
)
def test_a_document_names_no_speaker_it_is_not_from(text: str) -> None:
    assert direct_quotes(text)[-1][1] is None


@pytest.mark.parametrize(
    "text",
    [
        "The leaders discussed the North American Free Trade Agreement (NAFTA) on Monday. “We will "
        "renegotiate the terms,” it said.",
        "Croatia joined the Schengen Area in January. “Border checks are over,” it said.",
    ],
)
def test_an_agreement_or_an_area_never_speaks(text: str) -> None:
    assert direct_quotes(text)[-1][1] is None


def test_possessive_noun_is_not_a_cue() -> None:
    text = "Sam Ruiz took Nora Pell's remark as praise -- “We paid what we owed, every cent of it.”"
    got = direct_quotes(text)
    assert got and got[0][1] != "Nora Pell"


WOVEN = [
    # a lowercase fragment continuing the narrator's sentence is partial
    ("Dora Vick said the plan was “a total failure from the very first day.”", []),
    ("Critics say Vick is “unfit to hold any office in this state,” Ray Olm said.", []),
    # a speech verb right before the mark lets a lowercase clause stand
    (
        "Dora Vick said, “we are working toward a deal with them.”",
        [("we are working toward a deal with them.", "Dora Vick")],
    ),
    (
        "Dora Vick repeated that “action on the budget is the price of trust.”",
        [("action on the budget is the price of trust.", "Dora Vick")],
    ),
    # ... and so does its "that" a few words after it (whom, where, when)
    (
        "Dora Vick told reporters in Geneva that “we are working toward a deal with them.”",
        [("we are working toward a deal with them.", "Dora Vick")],
    ),
    # ... but not a "that" without a speech verb before it
    ("Dora Vick drove for hours to the one town that “never sleeps, not even at night.”", []),
    # a woven quote that runs on into a sentence of its own is direct; one that ends with its
    # fragment stays partial
    (
        "Dora Vick said the court “is no longer a fair court. And this was plain in its last ruling.”",
        [("is no longer a fair court. And this was plain in its last ruling.", "Dora Vick")],
    ),
    (
        "Dora Vick said support came from “towns like Ilford and Leeds; they are the ones left out.”",
        [("towns like Ilford and Leeds; they are the ones left out.", "Dora Vick")],
    ),
    ("Dora Vick said the court “is no longer a fair court, not even a real one.”", []),
    # uppercase quotes after narrator words are untouched
    (
        "Dora Vick told the crowd “We will win this race in November.”",
        [("We will win this race in November.", "Dora Vick")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), WOVEN)
def test_woven_fragments(text: str, expected: list) -> None:
    assert direct_quotes(text) == expected


def test_decade_apostrophe_is_not_a_mark() -> None:
    text = "In the early '80s, Ann Mole worked at a firm. She said she liked it then."
    assert direct_quotes(text) == []
    text = "Back in '16 he ran. “We will run again this year,” said Ann Mole."
    assert direct_quotes(text) == [("We will run again this year,", "Ann Mole")]


def test_transcript_turn_continues_over_paragraphs() -> None:
    text = (
        '"HOST: Do you think the two of them are equal, sir?\n'
        '"GUEST: Well, look, the answer is no, they are not.\n'
        '"But the real point is that our side has a better plan for the voters.\n'
        "Later that day the two went home."
    )
    assert direct_quotes(text) == []


def test_unclosed_paragraph_without_transcript_is_still_a_quote() -> None:
    text = 'Ann Mole spoke at length.\n"We have a better plan for the voters than they do.\nShe left.'
    assert [q for q, _ in direct_quotes(text)] == ["We have a better plan for the voters than they do."]


def test_byline_is_not_a_quote() -> None:
    assert direct_quotes('The debate ended late.\n"Follow Ann Mole on Twitter @annmole."') == []


def test_double_mark_after_quoted_last_words_closes() -> None:
    text = "\"I never liked the phrase 'open doors,' \" Ann Mole told the group. She left early."
    assert direct_quotes(text) == [("I never liked the phrase 'open doors,' ", "Ann Mole")]


# (#8) speakers need evidence, and the formats of roundups and transcripts
SPEAKER_FORMATS = [
    # a roundup: the line after the quote signs it
    (
        "Mayor Ed Voss spoke.\n“The plan is a disaster for the workers here.”\n— Hal Kurtz, Fox News",
        [("The plan is a disaster for the workers here.", "Hal Kurtz")],
    ),
    (
        "Mayor Ed Voss spoke.\n“It is a good plan for all of the workers.”\n-- Jane Mayer, The New Yorker",
        [("It is a good plan for all of the workers.", "Jane Mayer")],
    ),
    # transcript turns: the label speaks its own quoted turn; "Q" is nobody known; no carrying
    (
        "Hillary Clinton said the debate went well.\nCLINTON: “We will never give up on our children.”",
        [("We will never give up on our children.", "Hillary Clinton")],
    ),
    (
        "Ida Moe said “we are ready to sign the deal today.”\nQ: “Will you sign the deal on Monday then?”",
        [
            ("we are ready to sign the deal today.", "Ida Moe"),
            ("Will you sign the deal on Monday then?", None),
        ],
    ),
    # capitalised sentence openers and events are never speakers: speaker uncertain
    (
        "Praising Wall, the senator said: “We are proud of the work done here.”",
        [("We are proud of the work done here.", None)],
    ),
    (
        "“The economy is doing very well,” Goldman Sachs Symposium said.",
        [("The economy is doing very well,", None)],
    ),
    (
        "Unlike Obama, Kaine said “the plan will work for everyone.”",
        [("the plan will work for everyone.", "Kaine")],
    ),
    (
        "Channing Tatum said “the film will open in May next year.”",
        [("the film will open in May next year.", "Channing Tatum")],
    ),
]


SPEAKER_FORMATS += [
    # a participle after a comma has the sentence's subject; "the state of" is a noun
    (
        "Former minister Ada Reyes, who chairs the panel, gave an account of the state of the region, "
        "recalling the 1990s by stating: “We have seen these coups before and we will again.”",
        [("We have seen these coups before and we will again.", "Ada Reyes")],
    ),
    # "it said": the body named last, not a name inside the quote
    (
        "NATO met on Monday.\nThe news came from Norway’s Foreign Ministry.\n"
        "“The government welcomes the entry into NATO of our neighbour,” it said.",
        [("The government welcomes the entry into NATO of our neighbour,", "Norway’s Foreign Ministry")],
    ),
]


SPEAKER_FORMATS += [
    # an opening phrase before the subject of a participle cue
    (
        "During a speech on Monday, Tom Ruiz attacked the plan, saying, “It is reckless and very unstable.”",
        [("It is reckless and very unstable.", "Tom Ruiz")],
    ),
    # a title read without its dot is no name: "Lt. Gen. Ann Holt"
    (
        "Retired Lt. Gen. Ann Holt said: “The army has been reduced to rubble this year.”",
        [("The army has been reduced to rubble this year.", "Ann Holt")],
    ),
]


SPEAKER_FORMATS += [
    # a quote set off by dashes right after a name is that person's
    (
        "Many agreed, including the governor Ada Reyes -- “It is disqualifying for a nominee to hide this” "
        "-- and others.",
        [("It is disqualifying for a nominee to hide this", "Ada Reyes")],
    ),
    (
        "He flew in from Washington -- “We are going to win this state easily” -- and left.",
        [("We are going to win this state easily", None)],
    ),
]


SPEAKER_FORMATS += [
    # "the statement said" with no statement mentioned before: the organization named last
    (
        "The SADC Secretariat said the summit had ended.\n"
        "“The summit considered the situation in the kingdom as a crisis,” the statement said.",
        [("The summit considered the situation in the kingdom as a crisis,", "SADC")],
    ),
    # "continues to consider ... as “...”" is no cue: the speaker is the one who said it
    (
        "Ambassador Lena Okafor said her country regrets that the Security Council continues to "
        "consider the dispute as “a threat to peace.”\n“We remain open to talks with every partner.”",
        [("We remain open to talks with every partner.", "Lena Okafor")],
    ),
]


SPEAKER_FORMATS += [
    # the person an appositive describes, not the body inside it
    (
        "“We will not accept this outcome at all,” Tom Reed, deputy Africa director for Human "
        "Rights Watch, said.",
        [("We will not accept this outcome at all,", "Tom Reed")],
    ),
    # two people in coordination: the first speaks; a name after "of ..., " only after a role
    (
        "“We will not accept this outcome at all,” said President William Rono and Prime Minister "
        "Abiy Kebede.",
        [("We will not accept this outcome at all,", "William Rono")],
    ),
    (
        "“We will not accept this outcome at all,” said Jane Doe of Human Rights Watch, West Africa.",
        [("We will not accept this outcome at all,", "Jane Doe")],
    ),
    # a nationality in the plural is no body
    (
        "“We will not accept this outcome at all,” the Americans said.",
        [("We will not accept this outcome at all,", None)],
    ),
    # titles in coordination before the name
    (
        "“We will not accept this outcome at all,” said Chinese State Councilor and Foreign Minister "
        "Li Wen, who hosted the talks.",
        [("We will not accept this outcome at all,", "Li Wen")],
    ),
    # a title of a few words before the name
    (
        "“We will not accept this outcome at all,” said Chinese State Councilor Li Wen.",
        [("We will not accept this outcome at all,", "Li Wen")],
    ),
    # a lone word after "the" is a body or a place: no person, and "he" is the minister
    (
        "Oman will leave the club next month, the Gulf state's new energy minister, Omar al Fassi, "
        'announced on Monday. He added, "Oman has worked hard for years on this plan for growth".',
        [("Oman has worked hard for years on this plan for growth", "Omar al Fassi")],
    ),
    (
        "“We will not accept this outcome at all,” the Kremlin said.",
        [("We will not accept this outcome at all,", "Kremlin")],
    ),
]


SPEAKER_FORMATS += [
    # a pronoun stands for a sentence's subject, not a name after a preposition ...
    (
        "In his meeting with Secretary-General Dan Kowal on Monday, Tom Reyes said, “The force is "
        "ready for its first task.”\n“We will prepare the documents this week,” he said.",
        [
            ("The force is ready for its first task.", "Tom Reyes"),
            ("We will prepare the documents this week,", "Tom Reyes"),
        ],
    ),
    # ... nor for the object of a sentence whose subject is the same pronoun
    (
        "Envoy Tom Reyes flew to the capital on Monday.\nHe did meet army chief Dan Kowal, whom he "
        "said he had pressed to talk.\n“All parties are not yet ready for talks,” he said.",
        [("All parties are not yet ready for talks,", "Tom Reyes")],
    ),
]


SPEAKER_FORMATS += [
    # the statement of the body that issued it, not a place in the words it reports ...
    (
        "In a statement, UNIFIL said peacekeepers were 'confronted near Tal al-Hawa, in the south'.\n"
        "'The group attempted to block the patrol with stones and sticks,' the statement read.",
        [("The group attempted to block the patrol with stones and sticks,", "UNIFIL")],
    ),
    # ... unless a role is its subject before the body is named
    (
        "In a statement on Tuesday, the President Amos Kiprono welcomed the UN Security Council's vote.\n"
        "“We shall not fail the people of the island,” the statement read.",
        [("We shall not fail the people of the island,", "Amos Kiprono")],
    ),
]


SPEAKER_FORMATS += [
    # a name the speaker says inside the quote is no antecedent of the pronoun after it
    (
        "Opening the summit, Elias Moyo, the bloc's executive secretary, praised the host.\n"
        "“We thank His Excellency Joao Lourenco, President of Angola, for his tireless work,” he said.",
        [
            (
                "We thank His Excellency Joao Lourenco, President of Angola, for his tireless work,",
                "Elias Moyo",
            )
        ],
    ),
    # "the Kremlin said" after another organization: the Kremlin, by its own name
    (
        "OPEC ministers met in Vienna.\n"
        "“The two leaders discussed the oil market at length,” the Kremlin said.",
        [("The two leaders discussed the oil market at length,", "Kremlin")],
    ),
]


SPEAKER_FORMATS += [
    # a subject set off from its verb by a relative clause or an apposition too long to be its own
    (
        "Leaders of the Andean bloc met in Lima on Friday.\n"
        '"We need a new customs code before the end of the year," Chilean President Marta Ruiz '
        "Delgado, whose country holds the rotating presidency, told a closing news conference.",
        [("We need a new customs code before the end of the year,", "Marta Ruiz Delgado")],
    ),
    (
        "Leaders of the Andean bloc met in Lima on Friday.\n"
        '"We have received a formal letter from Bolivia," Pedro Almagro, a spokesman for the '
        "bloc's secretariat based in Lima, told Reuters.",
        [("We have received a formal letter from Bolivia,", "Pedro Almagro")],
    ),
    # ... by two asides, or by one after "of" and what the subject is of
    (
        '"The delay is costly," Ana Ferreira of the River Basin Fishers Association, one of six groups '
        "at the talks, told reporters.",
        [("The delay is costly,", "Ana Ferreira")],
    ),
    (
        '"The delay is costly," Ana Ferreira, a fisher from Recife, one of six delegates at the talks, '
        "told reporters.",
        [("The delay is costly,", "Ana Ferreira")],
    ),
    # an inverted cue whose subject is followed by "following", "amid", "ahead of", ...
    (
        "General Ramon Sotelo, the army chief, received the delegation.\n"
        '"The talks were useful and frank," affirmed Peruvian Foreign Minister Tomas Icaza '
        "following discussions with General Ramon Sotelo.",
        [("The talks were useful and frank,", "Tomas Icaza")],
    ),
    # "part of the statement read" / "reads a statement in part": the document's issuer speaks
    (
        "The secretariat of the Andean bloc issued a statement on Monday.\n"
        "Minister Tomas Icaza had asked for a reply within a week.\n"
        '"The secretariat is yet to receive any formal notice from the two governments," part of '
        "the statement read.",
        [("The secretariat is yet to receive any formal notice from the two governments,", None)],
    ),
    # ... named with its owner
    (
        "The Lunarian Foreign Ministry welcomed the vote on Friday.\n"
        "“Our country will defend the principles of the group,” the ministry’s statement read.",
        [("Our country will defend the principles of the group,", "Lunarian Foreign Ministry")],
    ),
    # a cue closing the paragraph before with a comma introduces the quotation that opens the next
    (
        "The forum’s chairman, Sione Taufa, opened the meeting.\nBut the chairman added,\n"
        "“The meeting also decided that a territory can be invited to join.”",
        [("The meeting also decided that a territory can be invited to join.", "Sione Taufa")],
    ),
]


SPEAKER_FORMATS += [
    # a pronoun opening a sentence inside the last quote is the speaker's: "he added" still
    # stands for the one who said it, not for a man the quote or the narrative named before
    (
        "At a press conference, Stoltenberg asserted that the accession shows Mr. Vladimir Putin "
        "“failed” in his strategy.\n"
        "“When President Putin launched his invasion two years ago, he wanted less NATO. He wanted "
        "to destroy Ukraine as a sovereign state, but he failed,” Stoltenberg said.\n"
        "“NATO is bigger and stronger,” he added.",
        [
            (
                "When President Putin launched his invasion two years ago, he wanted less NATO. He "
                "wanted to destroy Ukraine as a sovereign state, but he failed,",
                "Stoltenberg",
            ),
            ("NATO is bigger and stronger,", "Stoltenberg"),
        ],
    ),
]


SPEAKER_FORMATS += [
    # "he said" goes on standing for the one an earlier "he said" resolved to when the sentences
    # between name others only as objects ("He did meet X", "to meet Ana Lopez")
    (
        "The foreign minister of the bloc's chair, Tomas Icaza, returned from the capital on Friday.\n"
        "“We were sorry that we could not meet everyone,” he said, noting that his request to meet "
        "opposition leader Ana Lopez had failed and he hoped to meet with her later.\n"
        "He did meet army chief Ramon Sotelo, whom he said he had pressed to carry out the plan.\n"
        "“All parties are not yet ready for talks,” he said.",
        [
            ("We were sorry that we could not meet everyone,", "Tomas Icaza"),
            ("All parties are not yet ready for talks,", "Tomas Icaza"),
        ],
    ),
]


SPEAKER_FORMATS += [
    # "He also welcomed ..., saying “...”": an adverb between the pronoun and its verb
    (
        "For his part, Secretary General of the Arab league, Hamad Abul Fadl, urged calm.\n"
        "He also welcomed the presence of President Karim al-Rashed at the summit, saying “It is "
        "an opportunity to address the crisis politically.”",
        [("It is an opportunity to address the crisis politically.", "Hamad Abul Fadl")],
    ),
    # "one diplomat ... said": someone unnamed, not the last person with a like role
    (
        "US ambassador Ivo Dahl spoke first.\n"
        '"Everyone will have to give something up," one diplomat from the southern group said.',
        [("Everyone will have to give something up,", None)],
    ),
]


SPEAKER_FORMATS += [
    # a role with a qualifier ("of Bahrain", "Saudi") is the one of the people with that role
    # whose role or country holds it, not the nearest; a name of five words besides particles
    (
        "Bahrain’s King Hamad bin Isa bin Salman Al Khalifa opened the meeting, receiving the "
        "presidency from Saudi Crown Prince Mohammed bin Salman, who stood in for King Salman bin "
        "Abdulaziz Al Saud.\n"
        "In his speech, the King of Bahrain said: “The summit is held amid complex circumstances.”\n"
        "In his speech, the Saudi crown prince said: “We call on the world to support the truce.”",
        [
            ("The summit is held amid complex circumstances.", "Hamad bin Isa bin Salman Al Khalifa"),
            ("We call on the world to support the truce.", "Mohammed bin Salman"),
        ],
    ),
]


SPEAKER_FORMATS += [
    # a bare role after its holder spoke goes on with that holder, though another king was
    # named since ("who stood in for King ..."); "posted" is a speech verb
    (
        "Bahrain’s King Hamad bin Isa Al Khalifa opened the meeting, receiving the presidency from "
        "Prince Faisal Al Saud, who stood in for King Salman bin Abdulaziz Al Saud.\n"
        "In his speech, the King of Bahrain said: “The summit is held amid complex circumstances.”\n"
        "The King continued: “We need a common position.”\n"
        "“Together, we will secure our region,” President Amos Moyo posted on X.",
        [
            ("The summit is held amid complex circumstances.", "Hamad bin Isa Al Khalifa"),
            ("We need a common position.", "Hamad bin Isa Al Khalifa"),
            ("Together, we will secure our region,", "Amos Moyo"),
        ],
    ),
]


SPEAKER_FORMATS += [
    # a statement "from" a body speaks for it; "the mission" is the mission named before, not the
    # United Nations named after it; "it added" goes on with the body whose statement was quoted
    (
        "The United Nations Mission in South Sudan (UNMISS) reported new clashes, in which a United "
        "Nations contractor was hurt.\n"
        "A statement from the mission on Friday said two patrols had been stopped.\n"
        "“Our patrols will continue across the county,” the statement read. “We call for calm.”\n"
        "“The mission will not be deterred,” it added.",
        [
            (
                "Our patrols will continue across the county,",
                "United Nations Mission in South Sudan (UNMISS)",
            ),
            ("We call for calm.", "United Nations Mission in South Sudan (UNMISS)"),
            ("The mission will not be deterred,", "United Nations Mission in South Sudan (UNMISS)"),
        ],
    ),
    # the alliance is the organization of states, not the mission named last
    (
        "NATO foreign ministers met as the Multinational Force and Observers (MFO) reported calm in Sinai.\n"
        "“Our support for the region is unwavering,” the alliance said.",
        [("Our support for the region is unwavering,", "NATO")],
    ),
]


SPEAKER_FORMATS += [
    # "the message stated": a document is issued by whoever a cue in the sentence naming it gave
    # the words to, not by a country a later "According to the communiqué" sentence names
    (
        "“The leaders adopted the plan for the force,” the Ghanaian presidency said in a communique.\n"
        "According to the communiqué, the force will deploy to Liberia.\n"
        "“We are ready,” said Gen. Kofi Mensah.\n"
        "“All parties should respect the truce,” the message stated.",
        [
            ("The leaders adopted the plan for the force,", "Ghanaian presidency"),
            ("We are ready,", "Kofi Mensah"),
            ("All parties should respect the truce,", "Ghanaian presidency"),
        ],
    ),
    # a letter speaks for who sent it, not for whoever it is sent to
    (
        "The Cocoa Growers Association (CGA) sent a letter to the OECD on Monday.\n"
        "“We ask for a fair hearing of our case,” the letter reads.",
        [("We ask for a fair hearing of our case,", "Cocoa Growers Association (CGA)")],
    ),
    (
        "The farmers sent a letter to the OECD on Monday.\n"
        "“We ask for a fair hearing of our case,” the letter reads.",
        [("We ask for a fair hearing of our case,", None)],
    ),
]


SPEAKER_FORMATS += [
    # "they said in a statement": the organization whose members or leaders the text spoke of
    # as a group last (not the European Union named after it, nor a plain "they said")
    (
        "The members of the G20 (Brazil, India and Japan), plus the European Union, met in Rome.\n"
        "The leaders called for calm in the region.\n"
        "“We call on all sides to stop the fighting,” they said in a statement.",
        [("We call on all sides to stop the fighting,", "G20")],
    ),
    (
        "The Mekong River Commission (MRC) met in Vientiane, and its member countries agreed a plan.\n"
        "“Water security is of crucial importance,” they said in a joint statement.",
        [("Water security is of crucial importance,", "Mekong River Commission (MRC)")],
    ),
    (
        "The members of the G20 met in Rome.\nThe protesters marched to the venue.\n"
        "“We want a fair deal now,” they said.",
        [("We want a fair deal now,", None)],
    ),
]


SPEAKER_FORMATS += [
    # an aside between an inverted verb and its subject; a name with particles after the role
    (
        "“We agreed that the truce must hold”, commented, in turn, the head of the commission, "
        "Anna van der Berg.",
        [("We agreed that the truce must hold", "Anna van der Berg")],
    ),
    # "a Peruvian diplomat" is nobody named (a demonym is no body); "a UNIFIL spokesman" is the body
    (
        "“The bloc can no longer work,” said a Peruvian diplomat who asked not to be named.\n"
        "“We will go on patrolling,” said a UNIFIL spokesman.",
        [("The bloc can no longer work,", None), ("We will go on patrolling,", "UNIFIL")],
    ),
]


SPEAKER_FORMATS += [
    # a name set off by a comma after a role ("said its chairman, X"); the pronoun after is X
    (
        "The council met on Friday.\n“The sanctions stay in place,” said its chairman, Idris Bello.\n"
        "“We will review them in June,” he told reporters.",
        [("The sanctions stay in place,", "Idris Bello"), ("We will review them in June,", "Idris Bello")],
    ),
    # ... and after a role whose portfolio is a list: the name is a person the pronoun stands for
    (
        "The summit closed.\n“Coups will not be tolerated,” said the Minister for Defence, Justice and "
        "Security, Amara Conteh.\n“The region deserves better,” he added at a news conference.",
        [("Coups will not be tolerated,", "Amara Conteh"), ("The region deserves better,", "Amara Conteh")],
    ),
    # a speech verb coordinated with the verb of a clause: that clause's subject speaks
    (
        "Omar Haddad greeted the delegates, and told them: “This union was a good idea from the start.”",
        [("This union was a good idea from the start.", "Omar Haddad")],
    ),
    (
        "The union met in Baku.\nThe presidency said that, opening the session, Chair Omar Haddad thanked "
        "the hosts and said: “This union was a good idea from the start.”",
        [("This union was a good idea from the start.", "Omar Haddad")],
    ),
    # a participle between two quotes of a sentence: the sentence's subject says the second
    (
        "Estonia’s defence ministry welcomed “our new allies,” saying “we stand together from today on”.",
        [("we stand together from today on", "Estonia’s defence ministry")],
    ),
    # a person introduced by a profession is the "he" of the next quote, not an earlier speaker
    (
        "“We welcome the new members,” Chair Ines Duarte said.\n"
        "Ghanaian historian Kojo Mensah expected the move to be popular at home.\n"
        "“People want new partners,” he told the radio.",
        [("We welcome the new members,", "Ines Duarte"), ("People want new partners,", "Kojo Mensah")],
    ),
]


SPEAKER_FORMATS += [
    # a relative clause between the subject and its verb
    (
        "Ruth Okafor, who chairs the commission, said: “No coup will stand in this region.”",
        [("No coup will stand in this region.", "Ruth Okafor")],
    ),
    # a short sentence on its subject's manner introduces the quote with a colon
    (
        "Envoy Tom Bale met Chair Ruth Okafor after the vote.\n"
        "The chair was blunt: “No coup will stand here.”",
        [("No coup will stand here.", "Ruth Okafor")],
    ),
    # a name with an age or a home town set off after it is a person; the pronoun after is theirs
    (
        "Mary Dunn, 59, of Ashton, Md., watched the ceremony on a screen.\n"
        "“I had to step back and think about their lives,” she said.",
        [("I had to step back and think about their lives,", "Mary Dunn")],
    ),
    (
        "Joe Wilks, of Springfield, Va., said he had served for years.\n"
        "“We have come a long way since then,” he said.",
        [("We have come a long way since then,", "Joe Wilks")],
    ),
    # "X spoke" is a person; "the Zambian" is a person of the country, no body
    (
        "Grace Tembo spoke on Monday.\n“We will not accept coups in the region,” she said.",
        [("We will not accept coups in the region,", "Grace Tembo")],
    ),
    (
        "“We will not accept coups in the region,” the Zambian said.",
        [("We will not accept coups in the region,", None)],
    ),
]


_FILLER = "The forum was once a place for practical cooperation between the countries around the sea. "

SPEAKER_FORMATS += [
    # a person described rather than named again: an age, "the veteran statesman"
    (
        "Trade Minister Ana Kovac flew to Geneva on Sunday.\n"
        "“The tariffs will go,” the 61-year-old told reporters.",
        [("The tariffs will go,", "Ana Kovac")],
    ),
    (
        "Former president Tomas Erdel led the mediators.\n"
        "“Nobody wins a war like this,” the veteran statesman said.",
        [("Nobody wins a war like this,", "Tomas Erdel")],
    ),
    # a government body's noun stands for its last mention with its owner, as written, and never
    # for the bloc named since ("the junta" is no ECOWAS)
    (
        "Togo's military junta dismissed the ultimatum. ECOWAS leaders met in Abuja.\n"
        "“We will not be dictated to,” the junta said.",
        [("We will not be dictated to,", "Togo's military junta")],
    ),
    (
        "The presidency in Lome said little. ECOWAS leaders met in Abuja.\n"
        "“The talks are over,” the presidency said.",
        [("The talks are over,", "presidency in Lome")],
    ),
    # ... not one named far back
    (
        "In a statement, the Foreign Ministry said the forum had become a tool.\n"
        + _FILLER * 8
        + "\n“We will not take part,” the ministry said.",
        [("We will not take part,", None)],
    ),
    # abbreviated military ranks are titles before the name, their dots end no sentence
    (
        "“Our patrols will continue along the line,” sector commander Maj. Gen. Ivo Sarr told reporters.",
        [("Our patrols will continue along the line,", "Ivo Sarr")],
    ),
    (
        "“Our patrols will continue along the line,” said Brig. Gen. Ivo Sarr.",
        [("Our patrols will continue along the line,", "Ivo Sarr")],
    ),
    # a phrase set off before the subject is not the subject: the speaker follows it
    (
        "Speaking at a news conference in Lome, Togolese Foreign Minister Ama Dzidzo said: "
        "“We will stay in the bloc.”",
        [("We will stay in the bloc.", "Ama Dzidzo")],
    ),
    (
        "UNISFA released a report on Friday.\n"
        "In a statement on Saturday, the mission said: “Two patrols were attacked.”",
        [("Two patrols were attacked.", "UNISFA")],
    ),
    # with no body named a mission, the mission is the one a body sent, never a "Commission"
    (
        "The East African Community observer mission arrived on Friday. It was invited by the "
        "Lunaria Electoral Commission (LEC).\n“We will meet every party,” the mission said.",
        [("We will meet every party,", "East African Community")],
    ),
    (
        "SADC sent an observer mission to Lunaria. The mission was invited by the Lunaria Electoral "
        "Commission (LEC).\n“We will meet every party,” the mission said.",
        [("We will meet every party,", "SADC")],
    ),
    # ... while an unnamed speaker described after a comma stays unnamed
    ("“We will leave,” a senior diplomat, who asked not to be named, said.", [("We will leave,", None)]),
    # a quote that opens curly and closes straight is closed: the name after it is an antecedent
    (
        '“This expansion is historic," Ma said at a briefing.\n"It shows our unity," he said.',
        [("This expansion is historic,", "Ma"), ("It shows our unity,", "Ma")],
    ),
    # a role "of" a state's full name before the name
    (
        "Tension rose, said the Minister of Foreign Affairs of the Russian Federation Oleg Sorin.\n"
        "“Expansion has raised tension,” he said.",
        [("Expansion has raised tension,", "Oleg Sorin")],
    ),
    # a document named with the body that issued it, before or after the quote
    (
        "“Such measures may include force,” the ECOWAS communique stated.",
        [("Such measures may include force,", "ECOWAS")],
    ),
    (
        "The ministers met by video.\n"
        "A statement by ASEAN reads, “We are following the developments closely.”",
        [("We are following the developments closely.", "ASEAN")],
    ),
    # a state's press service, named once with its owner
    (
        "The visit was planned, the Kremlin press service said.\n"
        "“Key issues will be discussed,” the press service said.",
        [("Key issues will be discussed,", "Kremlin press service")],
    ),
    # the subject after a fronted clause of speaking is a person, whom a role may then describe
    (
        "Speaking to reporters in New York, Gutierrez commended the deal.\n"
        "“We waited too long,” the UN chief said.",
        [("We waited too long,", "Gutierrez")],
    ),
    # words after the quote that name nobody leave it to the cue before it
    (
        'On Friday, UNISFA revealed that overnight, "a peacekeeper was hurt after a patrol was attacked," '
        "north of Abyei, adding that a car was damaged.",
        [("a peacekeeper was hurt after a patrol was attacked,", "UNISFA")],
    ),
    # "the statement said" after a sentence that has a body speak, not the body it speaks of
    (
        "However, the AU said it was studying the ECOWAS plan.\n"
        "“We reject any outside interference,” the statement said.",
        [("We reject any outside interference,", "AU")],
    ),
    # ... and "a council statement" is the council's
    (
        "On Monday, the UN Security Council condemned the attacks on UNIFIL.\n"
        "“Peacekeepers must never be a target,” a council statement said.",
        [("Peacekeepers must never be a target,", "UN Security Council")],
    ),
    # a junta the article never named is nobody rather than the organization named last
    (
        "ECOWAS leaders met in Abuja on Sunday.\n“We will not be dictated to,” the junta said.",
        [("We will not be dictated to,", None)],
    ),
]


SPEAKER_FORMATS += [
    # someone of a person's, named by lower-case words only, is not that person: nobody named
    (
        "Joe Biden spoke on Monday.\n“We will act,” Biden's spokesman told reporters.",
        [("We will act,", None)],
    ),
    (
        "President Hassan Sheikh Mohamud attended.\n"
        "“This is a new chapter,” Mohamud’s chief economic adviser said.",
        [("This is a new chapter,", None)],
    ),
    # ... unless the cue names the someone
    (
        "Joe Biden spoke on Monday.\n“We will act,” Biden's spokesman John Kirby told reporters.",
        [("We will act,", "John Kirby")],
    ),
    # a body's fullest name: in words and by its acronym when the article gives both, in words
    # when it never writes the acronym, the acronym alone when it gives nothing more
    (
        "The Caribbean Community (CARICOM) met in Castries.\n“It cannot be business as usual,” CARICOM said.",
        [("It cannot be business as usual,", "Caribbean Community (CARICOM)")],
    ),
    (
        "The Caribbean Community met in Castries.\n"
        "“It cannot be business as usual,” the Caribbean Community said.",
        [("It cannot be business as usual,", "Caribbean Community")],
    ),
    (
        "CARICOM met in Castries.\n“It cannot be business as usual,” CARICOM said.",
        [("It cannot be business as usual,", "CARICOM")],
    ),
    # a document whose issuer is not named before: the one organization its aside names
    (
        "“We are concerned about the region,” the communique, released after the 40th SADC Summit in "
        "Maputo, said.",
        [("We are concerned about the region,", "SADC")],
    ),
    (
        "“We are concerned about the region,” the statement, issued after talks between SADC and the AU, "
        "said.",
        [("We are concerned about the region,", None)],
    ),
    (
        "“We are concerned,” the communique, released after a call with NATO officials, said.",
        [("We are concerned,", None)],
    ),
    ("“We are concerned,” the communique said, quoting a UN report.", [("We are concerned,", None)]),
    (
        "“We reject this,” the statement, signed by a minister and sent to the AU, said.",
        [("We reject this,", None)],
    ),
    ("“We agree,” the communique said, adding that the AU supported it.", [("We agree,", None)]),
    ("“We agree,” the communique, issued by the AU, said.", [("We agree,", "AU")]),
    ("“We agree,” the communique, issued by the AU and ECOWAS, said.", [("We agree,", None)]),
    (
        "“We agree,” the communique, issued at the close of the ECOWAS summit, said.",
        [("We agree,", "ECOWAS")],
    ),
    ("“We agree,” the communique, released late on Friday by the AU, said.", [("We agree,", "AU")]),
    # a description joined to a relative clause set off after the subject, and "expresses"
    (
        "Leaders met in Lima. President Ana Ruiz, of centrist views and who took office in the Presidential "
        "Palace in May, expresses in a letter that “it is too early to decide.”",
        [("it is too early to decide.", "Ana Ruiz")],
    ),
    (
        "Kenyan President Ruto, a former deputy and who took office in 2022, said: “We are ready.”",
        [("We are ready.", "Ruto")],
    ),
    (
        "The minister Jo Lim expressed hope that “the talks will bring peace.”",
        [("the talks will bring peace.", "Jo Lim")],
    ),
]


SPEAKER_FORMATS += [
    # an acronym qualifies a role ("the NATO chief" is the one heading NATO, not the president who
    # spoke last); a country qualifier picks the one of that country under another name for the top
    # office, and never the holder of the role from another country
    (
        "Turkish President Recep Tayyip Erdogan hosted NATO Secretary General Mark Rutte in Ankara.\n"
        "“We will not block the alliance,” the Turkish leader said.\n"
        "“Turkey is a valued ally,” the NATO chief said.",
        [
            ("We will not block the alliance,", "Recep Tayyip Erdogan"),
            ("Turkey is a valued ally,", "Mark Rutte"),
        ],
    ),
    (
        "Kazakh President Kassym-Jomart Tokayev chaired the summit. Kyrgyz leader Sadyr Japarov also came.\n"
        "“The SCO is growing,” Tokayev said.\n"
        "The Kyrgyz president added: “We support the plan.”",
        [("The SCO is growing,", "Kassym-Jomart Tokayev"), ("We support the plan.", "Sadyr Japarov")],
    ),
    (
        "Japanese Foreign Minister Aiko Sato met reporters in Delhi.\n"
        "“We agreed on a roadmap,” Sato said.\n"
        "“The Quad is stronger than ever,” India’s foreign minister added.",
        [("We agreed on a roadmap,", "Aiko Sato"), ("The Quad is stronger than ever,", None)],
    ),
    # a role under another of its names: the EU's top diplomat is its foreign policy chief
    (
        "“We stand with Ukraine,” EU foreign policy chief Karin Lind said in Brussels.\n"
        "“Sanctions will stay,” the EU’s top diplomat added.",
        [("We stand with Ukraine,", "Karin Lind"), ("Sanctions will stay,", "Karin Lind")],
    ),
    # the one person of a country named with no role but the country's possessive
    (
        "Kenya's President Daniel Mwangi and Tanzania's Grace Mollel met in Arusha.\n"
        "“The EAC is our home,” Mollel said. “We will not leave it,” the Tanzanian leader added.",
        [("The EAC is our home,", "Grace Mollel"), ("We will not leave it,", "Grace Mollel")],
    ),
    # an acronym qualifies a role held in a body named in words ("the AU chief" chairs the African
    # Union Commission); a chairperson is a chief
    (
        "The African Union (AU) met in Addis Ababa. The African Union Commission chairperson, Amadou "
        "Keita, condemned the coup.\n"
        "“This is unacceptable,” the AU chief said.",
        [("This is unacceptable,", "Amadou Keita")],
    ),
    # a person described by their country: the one of that country named before, or the one the
    # sentences are about when tied to no other country; never a body called "Dutchman"
    (
        "“We will defend every inch,” Dutch Defence Minister Jan de Vries said on Monday. The "
        "Dutchman, who took office in October, added: “No ally stands alone.”",
        [("We will defend every inch,", "Jan de Vries"), ("No ally stands alone.", "Jan de Vries")],
    ),
    # ... (a person nothing ties to that country is only a guess, left out)
    (
        "“We will defend every inch,” NATO Secretary General Jan de Vries said on Monday. The "
        "Dutchman, who took office in October, added: “No ally stands alone.”",
        [("We will defend every inch,", "Jan de Vries"), ("No ally stands alone.", None)],
    ),
    (
        "Kenyan Foreign Minister Amos Kirui met Russian Foreign Minister Ivan Sorokin in Nairobi.\n"
        "“We talked about grain,” the Kenyan said.",
        [("We talked about grain,", "Amos Kirui")],
    ),
    (
        "Russian Foreign Minister Ivan Sorokin spoke in Nairobi.\n"
        "“We talked about grain,” the Dutchman said.",
        [("We talked about grain,", None)],
    ),
    # a subject set off from its verb by a role with no article, and a second one joined by "and"
    (
        "Foreign Minister Lena Berg said: “We are now waiting.”\n"
        "“We support the enlargement,” Ali Demir, head of parliament’s foreign affairs commission and a "
        "ruling party member, said during debate.",
        [("We are now waiting.", "Lena Berg"), ("We support the enlargement,", "Ali Demir")],
    ),
    # a plural title before a list of names makes no person of its own
    (
        "The treaty was signed before Presidents Kenyatta, Yoweri Museveni and Paul Kagame.\n"
        "“I have arrived in Nairobi for the ceremony,” he said.",
        [("I have arrived in Nairobi for the ceremony,", None)],
    ),
    # a demonym qualifies a role that names its country in another form
    (
        "Prime Minister of Poland Jan Nowak called the meeting constructive.\n"
        "“We have made a good start,” the Polish prime minister said.",
        [("We have made a good start,", "Jan Nowak")],
    ),
    # an acronym qualifies a role written with dots ("U.N."), and as a word before it opens a
    # longer one ("UNHCR")
    (
        "U.N. Secretary-General Ana Ruiz addressed the General Assembly on Tuesday.\n"
        "“This is a moment of truth,” the UN chief said.",
        [("This is a moment of truth,", "Ana Ruiz")],
    ),
    (
        "UN Secretary-General Ana Ruiz and UNHCR chief Paul Brandt visited the camp.\n"
        "“We need more funding for refugees,” the UN chief said.",
        [("We need more funding for refugees,", "Ana Ruiz")],
    ),
    (
        "U.S. Secretary of State Tom Reyes met Indian Foreign Minister Ravi Nair in Washington.\n"
        "“Our partnership is strong,” the US diplomat said.",
        [("Our partnership is strong,", "Tom Reyes")],
    ),
    # a chancellor is the top office; the body a role is in stays part of it
    (
        "French President Luc Marel met German Chancellor Jonas Weber and Italian Prime Minister Sara "
        "Conti.\n"
        "“We must cut red tape,” the German leader said.",
        [("We must cut red tape,", "Jonas Weber")],
    ),
    (
        "African Union Commission chairperson Amadou Keita arrived in Goma on Monday. Congolese President "
        "Felix Mbala greeted him at the airport.\n"
        "“We will not abandon the people of eastern Congo,” the AU chief said.",
        [("We will not abandon the people of eastern Congo,", "Amadou Keita")],
    ),
    # two people of the country: either could be "the Dutchman"; a word taken for a name is none
    (
        "Dutch Prime Minister Jan de Vries and Dutch Foreign Minister Pieter Bakker arrived in Kyiv.\n"
        "“We are with Ukraine,” the Dutchman said.",
        [("We are with Ukraine,", None)],
    ),
    (
        "Kenya Airways announced new flights to Lagos on Monday.\n"
        "“We are expanding in West Africa,” the Kenyan said.",
        [("We are expanding in West Africa,", None)],
    ),
    # a crowd of someone's is not that someone
    (
        "“The election was stolen,” supporters of Bobi Wine, gathered outside his home, said.",
        [("The election was stolen,", None)],
    ),
    # a specific office is no stand-in for another: the Ukrainian president is no "Ukrainian prime
    # minister"; a person of the country named after its demonym counts as one of it
    (
        "Polish Prime Minister Jan Nowak met Ukrainian President Ivan Koval in Warsaw.\n"
        "“Our border stays open,” the Ukrainian prime minister said.",
        [("Our border stays open,", None)],
    ),
    (
        "Kenyan President Daniel Mwangi and Kenyan opposition leader Otieno Odera shook hands in Nairobi.\n"
        "“The country comes first,” the Kenyan said.",
        [("The country comes first,", None)],
    ),
    (
        "Ghana's central bank governor Kofi Mensah met Nigerian central bank governor Bayo Adeyemi.\n"
        "“Inflation is falling,” the Nigerian said.",
        [("Inflation is falling,", "Bayo Adeyemi")],
    ),
    (
        "Pakistan's army chief Omar Raza met Saudi Foreign Minister Faisal Nasser in Riyadh.\n"
        "“Our defence pact is historic,” the Pakistani said.",
        [("Our defence pact is historic,", "Omar Raza")],
    ),
    # a country of two words, in the role and in the qualifier
    (
        "Indian Prime Minister Ravi Nair met Sri Lankan President Anura Perera in Colombo.\n"
        "“India is our closest neighbour,” the Sri Lankan leader said.",
        [("India is our closest neighbour,", "Anura Perera")],
    ),
    (
        "South Africa's President Sipho Dlamini met Zimbabwean President Tendai Moyo in Pretoria.\n"
        "“We want a stable neighbour,” the South African president said.",
        [("We want a stable neighbour,", "Sipho Dlamini")],
    ),
    # an acronym written with dots in the cue; a body's name in words for its acronym, both ways
    (
        "UK envoy Tom Reed met Libyan officials in Tripoli. French envoy Luc Marel joined later.\n"
        "“Elections are overdue,” the U.K. envoy said.",
        [("Elections are overdue,", "Tom Reed")],
    ),
    (
        "The talks were chaired by Kenya's former president Daniel Mwangi. The African Union's envoy, "
        "Ade Bello, also attended.\n“Both sides must silence the guns,” the AU envoy said.",
        [("Both sides must silence the guns,", "Ade Bello")],
    ),
    (
        "AU Commission chairperson Amadou Keita met Kenyan President Daniel Mwangi in Nairobi.\n"
        "“Sudan needs a ceasefire now,” the African Union chief said.",
        [("Sudan needs a ceasefire now,", "Amadou Keita")],
    ),
    # ... and a qualifier that is no country nor body says nothing against the one found
    (
        "Russian President Vladimir Putin met the Armenian prime minister in Moscow.\n"
        "“Russia is ready to help,” the Kremlin chief said.",
        [("Russia is ready to help,", "Vladimir Putin")],
    ),
    # a role narrowed to a field is held in that field only: the army chief is no president, the
    # finance minister no foreign minister; a role set off before a rank is the person's
    (
        "The army chief, General Abdi Warsame, spoke after President Lena Ortiz.\n"
        "“We will defend the border,” the army chief said.",
        [("We will defend the border,", "Abdi Warsame")],
    ),
    (
        "Finance Minister Ana Ruiz spoke first. Foreign Minister Carlos Vega followed her.\n"
        "“The budget is balanced,” the finance minister said.",
        [("The budget is balanced,", "Ana Ruiz")],
    ),
    (
        "Opposition leader Mia Stone criticised President Paul Dune.\n"
        "“This is a failure,” the opposition leader said.",
        [("This is a failure,", "Mia Stone")],
    ),
    (
        "The agency said it was citing Minister of Oil Saad Al Barrak.\n"
        "“Kuwait will remain an active partner,” the Kuwaiti oil minister said.",
        [("Kuwait will remain an active partner,", "Saad Al Barrak")],
    ),
    (
        "President Paul Dune toured the border.\n“We are ready,” the army chief said.",
        [("We are ready,", None)],
    ),
    # a subject whose appositive role is longer than a subject's words: the name before it (the
    # first one, not a country described in the appositive)
    (
        "Leo Kalin, Head of the CIS Affairs Committee of the Russian State Duma, said: “The forces will "
        "stay.”\n“Only for a while,” the Russian official added.",
        [("The forces will stay.", "Leo Kalin"), ("Only for a while,", "Leo Kalin")],
    ),
    (
        "Jean Morel, foreign minister of France, a permanent member of the Security Council, said: "
        "“This cannot go unanswered.”",
        [("This cannot go unanswered.", "Jean Morel")],
    ),
    # a role of a body whose acronym is written in mixed case
    (
        "CoE Secretary General Ana Berg spoke first. “We are ready,” the CoE secretary general said.",
        [("We are ready,", "Ana Berg")],
    ),
    # ... whatever word the subject's words end at, the name the appositive describes
    (
        "Peter Lind, Senior Adviser to the Director of the European Affairs Department at the Danish "
        "Foreign Ministry, added: “We agree on all of it.”",
        [("We agree on all of it.", "Peter Lind")],
    ),
    (
        "Speaking after Jane Moe, Peter Lind, Chief Economist, Nordic Investment Bank office in Helsinki, "
        "said: “We agree on all of it.”",
        [("We agree on all of it.", "Peter Lind")],
    ),
    # a mixed-case word the reference data does not know rules no one out
    (
        "Joachim Nagel, president of the Bundesbank, spoke. “Inflation is sticky,” the BuBa president said.",
        [("Inflation is sticky,", "Joachim Nagel")],
    ),
    (
        "Speaking after Foreign Minister Jane Moe, Peter Lind, Director of the Nordic Cooperation "
        "Department at the Swedish Ministry for Foreign Affairs, added: “We agree on all of it.”",
        [("We agree on all of it.", "Peter Lind")],
    ),
    (
        "Maria Ozols, Director of the Security Policy Department at the Latvian Ministry of Foreign "
        "Affairs, emphasized: “Nordic and Baltic countries are linked by geography.”",
        [("Nordic and Baltic countries are linked by geography.", "Maria Ozols")],
    ),
    # the one an outlet quotes, ending the sentence
    (
        "Bloc forces arrived in Almaty.\n“They include units of five armies,” BelTA quotes bloc spokesman "
        "Viktor Zorin.",
        [("They include units of five armies,", "Viktor Zorin")],
    ),
    # a sentence that goes on past the quote ends with its attribution
    (
        "President Omar Fathi welcomed the news.\n“We look forward to working with the group” to reach "
        "the goals of strengthening economic cooperation, Omar Fathi added.",
        [("We look forward to working with the group", "Omar Fathi")],
    ),
    # a body by its own name, after what describes it
    (
        "“This is a very serious situation for the islands,” warned the Miami-based National Hurricane "
        "Center.",
        [("This is a very serious situation for the islands,", "National Hurricane Center")],
    ),
    # an unnamed spokesperson of a body named before the role speaks for it, then and later
    (
        "“We are concerned,” a State Department spokesperson said on Monday.",
        [("We are concerned,", "State Department")],
    ),
    (
        "A U.S. State Department spokesperson said Washington shared the goals of its partners.\n"
        "“We do not believe Syria merits readmission at this time,” the spokesperson said.",
        [("We do not believe Syria merits readmission at this time,", "U.S. State Department")],
    ),
    # an organ of the organization in context, named by its generic noun, speaks for it
    (
        "The Council of Europe met in Strasbourg.\n“Russia ceases to be a member,” the 47-nation "
        "organization’s committee of ministers said.",
        [("Russia ceases to be a member,", "Council of Europe")],
    ),
    # (reviewed: what another verb after the cue quotes or cites is not the speaker)
    (
        "Finance Minister Ana Ruiz spoke in Madrid.\n“Growth will slow,” Ruiz said, and cited the IMF.",
        [("Growth will slow,", "Ana Ruiz")],
    ),
    (
        "Finance Minister Ana Ruiz spoke in Madrid.\n“Growth will slow,” Ruiz said as she cited the World "
        "Bank.",
        [("Growth will slow,", "Ana Ruiz")],
    ),
    # (a role set off before a rank only where the role opens its sentence; the rank stays the
    # person's too)
    (
        "President Omar Bazu was detained on Wednesday. After meeting the president, General Abdou Tani "
        "said the army had taken power.\n“The president is in good health,” the president said.\n"
        "“The constitution is suspended,” the general said.",
        [("The president is in good health,", "Omar Bazu"), ("The constitution is suspended,", "Abdou Tani")],
    ),
    (
        "The army chief, General Abdi Warsame, met President Lena Ortiz.\n“We will defend the border,” the "
        "army chief said.\n“The border is secure,” the general added.",
        [("We will defend the border,", "Abdi Warsame"), ("The border is secure,", "Abdi Warsame")],
    ),
    # (a field word inside a name narrows nothing; a field written another way, or capitalised)
    (
        "European Union foreign policy chief Jon Berel met union leader Sara Grant, who heads the Unite "
        "union.\n“Workers will not pay for this crisis,” the union chief said.",
        [("Workers will not pay for this crisis,", "Sara Grant")],
    ),
    (
        "Foreign Minister Naledi Dube met President Cyril Mokoena.\n“We will not take sides,” the Finance "
        "Minister said.",
        [("We will not take sides,", None)],
    ),
    (
        "Home Minister Amit Rao visited Srinagar.\n“Terrorism will be wiped out,” the interior minister "
        "said.",
        [("Terrorism will be wiped out,", "Amit Rao")],
    ),
    (
        "US Defense Secretary Lloyd Aston visited Kyiv.\n“We stand with Ukraine,” the defence secretary "
        "said.",
        [("We stand with Ukraine,", "Lloyd Aston")],
    ),
    # (an unnamed body's spokesman, by one word)
    ("“We are concerned,” a Pentagon spokesperson said.", [("We are concerned,", "Pentagon")]),
    # (a place after a preposition, and a relative clause, are no appositive subject)
    (
        "The delegation from Moscow, which arrived late on Tuesday for two days of closed talks in the "
        "Kazakh capital, said: “The sides agreed to meet again.”",
        [("The sides agreed to meet again.", None)],
    ),
    # (a body named "for" what it studies)
    (
        "“Taxes must rise,” the London-based Institute for Fiscal Studies said.",
        [("Taxes must rise,", "Institute for Fiscal Studies")],
    ),
    # (second review) a field inside a body's name is that field; a set-off role as an object;
    # an outlet of several words; an indefinite body's spokesman; a body of a country set off;
    # a person's spokesperson is nobody named
    (
        "Central Bank Governor Kamau Thuo met Finance Minister John Mbai.\n“Inflation is falling,” the "
        "central bank governor said.",
        [("Inflation is falling,", "Kamau Thuo")],
    ),
    (
        "World Bank President Ajay Bani visited Nairobi.\n“Debt is a burden,” the bank chief said.",
        [("Debt is a burden,", "Ajay Bani")],
    ),
    (
        "Ruto met the army chief, General Charles Kahara, on Monday.\n“We are ready,” the army chief said.",
        [("We are ready,", "Charles Kahara")],
    ),
    (
        "Bloc troops arrived.\n“The troops will stay,” Kazakhstan's Khabar 24 TV channel quoted Zas.",
        [("The troops will stay,", "Zas")],
    ),
    (
        "Bloc troops arrived.\n“The troops will stay,” Xinhua quoted a CSTO spokesman.",
        [("The troops will stay,", "CSTO")],
    ),
    (
        "The Foreign Ministry of Kazakhstan, responding to questions from reporters, said: “The troops will "
        "leave soon.”",
        [("The troops will leave soon.", "Foreign Ministry of Kazakhstan")],
    ),
    (
        "Donald Trump spoke in Ohio.\n“We are concerned,” a Trump spokesperson said.",
        [("We are concerned,", None)],
    ),
    (
        "Hassan Sheikh Mohamud arrived in Nairobi.\n“We are ready,” Hassan Sheikh Mohamud said.",
        [("We are ready,", "Hassan Sheikh Mohamud")],
    ),
    # an honorific inside a name after a given name stays in it
    (
        "Somalia's President Hassan Sheikh Mohamud arrived in Nairobi.\n"
        "“We are ready to work with every partner,” Mohamud said.",
        [("We are ready to work with every partner,", "Hassan Sheikh Mohamud")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), SPEAKER_FORMATS)
def test_speaker_formats(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert direct_quotes(text) == expected


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("Praising Wall Street, the senator said the markets were strong.", "Praising Wall Street"),
        ("Unlike Obama, Kaine said the plan would work.", "Unlike Obama"),
        ("The Goldman Sachs Symposium said it would meet again.", "Goldman Sachs Symposium"),
        ("Taxes matter. (Having said that, some argue for lower taxes.)", "Having"),
        # a connective opening a sentence, with the pronoun clause after it taken for a role
        ("The fair opened. Furthermore, he thanked Governor Paul Okafor for his help.", "Furthermore"),
        ("The fair opened. Moreover, she praised the new port.", "Moreover"),
        # "went on" is speech only when words follow it
        ("Fighting went on in Goma for days.", "Fighting"),
        ("Talks went on.\n“At the moment there were no contacts with them.”", "Talks"),
        # the owner of a name after a speech verb is no speaker
        ("“So far the talks are not going well,” said Gulf Radio’s Omar Haddad.", "Gulf Radio"),
        # a word that completes a title
        ("Kofi Mensah retired in 2019. “We must talk,” President Emeritus Mensah said.", "Emeritus"),
    ],
)
def test_openers_and_events_are_not_people(text: str, absent: str) -> None:
    names = {p.name for p in extract_people(make_doc(text))}
    assert not any(absent in n or n in absent for n in names)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # "Emeritus" ends a title, whatever the words before it, and the name after it has a title
        ("“The data are clear,” said Professor Emerita Wanjiku Nyaga.", "Wanjiku Nyaga"),
        ("“The ruling stands,” said Chief Justice Emeritus Peter Omollo.", "Peter Omollo"),
        ("“We need nurses,” said Dean Emerita Rose Atieno of the nursing school.", "Rose Atieno"),
        ("Chief Justice Emeritus Peter Omollo spoke first. “The ruling stands,” he said.", "Peter Omollo"),
    ],
)
def test_a_title_ending_in_emeritus_titles_the_name(text: str, speaker: str) -> None:
    assert direct_quotes(text)[-1][1] == speaker


def test_a_body_named_with_its_owner_is_one_speaker_however_capitalised() -> None:
    text = (
        "“We reject the claims in the strongest terms,” Chile's foreign ministry said.\n"
        "“We will answer them in court next month,” Chile's Foreign Ministry said."
    )
    found = quotes_of(text)
    assert [q.speaker.name for q in found if q.speaker] == [
        "Chile's foreign ministry",
        "Chile's Foreign Ministry",
    ]
    assert len({q.speaker.key for q in found if q.speaker}) == 1


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a state speaks by its name, another name or its capital, as the cue writes it
        ("“Tehran must now cooperate with the inspectors,” the United States said.", "United States"),
        ("“The blockade must end this week,” Britain said in a statement.", "Britain"),
        ("“We will answer these measures in kind,” Beijing said.", "Beijing"),
        ("“The border stays closed for trucks,” said Kazakhstan.", "Kazakhstan"),
        # a demonym is no state
        ("“The border stays closed for trucks,” the Kazakh said.", None),
    ],
)
def test_a_state_speaks(text: str, speaker: str | None) -> None:
    assert direct_quotes(text) == [(text[1 : text.index("”")], speaker)]


def test_a_state_speaker_is_a_country() -> None:
    doc = make_doc("“We will answer these measures in kind,” Beijing said.")
    (q,) = extract_quotes(doc, people=extract_people(doc), organizations=extract_organizations(doc))
    assert q.speaker is not None and q.speaker.kind == "country" and q.speaker_certainty == "sure"


def test_a_paragraph_may_open_a_quotation_without_its_mark() -> None:
    text = (
        "The board met on Monday.\n"
        "Tehran must now provide the necessary cooperation, no more empty promises,” the United States said."
    )
    assert direct_quotes(text) == [
        ("Tehran must now provide the necessary cooperation, no more empty promises,", "United States")
    ]


@pytest.mark.parametrize(
    "text",
    [
        # more than one sentence: where the quotation opens is unknown
        "The board met. The aides said the talks had gone well enough for now,” he said.",
        # no cue after the mark
        "The board met on Monday to discuss the budget for the year,” the first point.",
    ],
)
def test_no_quotation_without_its_mark_when_its_start_is_unknown(text: str) -> None:
    assert direct_quotes("The meeting was long.\n" + text) == []


def test_pages_name_a_state_speaker_as_a_country(tmp_path) -> None:
    from generator.pipeline import generate

    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "board.txt").write_text(
        "The board met on Monday.\n“Tehran must cooperate with the inspectors,” the United States said.\n",
        encoding="utf-8",
    )
    pages = generate(seeds).pages
    listing = pages["quotes/index.md"]
    assert "United States" in listing and "<em>Country</em>" in listing
    assert "<em>Role not stated</em>" not in listing
    assert "<em>Country</em>" in pages["speakers/index.md"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the subject and verb after a quote that ends its sentence open the next sentence, whose
        # quote is theirs
        (
            "Foreign Minister Ann Kerr, for example, said: “We have to convince them every time.” "
            "Defence Minister Tom Reed also told journalists that they were “against the blocking. "
            "We want to move on.”",
            [
                ("We have to convince them every time.", "Ann Kerr"),
                ("against the blocking. We want to move on.", "Tom Reed"),
            ],
        ),
        (
            "The bloc welcomed the news and tweeted, “This is a fundamental step for the region.” "
            "Foreign Minister Tom Reed tweeted “It is time to build a new relationship with them.”",
            [
                ("This is a fundamental step for the region.", None),
                ("It is time to build a new relationship with them.", "Tom Reed"),
            ],
        ),
        # a comma ends no sentence: the cue after it is the quote's
        (
            "“We have to convince them every time,” Foreign Minister Ann Kerr said, adding that "
            "they were “against the blocking.”",
            [("We have to convince them every time,", "Ann Kerr")],
        ),
    ],
)
def test_a_cue_that_opens_the_next_sentence_is_the_next_quote(text: str, expected: list) -> None:
    assert direct_quotes(text) == expected


@pytest.mark.parametrize(
    ("after", "speaker"),
    [
        # a sentence of its own after the quote, whose verb only looks like a cue's: the quote
        # goes on from the one before it
        (
            "Lindo is one of three provinces where the government declared an emergency in May.",
            "Tomas Vargas",
        ),
        ("The province was where the minister announced the plan last year.", "Tomas Vargas"),
        # ... but a subject may hold a relative clause, and the quote may be reported in the passive
        ("The envoy who is in charge of the talks said.", None),
        ("Ana Lima was quoted as saying.", "Ana Lima"),
        ("Ana Lima was heard saying as she left.", "Ana Lima"),
        ("Ana Lima of what is now the Unity Party said.", "Ana Lima"),
        # (a passive of its own, not a report: the quote goes on from the one before it)
        ("The statement was released hours after President Ana Lima said she would stay.", "Tomas Vargas"),
    ],
)
def test_a_sentence_after_a_quote_with_its_own_copula_is_no_cue(after: str, speaker: str | None) -> None:
    text = (
        "Commander Tomas Vargas, head of the regional force, met Ana Lima in Porto Lindo.\n"
        "“Porto Lindo is ready to host the base,” he said. “There are barracks there and there is no "
        f"need to build more.” {after}"
    )
    assert direct_quotes(text)[-1] == (
        "There are barracks there and there is no need to build more.",
        speaker,
    )


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a minister named before a prime minister is "the minister", not the prime minister
        (
            "Foreign Minister Piet Horn said on Monday that the talks in Brussels had been hard. He "
            "spoke after Prime Minister Anna Vale had left. “We will not give in to pressure,” the "
            "minister said.",
            "Piet Horn",
        ),
        # "the president" is the president, not the vice-president named after him
        (
            "President Omar Dak arrived in Accra with Vice-President Lena Sow on Friday. “The summit "
            "must agree a plan for the region,” the president told reporters.",
            "Omar Dak",
        ),
    ],
)
def test_a_role_noun_is_that_office_before_a_compound_of_it(text: str, speaker: str) -> None:
    assert direct_quotes(text)[-1][1] == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a sentence whose subject is the pronoun, after an opening adverbial: its people are
        # objects, the pronoun goes on standing for the one before
        (
            "Trade Minister Lars Egan opened the fair on Monday. Furthermore, he thanked Governor "
            "Paul Okafor for his help with the site. “We owe him a great deal,” he said.",
            "Lars Egan",
        ),
        # a name in the adverbial is still the sentence's
        (
            "Trade Minister Lars Egan opened the fair on Monday. After meeting Paul Okafor, he "
            "left. “We owe him a great deal,” he said.",
            "Lars Egan",
        ),
        # "X said he ...": the speaker is a man, so "she" is someone else
        (
            "Rand believes the port will reopen soon. Kaleb Osei declared an emergency last month.\n"
            "“It would have been better to wait,” she told reporters.\n"
            "Osei said he had written to the council.",
            "Rand",
        ),
        # a news agency told is no antecedent of "he": the one who told it is
        (
            "MINSK, May 3 (Itar-Tass) — The pact was signed, the CSTO Press Secretary Pavel Orlov "
            "told Itar-Tass.\n"
            "“The documents are being assessed,” he said.",
            "Pavel Orlov",
        ),
        # a given name makes a person of a name no cue marks: the pronoun after is hers
        (
            "The super committee backing Marta Lindqvist spent heavily this month.\n"
            "In an interview over the weekend, Lindqvist laughed off the attack. "
            "“It shows how worried they are,” she said.",
            "Marta Lindqvist",
        ),
        # a comma before "and" may join two clauses: the name after it is the second one's subject
        (
            "Analysts doubted the plan, and Marta Lindqvist stayed silent. “It is not over,” she said.",
            "Marta Lindqvist",
        ),
        # a name joined by "and" to a body or to people named by their group is no list of people
        (
            "President Tomas Ferro and Harbor Airways staff met. “We will fly again,” he said.",
            "Tomas Ferro",
        ),
        ("Governor Tomas Ferro and Florida officials met. “We will rebuild,” he said.", "Tomas Ferro"),
        (
            "Senator Tomas Ferro and Senate Republicans blocked the bill. “This is reckless,” he said.",
            "Tomas Ferro",
        ),
        # ... nor to a person of the other gender, by a title or by a given name
        (
            "Governor Tim Rice and First Lady Carol Rice hosted the dinner. “Thank you all,” he said.",
            "Tim Rice",
        ),
        (
            "Governor Tomas Ferro and Mayor Karen Lindqvist toured the zone. “We will rebuild,” he said.",
            "Tomas Ferro",
        ),
        # a subordinate clause with its own subject is no adverbial: its subject may be "he"
        (
            "Governor Tim Rice campaigned in Ohio. When Senator Tomas Ferro lost his seat in November, he "
            "called it a painful night. “We will be back,” he said.",
            "Tomas Ferro",
        ),
        # a plural title that names an event lists nobody
        (
            "At the Presidents Cup, Captain Tomas Ferro praised his players. “They fought hard,” he said.",
            "Tomas Ferro",
        ),
        # the names of a long adverbial that opens the pronoun's sentence are its objects
        (
            "Governor Tim Rice toured the flood zone. In a call with Tomas Ferro on Monday night, he "
            "asked for aid. “We need help now,” he said.",
            "Tim Rice",
        ),
    ],
)
def test_pronoun_antecedents(text: str, speaker: str) -> None:
    assert direct_quotes(text)[0][1] == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "ECOWAS troops patrolled the border on Friday. The Kenyan government condemned the raid, "
            "which it said “we will not leave unanswered, because it was an attack on all of us.”",
            "Kenyan government",
        ),
        (
            "ECOWAS troops patrolled the border on Friday. Ghana strongly condemned the raid, which "
            "it said “we know was planned in advance, and it must be punished.”",
            "Ghana",
        ),
    ],
)
def test_it_in_a_relative_clause_is_the_body_its_sentence_opens_with(text: str, speaker: str) -> None:
    assert direct_quotes(text)[0][1] == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a name opening its paragraph labels the quotation after a colon, with its country or
        # post in brackets or not
        (
            "The candidates spoke in turn.\nLena Varga (Hungary): “How will I balance the roles? I "
            "will do my best.”",
            "Lena Varga",
        ),
        (
            "The candidates spoke, Varga first.\nLena Varga: “I will do my best and I will work hard.”",
            "Lena Varga",
        ),
        # a bracketed label between a name and its verb
        ("Vuk Marin (Serbia) said: “We will reform the body from within.”", "Vuk Marin"),
    ],
)
def test_labels_and_bracketed_countries(text: str, speaker: str) -> None:
    assert direct_quotes(text)[-1][1] == speaker


def test_a_place_before_a_colon_labels_no_quotation() -> None:
    text = "The talks began.\nIn New York: “We will hold the line and we will win.”"
    assert direct_quotes(text) == [("We will hold the line and we will win.", None)]


def test_according_to_ends_at_its_comma() -> None:
    text = (
        "The African Union named a new envoy on Friday.\nKenya’s Foreign Ministry announced the move the "
        "same day. According to the ministry, its return to the AU will happen “in full, and it will be "
        "immediate.”"
    )
    found = quotes_of(text)
    assert [(q.text, q.speaker.name if q.speaker else None) for q in found] == [
        ("in full, and it will be immediate.", "Kenya’s Foreign Ministry")
    ]


def test_a_participle_cue_reads_the_name_set_off_after_the_subject() -> None:
    text = (
        "The pact binds the three nations.\nMali’s military leader, Assimi Tara, took to social "
        "media, stating, “I have today signed the charter with them.”"
    )
    assert direct_quotes(text) == [("I have today signed the charter with them.", "Assimi Tara")]


def test_an_issuer_after_by_keeps_its_dotted_acronym() -> None:
    """The dots of "U.N." end no sentence: no person "Polish U" is made of the issuer."""
    text = (
        "The forty nations issued a statement Saturday.\n“Such attacks must stop immediately,” said the "
        "joint statement, posted on X by the Polish U.N. mission.\nThe countries “reaffirm our full "
        "support for the mission, and we stand with it,” the statement read."
    )
    found = quotes_of(text)
    assert len(found) == 2
    assert all(q.speaker is None or q.speaker.kind != "person" for q in found)


def test_sentence_end_skips_abbreviations() -> None:
    from generator.analysis.textscan import sentence_end

    text = "It was posted by the Polish U.N. mission. Then Mr. Lee left."
    assert text[: sentence_end(text, 0, len(text))] == "It was posted by the Polish U.N. mission"
    assert sentence_end(text, 43, len(text)) == len(text) - 1


def test_a_role_nobody_holds_is_the_last_speaker_past_a_sentence_on_another_post_holder() -> None:
    text = (
        "“It was the first engagement at the request of the host,” Peskov said.\nThe Kremlin "
        "spokesman noted that the leaders had congratulated President of Kazakhstan Kassym Tokayev.\n"
        "“The treaty is much in demand, and it is needed,” the Russian presidential press secretary "
        "concluded."
    )
    found = quotes_of(text)
    last = found[-1]
    assert last.speaker is not None and last.speaker.name == "Peskov"
    assert last.speaker_certainty == "uncertain"


def test_a_label_naming_nobody_leaves_the_quote_to_the_sentences_before() -> None:
    text = (
        "Borrell said that there was no progress in the talks so far.\n"
        "EU High Representative: “Time is running out, and we know it.”"
    )
    assert direct_quotes(text) == [("Time is running out, and we know it.", "Borrell")]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a name in a phrase fronted in the pronoun's own sentence is not who the pronoun is
        (
            "Foreign Minister Ali Haddad spoke at the closing press conference.\nRegarding the "
            "attendance of President Ivan Petrov at the summit, he stated, “We are keen on our "
            "relations with both sides, and we listen to all parties.”",
            "Ali Haddad",
        ),
        # a cue opening the sentence after a quote that ended its own gives way to the quote's
        # own cue
        (
            "Ms Lena Sow opened the session on Monday.\nAsked about the vote, Mr Ali Haddad stated, "
            "“We listen to all parties.” She highlighted the importance of an initiative on "
            "language teaching.",
            "Ali Haddad",
        ),
    ],
)
def test_the_pronoun_and_the_cue_of_the_quotes_own_sentence(text: str, speaker: str) -> None:
    assert direct_quotes(text)[-1][1] == speaker


def test_a_name_inside_an_open_quotation_carries_no_turn() -> None:
    text = (
        "The presidential spokesman, Ayo Bello, said on Tuesday that more sanctions had been imposed.\n"
        "Although he gave no details, he said this was done through the central bank.\n"
        "“I can also report that President Bola Tinubu has ordered an additional slew of sanctions on "
        "the junta.\n"
        "“The mandate is not a Nigerian mandate, and we want to emphasise this point."
    )
    found = direct_quotes(text)
    assert len(found) == 2
    assert all(speaker != "Bola Tinubu" for _, speaker in found)


def test_the_words_after_a_quote_whose_cue_names_nobody_known_stay_unattributed() -> None:
    text = (
        "Prime Minister Rustam Aliyev said he would not attend the next summit in Minsk.\n"
        "“What is the problem?” said the Belarusian strongman. “Is Minsk too far away, or do you "
        "have nobody to give you a ride?”"
    )
    assert [speaker for _, speaker in direct_quotes(text)] == [None, None]


@pytest.mark.parametrize(
    "text",
    [
        # a label of common words with nothing else saying it is a name
        "The talks ended.\nRead More: “We will not accept this deal at all.”",
        "The talks ended.\nKey Points (Summary): “We will not accept this deal at all.”",
    ],
)
def test_a_label_without_evidence_names_nobody(text: str) -> None:
    assert [speaker for _, speaker in direct_quotes(text)] == [None]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # the clause after "according to X," with a speech verb of its own
        (
            "According to the Kenyan foreign ministry, Smith said “We will not sign this deal at all.”",
            "Smith",
        ),
        # a determiner before coordinated offices: two people
        (
            "The President and Foreign Minister Sergei Lavrov held talks.\n“We will not give in to this "
            "pressure,” the foreign minister said.",
            "Sergei Lavrov",
        ),
        # a deputy's office is not "the minister", a word between them or not
        (
            "Foreign Minister Piet Horn said the talks were hard. Deputy Foreign Minister Anna Vale "
            "spoke after him.\n“We will not give in to this pressure,” the minister said.",
            "Piet Horn",
        ),
        # "X said she" with another woman named just before: no gender for X
        (
            "Kaleb Osei met Ama Rand on Monday. Osei said she had misled the council.\n“We will not "
            "accept this at all,” he said.",
            "Kaleb Osei",
        ),
    ],
)
def test_evidence_that_another_reading_undoes(text: str, speaker: str) -> None:
    assert direct_quotes(text)[-1][1] == speaker


@pytest.mark.parametrize(
    "aside",
    ["who spoke on condition of anonymity", "who asked not to be named", "speaking anonymously"],
)
def test_an_anonymous_speaker_is_nobody_named(aside: str) -> None:
    text = (
        "Foreign Minister Ann Kerr met the envoys.\n“We will not accept this pressure at all,” the "
        f"official, {aside}, said."
    )
    assert direct_quotes(text) == [("We will not accept this pressure at all,", None)]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a document with its issuer that a relative clause has speak
        (
            "Secretary-General Antonio Guterres received a letter from Foreign Minister Sergei Lavrov, "
            "which said: “We will not accept this pressure at all.”",
            "Sergei Lavrov",
        ),
        ("The EU issued a statement which said: “We will not accept this pressure at all.”", "EU"),
    ],
)
def test_a_document_that_a_relative_clause_has_speak(text: str, speaker: str) -> None:
    assert direct_quotes(text) == [("We will not accept this pressure at all.", speaker)]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a quotation paragraph with no cue after the speaker's reported words, by a pronoun
        (
            "The spokesman, Ade Bello, briefed reporters in Abuja on Tuesday.\nAlthough he gave no "
            "details, he said the sanctions went through the central bank.\n“I can also report that "
            "the president has ordered more sanctions on the junta.",
            "Ade Bello",
        ),
        (
            "Commission President Omar Diallo opened the session in Accra on Monday.\nAccording to "
            "him there is support for the region.\n“We also continue to support elections in our "
            "member states.”",
            "Omar Diallo",
        ),
        # ... by a name reporting in a statement
        (
            "The Caribbean Community (CARICOM) postponed its summit.\nCiting the storm's passage, CARICOM "
            "said in a statement that the meeting would be held later.\n“The primary focus of the "
            "Community is now on citizen safety.”",
            "Caribbean Community (CARICOM)",
        ),
        # a sentence about someone that reports nothing gives the quotation nobody
        (
            "Commission President Omar Diallo opened the session in Accra on Monday.\nLater he flew "
            "home to Dakar.\n“We also continue to support elections in our member states.”",
            None,
        ),
    ],
)
def test_a_quotation_after_reported_words_is_their_speakers(text: str, speaker: str | None) -> None:
    assert direct_quotes(text)[-1][1] == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a pronoun after a sentence whose subject is a role held by someone named before
        (
            "Australian Prime Minister Scott Marlow and President Joe Brandt met. Brandt said the "
            "talks were historic.\nThe Australian Prime Minister said the region must stay free. "
            "“The region has great challenges and they have to be overcome,” he said.",
            "Scott Marlow",
        ),
        # ... unless someone is named since
        (
            "Australian Prime Minister Scott Marlow and President Joe Brandt met.\nThe Australian "
            "Prime Minister said the region must stay free. Joe Brandt agreed. “The region has great "
            "challenges and they have to be overcome,” he said.",
            "Joe Brandt",
        ),
        # a name in a phrase set between the subject and its verb is not the subject
        (
            "President Ray Ocampo during a meeting with Hun Vanna on Thursday agreed, “we can still do "
            "more in terms of engagement.”",
            "Ray Ocampo",
        ),
        # a name in a phrase fronted before the subject is not the subject
        (
            "Macron arrived at the summit. Speaking after Zelensky at the summit, Macron said: “Europe "
            "must act now.”",
            "Macron",
        ),
        # a role held by two people (a premier is a prime minister): the pronoun walk decides
        (
            "Prime Minister Anthony Albanese met Chinese Premier Li Qiang in Canberra.\nThe Prime "
            "Minister said the talks had gone well. “We have seen trade restored,” he said.",
            "Anthony Albanese",
        ),
        # a quotation whose own cue names nobody is not the reporter's before it
        (
            "Mayor Sadiq Khan visited the site.\nHe said the council would rehouse every family.\n“We "
            "have lost everything,” said one resident, who did not want to be named.",
            None,
        ),
        # "who" opening a clause that is no subject's
        (
            "Nobody could explain who was to blame and Postecoglou said: “We were poor today.”",
            "Postecoglou",
        ),
        # a relative clause not set off: the unnamed subject is nobody, not the last speaker
        (
            "“Those divisions will not go away,” James Crabb said.\nOne Western diplomat who will "
            "attend the meeting said that while the bloc may try harder, “little progress is expected "
            "at all in the talks”.",
            None,
        ),
        # a participle with where it was said and its "that", after the sentence's earlier quote
        (
            "Finland’s defence ministry welcomed “our brothers in arms,” saying on X, formerly Twitter, "
            "that “now we stand at the beginning of a new era.”",
            "Finland’s defence ministry",
        ),
        # ... the earlier quote's own speaker when it has one in a clause of the sentence
        (
            "Tomas Ferro referred to the statement of the head of the mission, Major General Aldo "
            "Lazzari, last Friday, in which he called on “all sides to stop this cycle of violence,” "
            "warning that “any escalation could have devastating consequences.”",
            "Aldo Lazzari",
        ),
    ],
)
def test_the_subject_a_cue_speaks_for(text: str, speaker: str | None) -> None:
    assert direct_quotes(text)[-1][1] == speaker


def test_state_after_of_is_a_noun_not_the_speech_verb() -> None:
    # "the heads of state said": the cue's verb is "said", its subject the heads of state
    doc = make_doc(
        "President Ruto met President Museveni.\n“We demand a ceasefire,” the heads of state said."
    )
    orgs = extract_organizations(doc)
    people = extract_people(doc, organizations=orgs, countries=extract_countries(doc))
    (quote,) = extract_quotes(doc, people=people, organizations=orgs)
    assert quote.cue == "the heads of state said"
    assert quote.speaker is None  # two people, neither of them "the heads of state"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a government body the article never says whose: the country it is about, as a guess
        (
            "Kazakhstan raised its oil output in May. Kazakhstan had promised to cut it.\n“Production was "
            "at the planned level,” the energy ministry said.",
            "Kazakhstan's energy ministry",
        ),
        # ... by its capital and demonym too
        (
            "Nairobi will send 1,000 Kenyan police officers to Haiti.\n“The force will leave in May,” "
            "the presidency said.",
            "Kenya's presidency",
        ),
        # ... never the country named as a place, nor one named not twice as often as another
        (
            "The summit was held in France. Delegates arrived in France. Talks in France ran late. "
            "Kenya sent a delegation.\n“We want a fair share,” the ministry said.",
            None,
        ),
        (
            "Kenya will send police to Haiti. Haiti asked for help. Haiti is in crisis. Kenya agreed.\n"
            "“The force will leave in May,” the interior ministry said.",
            None,
        ),
        # ... nor a junta, which an article names when it means one
        (
            "France protested. France recalled its envoy. France acted.\n“We will not yield,” the "
            "junta said.",
            None,
        ),
        # ... and nobody's when two countries are as much spoken of
        (
            "Kenya and Uganda traded barbs over the border.\n“We will not back down,” the foreign "
            "ministry said.",
            None,
        ),
        # an owner the article gives stays the owner
        (
            "Kenya hosted Uganda's foreign minister. Kenya was firm. The Ugandan foreign ministry "
            "wrote to it.\n“We will not back down,” the foreign ministry said.",
            "Ugandan foreign ministry",
        ),
    ],
)
def test_a_government_body_of_nobody_named_is_the_subject_countrys(text: str, speaker: str | None) -> None:
    doc = make_doc(text)
    orgs = extract_organizations(doc)
    countries = extract_countries(doc)
    people = extract_people(doc, organizations=orgs, countries=countries)
    last = extract_quotes(doc, people=people, organizations=orgs, countries=countries)[-1]
    assert (last.speaker.name if last.speaker else None) == speaker
    if speaker is not None:
        assert last.speaker_certainty == "uncertain"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a group of the organization's people, spoken of as a group before
        (
            "Leaders of ECOWAS met in Abuja on Monday. Talks ran late.\n“We condemn the coup,” the "
            "leaders said.",
            "ECOWAS",
        ),
        # ... or speaking through a document in an article about the organization
        (
            "ECOWAS held its summit in Abuja. The ECOWAS summit ran late.\n“We condemn the coup,” the "
            "heads of state said in a joint communiqué.",
            "ECOWAS",
        ),
        # no organization to be the group's: nobody
        ("Talks ran late in Dakar.\n“We condemn the coup,” the leaders said.", None),
        # a group of another kind, or of two organizations side by side: nobody
        (
            "Microsoft's leaders met investors. Earlier, ASEAN ministers met in Jakarta.\n“We are "
            "confident,” the leaders said.",
            None,
        ),
        ("EU leaders and AU leaders met in Brussels.\n“We agree on trade,” the leaders said.", None),
    ],
)
def test_a_group_of_an_organizations_people_speaks_for_it(text: str, speaker: str | None) -> None:
    assert direct_quotes(text)[-1][1] == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a summit speaks for the organization whose summit the article named
        (
            "The SADC Troika summit met in Windhoek on Monday. “We resolved to start a dialogue with "
            "the other blocs,” the summit said.",
            "SADC",
        ),
        (
            "The SADC Troika summit met in Windhoek on Monday.\nOn Lesotho, the summit noted the calm, "
            "condemning an “upsurge” in crime.\n“The summit resolved to start a dialogue with the other "
            "blocs.”",
            "SADC",
        ),
        # ... whatever words of its kind stand between them, or a body that held it
        ("NATO leaders' summit opened in Vilnius. “We stand with Ukraine,” the summit said.", "NATO"),
        (
            "The African Union held an emergency summit. “We stand with Niger,” the summit said.",
            "African Union",
        ),
        (
            "Last year's ECOWAS summit failed. This week the AU emergency summit met. “We stand with "
            "Niger,” the summit said.",
            "AU",
        ),
        # ... the summit said again being the one named before ("attended the summit")
        (
            "SADC countries were singled out at the regional bloc’s extraordinary troika summit.\n"
            "President Ramaphosa attended the summit with his ministers.\n“We resolved to start a "
            "dialogue with the other blocs,” the summit said.",
            "SADC",
        ),
        # ... and nobody's when no organization held it, or one only named near it
        (
            "The two presidents met at a summit on Monday. “We resolved to start a dialogue with the "
            "other blocs,” the summit said.",
            None,
        ),
        (
            "Rwanda, a member of the EAC, boycotted the summit in Windhoek. “We resolved to start a "
            "dialogue,” the summit said.",
            None,
        ),
        (
            "The EAC boycotted the summit in Windhoek. “We resolved to start a dialogue,” the summit said.",
            None,
        ),
        (
            "The UN chief spoke at the opening of the Africa Climate Summit. “This is Africa's moment,” "
            "the summit declared.",
            None,
        ),
        # a phrase of place or topic set before the subject never holds the speaker
        (
            "Lesotho and the DRC sent envoys. On the DRC, the envoys noted the calm, saying “we resolved "
            "to start a dialogue with the other blocs.”",
            None,
        ),
    ],
)
def test_a_summit_speaks_for_its_organization(text: str, speaker: str | None) -> None:
    assert direct_quotes(text)[-1][1] == speaker


def test_a_participle_in_the_lead_clause_is_no_cue_after_the_subject() -> None:
    # "In responding Friday, X took ...": the participle before the subject gave a cue that ended
    # before it began, and the whole run stopped on it
    text = (
        "Senator Maria Lopez spoke on Thursday.\n\n"
        "In responding Friday, Lopez's campaign took the unusual step of criticizing the ethics panel, "
        'accusing  its members of engaging in "procedure run amok." Some allies agreed.'
    )
    for quote in quotes_of(text):
        assert quote.cue_span is None or quote.cue_span.start <= quote.cue_span.end


@pytest.mark.parametrize(
    "text",
    [
        # one of two named together is no more "she" than the other
        "The deal was signed by Ruth Milton and Marta Lindqvist. “It is a good day,” she said.",
        "Talks ended with Presidents Tomas Ferro and Lucia Ramos. “We agreed,” she told reporters.",
        "Leaders Tomas Ferro, Lucia Ramos and Ruth Milton met. “We agreed,” she told reporters.",
        # (the other a name no cue marks)
        "Marta Lindqvist and Zorvath Quellin met in Oslo. “We are family,” she said.",
    ],
)
def test_a_pronoun_after_names_coordinated_has_no_antecedent(text: str) -> None:
    assert direct_quotes(text)[0][1] is None


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # the pronoun of a relative clause on a statement is its author's, the one named last
        (
            "Tomas Ferro cited the report of the inspector, Ruth Milton, in which she urged “an end to "
            "the blockade before winter.”",
            "Ruth Milton",
        ),
        # ... but after "whom" or "whose", the main clause's subject is speaking
        ("Ruth Milton praised Judge Tomas Ferro, whom she called “a man of rare integrity.”", "Ruth Milton"),
        ("Ruth Milton thanked Tomas Ferro, whose work she said was “beyond all praise.”", "Ruth Milton"),
        # ... and after a bare "which", which is the main clause's object
        (
            "Governor Ann Lee vetoed the bill sponsored by Senator Tom Hale, which she called “reckless "
            "and cruel.”",
            "Ann Lee",
        ),
    ],
)
def test_a_pronoun_in_a_relative_clause(text: str, speaker: str) -> None:
    assert [q.speaker.name if q.speaker else None for q in quotes_of(text)] == [speaker]


def test_a_name_with_a_suffix_after_a_title_word_speaks_whole() -> None:
    assert direct_quotes("“We will win,” said Marcus Lee King Jr.") == [("We will win,", "Marcus Lee King")]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # "who" right before the speech verb stands for the name before it, past a description
        (
            "Ministers met in Cairo. He echoed remarks by Foreign Minister Omar Haddad, the meeting "
            "chairman, who said “any threat against one of us is a threat to all of us.”",
            "Omar Haddad",
        ),
        ("The envoy met Ruth Milton, who said: “We will not give up on this process at all.”", "Ruth Milton"),
        # ... not for a common noun
        ("The envoy met the rebels’ leader, who said: “We will not give up on this process at all.”", None),
    ],
)
def test_who_before_a_speech_verb_is_the_name_before_it(text: str, speaker: str | None) -> None:
    assert [q.speaker and q.speaker.name for q in quotes_of(text)] == [speaker]


@pytest.mark.parametrize(
    "text",
    [
        # the last of several names
        "The envoy met Ruth Milton and Ana Lutz, who said: “We will not give up on this process at all.”",
        # a name the head of the phrase is of, at or from
        "The letter was signed by Jane Doe of Oxfam, who said “hunger is a political choice.”",
        "The study was led by Dr Ali Khan at St Mary’s Hospital, who said “the results are encouraging.”",
        "The session was chaired by Jane Doe from Boston, who said “we need action, not words.”",
        # a credential set off after the name
        "The report was backed by Jane Doe, MP, who said “ministers must act now.”",
    ],
)
def test_who_after_a_name_that_is_not_the_phrase_s_head_is_not_read(text: str) -> None:
    # (the cue "who said" is not read: the quote keeps what other cues give it)
    assert [q.rule for q in quotes_of(text)] != ["before-subject-verb"]


def test_a_name_set_off_after_a_person_s_noun_in_a_phrase_is_no_subject() -> None:
    # "along with her husband, Tomas Ruiz," names the husband inside a phrase: "she" is Ana Ruiz
    text = (
        "Ana Ruiz, a banker from Lima, said the debate had changed her mind. Along with her husband, "
        "Tomas Ruiz, a lawyer, she has funded many campaigns.\n“I cannot support him now,” she said."
    )
    assert [q.speaker and q.speaker.name for q in quotes_of(text)] == ["Ana Ruiz"]
    # ... while a name after a fronted phrase with no person's noun is the subject
    text = "In her speech to the council, Lena Marsh thanked the staff.\n“We have done our part,” she said."
    assert [q.speaker and q.speaker.name for q in quotes_of(text)] == ["Lena Marsh"]
    # ... and one that goes on with what that person did is one ("..., who urged")
    text = (
        "The call came from her Danish counterpart, Mette Holm, who urged Karin Lindqvist to delay the "
        "vote.\n“There is no rush,” she said."
    )
    assert [q.speaker and q.speaker.name for q in quotes_of(text)] == ["Mette Holm"]
