"""The language data and knowledge-base files parse and hold what the code expects."""

from __future__ import annotations

import re
from importlib import resources

import pycountry
import yaml

from storyline.entities.kb import KB_FILES, KB_PACKAGE
from storyline.entities.resources import EntityResources

_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def _kb_records() -> list[tuple[str, dict]]:
    out = []
    for name in KB_FILES:
        text = resources.files(KB_PACKAGE).joinpath(name).read_text(encoding="utf-8")
        out += [(name, record) for record in yaml.safe_load(text)]
    return out


def test_kb_entries_are_well_formed() -> None:
    ids = set()
    records = _kb_records()
    written = {record["id"] for _source, record in records if "id" in record}
    for source, record in records:
        if "extends" in record:  # a generated country, subdivision or city, or an entry written in another file
            assert record["extends"].startswith(("loc/", "city/", "sub/")) or record["extends"] in written, record
            continue
        assert record["id"] not in ids, f"duplicate id {record['id']} in {source}"
        ids.add(record["id"])
        assert record["name"].isascii() or record["id"].startswith("per/"), record["name"]
        if record.get("country"):
            assert pycountry.countries.get(alpha_3=record["country"]) is not None, record
        for lang, names in record.get("aliases", {}).items():
            assert lang == "*" or re.fullmatch(r"[a-z]{2}", lang), (record["id"], lang)
            assert names and all(isinstance(n, str) and n.strip() == n and n for n in names), record["id"]
        for role in record.get("roles", []):
            assert role["title"]
            start, end = str(role.get("from") or ""), str(role.get("to") or "")
            assert not start or _DATE.match(start), role
            assert not end or _DATE.match(end), role
            assert not (start and end) or start < end, role


def test_leaders_have_names_in_the_main_languages() -> None:
    people = [r for _s, r in _kb_records() if r.get("id", "").startswith("per/")]
    assert len(people) >= 50
    for person in people:
        assert {"en", "ru", "uk"} <= set(person["aliases"]), person["id"]
        assert person.get("country"), person["id"]


def test_entity_resources_load() -> None:
    res = EntityResources.load()
    for lang in ("en", "ru", "uk", "de", "fr", "es", "it", "pl", "cs", "bg", "hi"):
        assert res.titles.get(lang), f"no title words for {lang}"
    assert res.is_given_name("Sergei") and res.is_given_name("Сергей") and res.is_given_name("Jen")
    assert not res.is_given_name("In")
    assert res.keyword_kind("Ministerstwo", "pl") == "ORG"
    assert res.keyword_kind("Außenministerium", "de") == "ORG"
    assert res.keyword_kind("River", "en") == "LOC"
    assert all(e.isascii() and e.islower() for e in res.endings)
    assert res.stem_key("putinim") == "putin" and res.stem_key("putin") == "putin"
