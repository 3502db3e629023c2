"""Building blocks shared by the domain apps."""

from __future__ import annotations

import uuid

from django.db import models
from django.utils.translation import gettext_lazy as _


class Entity(models.Model):
    """A row addressed from outside by UUID (URLs, API, exports); the integer key stays inside."""

    uuid = models.UUIDField(_("identifier"), default=uuid.uuid4, unique=True, editable=False)
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    class Meta:
        abstract = True
