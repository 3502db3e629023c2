"""Queue notices in the caller's transaction; deliver them from the worker."""

from __future__ import annotations

import datetime as dt
import logging
from typing import Any

from django.core.mail import EmailMultiAlternatives
from django.db import transaction
from django.db.models import F
from django.template.loader import render_to_string
from django.utils import timezone, translation

from art28.outbox.enums import EmailState
from art28.outbox.models import MAX_ATTEMPTS, Email

log = logging.getLogger(__name__)


def queue_email(
    *,
    key: str,
    to: list[str],
    template: str,
    context: dict[str, Any],
    language: str = "nl",
    processor: Any | None = None,
    now: dt.datetime | None = None,
) -> Email:
    """Render `emails/<template>-{subject,body}.txt` (+ `-body.html`) and queue it once per key.

    Call inside the transaction of the change the notice is about: if that rolls back, no mail.
    """
    from art28.outbox.tasks import deliver_email

    with translation.override(language):
        subject = " ".join(render_to_string(f"emails/{template}-subject.txt", context).split())
        text = render_to_string(f"emails/{template}-body.txt", context)
        html = render_to_string(f"emails/{template}-body.html", context)
    with transaction.atomic():
        email, created = Email.objects.get_or_create(
            key=key,
            defaults={
                "to": to,
                "subject": subject,
                "body_text": text,
                "body_html": html,
                "processor": processor,
                "next_attempt_at": now or timezone.now(),
            },
        )
        if created:
            deliver_email.enqueue(email.pk)
    return email


def claim(email_id: int, *, now: dt.datetime) -> bool:
    """Move one due row to sending; False when another worker has it or it is not due."""
    return bool(
        Email.objects.due(now=now)
        .filter(pk=email_id)
        .update(state=EmailState.SENDING, claimed_at=now, attempts=F("attempts") + 1)
    )


def deliver(email: Email, *, now: dt.datetime | None = None) -> bool:
    """Send a claimed row over SMTP; mark it sent, or schedule a retry with backoff."""
    message = EmailMultiAlternatives(
        subject=email.subject,
        body=email.body_text,
        to=email.to,
        headers={"Message-ID": email.message_id},
    )
    if email.body_html:
        message.attach_alternative(email.body_html, "text/html")
    try:
        message.send(fail_silently=False)
    except Exception as exc:
        _schedule_retry(email, error=f"{type(exc).__name__}: {exc}", now=now or timezone.now())
        return False
    Email.objects.filter(pk=email.pk).update(
        state=EmailState.SENT, sent_at=now or timezone.now(), last_error=""
    )
    return True


def _schedule_retry(email: Email, *, error: str, now: dt.datetime) -> None:
    email.refresh_from_db(fields=["attempts"])
    state = EmailState.FAILED if email.attempts >= MAX_ATTEMPTS else EmailState.QUEUED
    delay = dt.timedelta(minutes=2 ** min(email.attempts, 10))
    Email.objects.filter(pk=email.pk).update(
        state=state, last_error=error[:2000], next_attempt_at=now + delay
    )
    log.warning("e-mail %s not delivered (attempt %s): %s", email.uuid, email.attempts, error)


def deliver_due(*, now: dt.datetime | None = None, limit: int = 100) -> int:
    """The sweep: claim and deliver every due row (queued, retry due, or stuck); count sent."""
    now = now or timezone.now()
    sent = 0
    for email_id in Email.objects.due(now=now).values_list("pk", flat=True)[:limit]:
        if claim(email_id, now=now):
            sent += deliver(Email.objects.get(pk=email_id), now=now)
    return sent
