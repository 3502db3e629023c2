"""Enrolment: right after the password, a user without a device sets up the authenticator app."""

from __future__ import annotations

import datetime as dt

import pytest
from bs4 import BeautifulSoup
from django.core.exceptions import ValidationError
from django.test import Client
from django.urls import reverse
from django.utils import timezone
from django_otp import DEVICE_ID_SESSION_KEY
from django_otp.plugins.otp_static.models import StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

from art28.accounts.services import confirm_totp, enroll_totp
from tests.accounts.conftest import code_for, error_codes, post_password

ENROLL_URL = "/accounts/enroll/"


def test_user_without_a_device_is_taken_to_enrolment_after_the_password(client: Client, owner):
    response = post_password(client, "owner@icteam.example")

    assert response["Location"] == ENROLL_URL


def test_enrolment_shows_the_qr_code_as_inline_svg_and_the_secret_as_text(client: Client, owner):
    post_password(client, "owner@icteam.example")

    response = client.get(ENROLL_URL)

    page = BeautifulSoup(response.content, "html.parser")
    device = TOTPDevice.objects.get(user=owner)
    assert response.status_code == 200
    assert page.figure.svg["viewbox"].startswith("0 0 ")
    assert page.figure.img is None
    assert page.figure.code.get_text().replace(" ", "") == response.context["secret"].replace(
        " ", ""
    )
    assert device.confirmed is False


def test_enrolment_keeps_the_same_secret_when_the_page_is_reloaded(client: Client, owner):
    post_password(client, "owner@icteam.example")

    first = client.get(ENROLL_URL).context["secret"]
    second = client.get(ENROLL_URL).context["secret"]

    assert first == second
    assert TOTPDevice.objects.filter(user=owner).count() == 1


def test_enrolment_with_the_first_code_logs_in_and_shows_ten_recovery_codes_once(
    client: Client, owner
):
    post_password(client, "owner@icteam.example")
    client.get(ENROLL_URL)
    device = TOTPDevice.objects.get(user=owner)

    confirmed = client.post(ENROLL_URL, {"code": code_for(device)})
    shown = client.get(confirmed["Location"])
    shown_again = client.get(confirmed["Location"])

    codes = shown.context["codes"]
    assert confirmed["Location"] == reverse("accounts:recovery-codes")
    assert TOTPDevice.objects.get(user=owner).confirmed is True
    assert client.session[DEVICE_ID_SESSION_KEY] == device.persistent_id
    assert len(set(codes)) == 10
    assert sorted(StaticToken.objects.values_list("token", flat=True)) == sorted(codes)
    assert shown_again["Location"] == "/"


def test_enrolment_with_a_wrong_code_confirms_nothing(client: Client, owner):
    post_password(client, "owner@icteam.example")
    client.get(ENROLL_URL)
    device = TOTPDevice.objects.get(user=owner)

    response = client.post(ENROLL_URL, {"code": "000000" if code_for(device) != "000000" else "1"})

    assert error_codes(response, "code") == ["invalid_code"]
    assert TOTPDevice.objects.get(user=owner).confirmed is False
    assert StaticToken.objects.count() == 0


def test_enrolment_needs_the_password_first(client: Client, owner):
    response = client.get(ENROLL_URL)

    assert response["Location"] == "/accounts/login/?next=/accounts/enroll/"


def test_enrolment_is_not_offered_to_a_user_who_has_a_device(client: Client, owner, device):
    post_password(client, "owner@icteam.example")

    response = client.get(ENROLL_URL)

    assert response["Location"] == "/accounts/login/code/"


def test_enroll_totp_replaces_a_secret_shown_more_than_a_day_ago(owner):
    first = enroll_totp(owner)

    later = enroll_totp(owner, now=timezone.now() + dt.timedelta(days=1, minutes=1))

    assert later.pk != first.pk
    assert list(TOTPDevice.objects.filter(user=owner)) == [later]


def test_confirm_totp_with_a_wrong_code_counts_towards_django_otps_delay(owner):
    device = enroll_totp(owner)

    with pytest.raises(ValidationError):
        confirm_totp(device, token="000000" if code_for(device) != "000000" else "111111")

    device.refresh_from_db()
    assert (device.confirmed, device.throttling_failure_count) == (False, 1)
