"""Writes on agreements. Each service is one transaction with its audit entry."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from django.db import transaction

from art28.accounts.models import User
from art28.agreements.models import Agreement
from art28.audit.services import record
from art28.core.changes import apply_changes


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
