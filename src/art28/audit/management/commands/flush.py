"""Django's `flush`, which empties every table, the append-only audit log included.

The audit triggers refuse row deletes (and TRUNCATE on PostgreSQL), so flushing lifts them
for the one statement that empties the database and puts them back at once. The test runner
flushes between transactional tests through this command.
"""

from __future__ import annotations

from typing import Any

from django.core.management.commands import flush
from django.db import connections

from art28.audit import guards


class Command(flush.Command):
    def handle(self, **options: Any) -> None:
        connection = connections[options["database"]]
        guards.remove(connection)
        try:
            super().handle(**options)
        finally:
            guards.install(connection)
