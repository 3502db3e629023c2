"""Logging in (password, then a TOTP or recovery code), enrolment, logout, password change.

    login ──password──▶ verify ──code──▶ next page
            └ no device yet ──▶ enroll ──first code──▶ recovery-codes ──▶ next page

django-axes counts failures of both steps against the same (e-mail, IP address) pair: the
password step through authenticate(), the code steps by sending `user_login_failed` here.
"""

from __future__ import annotations

from base64 import b32encode

import qrcode
from axes.handlers.proxy import AxesProxyHandler
from axes.helpers import get_lockout_response
from django.conf import settings
from django.contrib import messages
from django.contrib.auth import login as auth_login
from django.contrib.auth import logout as auth_logout
from django.contrib.auth import update_session_auth_hash
from django.contrib.auth.forms import PasswordChangeForm
from django.contrib.auth.signals import user_login_failed
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render, resolve_url
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.debug import sensitive_post_parameters
from django.views.decorators.http import require_http_methods, require_POST
from django_otp import login as otp_login
from django_otp import user_has_device
from django_otp.models import Device
from django_otp.plugins.otp_static.models import StaticDevice
from django_otp.plugins.otp_totp.models import TOTPDevice
from qrcode.image.svg import SvgPathImage

from art28.accounts import services
from art28.accounts.access import is_fully_authenticated, verified_login_required
from art28.accounts.forms import CodeForm, LoginForm
from art28.accounts.models import User
from art28.accounts.pending import (
    clear_pending_login,
    get_pending_user,
    pending_next_url,
    set_pending_next_url,
    start_pending_login,
)

RECOVERY_CODES_SESSION_KEY = "art28_new_recovery_codes"
GET_OR_POST = ["GET", "HEAD", "POST"]


@sensitive_post_parameters("password")
@never_cache
@require_http_methods(GET_OR_POST)
def login(request: HttpRequest) -> HttpResponse:
    next_url = request.POST.get("next", request.GET.get("next", ""))
    if is_fully_authenticated(request.user):
        return redirect(_safe_next(request, next_url))
    if request.method != "POST" and get_pending_user(request) is not None:
        return redirect("accounts:verify")
    form = LoginForm(request, data=request.POST if request.method == "POST" else None)
    if form.is_valid():
        user = form.get_user()
        start_pending_login(request, user, next_url=_safe_next(request, next_url))
        return redirect("accounts:verify" if user_has_device(user) else "accounts:enroll")
    if form.is_bound:
        _record_wrong_password(request, form.cleaned_data.get("username", ""))
    return render(request, "accounts/login.html", {"form": form, "next": next_url})


@sensitive_post_parameters("code")
@never_cache
@require_http_methods(GET_OR_POST)
def verify(request: HttpRequest) -> HttpResponse:
    user = get_pending_user(request)
    if user is None:
        return redirect(settings.LOGIN_URL)
    if not user_has_device(user):
        return redirect("accounts:enroll")
    if locked_out := _lockout(request, user):
        return locked_out
    if "next" in request.GET:
        set_pending_next_url(request, _safe_next(request, request.GET["next"]))
    form = CodeForm(request.POST if request.method == "POST" else None)
    if form.is_valid():
        try:
            device = services.verify_code(user, token=form.cleaned_data["code"])
        except ValidationError as error:
            form.add_error("code", error)
            _count_failed_code(request, user)
        else:
            return redirect(_log_in(request, user, device))
    return render(request, "accounts/verify.html", {"form": form, "email": user.email})


@sensitive_post_parameters("code")
@never_cache
@require_http_methods(GET_OR_POST)
def enroll(request: HttpRequest) -> HttpResponse:
    user = get_pending_user(request)
    if user is None:
        return redirect_to_login(reverse("accounts:enroll"), settings.LOGIN_URL)
    if user_has_device(user):
        return redirect("accounts:verify")
    if locked_out := _lockout(request, user):
        return locked_out
    device = services.enroll_totp(user)
    form = CodeForm(request.POST if request.method == "POST" else None)
    if form.is_valid():
        try:
            codes = services.confirm_totp(device, token=form.cleaned_data["code"])
        except ValidationError as error:
            form.add_error("code", error)
            _count_failed_code(request, user)
        else:
            next_url = _log_in(request, user, device)
            request.session[RECOVERY_CODES_SESSION_KEY] = {"codes": codes, "next": next_url}
            return redirect("accounts:recovery-codes")
    context = {"form": form, "qr_code": _qr_svg(device), "secret": _spaced(device)}
    return render(request, "accounts/enroll.html", context)


