"""Forms for organisations. The KvK format is checked by Organisation.clean()."""

from __future__ import annotations

from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from art28.core.forms import CountriesField
from art28.organisations.models import Contact, Organisation


class OrganisationForm(forms.ModelForm):
    """Name, registration and address of a processor, controller or sub-processor."""

    website = forms.URLField(label=_("website"), required=False, assume_scheme="https")

    class Meta:
        model = Organisation
        fields = [
            "name",
            "registration_scheme",
            "registration_number",
            "address",
            "postcode",
            "city",
            "country",
            "email",
            "phone",
            "website",
        ]

    def clean_name(self) -> str:
        name: str = self.cleaned_data["name"].strip()
        instance: Organisation = self.instance
        same = Organisation.objects.filter(
            processor_id=instance.processor_id, kind=instance.kind, name__iexact=name
        ).exclude(pk=instance.pk)
        if instance.processor_id and same.exists():
            raise forms.ValidationError(
                _("%(name)s is already in your list."), code="duplicate", params={"name": name}
            )
        return name

    def clean_country(self) -> str:
        return str(self.cleaned_data["country"]).strip().upper()

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["registration_number"].help_text = _("KvK: 8 digits, e.g. 17085437.")
        self.fields["country"].help_text = _("Two-letter country code, e.g. NL.")


class SubprocessorForm(OrganisationForm):
    """A sub-processor: its details plus where it processes and what it does."""

    countries = CountriesField(
        label=_("processing countries"),
        required=False,
        help_text=_("Two-letter codes, e.g. NL, DE, US."),
    )

    class Meta(OrganisationForm.Meta):
        fields = [*OrganisationForm.Meta.fields, "countries", "services"]


class ContactForm(forms.ModelForm):
    class Meta:
        model = Contact
        fields = [
            "name",
            "title",
            "email",
            "phone",
            "is_representative",
            "is_breach_contact",
            "is_privacy_contact",
        ]
