"""Agreements and the templates they are made from; their terms are typed data."""

from __future__ import annotations

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from art28.agreements.enums import (
    AgreementStatus,
    DataFormat,
    PartyRole,
    SubprocessorAuthorisation,
    TransferPolicy,
)
from art28.core.models import Entity

_positive = [MinValueValidator(0)]


class Terms(models.Model):
    """What was agreed, as data the engines run on. Empty means: the document does not say.

    Yes/no terms are three-valued: True, False, or None when the agreement does not state it.
    """

    # Breach notice (000 art 8.1 "onverwijld"; 003 art 7: within 2 hours).
    breach_notice_hours = models.PositiveIntegerField(
        _("breach notice within (hours)"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1), MaxValueValidator(720)],
    )
    breach_without_undue_delay = models.BooleanField(
        _("breach notice without undue delay"), null=True, blank=True
    )
    # Sub-processors (000 art 6; 003 art 9).
    subprocessor_authorisation = models.CharField(
        _("sub-processor authorisation"),
        max_length=16,
        choices=SubprocessorAuthorisation.choices,
        default=SubprocessorAuthorisation.GENERAL,
    )
    subprocessor_prior_notice = models.BooleanField(
        _("prior notice of new sub-processors"), null=True, blank=True
    )
    subprocessor_objection = models.BooleanField(_("controller may object"), null=True, blank=True)
    subprocessor_objection_days = models.PositiveIntegerField(
        _("objection window (days)"), null=True, blank=True, validators=[MaxValueValidator(365)]
    )
    subprocessor_flow_down = models.BooleanField(
        _("same obligations flow down"), null=True, blank=True
    )
    # Transfers outside the EEA (000 art 4; 003 art 3.5); exceptions are TransferException rows.
    transfers_outside_eea = models.CharField(
        _("transfers outside the EEA"),
        max_length=16,
        choices=TransferPolicy.choices,
        default=TransferPolicy.CONSENT,
    )
    transfers_eu_only = models.BooleanField(
        _("limited to the EU (not the EEA)"),
        default=False,
        help_text=_("The agreement says 'within the European Union' rather than the EEA."),
    )
    # Audits (000 art 11).
    audit_per_year = models.PositiveIntegerField(
        _("audits per year"), null=True, blank=True, validators=[MaxValueValidator(12)]
    )
    audit_on_suspicion = models.BooleanField(_("audit on suspicion"), null=True, blank=True)
    audit_independent_auditor = models.BooleanField(
        _("by an independent auditor"), null=True, blank=True
    )
    audit_notice_days = models.PositiveIntegerField(_("audit notice (days)"), null=True, blank=True)
    # Liability (000 art 12).
    liability_cap_eur = models.DecimalField(
        _("liability cap (EUR)"),
        max_digits=14,
        decimal_places=2,
        null=True,
        blank=True,
        validators=_positive,
    )
    liability_indirect_excluded = models.BooleanField(
        _("indirect damage excluded"), null=True, blank=True
    )
    claims_lapse_months = models.PositiveIntegerField(
        _("claims lapse after (months)"), null=True, blank=True, validators=[MaxValueValidator(240)]
    )
    # Amendments (000 art 13.5; 003 art 13.2).
    amendment_notice_months = models.PositiveIntegerField(
        _("amendment notice (months)"), null=True, blank=True, validators=[MaxValueValidator(60)]
    )
    # End of the agreement (000 art 13.2-13.4; 003 art 10, 12).
    end_return = models.BooleanField(_("return data at the end"), null=True, blank=True)
    end_delete = models.BooleanField(_("delete data at the end"), null=True, blank=True)
    end_format = models.CharField(
        _("format of returned data"), max_length=24, choices=DataFormat.choices, blank=True
    )
    end_delete_days = models.PositiveIntegerField(_("delete within (days)"), null=True, blank=True)
    # Law and court (000 art 14; 003 art 14).
    governing_law = models.CharField(_("governing law (country)"), max_length=2, default="NL")
    competent_court = models.CharField(_("competent court"), max_length=200, blank=True)

    class Meta:
        abstract = True

    @property
    def end_machine_readable(self) -> bool | None:
        if not self.end_format:
            return None
        return self.end_format == DataFormat.MACHINE_READABLE


class AgreementTemplate(Terms, Entity):
    """A processor's standard agreement, versioned ("2018/1", "1.5 25-05-2018")."""

    processor = models.ForeignKey(
        "organisations.Organisation",
        verbose_name=_("processor"),
        on_delete=models.CASCADE,
        related_name="agreement_templates",
    )
    name = models.CharField(_("name"), max_length=200)
    version_label = models.CharField(_("version"), max_length=40)
    version_date = models.DateField(_("version date"), null=True, blank=True)
    text = models.TextField(_("text"), blank=True)

    class Meta:
        verbose_name = _("agreement template")
        verbose_name_plural = _("agreement templates")
        ordering = ["name", "-version_date"]
        constraints = [
            models.UniqueConstraint(
                fields=["processor", "name", "version_label"], name="template_unique_version"
            )
        ]

    def __str__(self) -> str:
        return f"{self.name} {self.version_label}"


