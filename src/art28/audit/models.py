"""The append-only, hash-chained audit log: every write and every view of personal data."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import uuid
from typing import Any

from django.db import models
from django.utils.translation import gettext_lazy as _

GENESIS = "0" * 64


def normalise(value: Any) -> Any:
    """The JSON value as every database gives it back: integral floats become ints.

    PostgreSQL's jsonb returns 1e20 as 100000000000000000000; hashing the normalised value
    makes the hash the same before and after the round trip.
    """
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, dict):
        return {str(key): normalise(item) for key, item in value.items()}
    if isinstance(value, list):
        return [normalise(item) for item in value]
    return value


def canonical(
    *,
    seq: int,
    at: dt.datetime,
    actor: str,
    processor: uuid.UUID | str | None,
    action: str,
    object_type: str,
    object_id: str,
    summary: str,
    data: Any,
) -> str:
    """A row's content as one deterministic string: what its hash covers."""
    return json.dumps(
        {
            "seq": seq,
            "at": at.astimezone(dt.UTC).isoformat(timespec="microseconds"),
            "actor": actor,
            "processor": str(processor) if processor else None,
            "action": action,
            "object_type": object_type,
            "object_id": object_id,
            "summary": summary,
            "data": normalise(data),
        },
        sort_keys=True,
        separators=(",", ":"),
        ensure_ascii=False,
        allow_nan=False,
    )


def chain_hash(prev_hash: str, content: str) -> str:
    """SHA-256 over the previous row's hash and this row's canonical content."""
    return hashlib.sha256((prev_hash + content).encode("utf-8")).hexdigest()


class AuditEntry(models.Model):
    """One event. Its hash covers the previous row's hash and this row's canonical content.

    Rows refer to people and objects by value (e-mail, UUID), not by foreign key, so that
    deleting a user or an object never changes the log. The database refuses UPDATE and
    DELETE on this table (triggers, see `art28.audit.guards`).
    """

    seq = models.BigIntegerField(_("number"), unique=True)
    at = models.DateTimeField(_("time"))
    actor = models.CharField(_("by"), max_length=254, blank=True)
    processor = models.UUIDField(_("processor"), null=True, blank=True, db_index=True)
    action = models.CharField(_("action"), max_length=40)
    object_type = models.CharField(_("object type"), max_length=60, blank=True)
    object_id = models.CharField(_("object"), max_length=64, blank=True)
    summary = models.CharField(_("summary"), max_length=300, blank=True)
    data = models.JSONField(_("details"), default=dict, blank=True)
    prev_hash = models.CharField(_("previous hash"), max_length=64)
    hash = models.CharField(_("hash"), max_length=64, unique=True)

    class Meta:
        verbose_name = _("audit entry")
        verbose_name_plural = _("audit log")
        ordering = ["seq"]
        indexes = [models.Index(fields=["processor", "seq"])]

    def __str__(self) -> str:
        return f"#{self.seq} {self.action} {self.object_type}"

    def canonical(self) -> str:
        """The row's content as one deterministic string (what the hash covers)."""
        return canonical(
            seq=self.seq,
            at=self.at,
            actor=self.actor,
            processor=self.processor,
            action=self.action,
            object_type=self.object_type,
            object_id=self.object_id,
            summary=self.summary,
            data=self.data,
        )

    def compute_hash(self) -> str:
        return chain_hash(self.prev_hash, self.canonical())


class ChainHead(models.Model):
    """A single row holding the last sequence number and hash; locked to append one entry.

    `verify` compares it with the last row, so removing rows from the end shows too.
    """

    seq = models.BigIntegerField(default=0)
    hash = models.CharField(max_length=64, default=GENESIS)

    class Meta:
        verbose_name = _("audit chain head")

    def __str__(self) -> str:
        return f"#{self.seq} {self.hash[:12]}"
