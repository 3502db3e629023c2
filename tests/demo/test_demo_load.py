"""Loading the demo twice changes nothing; every created row is audited; logins work."""

from __future__ import annotations

import io

from django.apps import apps
from django.core.management import call_command
from django.utils import translation
from django_otp.plugins.otp_totp.models import TOTPDevice

from art28.accounts.models import User
from art28.agreements.models import Agreement
from art28.audit.models import AuditEntry
from art28.demo.loader import load_demo
from art28.measures.models import Measure
from tests.demo.conftest import TODAY

DEMO_MODELS = [
    "organisations.Organisation",
    "organisations.Contact",
    "organisations.StaffFunction",
    "accounts.User",
    "otp_totp.TOTPDevice",
    "agreements.AgreementTemplate",
    "agreements.Agreement",
    "agreements.Signature",
    "agreements.Annex",
    "agreements.TransferException",
    "register.ProcessingActivity",
    "measures.Measure",
    "audit.AuditEntry",
]


def row_counts() -> dict[str, int]:
    counts = {label: apps.get_model(label).objects.count() for label in DEMO_MODELS}
    counts["measure links"] = Measure.agreements.through.objects.count()
    counts["function links"] = apps.get_model(
        "register.ProcessingActivity"
    ).staff_functions.through.objects.count()
    return counts


def test_demo_loaded_twice_has_the_same_row_counts(demo):
    first = row_counts()

    second_run = load_demo(today=TODAY)

    assert row_counts() == first
    assert sum(second_run.created.values()) == 0


def test_demo_row_counts_are_as_the_seeds_say(demo):
    counts = row_counts()

    assert (counts["agreements.Agreement"], counts["register.ProcessingActivity"]) == (
        3,
        11 + 2 * 14,
    )
    assert (counts["measures.Measure"], counts["agreements.TransferException"]) == (16 + 7 + 5, 2)
    assert (counts["organisations.Organisation"], counts["accounts.User"]) == (5, 8)


def test_demo_writes_one_audit_entry_per_created_row(demo):
    entries = AuditEntry.objects.filter(action="create", summary="demo")

    per_type = {t: entries.filter(object_type=t.lower()).count() for t in demo.created}

    assert entries.count() == sum(demo.created.values()) == AuditEntry.objects.count()
    assert per_type == {label: count for label, count in demo.created.items()}


def test_demo_agreement_audit_entry_names_the_agreement_and_its_processor(demo):
    agreement = Agreement.objects.get(controller__name="Imaging People")

    entry = AuditEntry.objects.get(
        object_type="agreements.agreement", object_id=str(agreement.uuid)
    )

    assert (entry.processor, entry.actor) == (agreement.processor.uuid, "")


def test_demo_accounts_log_in_with_their_password_and_a_confirmed_totp_device(demo):
    users = [User.objects.get(email=a.email) for a in demo.accounts]

    passwords_ok = [u.check_password(a.password) for u, a in zip(users, demo.accounts, strict=True)]
    devices = [
        list(TOTPDevice.objects.filter(user=u).values_list("confirmed", flat=True)) for u in users
    ]

    assert passwords_ok == [True] * 8
    assert devices == [[True]] * 8


def test_demo_icteam_has_an_administrator_a_user_per_function_and_a_reader(demo):
    users = User.objects.filter(processor__name="ICTeam Zuid B.V.").order_by("pk")

    roles = [(u.email, u.role, u.function and u.function.name) for u in users]

    assert roles == [
        ("privacy@icteam-zuid.demo", "admin", None),
        ("supportdesk@icteam-zuid.demo", "staff", "Supportdesk"),
        ("consultant@icteam-zuid.demo", "staff", "Consultant"),
        ("ictbeheer@icteam-zuid.demo", "staff", "ICT beheer"),
        ("readonly@icteam-zuid.demo", "readonly", None),
    ]


def test_demo_000_measures_are_linked_owned_and_due_for_review_in_12_months(demo):
    agreement = Agreement.objects.get(controller__name="Imaging People")
    measures = agreement.measures.order_by("position")

    kinds = [m.kind for m in measures]
    owners_and_reviews = {(m.owner.email, m.next_review.isoformat()) for m in measures}

    assert kinds == ["technical"] * 16 + ["organisational"] * 7
    assert owners_and_reviews == {("privacy@icteam-zuid.demo", "2027-01-31")}
    assert measures.first().title == (
        "Beveiliging van netwerkverbindingen met Secure Socket Layer (SSL),"
        " of een vergelijkbare technologie"
    )


def test_demo_003_measures_are_linked_to_both_mickcom_agreements(demo):
    agreements = Agreement.objects.filter(processor__name="Mickcom ICT").order_by("pk")

    counts = [a.measures.count() for a in agreements]

    assert counts == [5, 5]


def test_demo_command_prints_each_login_and_its_totp_command(db, fast_hashing):
    out = io.StringIO()

    with translation.override("en"):
        call_command("demo", stdout=out)

    lines = out.getvalue().splitlines()
    first_login = lines.index("Demo logins (password, then the code that `art28 totp` prints):") + 1
    assert lines[0] == "Demo loaded: 113 rows created."
    assert lines[first_login : first_login + 2] == [
        "  privacy@icteam-zuid.demo  password: demo-Privacy-2018"
        "  role: administrator (privacy officer) (ICTeam Zuid B.V.)",
        "    code: art28 totp privacy@icteam-zuid.demo",
    ]
    assert len(lines) - first_login == 2 * 8
