"""`python -m benchmarks`: the register bench on the chosen database, then the analysis bench."""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
import time
import traceback
from pathlib import Path


def emit(name: str, value: float, unit: str) -> None:
    decimals = {"queries": 0, "ms": 1, "s": 2, "MB": 1}.get(unit, 2)
    shown = f"{value:.{decimals}f}"
    print(f"BENCH {name} {shown} {unit}", flush=True)


def _load() -> str:
    """The 1/5/15-minute load averages: figures taken on a busy machine are slower."""
    return " ".join(f"{value:.1f}" for value in os.getloadavg())


def _analysis() -> int:
    """The DPA analysis figures (benchmarks/analysis.py, another module's `run()`)."""
    try:
        from benchmarks import analysis
    except ImportError:
        return 0
    try:
        for line in analysis.run():
            print(line, flush=True)
    except Exception:
        traceback.print_exc()
        return 1
    return 0


def main() -> int:
    work = Path(tempfile.mkdtemp(prefix="art28-bench-"))
    os.environ["DJANGO_SETTINGS_MODULE"] = "art28.settings"
    os.environ.setdefault("ART28_LOG_LEVEL", "WARNING")
    started = time.monotonic()
    try:
        from benchmarks.database import bench_database

        with bench_database(str(work / "data")) as engine:
            import django

            django.setup()
            from benchmarks import register

            print(f"bench: register on {engine}, load average {_load()}", file=sys.stderr)
            register.run(work, emit)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print(
        f"bench: register part took {time.monotonic() - started:.0f} s, load average {_load()}",
        file=sys.stderr,
    )
    return _analysis()


if __name__ == "__main__":
    sys.exit(main())
