"""How far, in characters, the extractors look around a word for the words that explain it.

One place for every window, so that a reader can see how local each decision is.
"""

from __future__ import annotations

# organizations
LONG_NAME_BEFORE_ACRONYM = 160  # "Collective Security Treaty Organization (CSTO)"
BLOC_NAMED_AHEAD = 200  # "the bloc ... the CSTO": the organization named just after a reference
PRONOUN_BEFORE_COUNTRY = 30  # "its membership": the pronoun that makes a country own a statement
OWNER_BEFORE_COUNTRY = 80  # "Kazakhstan's president said his country": the country "his country" is

# members: how far around a country enumeration the membership frame looks for its word (at
# most eight light words between them, and after the countries an aside of up to 60 characters)
FRAME_AFTER_LIST = 260  # "Norway and Iceland, also outside the bloc, belong to"
FRAME_BEFORE_LIST = 160  # "has been made up of ten countries, among them"
NATION_OF_BEFORE_COUNTRY = 50  # "the neighbouring nation of Finland": a country through its noun
LED_BEFORE_ORG = 40  # "the Russian-led CSTO": a modifier of the organization's name

# people
SPEECH_VERB_BEFORE_NAME = 40  # "said Jens Stoltenberg"
SPEAKING_BEFORE_NAME = 140  # "Speaking to reporters today (09 Oct) in New York, Guterres"
ROLE_BEFORE_NAME = 90  # "Russian foreign ministry spokeswoman Maria Zakharova"
PHRASE_BEFORE_NAME = 50  # "for Hillary Clinton": a preposition that puts a name inside a phrase
NAME_LIST = 80  # "William Ruto, Yoweri Museveni and Paul Kagame": from one person of a list to the next

# quotes and speakers
CUE_AFTER_QUOTE = 160  # ,” the CSTO secretary-general said in an interview
# words (not characters) of a subject before its speech verb; an appositive role set off by
# commas may take more, up to the name before it: "Leonid Kalashnikov, Head of the CIS Affairs
# Committee of the Russian State Duma, said"
SUBJECT_WORDS = 10
APPOSED_SUBJECT_WORDS = 18
SPEECH_BEFORE_QUOTE = 40  # she said, “...
SPEECH_THAT_BEFORE_QUOTE = 80  # told EU leaders via videoconference that “...
TITLE_CUE_BEFORE_QUOTE = 30  # titled “...”
BODY_NAMED_BEFORE = 600  # “...,” it said: the body named last
SUBJECT_SENTENCES_BEFORE = 3  # “...,” it said: the body that opens one of the sentences before
GROUP_SENTENCES_BEFORE = 2  # “...,” they said in a statement: the group is named this many sentences back
STATEMENT_BEFORE_CUE = 1500  # “...,” the statement said: who issued the statement
SUMMIT_OWNER = 40  # "the SADC Troika summit", "the summit of the AU": the organization next to the word
# sentences back that "the three EAC member countries" looks for the list of three it counts
COUNTED_LIST_BACK = 8
# characters back that "the official said" looks for the last named speaker holding an office
OFFICIAL_SPOKE_BEFORE = 1500
LAST_SPEAKER_BEFORE = 600  # “...,” Peskov said. ... “...,” the press secretary concluded
