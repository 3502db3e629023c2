"""Technical and organisational security measures (annex 2 of both seeds, GDPR Art. 32)."""

from __future__ import annotations

import datetime as dt

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from art28.core.models import Entity
from art28.measures.enums import MeasureKind


class MeasureQuerySet(models.QuerySet):
    def for_processor(self, processor: object) -> MeasureQuerySet:
        return self.filter(processor=processor)

    def review_due(self, *, today: dt.date) -> MeasureQuerySet:
        return self.filter(next_review__lte=today)


class Measure(Entity):
    """One measure in a processor's catalogue, linked to the agreements that promise it."""

    processor = models.ForeignKey(
        "organisations.Organisation",
        verbose_name=_("processor"),
        on_delete=models.CASCADE,
        related_name="measures",
    )
    category = models.CharField(_("topic"), max_length=120, blank=True)
    kind = models.CharField(
        _("kind"), max_length=16, choices=MeasureKind.choices, default=MeasureKind.TECHNICAL
    )
    title = models.CharField(_("measure"), max_length=300)
    description = models.TextField(_("description"), blank=True)
    position = models.PositiveIntegerField(_("position"), default=0)
    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("owner"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="measures",
    )
    review_interval_months = models.PositiveIntegerField(_("review every (months)"), default=12)
    last_reviewed = models.DateField(_("last reviewed"), null=True, blank=True)
    next_review = models.DateField(_("next review"), null=True, blank=True)
    agreements = models.ManyToManyField(
        "agreements.Agreement", verbose_name=_("agreements"), blank=True, related_name="measures"
    )

    objects = MeasureQuerySet.as_manager()

    class Meta:
        verbose_name = _("measure")
        verbose_name_plural = _("measures")
        ordering = ["position", "title"]

    def __str__(self) -> str:
        return self.title

    def is_review_due(self, *, today: dt.date) -> bool:
        return self.next_review is not None and self.next_review <= today
