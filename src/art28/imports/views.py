"""Import a DPA: upload on a controller or sub-processor, follow the analysis, review, confirm."""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.core.paginator import Paginator
from django.http import FileResponse, HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from art28.accounts.access import get_scoped, staff_view
from art28.agreements.models import Agreement
from art28.audit.services import record
from art28.imports.enums import ImportState
from art28.imports.forms import ActivityFormSet, ReviewTermsForm, UploadForm, activity_rows
from art28.imports.models import DocumentImport
from art28.imports.review import activities_initial, agreement_initial, checklist_with_marks
from art28.imports.services import AlreadyConfirmed, confirm_import, create_import
from art28.organisations.enums import OrganisationKind
from art28.organisations.models import Organisation

READ = ("GET", "HEAD")
LIST_PAGE_SIZE = 50
STATUS_REFRESH_SECONDS = 2


def _imports() -> Any:
    return DocumentImport.objects.select_related("organisation", "agreement")


def upload_url(organisation: Organisation) -> str:
    """Where a controller's or a sub-processor's DPA is uploaded."""
    name = (
        "add-controller-import"
        if organisation.kind == OrganisationKind.CONTROLLER
        else ("add-subprocessor-import")
    )
    return reverse(f"imports:{name}", kwargs={"uuid": organisation.uuid})


@staff_view()
def controller_import_new(request: HttpRequest, uuid: str) -> HttpResponse:
    controller = get_scoped(request, Organisation.objects.controllers(), uuid=uuid)
    return _upload(request, controller, back=reverse("staff:controller", args=[controller.uuid]))


@staff_view()
def subprocessor_import_new(request: HttpRequest, uuid: str) -> HttpResponse:
    subprocessor = get_scoped(request, Organisation.objects.subprocessors(), uuid=uuid)
    back = reverse("staff:subprocessor", args=[subprocessor.uuid])
    return _upload(request, subprocessor, back=back)


def _upload(request: HttpRequest, organisation: Organisation, *, back: str) -> HttpResponse:
    form = UploadForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        upload = form.cleaned_data["file"]
        document_import = create_import(organisation, by=request.user, upload=upload)
        return redirect("imports:import", uuid=document_import.uuid)
    context = {"form": form, "organisation": organisation, "back": back}
    status = 400 if form.is_bound else 200
    return render(request, "imports/upload.html", context, status=status)


@staff_view(READ)
def import_list(request: HttpRequest) -> HttpResponse:
    imports = (
        DocumentImport.objects.for_processor(request.user.processor)
        .select_related("organisation", "agreement", "created_by")
        .defer("text", "result", "reviewed")
    )
    page = Paginator(imports, LIST_PAGE_SIZE).get_page(request.GET.get("page"))
    return render(request, "imports/import_list.html", {"page": page})


@staff_view(READ)
def import_detail(request: HttpRequest, uuid: str) -> HttpResponse:
    """The analysis' progress; once it is done, the review page."""
    document_import = get_scoped(request, _imports().defer("text", "result"), uuid=uuid)
    if document_import.state == ImportState.DONE:
        return redirect("imports:review", uuid=document_import.uuid)
    context = {
        "import": document_import,
        "refresh": STATUS_REFRESH_SECONDS,
        "upload_url": upload_url(document_import.organisation),
    }
    return render(request, "imports/status.html", context)


@staff_view(READ)
def import_status(request: HttpRequest, uuid: str) -> JsonResponse:
    document_import = get_scoped(
        request,
        DocumentImport.objects.only("uuid", "processor", "state", "progress", "error"),
        uuid=uuid,
    )
    return JsonResponse(
        {
            "state": document_import.state,
            "state_display": document_import.get_state_display(),
            "progress": document_import.progress,
            "error": document_import.reason,
            "review_url": reverse("imports:review", args=[document_import.uuid])
            if document_import.state == ImportState.DONE
            else None,
        }
    )


@staff_view(READ)
def import_file(request: HttpRequest, uuid: str) -> FileResponse:
    """The original file as uploaded (its SHA-256 is on the review page)."""
    document_import = get_scoped(request, DocumentImport.objects.defer("text", "result"), uuid=uuid)
    record(
        "view",
        by=request.user,
        processor=document_import.processor,
        obj=document_import,
        summary=document_import.file_name,
        data={"sha256": document_import.sha256},
    )
    return FileResponse(
        document_import.file.open("rb"), as_attachment=True, filename=document_import.file_name
    )


@staff_view()
def import_review(request: HttpRequest, uuid: str) -> HttpResponse:
    """GET: the document beside its terms, activities and checklist. POST: confirm them."""
    document_import = get_scoped(request, _imports(), uuid=uuid)
    if document_import.state != ImportState.DONE:
        return redirect("imports:import", uuid=document_import.uuid)
    if document_import.is_confirmed:
        return _confirmed(request, document_import)
    result = document_import.result or {}
    agreement = Agreement(
        processor=document_import.processor, controller=document_import.organisation
    )
    form = ReviewTermsForm(
        request.POST or None, instance=agreement, initial=agreement_initial(result), prefix="terms"
    )
    # Register rows belong to a controller; a sub-processor's DPA has none to confirm.
    formset = (
        ActivityFormSet(
            request.POST or None, initial=activities_initial(result), prefix="activities"
        )
        if document_import.for_controller
        else None
    )
    if request.method == "POST" and form.is_valid() and (formset is None or formset.is_valid()):
        data = {
            "agreement": form.terms(),
            "transfer_exceptions": form.cleaned_data["transfer_exceptions"],
            "activities": activity_rows(formset) if formset is not None else [],
        }
        try:
            confirmed = confirm_import(document_import, by=request.user, data=data)
        except AlreadyConfirmed:
            return _confirmed(request, document_import, status=409)
        messages.success(request, _("The import was confirmed and saved."))
        if confirmed.agreement is not None:
            return redirect("staff:agreement", uuid=confirmed.agreement.uuid)
        return redirect("imports:review", uuid=confirmed.uuid)
    return _review_page(request, document_import, form, formset)


def _review_page(
    request: HttpRequest, document_import: DocumentImport, form: Any, formset: Any
) -> HttpResponse:
    result = document_import.result or {}
    language = "nl" if (get_language() or "nl").startswith("nl") else "en"
    text, checklist = checklist_with_marks(
        document_import.text, result.get("checklist", []), language
    )
    context = {
        "import": document_import,
        "result": result,
        "text": text,
        "checklist": checklist,
        "form": form,
        "formset": formset,
    }
    status = 400 if form.is_bound else 200
    return render(request, "imports/review.html", context, status=status)


def _confirmed(
    request: HttpRequest, document_import: DocumentImport, *, status: int = 200
) -> HttpResponse:
    if request.method == "POST":
        status = 409
        messages.error(request, _("This import was confirmed before; nothing was saved again."))
    context = {"import": document_import}
    return render(request, "imports/confirmed.html", context, status=status)
