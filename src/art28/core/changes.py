"""Applying form data to a row and describing what changed, for the audit log."""

from __future__ import annotations

import datetime as dt
import decimal
import uuid
from collections.abc import Iterable, Mapping
from typing import Any

from django.db import models


def plain(value: Any) -> Any:
    """A JSON-safe form of a field value (rows by UUID, dates ISO, decimals as text)."""
    if isinstance(value, models.Model):
        return str(getattr(value, "uuid", None) or value.pk)
    if isinstance(value, dt.date | dt.datetime):
        return value.isoformat()
    if isinstance(value, decimal.Decimal | uuid.UUID):
        return str(value)
    if isinstance(value, list | tuple):
        return [plain(v) for v in value]
    return value


def apply_changes(instance: models.Model, data: Mapping[str, Any]) -> dict[str, list[Any]]:
    """Set each concrete field named in data; return {field: [old, new]} for those that changed."""
    changed: dict[str, list[Any]] = {}
    for name, new in data.items():
        old = getattr(instance, name)
        if old != new:
            changed[name] = [plain(old), plain(new)]
            setattr(instance, name, new)
    return changed


def set_relations(
    instance: models.Model, relations: Mapping[str, Iterable[models.Model]]
) -> dict[str, list[Any]]:
    """Replace many-to-many sets; return {field: [old uuids, new uuids]} for those that changed."""
    changed: dict[str, list[Any]] = {}
    for name, rows in relations.items():
        manager = getattr(instance, name)
        old = sorted(plain(list(manager.all())))
        new_rows = list(rows)
        new = sorted(plain(new_rows))
        if old != new:
            manager.set(new_rows)
            changed[name] = [old, new]
    return changed


def field_values(instance: models.Model, names: Iterable[str]) -> dict[str, Any]:
    """{field: value} of a new row, JSON-safe, for the audit entry of a create."""
    return {name: plain(getattr(instance, name)) for name in names}
