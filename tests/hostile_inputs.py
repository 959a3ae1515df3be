"""Hostile articles for the browser and site tests: HTML, Markdown structure, Jinja,
attribute lists, javascript: links, hostile metadata and file names, in .txt, .md and .html.

Each payload calls ``alert(N)`` with its own N, so a dialog names the payload
(`PAYLOADS[N]`) that got through.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterator
from itertools import count

import yaml

# "§" stands for the payload's number.
TAGS = [
    "<script>alert(§)</script>",
    "<img src=x onerror=alert(§)>",
    "<svg onload=alert(§)>",
    "<details open ontoggle=alert(§)>",
    "<iframe srcdoc='<script>parent.alert(§)</script>'></iframe>",
    "<body onload=alert(§)>",
    "<input autofocus onfocus=alert(§)>",
    "<style onload=alert(§)></style>",
    '<a href="javascript:alert(§)">click</a>',
    "</title><script>alert(§)</script>",
    "</textarea></noscript></style><script>alert(§)</script>",
    "&lt;/title&gt;&lt;script&gt;alert(§)&lt;/script&gt;",
    "&#60;img src=x onerror=alert(§)&#62;",
    "<!--<img src=x onerror=alert(§)>-->",
]
MARKDOWN = [
    "[click](javascript:alert(§))",
    '![x](x "onerror=alert(§)")',
    "![x](javascript:alert(§))",
    "see [ref][r§]\n\n[r§]: javascript:alert(§)",
    "# A heading <img src=x onerror=alert(§)>",
    "- a list item <img src=x onerror=alert(§)>\n- another",
    "1. numbered <svg onload=alert(§)>",
    "| a | <img src=x onerror=alert(§)> |\n|---|---|\n| b | c |",
    "*[CSTO]: <img src=x onerror=alert(§)>",
    "A footnote[^f§]\n\n[^f§]: <img src=x onerror=alert(§)>",
    'Words{: onclick="alert(§)" }',
    "{: #p1 onmouseover=alert(§) }",
    '<https://example.org/x"onmouseover=alert(§)>',
    "`<img src=x onerror=alert(§)>`",
    '!!! note "<img src=x onerror=alert(§)>"',
    "**bold** _em_ :smile: https://example.org/§ www.example.org",
]
JINJA = [
    "{{ 7*7 }} {{ '<img src=x onerror=alert(§)>' }}",
    "{% for x in range(3) %}<svg onload=alert(§)>{% endfor %}",
    "{{ self.__init__.__globals__ }} {% raw %}",
]
PAYLOADS: dict[int, str] = {}
_numbers = count(1)


def arm(template: str) -> str:
    """Return ``template`` with its own alert number, remembered in `PAYLOADS`."""
    n = next(_numbers)
    PAYLOADS[n] = template
    return template.replace("§", str(n))


def body(kind: str) -> list[str]:
    """Return hostile paragraphs that also feed every extractor (quotes, members, topics...)."""
    lead = f"Officials met {arm('</title><script>alert(§)</script>')} in the capital, Report informs."
    return [
        lead,
        f"“We will not accept {arm('<img src=x onerror=alert(§)>')} or {arm('[this](javascript:alert(§))')},”"
        " Foreign Minister Jane Doe said.",
        "The Collective Security Treaty Organization (CSTO) currently includes Armenia, Belarus,"
        f" Kazakhstan, Kyrgyzstan, Russia and Tajikistan. Armenia {arm('<svg onload=alert(§)>')}"
        " has frozen its participation.",
        f"UN peacekeepers {arm('<details open ontoggle=alert(§)>')} arrived, she said.",
        f"The Treaty {arm('<script>alert(§)</script>')} Council (TSC) met.",
        f"The Treaty {arm('<img/src/onerror=alert(§)>')} Council (TIC) met; the TIC and TSC agreed.",
        *(arm(p) for p in (*TAGS, *(MARKDOWN if kind != "html" else ()), *JINJA)),
    ]


def front_matter(**values: str) -> str:
    return "---\n" + yaml.safe_dump(values, allow_unicode=True, sort_keys=True) + "---\n"


def txt_article() -> str:
    return "\n\n".join(body("txt")) + "\n"


def md_article() -> str:
    meta = front_matter(
        title=arm("Talks </title><script>alert(§)</script> & <img src=x onerror=alert(§)>"),
        outlet=arm("<script>alert(§)</script> Daily"),
        venue=arm("[a venue](javascript:alert(§))"),
        url=arm("javascript:alert(§)"),
        language=arm('"><svg onload=alert(§)>'),
        date="2024-05-01",
    )
    return meta + f"# {arm('<img src=x onerror=alert(§)> heading')}\n\n" + "\n\n".join(body("md")) + "\n"


def html_article() -> str:
    """A saved page whose payloads are text (entity-escaped), as on a real news site."""
    title = html.escape(arm("Talks </title><script>alert(§)</script>"))
    paragraphs = "".join(f"<p>{html.escape(p)}</p>" for p in body("html"))
    return (
        f"<html><head><title>{title}</title>"
        f'<meta property="og:site_name" content="{html.escape(arm("<script>alert(§)</script>"))}">'
        f'<meta property="og:url" content="{arm("javascript:alert(§)")}">'
        f"<script>alert({arm('§')})</script></head>"
        f"<body><article><h1>{title}</h1>{paragraphs}</article></body></html>\n"
    )


def hostile_articles() -> dict[str, str | bytes]:
    short = "The delegates met {} in the capital to discuss trade and security in the region."
    return {
        "plain.txt": txt_article(),
        "front.md": md_article(),
        "saved.html": html_article(),
        "benign.txt": "The delegates met in the capital on Monday to discuss trade.\n",
        arm("<img src=x onerror=alert(§)>.txt"): short.format("again"),
        arm("javascript:alert(§).md"): short.format(arm("<svg onload=alert(§)>")),
        arm("{{ 7*7 }} [x](javascript:alert(§)).txt"): short.format("today"),
        arm('" onmouseover="alert(§)') + ".html": (
            "<html><body><article><p>"
            + html.escape(short.format(arm("<b onclick=alert(§)>x</b>")))
            + " They said the talks would go on next week, as officials from both sides confirmed.</p>"
            "</article></body></html>\n"
        ),
    }


def all_payloads() -> Iterator[str]:
    """Return every payload template."""
    yield from TAGS
    yield from MARKDOWN
    yield from JINJA


def fired(dialogs: list[str]) -> str:
    """Name the payloads behind ``dialogs`` for the failure message."""
    numbers = {int(n) for d in dialogs for n in re.findall(r"'(\d+)'", d)}
    return "\n".join(dialogs + [f"#{n}: {PAYLOADS.get(n)!r}" for n in sorted(numbers)])
