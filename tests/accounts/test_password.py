"""Changing one's own password, and replacing the recovery codes."""

from __future__ import annotations

from django.test import Client
from django.urls import reverse

from art28.audit.models import AuditEntry
from tests.accounts.conftest import post_password
from tests.factories import PASSWORD

NEW_PASSWORD = "an entirely new passphrase"


def change(client: Client, old: str = PASSWORD, new: str = NEW_PASSWORD):
    return client.post(
        reverse("accounts:change-password"),
        {"old_password": old, "new_password1": new, "new_password2": new},
    )


def test_change_password_sets_the_new_password_and_keeps_the_session(owner_client: Client, owner):
    response = change(owner_client)

    owner.refresh_from_db()
    assert response["Location"] == reverse("accounts:change-password")
    assert owner.check_password(NEW_PASSWORD) is True
    assert owner_client.get("/").status_code == 200
    assert AuditEntry.objects.get(action="password_change").actor == "owner@icteam.example"


def test_change_password_ends_the_other_sessions(owner_client: Client, owner, device):
    other = Client()
    post_password(other, "owner@icteam.example")

    change(owner_client)

    assert other.get(reverse("accounts:verify"))["Location"] == reverse("accounts:login")


def test_change_password_with_a_wrong_old_password_changes_nothing(owner_client: Client, owner):
    response = change(owner_client, old="not the password")

    owner.refresh_from_db()
    assert response.status_code == 200
    assert owner.check_password(PASSWORD) is True


def test_read_only_user_may_change_their_own_password(reader_client: Client, reader):
    change(reader_client)

    reader.refresh_from_db()
    assert reader.check_password(NEW_PASSWORD) is True


def test_change_password_needs_the_second_factor(client: Client, owner, device):
    post_password(client, "owner@icteam.example")

    response = client.get(reverse("accounts:change-password"))

    assert response["Location"] == "/accounts/login/code/?next=/accounts/password/"


def test_new_recovery_codes_replace_the_old_ones(owner_client: Client, owner, recovery_codes):
    response = owner_client.post(reverse("accounts:replace-recovery-codes"))
    shown = owner_client.get(response["Location"])

    new_codes = shown.context["codes"]
    assert len(new_codes) == 10
    assert set(new_codes) & set(recovery_codes) == set()
    assert owner.staticdevice_set.get().token_set.count() == 10


def test_new_recovery_codes_need_post(owner_client: Client):
    response = owner_client.get(reverse("accounts:replace-recovery-codes"))

    assert response.status_code == 405
