"""One English line per event: "Antony Blinken (USA) spoke by phone with Volodymyr Zelensky (UKR)"."""

from __future__ import annotations

from collections.abc import Sequence

_STATUS_PREFIX = {"planned": "Planned: ", "hypothetical": "Possible: ", "negated": "Did not happen: "}
_OPEN_ENDS = {"with", "to", "on", "of", "against", "from", "toward", "for", "by", "in"}


def party(name: str, country: str | None) -> str:
    """ "Name (CTY)", leaving the country out when the name is the country itself."""
    if not country or country.lower() in name.lower() or len(name) <= 3:
        return name
    return f"{name} ({country})"


def join_names(names: Sequence[str]) -> str:
    unique = list(dict.fromkeys(n for n in names if n))
    if len(unique) <= 1:
        return unique[0] if unique else ""
    return ", ".join(unique[:-1]) + " and " + unique[-1]


def summarize(
    verb: str,
    *,
    actors: Sequence[str],
    recipients: Sequence[str],
    location: str | None = None,
    status: str = "reported",
) -> str:
    """Build the line from a PLOVER verb phrase ("held talks with") and party labels."""
    actor_text = join_names(actors) or "Unnamed actors"
    words = verb.split()
    if recipients:
        line = f"{actor_text} {verb} {join_names(recipients)}"
    elif len(actors) > 1 and words[-1] == "with":  # symmetric: "A held talks with B and C"
        unique = list(dict.fromkeys(actors))
        line = f"{unique[0]} {verb} {join_names(unique[1:])}" if len(unique) > 1 else f"{unique[0]} {verb}"
    elif words[-1] in _OPEN_ENDS:
        line = f"{actor_text} {' '.join(words[:-1])}"
    elif verb == "visited" and location:
        return _STATUS_PREFIX.get(status, "") + f"{actor_text} visited {location}"
    else:
        line = f"{actor_text} {verb}"
    if location:
        line += f" in {location}"
    return _STATUS_PREFIX.get(status, "") + line
