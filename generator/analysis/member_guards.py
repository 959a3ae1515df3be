"""Words around a membership match that undo it, and the cue words every pattern needs."""

from __future__ import annotations

import re

# "A, B and C are observers": a list followed by this is not a member list
AFTER_LIST_NOT = re.compile(
    r"\s*,?\s*(?:as|are|is|were|which\s+are)\s+(?:\w+\s+)?(?:observers?|partners?|candidates?|guests?|invitees?)\b"
    # "all EU member states, Hungary said": the country speaks; it is not listed
    r"|\s*,?\s+(?:said|says|told|added|noted|stressed|argued|insisted|claimed|warned)\b",
    re.IGNORECASE,
)
# "bid for Sweden's NATO membership", "a path for Ankara's EU membership": wanted, not held
MEMBERSHIP_NOT = re.compile(
    r"\b(?:for|on|towards?|bid|path|way|application|candidacy|seek\w*|appl\w+|pursu\w*|hopes?|future|"
    r"potential|eventual|accession|decision|talks|negotiations)\s+(?:[\w'’-]+\s+){0,3}$",
    re.IGNORECASE,
)
# "Ukraine's NATO membership bid": wanted, not held
MEMBERSHIP_AFTER_NOT = re.compile(
    r"\s+(?:bid|application|aspirations?|hopes?|talks|negotiations|process|candidacy|prospects?|path)\b",
    re.IGNORECASE,
)
# a subject does not follow a preposition: "flights to Mali were suspended"
PREPOSITION_BEFORE = re.compile(
    r"\b(?:to|from|in|into|on|of|for|with|by|at|against|between|over|across|via|through|than|hope\w*\s+that)"
    r"\s+(?:the\s+)?$",
    re.IGNORECASE,
)
RELATIVE = re.compile(r">\s*,\s*(?:which|who|that)\s")
# "the former member Uzbekistan", "observer countries": the words just before a list
BEFORE_NOT = re.compile(
    r"\b(?:former|ex|observers?|partners?|candidates?|prospective|would-be|aspiring|future|associate|non|"
    r"dialogue|invited|guest)[\s-]+(?:[\w-]+\s+)?(?:the\s+)?$",
    re.IGNORECASE,
)
