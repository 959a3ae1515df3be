"""The registry of membership rules: every rule once, with a unique id, in the order they are tried."""

from __future__ import annotations

import re

from .fragments import C
from .frame import frame_rules
from .frame_words import Frame
from .list_rules import LIST_ENTRIES
from .rule import Rule, compile_rules
from .single_rules import SINGLE_ENTRIES

_SEEN: dict[str, int] = {}
LIST_PATTERNS = compile_rules(LIST_ENTRIES, _SEEN)
SINGLE_PATTERNS = compile_rules(SINGLE_ENTRIES, _SEEN)
LIST_ITEM = re.compile(C)
# the membership frame (`frame`): one entry per kind of frame word
FRAME_RULES: dict[Frame, Rule] = dict(zip(Frame, frame_rules(), strict=True))
RULES: dict[str, Rule] = {
    rule.id: rule for rule in LIST_PATTERNS + SINGLE_PATTERNS + tuple(FRAME_RULES.values())
}
if len(RULES) != len(LIST_PATTERNS) + len(SINGLE_PATTERNS) + len(
    FRAME_RULES
):  # pragma: no cover - a typo in the table
    raise RuntimeError("member rule ids must be unique")
