"""Throttling: five failures in a row, of passwords or codes, lock the account for this address."""

from __future__ import annotations

from bs4 import BeautifulSoup
from django.test import Client
from django.urls import reverse

from art28.audit.models import AuditEntry
from tests.accounts.conftest import code_for, post_code, post_password

WRONG_PASSWORD = "not the password"


def wrong_code(device) -> str:
    return "000000" if code_for(device) != "000000" else "111111"


def test_five_wrong_passwords_lock_the_account(client: Client, owner, device):
    statuses = [
        post_password(client, "owner@icteam.example", WRONG_PASSWORD).status_code for _ in range(5)
    ]

    assert statuses == [200, 200, 200, 200, 429]


def test_locked_account_cannot_log_in_even_with_the_right_password(client: Client, owner, device):
    for _ in range(5):
        post_password(client, "owner@icteam.example", WRONG_PASSWORD)

    response = post_password(client, "owner@icteam.example")

    assert response.status_code == 429
    assert dict(client.session) == {}
    assert client.get("/")["Location"] == "/accounts/login/?next=/"
    assert AuditEntry.objects.filter(action="login_failed").last().data["reason"] == "locked out"


def test_four_wrong_passwords_still_let_the_right_one_in(client: Client, owner, device):
    for _ in range(4):
        post_password(client, "owner@icteam.example", WRONG_PASSWORD)

    response = post_password(client, "owner@icteam.example")

    assert response["Location"] == "/accounts/login/code/"


def test_five_wrong_codes_lock_the_account_and_end_the_halfway_login(client: Client, owner, device):
    post_password(client, "owner@icteam.example")

    statuses = [post_code(client, wrong_code(device)).status_code for _ in range(5)]

    assert statuses == [200, 200, 200, 200, 429]
    assert post_code(client, code_for(device))["Location"] == "/accounts/login/"


def test_wrong_passwords_and_wrong_codes_count_together(client: Client, owner, device):
    for _ in range(3):
        post_password(client, "owner@icteam.example", WRONG_PASSWORD)
    post_password(client, "owner@icteam.example")
    post_code(client, wrong_code(device))

    response = post_code(client, wrong_code(device))

    assert response.status_code == 429


def test_account_locked_by_wrong_codes_cannot_log_in_with_the_right_password(
    client: Client, owner, device
):
    post_password(client, "owner@icteam.example")
    for _ in range(5):
        post_code(client, wrong_code(device))

    response = post_password(client, "owner@icteam.example")

    assert response.status_code == 429


def test_lockout_page_says_why_and_for_how_long_in_the_chosen_language(
    client: Client, owner, device
):
    client.cookies["django_language"] = "en"
    for _ in range(4):
        post_password(client, "owner@icteam.example", WRONG_PASSWORD)

    response = post_password(client, "owner@icteam.example", WRONG_PASSWORD)

    page = BeautifulSoup(response.content, "html.parser")
    assert response.status_code == 429
    assert page.h1.get_text() == "Too many failed logins"
    assert page.find_all("p")[1].get_text().startswith("Try again in 15 minutes.")


def test_lockout_of_one_account_leaves_another_account_alone(client: Client, owner, reader, device):
    for _ in range(5):
        post_password(client, "owner@icteam.example", WRONG_PASSWORD)

    response = client.post(
        reverse("accounts:login"),
        {"username": "reader@icteam.example", "password": "correct horse battery staple"},
    )

    assert response["Location"] == "/accounts/enroll/"


def test_lockout_page_is_in_dutch_by_default(client: Client, owner, device):
    for _ in range(4):
        post_password(client, "owner@icteam.example", WRONG_PASSWORD)

    response = post_password(client, "owner@icteam.example", WRONG_PASSWORD)

    page = BeautifulSoup(response.content, "html.parser")
    assert response.status_code == 429
    assert page.h1.get_text() == "Te veel mislukte inlogpogingen"
    assert page.find_all("p")[1].get_text().startswith("Probeer het over 15 minuten opnieuw.")


def test_a_completed_login_starts_the_count_of_failures_again(client: Client, owner, device):
    for _ in range(4):
        post_password(client, "owner@icteam.example", WRONG_PASSWORD)
    post_password(client, "owner@icteam.example")
    post_code(client, code_for(device))
    client.post(reverse("accounts:logout"))

    statuses = [
        post_password(client, "owner@icteam.example", WRONG_PASSWORD).status_code for _ in range(4)
    ]

    assert statuses == [200, 200, 200, 200]
