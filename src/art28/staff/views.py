"""The staff web interface. Each view: the scoped object, a form, one service, a redirect.

Pages that show a register, an agreement or an export append a "view" entry to the audit log.
"""

from __future__ import annotations

import uuid as uuid_module
from typing import Any

from django.contrib import messages
from django.core.paginator import Paginator
from django.db.models import Count, OuterRef, Prefetch, Subquery
from django.db.models.functions import Coalesce
from django.http import HttpRequest, HttpResponse, StreamingHttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.http import content_disposition_header
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from art28.accounts.access import get_scoped, staff_view
from art28.agreements.forms import AgreementTermsForm, NewAgreementForm
from art28.agreements.models import Agreement
from art28.agreements.services import create_agreement, update_agreement_terms
from art28.audit.models import AuditEntry
from art28.audit.services import record
from art28.measures.forms import MeasureForm
from art28.measures.models import Measure
from art28.measures.services import create_measure, update_measure
from art28.organisations.enums import OrganisationKind
from art28.organisations.forms import ContactForm, OrganisationForm, SubprocessorForm
from art28.organisations.models import Contact, Organisation, StaffFunction
from art28.organisations.services import (
    add_contact,
    create_controller,
    create_subprocessor,
    update_contact,
    update_organisation,
)
from art28.register.exports import ExportTooLarge, export_register
from art28.register.forms import ActivityForm, RegisterFilterForm
from art28.register.models import ProcessingActivity
from art28.register.services import create_activity, update_activity

READ = ("GET", "HEAD")
REGISTER_PAGE_SIZE = 100
LIST_PAGE_SIZE = 100
AUDIT_PAGE_SIZE = 50
# Columns of a register row's controller that the page does not show (not loaded).
CONTROLLER_UNSHOWN = [
    f"controller__{name}"
    for name in ("created_at", "updated_at", "address", "services", "countries", "website")
]


def _form_page(request: HttpRequest, form: Any, *, title: str, back: str) -> HttpResponse:
    return render(request, "staff/form.html", {"form": form, "title": title, "back": back})


# Overview and the processor itself -------------------------------------------------------


@staff_view(READ)
def home(request: HttpRequest) -> HttpResponse:
    processor = request.user.processor
    scope = Organisation.objects.for_processor(processor)
    today = timezone.localdate()
    context = {
        "processor": processor,
        "controller_count": scope.controllers().count(),
        "subprocessor_count": scope.subprocessors().count(),
        "agreement_count": Agreement.objects.for_processor(processor).in_force().count(),
        "activity_count": ProcessingActivity.objects.for_processor(processor).count(),
        "measures_due": Measure.objects.for_processor(processor)
        .review_due(today=today)
        .select_related("owner")[:10],
        "recent": AuditEntry.objects.filter(processor=processor.uuid).order_by("-seq")[:10],
    }
    return render(request, "staff/home.html", context)


@staff_view(READ)
def processor_detail(request: HttpRequest) -> HttpResponse:
    processor = request.user.processor
    context = {
        "processor": processor,
        "contacts": processor.contacts.all(),
        "functions": processor.staff_functions.all(),
        "templates": processor.agreement_templates.all(),
        "people": processor.staff.select_related("function").order_by("email"),
    }
    return render(request, "staff/processor_detail.html", context)


@staff_view(admin_only=True)
def processor_edit(request: HttpRequest) -> HttpResponse:
    processor = request.user.processor
    form = OrganisationForm(request.POST or None, instance=processor)
    if request.method == "POST" and form.is_valid():
        update_organisation(processor, by=request.user, data=form.cleaned_data)
        messages.success(request, _("The processor's details were saved."))
        return redirect("staff:processor")
    return _form_page(request, form, title=_("Edit processor"), back=reverse("staff:processor"))


# Controllers ------------------------------------------------------------------------------


