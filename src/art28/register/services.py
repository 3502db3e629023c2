"""Writes on the register of processing activities. One transaction each, audited."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from django.db import transaction

from art28.accounts.models import User
from art28.audit.services import record
from art28.core.changes import apply_changes, field_values, plain, set_relations
from art28.organisations.models import Organisation
from art28.register.models import ProcessingActivity

RELATIONS = ("staff_functions", "subprocessors")


def _split(data: Mapping[str, Any]) -> tuple[dict[str, Any], dict[str, Any]]:
    fields = {k: v for k, v in data.items() if k not in RELATIONS}
    relations = {k: v for k, v in data.items() if k in RELATIONS}
    return fields, relations


def _refresh_search_text(activity: ProcessingActivity) -> None:
    names = [f.name for f in activity.staff_functions.all()]
    activity.refresh_search_text(names)
    activity.save(update_fields=["search_text"])


@transaction.atomic
def create_activity(
    controller: Organisation, *, by: User, data: Mapping[str, Any]
) -> ProcessingActivity:
    """Add a row to the controller's register (the processor's Art. 30(2) record)."""
    fields, relations = _split(data)
    activity = ProcessingActivity(processor=controller.processor, controller=controller)
    apply_changes(activity, fields)
    activity.full_clean()
    activity.save()
    set_relations(activity, relations)
    _refresh_search_text(activity)
    record(
        "create",
        by=by,
        processor=controller.processor,
        obj=activity,
        summary=activity.name,
        data={
            **field_values(activity, fields.keys()),
            **{name: sorted(plain(list(rows))) for name, rows in relations.items()},
        },
    )
    return activity


@transaction.atomic
def update_activity(
    activity: ProcessingActivity, *, by: User, data: Mapping[str, Any]
) -> ProcessingActivity:
    """Change a register row; the audit entry lists each changed field."""
    fields, relations = _split(data)
    current = ProcessingActivity.objects.select_for_update().get(pk=activity.pk)
    changed = apply_changes(current, fields)
    current.full_clean()
    current.save()
    changed |= set_relations(current, relations)
    _refresh_search_text(current)
    if changed:
        record(
            "update",
            by=by,
            processor=current.processor,
            obj=current,
            summary=current.name,
            data=changed,
        )
    return current
