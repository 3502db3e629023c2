"""One register export in a fresh process: `python -m benchmarks.export_probe UUID FMT OUT`.

Prints `<rows> <seconds> <cpu_seconds> <peak_mb>`; peak_mb is the growth of the resident set
(VmHWM, reset just before the export) over the resident set once Django and the exporter are
loaded.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path


def _status_kb(field: str) -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1])
    raise RuntimeError(f"{field} not in /proc/self/status")


def _reset_peak() -> None:
    """Reset VmHWM to the current RSS (Linux >= 4.0: write 5 to clear_refs)."""
    Path("/proc/self/clear_refs").write_text("5")


def main(argv: list[str]) -> int:
    processor_uuid, fmt, out = argv
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "art28.settings")
    import django

    django.setup()
    import art28.register.exports  # noqa: F401 - loaded before the baseline is read
    from art28.organisations.models import Organisation
    from benchmarks.exporting import count_rows, export_to_file

    processor = Organisation.objects.get(uuid=processor_uuid)
    baseline = _status_kb("VmRSS")
    _reset_peak()
    started, cpu_started = time.perf_counter(), time.process_time()
    export_to_file(fmt, processor, Path(out))
    seconds, cpu = time.perf_counter() - started, time.process_time() - cpu_started
    peak_mb = (_status_kb("VmHWM") - baseline) / 1024
    rows = count_rows(fmt, Path(out))
    print(f"{rows} {seconds:.3f} {cpu:.3f} {peak_mb:.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
