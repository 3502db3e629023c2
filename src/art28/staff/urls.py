"""Staff pages, objects addressed by UUID. Pages are `staff:<noun>`, forms `staff:<verb>-<noun>`."""

from __future__ import annotations

from django.urls import path, register_converter

from art28.staff import views

app_name = "staff"


class ExportFormatConverter:
    """The register export formats; any other suffix is a 404."""

    regex = "csv|xlsx|json|pdf"

    def to_python(self, value: str) -> str:
        return value

    def to_url(self, value: str) -> str:
        return value


register_converter(ExportFormatConverter, "fmt")

urlpatterns = [
    path("", views.home, name="home"),
    path("processor/", views.processor_detail, name="processor"),
    path("processor/edit/", views.processor_edit, name="edit-processor"),
    path("controllers/", views.controller_list, name="controllers"),
    path("controllers/new/", views.controller_new, name="add-controller"),
    path("controllers/<uuid:uuid>/", views.controller_detail, name="controller"),
    path("controllers/<uuid:uuid>/edit/", views.controller_edit, name="edit-controller"),
    path(
        "controllers/<uuid:uuid>/register/", views.controller_register, name="controller-register"
    ),
    path(
        "controllers/<uuid:uuid>/register/export.<fmt:fmt>",
        views.controller_register_export,
        name="controller-register-export",
    ),
    path("controllers/<uuid:uuid>/register/new/", views.activity_new, name="add-activity"),
    path("controllers/<uuid:uuid>/agreements/new/", views.agreement_new, name="add-agreement"),
    path("activities/<uuid:uuid>/edit/", views.activity_edit, name="edit-activity"),
    path("register/", views.register, name="register"),
    path("register/export.<fmt:fmt>", views.register_export, name="register-export"),
    path("subprocessors/", views.subprocessor_list, name="subprocessors"),
    path("subprocessors/new/", views.subprocessor_new, name="add-subprocessor"),
    path("subprocessors/<uuid:uuid>/", views.subprocessor_detail, name="subprocessor"),
    path("subprocessors/<uuid:uuid>/edit/", views.subprocessor_edit, name="edit-subprocessor"),
    path("organisations/<uuid:uuid>/contacts/new/", views.contact_new, name="add-contact"),
    path("contacts/<uuid:uuid>/edit/", views.contact_edit, name="edit-contact"),
    path("agreements/<uuid:uuid>/", views.agreement_detail, name="agreement"),
    path("agreements/<uuid:uuid>/terms/", views.agreement_terms_edit, name="edit-agreement"),
    path("measures/", views.measure_list, name="measures"),
    path("measures/new/", views.measure_new, name="add-measure"),
    path("measures/<uuid:uuid>/edit/", views.measure_edit, name="edit-measure"),
    path("audit/", views.audit_log, name="audit-log"),
]
