"""The form for a technical or organisational measure."""

from __future__ import annotations

from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from art28.accounts.models import User
from art28.agreements.models import Agreement
from art28.core.forms import DateInput
from art28.measures.models import Measure
from art28.organisations.models import Organisation


class MeasureForm(forms.ModelForm):
    class Meta:
        model = Measure
        fields = [
            "category",
            "kind",
            "title",
            "description",
            "position",
            "owner",
            "review_interval_months",
            "last_reviewed",
            "next_review",
            "agreements",
        ]
        widgets = {
            "description": forms.Textarea(attrs={"rows": 3}),
            "last_reviewed": DateInput(),
            "next_review": DateInput(),
            "agreements": forms.CheckboxSelectMultiple,
        }

    def __init__(self, *args: Any, processor: Organisation, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["owner"].queryset = User.objects.filter(processor=processor)
        self.fields["agreements"].queryset = Agreement.objects.for_processor(
            processor
        ).select_related("controller")
        self.fields["next_review"].help_text = _(
            "Leave empty to count the interval from the last review."
        )
        for name in ("last_reviewed", "next_review"):
            self.fields[name].error_messages["invalid"] = _("Enter a real date, e.g. 2026-05-14.")

    def clean(self) -> dict[str, Any]:
        data = super().clean()
        last, next_ = data.get("last_reviewed"), data.get("next_review")
        if last and next_ and next_ < last:
            self.add_error(
                "next_review",
                forms.ValidationError(
                    _("The next review cannot lie before the last one."),
                    code="review_order",
                ),
            )
        return data
