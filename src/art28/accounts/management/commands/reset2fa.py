"""Reset the second factor of an account whose phone and recovery codes are lost.

    art28 reset2fa support@icteam.example

The authenticator app and the recovery codes stop working; at the next login, after the
password, the user sets up the app again. Confirm the person's identity before running it.
"""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.urls import reverse
from django.utils.translation import gettext as _

from art28.accounts.models import User
from art28.accounts.services import reset_second_factor


class Command(BaseCommand):
    help = "Remove an account's authenticator app and recovery codes (it enrols at next login)."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("email")

    def handle(self, *args: Any, email: str, **options: Any) -> None:
        user = User.objects.filter(email=email.strip().lower()).first()
        if user is None:
            raise CommandError(
                _("No account with the e-mail address %(email)s.") % {"email": email}
            )
        reset_second_factor(user, by=None)
        enroll_url = settings.SITE_URL.rstrip("/") + reverse("accounts:enroll")
        self.stdout.write(
            _("The second factor of %(email)s is reset; it is set up again at: %(url)s")
            % {"email": user.email, "url": enroll_url}
        )
