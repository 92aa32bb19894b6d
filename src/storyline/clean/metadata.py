"""Title, outlet and byline clues found in a page's text.

- A page title often carries the site name after a separator ("Headline - ForumDaily"): the
  suffix is taken as the outlet when it is short and the page names it elsewhere too (or it
  looks like a domain).
- "…, сообщает Depo.ua." / "…, Reuters reports.": an outlet named by a reporting verb at the
  end of a sentence.
- "By X" / "Автор: X" lines, and "NAME, <role> <writes>" clauses inside the lead, give the byline.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from storyline.clean.lexicon import Lexicon

_DOMAIN = re.compile(r"^[\w-]+(?:\.[\w-]+)*\.[a-zа-яё]{2,10}$", re.IGNORECASE)
_NAME_WORD = r"[^\s\d,.;:!?()\"“”«»]+"  # letters and combining marks (Devanagari vowel signs are not \w)
_CAPITAL_NAME = r"(?:[A-ZА-ЯЁІЇЄҐ][\w'’\-]*(?:\.[\w\-]+)*)"


def split_site_suffix(line: str, lexicon: Lexicon, *, page_text: str = "") -> tuple[str, str | None]:
    """("Headline", "Site") when the line ends in a short site-name suffix, else (line, None).

    The suffix must look like a name (or a domain) and, unless it is a domain, be named again
    elsewhere on the page: "Headline, – Госдеп США" is a headline that quotes its source.
    """
    best: tuple[int, str] | None = None
    for separator in lexicon.title_separators:
        position = line.rfind(separator)
        if position > 0 and (best is None or position > best[0]):
            best = (position, separator)
    if best is None:
        return line, None
    position, separator = best
    head, site = line[:position].strip(), line[position + len(separator) :].strip()
    if not site or len(site) > 40 or len(site.split()) > 5 or len(head.split()) < 3:
        return line, None
    if _DOMAIN.match(site):
        return head, site
    if site[0].islower() or head.endswith((",", ":", ";")):
        return line, None
    if page_text.count(site) < 2:
        return line, None
    return head, site


def is_domain(text: str) -> bool:
    return bool(_DOMAIN.match(text.strip()))


def outlet_from_url(url: str | None) -> str | None:
    """The site's host name without "www." (the last resort for the outlet)."""
    if not url:
        return None
    host = urlsplit(url if "//" in url else "//" + url).hostname or ""
    host = host.removeprefix("www.").removeprefix("m.")
    return host or None


def outlet_from_reporting_verb(text: str, lexicon: Lexicon) -> str | None:
    """ "…, сообщает Depo.ua." (verb first) or "…, Reuters reports." (name first)."""
    for verb in lexicon.reports_verbs:
        after = re.search(
            rf"(?<![^\W_]){re.escape(verb)}\s+({_CAPITAL_NAME}(?:\s[\w.\-]+){{0,2}})\s*(?:[.;]|$)",
            text,
            re.IGNORECASE if verb.isascii() else 0,
        )
        if after and after.group(1)[0].isupper():
            return after.group(1).rstrip(".")
        before = re.search(rf",\s+({_CAPITAL_NAME}(?:\s{_CAPITAL_NAME}){{0,2}})\s+{re.escape(verb)}\s*[.;]", text)
        if before:
            return before.group(1)
    return None


_COPYRIGHT = re.compile(
    r"(?:©|\(c\)|copyright|копирайт|कॉपीराइट)\s*(?:©\s*)?(?:(?:19|20)\d\d(?:\s*[-–—]\s*(?:19|20)\d\d)?\s*)?,?\s*"
    r"[«\"“]?(?P<name>[^\W\d_][^.,·|;:«»\"“”।\n]{1,60}?)[»\"”]?\s*(?:[.,·|;:।]|\s[-–—]\s|$)",
    re.IGNORECASE,
)


def outlet_from_copyright(lines: list[str], lexicon: Lexicon) -> str | None:
    """The publisher named on the page's last copyright line ("© 2023 Panorama Europe SRL, Bruxelles")."""
    for line in reversed(lines):
        match = _COPYRIGHT.search(line)
        if match is None:
            continue
        name = re.sub(r"\s+(?:19|20)\d\d$", "", match.group("name").strip())  # "© Kurier 2023"
        for form in lexicon.legal_forms:
            if name.endswith(" " + form):
                name = name[: -len(form)].strip(" ,&")
                break
        if 1 <= len(name.split()) <= 6 and not name[0].islower() and not name.casefold().startswith("all rights"):
            return name
    return None


def byline_from_line(line: str, lexicon: Lexicon) -> str | None:
    """The author names of a "By X" / "Автор: X" line, or of such a field in "Source: … | Author: X | …"."""
    for part in re.split(r"\s+[|·]\s+", line):
        match = lexicon.byline_prefix.search(part.casefold())
        if match is None:
            continue
        names = part[match.end() :].strip(" :-—–,")
        names = re.split(r"\s+\(", names)[0].strip()  # "X (Agency, City)"
        if names and len(names.split()) <= 8 and names[0].isupper():
            return names
    return None


def byline_in_lead(paragraph: str, lexicon: Lexicon) -> tuple[str, str] | None:
    """("NAME", paragraph without the clause) for "…, NAME, <role> <writes>." closing a lead paragraph."""
    folded = paragraph.casefold()
    for verb in lexicon.byline_writes:
        position = folded.rfind(verb)
        if position < 0 or len(folded) - (position + len(verb)) > 3:
            continue  # the verb must close the paragraph
        clause_start = paragraph.rfind(",", 0, max(0, position - 1))
        if clause_start < 0:
            continue
        role_part = paragraph[clause_start + 1 : position].strip()
        name_start = paragraph.rfind(",", 0, clause_start)
        if name_start < 0:
            continue
        name = paragraph[name_start + 1 : clause_start].strip()
        if not any(role in role_part.casefold() for role in lexicon.role_words):
            continue
        if not 2 <= len(name.split()) <= 4 or not re.fullmatch(rf"{_NAME_WORD}(?:\s{_NAME_WORD}){{1,3}}", name):
            continue
        cleaned = paragraph[:name_start].rstrip(" ,") + _closing_mark(paragraph[:name_start])
        return name, cleaned
    return None


def _closing_mark(text: str) -> str:
    """A full stop in the script of the text it closes (the danda for Devanagari)."""
    devanagari = sum(1 for ch in text if "\u0900" <= ch <= "\u097f")
    return "।" if devanagari > len(text) / 3 else "."
