"""Background work for the outbox; runs in `art28 db_worker`."""

from __future__ import annotations

import logging

from django.utils import timezone
from django_tasks import task

from art28.outbox import services
from art28.outbox.models import Email

log = logging.getLogger(__name__)


@task()
def deliver_email(email_id: int) -> bool:
    """Deliver one queued e-mail if this worker wins the claim."""
    now = timezone.now()
    if not services.claim(email_id, now=now):
        return False
    sent = services.deliver(Email.objects.get(pk=email_id), now=now)
    log.info("e-mail %s %s", email_id, "sent" if sent else "retry scheduled")
    return sent


@task()
def sweep_outbox() -> int:
    """Deliver what is due: retries, and rows whose task was lost or whose worker died."""
    return services.deliver_due()
