"""Corpus-wide entity linking: mention keys become entities with aliases, country and role.

Keys that name the same actor are merged:

- knowledge-base keys (``kb:<id>``) are one entity per KB entry, whatever the language;
- other keys merge when they have the same kind and the same *name signature*: the
  name-variant key (transliterated, spelling-normalised, :mod:`storyline.entities.names`) of the
  lemma with one Slavic case ending removed from each word. So ``ORG:ryanair`` (pl, from
  "Ryanaira") and ``ORG:ryanair`` (en) are one (the ending removal also makes ``dmitrii`` and
  ``dmytro`` one first name);
- a lone surname (``PER:granville``) joins the one full name in the corpus with that surname;
  when full names with different first names share it, it stays on its own;
- then (``fuzzy=True``, the default) groups whose names are near transliterated forms of each
  other (``Kakhovka``/``Kachowka``, ``Devid Devis``/``David Davis``: per-word edit distance scaled
  by length, more lenient when the consonant skeletons agree) merge when their contexts agree:
  they co-occur with the same other entities, or sit in the same country. A non-KB group may join
  a KB entity this way; two KB entities never merge, nor do people with different first names
  (``Aleksandr``/``Oleksandr``). One-word names, first names that are only case forms of each other
  (``Joeja``/``Joe``) and places read as people need more shared context; a Czech feminine
  surname compares as the plain one (``Merkelová``/``Merkel``); acronyms never merge fuzzily;
- a bare organisation head (``Unia``) joins the one KB organisation it opens (*Unia Europejska*)
  when that is named in most of its articles, over at least three.

Entity ids are stable: ``stable_id("e", kb id)`` for KB entities, else ``stable_id("e", signature)``
where the signature is the content-derived merged key (``PER|kristofer granvil``).
"""

from __future__ import annotations

import functools
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator, Set
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from storyline.entities.kb import kind_of_id
from storyline.entities.mention_index import ArticleEntityCounts, MentionIndex
from storyline.entities.names import (
    consonant_skeleton,
    given_name_key,
    inflected_first_name,
    is_latin_script,
    near_words,
    same_first_name,
    variant_key,
)
from storyline.entities.resources import EntityResources
from storyline.ids import stable_id
from storyline.model import Alias, Article, Entity

_LATIN_LANG_PREFERENCE = ("en", "de", "fr", "es", "it", "pl", "cs")


@dataclass(frozen=True)
class LinkResult:
    entities: list[Entity]
    key_to_entity: dict[str, str]
    article_counts: ArticleEntityCounts  # (article id, entity id) -> mentions


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


_MIN_CONTEXT_JACCARD = 0.05  # share of co-occurring entities two near-forms must have in common
_MIN_SHARED_CONTEXT = 2  # ... and at least this many of them
_MAX_BLOCK = 64  # candidate blocks larger than this (large corpora) compare only near skeletons
_CONTEXT_ARTICLES = 40  # articles (the first by id) whose entities make up a group's context
_CONTEXT_CACHE = 256  # contexts kept at once: at 10k articles 4096 held ~200 MB for no CPU gained
_MIN_FORM_LETTERS = 3  # shorter names are never merged fuzzily
_HEAD_KINDS = frozenset({"ORG"})  # bare heads (Unia, Komisja, MID) join the one KB name they open ...
_HEAD_SHARE = 0.75  # ... when it is named in at least this share of their articles,
_HEAD_MIN_ARTICLES = 3  # and there are this many (one article is too little: a dropped qualifier, МЗС Росії)
_HEAD_SCORE = 2.0  # head joins are decided before near forms (whose scores are Jaccard values <= 1)
_KB_FORMS = 8  # commonest lemmas of a KB entity compared with other groups' names
_MIN_CONTEXT_JACCARD_INFLECTED = 0.1  # the same for people whose first names are only case forms alike
_MIN_SHARED_CONTEXT_INFLECTED = 3


@dataclass
class _Component:
    """A set of merged groups: its representative, its KB group if any and its people's first names."""

    root: str
    kb_group: str | None
    first_names: set[str]


def _forms(
    group: str,
    keys: list[str],
    lemmas: dict[str, Counter[str]],
    names: dict[str, Counter[tuple[str, str | None]]],
    resources: EntityResources,
) -> set[str]:
    """The name-word strings a group is known by (its signature, or for a KB group its commonest
    lemmas' and names' signatures). Acronyms (EPP and EP have one key) and names shorter than three
    letters are left out: they are never merged fuzzily."""
    written: list[str] = []
    for key in keys:
        written += [lemma for lemma, _count in lemmas[key].most_common(_KB_FORMS)]
        written += [name for (name, _lang), _count in names[key].most_common(2)]
    if not group.startswith("kb:"):
        forms = set() if _is_acronym(written[0]) else {group.split("|", 1)[1]}
    else:
        forms = {name_signature("", text, resources)[1:] for text in written if not _is_acronym(text)}
    return {form for form in forms if len(form) >= _MIN_FORM_LETTERS}


