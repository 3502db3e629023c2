"""The upload form and the review forms (the agreement's terms form, one form per activity)."""

from __future__ import annotations

from pathlib import PurePath
from typing import Any

from django import forms
from django.core.files.uploadedfile import UploadedFile
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext_lazy as _

from art28.agreements.forms import SECTIONS, AgreementTermsForm
from art28.core.forms import LinesField
from art28.imports.models import EXTENSIONS, MAX_UPLOAD_BYTES

ONE_PER_LINE = _("One per line.")
# A confirmed import is always a draft agreement: the reviewer does not set its status.
NOT_REVIEWED = {"status"}


class UploadForm(forms.Form):
    file = forms.FileField(
        label=_("Document"),
        help_text=_("PDF, DOCX, HTML, Markdown or text; at most 50 MB."),
        widget=forms.ClearableFileInput(attrs={"accept": ",".join(sorted(EXTENSIONS))}),
    )

    def clean_file(self) -> UploadedFile:
        upload = self.cleaned_data["file"]
        suffix = PurePath(upload.name or "").suffix.lower()
        if suffix not in EXTENSIONS:
            raise forms.ValidationError(
                _(
                    "A %(suffix)s file cannot be read; upload a PDF, DOCX, HTML, Markdown or "
                    "text file."
                ),
                code="extension",
                params={"suffix": suffix or _("file without extension")},
            )
        if upload.size > MAX_UPLOAD_BYTES:
            raise forms.ValidationError(
                _("The file is %(size)s; the limit is 50 MB."),
                code="too_large",
                params={"size": filesizeformat(upload.size)},
            )
        return upload


class ReviewTermsForm(AgreementTermsForm):
    """The agreement's terms form without the status, plus the named transfer exceptions."""

    transfer_exceptions = LinesField(
        label=_("named exceptions to the transfer rule"), required=False, help_text=ONE_PER_LINE
    )

    class Meta(AgreementTermsForm.Meta):
        fields = [name for name in AgreementTermsForm.Meta.fields if name not in NOT_REVIEWED]

    def sections(self) -> list[tuple[str, list[forms.BoundField]]]:
        result = []
        for title, names in SECTIONS:
            fields = [self[name] for name in names if name in self.fields]
            if "transfers_outside_eea" in names:
                fields.append(self["transfer_exceptions"])
            result.append((title, fields))
        return result

    def terms(self) -> dict[str, Any]:
        """The cleaned values of the agreement's own fields."""
        return {k: v for k, v in self.cleaned_data.items() if k != "transfer_exceptions"}


class ActivityRowForm(forms.Form):
    """One processing activity as found in the document; the reviewer may correct it."""

    name = forms.CharField(label=_("name"), max_length=200)
    purpose = forms.CharField(
        label=_("purpose"), required=False, widget=forms.Textarea(attrs={"rows": 2})
    )
    data_categories = LinesField(label=_("categories of personal data"), required=False)
    data_subjects = LinesField(label=_("categories of data subjects"), required=False)
    staff_functions = LinesField(
        label=_("staff functions"),
        required=False,
        help_text=_("One per line; a new name is added to the processor's functions."),
    )
    operations = LinesField(label=_("processing operations"), required=False)
    retention_text = forms.CharField(
        label=_("retention (as agreed)"), required=False, widget=forms.Textarea(attrs={"rows": 2})
    )


ActivityFormSet = forms.formset_factory(ActivityRowForm, extra=0, can_delete=True)


def activity_rows(formset: Any) -> list[dict[str, Any]]:
    """The cleaned rows of a valid formset, without the ones marked for deletion or left empty."""
    return [
        {k: v for k, v in form.cleaned_data.items() if k != "DELETE"}
        for form in formset.forms
        if form.cleaned_data and not form.cleaned_data.get("DELETE")
    ]
