"""Accounts fixtures: the owner's authenticator app and recovery codes, a code from the clock."""

from __future__ import annotations

import pytest
from django.contrib.auth.hashers import Argon2PasswordHasher
from django.test import Client
from django.urls import reverse
from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice

from art28.accounts.services import replace_recovery_codes
from tests.factories import PASSWORD


class CheapArgon2PasswordHasher(Argon2PasswordHasher):
    """Argon2 as in production, with parameters a test run can afford (1 MiB, one pass)."""

    time_cost = 1
    memory_cost = 1024
    parallelism = 1


@pytest.fixture(autouse=True)
def _cheap_argon2(settings):
    settings.PASSWORD_HASHERS = ["tests.accounts.conftest.CheapArgon2PasswordHasher"]


def code_for(device: TOTPDevice) -> str:
    """The code the authenticator app shows now, computed from the device's secret."""
    code = totp(device.bin_key, device.step, device.t0, device.digits, device.drift)
    return str(code).zfill(device.digits)


def post_password(client: Client, email: str, password: str = PASSWORD, **extra):
    return client.post(
        reverse("accounts:login"), {"username": email, "password": password}, **extra
    )


def post_code(client: Client, code: str):
    return client.post(reverse("accounts:verify"), {"code": code})


def error_codes(response, field: str) -> list[str]:
    return [error.code for error in response.context["form"].errors.as_data()[field]]


@pytest.fixture
def device(owner) -> TOTPDevice:
    return TOTPDevice.objects.create(user=owner, name="phone", confirmed=True)


@pytest.fixture
def recovery_codes(owner, device) -> list[str]:
    return replace_recovery_codes(owner)
