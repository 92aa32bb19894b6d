"""Corpus-wide entity linking: mention keys become entities with aliases, country and role.

Keys that name the same actor are merged:

- knowledge-base keys (``kb:<id>``) are one entity per KB entry, whatever the language;
- other keys merge when they have the same kind and the same *name signature*: the
  name-variant key (transliterated, spelling-normalised, :mod:`storyline.entities.names`) of the
  lemma with one Slavic case ending removed from each word. So ``PER:dmitrii ivanov`` (ru) and
  ``PER:dmytro ivanov`` stay apart (different first names) while ``ORG:ryanair`` (pl, from
  "Ryanaira") and ``ORG:ryanair`` (en) are one;
- a lone surname (``PER:granville``) joins the one full name in the corpus with that surname;
  when full names with different first names share it, it stays on its own.

Entity ids are stable: ``stable_id("e", kb id)`` for KB entities, else ``stable_id("e", signature)``
where the signature is the content-derived merged key (``PER|kristofer granvil``).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from storyline.entities.names import is_latin_script, variant_key
from storyline.entities.resources import EntityResources
from storyline.ids import stable_id
from storyline.model import Alias, Article, Entity

_LATIN_LANG_PREFERENCE = ("en", "de", "fr", "es", "it", "pl", "cs")


@dataclass(frozen=True)
class LinkResult:
    entities: list[Entity]
    key_to_entity: dict[str, str]
    article_counts: dict[tuple[str, str], int]  # (article id, entity id) -> mentions


def name_signature(kind: str, name: str, resources: EntityResources) -> str:
    """Kind plus the stemmed variant key of each word of ``name``."""
    words = [resources.stem_word(word) for word in variant_key(name).split()]
    return f"{kind}|{' '.join(words)}"


def _group_keys(
    keys: Iterable[str], kinds: dict[str, Counter[str]], lemmas: dict[str, Counter[str]], resources: EntityResources
) -> dict[str, str]:
    """key -> group signature (a KB key is its own group)."""
    group: dict[str, str] = {}
    singles: list[tuple[str, str, str]] = []  # key, kind, surname signature
    full_by_surname: dict[tuple[str, str], set[str]] = defaultdict(set)
    first_names: dict[str, set[str]] = defaultdict(set)
    for key in keys:
        if key.startswith("kb:"):
            group[key] = key
            continue
        kind = kinds[key].most_common(1)[0][0]
        lemma = lemmas[key].most_common(1)[0][0]
        signature = name_signature(kind, lemma, resources)
        group[key] = signature
        words = signature.split("|", 1)[1].split()
        if kind == "PER" and len(words) == 1:
            singles.append((key, kind, words[0]))
        elif kind == "PER" and len(words) >= 2:
            full_by_surname[(kind, words[-1])].add(signature)
            first_names[signature].add(words[0])
    for key, kind, surname in singles:
        owners = full_by_surname.get((kind, surname), set())
        firsts = {f for owner in owners for f in first_names[owner]}
        if len(owners) >= 1 and len(firsts) == 1:
            group[key] = sorted(owners)[0]
    return group


def link_entities(articles: Iterable[Article]) -> LinkResult:
    resources = EntityResources.load()
    aliases: dict[str, Counter[tuple[str, str | None]]] = defaultdict(Counter)
    kinds: dict[str, Counter[str]] = defaultdict(Counter)
    names: dict[str, Counter[tuple[str, str | None]]] = defaultdict(Counter)
    lemmas: dict[str, Counter[str]] = defaultdict(Counter)
    countries: dict[str, Counter[str]] = defaultdict(Counter)
    roles: dict[str, tuple[str, str]] = {}
    kb_ids: dict[str, str] = {}
    per_article: Counter[tuple[str, str]] = Counter()
    for article in articles:
        for mention in article.mentions:
            key = mention.key
            lang = mention.lang or article.language
            aliases[key][(mention.text, lang)] += 1
            kinds[key][mention.kind] += 1
            names[key][(mention.name, lang)] += 1
            lemmas[key][mention.lemma or mention.text] += 1
            if mention.country:
                countries[key][mention.country] += 1
            if mention.role:
                stamp = article.published or ""
                if key not in roles or stamp >= roles[key][0]:
                    roles[key] = (stamp, mention.role)
            if mention.kb_id:
                kb_ids[key] = mention.kb_id
            per_article[(article.id, key)] += 1

    articles_of: dict[str, set[str]] = defaultdict(set)
    for aid, key in per_article:
        articles_of[key].add(aid)
    group_of = _group_keys(sorted(aliases), kinds, lemmas, resources)
    members: dict[str, list[str]] = defaultdict(list)
    for key, group in group_of.items():
        members[group].append(key)

    key_to_entity: dict[str, str] = {}
    entities: list[Entity] = []
    for group, keys in members.items():
        kb_id = next((kb_ids[k] for k in keys if k in kb_ids), None)
        entity_id = stable_id("e", kb_id) if kb_id else stable_id("e", group)
        for key in keys:
            key_to_entity[key] = entity_id
        alias_counts: Counter[tuple[str, str | None]] = Counter()
        kind_counts: Counter[str] = Counter()
        name_counts: Counter[tuple[str, str | None]] = Counter()
        country_counts: Counter[str] = Counter()
        for key in keys:
            alias_counts.update(aliases[key])
            kind_counts.update(kinds[key])
            name_counts.update(names[key])
            country_counts.update(countries[key])
        dated_roles = [roles[k] for k in keys if k in roles]
        entities.append(
            Entity(
                id=entity_id,
                kind=kind_counts.most_common(1)[0][0],
                name=_canonical_name(name_counts),
                aliases=tuple(
                    Alias(text, lang, count)
                    for (text, lang), count in sorted(alias_counts.items(), key=lambda kv: (-kv[1], kv[0][0]))
                ),
                country=country_counts.most_common(1)[0][0] if country_counts else None,
                role=max(dated_roles)[1] if dated_roles else None,
                kb_id=kb_id,
                article_ids=tuple(sorted(set().union(*(articles_of[k] for k in keys)))),
                mentions=sum(alias_counts.values()),
            )
        )
    entities.sort(key=lambda e: (-e.mentions, e.id))
    counts: Counter[tuple[str, str]] = Counter()
    for (aid, key), n in per_article.items():
        counts[(aid, key_to_entity[key])] += n
    return LinkResult(entities, key_to_entity, dict(counts))


def _canonical_name(name_counts: Counter[tuple[str, str | None]]) -> str:
    """The name written in a Latin-script language when there is one (English first), else the commonest."""
    for lang in _LATIN_LANG_PREFERENCE:
        in_lang = [(count, name) for (name, name_lang), count in name_counts.items() if name_lang == lang]
        if in_lang:
            return max(in_lang)[1]
    latin = [(count, name) for (name, _lang), count in name_counts.items() if is_latin_script(name)]
    if latin:
        return max(latin)[1]
    return name_counts.most_common(1)[0][0][0]
