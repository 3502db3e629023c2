"""The append-only, hash-chained audit log: every write and every view of personal data."""

from __future__ import annotations

import hashlib
import json

from django.db import models
from django.utils.translation import gettext_lazy as _

GENESIS = "0" * 64


class AuditEntry(models.Model):
    """One event. Its hash covers the previous row's hash and this row's canonical content.

    Rows refer to people and objects by value (e-mail, UUID), not by foreign key, so that
    deleting a user or an object never changes the log.
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
        return json.dumps(
            {
                "seq": self.seq,
                "at": self.at.isoformat(timespec="microseconds"),
                "actor": self.actor,
                "processor": str(self.processor) if self.processor else None,
                "action": self.action,
                "object_type": self.object_type,
                "object_id": self.object_id,
                "summary": self.summary,
                "data": self.data,
            },
            sort_keys=True,
            separators=(",", ":"),
            ensure_ascii=False,
            default=str,
        )

    def compute_hash(self) -> str:
        return hashlib.sha256((self.prev_hash + self.canonical()).encode("utf-8")).hexdigest()


class ChainHead(models.Model):
    """A single row holding the last sequence number and hash; locked to append one entry."""

    seq = models.BigIntegerField(default=0)
    hash = models.CharField(max_length=64, default=GENESIS)

    class Meta:
        verbose_name = _("audit chain head")
