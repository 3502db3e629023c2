"""The `art28` console command: Django's manage.py under another name.

`art28 check FILE [FILE...]` is the DPA analysis (see art28.analysis.cli) and runs without
Django; `art28 check` without files (or with Django's own flags such as --deploy) stays
Django's system check.
"""

from __future__ import annotations

import os
import sys

_VALUED_OPTIONS = {
    "--fail-level",
    "--tag",
    "-t",
    "--database",
    "--settings",
    "--pythonpath",
    "--verbosity",
    "-v",
}


def _is_analysis(argv: list[str]) -> bool:
    """`check` with a file argument (or --json) is the DPA analysis; app labels have no dot."""
    if len(argv) < 2 or argv[1] != "check":
        return False
    args = argv[2:]
    if "--json" in args:
        return True
    positional = [
        a
        for i, a in enumerate(args)
        if not a.startswith("-") and (i == 0 or args[i - 1] not in _VALUED_OPTIONS)
    ]
    return any("." in a or "/" in a or os.path.exists(a) for a in positional)


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv if argv is None else argv)
    if _is_analysis(argv):
        from art28.analysis.cli import main as check_main

        return check_main(argv[2:])
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "art28.settings")
    from django.core.management import execute_from_command_line

    execute_from_command_line(argv)
    return 0


if __name__ == "__main__":
    sys.exit(main())
