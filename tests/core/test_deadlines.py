"""Every worked example of domain.md section 2, plus the calendar's holidays."""

from __future__ import annotations

import datetime as dt

import pytest

from art28.core.calendar import DUTCH, WorkingCalendar, easter_sunday, statutory_holidays
from art28.core.deadlines import (
    LOCAL,
    add_hours,
    add_working_days,
    earliest_after,
    period_end,
)
from art28.core.models import Holiday, working_calendar

UTC = dt.UTC


def local(*args: int, fold: int = 0) -> dt.datetime:
    return dt.datetime(*args, tzinfo=LOCAL, fold=fold)


@pytest.mark.parametrize(
    ("start", "hours", "expected", "expected_utc_offset_h"),
    [
        (local(2026, 3, 27, 23, 30), 2, local(2026, 3, 28, 1, 30), 1),
        (local(2026, 3, 29, 1, 30), 2, local(2026, 3, 29, 4, 30), 2),
        (local(2026, 10, 25, 1, 30), 2, local(2026, 10, 25, 2, 30, fold=1), 1),
        (local(2026, 12, 24, 16, 0), 72, local(2026, 12, 27, 16, 0), 1),
        (local(2026, 3, 28, 10, 0), 72, local(2026, 3, 31, 11, 0), 2),
        (local(2026, 10, 23, 9, 15), 72, local(2026, 10, 26, 8, 15), 1),
    ],
)
def test_hour_terms_run_on_the_clock(start, hours, expected, expected_utc_offset_h):
    deadline = add_hours(start, hours)

    assert deadline.astimezone(UTC) == expected.astimezone(UTC)
    assert (deadline.astimezone(UTC) - start.astimezone(UTC)) == dt.timedelta(hours=hours)
    assert deadline.utcoffset() == dt.timedelta(hours=expected_utc_offset_h)


def test_the_ambiguous_half_hour_of_october_is_the_cet_one():
    deadline = add_hours(dt.datetime(2026, 10, 24, 23, 30, tzinfo=UTC), 2)

    assert deadline.astimezone(UTC) == dt.datetime(2026, 10, 25, 1, 30, tzinfo=UTC)
    assert (deadline.hour, deadline.minute, deadline.fold) == (2, 30, 1)


@pytest.mark.parametrize(
    ("received", "months", "last_day"),
    [
        (dt.date(2026, 1, 31), 1, dt.date(2026, 3, 2)),
        (dt.date(2026, 3, 5), 1, dt.date(2026, 4, 7)),
        (dt.date(2026, 3, 5), 3, dt.date(2026, 6, 5)),
        (dt.date(2026, 12, 24), 1, dt.date(2027, 1, 25)),
    ],
)
def test_month_terms_end_at_the_end_of_a_working_day(received, months, last_day):
    deadline = period_end(received, months=months)

    assert deadline.last_day == last_day
    assert deadline.ends_at == local(*(last_day + dt.timedelta(days=1)).timetuple()[:3])


def test_an_amendment_applies_from_the_day_after_the_moved_notice_period():
    deadline = period_end(dt.date(2026, 12, 31), months=2)

    assert deadline.last_day == dt.date(2027, 3, 1)
    assert deadline.moved is True
    assert deadline.takes_effect_at == local(2027, 3, 2)


def test_a_deadline_given_as_a_moment_counts_from_its_local_day():
    received = dt.datetime(2026, 1, 30, 23, 30, tzinfo=UTC)  # 31 January 00:30 in Amsterdam

    assert period_end(received, months=1).last_day == dt.date(2026, 3, 2)


@pytest.mark.parametrize(
    ("start", "count", "last_day"),
    [
        (dt.date(2026, 4, 30), 5, dt.date(2026, 5, 8)),
        (dt.date(2026, 5, 13), 3, dt.date(2026, 5, 20)),
    ],
)
def test_working_days_skip_weekends_holidays_and_decreed_days(start, count, last_day):
    assert add_working_days(start, count).last_day == last_day


@pytest.mark.parametrize(
    ("last_audit", "next_from"),
    [
        (dt.date(2025, 6, 15), dt.date(2026, 6, 16)),
        (dt.date(2024, 2, 29), dt.date(2025, 3, 1)),
    ],
)
def test_an_earliest_date_is_not_moved_off_a_weekend(last_audit, next_from):
    assert earliest_after(last_audit, years=1) == next_from


def test_a_two_day_period_holds_at_least_two_working_days():
    deadline = period_end(dt.date(2026, 4, 2), days=2)  # Thu; ends Sat 4 April

    # Sat -> Sun Easter -> Mon Tweede Paasdag -> Tue 7, but Fri 3 is Goede Vrijdag, so the
    # period holds one working day only and runs on to Wed 8 April.
    assert deadline.last_day == dt.date(2026, 4, 8)


def test_naive_datetimes_are_refused():
    with pytest.raises(ValueError, match="aware"):
        add_hours(dt.datetime(2026, 1, 1, 12), 2)


def test_the_statutory_holidays_of_2026():
    names = statutory_holidays(2026)

    assert easter_sunday(2026) == dt.date(2026, 4, 5)
    assert names[dt.date(2026, 4, 3)] == "Goede Vrijdag"
    assert names[dt.date(2026, 5, 14)] == "Hemelvaartsdag"
    assert names[dt.date(2026, 5, 25)] == "Tweede Pinksterdag"
    assert len(names) == 9


def test_kings_day_moves_to_the_26th_when_the_27th_is_a_sunday():
    assert dt.date(2025, 4, 26) in statutory_holidays(2025)
    assert dt.date(2025, 4, 27) not in statutory_holidays(2025)


@pytest.mark.django_db
def test_an_administrator_can_add_a_decreed_day_as_data():
    Holiday.objects.create(date=dt.date(2029, 5, 11), name="Vrijdag na Hemelvaartsdag")

    calendar = working_calendar()

    assert calendar.is_working_day(dt.date(2029, 5, 11)) is False
    assert DUTCH.is_working_day(dt.date(2029, 5, 11)) is True
    assert WorkingCalendar({}).is_working_day(dt.date(2026, 5, 15)) is True
