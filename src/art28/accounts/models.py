"""Staff accounts: one processor each, a role and optionally a staff function."""

from __future__ import annotations

import uuid

from django.contrib.auth.models import AbstractUser, BaseUserManager
from django.db import models
from django.utils.translation import gettext_lazy as _

from art28.accounts.enums import Role


class UserManager(BaseUserManager["User"]):
    use_in_migrations = True

    def _create(self, email: str, password: str | None, **fields: object) -> User:
        if not email:
            raise ValueError("An e-mail address is required.")
        user = self.model(email=self.normalize_email(email).lower(), **fields)
        user.set_password(password)
        user.save(using=self._db)
        return user

    def create_user(self, email: str, password: str | None = None, **fields: object) -> User:
        fields.setdefault("is_staff", False)
        fields.setdefault("is_superuser", False)
        return self._create(email, password, **fields)

    def create_superuser(self, email: str, password: str | None = None, **fields: object) -> User:
        fields.update(is_staff=True, is_superuser=True)
        return self._create(email, password, **fields)


class User(AbstractUser):
    """A person who logs in with e-mail, password and a TOTP code."""

    username = None  # type: ignore[assignment]
    uuid = models.UUIDField(_("identifier"), default=uuid.uuid4, unique=True, editable=False)
    email = models.EmailField(_("e-mail address"), unique=True)
    processor = models.ForeignKey(
        "organisations.Organisation",
        verbose_name=_("processor"),
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="staff",
    )
    role = models.CharField(_("role"), max_length=16, choices=Role.choices, default=Role.READ_ONLY)
    function = models.ForeignKey(
        "organisations.StaffFunction",
        verbose_name=_("staff function"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="staff",
    )
    language = models.CharField(_("language"), max_length=8, default="nl")

    USERNAME_FIELD = "email"
    REQUIRED_FIELDS: list[str] = []

    objects = UserManager()

    class Meta:
        verbose_name = _("user")
        verbose_name_plural = _("users")

    def __str__(self) -> str:
        return self.get_full_name() or self.email

    @property
    def can_write(self) -> bool:
        return self.role in (Role.ADMINISTRATOR, Role.STAFF)

    @property
    def is_administrator(self) -> bool:
        return self.role == Role.ADMINISTRATOR