class AgreementQuerySet(models.QuerySet):
    def for_processor(self, processor: object) -> AgreementQuerySet:
        return self.filter(processor=processor)

    def in_force(self) -> AgreementQuerySet:
        return self.filter(status__in=[AgreementStatus.SIGNED, AgreementStatus.ACTIVE])


class Agreement(Terms, Entity):
    """A data processing agreement between a processor and one controller."""

    processor = models.ForeignKey(
        "organisations.Organisation",
        verbose_name=_("processor"),
        on_delete=models.CASCADE,
        related_name="agreements_as_processor",
    )
    controller = models.ForeignKey(
        "organisations.Organisation",
        verbose_name=_("controller"),
        on_delete=models.PROTECT,
        related_name="agreements_as_controller",
    )
    template = models.ForeignKey(
        AgreementTemplate,
        verbose_name=_("template"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="agreements",
    )
    template_version = models.CharField(_("template version"), max_length=80, blank=True)
    title = models.CharField(_("title"), max_length=200, default="Verwerkersovereenkomst")
    reference = models.CharField(_("reference"), max_length=80, blank=True)
    status = models.CharField(
        _("status"), max_length=16, choices=AgreementStatus.choices, default=AgreementStatus.DRAFT
    )
    sent_on = models.DateField(_("sent on"), null=True, blank=True)
    signed_on = models.DateField(_("signed on"), null=True, blank=True)
    effective_from = models.DateField(_("in force from"), null=True, blank=True)
    ended_on = models.DateField(_("ended on"), null=True, blank=True)
    main_agreement = models.CharField(
        _("main agreement"),
        max_length=200,
        blank=True,
        help_text=_("The service agreement this processing agreement belongs to."),
    )

    objects = AgreementQuerySet.as_manager()

    class Meta:
        verbose_name = _("agreement")
        verbose_name_plural = _("agreements")
        ordering = ["controller__name", "-signed_on"]
        constraints = [
            models.CheckConstraint(
                condition=Q(ended_on__isnull=True)
                | Q(effective_from__isnull=True)
                | Q(ended_on__gte=models.F("effective_from")),
                name="agreement_ends_after_start",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.title} — {self.controller}"


class Signature(Entity):
    """Who signed for which party, with title, date and place (the signature block)."""

    agreement = models.ForeignKey(
        Agreement, verbose_name=_("agreement"), on_delete=models.CASCADE, related_name="signatures"
    )
    role = models.CharField(_("party"), max_length=16, choices=PartyRole.choices)
    name = models.CharField(_("name"), max_length=200)
    title = models.CharField(_("title"), max_length=120, blank=True)
    signed_on = models.DateField(_("date"), null=True, blank=True)
    place = models.CharField(_("place"), max_length=100, blank=True)

    class Meta:
        verbose_name = _("signature")
        verbose_name_plural = _("signatures")
        ordering = ["agreement", "role"]

    def __str__(self) -> str:
        return f"{self.name} ({self.get_role_display()})"


class Annex(Entity):
    """A versioned annex of an agreement (003 art 13.2: changes need version and date)."""

    agreement = models.ForeignKey(
        Agreement, verbose_name=_("agreement"), on_delete=models.CASCADE, related_name="annexes"
    )
    number = models.PositiveIntegerField(_("number"))
    title = models.CharField(_("title"), max_length=200)
    version = models.CharField(_("version"), max_length=40, default="1")
    version_date = models.DateField(_("version date"), null=True, blank=True)

    class Meta:
        verbose_name = _("annex")
        verbose_name_plural = _("annexes")
        ordering = ["agreement", "number", "-version_date"]
        constraints = [
            models.UniqueConstraint(
                fields=["agreement", "number", "version"], name="annex_unique_version"
            )
        ]

    def __str__(self) -> str:
        return f"{self.number}. {self.title} ({self.version})"


class TransferException(Entity):
    """A named exception to the transfer rule (000 art 4.2: Apple applications and iCloud)."""

    agreement = models.ForeignKey(
        Agreement,
        verbose_name=_("agreement"),
        on_delete=models.CASCADE,
        related_name="transfer_exceptions",
    )
    name = models.CharField(_("name"), max_length=200)
    countries = models.JSONField(_("countries"), default=list, blank=True)

    class Meta:
        verbose_name = _("transfer exception")
        verbose_name_plural = _("transfer exceptions")
        ordering = ["agreement", "name"]

    def __str__(self) -> str:
        return self.name
