"""Quotations and their speakers.

Each paragraph's quoted stretches (see `marks`) are classed as direct
(a clause of its own), partial (a fragment someone is said to have spoken) or
dropped (scare quotes, titles); the speech cue after or before each one names
its speaker (see `attribution` and `speakers`). A quote with no cue of its own
inherits the speaker of the quote it continues (``carried``). Every speaker is
then judged sure or uncertain by the structure of its evidence (see `certainty`).
"""

from __future__ import annotations

import re
from dataclasses import replace

from ...records import Document, Entity, Quote, Span, Speaker
from ..textscan import sentence_end
from .attribution import (
    LABEL_RULE,
    Cue,
    CueSide,
    cue_after,
    cue_before,
    dashed_after_name,
    participle_over_quote,
    signature,
)
from .certainty import assess_speakers
from .kinds import WORD, introduced_sentence, kind_of, said_object
from .marks import Stretch, stretches_by_paragraph
from .reported import reported_speech
from .speakers import Resolver, anonymous

# "WALLACE: Let's start ...": a transcript line records an exchange, it is not a quotation
_TRANSCRIPT = re.compile(r"[A-Z][A-Z.’' -]{1,30}:\s")
# a paragraph that opens a turn: "CLINTON: ", "Q: ", "MR. LEE: " (not "WASHINGTON (AP) -")
_TURN = re.compile(r"(?:Q|A|[A-Z][A-Z.’'-]+(?: [A-Z][A-Z.’'-]+){0,2}):\s")
_SIGNATURE_OPENERS = frozenset("―—–-")  # the first character of a line that signs a quote
_NAME_GAP = re.compile(r"[\s,]*(?:[A-Z][\w.’'-]*\s+){0,3}")


def extract_quotes(
    doc: Document,
    *,
    people: tuple[Entity, ...] = (),
    organizations: tuple[Entity, ...] = (),
    countries: tuple[Entity, ...] | None = None,
) -> tuple[Quote, ...]:
    """Return the quotes of ``doc`` sorted by position, each with its speaker or None (the
    ``countries`` are found here when not given and one is needed)."""
    resolver = Resolver(doc, people, organizations, countries)
    quotes: list[Quote] = []
    last: Quote | None = None
    stretches = _all_stretches(doc)
    turns = _transcript_turns(doc.text, stretches)
    labels: dict[int, int | None] = {}  # the transcript label of each paragraph read so far
    for index, (para, st, continued) in enumerate(stretches):
        kind = None if index in turns else kind_of(doc.text, st)
        if kind is None:
            continue
        # a title needs its cue only when it may be a sentence cut by one: ``“Go Home,” he said``
        titled = kind == "title" and not doc.text[st.start : st.end].rstrip().endswith((",", "?", "!"))
        if para not in labels:
            labels[para] = _turn_label(doc, para)
        label = labels[para]
        cue = None if titled else _cue(doc, para, st, stretches, index, label, resolver)
        if kind != "direct":
            kind = _settle(doc, para, st, kind, cue, stretches, index, quotes)
            if kind is None:
                continue
        if label is not None:
            last = None  # "Q: ...", "CLINTON: ...": a transcript turn carries no earlier speaker
            if cue is None and label == st.open_at:  # 'CLINTON: "..."': the turn's own words
                start = doc.paragraphs[para].start
                name = doc.text[start:label].rstrip(": ").title()
                cue = Cue(start, label - 1, name, start, "transcript-turn", CueSide.LINE)
        # "“...?” said the Belarusian strongman. “...?”": the words after a quote whose own cue
        # names nobody known are that unknown speaker's, not the sentences' before
        unknown = bool(quotes) and quotes[-1].cue is not None and quotes[-1].speaker is None
        unknown = unknown and quotes[-1].span.paragraph == para
        quote = _quote(doc, st, kind, cue, resolver, last, continued, unknown)
        if quote is None:
            continue
        quotes.append(quote)
        if quote.speaker is not None:
            last = quote
    quotes = _fill_groups(quotes, stretches)
    quotes.extend(reported_speech(doc, resolver, [q.span for q in quotes]))
    quotes = assess_speakers(doc, quotes, resolver)
    named = _bodies_in_full(organizations)
    quotes = [_body_named(q, named) for q in quotes]
    return tuple(sorted(quotes, key=lambda q: (q.span.start, q.span.end)))


