"""What an attacker with database access does: drop the guard triggers, then edit rows."""

from __future__ import annotations

from django.db import connection

from art28.audit.models import AuditEntry, canonical, chain_hash

DROP_TRIGGERS = {
    "sqlite": ["DROP TRIGGER audit_no_update", "DROP TRIGGER audit_no_delete"],
    "postgresql": [
        "DROP TRIGGER audit_no_update_delete ON audit_auditentry",
        "DROP TRIGGER audit_no_truncate ON audit_auditentry",
    ],
}


def sql(statement: str, params: list | None = None) -> None:
    with connection.cursor() as cursor:
        cursor.execute(statement, params or [])


def drop_triggers() -> None:
    for statement in DROP_TRIGGERS[connection.vendor]:
        sql(statement)


def renumber(seq_from: int, shift: int) -> None:
    """Move rows seq >= seq_from by shift, through negative numbers to dodge the unique index."""
    sql("UPDATE audit_auditentry SET seq = -seq WHERE seq >= %s", [seq_from])
    sql("UPDATE audit_auditentry SET seq = -seq + %s WHERE seq < 0", [shift])


def forge(*, seq: int, prev_hash: str, at, summary: str) -> str:
    """Insert a row whose own hash is recomputed correctly; returns that hash."""
    content = canonical(
        seq=seq,
        at=at,
        actor="mallory@example.com",
        processor=None,
        action="view",
        object_type="",
        object_id="",
        summary=summary,
        data={},
    )
    forged = chain_hash(prev_hash, content)
    AuditEntry.objects.create(
        seq=seq,
        at=at,
        actor="mallory@example.com",
        action="view",
        summary=summary,
        data={},
        prev_hash=prev_hash,
        hash=forged,
    )
    return forged
