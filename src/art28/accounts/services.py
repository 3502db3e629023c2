"""Staff accounts: creating them, enrolling and checking their second factor, logging logins."""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django_otp.models import Device, VerifyNotAllowed
from django_otp.oath import TOTP
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

from art28.accounts.enums import Role
from art28.accounts.models import User
from art28.audit.services import record
from art28.organisations.models import Organisation, StaffFunction

RECOVERY_CODE_COUNT = 10
ENROLMENT_LIFETIME = dt.timedelta(days=1)  # an unconfirmed secret shown longer ago is replaced
TOTP_DEVICE_NAME = "authenticator app"
RECOVERY_DEVICE_NAME = "recovery codes"

INVALID_CODE = _("This code is not right. Type the code your app shows now, or a recovery code.")


def create_staff(
    processor: Organisation,
    *,
    email: str,
    role: Role | str,
    password: str,
    function: StaffFunction | None = None,
    by: User | None,
    now: dt.datetime | None = None,
) -> User:
    """A staff account of `processor`; it sets up its second factor at its first login."""
    with transaction.atomic():
        user = User.objects.create_user(
            email, password, processor=processor, role=role, function=function
        )
        record(
            "create",
            by=by,
            processor=processor,
            obj=user,
            now=now,
            summary=f"Staff account {user.email} ({user.role})",
        )
    return user


def change_password(
    user: User, *, password: str, by: User | None, now: dt.datetime | None = None
) -> User:
    """Set a new password (other sessions of `user` end: their auth hash no longer matches)."""
    with transaction.atomic():
        user.set_password(password)
        user.save(update_fields=["password"])
        record(
            "password_change",
            by=by,
            processor=user.processor,
            obj=user,
            now=now,
            summary="Password changed",
        )
    return user


def enroll_totp(user: User, *, now: dt.datetime | None = None) -> TOTPDevice:
    """The user's unconfirmed TOTP device: the one shown recently, or a new secret."""
    now = now or timezone.now()
    pending = TOTPDevice.objects.devices_for_user(user, confirmed=False)
    pending.filter(created_at__lt=now - ENROLMENT_LIFETIME).delete()
    device = pending.order_by("-created_at").first()
    if device is None:
        device = TOTPDevice.objects.create(user=user, name=TOTP_DEVICE_NAME, confirmed=False)
    return device


def confirm_totp(device: TOTPDevice, *, token: str) -> list[str]:
    """Confirm `device` with its first code; returns fresh recovery codes (shown only once)."""
    with transaction.atomic():
        device = TOTPDevice.objects.select_for_update().filter(pk=device.pk).first()
        # A wrong code is recorded by verify_token (throttling): raise only after the commit.
        confirmed = device is not None and not device.confirmed and device.verify_token(token)
        if confirmed:
            device.confirmed = True
            device.save(update_fields=["confirmed"])
            TOTPDevice.objects.devices_for_user(device.user).exclude(pk=device.pk).delete()
            codes = replace_recovery_codes(device.user)
    if not confirmed:
        raise ValidationError(INVALID_CODE, code="invalid_code")
    return codes


def replace_recovery_codes(user: User) -> list[str]:
    """New recovery codes for `user`; the old ones stop working."""
    StaticDevice.objects.devices_for_user(user).delete()
    static = StaticDevice.objects.create(user=user, name=RECOVERY_DEVICE_NAME, confirmed=True)
    codes = [StaticToken.random_token() for _ in range(RECOVERY_CODE_COUNT)]
    StaticToken.objects.bulk_create(StaticToken(device=static, token=code) for code in codes)
    return codes


def reset_second_factor(user: User, *, by: User | None, now: dt.datetime | None = None) -> int:
    """Remove the user's app and recovery codes (lost phone): the next login enrols anew."""
    with transaction.atomic():
        removed = sum(
            model.objects.devices_for_user(user).delete()[0] for model in (TOTPDevice, StaticDevice)
        )
        record(
            "reset_second_factor",
            by=by,
            processor=user.processor,
            obj=user,
            now=now,
            summary=f"Second factor of {user.email} reset",
        )
    return removed


def verify_code(user: User, *, token: str) -> Device:
    """The device that accepts `token`: a TOTP code (6 digits) or a recovery code (used up).

    Raises ValidationError when no device accepts it, or when django-otp's growing delay after
    wrong codes has not passed yet.
    """
    token = "".join(token.split()).replace("-", "").lower()
    model = TOTPDevice if token.isdigit() and len(token) <= 8 else StaticDevice
    with transaction.atomic():
        for device in model.objects.devices_for_user(user, confirmed=True).select_for_update():
            allowed, why = device.verify_is_allowed()
            if not allowed and why and why["reason"] == VerifyNotAllowed.N_FAILED_ATTEMPTS:
                raise ValidationError(
                    _("Too many wrong codes in a row. Wait a few seconds, then try again."),
                    code="throttled",
                )
            if device.verify_token(token):
                return device
    raise ValidationError(INVALID_CODE, code="invalid_code")


def current_totp_code(device: TOTPDevice, *, now: dt.datetime | None = None) -> str:
    """The code `device` accepts at `now` (for the demo and operators, not for users)."""
    clock = TOTP(device.bin_key, device.step, device.t0, device.digits, device.drift)
    clock.time = (now or timezone.now()).timestamp()
    return str(clock.token()).zfill(device.digits)


def record_login(
    user: User, *, method: str, ip: str | None = None, now: dt.datetime | None = None
) -> None:
    """Log a completed login (password + second factor) in the audit log."""
    record(
        "login",
        by=user,
        processor=user.processor,
        obj=user,
        now=now,
        summary=f"Login with password and {method}",
        data=_details(method=method, ip=ip),
    )


def record_failed_login(
    user: User, *, reason: str, ip: str | None = None, now: dt.datetime | None = None
) -> None:
    """Log a failed login of a known account: `reason` is "password", "code" or "locked out"."""
    record(
        "login_failed",
        by=user,
        processor=user.processor,
        obj=user,
        now=now,
        summary=f"Failed login: {reason}",
        data=_details(reason=reason, ip=ip),
    )


def _details(**values: Any) -> dict[str, Any]:
    return {key: value for key, value in values.items() if value is not None}
