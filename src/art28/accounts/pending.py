"""A login halfway: the password was right, the second factor is still to come.

Until the TOTP (or recovery) code is checked the session holds only this note, never Django's
login: to every view, `login_required` included, the visitor is still anonymous. The note
lapses after a few minutes and when the user's password changes in between.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.contrib.auth import get_user_model, logout
from django.http import HttpRequest
from django.utils import timezone
from django.utils.crypto import constant_time_compare

SESSION_KEY = "art28_pending_login"
LIFETIME = dt.timedelta(minutes=10)


def start_pending_login(request: HttpRequest, user: Any, *, next_url: str = "") -> None:
    """Remember that `user` passed the password step, in a new session (against fixation)."""
    if request.user.is_authenticated:
        logout(request)  # whoever was logged in before is not any more
    else:
        request.session.cycle_key()
    request.session[SESSION_KEY] = {
        "user": str(user.pk),
        "backend": user.backend,
        "hash": user.get_session_auth_hash(),
        "since": timezone.now().isoformat(),
        "next": next_url,
    }


def has_pending_login(request: HttpRequest) -> bool:
    return SESSION_KEY in request.session


def pending_next_url(request: HttpRequest) -> str:
    return str(request.session.get(SESSION_KEY, {}).get("next", ""))


def set_pending_next_url(request: HttpRequest, url: str) -> None:
    """Where to go once the code is checked (a page asked for while the code was missing)."""
    note = request.session.get(SESSION_KEY)
    if note:
        request.session[SESSION_KEY] = {**note, "next": url}


def get_pending_user(request: HttpRequest) -> Any | None:
    """The user who passed the password step in this session, or None (also when lapsed)."""
    note = request.session.get(SESSION_KEY)
    if not note:
        return None
    since = dt.datetime.fromisoformat(note["since"])
    user = get_user_model().objects.filter(pk=note["user"], is_active=True).first()
    if (
        user is None
        or timezone.now() - since > LIFETIME
        or not constant_time_compare(user.get_session_auth_hash(), note["hash"])
    ):
        clear_pending_login(request)
        return None
    user.backend = note["backend"]
    return user


def clear_pending_login(request: HttpRequest) -> None:
    request.session.pop(SESSION_KEY, None)
