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
