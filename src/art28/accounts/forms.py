from __future__ import annotations

from django import forms
from django.contrib.auth import password_validation
from django.contrib.auth.forms import AuthenticationForm
from django.utils.translation import gettext_lazy as _

from art28.accounts.enums import Role
from art28.accounts.models import User


class LoginForm(AuthenticationForm):
    """E-mail and password; django-axes counts every failure through authenticate()."""

    username = forms.EmailField(
        label=_("E-mail address"),
        widget=forms.EmailInput(attrs={"autofocus": True, "autocomplete": "username"}),
    )

    def clean_username(self) -> str:
        return self.cleaned_data["username"].strip().lower()


class CodeForm(forms.Form):
    """The second step: a code from the authenticator app, or one recovery code."""

    code = forms.CharField(
        label=_("Code"),
        max_length=32,
        widget=forms.TextInput(
            attrs={"autofocus": True, "autocomplete": "one-time-code", "spellcheck": "false"}
        ),
    )


class StaffCreationForm(forms.Form):
    """A new staff account (used by `art28 createstaff`; a staff page can reuse it)."""

    email = forms.EmailField(label=_("E-mail address"))
    role = forms.ChoiceField(label=_("Role"), choices=Role.choices)
    password = forms.CharField(label=_("Password"), strip=False)

    def clean_email(self) -> str:
        email = self.cleaned_data["email"].strip().lower()
        if User.objects.filter(email=email).exists():
            raise forms.ValidationError(
                _("An account with this e-mail address already exists."), code="duplicate"
            )
        return email

    def clean(self) -> dict:
        cleaned = super().clean() or {}
        if "email" in cleaned and "password" in cleaned:
            try:
                password_validation.validate_password(
                    cleaned["password"], User(email=cleaned["email"])
                )
            except forms.ValidationError as error:
                self.add_error("password", error)
        return cleaned
