"""An uploaded DPA, its analysis in the background, and what the reviewer confirmed."""

from __future__ import annotations

from pathlib import PurePath

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from art28.core.models import Entity
from art28.imports.enums import DocumentFormat, ImportState
from art28.organisations.enums import OrganisationKind

MAX_UPLOAD_BYTES = 50 * 1024 * 1024  # the analysis refuses larger files too
EXTENSIONS = {
    ".pdf": "pdf",
    ".docx": "docx",
    ".html": "html",
    ".htm": "html",
    ".md": "md",
    ".txt": "txt",
}


# The analysis gives its reasons in English; these beginnings have a translated sentence.
REASONS = [
    ("encrypted PDF", _("The PDF is encrypted: a password is needed to read it.")),
    ("damaged PDF", _("The PDF is damaged and cannot be read.")),
    (
        "PDF without a text layer",
        _("The PDF has no text layer (a scanned image?): there is no text to read."),
    ),
    ("damaged DOCX", _("The Word file is damaged: it is not a valid DOCX document.")),
    (
        "password-protected or old-style",
        _("A password-protected or old-style Word file: save it as an unprotected DOCX."),
    ),
    (
        "not a data processing agreement",
        _(
            "This is not a data processing agreement: it mentions no personal data, processor "
            "or controller."
        ),
    ),
    ("empty file", _("The file is empty.")),
    ("no text", _("There is no text in the file.")),
]


def upload_path(document_import: DocumentImport, file_name: str) -> str:
    """Stored under MEDIA_ROOT by the import's UUID; the name the user gave is kept apart."""
    suffix = PurePath(file_name).suffix.lower()
    return f"imports/{document_import.uuid}{suffix}"


class DocumentImportQuerySet(models.QuerySet):
    def for_processor(self, processor: object) -> DocumentImportQuerySet:
        return self.filter(processor=processor)


class DocumentImport(Entity):
    """One uploaded DPA for a controller or a sub-processor: queued → running → done | failed."""

    processor = models.ForeignKey(
        "organisations.Organisation",
        verbose_name=_("processor"),
        on_delete=models.CASCADE,
        related_name="+",
    )
    organisation = models.ForeignKey(
        "organisations.Organisation",
        verbose_name=_("controller or sub-processor"),
        on_delete=models.CASCADE,
        related_name="document_imports",
    )
    file = models.FileField(_("original file"), upload_to=upload_path, max_length=200)
    sha256 = models.CharField(_("SHA-256"), max_length=64)
    file_name = models.CharField(_("file name"), max_length=255)
    size = models.PositiveBigIntegerField(_("size (bytes)"))
    format = models.CharField(_("format"), max_length=8, choices=DocumentFormat.choices)
    state = models.CharField(
        _("state"), max_length=16, choices=ImportState.choices, default=ImportState.QUEUED
    )
    progress = models.PositiveSmallIntegerField(_("progress (%)"), default=0)
    error = models.TextField(_("reason it failed"), blank=True)
    text = models.TextField(_("extracted text"), blank=True)
    result = models.JSONField(_("analysis result"), null=True, blank=True)
    reviewed = models.JSONField(_("reviewed values"), null=True, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("uploaded by"),
        on_delete=models.SET_NULL,
        null=True,
        related_name="+",
    )
    started_at = models.DateTimeField(_("analysis started at"), null=True, blank=True)
    finished_at = models.DateTimeField(_("analysis finished at"), null=True, blank=True)
    confirmed_at = models.DateTimeField(_("confirmed at"), null=True, blank=True)
    confirmed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("confirmed by"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    agreement = models.ForeignKey(
        "agreements.Agreement",
        verbose_name=_("draft agreement"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="document_imports",
    )

    objects = DocumentImportQuerySet.as_manager()

    class Meta:
        verbose_name = _("document import")
        verbose_name_plural = _("document imports")
        ordering = ["-created_at", "-id"]
        constraints = [
            models.CheckConstraint(condition=Q(progress__lte=100), name="import_progress_max_100"),
            models.CheckConstraint(
                condition=Q(confirmed_at__isnull=True) | Q(state=ImportState.DONE),
                name="import_confirmed_only_when_done",
            ),
        ]
        indexes = [models.Index(fields=["processor", "-created_at"], name="import_list_idx")]

    def __str__(self) -> str:
        return self.file_name

    @property
    def reason(self) -> str:
        """Why the analysis failed, translated where the analysis' reason is a known one."""
        for start, sentence in REASONS:
            if self.error.startswith(start):
                return str(sentence)
        return self.error

    @property
    def is_finished(self) -> bool:
        return self.state in (ImportState.DONE, ImportState.FAILED)

    @property
    def is_confirmed(self) -> bool:
        return self.confirmed_at is not None

    @property
    def for_controller(self) -> bool:
        return self.organisation.kind == OrganisationKind.CONTROLLER
