"""Measure services: next review from the interval, audited changes."""

from __future__ import annotations

import datetime as dt

from art28.audit.models import AuditEntry
from art28.measures.models import Measure
from art28.measures.services import add_months, create_measure, update_measure


def test_add_months_ends_on_the_last_day_when_the_date_does_not_exist():
    assert add_months(dt.date(2024, 2, 29), 12) == dt.date(2025, 2, 28)
    assert add_months(dt.date(2026, 1, 31), 1) == dt.date(2026, 2, 28)
    assert add_months(dt.date(2026, 11, 15), 3) == dt.date(2027, 2, 15)


def test_create_measure_sets_the_next_review_one_interval_after_the_last(processor, owner):
    measure = create_measure(
        processor,
        by=owner,
        data={
            "title": "Back-up",
            "review_interval_months": 6,
            "last_reviewed": dt.date(2026, 3, 31),
        },
    )

    assert measure.next_review == dt.date(2026, 9, 30)
    assert AuditEntry.objects.get().action == "create"


def test_a_new_review_date_moves_the_next_review(processor, owner):
    measure = Measure.objects.create(
        processor=processor,
        title="Back-up",
        last_reviewed=dt.date(2025, 5, 1),
        next_review=dt.date(2026, 5, 1),
    )

    update_measure(measure, by=owner, data={"last_reviewed": dt.date(2026, 4, 20)})

    measure.refresh_from_db()
    assert measure.next_review == dt.date(2027, 4, 20)
    assert AuditEntry.objects.get().data["next_review"] == ["2026-05-01", "2027-04-20"]
