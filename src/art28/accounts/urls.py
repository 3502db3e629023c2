from __future__ import annotations

from django.urls import path

from art28.accounts import views

app_name = "accounts"

urlpatterns = [
    path("login/", views.login, name="login"),
    path("login/code/", views.verify, name="verify"),
    path("enroll/", views.enroll, name="enroll"),
    path("recovery-codes/", views.recovery_codes, name="recovery-codes"),
    path("recovery-codes/new/", views.replace_recovery_codes, name="replace-recovery-codes"),
    path("logout/", views.logout, name="logout"),
    path("password/", views.change_password, name="change-password"),
]
