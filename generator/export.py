"""Plain data views of briefings: the ``briefing/1`` JSON schema and CSV tables.

Other tools read this schema; change it only with a new schema version.
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections import Counter
from collections.abc import Iterable
from typing import Any

import orjson

from .records import Briefing, Entity, Member, Quote, Span

SCHEMA = "briefing/1"


def _span(span: Span | None) -> dict[str, int] | None:
    if span is None:
        return None
    return {"paragraph": span.paragraph, "start": span.start, "end": span.end}


def quote_data(q: Quote) -> dict[str, Any]:
    speaker = None
    if q.speaker is not None:
        speaker = {"name": q.speaker.name, "role": q.speaker.role, "kind": q.speaker.kind}
    return {
        "text": q.text,
        "kind": q.kind,
        "paragraph": q.span.paragraph,
        "start": q.span.start,
        "end": q.span.end,
        "speaker": speaker,
        "speaker_certainty": q.speaker_certainty,
        "speaker_doubt": q.speaker_doubt,
        "resolved_by": q.resolved_by,
        "cue": q.cue,
        "cue_span": _span(q.cue_span),
        "rule": q.rule,
    }


# Mentions that name a country by something other than a name of its own ("Malian", "Accra").
_NOT_A_NAME = frozenset({"demonym", "capital"})


def written_names(entities: Iterable[Entity]) -> dict[tuple[str, str], str]:
    """Return how the article names each country and organization, by (kind, key).

    That is the entity's own name (an organization's reference id, a country's reference
    name) when the article writes it, in any case; otherwise the name the article uses most
    for it, the first of equals (`Pacific Islands Forum` where no `PIF` is written,
    `Democratic Republic of Congo` for DR Congo); a country's letters count as the name they
    abbreviate when the article writes both (`Democratic Republic of Congo (DRC)`, then `DRC`,
    gives the name; `UK` and `Great Britain` stay two names), and so does a short form the name
    it opens (`St Vincent`, `St Vincent and the Grenadines`). An organization's id counts as
    written wherever the article writes it, also as another organization's name (`Sadc`,
    defined as a misspelt `Southern Africa Development Community`, where `Sadc` is read as SADC).
    """
    entities = [e for e in entities if e.kind in ("country", "organization")]
    written_org = {m.text.casefold() for e in entities if e.kind == "organization" for m in e.mentions}
    names: dict[tuple[str, str], str] = {}
    for e in entities:
        forms = [m.text for m in e.mentions if m.rule not in _NOT_A_NAME]
        written = written_org if e.kind == "organization" else {f.casefold() for f in forms}
        if forms and e.name.casefold() not in written:
            if e.kind == "country":
                # a country's name over the letters that abbreviate it ("Democratic Republic of
                # Congo (DRC)", then "DRC"), which count as that name
                spelt = _spelt_out(forms)
                forms = [spelt.get(f.replace(".", ""), f) if _LETTERS.fullmatch(f) else f for f in forms]
                # a short form counts as the full name it opens ("St Vincent", "St Vincent and
                # the Grenadines")
                forms = [next((g for g in forms if g.startswith(f + " ")), f) for f in forms]
            counts = Counter(forms)
            names[e.kind, e.key] = max(forms, key=counts.__getitem__)
    return names


# a name that is only capital letters (and dots): "DRC", "CAR", "U.S."
_LETTERS = re.compile(r"[A-Z][A-Z.]{1,5}")
# the capitalised words of a name, whose initials its letters are ("Democratic Republic of Congo")
_CAPITALISED = re.compile(r"[A-Z][\w'’-]*")


def _spelt_out(forms: list[str]) -> dict[str, str]:
    """Return the names among ``forms`` that are not letters, the first of each by its initials
    (``DRC``: ``Democratic Republic of Congo``; ``Great Britain`` is ``GB``, never ``UK``)."""
    spelt: dict[str, str] = {}
    for form in forms:
        if not _LETTERS.fullmatch(form):
            spelt.setdefault("".join(w[0] for w in _CAPITALISED.findall(form)), form)
    return spelt


def member_data(m: Member, names: dict[tuple[str, str], str]) -> dict[str, Any]:
    """Return a member as data: the organization and country as the article names them
    (`written_names`), with the organization's reference id and the country's ISO code."""
    return {
        "organization": names.get(("organization", m.organization), m.organization),
        "organization_key": m.organization,
        "country": names.get(("country", m.iso3), m.country),
        "iso3": m.iso3,
        "paragraph": m.span.paragraph,
        "start": m.span.start,
        "end": m.span.end,
        "rule": m.rule,
        "status": m.status,
        "certainty": m.certainty,
        "notes": [n.text for n in m.notes],
        "note_paragraphs": [n.span.paragraph for n in m.notes],
    }


def entity_data(e: Entity) -> dict[str, Any]:
    return {
        "kind": e.kind,
        "key": e.key,
        "name": e.name,
        "code": e.code,
        "full_name": e.full_name,
        "role": e.role,
        "affiliation": e.affiliation,
        "aliases": list(e.aliases),
        "mentions": [{**(_span(m.span) or {}), "text": m.text, "rule": m.rule} for m in e.mentions],
    }


def briefing_data(b: Briefing) -> dict[str, Any]:
    """Return one document's analysis as ``briefing/1`` data."""
    doc = b.document
    names = written_names(b.entities)
    return {
        "source": doc.meta.source,
        "slug": doc.slug,
        "title": b.title,
        "outlet": b.outlet,
        "venue": b.venue,
        "date": doc.meta.date,
        "url": doc.meta.url,
        "paragraphs": list(doc.paragraph_texts),
        "quotes": [quote_data(q) for q in b.quotes],
        "members": [member_data(m, names) for m in b.members],
        "topics": [{"id": t.id, "title": t.title, "paragraphs": list(t.paragraphs)} for t in b.topics],
        "entities": [entity_data(e) for e in b.entities],
        "glossary": [
            {
                "term": t.term,
                "definition": t.definition,
                "kind": t.kind,
                "source": t.source,
                "paragraph": t.span.paragraph if t.span else None,
            }
            for t in b.glossary
        ],
    }


