"""Run the periodic sweeps: outbox retries and stalled imports (reminders as they come).

art28 sweep            # once, print counts
art28 sweep --loop 60  # every 60 seconds until stopped (make run starts this)
"""

from __future__ import annotations

import time

from django.core.management.base import BaseCommand
from django.utils import timezone

from art28.imports.services import requeue_stalled_imports
from art28.outbox.services import deliver_due


class Command(BaseCommand):
    help = "Run the periodic sweeps once, or every N seconds with --loop."

    def add_arguments(self, parser) -> None:
        parser.add_argument("--loop", type=int, default=0, metavar="SECONDS")

    def handle(self, *args, loop: int, **options) -> None:
        while True:
            sent = deliver_due()
            requeued = requeue_stalled_imports(now=timezone.now())
            self.stdout.write(f"outbox: {sent} sent; imports: {requeued} requeued")
            if not loop:
                return
            time.sleep(loop)
