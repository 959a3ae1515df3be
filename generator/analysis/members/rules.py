"""The registry of membership rules: every rule once, with a unique id, in the order they are tried."""

from __future__ import annotations

import re

from .fragments import C
from .list_rules import LIST_ENTRIES
from .rule import Rule, compile_rules
from .single_rules import SINGLE_ENTRIES

_SEEN: dict[str, int] = {}
LIST_PATTERNS = compile_rules(LIST_ENTRIES, _SEEN)
SINGLE_PATTERNS = compile_rules(SINGLE_ENTRIES, _SEEN)
LIST_ITEM = re.compile(C)
RULES: dict[str, Rule] = {rule.id: rule for rule in LIST_PATTERNS + SINGLE_PATTERNS}
if len(RULES) != len(LIST_PATTERNS) + len(SINGLE_PATTERNS):  # pragma: no cover - a typo in the table
    raise RuntimeError("member rule ids must be unique")