def _bodies_in_full(organizations: tuple[Entity, ...]) -> dict[str, str]:
    """Return the name a quote of an organization known by an acronym is given when the article
    also names it in words, its fullest name as for a person: "Caribbean Community (CARICOM)",
    or "Caribbean Community" in an article that never writes "CARICOM"."""
    named = {}
    for org in organizations:
        acronym = org.key
        if not re.fullmatch(r"[A-Z][A-Z0-9+&-]+", acronym):
            continue  # ("AU Peace and Security Council" is named already)
        words = [m.text for m in org.mentions if " " in m.text and acronym not in m.text.upper()]
        if words:
            full = org.full_name if org.full_name in words else max(words, key=len)
            used = any(m.text.upper() == acronym for m in org.mentions)  # "CARICOM", "Opec"
            named[org.key] = f"{full} ({acronym})" if used else full
    return named


def _body_named(quote: Quote, named: dict[str, str]) -> Quote:
    """Return ``quote`` with an organization speaker given its fullest name (key kept)."""
    speaker = quote.speaker
    if speaker is None or speaker.kind != "organization" or speaker.key not in named:
        return quote
    return replace(quote, speaker=replace(speaker, name=named[speaker.key]))


def _all_stretches(doc: Document) -> list[tuple[int, Stretch, bool]]:
    """Return (paragraph, stretch, continues-previous-paragraph) for every stretch."""
    out: list[tuple[int, Stretch, bool]] = []
    open_before = False
    paragraphs = doc.paragraphs
    for i, found in enumerate(stretches_by_paragraph(doc.text, [(p.start, p.end) for p in paragraphs])):
        p = paragraphs[i]
        headless = None if open_before else _headless(doc.text, p.start, p.end, found)
        if headless is not None:
            found = [headless, *found]
        for j, st in enumerate(found):
            continued = open_before and j == 0 and st.open_at == _first_char(doc.text, p.start, p.end)
            out.append((i, st, continued))
        open_before = bool(found) and not found[-1].closed
    return out


def _transcript_turns(text: str, stretches: list[tuple[int, Stretch, bool]]) -> set[int]:
    """Return the stretches that are transcript lines or paragraphs continuing a speaker's turn.

    ``"PENCE: Well, ...`` opens a turn; the next paragraphs that open with a mark and
    never close it (``"But the truth is ...``) carry on that turn: none is a quotation.
    """
    found: set[int] = set()
    last_para = -2
    for i, (para, st, _) in enumerate(stretches):
        initial = st.open_at == 0 or text[st.open_at - 1] == "\n"
        if not initial:
            continue
        turn = para == last_para + 1 and not st.closed
        if turn or _transcript(text, st, text[st.start : st.end]):
            found.add(i)
            last_para = para
    return found


def _turn_label(doc: Document, para: int) -> int | None:
    """Return where a transcript turn's text starts after its label ("CLINTON: ", "Q: "), or None."""
    p = doc.paragraphs[para]
    m = _TURN.match(doc.text, p.start, p.end)
    return m.end() if m else None


def _headless(text: str, lo: int, hi: int, found: list[Stretch]) -> Stretch | None:
    """Return the quotation a paragraph opens without its opening mark, when a closing mark and
    its cue end it ("... no more empty promises,” the United States said"), else None.

    The quotation must be one sentence: where one that starts later in the paragraph opens is
    unknown. (A paragraph that goes on with a quotation left open before it is not read so:
    on the tuning set that gained one speaker, on the check set it lost one.)
    """
    lo = _first_char(text, lo, hi)
    end = found[0].open_at if found else hi
    close = min((i for i in (text.find("”", lo, end), text.find('"', lo, end)) if i >= 0), default=-1)
    if close < 0 or not text[lo : lo + 1].isupper() or text[close - 1 : close] not in (",", ".", "!", "?"):
        return None
    inner = text[lo : close - 1]
    if "“" in inner or ". " in inner or len(inner.split()) < 4:
        return None
    if cue_after(text, close + 1, end) is None:
        return None
    return Stretch(lo, close, lo, close, True)


