"""Appending to the audit log. Call `record` inside the transaction of the change it records."""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.db import models, transaction
from django.utils import timezone

from art28.audit.models import AuditEntry, ChainHead


def _describe(obj: models.Model | None) -> tuple[str, str]:
    if obj is None:
        return "", ""
    key = getattr(obj, "uuid", None) or obj.pk
    return obj._meta.label_lower, str(key)


def record(
    action: str,
    *,
    by: Any | None,
    processor: Any | None,
    obj: models.Model | None = None,
    summary: str = "",
    data: dict[str, Any] | None = None,
    now: dt.datetime | None = None,
) -> AuditEntry:
    """Append one entry: `action` is a verb such as "create", "update", "view", "export"."""
    object_type, object_id = _describe(obj)
    with transaction.atomic():
        head, _created = ChainHead.objects.select_for_update().get_or_create(pk=1)
        entry = AuditEntry(
            seq=head.seq + 1,
            at=(now or timezone.now()).astimezone(dt.UTC),
            actor=getattr(by, "email", "") or "",
            processor=getattr(processor, "uuid", None),
            action=action,
            object_type=object_type,
            object_id=object_id,
            summary=summary[:300],
            data=data or {},
            prev_hash=head.hash,
        )
        entry.hash = entry.compute_hash()
        entry.save(force_insert=True)
        ChainHead.objects.filter(pk=1).update(seq=entry.seq, hash=entry.hash)
    return entry
