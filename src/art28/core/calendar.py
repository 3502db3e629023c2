"""Dutch working days: the public holidays of the Algemene termijnenwet (art. 3) plus days a
royal decree equates with them. Moving holidays are computed from Easter; the rest is data."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import lru_cache

ONE_DAY = dt.timedelta(days=1)


def easter_sunday(year: int) -> dt.date:
    """Gregorian Easter Sunday (the anonymous algorithm of Meeus/Jones/Butcher)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    l = (32 + 2 * e + 2 * i - h - k) % 7  # noqa: E741 - the algorithm's own name
    m = (a + 11 * h + 22 * l) // 451
    month, day = divmod(h + l - 7 * m + 114, 31)
    return dt.date(year, month, day + 1)


@lru_cache(maxsize=64)
def statutory_holidays(year: int) -> dict[dt.date, str]:
    """The general holidays of Algemene termijnenwet art. 3(1) falling in `year`."""
    easter = easter_sunday(year)
    kings_day = dt.date(year, 4, 27)
    if kings_day.weekday() == 6:
        kings_day = dt.date(year, 4, 26)
    return {
        dt.date(year, 1, 1): "Nieuwjaarsdag",
        easter - 2 * ONE_DAY: "Goede Vrijdag",
        easter + ONE_DAY: "Tweede Paasdag",
        kings_day: "Koningsdag",
        dt.date(year, 5, 5): "Bevrijdingsdag",
        easter + 39 * ONE_DAY: "Hemelvaartsdag",
        easter + 50 * ONE_DAY: "Tweede Pinksterdag",
        dt.date(year, 12, 25): "Eerste Kerstdag",
        dt.date(year, 12, 26): "Tweede Kerstdag",
    }


# Days equated with a general holiday by royal decree (art. 3(2) Algemene termijnenwet).
# The database table core.Holiday extends this list without a release.
EQUATED_BY_DECREE: dict[dt.date, str] = {
    dt.date(2026, 1, 2): "Vrijdag na Nieuwjaarsdag",
    dt.date(2026, 5, 15): "Vrijdag na Hemelvaartsdag",
    dt.date(2027, 5, 7): "Vrijdag na Hemelvaartsdag",
    dt.date(2028, 4, 28): "Vrijdag na Koningsdag",
    dt.date(2028, 5, 26): "Vrijdag na Hemelvaartsdag",
}


@dataclass(frozen=True)
class WorkingCalendar:
    """Which days are working days: not Saturday, Sunday or a (decreed) holiday."""

    extra: Mapping[dt.date, str] = field(default_factory=lambda: dict(EQUATED_BY_DECREE))

    def holiday_name(self, day: dt.date) -> str | None:
        return statutory_holidays(day.year).get(day) or self.extra.get(day)

    def is_working_day(self, day: dt.date) -> bool:
        return day.weekday() < 5 and self.holiday_name(day) is None

    def next_working_day(self, day: dt.date) -> dt.date:
        """`day` itself when it is a working day, else the first working day after it."""
        while not self.is_working_day(day):
            day += ONE_DAY
        return day


DUTCH = WorkingCalendar()
