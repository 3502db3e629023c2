"""The one way staff views reach data: logged in, second factor verified, own processor only.

    @staff_view()                      # GET/POST for any staff member; POST needs write access
    def controller_detail(request, uuid): ...
        controller = get_scoped(request, Organisation.objects.controllers(), uuid=uuid)

Another processor's object is a 404 (its existence is not revealed); a read-only user's write
is a 403; a visitor who is not logged in is sent to the login, and one who gave the password
but no code yet (a "password-only session") to the code step.

    @verified_login_required           # any role, no processor needed: the user's own account
    def change_password(request): ...
"""

from __future__ import annotations

import functools
import uuid as uuid_module
from collections.abc import Callable
from typing import Any, TypeVar

from django.conf import settings
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.db import models
from django.http import Http404, HttpRequest, HttpResponse
from django.views.decorators.http import require_http_methods

from art28.accounts.pending import has_pending_login

M = TypeVar("M", bound=models.Model)
SAFE_METHODS = ("GET", "HEAD")


def is_fully_authenticated(user: Any) -> bool:
    return bool(user.is_authenticated and getattr(user, "is_verified", lambda: False)())


def redirect_to_next_step(request: HttpRequest) -> HttpResponse:
    """Send a visitor who is not fully logged in to the step they still have to take."""
    if has_pending_login(request):
        return redirect_to_login(request.get_full_path(), "accounts:verify")
    return redirect_to_login(request.get_full_path(), settings.LOGIN_URL)


def verified_login_required(view: Callable[..., HttpResponse]) -> Callable[..., HttpResponse]:
    """Decorate a view of the user's own account: password and second factor, nothing more."""

    @functools.wraps(view)
    def wrapped(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        if not is_fully_authenticated(request.user):
            return redirect_to_next_step(request)
        return view(request, *args, **kwargs)

    return wrapped


def staff_view(
    methods: tuple[str, ...] = ("GET", "HEAD", "POST"), *, admin_only: bool = False
) -> Callable[[Callable[..., HttpResponse]], Callable[..., HttpResponse]]:
    """Decorate a staff view: login + 2FA, a processor, method check (405), write check (403)."""

    def decorator(view: Callable[..., HttpResponse]) -> Callable[..., HttpResponse]:
        @functools.wraps(view)
        def wrapped(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
            user = request.user
            if not is_fully_authenticated(user):
                return redirect_to_next_step(request)
            if user.processor_id is None:
                raise PermissionDenied
            if admin_only and not user.is_administrator:
                raise PermissionDenied
            if request.method not in SAFE_METHODS and not user.can_write:
                raise PermissionDenied
            return view(request, *args, **kwargs)

        return require_http_methods(list(methods))(wrapped)

    return decorator


def get_scoped(request: HttpRequest, queryset: models.QuerySet[M], **lookup: Any) -> M:
    """The object of the user's processor matching lookup, or 404 (also for a malformed uuid)."""
    if "uuid" in lookup:
        try:
            lookup["uuid"] = uuid_module.UUID(str(lookup["uuid"]))
        except ValueError:
            raise Http404 from None
    scoped = queryset.for_processor(request.user.processor)  # type: ignore[attr-defined]
    try:
        return scoped.get(**lookup)
    except queryset.model.DoesNotExist:
        raise Http404 from None
