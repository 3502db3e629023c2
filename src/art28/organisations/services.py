"""Writes on organisations. Each service is one transaction with its audit entry."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from django.db import transaction

from art28.accounts.models import User
from art28.audit.services import record
from art28.core.changes import apply_changes, field_values
from art28.organisations.enums import OrganisationKind
from art28.organisations.models import Organisation


@transaction.atomic
def create_controller(
    processor: Organisation, *, by: User, data: Mapping[str, Any]
) -> Organisation:
    """Add a controller (a client) to the processor's organisations."""
    controller = Organisation(kind=OrganisationKind.CONTROLLER, processor=processor)
    apply_changes(controller, data)
    controller.full_clean()
    controller.save()
    record(
        "create",
        by=by,
        processor=processor,
        obj=controller,
        summary=controller.name,
        data=field_values(controller, data.keys()),
    )
    return controller


@transaction.atomic
def update_organisation(
    organisation: Organisation, *, by: User, data: Mapping[str, Any]
) -> Organisation:
    """Change an organisation's details; the audit entry lists each changed field."""
    current = Organisation.objects.select_for_update().get(pk=organisation.pk)
    changed = apply_changes(current, data)
    current.full_clean()
    if changed:
        current.save()
        record(
            "update",
            by=by,
            processor=current.tenant,
            obj=current,
            summary=current.name,
            data=changed,
        )
    return current
