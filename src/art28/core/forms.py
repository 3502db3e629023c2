"""Form fields shared by the domain apps' forms."""

from __future__ import annotations

import re
from typing import Any

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

COUNTRY_CODE = re.compile(r"^[A-Z]{2}$")


class LinesField(forms.CharField):
    """A list of short texts typed one per line (categories, systems, operations)."""

    widget = forms.Textarea(attrs={"rows": 4})

    def prepare_value(self, value: Any) -> Any:
        if isinstance(value, list | tuple):
            return "\n".join(str(v) for v in value)
        return value

    def to_python(self, value: Any) -> list[str]:  # type: ignore[override]
        if isinstance(value, list | tuple):
            return [str(v).strip() for v in value if str(v).strip()]
        text = super().to_python(value) or ""
        return [line.strip() for line in text.splitlines() if line.strip()]


class CountriesField(LinesField):
    """ISO 3166-1 alpha-2 country codes, separated by commas, spaces or new lines."""

    widget = forms.TextInput

    def prepare_value(self, value: Any) -> Any:
        return ", ".join(value) if isinstance(value, list | tuple) else value

    def to_python(self, value: Any) -> list[str]:  # type: ignore[override]
        if isinstance(value, list | tuple):
            value = " ".join(value)
        codes = [c.upper() for c in re.split(r"[\s,;]+", value or "") if c]
        wrong = [c for c in codes if not COUNTRY_CODE.match(c)]
        if wrong:
            raise ValidationError(
                _("Use two-letter country codes such as NL or DE (not: %(codes)s)."),
                code="invalid_country",
                params={"codes": ", ".join(wrong)},
            )
        return list(dict.fromkeys(codes))


class DateInput(forms.DateInput):
    """The browser's date picker; the value travels as YYYY-MM-DD."""

    input_type = "date"

    def __init__(self, attrs: dict[str, Any] | None = None) -> None:
        super().__init__(attrs=attrs, format="%Y-%m-%d")
