"""Template filters of the staff pages."""

from __future__ import annotations

import json
from typing import Any

from django import template
from django.apps import apps
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

register = template.Library()

# Audit actions as people read them; an action not listed here is shown as stored.
ACTION_LABELS = {
    "create": pgettext_lazy("audit action", "created"),
    "update": pgettext_lazy("audit action", "changed"),
    "delete": pgettext_lazy("audit action", "deleted"),
    "view": pgettext_lazy("audit action", "viewed"),
    "export": pgettext_lazy("audit action", "exported"),
    "login": pgettext_lazy("audit action", "logged in"),
    "logout": pgettext_lazy("audit action", "logged out"),
    "login_failed": pgettext_lazy("audit action", "login failed"),
    "password_change": pgettext_lazy("audit action", "password changed"),
    "reset_second_factor": pgettext_lazy("audit action", "second factor reset"),
}
COUNTRY_LAWS = {"NL": _("Dutch law applies."), "BE": _("Belgian law applies.")}


@register.filter
def action_label(action: str) -> str:
    return str(ACTION_LABELS.get(action, action))


@register.filter
def governing_law(country: str) -> str:
    if country in COUNTRY_LAWS:
        return str(COUNTRY_LAWS[country])
    return _("The law of %(country)s applies.") % {"country": country}


@register.filter
def object_label(label: str) -> str:
    """An audit entry's object type ("agreements.agreement") as the model's name."""
    try:
        return str(apps.get_model(label)._meta.verbose_name)
    except (LookupError, ValueError):
        return label


@register.filter
def as_json(data: Any) -> str:
    return json.dumps(data, ensure_ascii=False, sort_keys=True)
