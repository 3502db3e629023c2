"""Appending to the audit log, verifying its chain and exporting it.

Call `record` inside the transaction of the change it records: the entry and the change are
committed together or not at all.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from collections.abc import Iterator
from typing import Any

from django.core.serializers.json import DjangoJSONEncoder
from django.db import models, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from art28.audit.models import GENESIS, AuditEntry, ChainHead, canonical, chain_hash, normalise

CHUNK_SIZE = 2000
# The columns a row's hash covers, in the keyword names of `canonical`.
CONTENT_FIELDS = (
    "seq",
    "at",
    "actor",
    "processor",
    "action",
    "object_type",
    "object_id",
    "summary",
    "data",
)


def _describe(obj: models.Model | None) -> tuple[str, str]:
    if obj is None:
        return "", ""
    key = getattr(obj, "uuid", None) or obj.pk
    return obj._meta.label_lower, str(key)


def _actor(by: Any | None) -> str:
    """A user is logged by e-mail; a string (e.g. "system") as given; None as empty."""
    if isinstance(by, str):
        return by[:254]
    return (getattr(by, "email", "") or "")[:254]


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
    """Append one entry: `action` is a verb such as "create", "update", "view", "export".

    The chain head row is locked for the rest of the transaction, so concurrent writers
    append one after the other and the chain never forks.
    """
    object_type, object_id = _describe(obj)
    # What is hashed must equal what the database gives back: JSON-encode once, normalise.
    payload = normalise(json.loads(json.dumps(data or {}, cls=DjangoJSONEncoder)))
    with transaction.atomic():
        head, _created = ChainHead.objects.select_for_update().get_or_create(pk=1)
        entry = AuditEntry(
            seq=head.seq + 1,
            at=(now or timezone.now()).astimezone(dt.UTC),
            actor=_actor(by),
            processor=getattr(processor, "uuid", None),
            action=action,
            object_type=object_type,
            object_id=object_id,
            summary=summary[:300],
            data=payload,
            prev_hash=head.hash,
        )
        entry.hash = entry.compute_hash()
        entry.save(force_insert=True)
        ChainHead.objects.filter(pk=1).update(seq=entry.seq, hash=entry.hash)
    return entry


@dataclasses.dataclass(frozen=True)
class Verification:
    """The outcome of `verify_chain`: rows checked, and the first broken row if any."""

    rows: int
    head_hash: str
    broken_seq: int | None = None
    reason: str = ""

    @property
    def intact(self) -> bool:
        return self.broken_seq is None


def verify_chain(
    *, anchors: dict[int, str] | None = None, chunk_size: int = CHUNK_SIZE
) -> Verification:
    """Walk the whole log in `seq` order, streaming, and stop at the first broken row.

    A row is broken when its number is not the next one (a row removed, inserted or moved),
    when it does not point at the previous row's hash, or when its hash does not match its
    content. At the end the chain head must point at the last row (rows removed at the end).

    Someone who rewrites every row from some point on, recomputing each hash and the head,
    leaves a chain that is consistent again. `anchors` ({seq: hash}, hashes an earlier
    `verify` printed and that were kept elsewhere) catch that: each anchored row must still
    have the hash it had.
    """
    anchors = anchors or {}
    rows = AuditEntry.objects.order_by("seq").values_list(*CONTENT_FIELDS, "prev_hash", "hash")
    expected_seq, prev_hash = 1, GENESIS
    for *content, stored_prev, stored_hash in rows.iterator(chunk_size=chunk_size):
        fields = dict(zip(CONTENT_FIELDS, content, strict=True))
        problem = _check_row(fields, expected_seq, prev_hash, stored_prev, stored_hash)
        if not problem and anchors.get(expected_seq, stored_hash) != stored_hash:
            problem = _("row %(seq)s does not have the hash recorded for it earlier") % {
                "seq": expected_seq
            }
        if problem:
            return Verification(expected_seq - 1, prev_hash, expected_seq, problem)
        expected_seq, prev_hash = expected_seq + 1, stored_hash
    count = expected_seq - 1
    return _check_end(count, prev_hash, max(anchors, default=0))


def _check_end(count: int, last_hash: str, last_anchor: int) -> Verification:
    head = ChainHead.objects.filter(pk=1).first()
    head_seq, head_hash = (head.seq, head.hash) if head else (0, GENESIS)
    if last_anchor > count:
        reason = _("row %(seq)s, recorded earlier, is missing") % {"seq": last_anchor}
        return Verification(count, last_hash, count + 1, reason)
    if (head_seq, head_hash) != (count, last_hash):
        # Rows removed at the end (head ahead), appended past the head, or the last replaced.
        broken = count + 1 if head_seq > count else (head_seq + 1 if head_seq < count else count)
        reason = _("the chain head points at row %(head)s, the log ends at row %(last)s") % {
            "head": head_seq,
            "last": count,
        }
        return Verification(count, last_hash, broken, reason)
    return Verification(count, last_hash)


def _check_row(
    fields: dict[str, Any], expected_seq: int, prev_hash: str, stored_prev: str, stored_hash: str
) -> str:
    params = {"seq": expected_seq, "found": fields["seq"], "prev": expected_seq - 1}
    if fields["seq"] != expected_seq:
        return _("row %(seq)s is missing or out of order (found row %(found)s)") % params
    if stored_prev != prev_hash:
        return _("row %(seq)s does not point at the hash of row %(prev)s") % params
    if chain_hash(stored_prev, canonical(**fields)) != stored_hash:
        return _("row %(seq)s does not match its hash (its content was changed)") % params
    return ""


def export_lines(*, processor: Any | None = None, chunk_size: int = CHUNK_SIZE) -> Iterator[str]:
    """The log (or one processor's part of it) as JSON lines, one entry per line, streaming.

    Each line carries `prev_hash` and `hash`, so a reader can re-check every row's hash, and on
    a whole-log export also every link; one processor's part skips the rows between its own.
    """
    rows = AuditEntry.objects.order_by("seq")
    if processor is not None:
        rows = rows.filter(processor=processor.uuid)
    fields = (*CONTENT_FIELDS, "prev_hash", "hash")
    for values in rows.values_list(*fields).iterator(chunk_size=chunk_size):
        entry = dict(zip(fields, values, strict=True))
        entry["at"] = entry["at"].astimezone(dt.UTC).isoformat(timespec="microseconds")
        entry["processor"] = str(entry["processor"]) if entry["processor"] else None
        yield json.dumps(entry, ensure_ascii=False, sort_keys=True) + "\n"
