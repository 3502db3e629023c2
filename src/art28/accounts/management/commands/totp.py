"""Print the current TOTP code of an account: the demo works without a phone.

art28 totp owner@icteam.example
"""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.utils.translation import gettext as _
from django_otp.plugins.otp_totp.models import TOTPDevice

from art28.accounts.services import current_totp_code


class Command(BaseCommand):
    help = "Print the current TOTP code of the account with this e-mail address."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("email")

    def handle(self, *args: Any, email: str, **options: Any) -> None:
        device = (
            TOTPDevice.objects.filter(user__email=email.strip().lower())
            .order_by("-confirmed", "-created_at")
            .first()
        )
        if device is None:
            raise CommandError(
                _("%(email)s has no TOTP device (it is set up at the first login).")
                % {"email": email}
            )
        self.stdout.write(current_totp_code(device))
