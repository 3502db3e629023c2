"""The transactional outbox: a notice is a row written in the business transaction, and the
worker delivers it. A crash loses nothing (the row stays queued) and doubles nothing visible
(one Message-ID per row, so a retried delivery is the same message to the receiver)."""

from __future__ import annotations

import datetime as dt

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from art28.core.models import Entity
from art28.outbox.enums import EmailState

MAX_ATTEMPTS = 8
SENDING_TIMEOUT = dt.timedelta(minutes=10)


class EmailQuerySet(models.QuerySet):
    def due(self, *, now: dt.datetime) -> EmailQuerySet:
        """Rows to (re)try: queued and due, or stuck in sending past the timeout."""
        return self.filter(
            Q(state=EmailState.QUEUED, next_attempt_at__lte=now)
            | Q(state=EmailState.SENDING, claimed_at__lt=now - SENDING_TIMEOUT)
        )


class Email(Entity):
    processor = models.ForeignKey(
        "organisations.Organisation",
        verbose_name=_("processor"),
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="emails",
    )
    key = models.CharField(
        _("idempotency key"),
        max_length=200,
        unique=True,
        help_text=_("One notice per key: queueing the same key twice keeps the first."),
    )
    to = models.JSONField(_("to"), default=list)
    subject = models.CharField(_("subject"), max_length=300)
    body_text = models.TextField(_("text"))
    body_html = models.TextField(_("HTML"), blank=True)
    state = models.CharField(
        _("state"), max_length=10, choices=EmailState.choices, default=EmailState.QUEUED
    )
    attempts = models.PositiveIntegerField(_("attempts"), default=0)
    next_attempt_at = models.DateTimeField(_("next attempt"))
    claimed_at = models.DateTimeField(_("claimed at"), null=True, blank=True)
    sent_at = models.DateTimeField(_("sent at"), null=True, blank=True)
    last_error = models.TextField(_("last error"), blank=True)

    objects = EmailQuerySet.as_manager()

    class Meta:
        verbose_name = _("e-mail")
        verbose_name_plural = _("e-mails")
        ordering = ["-created_at"]
        indexes = [models.Index(fields=["state", "next_attempt_at"])]

    def __str__(self) -> str:
        return self.subject

    @property
    def message_id(self) -> str:
        domain = settings.DEFAULT_FROM_EMAIL.rsplit("@", 1)[-1].strip("> ") or "art28"
        return f"<{self.uuid}@{domain}>"
