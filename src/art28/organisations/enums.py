from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _


class OrganisationKind(models.TextChoices):
    PROCESSOR = "processor", _("processor")
    CONTROLLER = "controller", _("controller")
    SUBPROCESSOR = "subprocessor", _("sub-processor")


class RegistrationScheme(models.TextChoices):
    KVK = "kvk", _("Dutch Chamber of Commerce (KvK)")
    OTHER = "other", _("other register")
