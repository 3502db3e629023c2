from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _


class AgreementStatus(models.TextChoices):
    DRAFT = "draft", _("draft")
    SENT = "sent", _("sent")
    SIGNED = "signed", _("signed")
    ACTIVE = "active", _("active")
    TERMINATED = "terminated", _("terminated")
    ENDED = "ended", _("ended")


class SubprocessorAuthorisation(models.TextChoices):
    SPECIFIC = "specific", _("specific prior authorisation")
    GENERAL = "general", _("general written authorisation")
    NONE = "none", _("never without consent for each one")


class TransferPolicy(models.TextChoices):
    NEVER = "never", _("never outside the EEA")
    CONSENT = "consent", _("only with the controller's prior written consent")
    ALLOWED = "allowed", _("allowed")


class PartyRole(models.TextChoices):
    PROCESSOR = "processor", _("processor")
    CONTROLLER = "controller", _("controller")


class DataFormat(models.TextChoices):
    ANY = "", _("not specified")
    MACHINE_READABLE = "machine_readable", _("machine-readable (structured, common)")
    ORIGINAL = "original", _("as stored")
