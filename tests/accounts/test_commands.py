"""`art28 totp EMAIL` and `art28 createstaff`."""

from __future__ import annotations

import io
import re

import pytest
from django.core.management import CommandError, call_command
from django.test import Client
from django.utils import translation

from art28.accounts.models import User
from art28.audit.models import AuditEntry
from tests.accounts.conftest import post_code, post_password
from tests.factories import make_function


def run(*args: str) -> str:
    out = io.StringIO()
    with translation.override("en"):
        call_command(*args, stdout=out)
    return out.getvalue()


def createstaff(
    email: str,
    password_file: object,
    *,
    processor: str = "ICTeam Zuid B.V.",
    role: str = "admin",
    function: str | None = None,
) -> str:
    extra = ["--function", function] if function else []
    args = ["--email", email, "--processor", processor, "--role", role, *extra]
    return run("createstaff", *args, "--password-file", str(password_file))


def test_totp_command_prints_the_code_that_logs_in(client: Client, owner, device):
    code = run("totp", "owner@icteam.example").strip()
    post_password(client, "owner@icteam.example")

    response = post_code(client, code)

    assert len(code) == 6
    assert response["Location"] == "/"


def test_totp_command_refuses_an_account_without_a_device(owner):
    with pytest.raises(CommandError, match="has no TOTP device"):
        run("totp", "owner@icteam.example")


def test_createstaff_creates_an_account_with_the_password_from_a_file(processor, tmp_path):
    make_function(processor, "Supportdesk")
    password_file = tmp_path / "password"
    password_file.write_text("a long enough passphrase\n", encoding="utf-8")

    out = createstaff(
        "New@ICTeam.example", str(password_file), role="staff", function="Supportdesk"
    )

    user = User.objects.get(email="new@icteam.example")
    assert (user.processor, user.role, user.function.name) == (processor, "staff", "Supportdesk")
    assert user.check_password("a long enough passphrase") is True
    assert out.splitlines()[-1] == (
        "Log in and set up the authenticator app at: http://127.0.0.1:8000/accounts/enroll/"
    )
    assert AuditEntry.objects.get(action="create").object_id == str(user.uuid)


def test_createstaff_refuses_a_weak_password(processor, tmp_path):
    password_file = tmp_path / "password"
    password_file.write_text("12345678\n", encoding="utf-8")

    with pytest.raises(CommandError, match="too short"):
        createstaff("new@icteam.example", str(password_file))

    assert User.objects.count() == 0


def test_createstaff_refuses_an_existing_address(owner, tmp_path):
    password_file = tmp_path / "password"
    password_file.write_text("a long enough passphrase\n", encoding="utf-8")

    with pytest.raises(CommandError, match="already exists"):
        createstaff("owner@icteam.example", str(password_file))


def test_createstaff_refuses_an_unknown_processor(db, tmp_path):
    with pytest.raises(CommandError, match=re.escape('No processor named "Nobody B.V."')):
        createstaff("new@icteam.example", str(tmp_path / "absent"), processor="Nobody B.V.")


def test_createstaff_refuses_a_function_of_another_processor(processor, other_processor, tmp_path):
    make_function(other_processor, "Consultant")

    with pytest.raises(CommandError, match='has no staff function "Consultant"'):
        createstaff("new@icteam.example", str(tmp_path), role="staff", function="Consultant")


def test_createstaff_asks_for_the_password_twice_when_no_file_is_given(processor, monkeypatch):
    answers = iter(["a long enough passphrase", "a long enough passphrase"])
    monkeypatch.setattr("getpass.getpass", lambda prompt: next(answers))

    run(
        "createstaff",
        "--email",
        "new@icteam.example",
        "--processor",
        "ICTeam Zuid B.V.",
        "--role",
        "readonly",
    )

    assert User.objects.get(email="new@icteam.example").role == "readonly"


def test_createstaff_refuses_two_different_passwords(processor, monkeypatch):
    answers = iter(["a long enough passphrase", "another long passphrase"])
    monkeypatch.setattr("getpass.getpass", lambda prompt: next(answers))

    with pytest.raises(CommandError, match="The two passwords differ"):
        run(
            "createstaff",
            "--email",
            "new@icteam.example",
            "--processor",
            "ICTeam Zuid B.V.",
            "--role",
            "readonly",
        )


def test_reset2fa_sends_the_user_back_to_enrolment_at_the_next_login(
    client: Client, owner, recovery_codes
):
    out = run("reset2fa", "owner@icteam.example")

    response = post_password(client, "owner@icteam.example")

    assert response["Location"] == "/accounts/enroll/"
    assert out.startswith("The second factor of owner@icteam.example is reset")
    assert AuditEntry.objects.get(action="reset_second_factor").actor == ""
