"""`art28 audit verify` on an intact log and on logs tampered with through raw SQL."""

from __future__ import annotations

import datetime as dt
import io

import pytest
from django.core.management import CommandError, call_command
from django.utils import translation

from art28.audit.models import AuditEntry
from art28.audit.services import record, verify_chain
from tests.audit.tampering import drop_triggers, forge, renumber, sql

pytestmark = pytest.mark.django_db
NOW = dt.datetime(2026, 11, 24, 12, 0, tzinfo=dt.UTC)


def append(count: int) -> list[AuditEntry]:
    return [
        record(
            "view",
            by="owner@icteam.example",
            processor=None,
            summary=f"entry {i}",
            data={"i": i},
            now=NOW + dt.timedelta(seconds=i),
        )
        for i in range(count)
    ]


def verify() -> tuple[int, str]:
    """Run the command as an operator would: its exit status and what it printed."""
    out = io.StringIO()
    with translation.override("en"):
        try:
            call_command("audit", "verify", stdout=out)
        except CommandError as error:
            return error.returncode, str(error)
    return 0, out.getvalue()


def test_verify_prints_the_row_count_of_an_intact_log():
    entries = append(5)

    status, output = verify()

    assert (status, output) == (0, f"Audit log intact: 5 rows, last hash {entries[-1].hash}.\n")


def test_verify_passes_an_empty_log():
    status, output = verify()

    assert (status, output) == (0, f"Audit log intact: 0 rows, last hash {'0' * 64}.\n")


def test_verify_names_a_row_whose_field_was_changed():
    append(5)
    drop_triggers()

    sql("UPDATE audit_auditentry SET summary = 'nothing to see' WHERE seq = 3")

    assert verify() == (
        1,
        "Audit log broken at row 3: row 3 does not match its hash (its "
        "content was changed). 2 rows before it are intact.",
    )


def test_verify_names_a_row_whose_data_was_changed():
    append(5)
    drop_triggers()

    sql("UPDATE audit_auditentry SET data = %s WHERE seq = 4", ['{"i": 99}'])

    assert verify()[0] == 1
    assert verify_chain().broken_seq == 4


def test_verify_names_a_deleted_row():
    append(5)
    drop_triggers()

    sql("DELETE FROM audit_auditentry WHERE seq = 3")

    assert verify() == (
        1,
        "Audit log broken at row 3: row 3 is missing or out of order (found "
        "row 4). 2 rows before it are intact.",
    )


def test_verify_names_the_first_of_two_swapped_rows():
    append(5)
    drop_triggers()

    sql("UPDATE audit_auditentry SET seq = -1 WHERE seq = 2")
    sql("UPDATE audit_auditentry SET seq = 2 WHERE seq = 3")
    sql("UPDATE audit_auditentry SET seq = 3 WHERE seq = -1")

    assert verify() == (
        1,
        "Audit log broken at row 2: row 2 does not point at the hash of row "
        "1. 1 rows before it are intact.",
    )


def test_verify_finds_a_forged_row_inserted_in_the_middle_with_a_valid_own_hash():
    entries = append(5)
    drop_triggers()

    renumber(3, shift=1)
    forge(seq=3, prev_hash=entries[1].hash, at=NOW, summary="forged")

    # The forged row 3 is consistent on its own; its successor no longer links to it.
    assert verify() == (
        1,
        "Audit log broken at row 4: row 4 does not point at the hash of row "
        "3. 3 rows before it are intact.",
    )


def test_verify_finds_rows_removed_from_the_end():
    append(5)
    drop_triggers()

    sql("DELETE FROM audit_auditentry WHERE seq >= 4")

    assert verify() == (
        1,
        "Audit log broken at row 4: the chain head points at row 5, the log "
        "ends at row 3. 3 rows before it are intact.",
    )


def test_verify_finds_a_forged_row_appended_past_the_chain_head():
    entries = append(3)

    forge(seq=4, prev_hash=entries[-1].hash, at=NOW, summary="forged")

    assert verify_chain().broken_seq == 4


def test_verify_reads_the_log_in_chunks_without_losing_the_link_between_them():
    append(7)

    result = verify_chain(chunk_size=2)

    assert (result.rows, result.intact) == (7, True)


def test_record_hashes_data_as_the_database_returns_it():
    record(
        "update",
        by=None,
        processor=None,
        data={"big": 1e20, "ratio": 0.1, "when": NOW, "nested": {"b": [1.0, "x"], "a": None}},
    )

    result = verify_chain()

    assert (result.rows, result.intact) == (1, True)


def rewrite_from(seq: int, summary: str) -> None:
    """The strongest attacker: change a row, recompute every later hash and the chain head."""
    drop_triggers()
    sql("UPDATE audit_auditentry SET summary = %s WHERE seq = %s", [summary, seq])
    prev = AuditEntry.objects.get(seq=seq - 1).hash
    for entry in AuditEntry.objects.filter(seq__gte=seq).order_by("seq"):
        entry.prev_hash = prev
        prev = entry.compute_hash()
        sql(
            "UPDATE audit_auditentry SET prev_hash = %s, hash = %s WHERE seq = %s",
            [entry.prev_hash, prev, entry.seq],
        )
    sql("UPDATE audit_chainhead SET hash = %s", [prev])


def test_a_recomputed_rewrite_is_caught_only_by_an_anchor_kept_elsewhere():
    entries = append(5)
    anchor = f"5:{entries[-1].hash}"

    rewrite_from(3, "nothing to see")

    assert verify()[0] == 0
    with translation.override("en"), pytest.raises(CommandError) as broken:
        call_command("audit", "verify", "--anchor", anchor)
    assert str(broken.value) == (
        "Audit log broken at row 5: row 5 does not have the hash recorded for it earlier. "
        "4 rows before it are intact."
    )


def test_an_anchor_past_the_end_of_the_log_means_rows_were_removed():
    entries = append(3)

    with translation.override("en"):
        result = verify_chain(anchors={9: entries[0].hash})

    assert (result.broken_seq, result.reason) == (4, "row 9, recorded earlier, is missing")


def test_an_anchor_that_is_no_hash_is_refused():
    with pytest.raises(CommandError, match="expected SEQ:HASH"):
        call_command("audit", "verify", "--anchor", "5:not-a-hash")
