from __future__ import annotations

from django.urls import path

from art28.staff import views

app_name = "staff"

urlpatterns = [
    path("", views.home, name="home"),
]
