"""`art28 export register`: the Art. 30(2) register as CSV, XLSX, JSON or PDF.

    art28 export register [--processor NAME] [--controller NAME] --format csv|xlsx|json|pdf
                          [--lang nl|en] [-o FILE]

Without -o the file goes to stdout (binary formats too). Without --processor the controller's
processor is used, or the only processor there is. Every export is written to the audit log.
"""

from __future__ import annotations

import contextlib
import sys
from collections.abc import Iterator
from typing import IO, Any

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.utils.translation import gettext as _

from art28.organisations.models import Organisation
from art28.register.exports import FORMATS, ExportTooLarge, export_register


class Command(BaseCommand):
    help = "Export the register of processing activities (GDPR Art. 30(2))."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("what", choices=["register"], help="What to export.")
        parser.add_argument("--processor", metavar="NAME", help="The processor (tenant).")
        parser.add_argument("--controller", metavar="NAME", help="Only this controller's rows.")
        parser.add_argument("--format", required=True, choices=FORMATS, dest="fmt")
        parser.add_argument(
            "--lang",
            default=settings.LANGUAGE_CODE,
            choices=[code for code, _ in settings.LANGUAGES],
        )
        parser.add_argument("-o", "--output", metavar="FILE", help="Write here, not to stdout.")

    def handle(self, *args: Any, **options: Any) -> None:
        processor, controller = resolve_scope(options["processor"], options["controller"])
        try:
            export = export_register(
                options["fmt"], processor=processor, controller=controller, language=options["lang"]
            )
        except ExportTooLarge as error:
            raise CommandError(str(error)) from None
        with open_binary(options["output"], self.stdout._out) as stream:
            for chunk in export.chunks():
                stream.write(chunk)
        if options["output"]:
            self.stderr.write(
                _("%(rows)s activities written to %(file)s.")
                % {"rows": export.rows, "file": options["output"]}
            )


def resolve_scope(
    processor_name: str | None, controller_name: str | None
) -> tuple[Organisation, Organisation | None]:
    """The processor and controller the names point at; the processor may be left out."""
    controllers = Organisation.objects.controllers()
    if processor_name is None and controller_name is not None:
        controller = _one(controllers, controller_name, "--controller")
        return controller.tenant, controller
    processor = _one(Organisation.objects.processors(), processor_name, "--processor")
    if controller_name is None:
        return processor, None
    return processor, _one(controllers.filter(processor=processor), controller_name, "--controller")


def _one(organisations: Any, name: str | None, option: str) -> Organisation:
    """The organisation named `name`, or the only one when no name is given."""
    matches = list(organisations.filter(name=name)[:2] if name else organisations[:2])
    if len(matches) == 1:
        return matches[0]
    if name is None:
        raise CommandError(
            _("Name one with %(option)s: there is not exactly one.") % {"option": option}
        )
    if not matches:
        raise CommandError(
            _("Nothing matches %(option)s %(name)r.") % {"option": option, "name": name}
        )
    raise CommandError(
        _("Several organisations match %(option)s %(name)r; add --processor.")
        % {"option": option, "name": name}
    )


@contextlib.contextmanager
def open_binary(path: str | None, stdout: IO[Any] | None) -> Iterator[IO[bytes]]:
    """The file, or the binary side of stdout (left open afterwards)."""
    if path:
        with open(path, "wb") as file:
            yield file
        return
    stream = stdout or sys.stdout
    yield getattr(stream, "buffer", stream)
    stream.flush()
