"""One typed settings object. Precedence: defaults < settings file < environment < CLI flags."""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass, fields, replace
from pathlib import Path
from typing import Any

from storyline.errors import ConfigError

ENV_PREFIX = "STORYLINE_"


@dataclass(frozen=True)
class Settings:
    out_dir: Path = Path("storyline-out")
    batch_size: int = 32
    workers: int = 1  # processes for per-article stages; 0 = one per core
    max_doc_bytes: int = 20 * 1024 * 1024  # one document larger than this is rejected (too_large)
    max_text_chars: int = 2_000_000  # text kept after cleaning; longer bodies are truncated
    embed: bool = True  # compute multilingual embeddings for story clustering
    kb_files: tuple[str, ...] = ()  # user knowledge-base files (CSV or YAML)
    engine: str = "local"  # local | ray
    ray_address: str | None = None
    quiet: bool = False

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["out_dir"] = str(self.out_dir)
        data["kb_files"] = list(self.kb_files)
        return data


def _coerce(name: str, value: Any, current: Any) -> Any:
    try:
        if isinstance(current, bool):
            if isinstance(value, str):
                return value.strip().lower() in {"1", "true", "yes", "on"}
            return bool(value)
        if isinstance(current, int):
            return int(value)
        if isinstance(current, Path):
            return Path(value)
        if isinstance(current, tuple):
            if isinstance(value, str):
                return tuple(v for v in value.split(os.pathsep) if v)
            return tuple(value)
    except (TypeError, ValueError) as exc:
        raise ConfigError(f"setting {name!r}: cannot use {value!r} ({exc})") from exc
    return value


def load_settings(
    *, file: Path | None = None, env: dict[str, str] | None = None, overrides: dict[str, Any] | None = None
) -> Settings:
    """Build settings from defaults, an optional JSON settings file, the environment and overrides."""
    settings = Settings()
    known = {f.name for f in fields(Settings)}
    layers: list[dict[str, Any]] = []
    if file is not None:
        try:
            layers.append(json.loads(Path(file).read_text(encoding="utf-8")))
        except (OSError, ValueError) as exc:
            raise ConfigError(f"cannot read settings file {file}: {exc}") from exc
    environ = os.environ if env is None else env
    layers.append({k[len(ENV_PREFIX) :].lower(): v for k, v in environ.items() if k.startswith(ENV_PREFIX)})
    layers.append({k: v for k, v in (overrides or {}).items() if v is not None})
    for layer in layers:
        for name, value in layer.items():
            if name not in known:
                if layer is layers[-1] or (file is not None and layer is layers[0]):
                    raise ConfigError(f"unknown setting {name!r}; known: {', '.join(sorted(known))}")
                continue
            settings = replace(settings, **{name: _coerce(name, value, getattr(settings, name))})
    return settings
