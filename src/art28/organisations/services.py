"""Writes on organisations. Each service is one transaction with its audit entry."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from django.db import transaction

from art28.accounts.models import User
from art28.audit.services import record
from art28.core.changes import apply_changes, field_values
from art28.organisations.enums import OrganisationKind
from art28.organisations.models import Contact, Organisation


def _create(
    processor: Organisation, kind: OrganisationKind, *, by: User, data: Mapping[str, Any]
) -> Organisation:
    organisation = Organisation(kind=kind, processor=processor)
    apply_changes(organisation, data)
    organisation.full_clean()
    organisation.save()
    record(
        "create",
        by=by,
        processor=processor,
        obj=organisation,
        summary=organisation.name,
        data=field_values(organisation, data.keys()),
    )
    return organisation


@transaction.atomic
def create_controller(
    processor: Organisation, *, by: User, data: Mapping[str, Any]
) -> Organisation:
    """Add a controller (a client) to the processor's organisations."""
    return _create(processor, OrganisationKind.CONTROLLER, by=by, data=data)


@transaction.atomic
def create_subprocessor(
    processor: Organisation, *, by: User, data: Mapping[str, Any]
) -> Organisation:
    """Add a sub-processor (with the countries where it processes) to the register."""
    return _create(processor, OrganisationKind.SUBPROCESSOR, by=by, data=data)


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


@transaction.atomic
def add_contact(organisation: Organisation, *, by: User, data: Mapping[str, Any]) -> Contact:
    """Add a person (contact, signing representative, breach contact) to an organisation."""
    contact = Contact(organisation=organisation)
    apply_changes(contact, data)
    contact.full_clean()
    contact.save()
    record(
        "create",
        by=by,
        processor=organisation.tenant,
        obj=contact,
        summary=f"{contact.name} ({organisation.name})",
        data=field_values(contact, data.keys()),
    )
    return contact


@transaction.atomic
def update_contact(contact: Contact, *, by: User, data: Mapping[str, Any]) -> Contact:
    """Change a contact; the audit entry lists each changed field."""
    current = Contact.objects.select_related("organisation").select_for_update().get(pk=contact.pk)
    changed = apply_changes(current, data)
    current.full_clean()
    if changed:
        current.save()
        record(
            "update",
            by=by,
            processor=current.organisation.tenant,
            obj=current,
            summary=f"{current.name} ({current.organisation.name})",
            data=changed,
        )
    return current