def _is_acronym(text: str) -> bool:
    letters = [ch for ch in text if ch.isalpha()]
    return 2 <= len(letters) <= 6 and all(ch.isupper() for ch in letters) and " " not in text.strip()


def _candidate_pairs(forms: dict[str, set[str]], kind_of: dict[str, str]) -> Iterator[tuple[str, str]]:
    """Pairs of groups worth comparing: same kind family, same number of words, same initials, a
    total length within the next bucket of four letters (near forms differ by a few letters), and
    the last word sharing its first two letters or the end of its consonant skeleton."""
    blocks: dict[tuple[str, int, str, str, int], set[str]] = defaultdict(set)
    for group, group_forms in forms.items():
        for form in group_forms:
            words = form.split()
            if kind_of[group] == "PER" and len(words) >= 2:  # "Aleksandr X" meets "Oleksandr X"
                words[0] = given_name_key(words[0])
                form = " ".join(words)
            initials = "".join(w[0] for w in words)
            for probe in ("p" + words[-1][:2], "s" + consonant_skeleton(words[-1])[-2:]):
                blocks[(_kind_family(kind_of[group]), len(words), initials, probe, len(form) // 4)].add(group)
    seen: set[tuple[str, str]] = set()
    for (family, n, initials, probe, bucket), block in sorted(blocks.items()):
        ordered = sorted(block)
        neighbours = sorted(blocks.get((family, n, initials, probe, bucket + 1), set()))
        crowded = len(ordered) + len(neighbours) > _MAX_BLOCK
        company = _skeleton_index(ordered + neighbours, forms) if crowded else {}
        for i, left in enumerate(ordered):
            rights = ordered[i + 1 :] + neighbours
            if crowded:  # a large corpus: only names whose last words' skeletons are one deletion apart
                near_left = set().union(*(company[k] for k in _skeleton_keys(left, forms)))
                rights = [r for r in rights if r in near_left]
            for right in rights:
                pair = (left, right) if left < right else (right, left)
                if left != right and pair not in seen:
                    seen.add(pair)
                    yield pair


def _skeleton_keys(group: str, forms: dict[str, set[str]]) -> set[str]:
    """The consonant skeletons of a group's last name words, and each with one letter deleted."""
    keys: set[str] = set()
    for form in forms[group]:
        skeleton = consonant_skeleton(form.split()[-1])
        keys.add(skeleton)
        keys.update(skeleton[:i] + skeleton[i + 1 :] for i in range(1, len(skeleton)))
    return keys


def _skeleton_index(groups: list[str], forms: dict[str, set[str]]) -> dict[str, set[str]]:
    index: dict[str, set[str]] = defaultdict(set)
    for group in groups:
        for key in _skeleton_keys(group, forms):
            index[key].add(group)
    return index


def _head_owner(
    group: str,
    forms: dict[str, set[str]],
    kind_of: dict[str, str],
    named_with: Callable[[str], Set[str]],
    article_groups: Callable[[str], list[set[str]]],
) -> str | None:
    """The KB entity a bare head name stands for: ``Unia`` for *Unia Europejska*, ``Komisja`` for
    *Komisja Europejska*, ``МИД`` for *МИД России*. A non-KB organisation whose name opens a longer
    name of a KB organisation joins it when that entity is the only such one in its articles and
    is named in most of them, over at least three articles (a name read alone in articles that also
    name it in full; in one article a bare head is as often a qualifier the detector dropped)."""
    if group.startswith("kb:") or kind_of[group] not in _HEAD_KINDS:
        return None
    words = group.split("|", 1)[1].split()
    owners = {
        other
        for other in named_with(group)
        if other.startswith("kb:")
        and kind_of[other] == kind_of[group]
        and any(_opens(words, form.split()) for form in forms[other])
    }
    if len(owners) != 1:
        return None
    groups_of_articles = article_groups(group)
    if len(groups_of_articles) < _HEAD_MIN_ARTICLES:
        return None
    owner = owners.pop()
    present = sum(owner in groups for groups in groups_of_articles)
    return owner if present >= _HEAD_SHARE * len(groups_of_articles) else None


def _opens(head: list[str], name: list[str]) -> bool:
    """Whether the words ``head`` open the longer ``name``, each word equal or a case form of it (una/uni)."""
    return len(name) > len(head) and all(
        a == b or (min(len(a), len(b)) >= 3 and abs(len(a) - len(b)) <= 2 and inflected_first_name(a, b))
        for a, b in zip(head, name[: len(head)], strict=True)
    )


def _unfeminine(word: str, other: str) -> str:
    """``word`` without a feminine ``ov`` when that is all it has more than ``other`` (merkelov/merkel)."""
    return word[:-2] if word.endswith("ov") and word[:-2] == other and len(other) >= 3 else word


def _kind_family(kind: str) -> str:
    """Kinds whose names may be compared: a place is often mistaken for a person or a thing ("Nova
    Kakhovka" read as a name), so LOC, PER and MISC compare with each other (under the stricter
    context test); ORG only with ORG."""
    return kind if kind == "ORG" else "LOC|PER|MISC"


def _near_forms(kind: str, left: str, right: str, near: Callable[[str, str], bool] = near_words) -> str | None:
    """How two name forms are near: ``"same"``, ``"near"``, ``"inflected"`` (lone surnames, and people
    whose first names are only case forms of one another, see :func:`inflected_first_name`), or None."""
    lwords, rwords = left.split(), right.split()
    if left == right:
        return "same"
    if len(lwords) != len(rwords):
        return None
    person = kind == "PER" and len(lwords) >= 2
    pairs = list(zip(lwords[person:], rwords[person:], strict=True))
    if person:  # a Czech/Slovak feminine surname is the surname plus -ov(á): Merkelová, Bibiová
        pairs = [(_unfeminine(a, b), _unfeminine(b, a)) for a, b in pairs]
    if any(abs(len(a) - len(b)) > 3 for a, b in pairs) or not all(near(a, b) for a, b in pairs):
        return None
    if len(lwords) == 1:
        return "inflected"  # one near word (a lone surname, a place): as weak a clue as a first name's case form
    if not person or same_first_name(lwords[0], rwords[0]):
        return "near"
    if inflected_first_name(lwords[0], rwords[0]):
        return "inflected"
    return None


def fuzzy_merge(
    group_of: dict[str, str],
    kinds: dict[str, Counter[str]],
    lemmas: dict[str, Counter[str]],
    names: dict[str, Counter[tuple[str, str | None]]],
    countries: dict[str, Counter[str]],
    index: MentionIndex,
    resources: EntityResources,
) -> dict[str, str]:
    """Merge groups whose names are near transliterated forms of each other and whose contexts agree.

    Two groups of the same kind are candidates when every word of one name is near the same word
    of the other (:func:`storyline.entities.names.near_words`) and, for people, the first names are
    the same name (:func:`storyline.entities.names.same_first_name`). A candidate pair merges when
    the entities it appears with overlap (Jaccard over co-occurring groups) or both sit in the same
    country; two different countries never merge. At most one KB group per merged set, people
    with different first names never end in one set. Decisions depend only on the content (pairs
    are taken best first, ties by name), so ids do not depend on input order.
    """
    members: dict[str, list[str]] = defaultdict(list)
    for key, group in group_of.items():
        members[group].append(key)
    kind_of = {g: sum((kinds[key] for key in ks), Counter()).most_common(1)[0][0] for g, ks in members.items()}
    forms = {g: _forms(g, ks, lemmas, names, resources) for g, ks in members.items()}
    country_of: dict[str, str | None] = {}
    for group, keys in members.items():
        counts: Counter[str] = Counter()
        for key in keys:
            counts.update(countries.get(key, Counter()))
        country_of[group] = counts.most_common(1)[0][0] if counts else None
    group_list = sorted(members)
    group_no = {group: i for i, group in enumerate(group_list)}
    key_group = np.array([group_no[group_of[key]] for key in index.keys], dtype=np.int64)
    starts, article_group_numbers = index.groups_by_article(key_group, len(group_list))

    def groups_in(article: int) -> npt.NDArray[np.int64]:
        return article_group_numbers[starts[article] : starts[article + 1]]

    @functools.lru_cache(maxsize=_CONTEXT_CACHE)  # bounded: contexts of every group would not fit at 10k+ articles
    def context(group: str) -> frozenset[int]:
        """The groups (by number) named with ``group``. A sample of its articles (the first by id) is
        enough to tell whether two near-forms keep the same company, and keeps memory and time flat
        for entities named in thousands of articles."""
        sample = index.article_numbers(members[group])[:_CONTEXT_ARTICLES].tolist()
        if not sample:
            return frozenset()
        return frozenset(np.concatenate([groups_in(a) for a in sample]).tolist()) - {group_no[group]}

    near = functools.lru_cache(maxsize=1 << 17)(near_words)  # word pairs repeat across names
    candidates: list[tuple[float, str, str]] = []
    for left, right in _candidate_pairs(forms, kind_of):
        if left.startswith("kb:") and right.startswith("kb:"):
            continue
        kinds_of_pair = {kind_of[left], kind_of[right]}
        kind = min(kinds_of_pair)
        ways = {_near_forms(kind, a, b, near) for a in forms[left] for b in forms[right]} - {None}
        if not ways:
            continue
        if len(kinds_of_pair) > 1 and (min(len(f.split()) for f in forms[left] | forms[right]) < 2):
            continue  # across kinds only for names of two or more words
        strict = ways == {"inflected"} or len(kinds_of_pair) > 1
        lc, rc = country_of[left], country_of[right]
        if lc and rc and lc != rc:
            continue
        lctx, rctx = context(left) - {group_no[right]}, context(right) - {group_no[left]}
        shared = len(lctx & rctx)
        jaccard = shared / len(lctx | rctx) if lctx | rctx else 0.0
        if strict:
            if shared >= _MIN_SHARED_CONTEXT_INFLECTED and jaccard >= _MIN_CONTEXT_JACCARD_INFLECTED:
                candidates.append((jaccard, left, right))
            continue
        agrees = shared >= _MIN_SHARED_CONTEXT and jaccard >= _MIN_CONTEXT_JACCARD
        if agrees or (lc is not None and lc == rc):
            candidates.append((jaccard, left, right))

    def named_with(group: str) -> set[str]:
        return {group_list[g] for g in context(group)}

    def article_groups(group: str) -> list[set[str]]:
        return [{group_list[g] for g in groups_in(a).tolist()} for a in index.article_numbers(members[group]).tolist()]

    for group in members:
        owner = _head_owner(group, forms, kind_of, named_with, article_groups)
        if owner:
            candidates.append((_HEAD_SCORE, group, owner))
    candidates = sorted(set(candidates), key=lambda c: (-c[0], c[1], c[2]))

    component: dict[str, _Component] = {}
    for group in members:
        words = group.split("|", 1)[1].split() if not group.startswith("kb:") else []
        firsts = {words[0]} if kind_of[group] == "PER" and len(words) >= 2 else set()
        component[group] = _Component(group, group if group.startswith("kb:") else None, firsts)
    parent = {group: group for group in members}

    def find(group: str) -> str:
        while parent[group] != group:
            parent[group] = parent[parent[group]]
            group = parent[group]
        return group

    for _score, left, right in candidates:
        a, b = component[find(left)], component[find(right)]
        if a.root == b.root or (a.kb_group and b.kb_group):
            continue
        if not all(same_first_name(x, y) or inflected_first_name(x, y) for x in a.first_names for y in b.first_names):
            continue
        root = a.kb_group or b.kb_group or min(a.root, b.root)
        merged = _Component(root, a.kb_group or b.kb_group, a.first_names | b.first_names)
        parent[a.root] = parent[b.root] = root
        parent[root] = root
        component[root] = merged
    return {key: find(group) for key, group in group_of.items()}


def link_entities(articles: Iterable[Article], *, fuzzy: bool = True) -> LinkResult:
    resources = EntityResources.load()
    aliases: dict[str, Counter[tuple[str, str | None]]] = defaultdict(Counter)
    kinds: dict[str, Counter[str]] = defaultdict(Counter)
    names: dict[str, Counter[tuple[str, str | None]]] = defaultdict(Counter)
    lemmas: dict[str, Counter[str]] = defaultdict(Counter)
    countries: dict[str, Counter[str]] = defaultdict(Counter)
    roles: dict[str, tuple[str, str]] = {}
    kb_ids: dict[str, str] = {}
    index = MentionIndex()
    for article in articles:
        index.add(article.id, Counter(mention.key for mention in article.mentions))
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
    index.freeze()
    group_of = _group_keys(sorted(aliases), kinds, lemmas, resources)
    if fuzzy:
        group_of = fuzzy_merge(group_of, kinds, lemmas, names, countries, index, resources)
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
                # a KB entity keeps its kind: "Brytyjczycy" (PER) name the people of loc/GBR
                kind=(kind_of_id(kb_id) if kb_id else None) or kind_counts.most_common(1)[0][0],
                name=_canonical_name(name_counts),
                aliases=tuple(
                    Alias(text, lang, count)
                    for (text, lang), count in sorted(alias_counts.items(), key=lambda kv: (-kv[1], kv[0][0]))
                ),
                country=country_counts.most_common(1)[0][0] if country_counts else None,
                role=max(dated_roles)[1] if dated_roles else None,
                kb_id=kb_id,
                article_ids=tuple(index.article_ids[a] for a in index.article_numbers(keys).tolist()),
                mentions=sum(alias_counts.values()),
            )
        )
    entities.sort(key=lambda e: (-e.mentions, e.id))
    return LinkResult(entities, key_to_entity, index.entity_counts(key_to_entity))


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