@staff_view(READ)
def controller_list(request: HttpRequest) -> HttpResponse:
    query = request.GET.get("q", "").strip()
    controllers = Organisation.objects.for_processor(request.user.processor).controllers()
    if query:
        controllers = controllers.filter(name__icontains=query)
    controllers = controllers.annotate(
        agreement_count=_count_of(Agreement, "controller"),
        activity_count=_count_of(ProcessingActivity, "controller"),
    ).order_by("name")
    page = Paginator(controllers, LIST_PAGE_SIZE).get_page(request.GET.get("page"))
    return render(request, "staff/controller_list.html", {"page": page, "query": query})


def _count_of(model: Any, field: str) -> Coalesce:
    """The number of `model` rows pointing at each listed row, counted for that page only."""
    rows = model.objects.filter(**{field: OuterRef("pk")}).order_by().values(field)
    return Coalesce(Subquery(rows.annotate(n=Count("pk")).values("n")), 0)


@staff_view()
def controller_new(request: HttpRequest) -> HttpResponse:
    processor = request.user.processor
    blank = Organisation(kind=OrganisationKind.CONTROLLER, processor=processor)
    form = OrganisationForm(
        request.POST or None, instance=blank, initial={"registration_scheme": "kvk"}
    )
    if request.method == "POST" and form.is_valid():
        controller = create_controller(processor, by=request.user, data=form.cleaned_data)
        messages.success(request, _("%(name)s was added.") % {"name": controller.name})
        return redirect("staff:controller", uuid=controller.uuid)
    return _form_page(request, form, title=_("New controller"), back=reverse("staff:controllers"))


@staff_view(READ)
def controller_detail(request: HttpRequest, uuid: str) -> HttpResponse:
    controller = get_scoped(request, Organisation.objects.controllers(), uuid=uuid)
    context = {
        "controller": controller,
        "contacts": controller.contacts.all(),
        "agreements": controller.agreements_as_controller.select_related("template"),
        "activity_count": controller.activities.count(),
    }
    return render(request, "staff/controller_detail.html", context)


@staff_view()
def controller_edit(request: HttpRequest, uuid: str) -> HttpResponse:
    controller = get_scoped(request, Organisation.objects.controllers(), uuid=uuid)
    form = OrganisationForm(request.POST or None, instance=controller)
    if request.method == "POST" and form.is_valid():
        update_organisation(controller, by=request.user, data=form.cleaned_data)
        messages.success(request, _("The controller's details were saved."))
        return redirect("staff:controller", uuid=controller.uuid)
    back = reverse("staff:controller", kwargs={"uuid": controller.uuid})
    return _form_page(request, form, title=_("Edit controller"), back=back)


# The register of processing activities ----------------------------------------------------


def _list_options(activities: Any) -> tuple[list[str], list[str]]:
    """The data categories and data subjects that occur in these rows (filter suggestions)."""
    categories: set[str] = set()
    subjects: set[str] = set()
    for row_categories, row_subjects in activities.values_list("data_categories", "data_subjects"):
        categories.update(row_categories or [])
        subjects.update(row_subjects or [])
    return sorted(categories, key=str.lower), sorted(subjects, key=str.lower)


def _register_context(request: HttpRequest, activities: Any) -> dict[str, Any]:
    """Filter form and one page of rows.

    A page's keys are read first (from the register's index, so a deep page stays fast), then
    only those rows, with their functions and sub-processors prefetched into plain lists.
    """
    form = RegisterFilterForm(request.GET or None, processor=request.user.processor)
    matching = form.filter(activities)
    keys = matching.values_list("pk", flat=True)
    page = Paginator(keys, REGISTER_PAGE_SIZE).get_page(request.GET.get("page"))
    page.object_list = list(
        ProcessingActivity.objects.filter(pk__in=list(page.object_list))
        .select_related("controller")
        .defer("search_text", "created_at", "updated_at", *CONTROLLER_UNSHOWN)
        .prefetch_related(
            Prefetch("staff_functions", StaffFunction.objects.only("name"), "function_list"),
            Prefetch("subprocessors", Organisation.objects.only("name"), "subprocessor_list"),
        )
    )
    _add_row_links(page.object_list)
    return {"form": form, "page": page, "formats": ("csv", "xlsx", "json", "pdf")}


