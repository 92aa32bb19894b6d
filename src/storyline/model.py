"""The data that flows through storyline, as frozen dataclasses.

Flow::

    RawDoc --clean--> Article --analyse (time, entities, events, quotes)--> Article with layers
           --corpus (link, dedup, stories, merge events)--> Entity, Event, Story

Every span is a half-open pair of character offsets into ``Article.text``.
Per-article stages never mutate an article: they return ``dataclasses.replace(article, ...)``.
Per-article layers refer to entities by ``Mention.key`` (a linking key such as ``kb:Q7747`` or
``PER:vladimir putin``); the corpus linker maps keys to corpus-wide ``Entity.id`` values.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import Enum
from typing import Any

Span = tuple[int, int]


class RejectReason(str, Enum):
    """The fixed set of reasons an input document is not turned into an article."""

    EMPTY = "empty"  # nothing but white space, or no body text left after cleaning
    NOT_TEXT = "not_text"  # binary data, not a text or HTML document
    UNDECODABLE = "undecodable"  # bytes that no supported encoding reads
    TOO_LARGE = "too_large"  # over the size limit for one document
    UNREADABLE = "unreadable"  # the file could not be opened or read (permissions, I/O error, loop)
    PARSE_ERROR = "parse_error"  # a malformed JSONL line, WARC record or HTML document
    DUPLICATE = "duplicate"  # exactly the same article text as an article already in the store
    INTERNAL_ERROR = "internal_error"  # a bug in storyline: the traceback is in the detail


@dataclass(frozen=True, slots=True)
class RawDoc:
    """One input document as read, before cleaning.

    ``kind`` is ``text`` (a text dump), ``html`` or ``record`` (a JSONL record whose ``content``
    is already article text). ``meta`` carries what the container said about the document:
    JSONL fields (title, url, published, language, outlet), WARC headers (url, date), HTTP
    content-type charset. ``key`` is a hash of the raw bytes; it identifies the input across runs.
    """

    source: str
    kind: str
    content: str
    key: str
    meta: Mapping[str, str] = field(default_factory=dict)
    encoding: str | None = None


@dataclass(frozen=True, slots=True)
class Rejection:
    """An input document that did not become an article, and why."""

    source: str
    reason: RejectReason
    detail: str
    key: str = ""


@dataclass(frozen=True, slots=True)
class Segment:
    """A stretch of the article text: a title, paragraph or sentence, with its language."""

    start: int
    end: int
    kind: str  # title | paragraph | sentence
    language: str | None = None


@dataclass(frozen=True, slots=True)
class DateValue:
    """A resolved date: ``start``/``end`` ISO dates (a month spans its first and last day)."""

    start: str | None
    end: str | None
    granularity: str  # day | week | month | year | decade | unknown
    certainty: str  # exact | approximate | unresolved

    def to_json(self) -> dict[str, Any]:
        return {
            "start": self.start,
            "end": self.end,
            "granularity": self.granularity,
            "certainty": self.certainty,
        }


@dataclass(frozen=True, slots=True)
class TimeExpr:
    """A time expression found in the article text and its resolved value."""

    start: int
    end: int
    text: str
    value: DateValue
    kind: str = "date"  # date | time | duration | set
    anchor: str | None = None  # what it was resolved against: published | previous | none
    reason: str = ""  # short trace of the rule that found / resolved it


@dataclass(frozen=True, slots=True)
class Mention:
    """A named entity mentioned in the article.

    ``key`` is the linking key: ``kb:<id>`` when matched in the knowledge base, else
    ``<KIND>:<normalised latin name>``. ``name`` is the best canonical Latin form known at the
    article level (for a KB match, its English name).
    """

    start: int
    end: int
    text: str
    kind: str  # PER | ORG | LOC | MISC
    lemma: str
    key: str
    name: str
    confidence: float = 1.0
    lang: str | None = None
    country: str | None = None  # ISO 3166-1 alpha-3
    role: str | None = None  # title or office seen with the mention ("Deputy Foreign Minister")
    kb_id: str | None = None


@dataclass(frozen=True, slots=True)
class EventMention:
    """One event reported in one sentence of one article (before cross-article merging).

    Actors, recipients and location are mention keys (see ``Mention.key``).
    """

    type: str  # one of the 16 PLOVER types
    mode: str | None
    actors: tuple[str, ...]
    recipients: tuple[str, ...]
    location: str | None
    date: DateValue
    status: str  # reported | planned | hypothetical | negated
    sentence: str
    start: int
    end: int
    confidence: float
    trigger: str = ""
    summary: str = ""


@dataclass(frozen=True, slots=True)
class Quote:
    """A direct or reported quote; ``speaker`` is a mention key or None."""

    start: int
    end: int
    text: str
    speaker_text: str | None
    speaker: str | None


@dataclass(frozen=True, slots=True)
class Article:
    """A clean article and the layers the per-article stages add to it."""

    id: str
    source: str
    text: str
    language: str
    title: str | None = None
    page_language: str | None = None
    outlet: str | None = None
    byline: str | None = None
    published: str | None = None
    published_basis: str = "none"  # metadata | dateline | text | none
    machine_translated: bool = False
    translated_from: str | None = None
    url: str | None = None
    input_key: str = ""
    segments: tuple[Segment, ...] = ()
    times: tuple[TimeExpr, ...] = ()
    mentions: tuple[Mention, ...] = ()
    events: tuple[EventMention, ...] = ()
    quotes: tuple[Quote, ...] = ()
    # (model name, float32 bytes) computed by a per-article stage for a corpus step: the store keeps
    # it in its embeddings table; never serialised (not in the articles JSON, not in the exports)
    vector: tuple[str, bytes] | None = field(default=None, compare=False, repr=False, metadata={"serialise": False})


@dataclass(frozen=True, slots=True)
class Alias:
    text: str
    lang: str | None
    count: int


@dataclass(frozen=True, slots=True)
class Entity:
    """A corpus-wide entity: all mentions that name the same actor, place or thing."""

    id: str
    kind: str
    name: str
    aliases: tuple[Alias, ...]
    country: str | None
    role: str | None
    kb_id: str | None
    article_ids: tuple[str, ...]
    mentions: int


@dataclass(frozen=True, slots=True)
class Evidence:
    article_id: str
    sentence: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Event:
    """A corpus-wide event: one real-world event, with every sentence that reports it."""

    id: str
    type: str
    mode: str | None
    actors: tuple[str, ...]  # entity ids
    recipients: tuple[str, ...]
    location: str | None
    date: DateValue
    status: str
    summary: str
    evidence: tuple[Evidence, ...]
    confidence: float
    story_id: str | None = None
    date_conflicts: tuple[DateValue, ...] = ()  # other dates that sources gave for the same event


@dataclass(frozen=True, slots=True)
class Story:
    id: str
    title: str
    languages: tuple[str, ...]
    article_ids: tuple[str, ...]
    start: str | None
    end: str | None
    entities: tuple[str, ...]
    timeline: tuple[str, ...]
    summary: str


Item = Article | Rejection
