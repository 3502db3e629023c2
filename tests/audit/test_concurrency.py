"""Two writers appending at once, each on its own database connection, keep one chain."""

from __future__ import annotations

import threading

import pytest
from django.db import connection

from art28.audit.models import AuditEntry
from art28.audit.services import record, verify_chain

PER_THREAD = 30


def append_many(start: threading.Barrier, name: str, errors: list[BaseException]) -> None:
    try:
        start.wait()
        for i in range(PER_THREAD):
            record("view", by=name, processor=None, data={"i": i})
    except BaseException as error:  # reported by the test, not lost in the thread
        errors.append(error)
    finally:
        connection.close()


@pytest.mark.django_db(transaction=True)
def test_record_from_two_threads_at_once_keeps_one_unbroken_chain():
    start, errors = threading.Barrier(2), []
    threads = [
        threading.Thread(target=append_many, args=(start, name, errors))
        for name in ("first", "second")
    ]

    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    result = verify_chain()
    assert (errors, result.rows, result.intact) == ([], 2 * PER_THREAD, True)
    assert list(
        AuditEntry.objects.order_by("actor").values_list("actor", flat=True).distinct()
    ) == ["first", "second"]
