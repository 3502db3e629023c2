"""Read ART28_* settings from the environment, failing clearly on bad values."""

from __future__ import annotations

import os

from django.core.exceptions import ImproperlyConfigured

PREFIX = "ART28_"
_TRUE = {"1", "true", "yes", "on"}
_FALSE = {"0", "false", "no", "off", ""}


def env_str(name: str, default: str = "") -> str:
    return os.environ.get(PREFIX + name, default)


def env_bool(name: str, default: bool = False) -> bool:
    raw = os.environ.get(PREFIX + name)
    if raw is None:
        return default
    value = raw.strip().lower()
    if value in _TRUE:
        return True
    if value in _FALSE:
        return False
    raise ImproperlyConfigured(f"{PREFIX}{name} must be a boolean (1/0, true/false), not {raw!r}")


def env_int(name: str, default: int) -> int:
    raw = os.environ.get(PREFIX + name)
    if raw is None or raw.strip() == "":
        return default
    try:
        return int(raw)
    except ValueError:
        raise ImproperlyConfigured(f"{PREFIX}{name} must be an integer, not {raw!r}") from None


def env_list(name: str, default: list[str]) -> list[str]:
    raw = os.environ.get(PREFIX + name)
    if raw is None:
        return default
    return [item.strip() for item in raw.split(",") if item.strip()]


def env_secret(name: str, default: str | None = None) -> str:
    """A secret from ART28_<NAME> or from the file named by ART28_<NAME>_FILE."""
    path = os.environ.get(f"{PREFIX}{name}_FILE")
    if path:
        try:
            with open(path, encoding="utf-8") as fh:
                return fh.read().strip()
        except OSError as exc:
            raise ImproperlyConfigured(f"{PREFIX}{name}_FILE: cannot read {path}: {exc}") from None
    value = os.environ.get(PREFIX + name)
    if value:
        return value
    if default is None:
        raise ImproperlyConfigured(f"{PREFIX}{name} (or {PREFIX}{name}_FILE) must be set")
    return default