def _add_row_links(activities: list[ProcessingActivity]) -> None:
    """Each row's links, reversed once per page rather than once per row (a page has 100)."""
    zero = str(uuid_module.UUID(int=0))
    register_url = reverse("staff:controller-register", kwargs={"uuid": zero})
    edit_url = reverse("staff:edit-activity", kwargs={"uuid": zero})
    for activity in activities:
        activity.register_url = register_url.replace(zero, str(activity.controller.uuid))
        activity.edit_url = edit_url.replace(zero, str(activity.uuid))


def _record_view(request: HttpRequest, obj: Any, *, what: str) -> None:
    filters = {k: v for k, v in request.GET.items() if v}
    record(
        "view",
        by=request.user,
        processor=request.user.processor,
        obj=obj,
        summary=what,
        data={"page": what, **({"filters": filters} if filters else {})},
    )


@staff_view(READ)
def controller_register(request: HttpRequest, uuid: str) -> HttpResponse:
    controller = get_scoped(request, Organisation.objects.controllers(), uuid=uuid)
    activities = ProcessingActivity.objects.for_controller(controller)
    context = _register_context(request, activities)
    context["categories"], context["subjects"] = _list_options(activities)
    context["controller"] = controller
    _record_view(request, controller, what="register")
    return render(request, "staff/register.html", context)


@staff_view(READ)
def register(request: HttpRequest) -> HttpResponse:
    processor = request.user.processor
    activities = ProcessingActivity.objects.for_processor(processor)
    context = _register_context(request, activities)
    _record_view(request, processor, what="register")
    return render(request, "staff/register.html", context)


def _export(request: HttpRequest, fmt: str, *, controller: Organisation | None) -> HttpResponse:
    """Stream the register export (export_register wrote the audit entry), or say why not."""
    try:
        export = export_register(
            fmt,
            processor=request.user.processor,
            controller=controller,
            language=get_language(),
            by=request.user,
        )
    except ExportTooLarge as exc:
        messages.error(request, str(exc))
        if controller is None:
            return redirect("staff:register")
        return redirect("staff:controller-register", uuid=controller.uuid)
    response = StreamingHttpResponse(export.chunks(), content_type=export.content_type)
    response["Content-Disposition"] = content_disposition_header(True, export.filename)
    return response


@staff_view(READ)
def controller_register_export(request: HttpRequest, uuid: str, fmt: str) -> HttpResponse:
    controller = get_scoped(request, Organisation.objects.controllers(), uuid=uuid)
    return _export(request, fmt, controller=controller)


@staff_view(READ)
def register_export(request: HttpRequest, fmt: str) -> HttpResponse:
    return _export(request, fmt, controller=None)


@staff_view()
def activity_new(request: HttpRequest, uuid: str) -> HttpResponse:
    controller = get_scoped(request, Organisation.objects.controllers(), uuid=uuid)
    blank = ProcessingActivity(processor=controller.processor, controller=controller)
    form = ActivityForm(request.POST or None, instance=blank, controller=controller)
    if request.method == "POST" and form.is_valid():
        activity = create_activity(controller, by=request.user, data=form.cleaned_data)
        messages.success(
            request, _("“%(name)s” was added to the register.") % {"name": activity.name}
        )
        return redirect("staff:controller-register", uuid=controller.uuid)
    back = reverse("staff:controller-register", kwargs={"uuid": controller.uuid})
    return _form_page(request, form, title=_("New processing activity"), back=back)


@staff_view()
def activity_edit(request: HttpRequest, uuid: str) -> HttpResponse:
    queryset = ProcessingActivity.objects.select_related("controller__processor")
    activity = get_scoped(request, queryset, uuid=uuid)
    form = ActivityForm(request.POST or None, instance=activity, controller=activity.controller)
    if request.method == "POST" and form.is_valid():
        update_activity(activity, by=request.user, data=form.cleaned_data)
        messages.success(request, _("The processing activity was saved."))
        return redirect("staff:controller-register", uuid=activity.controller.uuid)
    back = reverse("staff:controller-register", kwargs={"uuid": activity.controller.uuid})
    return _form_page(request, form, title=_("Edit processing activity"), back=back)


# Sub-processors -----------------------------------------------------------------------------


