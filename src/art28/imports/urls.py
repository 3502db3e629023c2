"""Document imports, addressed by UUID: pages `imports:<noun>`, forms `imports:<verb>-<noun>`."""

from __future__ import annotations

from django.urls import path

from art28.imports import views

app_name = "imports"

urlpatterns = [
    path("imports/", views.import_list, name="imports"),
    path(
        "controllers/<uuid:uuid>/imports/new/",
        views.controller_import_new,
        name="add-controller-import",
    ),
    path(
        "subprocessors/<uuid:uuid>/imports/new/",
        views.subprocessor_import_new,
        name="add-subprocessor-import",
    ),
    path("imports/<uuid:uuid>/", views.import_detail, name="import"),
    path("imports/<uuid:uuid>/status.json", views.import_status, name="import-status"),
    path("imports/<uuid:uuid>/file/", views.import_file, name="import-file"),
    path("imports/<uuid:uuid>/review/", views.import_review, name="review"),
]
