"""Forms for the register: one processing activity, and the register's search and filters."""

from __future__ import annotations

from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from art28.agreements.models import Agreement
from art28.core.forms import CountriesField, LinesField
from art28.organisations.models import Organisation, StaffFunction
from art28.register.models import ActivityQuerySet, ProcessingActivity

ONE_PER_LINE = _("One per line.")


class ActivityForm(forms.ModelForm):
    """A row of annex 1; lists are typed one item per line."""

    data_categories = LinesField(
        label=_("categories of personal data"), required=False, help_text=ONE_PER_LINE
    )
    data_subjects = LinesField(
        label=_("categories of data subjects"), required=False, help_text=ONE_PER_LINE
    )
    operations = LinesField(
        label=_("processing operations"), required=False, help_text=ONE_PER_LINE
    )
    systems = LinesField(label=_("systems"), required=False, help_text=ONE_PER_LINE)
    countries = CountriesField(
        label=_("locations (countries)"),
        required=False,
        help_text=_("Two-letter codes, e.g. NL, DE."),
    )

    class Meta:
        model = ProcessingActivity
        fields = [
            "position",
            "name",
            "purpose",
            "agreement",
            "data_categories",
            "data_subjects",
            "staff_functions",
            "operations",
            "retention_text",
            "retention_kind",
            "retention_months",
            "legal_retention_years",
            "systems",
            "countries",
            "subprocessors",
        ]
        widgets = {
            "purpose": forms.Textarea(attrs={"rows": 3}),
            "retention_text": forms.Textarea(attrs={"rows": 2}),
            "staff_functions": forms.CheckboxSelectMultiple,
            "subprocessors": forms.CheckboxSelectMultiple,
        }

    def __init__(self, *args: Any, controller: Organisation, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        processor = controller.processor
        self.fields["staff_functions"].queryset = StaffFunction.objects.filter(processor=processor)
        self.fields["subprocessors"].queryset = Organisation.objects.for_processor(
            processor
        ).subprocessors()
        self.fields["agreement"].queryset = Agreement.objects.filter(
            controller=controller
        ).select_related("controller")


class RegisterFilterForm(forms.Form):
    """Search and filters of a register page (GET)."""

    q = forms.CharField(label=_("Search"), required=False)
    category = forms.CharField(label=_("data category"), required=False)
    subject = forms.CharField(label=_("data subject"), required=False)
    function = forms.ModelChoiceField(
        label=_("staff function"),
        queryset=StaffFunction.objects.none(),
        required=False,
        to_field_name="uuid",
        empty_label=_("all functions"),
    )

    def __init__(self, *args: Any, processor: Organisation, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["function"].queryset = StaffFunction.objects.filter(processor=processor)

    def filter(self, activities: ActivityQuerySet) -> ActivityQuerySet:
        """The activities that match the valid part of the search and filters."""
        if not self.is_bound:
            return activities
        self.is_valid()  # cleaned_data then holds the valid fields; a wrong one is ignored
        data = self.cleaned_data
        if data.get("q"):
            activities = activities.search(data["q"])
        if data.get("category"):
            activities = activities.with_data_category(data["category"].strip())
        if data.get("subject"):
            activities = activities.with_data_subject(data["subject"].strip())
        if data.get("function"):
            activities = activities.with_staff_function(data["function"])
        return activities
