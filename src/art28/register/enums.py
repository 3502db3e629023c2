from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _


class RetentionKind(models.TextChoices):
    """How a retention phrase of an annex turns into a date (domain.md section 9)."""

    UNSPECIFIED = "", _("not derived")
    ROLLING = "rolling", _("at most a period after the data's creation")
    AGREEMENT = "agreement", _("until the agreement ends")
    AGREEMENT_OR_LEGAL = (
        "agreement_or_legal",
        _("until the agreement ends, or the legal term if longer"),
    )
    FIXED = "fixed", _("a fixed period after the agreement ends")
