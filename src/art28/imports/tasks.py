"""Background work for imports; runs in `art28 db_worker`."""

from __future__ import annotations

import logging

from django.utils import timezone
from django_tasks import task

from art28.imports import services
from art28.imports.models import DocumentImport

log = logging.getLogger(__name__)


@task()
def analyse_import(import_id: int) -> str:
    """Analyse one uploaded DPA if this worker wins the claim; returns the final state."""
    if not services.claim_import(import_id, now=timezone.now()):
        return "skipped"
    document_import = DocumentImport.objects.get(pk=import_id)
    services.run_analysis(document_import)
    log.info("import %s %s", import_id, document_import.state)
    return str(document_import.state)
