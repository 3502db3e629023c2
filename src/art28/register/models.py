"""The processor's record of processing activities per controller (GDPR Art. 30(2))."""

from __future__ import annotations

from django.db import connections, models
from django.db.models.expressions import RawSQL
from django.utils.translation import gettext_lazy as _

from art28.core.models import Entity
from art28.register.enums import RetentionKind


class ActivityQuerySet(models.QuerySet):
    def for_processor(self, processor: object) -> ActivityQuerySet:
        return self.filter(processor=processor)

    def for_controller(self, controller: object) -> ActivityQuerySet:
        return self.filter(controller=controller)

    def search(self, text: str) -> ActivityQuerySet:
        """Rows whose name, purpose, categories, subjects, functions or systems mention text."""
        words = text.lower().split()
        qs = self
        for word in words:
            qs = qs.filter(search_text__contains=word)
        return qs

    def with_data_category(self, value: str) -> ActivityQuerySet:
        return self._with_list_item("data_categories", value)

    def with_data_subject(self, value: str) -> ActivityQuerySet:
        return self._with_list_item("data_subjects", value)

    def with_staff_function(self, function: object) -> ActivityQuerySet:
        return self.filter(staff_functions=function)

    def _with_list_item(self, field: str, value: str) -> ActivityQuerySet:
        """Rows whose JSON list `field` holds exactly `value` (jsonb @> or SQLite json_each)."""
        if connections[self.db].vendor == "postgresql":
            return self.filter(**{f"{field}__contains": [value]})
        table = self.model._meta.db_table
        column = self.model._meta.get_field(field).column
        # Table and column come from the model, the value is a bound parameter.
        sql = f'EXISTS (SELECT 1 FROM json_each("{table}"."{column}") WHERE value = %s)'  # noqa: S608
        has_item = RawSQL(sql, [value], output_field=models.BooleanField())  # noqa: S611
        return self.alias(**{f"has_{field}": has_item}).filter(**{f"has_{field}": True})


class ProcessingActivity(Entity):
    """One row of annex 1: what is processed for a controller, by whom, how long, where."""

    processor = models.ForeignKey(
        "organisations.Organisation",
        verbose_name=_("processor"),
        on_delete=models.CASCADE,
        related_name="+",
    )
    controller = models.ForeignKey(
        "organisations.Organisation",
        verbose_name=_("controller"),
        on_delete=models.CASCADE,
        related_name="activities",
    )
    agreement = models.ForeignKey(
        "agreements.Agreement",
        verbose_name=_("agreement"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="activities",
    )
    position = models.PositiveIntegerField(_("position"), default=0)
    name = models.CharField(_("name"), max_length=200)
    purpose = models.TextField(_("purpose"), blank=True)
    data_categories = models.JSONField(_("categories of personal data"), default=list, blank=True)
    data_subjects = models.JSONField(_("categories of data subjects"), default=list, blank=True)
    staff_functions = models.ManyToManyField(
        "organisations.StaffFunction",
        verbose_name=_("staff functions"),
        blank=True,
        related_name="activities",
    )
    operations = models.JSONField(_("processing operations"), default=list, blank=True)
    retention_text = models.TextField(_("retention (as agreed)"), blank=True)
    retention_kind = models.CharField(
        _("retention rule"), max_length=24, choices=RetentionKind.choices, blank=True
    )
    retention_months = models.PositiveIntegerField(_("retention (months)"), null=True, blank=True)
    legal_retention_years = models.PositiveIntegerField(
        _("legal retention term (years)"),
        null=True,
        blank=True,
        help_text=_("e.g. 7 years for the Dutch fiscal record (art. 52 AWR)."),
    )
    systems = models.JSONField(_("systems"), default=list, blank=True)
    countries = models.JSONField(_("locations (countries)"), default=list, blank=True)
    subprocessors = models.ManyToManyField(
        "organisations.Organisation",
        verbose_name=_("sub-processors"),
        blank=True,
        related_name="subprocessed_activities",
    )
    search_text = models.TextField(editable=False, default="")

    objects = ActivityQuerySet.as_manager()

    class Meta:
        verbose_name = _("processing activity")
        verbose_name_plural = _("processing activities")
        ordering = ["controller_id", "position", "name"]
        # The register's order: a page's keys are read from this index alone, so a deep page
        # stays fast (the trailing id makes that an index-only scan on PostgreSQL too).
        indexes = [
            models.Index(
                fields=["processor", "controller", "position", "name", "id"],
                name="register_activity_page_idx",
            )
        ]

    def __str__(self) -> str:
        return self.name

    def refresh_search_text(self, function_names: list[str] | None = None) -> None:
        """Recompute the lower-cased text the register search looks in (services call this)."""
        parts = [
            self.name,
            self.purpose,
            self.retention_text,
            *self.data_categories,
            *self.data_subjects,
            *self.operations,
            *self.systems,
            *(function_names or []),
        ]
        self.search_text = "\n".join(p for p in parts if p).lower()
