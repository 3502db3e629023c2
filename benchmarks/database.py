"""The bench's own database: a temporary SQLite file, or `art28_bench` on the PostgreSQL server."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from urllib.parse import urlsplit, urlunsplit

BENCH_DATABASE = "art28_bench"


def is_postgres(url: str) -> bool:
    return urlsplit(url).scheme in {"postgres", "postgresql", "pgsql", "postgis"}


def _with_database(url: str, name: str) -> str:
    parts = urlsplit(url)
    return urlunsplit(parts._replace(path="/" + name))


def _admin_connect(url: str):  # type: ignore[no-untyped-def]
    import psycopg

    parts = urlsplit(_with_database(url, "postgres"))
    return psycopg.connect(
        host=parts.hostname or "127.0.0.1",
        port=parts.port or 5432,
        user=parts.username or "postgres",
        password=parts.password,
        dbname="postgres",
        autocommit=True,
    )


def _recreate(url: str) -> None:
    with _admin_connect(url) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{BENCH_DATABASE}" WITH (FORCE)')
        conn.execute(f'CREATE DATABASE "{BENCH_DATABASE}"')


def _drop(url: str) -> None:
    with _admin_connect(url) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{BENCH_DATABASE}" WITH (FORCE)')


@contextmanager
def bench_database(data_dir: str) -> Iterator[str]:
    """Point ART28_DATA_DIR (and ART28_DATABASE_URL on PostgreSQL) at the bench's own store."""
    os.environ["ART28_DATA_DIR"] = data_dir
    url = os.environ.get("ART28_DATABASE_URL", "")
    if not url or not is_postgres(url):
        yield "sqlite"
        return
    _recreate(url)
    os.environ["ART28_DATABASE_URL"] = _with_database(url, BENCH_DATABASE)
    try:
        yield "postgresql"
    finally:
        from django.db import connections

        connections.close_all()
        _drop(url)
        os.environ["ART28_DATABASE_URL"] = url
