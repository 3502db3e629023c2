"""The outbox delivers each notice once over real SMTP, survives failures, never doubles."""

from __future__ import annotations

import datetime as dt
import io

import pytest
from django.core.management import call_command
from django.db import transaction
from django.utils import timezone

from art28.outbox.enums import EmailState
from art28.outbox.models import SENDING_TIMEOUT, Email
from art28.outbox.services import claim, deliver_due, queue_email

# The worker closes its connection when done, so these tests commit for real.
pytestmark = pytest.mark.django_db(transaction=True)


def queue(key: str = "test:1", **kwargs) -> Email:
    return queue_email(
        key=key,
        to=["dpo@client.example"],
        template="test",
        context={"name": "Imaging People"},
        **kwargs,
    )


def run_worker() -> None:
    call_command("db_worker", "--batch", "--no-startup-delay", "--interval", "0", verbosity=0)


def test_a_queued_email_is_delivered_by_the_worker_over_smtp(smtp):
    email = queue(language="en")

    run_worker()

    email.refresh_from_db()
    assert email.state == EmailState.SENT
    assert len(smtp.messages) == 1
    assert smtp.messages[0]["Message-ID"] == email.message_id
    assert smtp.messages[0]["To"] == "dpo@client.example"
    assert smtp.messages[0]["Subject"] == "Test message from art28 for Imaging People"


def test_an_email_queued_in_a_rolled_back_transaction_is_never_sent(smtp):
    with pytest.raises(RuntimeError), transaction.atomic():
        queue()
        raise RuntimeError("the business change failed")

    run_worker()

    assert Email.objects.count() == 0
    assert smtp.messages == []


def test_queueing_the_same_key_twice_sends_one_email(smtp):
    first = queue()
    second = queue()

    run_worker()

    assert first.pk == second.pk
    assert len(smtp.messages) == 1


def test_an_unreachable_server_schedules_a_retry_and_the_sweep_delivers_later(settings, smtp):
    port = settings.EMAIL_PORT
    settings.EMAIL_PORT = 9  # discard port: connection refused
    email = queue()
    run_worker()
    email.refresh_from_db()
    settings.EMAIL_PORT = port

    sent = deliver_due(now=timezone.now() + dt.timedelta(hours=1))

    assert (email.state, email.attempts) == (EmailState.QUEUED, 1)
    assert email.last_error != ""
    assert sent == 1
    assert len(smtp.messages) == 1


def test_a_row_claimed_by_one_worker_cannot_be_claimed_by_another():
    email = queue()
    now = timezone.now()

    first, second = claim(email.pk, now=now), claim(email.pk, now=now)

    assert (first, second) == (True, False)


def test_a_row_stuck_in_sending_after_a_crash_is_delivered_by_the_sweep(smtp):
    email = queue()
    crashed_at = timezone.now()
    claim(email.pk, now=crashed_at)

    sent = deliver_due(now=crashed_at + SENDING_TIMEOUT + dt.timedelta(seconds=1))

    email.refresh_from_db()
    assert sent == 1
    assert (email.state, email.attempts) == (EmailState.SENT, 2)
    assert len(smtp.messages) == 1


def test_the_sweep_command_delivers_due_mail_and_prints_counts(smtp):
    queue()
    out = io.StringIO()

    call_command("sweep", stdout=out)

    assert out.getvalue() == "outbox: 1 sent; imports: 0 requeued\n"
    assert len(smtp.messages) == 1
