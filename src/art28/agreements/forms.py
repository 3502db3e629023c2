"""The form for an agreement's status, dates and terms."""

from __future__ import annotations

from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from art28.agreements.models import Agreement, AgreementTemplate
from art28.core.forms import DateInput

DATES = ["sent_on", "signed_on", "effective_from", "ended_on"]
# The form in the order of the agreement itself, one fieldset per topic.
SECTIONS = [
    (
        _("Agreement"),
        ["title", "reference", "status", *DATES, "template_version", "main_agreement"],
    ),
    (_("Breach notice"), ["breach_notice_hours", "breach_without_undue_delay"]),
    (
        _("Sub-processors"),
        [
            "subprocessor_authorisation",
            "subprocessor_prior_notice",
            "subprocessor_objection",
            "subprocessor_objection_days",
            "subprocessor_flow_down",
        ],
    ),
    (_("Transfers outside the EEA"), ["transfers_outside_eea", "transfers_eu_only"]),
    (
        _("Audits"),
        ["audit_per_year", "audit_on_suspicion", "audit_independent_auditor", "audit_notice_days"],
    ),
    (_("Liability"), ["liability_cap_eur", "liability_indirect_excluded", "claims_lapse_months"]),
    (_("Amendments"), ["amendment_notice_months"]),
    (_("End of the agreement"), ["end_return", "end_delete", "end_format", "end_delete_days"]),
    (_("Law and court"), ["governing_law", "competent_court"]),
]


class AgreementTermsForm(forms.ModelForm):
    """What was agreed, with a clear message next to each field that is wrong."""

    class Meta:
        model = Agreement
        fields = [name for _title, names in SECTIONS for name in names]
        widgets = {name: DateInput() for name in DATES}

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        cap = self.fields["liability_cap_eur"]
        cap.error_messages["min_value"] = _("A liability cap cannot be negative.")
        for name in DATES:
            self.fields[name].error_messages["invalid"] = _("Enter a real date, e.g. 2018-05-14.")

    def sections(self) -> list[tuple[str, list[forms.BoundField]]]:
        """(title, bound fields) per topic, for the template's fieldsets."""
        return [(title, [self[name] for name in names]) for title, names in SECTIONS]

    def clean_liability_cap_eur(self) -> Any:
        cap = self.cleaned_data["liability_cap_eur"]
        if cap is not None and cap < 0:
            raise forms.ValidationError(
                self.fields["liability_cap_eur"].error_messages["min_value"], code="min_value"
            )
        return cap

    def clean_governing_law(self) -> str:
        return str(self.cleaned_data["governing_law"]).strip().upper()

    def clean(self) -> dict[str, Any]:
        data = super().clean()
        start, end = data.get("effective_from"), data.get("ended_on")
        if start and end and end < start:
            self.add_error(
                "ended_on",
                forms.ValidationError(
                    _("The end date lies before the date the agreement came into force."),
                    code="ends_before_start",
                ),
            )
        return data


class NewAgreementForm(forms.ModelForm):
    """A new agreement: its title and, usually, the template whose terms it starts from."""

    class Meta:
        model = Agreement
        fields = ["template", "title", "reference", "main_agreement"]

    def __init__(self, *args: Any, processor: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["template"].queryset = AgreementTemplate.objects.filter(processor=processor)
        self.fields["template"].help_text = _(
            "Its terms and version are copied; you can change the terms afterwards."
        )
