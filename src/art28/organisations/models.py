"""Organisations: processors (the tenants), their controllers and their sub-processors."""

from __future__ import annotations

import re

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from art28.core.models import Entity
from art28.organisations.enums import OrganisationKind, RegistrationScheme

KVK_PATTERN = re.compile(r"^\d{8}$")


class OrganisationQuerySet(models.QuerySet):
    def for_processor(self, processor: Organisation) -> OrganisationQuerySet:
        """The processor itself and every organisation it keeps (its tenant scope)."""
        return self.filter(Q(pk=processor.pk) | Q(processor=processor))

    def processors(self) -> OrganisationQuerySet:
        return self.filter(kind=OrganisationKind.PROCESSOR)

    def controllers(self) -> OrganisationQuerySet:
        return self.filter(kind=OrganisationKind.CONTROLLER)

    def subprocessors(self) -> OrganisationQuerySet:
        return self.filter(kind=OrganisationKind.SUBPROCESSOR)


class Organisation(Entity):
    """A legal person. A processor is a tenant; controllers and sub-processors belong to one."""

    kind = models.CharField(_("kind"), max_length=16, choices=OrganisationKind.choices)
    processor = models.ForeignKey(
        "self",
        verbose_name=_("processor"),
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="relations",
        help_text=_("The processor (tenant) that keeps this organisation; empty for a processor."),
    )
    name = models.CharField(_("legal name"), max_length=200)
    registration_scheme = models.CharField(
        _("register"), max_length=8, choices=RegistrationScheme.choices, blank=True
    )
    registration_number = models.CharField(_("registration number"), max_length=40, blank=True)
    address = models.CharField(_("address"), max_length=200, blank=True)
    postcode = models.CharField(_("postcode"), max_length=16, blank=True)
    city = models.CharField(_("city"), max_length=100, blank=True)
    country = models.CharField(_("country"), max_length=2, default="NL")
    email = models.EmailField(_("e-mail"), blank=True)
    phone = models.CharField(_("telephone"), max_length=40, blank=True)
    website = models.URLField(_("website"), blank=True)
    # Sub-processors: where they process (ISO 3166-1 alpha-2 codes) and what for.
    countries = models.JSONField(_("processing countries"), default=list, blank=True)
    services = models.TextField(_("services"), blank=True)

    objects = OrganisationQuerySet.as_manager()

    class Meta:
        verbose_name = _("organisation")
        verbose_name_plural = _("organisations")
        ordering = ["name"]
        constraints = [
            models.CheckConstraint(
                condition=(Q(kind=OrganisationKind.PROCESSOR) & Q(processor__isnull=True))
                | (~Q(kind=OrganisationKind.PROCESSOR) & Q(processor__isnull=False)),
                name="organisation_processor_iff_not_processor",
            ),
            models.UniqueConstraint(
                fields=["processor", "name", "kind"], name="organisation_unique_name_per_tenant"
            ),
        ]

    def __str__(self) -> str:
        return self.name

    @property
    def tenant(self) -> Organisation:
        return self if self.kind == OrganisationKind.PROCESSOR else self.processor

    def clean(self) -> None:
        number = self.registration_number.replace(" ", "")
        if self.registration_scheme == RegistrationScheme.KVK and number:
            if not KVK_PATTERN.match(number):
                raise ValidationError(
                    {
                        "registration_number": ValidationError(
                            _("A KvK number has exactly 8 digits."), code="invalid_kvk"
                        )
                    }
                )
            self.registration_number = number


class ContactQuerySet(models.QuerySet):
    def for_processor(self, processor: Organisation) -> ContactQuerySet:
        """Contacts of the processor itself and of every organisation it keeps."""
        return self.filter(Q(organisation=processor) | Q(organisation__processor=processor))


class Contact(Entity):
    """A person at an organisation: contact, representative who signs, breach contact."""

    organisation = models.ForeignKey(
        Organisation,
        verbose_name=_("organisation"),
        on_delete=models.CASCADE,
        related_name="contacts",
    )
    name = models.CharField(_("name"), max_length=200)
    title = models.CharField(_("title"), max_length=120, blank=True)
    email = models.EmailField(_("e-mail"), blank=True)
    phone = models.CharField(_("telephone"), max_length=40, blank=True)
    is_representative = models.BooleanField(_("signs for the organisation"), default=False)
    is_breach_contact = models.BooleanField(_("receives breach notices"), default=False)
    is_privacy_contact = models.BooleanField(_("privacy contact"), default=False)

    objects = ContactQuerySet.as_manager()

    class Meta:
        verbose_name = _("contact")
        verbose_name_plural = _("contacts")
        ordering = ["organisation", "name"]

    def __str__(self) -> str:
        return self.name


class StaffFunction(Entity):
    """A staff function of a processor (seed 000 annex 1: Supportdesk, Consultant, ICT beheer)."""

    processor = models.ForeignKey(
        Organisation,
        verbose_name=_("processor"),
        on_delete=models.CASCADE,
        related_name="staff_functions",
    )
    name = models.CharField(_("name"), max_length=100)
    description = models.TextField(_("description"), blank=True)

    class Meta:
        verbose_name = _("staff function")
        verbose_name_plural = _("staff functions")
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(fields=["processor", "name"], name="function_unique_per_tenant")
        ]

    def __str__(self) -> str:
        return self.name