def _first_char(text: str, lo: int, hi: int) -> int:
    while lo < hi and text[lo].isspace():
        lo += 1
    return lo


def _settle(doc, para, st, kind, cue, stretches, index, quotes) -> str | None:
    """Return the kind of a 'partial' or 'title' stretch once its cue and neighbours are known."""
    text = doc.text
    if _split_sentence(doc, para, st, cue, stretches, index) or _after_cue_sentence(
        text, st, stretches, index, quotes
    ):
        return "direct"
    if introduced_sentence(text, st, kind == "title"):
        return "direct"
    if kind == "title":
        return None
    if _resumes(doc, st, cue, stretches[index - 1 : index], quotes) or said_object(text, st, cue):
        return "direct"
    return kind


def _after_cue_sentence(text: str, st: Stretch, stretches: list, index: int, quotes: list[Quote]) -> bool:
    """Return whether a stretch is a sentence following its quote's cue: ``“...,” he said. “No.”``."""
    if index == 0 or not quotes or not st.closed:
        return False
    para, prev, _ = stretches[index - 1]
    last = quotes[-1]
    if stretches[index][0] != para or last.span.start != prev.start or last.cue_span is None:
        return False
    if last.kind != "direct" or not last.rule.startswith("after") or last.cue_span.end > st.open_at:
        return False
    inner = text[st.start : st.end].rstrip()
    if not inner.endswith((".", "!", "?")) or not inner.lstrip(" '‘\"“")[:1].isupper():
        return False
    between = text[last.cue_span.end : st.open_at]
    return (
        not between.strip(" .,")
        and "." in between
        and not text[prev.close_at + 1 : last.cue_span.start].strip(" ,")
    )


def _split_sentence(doc: Document, para: int, st: Stretch, cue: Cue | None, stretches, index) -> bool:
    """Return whether a short quote is a sentence of its own: ``“It's over,” she said.``.

    One word will do when the quote resumes right after the cue: ``“That,” he said, “is all.”``.
    """
    if cue is None or cue.side is not CueSide.AFTER or cue.start < st.end:
        return False
    inner = doc.text[st.start : st.end].rstrip()
    words = WORD.findall(inner)
    if not words or not inner.endswith((",", "?", "!")) or not words[0][:1].isupper():
        return False
    if len(words) < 2 and not _resumed_after(doc.text, para, cue, stretches, index):
        return False
    before = doc.text[doc.paragraphs[para].start : st.open_at].rstrip()
    return not before or before.endswith((".", "!", "?", ":", "”", '"', "’"))


def _resumed_after(text: str, para: int, cue: Cue, stretches: list, index: int) -> bool:
    """Return whether the next stretch of the paragraph opens right after ``cue`` in lowercase."""
    if index + 1 >= len(stretches) or stretches[index + 1][0] != para:
        return False
    nxt = stretches[index + 1][1]
    return not text[cue.end : nxt.open_at].strip(" ,") and text[nxt.start : nxt.end].lstrip()[:1].islower()


def _resumes(doc: Document, st: Stretch, cue: Cue | None, prev: list, quotes: list[Quote]) -> bool:
    """Return whether a stretch resumes a direct quote cut by its cue: ``“My hope,” he said, “is ...”``."""
    if cue is None or not prev or not quotes or cue.side is not CueSide.BEFORE:
        return False
    para, before, _ = prev[0]
    last = quotes[-1]
    if para != doc.paragraph_at(st.start) or last.span.start != before.start or last.kind != "direct":
        return False
    text = doc.text
    if not text[before.start : before.end].rstrip().endswith(","):
        return False
    # the cue's subject may start past a title: ``,” Mr. Lee said, “``
    gap = text[before.close_at + 1 : cue.start]
    return bool(_NAME_GAP.fullmatch(gap)) and not text[cue.end : st.open_at].strip(" ,:")


def _transcript(text: str, st: Stretch, inner: str) -> bool:
    """Return whether a paragraph-initial stretch is a transcript line (``"HOST: ...``)."""
    return (st.open_at == 0 or text[st.open_at - 1] == "\n") and bool(_TRANSCRIPT.match(inner))


