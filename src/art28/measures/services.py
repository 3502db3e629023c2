"""Writes on the catalogue of technical and organisational measures. Audited, one transaction."""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Mapping
from typing import Any

from django.db import transaction

from art28.accounts.models import User
from art28.audit.services import record
from art28.core.changes import apply_changes, field_values, plain, set_relations
from art28.measures.models import Measure
from art28.organisations.models import Organisation

RELATIONS = ("agreements",)


def add_months(day: dt.date, months: int) -> dt.date:
    """The same date `months` later; the month's last day when that date does not exist."""
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    return day.replace(
        year=year, month=month, day=min(day.day, calendar.monthrange(year, month)[1])
    )


def _fill_next_review(measure: Measure) -> None:
    """A measure reviewed on a date is due again one interval later, unless a date was given."""
    if measure.next_review is None and measure.last_reviewed is not None:
        measure.next_review = add_months(measure.last_reviewed, measure.review_interval_months)


def _split(data: Mapping[str, Any]) -> tuple[dict[str, Any], dict[str, Any]]:
    fields = {k: v for k, v in data.items() if k not in RELATIONS}
    return fields, {k: v for k, v in data.items() if k in RELATIONS}


@transaction.atomic
def create_measure(processor: Organisation, *, by: User, data: Mapping[str, Any]) -> Measure:
    """Add a measure to the processor's catalogue (annex 2)."""
    fields, relations = _split(data)
    measure = Measure(processor=processor)
    apply_changes(measure, fields)
    _fill_next_review(measure)
    measure.full_clean()
    measure.save()
    set_relations(measure, relations)
    record(
        "create",
        by=by,
        processor=processor,
        obj=measure,
        summary=measure.title,
        data={
            **field_values(measure, [*fields, "next_review"]),
            **{name: sorted(plain(list(rows))) for name, rows in relations.items()},
        },
    )
    return measure


@transaction.atomic
def update_measure(measure: Measure, *, by: User, data: Mapping[str, Any]) -> Measure:
    """Change a measure (owner, review dates, linked agreements); audited per changed field."""
    fields, relations = _split(data)
    current = Measure.objects.select_for_update().get(pk=measure.pk)
    changed = apply_changes(current, fields)
    before = current.next_review
    if "last_reviewed" in changed and "next_review" not in changed:
        current.next_review = None  # reviewed again: the next date follows from the new one
    _fill_next_review(current)
    if current.next_review != before:
        changed["next_review"] = [plain(before), plain(current.next_review)]
    current.full_clean()
    current.save()
    changed |= set_relations(current, relations)
    if changed:
        record(
            "update",
            by=by,
            processor=current.processor,
            obj=current,
            summary=current.title,
            data=changed,
        )
    return current
