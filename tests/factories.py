"""One factory per model, plain functions, no surprises: only what the caller asks for."""

from __future__ import annotations

from art28.accounts.models import User
from art28.agreements.models import Agreement
from art28.organisations.enums import OrganisationKind
from art28.organisations.models import Organisation, StaffFunction
from art28.register.models import ProcessingActivity

PASSWORD = "correct horse battery staple"


def make_processor(name: str = "Processor B.V.", **fields) -> Organisation:
    return Organisation.objects.create(kind=OrganisationKind.PROCESSOR, name=name, **fields)


def make_controller(processor: Organisation, name: str = "Client B.V.", **fields) -> Organisation:
    return Organisation.objects.create(
        kind=OrganisationKind.CONTROLLER, processor=processor, name=name, **fields
    )


def make_subprocessor(
    processor: Organisation, name: str = "Hosting B.V.", **fields
) -> Organisation:
    return Organisation.objects.create(
        kind=OrganisationKind.SUBPROCESSOR, processor=processor, name=name, **fields
    )


def make_user(processor: Organisation | None, email: str, role: str = "staff", **fields) -> User:
    return User.objects.create_user(email, PASSWORD, processor=processor, role=role, **fields)


def make_function(processor: Organisation, name: str = "Supportdesk") -> StaffFunction:
    return StaffFunction.objects.create(processor=processor, name=name)


def make_agreement(controller: Organisation, **fields) -> Agreement:
    return Agreement.objects.create(processor=controller.processor, controller=controller, **fields)


def make_activity(
    controller: Organisation, name: str = "Remote backup", **fields
) -> ProcessingActivity:
    activity = ProcessingActivity(
        processor=controller.processor, controller=controller, name=name, **fields
    )
    activity.refresh_search_text()
    activity.save()
    return activity
