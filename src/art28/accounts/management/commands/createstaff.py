"""Create a staff account of a processor and print where it sets up its second factor.

    art28 createstaff --email privacy@icteam.example --processor "ICTeam Zuid B.V." --role admin
    art28 createstaff --email s@icteam.example --processor "ICTeam Zuid B.V." --role staff \\
        --function Supportdesk --password-file /run/secrets/password
"""

from __future__ import annotations

import getpass
from pathlib import Path
from typing import Any

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.urls import reverse
from django.utils.translation import gettext as _

from art28.accounts.enums import Role
from art28.accounts.forms import StaffCreationForm
from art28.accounts.services import create_staff
from art28.organisations.models import Organisation, StaffFunction


class Command(BaseCommand):
    help = "Create a staff account (the password from a prompt or --password-file)."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--email", required=True)
        parser.add_argument("--processor", required=True, help="legal name of the processor")
        parser.add_argument("--role", required=True, choices=Role.values)
        parser.add_argument("--function", help="staff function of that processor, by name")
        parser.add_argument("--password-file", type=Path, help="file whose first line is it")

    def handle(self, *args: Any, **options: Any) -> None:
        processor = Organisation.objects.processors().filter(name=options["processor"]).first()
        if processor is None:
            raise CommandError(_('No processor named "%(name)s".') % {"name": options["processor"]})
        function = self._function(processor, options["function"])
        form = StaffCreationForm(
            data={
                "email": options["email"],
                "role": options["role"],
                "password": self._password(options["password_file"]),
            }
        )
        if not form.is_valid():
            raise CommandError(" ".join(m for ms in form.errors.values() for m in ms))
        user = create_staff(processor, **form.cleaned_data, function=function, by=None)
        self.stdout.write(
            _("%(processor)s: account %(email)s created (%(role)s).")
            % {"email": user.email, "role": user.get_role_display(), "processor": processor}
        )
        enroll_url = settings.SITE_URL.rstrip("/") + reverse("accounts:enroll")
        self.stdout.write(
            _("Log in and set up the authenticator app at: %(url)s") % {"url": enroll_url}
        )

    def _function(self, processor: Organisation, name: str | None) -> StaffFunction | None:
        if not name:
            return None
        function = StaffFunction.objects.filter(processor=processor, name=name).first()
        if function is None:
            raise CommandError(
                _('%(processor)s has no staff function "%(name)s".')
                % {"processor": processor, "name": name}
            )
        return function

    def _password(self, path: Path | None) -> str:
        if path is not None:
            try:
                return path.read_text(encoding="utf-8").splitlines()[0]
            except (OSError, IndexError) as exc:
                raise CommandError(
                    _("Cannot read a password from %(path)s: %(error)s")
                    % {"path": path, "error": exc}
                ) from None
        password = getpass.getpass(_("Password: "))
        if password != getpass.getpass(_("Password (again): ")):
            raise CommandError(_("The two passwords differ."))
        return password