def to_json(briefings: Iterable[Briefing], *, compact: bool = False) -> str:
    """Return the ``briefing/1`` JSON document for ``briefings`` (stable key order): the text of
    ``json.dumps(document, ensure_ascii=False, indent=2)``.

    ``compact`` drops the indentation, for the site's download (``separators=(",", ":")``).
    """
    if compact:
        # one cached piece per briefing: the site's build asks again for unchanged articles
        documents = ",".join(_compact(b) for b in briefings)
        return f'{{"schema":{json.dumps(SCHEMA)},"documents":[{documents}]}}\n'
    return joined_json(briefing_json(b) for b in briefings)


_IN_LIST = "\n    "  # a line break two levels deep: in "documents", in the document


def briefing_json(b: Briefing) -> str:
    """Return the JSON text of one briefing as `to_json` writes it in its list of documents."""
    # JSON text holds no raw line break but between its lines: each gets the list's indent
    return orjson.dumps(briefing_data(b), option=orjson.OPT_INDENT_2).decode().replace("\n", _IN_LIST)


def joined_json(pieces: Iterable[str]) -> str:
    """Return the ``briefing/1`` JSON document of briefings written by `briefing_json`, as
    `to_json` writes it."""
    parts = [f'{{\n  "schema": {json.dumps(SCHEMA)},\n  "documents": [']
    sep = _IN_LIST
    for piece in pieces:  # one join of all the parts: the document may run to many megabytes
        parts += (sep, piece)
        sep = "," + _IN_LIST
    parts.append("]\n}\n" if len(parts) == 1 else "\n  ]\n}\n")
    return "".join(parts)


# Compact JSON by briefing (the analysis cache hands back the same object for an unchanged article).
_COMPACT: dict[int, tuple[Briefing, str]] = {}


def _compact(b: Briefing) -> str:
    cached = _COMPACT.get(id(b))
    if cached is None or cached[0] is not b:
        if len(_COMPACT) >= 20_000:
            _COMPACT.clear()
        cached = _COMPACT[id(b)] = (b, orjson.dumps(briefing_data(b)).decode())
    return cached[1]


def _cell(value: object) -> object:
    """Return a CSV cell that a spreadsheet will not run as a formula.

    Text from an article that starts with = + - @ (or a tab or carriage return)
    gets a leading apostrophe, as OWASP recommends against CSV injection.
    """
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + value
    return value


def _csv(header: list[str], rows: Iterable[list[object]]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(header)
    writer.writerows([_cell(v) for v in row] for row in rows)
    return out.getvalue()


def quotes_csv(briefings: Iterable[Briefing]) -> str:
    """Return every quote as CSV: article, paragraph, kind, speaker, role, speaker_certainty,
    speaker_doubt, resolved_by, cue, text."""
    header = [
        "article",
        "paragraph",
        "kind",
        "speaker",
        "role",
        "speaker_certainty",
        "speaker_doubt",
        "resolved_by",
        "cue",
        "text",
    ]
    return _csv(
        header,
        (
            [
                b.slug,
                q.span.paragraph + 1,
                q.kind,
                q.speaker.name if q.speaker else "",
                (q.speaker.role or "") if q.speaker else "",
                q.speaker_certainty or "",
                q.speaker_doubt or "",
                q.resolved_by,
                q.cue or "",
                q.text,
            ]
            for b in briefings
            for q in b.quotes
        ),
    )


def members_csv(briefings: Iterable[Briefing]) -> str:
    """Return every stated membership as CSV: article, organization and country as the article
    names them (`written_names`), organization_key, iso3, paragraph, certainty, notes."""
    header = [
        "article",
        "organization",
        "organization_key",
        "country",
        "iso3",
        "paragraph",
        "certainty",
        "notes",
    ]
    return _csv(header, (row for b in briefings for row in _member_rows(b)))


def _member_rows(b: Briefing) -> Iterable[list[object]]:
    names = written_names(b.entities)
    for m in b.members:
        data = member_data(m, names)
        yield [
            b.slug,
            data["organization"],
            data["organization_key"],
            data["country"],
            data["iso3"],
            data["paragraph"] + 1,
            data["certainty"],
            " | ".join(data["notes"]),
        ]
