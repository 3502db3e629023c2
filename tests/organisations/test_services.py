"""Services that write organisations: validation, audit entries, one transaction."""

from __future__ import annotations

import pytest
from django.core.exceptions import ValidationError

from art28.audit.models import AuditEntry
from art28.organisations.models import Organisation
from art28.organisations.services import create_controller, update_organisation


def test_create_controller_adds_it_to_the_processor_and_audits_it(processor, owner):
    controller = create_controller(
        processor,
        by=owner,
        data={
            "name": "Imaging People",
            "registration_scheme": "kvk",
            "registration_number": "1708 5437",
        },
    )

    entry = AuditEntry.objects.get()
    assert (controller.processor, controller.kind) == (processor, "controller")
    assert controller.registration_number == "17085437"
    assert (entry.action, entry.actor, entry.processor) == ("create", owner.email, processor.uuid)


def test_create_controller_refuses_a_kvk_number_without_eight_digits(processor, owner):
    with pytest.raises(ValidationError) as raised:
        create_controller(
            processor,
            by=owner,
            data={
                "name": "Imaging People",
                "registration_scheme": "kvk",
                "registration_number": "123",
            },
        )

    assert list(raised.value.message_dict) == ["registration_number"]
    assert (Organisation.objects.controllers().count(), AuditEntry.objects.count()) == (0, 0)


def test_update_organisation_records_only_the_changed_fields(controller, owner):
    update_organisation(controller, by=owner, data={"name": "Imaging People", "city": "Eindhoven"})

    entry = AuditEntry.objects.get()
    assert entry.data == {"city": ["", "Eindhoven"]}


def test_update_organisation_without_a_change_writes_no_entry(controller, owner):
    update_organisation(controller, by=owner, data={"name": "Imaging People"})

    assert AuditEntry.objects.count() == 0
