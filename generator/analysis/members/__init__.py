"""Member states that a document states to belong to an organization, with their standing.

`extract` finds them, sentence by sentence, over an abstracted text (`slots`); the rules
are in `list_rules`, `single_rules` (typed and registered in `rules`) and `frame` (the
general membership frame), the words that undo a match in `guards`, and the notes on
each member's standing in `notes`.
"""

from .extract import extract_members

__all__ = ["extract_members"]