def _cue(
    doc: Document,
    para: int,
    st: Stretch,
    stretches: list,
    index: int,
    label: int | None,
    resolver: Resolver | None = None,
) -> Cue | None:
    """Return the cue after the closing mark, else the one before the opening mark (also when
    the words after name nobody and the cue before names someone: ``UNIFIL revealed that
    "...," south Lebanon, confirming``)."""
    p = doc.paragraphs[para]
    # stretches run in text order: the neighbours in the same paragraph are the adjacent ones
    after_cue = None
    if st.closed:
        after = stretches[index + 1] if index + 1 < len(stretches) else None
        nxt = after[1].open_at if after is not None and after[0] == para else p.end
        after_cue = cue_after(doc.text, st.close_at + 1, nxt)
        if after_cue is not None and _introduces_next(doc.text, st, after_cue, nxt if nxt < p.end else None):
            after_cue = None
        # (a cue opening the sentence after a quote that ended its own gives way to the cue its own
        # sentence has, below: "... he stated, “....” He highlighted ...")
        if (
            after_cue
            and (resolver is None or resolver.names_someone(after_cue.subject, after_cue.subject_at))
            and not _opens_sentence_after(doc.text, st, after_cue)
        ):
            return after_cue
    cue = _cue_before(doc, para, st, stretches, index, label)
    if cue is not None and cue.rule == LABEL_RULE and resolver is not None:
        # "EU High Representative: “...”": a label naming nobody known leaves the quote to
        # whoever the sentences before carry
        cue = cue if resolver.names_known(cue.subject, cue.subject_at) else None
    if after_cue is not None and (
        cue is None or resolver is None or not resolver.names_someone(cue.subject, cue.subject_at)
    ):
        return after_cue
    return cue


def _introduces_next(text: str, st: Stretch, cue: Cue, nxt: int | None) -> bool:
    """Return whether the cue after a quote that ends its sentence opens the next sentence, which
    quotes its subject ("... initiatives." Italian Foreign Minister Antonio Tajani told journalists
    that they were “against ...”): the cue is the next quote's."""
    if (
        nxt is None
        or cue.side is not CueSide.AFTER
        or not cue.rule.startswith(("after-subject", "after-verb"))
    ):
        return False  # (a roundup's "― Name" signs the quote before it, whatever follows)
    if not _ends_sentence(text, st):
        return False
    between = text[cue.end : nxt]
    return not _SENTENCE_END.search(between)


_SENTENCE_END = re.compile(r"[.!?](?:\s|$)")


def _ends_sentence(text: str, st: Stretch) -> bool:
    """Return whether a quotation ends with the end of its sentence ("... initiatives.”")."""
    return text[st.start : st.end].rstrip()[-1:] in (".", "!", "?")


def _opens_sentence_after(text: str, st: Stretch, cue: Cue) -> bool:
    """Return whether a cue after a quote that ends its sentence opens a sentence of its own
    ("... parties.” He highlighted ...")."""
    if cue.side is not CueSide.AFTER or not _ends_sentence(text, st):
        return False
    return (
        text[st.close_at + 1 : cue.subject_at].strip() == ""
        and text[cue.subject_at : cue.subject_at + 1].isupper()
    )


def _cue_before(
    doc: Document, para: int, st: Stretch, stretches: list, index: int, label: int | None
) -> Cue | None:
    """Return the cue before the opening mark (or a signature line after its paragraph)."""
    p = doc.paragraphs[para]
    before = stretches[index - 1] if index > 0 else None
    prev = before[1].close_at + 1 if before is not None and before[0] == para else p.start
    cue = cue_before(doc.text, max(prev, label or prev), st.open_at)
    if cue is None and before is not None and before[0] == para:
        # "X welcomed “...,” saying “...”": a participle after the sentence's earlier quote
        cue = participle_over_quote(doc.text, p.start, before[1].open_at, prev, st.open_at)
    if doc.text[st.open_at - 3 : st.open_at].rstrip(" '‘“\"")[-1:] in ("-", "—", "–"):
        # "Republicans have said so, including Mitt Romney -- ''...'' --": the name nearest wins
        dashed = dashed_after_name(doc.text, prev, st.open_at)
        if dashed is not None and (cue is None or cue.end <= dashed.start):
            cue = dashed
    if (
        cue is None
        and st.closed
        and para + 1 < len(doc.paragraphs)
        and doc.text[doc.paragraphs[para + 1].start] in _SIGNATURE_OPENERS
        and not doc.text[st.close_at + 1 : p.end].strip(" .,")
    ):
        # a roundup: the quote's paragraph ends with it and the next line signs it
        q = doc.paragraphs[para + 1]
        cue = signature(doc.text, q.start, q.end)
    if cue is None and st.open_at == _first_char(doc.text, p.start, p.end) and para > 0:
        # "... said:" (or "But the chairman added,") closing the previous paragraph introduces this one
        q = doc.paragraphs[para - 1]
        if doc.text[q.start : q.end].rstrip().endswith((":", ",")):
            cue = cue_before(doc.text, q.start, q.end)
    return cue


