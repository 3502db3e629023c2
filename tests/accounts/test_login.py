"""Logging in: e-mail and password, then a TOTP or recovery code; logout."""

from __future__ import annotations

import datetime as dt

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import timezone
from django_otp import DEVICE_ID_SESSION_KEY

from art28 import settings as project_settings
from art28.accounts import pending
from art28.audit.models import AuditEntry
from tests.accounts.conftest import code_for, error_codes, post_code, post_password

LOGIN_URL = "/accounts/login/"
CODE_URL = "/accounts/login/code/"


def test_login_with_password_then_totp_code_opens_the_staff_home(client: Client, owner, device):
    after_password = post_password(client, "owner@icteam.example")
    after_code = post_code(client, code_for(device))

    assert after_password.status_code == 302
    assert after_password["Location"] == CODE_URL
    assert after_code.status_code == 302
    assert after_code["Location"] == "/"
    assert client.session[DEVICE_ID_SESSION_KEY] == device.persistent_id
    assert client.get("/").status_code == 200


def test_login_writes_a_login_entry_to_the_audit_log(client: Client, owner, device):
    post_password(client, "owner@icteam.example")

    post_code(client, code_for(device))

    entry = AuditEntry.objects.get(action="login")
    assert (entry.actor, entry.processor, entry.data["method"]) == (
        "owner@icteam.example",
        owner.processor.uuid,
        "TOTP",
    )


def test_login_takes_the_email_address_in_any_case(client: Client, owner, device):
    response = post_password(client, "  Owner@ICTeam.example ")

    assert response["Location"] == CODE_URL


def test_login_gives_a_new_session_key_at_each_step(client: Client, owner, device):
    client.get(LOGIN_URL)
    first = client.cookies["sessionid"].value if "sessionid" in client.cookies else None
    post_password(client, "owner@icteam.example")
    after_password = client.session.session_key

    post_code(client, code_for(device))

    assert len({first, after_password, client.session.session_key}) == 3


def test_login_with_a_wrong_password_starts_nothing_and_is_audited(client: Client, owner, device):
    response = post_password(client, "owner@icteam.example", "not the password")

    assert response.status_code == 200
    assert error_codes(response, "__all__") == ["invalid_login"]
    assert dict(client.session) == {}
    assert AuditEntry.objects.get(action="login_failed").data["reason"] == "password"


def test_login_with_an_unknown_address_writes_no_audit_entry(client: Client, db):
    response = post_password(client, "nobody@example.org")

    assert response.status_code == 200
    assert AuditEntry.objects.filter(action="login_failed").count() == 0


def test_login_with_a_wrong_code_does_not_log_in(client: Client, owner, device):
    post_password(client, "owner@icteam.example")
    wrong = "000000" if code_for(device) != "000000" else "111111"

    response = post_code(client, wrong)

    assert response.status_code == 200
    assert error_codes(response, "code") == ["invalid_code"]
    assert DEVICE_ID_SESSION_KEY not in client.session
    assert client.get("/")["Location"] == CODE_URL + "?next=/"
    assert AuditEntry.objects.get(action="login_failed").data["reason"] == "code"


def test_recovery_code_logs_in_once(client: Client, owner, recovery_codes):
    post_password(client, "owner@icteam.example")
    first = post_code(client, recovery_codes[0].upper())
    client.post(reverse("accounts:logout"))
    post_password(client, "owner@icteam.example")

    second = post_code(client, recovery_codes[0])

    assert first["Location"] == "/"
    assert second.status_code == 200
    assert error_codes(second, "code") == ["invalid_code"]


def test_password_only_session_is_sent_from_the_staff_home_to_the_code_step(
    client: Client, owner, device
):
    post_password(client, "owner@icteam.example")

    response = client.get(reverse("staff:home"))

    assert response.status_code == 302
    assert response["Location"] == CODE_URL + "?next=/"


def test_login_page_sends_a_password_only_session_on_to_the_code_step(
    client: Client, owner, device
):
    post_password(client, "owner@icteam.example")

    response = client.get(LOGIN_URL)

    assert response["Location"] == CODE_URL


def test_code_step_without_the_password_step_goes_to_the_login(client: Client, db):
    response = client.get(CODE_URL)

    assert response.status_code == 302
    assert response["Location"].startswith(LOGIN_URL)


def test_login_returns_to_the_page_asked_for(client: Client, owner, device):
    client.post(
        LOGIN_URL + "?next=/controllers/",
        {
            "username": "owner@icteam.example",
            "password": "correct horse battery staple",
        },
    )

    response = post_code(client, code_for(device))

    assert response["Location"] == "/controllers/"


def test_login_does_not_redirect_to_another_site(client: Client, owner, device):
    client.post(
        LOGIN_URL,
        {
            "username": "owner@icteam.example",
            "password": "correct horse battery staple",
            "next": "https://evil.example/",
        },
    )

    response = post_code(client, code_for(device))

    assert response["Location"] == "/"


def test_logout_with_get_is_refused(owner_client: Client):
    response = owner_client.get(reverse("accounts:logout"))

    assert response.status_code == 405
    assert owner_client.get("/").status_code == 200


def test_logout_with_post_ends_the_session(owner_client: Client):
    response = owner_client.post(reverse("accounts:logout"))

    assert response["Location"] == LOGIN_URL
    assert owner_client.get("/")["Location"] == LOGIN_URL + "?next=/"


def test_logout_during_the_code_step_ends_the_halfway_login(client: Client, owner, device):
    post_password(client, "owner@icteam.example")

    client.post(reverse("accounts:logout"))

    assert client.get(CODE_URL)["Location"] == LOGIN_URL


def test_passwords_are_stored_with_argon2_in_production_and_in_these_tests(owner):
    assert (
        project_settings.PASSWORD_HASHERS[0] == "django.contrib.auth.hashers.Argon2PasswordHasher"
    )
    assert owner.password.startswith("argon2$argon2id$")


def test_login_returns_to_the_page_asked_for_between_the_two_steps(client: Client, owner, device):
    post_password(client, "owner@icteam.example")
    client.get(client.get(reverse("staff:controllers"))["Location"])

    response = post_code(client, code_for(device))

    assert response["Location"] == reverse("staff:controllers")


def test_password_step_lapses_after_ten_minutes(client: Client, owner, device):
    post_password(client, "owner@icteam.example")
    session = client.session
    since = timezone.now() - dt.timedelta(minutes=11)
    session[pending.SESSION_KEY] = {**session[pending.SESSION_KEY], "since": since.isoformat()}
    session.save()

    response = post_code(client, code_for(device))

    assert response["Location"] == LOGIN_URL


def test_codes_typed_too_fast_after_wrong_ones_are_refused_with_a_clear_reason(
    client: Client, owner, device
):
    post_password(client, "owner@icteam.example")
    for _ in range(3):
        device.throttle_increment()  # django-otp now wants 4 s before the next try

    response = post_code(client, code_for(device))

    assert error_codes(response, "code") == ["throttled"]


@pytest.mark.parametrize(
    ("name", "method"),
    [
        ("accounts:login", "put"),
        ("accounts:verify", "put"),
        ("accounts:enroll", "delete"),
        ("accounts:recovery-codes", "post"),
        ("accounts:replace-recovery-codes", "get"),
        ("accounts:logout", "get"),
        ("accounts:change-password", "put"),
    ],
)
def test_account_pages_refuse_other_methods(owner_client: Client, name: str, method: str):
    response = getattr(owner_client, method)(reverse(name))

    assert response.status_code == 405
