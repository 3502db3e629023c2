"""Bulk data for the bench: one processor with N controllers x the 11 activities of seed 000."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from django.db import transaction

ACTIVITIES = json.loads((Path(__file__).with_name("activities.json")).read_text(encoding="utf-8"))
PASSWORD = "bench-password-0123456789"  # noqa: S105 - a throwaway account in a throwaway database
BATCH = 2000


@dataclass(frozen=True)
class Seeded:
    processor: object
    user: object
    device: object
    controllers: int
    activities: int


def _processor(name: str):  # type: ignore[no-untyped-def]
    from art28.organisations.enums import OrganisationKind
    from art28.organisations.models import Organisation, StaffFunction

    processor = Organisation.objects.create(kind=OrganisationKind.PROCESSOR, name=name)
    names = sorted({f for a in ACTIVITIES for f in a["staff_functions"]})
    functions = {n: StaffFunction.objects.create(processor=processor, name=n) for n in names}
    backup = Organisation.objects.create(
        kind=OrganisationKind.SUBPROCESSOR,
        processor=processor,
        name="Backup Hosting B.V.",
        countries=["NL"],
    )
    return processor, functions, backup


def _controllers(processor, count: int) -> list:  # type: ignore[no-untyped-def]
    from art28.organisations.enums import OrganisationKind
    from art28.organisations.models import Organisation

    rows = [
        Organisation(
            kind=OrganisationKind.CONTROLLER,
            processor=processor,
            name=f"Client {i:05d} B.V.",
            registration_number=f"{10000000 + i}",
            city="Eindhoven",
        )
        for i in range(count)
    ]
    Organisation.objects.bulk_create(rows, batch_size=BATCH)
    return list(Organisation.objects.filter(processor=processor, kind=OrganisationKind.CONTROLLER))


def _activity(processor, controller, position: int, template: dict):  # type: ignore[no-untyped-def]
    from art28.register.models import ProcessingActivity

    activity = ProcessingActivity(
        processor=processor,
        controller=controller,
        position=position,
        name=template["name"],
        purpose=template["purpose"] or "",
        data_categories=template["data_categories"],
        data_subjects=template["data_subjects"],
        operations=template["operations"],
        retention_text=template["retention"] or "",
        systems=["Remote backup server"],
        countries=["NL"],
    )
    activity.refresh_search_text(template["staff_functions"])
    return activity


def _activities(processor, controllers: list, functions: dict, backup) -> int:  # type: ignore[no-untyped-def]
    from art28.register.models import ProcessingActivity

    rows = [
        _activity(processor, controller, position, template)
        for controller in controllers
        for position, template in enumerate(ACTIVITIES, start=1)
    ]
    ProcessingActivity.objects.bulk_create(rows, batch_size=BATCH)
    ids = ProcessingActivity.objects.filter(processor=processor).values_list("pk", "name")
    by_name = {a["name"]: a for a in ACTIVITIES}
    through_f = ProcessingActivity.staff_functions.through
    through_s = ProcessingActivity.subprocessors.through
    links = [
        through_f(processingactivity_id=pk, stafffunction_id=functions[f].pk)
        for pk, name in ids
        for f in by_name[name]["staff_functions"]
    ]
    through_f.objects.bulk_create(links, batch_size=BATCH * 5)
    through_s.objects.bulk_create(
        [through_s(processingactivity_id=pk, organisation_id=backup.pk) for pk, _n in ids],
        batch_size=BATCH * 5,
    )
    return len(rows)


def _staff_user(processor, email: str):  # type: ignore[no-untyped-def]
    from django_otp.plugins.otp_totp.models import TOTPDevice

    from art28.accounts.models import User

    user = User.objects.create_user(email, PASSWORD, processor=processor, role="admin")
    device = TOTPDevice.objects.create(user=user, name="phone", confirmed=True)
    return user, device


def seed_processor(name: str, controllers: int, email: str) -> Seeded:
    """A processor with `controllers` controllers of 11 activities each and one staff user."""
    with transaction.atomic():
        processor, functions, backup = _processor(name)
        rows = _controllers(processor, controllers)
        count = _activities(processor, rows, functions, backup)
        user, device = _staff_user(processor, email)
    return Seeded(processor, user, device, len(rows), count)


def settle() -> None:
    """Give the planner its statistics, as autovacuum (PostgreSQL) would within a minute of a
    bulk load; SQLite keeps them in sqlite_stat1 once ANALYZE ran (as after any migration
    that runs it). Without them PostgreSQL guesses ~100 rows per processor and sorts."""
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("VACUUM ANALYZE" if connection.vendor == "postgresql" else "ANALYZE")


def session_cookie(user, device) -> tuple[str, str]:  # type: ignore[no-untyped-def]
    """A session past password and TOTP, stored in the database the web server reads."""
    from django.conf import settings
    from django.test import Client
    from django_otp import DEVICE_ID_SESSION_KEY

    client = Client()
    client.force_login(user)
    session = client.session
    session[DEVICE_ID_SESSION_KEY] = device.persistent_id
    session.save()
    return settings.SESSION_COOKIE_NAME, session.session_key or ""
