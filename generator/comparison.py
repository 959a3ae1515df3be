"""Members per article beside members per reference data, with the differences.

Reference data never changes what the article says: it is joined here, after
extraction, and every row keeps both sources apart.
"""

from __future__ import annotations

from dataclasses import dataclass

from .records import Briefing, Member
from .reference import load_countries, load_organizations

# an article that lists at least this many members of one organization with a rule that
# enumerates the membership ("X includes A, B and C", "its members are ...") is read as
# giving the full list, so reference members it leaves out are worth flagging
FULL_LIST = 3
LIST_RULES = frozenset({"includes", "members-are", "member-list", "are-members", "make-up"})


@dataclass(frozen=True, slots=True)
class ComparisonRow:
    iso3: str
    country: str
    stated: Member | None
    reference: str | None  # "member", "suspended", "left" or None (not in the reference list)
    reference_note: str | None = None

    @property
    def difference(self) -> str | None:
        """Return why this row disagrees with reference data, or None."""
        if self.stated is not None and self.reference in (None, "left"):
            return "the article states a member that reference data does not list as one"
        return None


@dataclass(frozen=True, slots=True)
class MemberComparison:
    organization: str
    full_name: str
    source: str
    as_of: str
    rows: tuple[ComparisonRow, ...]
    omitted: tuple[str, ...]  # reference members a full list in the article leaves out

    @property
    def differences(self) -> int:
        return sum(1 for r in self.rows if r.difference) + len(self.omitted)


def compare_members(b: Briefing) -> tuple[MemberComparison, ...]:
    """Return, per organization with stated members and reference members, the comparison."""
    organizations = load_organizations()
    countries = load_countries()
    out = []
    for org in sorted({m.organization for m in b.sure_members}):
        ref = organizations.get(org)
        if ref is None or ref.members is None:
            continue
        stated = {m.iso3: m for m in b.sure_members if m.organization == org}
        status = {iso: "member" for iso, _ in ref.members.states}
        status.update({iso: "left" for iso, _ in ref.members.left})
        notes = {iso: f"member since {year}" for iso, year in ref.members.states}
        notes.update({iso: f"left in {year}" for iso, year in ref.members.left})
        for iso, note in ref.members.suspended:
            status[iso] = "suspended"
            notes[iso] = f"{notes.get(iso, 'member')}; {note}"
        keys = sorted(
            set(stated) | {iso for iso, s in status.items() if s != "left"},
            key=lambda k: _name(countries, k, stated),
        )
        rows = tuple(
            ComparisonRow(k, _name(countries, k, stated), stated.get(k), status.get(k), notes.get(k))
            for k in keys
        )
        # a rule id is its form, then "/variant" when the form has several patterns
        listed = sum(1 for m in stated.values() if m.rule.partition("/")[0] in LIST_RULES)
        omitted = tuple(r.country for r in rows if r.stated is None and listed >= FULL_LIST)
        out.append(MemberComparison(org, ref.full_name, ref.members.source, ref.members.as_of, rows, omitted))
    return tuple(out)


def _name(countries: dict, iso3: str, stated: dict[str, Member]) -> str:
    if iso3 in stated:
        return stated[iso3].country
    ref = countries.get(iso3)
    return ref.name if ref else iso3
