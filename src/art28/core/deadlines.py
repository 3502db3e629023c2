"""One engine for every time limit (domain.md section 2).

Hours run on the clock (start + N x 3600 s, never moved). Days, weeks, months and years follow
Regulation (EEC, Euratom) No 1182/71: the start day does not count, the period ends at the end
(24:00 local) of its last day, and a deadline to act that ends on a Saturday, Sunday or public
holiday moves to the end of the next working day. Results are aware datetimes; the end of a
day is represented as 00:00 local of the following day.
"""

from __future__ import annotations

import calendar as _calendar
import datetime as dt
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from art28.core.calendar import DUTCH, ONE_DAY, WorkingCalendar

LOCAL = ZoneInfo("Europe/Amsterdam")


@dataclass(frozen=True)
class Deadline:
    """The last day of a period and the instant it ends (start of the next local day)."""

    last_day: dt.date
    moved: bool = False

    @property
    def ends_at(self) -> dt.datetime:
        return start_of_day(self.last_day + ONE_DAY)

    @property
    def takes_effect_at(self) -> dt.datetime:
        """A change waiting on this deadline applies from 00:00 the day after (art28 rule)."""
        return self.ends_at


def start_of_day(day: dt.date) -> dt.datetime:
    return dt.datetime.combine(day, dt.time.min, tzinfo=LOCAL)


def local_date(moment: dt.date | dt.datetime) -> dt.date:
    if isinstance(moment, dt.datetime):
        if moment.tzinfo is None:
            raise ValueError("deadlines need an aware datetime")
        return moment.astimezone(LOCAL).date()
    return moment


def add_hours(start: dt.datetime, hours: int) -> dt.datetime:
    """Hours on the clock: exact, through nights, weekends, holidays and clock changes."""
    if start.tzinfo is None:
        raise ValueError("deadlines need an aware datetime")
    return (start.astimezone(dt.UTC) + dt.timedelta(hours=hours)).astimezone(LOCAL)


def add_months(day: dt.date, months: int) -> dt.date:
    """Same date `months` later; the month's last day when that date does not exist."""
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    return dt.date(year, month, min(day.day, _calendar.monthrange(year, month)[1]))


def period_end(
    start: dt.date | dt.datetime,
    *,
    days: int = 0,
    weeks: int = 0,
    months: int = 0,
    years: int = 0,
    to_act: bool = True,
    calendar: WorkingCalendar = DUTCH,
) -> Deadline:
    """The end of a period in days/weeks/months/years counted from the day of `start`.

    `to_act`: someone must act by then, so a last day on a weekend or holiday moves to the
    next working day; an earliest date ("not before") passes to_act=False and is not moved.
    """
    first = local_date(start)
    last = add_months(first, 12 * years + months) + dt.timedelta(days=days, weeks=weeks)
    if not to_act:
        return Deadline(last)
    moved = calendar.next_working_day(last)
    if (last - first).days >= 2:
        moved = _at_least_two_working_days(first, moved, calendar)
    return Deadline(moved, moved=moved != last)


def _at_least_two_working_days(first: dt.date, last: dt.date, calendar: WorkingCalendar) -> dt.date:
    """Reg. 1182/71 art. 3(5): a period of two days or more contains two working days."""

    def working_days() -> int:
        return sum(
            calendar.is_working_day(first + n * ONE_DAY) for n in range(1, (last - first).days + 1)
        )

    while working_days() < 2:
        last = calendar.next_working_day(last + ONE_DAY)
    return last


def add_working_days(
    start: dt.date | dt.datetime, count: int, *, calendar: WorkingCalendar = DUTCH
) -> Deadline:
    """The end of the `count`-th working day after the day of `start`."""
    day = local_date(start)
    for _ in range(count):
        day = calendar.next_working_day(day + ONE_DAY)
    return Deadline(day)


def earliest_after(start: dt.date | dt.datetime, *, years: int = 0, months: int = 0) -> dt.date:
    """The first day after a period ("once a year": the next audit from this day); not moved."""
    return period_end(start, years=years, months=months, to_act=False).last_day + ONE_DAY