@staff_view(READ)
def subprocessor_list(request: HttpRequest) -> HttpResponse:
    subprocessors = (
        Organisation.objects.for_processor(request.user.processor)
        .subprocessors()
        .annotate(activity_count=Count("subprocessed_activities"))
        .order_by("name")
    )
    page = Paginator(subprocessors, LIST_PAGE_SIZE).get_page(request.GET.get("page"))
    return render(request, "staff/subprocessor_list.html", {"page": page})


@staff_view(READ)
def subprocessor_detail(request: HttpRequest, uuid: str) -> HttpResponse:
    queryset = Organisation.objects.subprocessors()
    subprocessor = get_scoped(request, queryset, uuid=uuid)
    context = {
        "subprocessor": subprocessor,
        "contacts": subprocessor.contacts.all(),
        "activities": subprocessor.subprocessed_activities.select_related("controller"),
    }
    return render(request, "staff/subprocessor_detail.html", context)


@staff_view()
def subprocessor_new(request: HttpRequest) -> HttpResponse:
    processor = request.user.processor
    blank = Organisation(kind=OrganisationKind.SUBPROCESSOR, processor=processor)
    form = SubprocessorForm(request.POST or None, instance=blank)
    if request.method == "POST" and form.is_valid():
        subprocessor = create_subprocessor(processor, by=request.user, data=form.cleaned_data)
        messages.success(request, _("%(name)s was added.") % {"name": subprocessor.name})
        return redirect("staff:subprocessor", uuid=subprocessor.uuid)
    back = reverse("staff:subprocessors")
    return _form_page(request, form, title=_("New sub-processor"), back=back)


@staff_view()
def subprocessor_edit(request: HttpRequest, uuid: str) -> HttpResponse:
    subprocessor = get_scoped(request, Organisation.objects.subprocessors(), uuid=uuid)
    form = SubprocessorForm(request.POST or None, instance=subprocessor)
    if request.method == "POST" and form.is_valid():
        update_organisation(subprocessor, by=request.user, data=form.cleaned_data)
        messages.success(request, _("The sub-processor's details were saved."))
        return redirect("staff:subprocessor", uuid=subprocessor.uuid)
    back = reverse("staff:subprocessor", kwargs={"uuid": subprocessor.uuid})
    return _form_page(request, form, title=_("Edit sub-processor"), back=back)


# Contacts -----------------------------------------------------------------------------------

ORGANISATION_PAGES = {
    OrganisationKind.PROCESSOR: "staff:processor",
    OrganisationKind.CONTROLLER: "staff:controller",
    OrganisationKind.SUBPROCESSOR: "staff:subprocessor",
}


def _organisation_url(organisation: Organisation) -> str:
    if organisation.kind == OrganisationKind.PROCESSOR:
        return reverse(ORGANISATION_PAGES[organisation.kind])
    return reverse(ORGANISATION_PAGES[organisation.kind], kwargs={"uuid": organisation.uuid})


@staff_view()
def contact_new(request: HttpRequest, uuid: str) -> HttpResponse:
    organisation = get_scoped(request, Organisation.objects.all(), uuid=uuid)
    form = ContactForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        add_contact(organisation, by=request.user, data=form.cleaned_data)
        messages.success(request, _("The contact was added."))
        return redirect(_organisation_url(organisation))
    return _form_page(request, form, title=_("New contact"), back=_organisation_url(organisation))


@staff_view()
def contact_edit(request: HttpRequest, uuid: str) -> HttpResponse:
    contact = get_scoped(request, Contact.objects.select_related("organisation"), uuid=uuid)
    form = ContactForm(request.POST or None, instance=contact)
    if request.method == "POST" and form.is_valid():
        update_contact(contact, by=request.user, data=form.cleaned_data)
        messages.success(request, _("The contact was saved."))
        return redirect(_organisation_url(contact.organisation))
    back = _organisation_url(contact.organisation)
    return _form_page(request, form, title=_("Edit contact"), back=back)


# Agreements ---------------------------------------------------------------------------------


