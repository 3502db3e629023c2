from __future__ import annotations

import datetime as dt

import pytest

from art28.demo.loader import LoadResult, load_demo

TODAY = dt.date(2026, 1, 31)
FAST_HASHER = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture
def fast_hashing(settings) -> None:
    """Argon2 takes most of a demo load; these tests are about the data, not the hasher."""
    settings.PASSWORD_HASHERS = FAST_HASHER


@pytest.fixture
def demo(db, fast_hashing) -> LoadResult:
    return load_demo(today=TODAY)
