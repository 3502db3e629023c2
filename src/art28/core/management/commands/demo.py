"""`art28 demo`: load the demo processors, agreements, register and logins (idempotent)."""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand
from django.utils import timezone
from django.utils.translation import gettext as _

from art28.demo.loader import LoadResult, load_demo


class Command(BaseCommand):
    help = (
        "Load the demo: ICTeam Zuid B.V. with Imaging People (seed 000) and Mickcom ICT with "
        "its standard agreement (seed 003). A second run changes nothing. Prints the logins."
    )

    def handle(self, *args: Any, **options: Any) -> None:
        result = load_demo(today=timezone.localdate())
        self.print_counts(result)
        self.print_accounts(result)

    def print_counts(self, result: LoadResult) -> None:
        total = sum(result.created.values())
        self.stdout.write(_("Demo loaded: %(count)d rows created.") % {"count": total})
        for label, count in sorted(result.created.items()):
            self.stdout.write(f"  {label}: {count}")

    def print_accounts(self, result: LoadResult) -> None:
        self.stdout.write(_("Demo logins (password, then the code that `art28 totp` prints):"))
        for account in result.accounts:
            role = f"{account.role}, {account.function}" if account.function else account.role
            self.stdout.write(
                _("  %(email)s  password: %(password)s  role: %(role)s (%(processor)s)")
                % {
                    "email": account.email,
                    "password": account.password,
                    "role": role,
                    "processor": account.processor,
                }
            )
            self.stdout.write(_("    code: art28 totp %(email)s") % {"email": account.email})