@staff_view()
def agreement_new(request: HttpRequest, uuid: str) -> HttpResponse:
    controller = get_scoped(request, Organisation.objects.controllers(), uuid=uuid)
    blank = Agreement(processor=controller.processor, controller=controller)
    form = NewAgreementForm(request.POST or None, instance=blank, processor=controller.processor)
    if request.method == "POST" and form.is_valid():
        agreement = create_agreement(controller, by=request.user, data=form.cleaned_data)
        messages.success(request, _("The agreement was created as a draft."))
        return redirect("staff:agreement", uuid=agreement.uuid)
    back = reverse("staff:controller", kwargs={"uuid": controller.uuid})
    return _form_page(request, form, title=_("New agreement"), back=back)


@staff_view(READ)
def agreement_detail(request: HttpRequest, uuid: str) -> HttpResponse:
    queryset = Agreement.objects.select_related("controller", "template")
    agreement = get_scoped(request, queryset, uuid=uuid)
    context = {
        "agreement": agreement,
        "signatures": agreement.signatures.all(),
        "annexes": agreement.annexes.all(),
        "exceptions": agreement.transfer_exceptions.all(),
        "measures": agreement.measures.all(),
        "activity_count": agreement.activities.count(),
    }
    _record_view(request, agreement, what="agreement")
    return render(request, "staff/agreement_detail.html", context)


@staff_view()
def agreement_terms_edit(request: HttpRequest, uuid: str) -> HttpResponse:
    queryset = Agreement.objects.select_related("controller")
    agreement = get_scoped(request, queryset, uuid=uuid)
    form = AgreementTermsForm(request.POST or None, instance=agreement)
    if request.method == "POST" and form.is_valid():
        update_agreement_terms(agreement, by=request.user, data=form.cleaned_data)
        messages.success(request, _("The agreement's terms were saved."))
        return redirect("staff:agreement", uuid=agreement.uuid)
    back = reverse("staff:agreement", kwargs={"uuid": agreement.uuid})
    return _form_page(request, form, title=_("Edit terms"), back=back)


# Measures -----------------------------------------------------------------------------------


@staff_view(READ)
def measure_list(request: HttpRequest) -> HttpResponse:
    today = timezone.localdate()
    measures = list(
        Measure.objects.for_processor(request.user.processor)
        .select_related("owner")
        .annotate(agreement_count=Count("agreements"))
        .order_by("position", "title")
    )
    for measure in measures:
        measure.review_due = measure.is_review_due(today=today)
    return render(request, "staff/measure_list.html", {"measures": measures, "today": today})


@staff_view()
def measure_new(request: HttpRequest) -> HttpResponse:
    processor = request.user.processor
    form = MeasureForm(request.POST or None, processor=processor)
    if request.method == "POST" and form.is_valid():
        measure = create_measure(processor, by=request.user, data=form.cleaned_data)
        messages.success(request, _("“%(title)s” was added.") % {"title": measure.title})
        return redirect("staff:measures")
    return _form_page(request, form, title=_("New measure"), back=reverse("staff:measures"))


@staff_view()
def measure_edit(request: HttpRequest, uuid: str) -> HttpResponse:
    processor = request.user.processor
    measure = get_scoped(request, Measure.objects.all(), uuid=uuid)
    form = MeasureForm(request.POST or None, instance=measure, processor=processor)
    if request.method == "POST" and form.is_valid():
        update_measure(measure, by=request.user, data=form.cleaned_data)
        messages.success(request, _("The measure was saved."))
        return redirect("staff:measures")
    return _form_page(request, form, title=_("Edit measure"), back=reverse("staff:measures"))


# Audit log ----------------------------------------------------------------------------------


@staff_view(READ)
def audit_log(request: HttpRequest) -> HttpResponse:
    entries = AuditEntry.objects.filter(processor=request.user.processor.uuid)
    actions = entries.order_by("action").values_list("action", flat=True).distinct()
    action = request.GET.get("action", "")
    if action:
        entries = entries.filter(action=action)
    page = Paginator(entries.order_by("-seq"), AUDIT_PAGE_SIZE).get_page(request.GET.get("page"))
    context = {"page": page, "actions": list(actions), "action": action}
    return render(request, "staff/audit_log.html", context)
