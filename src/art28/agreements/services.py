"""Writes on agreements. Each service is one transaction with its audit entry."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from django.db import transaction

from art28.accounts.models import User
from art28.agreements.models import Agreement, Terms
from art28.audit.services import record
from art28.core.changes import apply_changes, field_values
from art28.organisations.models import Organisation


@transaction.atomic
def update_agreement_terms(agreement: Agreement, *, by: User, data: Mapping[str, Any]) -> Agreement:
    """Change what was agreed (terms, status, dates); the audit entry lists each change."""
    current = Agreement.objects.select_for_update().get(pk=agreement.pk)
    changed = apply_changes(current, data)
    current.full_clean()
    if changed:
        current.save()
        record(
            "update",
            by=by,
            processor=current.processor,
            obj=current,
            summary=str(current),
            data=changed,
        )
    return current


TERM_FIELDS = [field.name for field in Terms._meta.fields]


@transaction.atomic
def create_agreement(controller: Organisation, *, by: User, data: Mapping[str, Any]) -> Agreement:
    """Start a (draft) agreement with a controller; a template's terms and version are copied."""
    agreement = Agreement(processor=controller.processor, controller=controller)
    template = data.get("template")
    if template is not None:
        for name in TERM_FIELDS:
            setattr(agreement, name, getattr(template, name))
        agreement.template_version = template.version_label
    apply_changes(agreement, data)
    agreement.full_clean()
    agreement.save()
    record(
        "create",
        by=by,
        processor=agreement.processor,
        obj=agreement,
        summary=str(agreement),
        data=field_values(agreement, [*data.keys(), "template_version"]),
    )
    return agreement
