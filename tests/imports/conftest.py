"""Imports keep their files under MEDIA_ROOT: a fresh directory per test."""

from __future__ import annotations

import hashlib

import pytest
from django.core.files.base import ContentFile

from art28.analysis import analyse
from art28.imports.enums import ImportState
from art28.imports.models import DocumentImport
from tests.factories import make_subprocessor
from tests.imports.helpers import SEED_000, seed_text


@pytest.fixture(autouse=True)
def _media_root(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"


def make_import(organisation, *, state: str = ImportState.DONE, **fields) -> DocumentImport:
    """A finished analysis of seed 000 (as the worker leaves it), without running the worker."""
    content = SEED_000.read_bytes()
    document_import = DocumentImport(
        processor=organisation.processor,
        organisation=organisation,
        sha256=hashlib.sha256(content).hexdigest(),
        file_name=SEED_000.name,
        size=len(content),
        format="txt",
        state=state,
        text=seed_text(),
        result=analyse(SEED_000),
        **{"progress": 100, **fields},
    )
    document_import.file.save(SEED_000.name, ContentFile(content), save=False)
    document_import.save()
    return document_import


@pytest.fixture
def done_import(controller):
    return make_import(controller)


@pytest.fixture
def subprocessor(processor):
    return make_subprocessor(processor)
