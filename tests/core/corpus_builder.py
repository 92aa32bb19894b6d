"""Builds on disk a pile of inputs of every kind, good and broken, for accounting tests.

The article texts are written for these tests; ``expected_documents`` says how many input
documents the pile holds, so a test can check that each ends in exactly one output file.
"""

from __future__ import annotations

import io
import json
import os
import random
from pathlib import Path

RU_TEXT = (
    "Правительство области объявило о ремонте моста через реку.\n\n"
    "Работы начнутся в понедельник и продлятся около трёх месяцев, сообщил глава "
    "транспортного департамента Игорь Соколов. По его словам, движение транспорта будет "
    "частично ограничено, а для пешеходов построят временный переход.\n\n"
    "Жители соседних сёл просили отремонтировать мост ещё прошлой весной."
)
FR_TEXT = (
    "Le conseil municipal a voté mardi un budget élevé pour les écoles.\n\n"
    "Selon la maire, Hélène Dubois, les travaux de rénovation débuteront en été et "
    "coûteront près de deux millions d'euros. Les élèves de trois établissements seront "
    "accueillis dans des bâtiments provisoires pendant la durée du chantier.\n\n"
    "L'opposition a critiqué un calendrier jugé trop serré."
)
DE_TEXT = (
    "Die Stadtwerke erhöhen zum ersten März die Preise für Fernwärme.\n\n"
    "Ein Sprecher des Unternehmens begründete den Schritt mit gestiegenen Kosten für Gas. "
    "Haushalte müssen im Durchschnitt mit rund zwölf Prozent höheren Abschlägen rechnen, "
    "teilte das Unternehmen am Dienstag in Würzburg mit.\n\n"
    "Verbraucherschützer raten, die neuen Verträge genau zu prüfen."
)
EN_TEXT = (
    "Harbour workers end strike after pay deal\n\n"
    "Dock workers at the port returned to work on Friday after union leaders accepted a new pay "
    "offer, ending a walkout that had lasted nine days and left dozens of ships waiting offshore.\n\n"
    "The agreement raises wages by six percent this year, the union's regional secretary, Maria "
    "Lopes, told reporters outside the terminal. Port managers said the backlog would take about a "
    "week to clear.\n\n"
    "Read also: Ferry timetable changes for the winter season\n"
    "Share this article: Facebook Twitter Email"
)


def _warc_bytes(records: list[tuple[str, bytes, str]]) -> bytes:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=True)
    for uri, body, ctype in records:
        headers = StatusAndHeaders("200 OK", [("Content-Type", ctype)], protocol="HTTP/1.1")
        record = writer.create_warc_record(uri, "response", payload=io.BytesIO(body), http_headers=headers)
        writer.write_record(record)
    return buffer.getvalue()


def _html(title: str, body: str) -> bytes:
    paragraphs = "".join(f"<p>{p}</p>" for p in body.split("\n\n"))
    return (
        "<!doctype html><html><head><meta charset='utf-8'><title>"
        + title
        + "</title></head><body><nav><a href='/'>Home</a> <a href='/world'>World</a></nav><article><h1>"
        + title
        + "</h1>"
        + paragraphs
        + "</article><footer>© 2024 Example News</footer></body></html>"
    ).encode()


def build_pile(root: Path, *, big_file_mb: int = 51) -> int:
    """Write the pile under ``root``; return the number of input documents in it."""
    rng = random.Random(7)
    root.mkdir(parents=True, exist_ok=True)
    docs = 0
    (root / "empty.txt").write_bytes(b"")
    (root / "blank.txt").write_bytes(b"  \n\n \t\n")
    (root / "noise.txt").write_bytes(bytes(rng.randrange(256) for _ in range(4096)))
    (root / "ru-cp1251.txt").write_bytes(RU_TEXT.encode("cp1251"))
    (root / "ru-koi8r.txt").write_bytes(RU_TEXT.replace("Соколов", "Петренко").encode("koi8-r"))
    (root / "fr-latin1.txt").write_bytes(FR_TEXT.encode("latin-1"))
    (root / "de-utf8-bom.txt").write_bytes(b"\xef\xbb\xbf" + DE_TEXT.encode("utf-8"))
    (root / "en.txt").write_text(EN_TEXT, encoding="utf-8")
    (root / "page.html").write_bytes(_html("Harbour strike ends", EN_TEXT.split("\n\n", 1)[1]))
    docs += 9
    with (root / "huge.txt").open("wb") as out:  # over the size limit: rejected without being read whole
        line = ("A long line of filler text about nothing in particular. " * 20 + "\n").encode()
        for _ in range(big_file_mb * 1024 * 1024 // len(line) + 1):
            out.write(line)
    docs += 1
    lines = [
        json.dumps({"text": FR_TEXT.replace("mardi", "jeudi"), "title": "Budget des écoles", "language": "fr"}),
        "{not json at all",
        json.dumps({"title": "no text field"}),
        json.dumps(["a", "list"]),
        json.dumps({"text": "   "}),
        "",  # a blank line separates, it is not a document
        json.dumps({"text": DE_TEXT.replace("Würzburg", "Bamberg"), "url": "https://example.org/a1"}),
    ]
    (root / "feed.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    docs += 6
    warc = _warc_bytes(
        [
            ("https://example.org/news/1", _html("Port strike over", EN_TEXT.split("\n\n", 1)[1]), "text/html"),
            ("https://example.org/logo.png", b"\x89PNG\r\n\x1a\n" + bytes(200), "image/png"),
            ("https://example.org/news/2", _html("Мост закроют", RU_TEXT), "text/html; charset=utf-8"),
        ]
    )
    (root / "crawl.warc.gz").write_bytes(warc)
    docs += 3
    (root / "truncated.warc.gz").write_bytes(warc[: int(len(warc) * 0.7)])
    docs += 1  # what can be read of it, plus one rejection for the broken rest, is checked loosely
    sub = root / "sub"
    sub.mkdir(exist_ok=True)
    (sub / "nested.md").write_text(EN_TEXT.replace("nine days", "eleven days"), encoding="utf-8")
    docs += 1
    os.symlink("missing-target.txt", root / "dangling.txt")
    docs += 1
    os.symlink("loop-b.txt", root / "loop-a.txt")
    os.symlink("loop-a.txt", root / "loop-b.txt")
    docs += 2
    os.symlink("..", sub / "up")  # a directory loop: reported once as unreadable
    docs += 1
    return docs
