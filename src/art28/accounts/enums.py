from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _


class Role(models.TextChoices):
    ADMINISTRATOR = "admin", _("administrator (privacy officer)")
    STAFF = "staff", _("staff")
    READ_ONLY = "readonly", _("read-only")
