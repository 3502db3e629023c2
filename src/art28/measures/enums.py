from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _


class MeasureKind(models.TextChoices):
    TECHNICAL = "technical", _("technical")
    ORGANISATIONAL = "organisational", _("organisational")
