from __future__ import annotations

from django.urls import include, path

urlpatterns = [
    path("i18n/", include("django.conf.urls.i18n")),
    path("accounts/", include("art28.accounts.urls")),
    path("", include("art28.staff.urls")),
    path("", include("art28.imports.urls")),
]
