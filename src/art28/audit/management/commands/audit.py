"""`art28 audit verify`: check the hash chain; `art28 audit export`: write it as JSON lines.

    art28 audit verify [--anchor SEQ:HASH ...]   # exit 0 and the row count, or 1 naming the row
    art28 audit export [--processor NAME] [-o FILE]

An intact verify prints the number of rows and the last hash: kept somewhere else (a ticket,
an e-mail), that pair is an anchor for a later `verify --anchor ROWS:HASH`, which then also
catches a rewrite of the log that recomputed every hash after the rewritten row.
"""

from __future__ import annotations

import argparse
import contextlib
from collections.abc import Iterator
from typing import IO, Any

from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.utils.translation import gettext as _

from art28.audit.services import export_lines, record, verify_chain
from art28.organisations.models import Organisation


class Command(BaseCommand):
    help = "Verify the audit log's hash chain, or export the log as JSON lines."

    def add_arguments(self, parser: CommandParser) -> None:
        actions = parser.add_subparsers(dest="action", required=True, metavar="verify|export")
        verify = actions.add_parser("verify", help="Check every row's hash and link, streaming.")
        verify.add_argument(
            "--anchor",
            action="append",
            default=[],
            type=anchor,
            metavar="SEQ:HASH",
            help="A row's hash printed by an earlier verify and kept elsewhere; repeatable.",
        )
        export = actions.add_parser("export", help="Write the log as JSON lines.")
        export.add_argument("--processor", metavar="NAME", help="Only this processor's entries.")
        export.add_argument("-o", "--output", metavar="FILE", help="Write here, not to stdout.")

    def handle(self, *args: Any, **options: Any) -> None:
        if options["action"] == "verify":
            self.verify(dict(options["anchor"]))
        else:
            self.export(options.get("processor"), options.get("output"))

    def verify(self, anchors: dict[int, str]) -> None:
        result = verify_chain(anchors=anchors)
        if not result.intact:
            message = _(
                "Audit log broken at row %(seq)s: %(reason)s. %(rows)s rows before it are intact."
            ) % {"seq": result.broken_seq, "reason": result.reason, "rows": result.rows}
            raise CommandError(message, returncode=1)
        self.stdout.write(
            _("Audit log intact: %(rows)s rows, last hash %(hash)s.")
            % {"rows": result.rows, "hash": result.head_hash}
        )

    def export(self, processor_name: str | None, output: str | None) -> None:
        processor = find_processor(processor_name) if processor_name else None
        count = 0
        with open_text(output, self.stdout._out) as stream:
            for line in export_lines(processor=processor):
                stream.write(line)
                count += 1
        record(
            "export",
            by=None,
            processor=processor,
            summary="audit log",
            data={"format": "jsonl", "rows": count},
        )
        if output:
            self.stderr.write(
                _("%(rows)s entries written to %(file)s.") % {"rows": count, "file": output}
            )


def anchor(text: str) -> tuple[int, str]:
    """ "1200:9f86d0…" as (1200, "9f86d0…"): a row number and its 64-digit hash."""
    seq, _colon, digest = text.partition(":")
    if not (seq.isdigit() and len(digest) == 64 and all(c in "0123456789abcdef" for c in digest)):
        raise argparse.ArgumentTypeError(f"expected SEQ:HASH (64 hex digits), not {text!r}")
    return int(seq), digest


def find_processor(name: str) -> Organisation:
    try:
        return Organisation.objects.processors().get(name=name)
    except Organisation.DoesNotExist:
        raise CommandError(_("No processor named %(name)r.") % {"name": name}) from None


@contextlib.contextmanager
def open_text(path: str | None, fallback: IO[str]) -> Iterator[IO[str]]:
    """A file opened for writing, or the command's stdout (left open afterwards)."""
    if path:
        with open(path, "w", encoding="utf-8") as file:
            yield file
    else:
        yield fallback