@verified_login_required
@never_cache
@require_http_methods(["GET"])  # not HEAD: showing them uses them up
def recovery_codes(request: HttpRequest) -> HttpResponse:
    """Show new recovery codes once: they leave the session as they are shown."""
    new = request.session.pop(RECOVERY_CODES_SESSION_KEY, None)
    if not new:
        return redirect(settings.LOGIN_REDIRECT_URL)
    return render(request, "accounts/recovery_codes.html", new)


@verified_login_required
@require_POST
def replace_recovery_codes(request: HttpRequest) -> HttpResponse:
    codes = services.replace_recovery_codes(request.user)
    next_url = reverse("accounts:change-password")
    request.session[RECOVERY_CODES_SESSION_KEY] = {"codes": codes, "next": next_url}
    return redirect("accounts:recovery-codes")


@require_POST
def logout(request: HttpRequest) -> HttpResponse:
    """End the session, and with it a login halfway (password given, no code yet)."""
    auth_logout(request)
    return redirect(settings.LOGOUT_REDIRECT_URL)


@verified_login_required
@sensitive_post_parameters()
@never_cache
@require_http_methods(GET_OR_POST)
def change_password(request: HttpRequest) -> HttpResponse:
    form = PasswordChangeForm(request.user, request.POST if request.method == "POST" else None)
    if form.is_valid():
        user = services.change_password(
            request.user, password=form.cleaned_data["new_password1"], by=request.user
        )
        update_session_auth_hash(request, user)
        messages.success(request, _("Your password has been changed."))
        return redirect("accounts:change-password")
    return render(request, "accounts/change_password.html", {"form": form})


def _log_in(request: HttpRequest, user: User, device: Device) -> str:
    """Complete the login: Django's login (new session key), the device, the audit entry."""
    next_url = pending_next_url(request) or resolve_url(settings.LOGIN_REDIRECT_URL)
    clear_pending_login(request)
    auth_login(request, user)
    otp_login(request, device)
    method = "recovery code" if isinstance(device, StaticDevice) else "TOTP"
    services.record_login(user, method=method, ip=_client_ip(request))
    return next_url


def _lockout(request: HttpRequest, user: User) -> HttpResponse | None:
    """The lockout page when django-axes has locked this account from this address."""
    credentials = {settings.AXES_USERNAME_FORM_FIELD: user.email}
    if AxesProxyHandler.is_allowed(request, credentials):
        return None
    clear_pending_login(request)
    return get_lockout_response(request, credentials=credentials)


def _count_failed_code(request: HttpRequest, user: User) -> None:
    """A wrong code counts towards the lockout like a wrong password does."""
    credentials = {settings.AXES_USERNAME_FORM_FIELD: user.email}
    user_login_failed.send(sender=__name__, credentials=credentials, request=request)
    services.record_failed_login(user, reason="code", ip=_client_ip(request))
    if getattr(request, "axes_locked_out", False):
        clear_pending_login(request)  # the middleware answers with the lockout page


def _record_wrong_password(request: HttpRequest, email: str) -> None:
    user = User.objects.filter(email=email).first() if email else None
    if user is not None:
        reason = "locked out" if getattr(request, "axes_locked_out", False) else "password"
        services.record_failed_login(user, reason=reason, ip=_client_ip(request))


def _safe_next(request: HttpRequest, url: str) -> str:
    if url and url_has_allowed_host_and_scheme(
        url, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return url
    return resolve_url(settings.LOGIN_REDIRECT_URL)


def _client_ip(request: HttpRequest) -> str | None:
    return getattr(request, "axes_ip_address", None) or request.META.get("REMOTE_ADDR")


def _qr_svg(device: TOTPDevice) -> SafeString:
    """The otpauth:// URL as an inline SVG QR code (drawn here: no image service sees it)."""
    image = qrcode.make(device.config_url, image_factory=SvgPathImage, box_size=14, border=4)
    return mark_safe(image.to_string(encoding="unicode"))  # our own SVG: path data only


def _spaced(device: TOTPDevice) -> str:
    secret = b32encode(device.bin_key).decode("ascii")
    return " ".join(secret[i : i + 4] for i in range(0, len(secret), 4))
