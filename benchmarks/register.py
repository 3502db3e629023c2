"""The register bench: page latency through gunicorn, queries per page, export time and memory."""

from __future__ import annotations

import random
import re
import statistics
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

CONTROLLERS = 2000
SMALL_CONTROLLERS = 182  # 182 x 11 = 2,002 rows: the "2k" export beside the 22,000-row one
REQUESTS = 200
WARMUP = 10
ROW = re.compile(rb"<tr\b[^>]*\bclass=\"[^\"]*\bactivity\b")

Emit = Callable[[str, float, str], None]


def _register_path(page: int) -> str:
    from django.urls import reverse

    return f"{reverse('staff:register')}?page={page}"


def _percentile(values: list[float], pct: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(pct / 100 * (len(ordered) - 1)))]


def rows_on(body: bytes) -> int:
    return len(ROW.findall(body))


def time_pages(
    port: int, cookie: str, pages: int, cpu: Callable[[], float]
) -> tuple[list[float], float]:
    """GET REQUESTS register pages in a shuffled order: milliseconds each, and the web
    workers' CPU seconds for all of them (a figure a busy machine does not inflate much)."""
    from benchmarks.web import get

    order = [1 + i % pages for i in range(REQUESTS)]
    random.Random(28).shuffle(order)  # noqa: S311 - a fixed, reproducible order
    for page in order[:WARMUP]:
        get(port, _register_path(page), cookie)
    timings = []
    cpu_before = cpu()
    for page in order:
        status, body, seconds = get(port, _register_path(page), cookie)
        if status != 200 or rows_on(body) != 100:
            raise RuntimeError(f"page {page}: HTTP {status} with {rows_on(body)} rows, not 100")
        timings.append(seconds * 1000)
    return timings, cpu() - cpu_before


def count_queries(user, device, page: int) -> int:  # type: ignore[no-untyped-def]
    """Queries of one register page, through the test client in this process."""
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    from benchmarks.seed import session_cookie

    name, value = session_cookie(user, device)
    client = Client()
    client.cookies[name] = value
    with CaptureQueriesContext(connection) as captured:
        response = client.get(_register_path(page))
    if response.status_code != 200:
        raise RuntimeError(f"in-process register page {page}: HTTP {response.status_code}")
    return len(captured.captured_queries)


def export_in_subprocess(
    processor_uuid: str, fmt: str, out: Path
) -> tuple[int, float, float, float]:
    """Rows, seconds, CPU seconds and peak MB of one export, run in a fresh interpreter."""
    result = subprocess.run(  # noqa: S603 - our own interpreter and module
        [sys.executable, "-m", "benchmarks.export_probe", processor_uuid, fmt, str(out)],
        capture_output=True,
        text=True,
        check=False,
        cwd=Path(__file__).resolve().parents[1],
    )
    if result.returncode != 0:
        raise RuntimeError(f"export probe failed:\n{result.stderr[-3000:]}")
    rows, seconds, cpu, peak = result.stdout.split()[-4:]
    return int(rows), float(seconds), float(cpu), float(peak)


def bench_pages(seeded, work: Path, emit: Emit) -> None:  # type: ignore[no-untyped-def]
    from benchmarks.seed import session_cookie
    from benchmarks.web import gunicorn, workers_cpu_seconds

    name, value = session_cookie(seeded.user, seeded.device)
    pages = seeded.activities // 100
    with gunicorn(work) as (port, pid):
        timings, cpu = time_pages(port, f"{name}={value}", pages, lambda: workers_cpu_seconds(pid))
    emit("register_page_p50", statistics.median(timings), "ms")
    emit("register_page_p95", _percentile(timings, 95), "ms")
    emit("register_page_worker_cpu_mean", cpu * 1000 / len(timings), "ms")
    first, middle = (count_queries(seeded.user, seeded.device, p) for p in (1, pages // 2))
    if first != middle:
        print(
            f"bench: queries differ between page 1 ({first}) and {pages // 2} ({middle})",
            file=sys.stderr,
        )
    emit("register_page_queries", max(first, middle), "queries")


def bench_export(big, small, work: Path, emit: Emit) -> None:  # type: ignore[no-untyped-def]
    rows, seconds, cpu, peak = export_in_subprocess(
        str(big.processor.uuid), "xlsx", work / "big.xlsx"
    )
    if rows != big.activities:
        raise RuntimeError(f"export wrote {rows} rows, not {big.activities}")
    *_rest, small_peak = export_in_subprocess(
        str(small.processor.uuid), "xlsx", work / "small.xlsx"
    )
    emit("register_export_xlsx", seconds, "s")
    emit("register_export_xlsx_cpu", cpu, "s")
    emit("register_export_peak_mb", peak, "MB")
    emit("register_export_peak_mb_2k", small_peak, "MB")


def run(work: Path, emit: Emit) -> None:
    """Seed, then measure pages and exports; each figure goes to `emit` as soon as it is known."""
    from django.core.management import call_command

    from benchmarks.seed import seed_processor, settle

    call_command("migrate", "--noinput", verbosity=0)
    call_command("collectstatic", "--noinput", verbosity=0)
    big = seed_processor("Bench Processor B.V.", CONTROLLERS, "bench@processor.example")
    small = seed_processor("Small Processor B.V.", SMALL_CONTROLLERS, "bench@small.example")
    settle()
    bench_pages(big, work, emit)
    bench_export(big, small, work, emit)