def _quote(doc, st, kind, cue, resolver, last, continued, unknown=False) -> Quote | None:
    text = doc.text[st.start : st.end]
    span = doc.span(st.start, st.end)
    if cue is not None:
        speaker, how = resolver.resolve(cue.subject, cue.subject_at)
        cue_text = doc.text[cue.start : cue.end]
        if speaker is not None and anonymous(
            doc.text[cue.start : sentence_end(doc.text, cue.end, doc.paragraphs[span.paragraph].end)]
        ):
            speaker, how = None, "none"  # "the official, who spoke on condition of anonymity, said"
        if speaker is None and kind == "partial":
            return None  # a fragment with no identifiable speaker: scare quotes
        return Quote(text, span, kind, speaker, how, cue_text, doc.span(cue.start, cue.end), cue.rule)
    if kind == "partial":
        return None  # a fragment nobody is said to have spoken: scare quotes
    if unknown:
        return Quote(text, span, kind, None, "none", None, None, "unattributed")
    if last is not None and last.span.paragraph >= span.paragraph - 2:
        # "... Clinton said. Mr. Trump replied with a joke -- ''...''": a sentence about another
        # person since the last quote hands the turn over
        mine = last.speaker.name if last.speaker is not None else ""
        others = last.speaker is not None and resolver.others_between(last.span.end, st.open_at, mine)
        other = resolver.subject_before(st.open_at, after=last.span.end) if others else None
        if other is not None and other.name != mine:
            return Quote(text, span, kind, other, "carried", None, None, "carried-subject")
        return Quote(text, span, kind, last.speaker, "carried", last.cue, last.cue_span, "carried")
    subject = resolver.subject_before(st.open_at)
    if subject is not None:
        return Quote(text, span, kind, subject, "carried", None, None, "carried-subject")
    reporter, _ = resolver.reporter_before(st.open_at) if _whole_paragraph(doc, st) else (None, "none")
    if reporter is not None:  # "he said the sanctions were imposed. \n“I can also report ...”"
        return Quote(text, span, kind, reporter, "carried", None, None, "carried-report")
    return Quote(text, span, kind, None, "none", None, None, "unattributed")


def _whole_paragraph(doc: Document, st: Stretch) -> bool:
    """Return whether a quotation is its paragraph: it opens it, and only marks of punctuation
    follow its closing mark."""
    p = doc.paragraphs[doc.paragraph_at(st.open_at)]
    if st.open_at != _first_char(doc.text, p.start, p.end):
        return False
    return not st.closed or not doc.text[st.close_at + 1 : p.end].strip(" .,;”’\"'")


def _fill_groups(quotes: list[Quote], stretches: list) -> list[Quote]:
    """Give every paragraph of a quote over several paragraphs the speaker of the whole."""
    out = list(quotes)
    closed = {st.start for _, st, _ in stretches if st.closed}
    for i in range(len(out) - 2, -1, -1):
        a, b = out[i], out[i + 1]
        joined = b.span.paragraph == a.span.paragraph + 1 and a.span.start not in closed
        if (
            joined
            and b.speaker is not None
            and a.rule in ("carried", "carried-subject", "carried-report", "unattributed")
        ):
            out[i] = Quote(a.text, a.span, a.kind, b.speaker, "carried", b.cue, b.cue_span, "carried-next")
    return out


__all__ = ["Span", "Speaker", "extract_quotes"]
