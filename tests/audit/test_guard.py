"""The database refuses to change or remove audit rows."""

from __future__ import annotations

import pytest
from django.core.management import call_command
from django.db import IntegrityError, connection, transaction

from art28.audit.models import AuditEntry
from art28.audit.services import record


@pytest.mark.django_db
def test_the_database_refuses_to_update_an_audit_row():
    entry = record("view", by=None, processor=None, summary="original")

    with pytest.raises(IntegrityError), transaction.atomic():
        AuditEntry.objects.filter(pk=entry.pk).update(summary="changed")

    assert AuditEntry.objects.get(pk=entry.pk).summary == "original"


@pytest.mark.django_db
def test_the_database_refuses_to_delete_an_audit_row():
    entry = record("view", by=None, processor=None)

    with pytest.raises(IntegrityError), transaction.atomic():
        AuditEntry.objects.filter(pk=entry.pk).delete()

    assert AuditEntry.objects.count() == 1


@pytest.mark.django_db
def test_the_database_refuses_to_empty_the_audit_table():
    record("view", by=None, processor=None)
    statement = {
        "sqlite": "DELETE FROM audit_auditentry",
        "postgresql": "TRUNCATE audit_auditentry",
    }[connection.vendor]

    with pytest.raises(IntegrityError), transaction.atomic(), connection.cursor() as cursor:
        cursor.execute(statement)

    assert AuditEntry.objects.count() == 1


@pytest.mark.django_db(transaction=True)
def test_flush_empties_the_log_and_puts_the_guard_back():
    record("view", by=None, processor=None)

    call_command("flush", interactive=False, verbosity=0)
    entry = record("view", by=None, processor=None, summary="after flush")

    with pytest.raises(IntegrityError), transaction.atomic():
        AuditEntry.objects.filter(pk=entry.pk).update(summary="changed")
    assert (entry.seq, AuditEntry.objects.count()) == (1, 1)
