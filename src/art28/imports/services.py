"""Writes on document imports: upload, claim and analyse (the worker), confirm (the reviewer).

Nothing of an import reaches the agreements or the register before `confirm_import`, which
saves the draft agreement, its transfer exceptions and the register rows in one transaction.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import logging
from collections.abc import Mapping
from pathlib import PurePath
from typing import Any

from django.core.files.uploadedfile import UploadedFile
from django.db import transaction
from django.utils import timezone

from art28.accounts.models import User
from art28.agreements.models import Agreement, TransferException
from art28.agreements.services import create_agreement
from art28.analysis.extract import UnreadableDocument, read_document
from art28.analysis.report import looks_like_dpa, report
from art28.audit.services import record
from art28.core.changes import plain
from art28.imports.enums import ImportState
from art28.imports.models import EXTENSIONS, DocumentImport
from art28.organisations.models import Organisation, StaffFunction
from art28.register.services import create_activity

log = logging.getLogger(__name__)
NOT_A_DPA = "not a data processing agreement (no personal data, no processor or controller)"


class AlreadyConfirmed(Exception):
    """The import was confirmed before; a second confirm would duplicate the agreement."""


def sha256_of(upload: UploadedFile) -> str:
    digest = hashlib.sha256()
    for chunk in upload.chunks():
        digest.update(chunk)
    upload.seek(0)
    return digest.hexdigest()


@transaction.atomic
def create_import(organisation: Organisation, *, by: User, upload: UploadedFile) -> DocumentImport:
    """Keep the original file with its SHA-256 and queue its analysis (in this transaction)."""
    name = PurePath(upload.name or "document").name
    document_import = DocumentImport(
        processor=organisation.processor,
        organisation=organisation,
        sha256=sha256_of(upload),
        file_name=name[:255],
        size=upload.size or 0,
        format=EXTENSIONS[PurePath(name).suffix.lower()],
        created_by=by,
    )
    document_import.file.save(name, upload, save=False)
    document_import.save()
    record(
        "create",
        by=by,
        processor=organisation.processor,
        obj=document_import,
        summary=f"{organisation.name}: {document_import.file_name}",
        data={
            "sha256": document_import.sha256,
            "size": document_import.size,
            "organisation": str(organisation.uuid),
        },
    )
    from art28.imports.tasks import analyse_import  # the task module imports this one

    analyse_import.enqueue(document_import.pk)
    return document_import


def claim_import(import_id: int, *, now: dt.datetime) -> bool:
    """queued → running for one worker only; False when another worker has it already."""
    claimed = DocumentImport.objects.filter(pk=import_id, state=ImportState.QUEUED).update(
        state=ImportState.RUNNING, progress=10, started_at=now
    )
    return bool(claimed)


STALLED_AFTER = dt.timedelta(minutes=10)


def requeue_stalled_imports(*, now: dt.datetime) -> int:
    """The sweep: an analysis whose worker died (running for too long) is queued again."""
    from art28.imports.tasks import analyse_import

    stalled = DocumentImport.objects.filter(
        state=ImportState.RUNNING, started_at__lt=now - STALLED_AFTER
    ).values_list("pk", flat=True)
    requeued = 0
    for import_id in stalled:
        with transaction.atomic():
            if DocumentImport.objects.filter(
                pk=import_id, state=ImportState.RUNNING, started_at__lt=now - STALLED_AFTER
            ).update(state=ImportState.QUEUED, progress=0):
                analyse_import.enqueue(import_id)
                requeued += 1
    return requeued


def _set_progress(document_import: DocumentImport, progress: int) -> None:
    document_import.progress = progress
    DocumentImport.objects.filter(pk=document_import.pk).update(progress=progress)


def run_analysis(document_import: DocumentImport, *, now: dt.datetime | None = None) -> None:
    """Analyse a claimed import: store the result, or the one-line reason it cannot be read."""
    try:
        document = read_document(document_import.file.path)
        _set_progress(document_import, 50)
        if not looks_like_dpa(document.text):
            raise UnreadableDocument(NOT_A_DPA)
        result = report(document, document_import.file_name)
    except UnreadableDocument as exc:
        _finish(document_import, state=ImportState.FAILED, error=str(exc), now=now)
        return
    except Exception as exc:  # one bad file must not stop the worker; say what went wrong
        log.exception("analysis of import %s failed", document_import.pk)
        error = f"cannot analyse ({type(exc).__name__})"
        _finish(document_import, state=ImportState.FAILED, error=error, now=now)
        return
    _finish(document_import, state=ImportState.DONE, result=result, text=document.text, now=now)


def _finish(
    document_import: DocumentImport, *, state: str, now: dt.datetime | None, **fields: Any
) -> None:
    fields.update(state=state, progress=100, finished_at=now or timezone.now())
    DocumentImport.objects.filter(pk=document_import.pk, state=ImportState.RUNNING).update(**fields)
    for name, value in fields.items():
        setattr(document_import, name, value)


@transaction.atomic
def confirm_import(
    document_import: DocumentImport,
    *,
    by: User,
    data: Mapping[str, Any],
    now: dt.datetime | None = None,
) -> DocumentImport:
    """Save what the reviewer confirmed; raises AlreadyConfirmed on a second confirm.

    data: "agreement" (the terms form's cleaned data), "transfer_exceptions" (names) and
    "activities" (the rows' cleaned data). For a controller this creates a draft agreement
    and its register rows; for a sub-processor the reviewed values are kept on the import.
    """
    now = now or timezone.now()
    claimed = DocumentImport.objects.filter(
        pk=document_import.pk, state=ImportState.DONE, confirmed_at__isnull=True
    ).update(confirmed_at=now, confirmed_by=by)
    if not claimed:
        raise AlreadyConfirmed
    current = DocumentImport.objects.select_related("organisation").get(pk=document_import.pk)
    current.reviewed = plain_values(data)
    if current.for_controller:
        current.agreement = _save_agreement(current, by=by, data=data)
    current.save(update_fields=["reviewed", "agreement", "updated_at"])
    record(
        "confirm",
        by=by,
        processor=current.processor,
        obj=current,
        summary=f"{current.organisation.name}: {current.file_name}",
        data={
            "agreement": str(current.agreement.uuid) if current.agreement else None,
            "activities": len(data.get("activities", [])),
            "sha256": current.sha256,
        },
        now=now,
    )
    return current


def plain_values(data: Mapping[str, Any]) -> dict[str, Any]:
    """The reviewed values, JSON-safe (decimals as text, dates ISO)."""
    return {
        "agreement": {k: plain(v) for k, v in data.get("agreement", {}).items()},
        "transfer_exceptions": list(data.get("transfer_exceptions", [])),
        "activities": [{k: plain(v) for k, v in row.items()} for row in data.get("activities", [])],
    }


def _save_agreement(
    document_import: DocumentImport, *, by: User, data: Mapping[str, Any]
) -> Agreement:
    controller = document_import.organisation
    agreement = create_agreement(controller, by=by, data=dict(data.get("agreement", {})))
    for name in data.get("transfer_exceptions", []):
        exception = TransferException.objects.create(agreement=agreement, name=name[:200])
        record("create", by=by, processor=agreement.processor, obj=exception, summary=name)
    for position, row in enumerate(data.get("activities", []), start=1):
        functions = [
            _staff_function(controller.processor, n, by=by) for n in row.get("staff_functions", [])
        ]
        fields = {k: v for k, v in row.items() if k != "staff_functions"}
        create_activity(
            controller,
            by=by,
            data={
                **fields,
                "position": position,
                "agreement": agreement,
                "staff_functions": functions,
            },
        )
    return agreement


def _staff_function(processor: Organisation, name: str, *, by: User) -> StaffFunction:
    """The processor's function of that name (case-insensitive), added when it is new."""
    name = name.strip()[:100]
    existing = StaffFunction.objects.filter(processor=processor, name__iexact=name).first()
    if existing is not None:
        return existing
    function = StaffFunction.objects.create(processor=processor, name=name)
    record("create", by=by, processor=processor, obj=function, summary=name)
    return function
