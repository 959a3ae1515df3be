"""The typed registry entry of a membership rule, and how a table of rules is compiled."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ...records import MemberStatus
from .guards import GATES

# the statement forms that give the member a standing other than plain membership
STATUS: dict[str, MemberStatus] = {
    "suspended": "suspended",
    "barred": "suspended",
    "frozen": "frozen",
    "suspension": "suspended",
}


@dataclass(frozen=True, slots=True)
class Rule:
    """One way of stating membership.

    ``id`` is unique and is what a `Member` reports as its ``rule``: the form's name, then
    ``/variant`` or ``/2``, ``/3``... when the form has several patterns.
    """

    id: str
    form: str  # "includes", "members-are"...: what `comparison` and the context rules read
    pattern: re.Pattern[str]
    flags: str
    gate: frozenset[str]  # words the sentence must contain (lower case) before the pattern is tried
    status: MemberStatus


# (rule[:variant], pattern, flags): the variant picks other cue words (`guards.GATES`);
# flag "s" = the list or country is the subject of the verb, so it must not follow a
# preposition ("flights to Mali were suspended"); flag "d": bare "members" must be determined;
# flag "h": not after a subordinator in its clause ("If five countries joined"), a joining supposed,
# nor a word or two after a preposition ("Protesters from several countries joined")
Entry = tuple[str, str, str]


def compile_rules(entries: tuple[Entry, ...], seen: dict[str, int]) -> tuple[Rule, ...]:
    """Return the rules of a table; ``seen`` counts the names already used, so that a name
    given again gets the next variant number ("suspended", "suspended/2"...)."""
    rules = []
    for name, pattern, flags in entries:
        form, _, variant = name.partition(":")
        seen[name] = seen.get(name, 0) + 1
        suffix = variant or (str(seen[name]) if seen[name] > 1 else "")
        rule_id = f"{form}/{suffix}" if suffix else form
        if seen[name] > 1 and variant:
            rule_id = f"{rule_id}-{seen[name]}"
        status = STATUS.get(form, "member")
        gate = frozenset(GATES[name])
        rules.append(Rule(rule_id, form, re.compile(pattern, re.IGNORECASE), flags, gate, status))
    return tuple(rules)
