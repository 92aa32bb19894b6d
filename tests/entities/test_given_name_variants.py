"""Ukrainian, Russian and other press forms of one given name are one name for one person."""

from __future__ import annotations

from storyline.entities.link import link_entities
from storyline.entities.names import same_first_name, variant_key
from storyline.entities.stage import EntityStage
from storyline.model import Article


def _same(left: str, right: str) -> bool:
    return same_first_name(variant_key(left), variant_key(right))


def test_forms_of_one_given_name_are_the_same_name() -> None:
    assert _same("Oleksandr", "Aleksandr") and _same("Oleksandr", "Alexander") and _same("Олександр", "Александр")
    assert _same("Oleh", "Oleg") and _same("Ігор", "Igor") and _same("Dmytro", "Dmitri")
    assert _same("Wolodymyr", "Vladimir") and _same("Serhiy", "Sergueï")


def test_different_given_names_stay_different() -> None:
    assert not _same("Oleksandr", "Oleksiy")  # Alexander and Alexei
    assert not _same("Mykola", "Mykhailo")
    assert not _same("Mario", "Maria")


def test_a_ukrainian_official_named_in_russian_and_english_is_one_entity(stage: EntityStage) -> None:
    texts = [
        ("uk", "Міністр Олександр Ставничук заявив у Києві, що зерновий коридор працює. Ставничук зустрівся з ООН."),
        ("ru", "Министр Александр Ставничук заявил в Киеве, что зерновой коридор работает и ООН согласна."),
        ("en", "Minister Oleksandr Stavnychuk said in Kyiv that the grain corridor works, and the UN agreed."),
        ("en", "Economist Oleksiy Stavnychuk of Kyiv doubts that the UN corridor will last."),
    ]
    articles = stage.process(
        [
            Article(id=f"a{i}", source="t", text=t, language=lang, published="2023-07-10")
            for i, (lang, t) in enumerate(texts)
        ]
    )
    result = link_entities(articles)
    people = [e for e in result.entities if e.kind == "PER" and "Stav" in e.name]
    minister = [e for e in people if "a2" in e.article_ids]
    assert len(minister) == 1 and set(minister[0].article_ids) == {"a0", "a1", "a2"}
    assert all("a3" not in e.article_ids for e in minister)
