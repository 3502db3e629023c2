"""Building blocks shared by the domain apps."""

from __future__ import annotations

import uuid

from django.db import models
from django.utils.translation import gettext_lazy as _

from art28.core.calendar import EQUATED_BY_DECREE, WorkingCalendar


class Entity(models.Model):
    """A row addressed from outside by UUID (URLs, API, exports); the integer key stays inside."""

    uuid = models.UUIDField(_("identifier"), default=uuid.uuid4, unique=True, editable=False)
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    class Meta:
        abstract = True


class Holiday(models.Model):
    """A day equated with a public holiday (royal decree), extending the computed calendar."""

    date = models.DateField(_("date"), unique=True)
    name = models.CharField(_("name"), max_length=100)

    class Meta:
        verbose_name = _("public holiday")
        verbose_name_plural = _("public holidays")
        ordering = ["date"]

    def __str__(self) -> str:
        return f"{self.date:%Y-%m-%d} {self.name}"


def working_calendar() -> WorkingCalendar:
    """The Dutch calendar with the decreed days from code and from the Holiday table."""
    extra = dict(EQUATED_BY_DECREE)
    extra.update(Holiday.objects.values_list("date", "name"))
    return WorkingCalendar(extra)
