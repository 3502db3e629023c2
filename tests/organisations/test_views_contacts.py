"""Contacts and representatives of an organisation: add and edit."""

from __future__ import annotations

from django.urls import reverse

from art28.audit.models import AuditEntry
from art28.organisations.models import Contact

FORM = {
    "name": "Leonie Voets",
    "title": "Eigenaar",
    "email": "leonie@imaging.example",
    "phone": "",
    "is_representative": "on",
}


def test_adding_a_representative_to_a_controller_saves_it(owner_client, controller):
    url = reverse("staff:add-contact", kwargs={"uuid": controller.uuid})

    response = owner_client.post(url, FORM)

    contact = Contact.objects.get()
    assert response["Location"] == reverse("staff:controller", kwargs={"uuid": controller.uuid})
    assert (contact.organisation, contact.is_representative) == (controller, True)
    assert AuditEntry.objects.get().data["title"] == "Eigenaar"


def test_adding_a_contact_to_the_processor_itself_returns_to_its_page(owner_client, processor):
    url = reverse("staff:add-contact", kwargs={"uuid": processor.uuid})

    response = owner_client.post(url, FORM)

    assert response["Location"] == reverse("staff:processor")
    assert Contact.objects.get().organisation == processor


def test_adding_a_contact_to_another_tenant_is_404(outsider_client, controller):
    url = reverse("staff:add-contact", kwargs={"uuid": controller.uuid})

    response = outsider_client.post(url, FORM)

    assert response.status_code == 404
    assert Contact.objects.count() == 0


def test_adding_a_contact_is_403_for_a_reader(reader_client, controller):
    response = reader_client.post(
        reverse("staff:add-contact", kwargs={"uuid": controller.uuid}), FORM
    )

    assert response.status_code == 403
    assert Contact.objects.count() == 0


def test_editing_a_contact_marks_the_breach_contact(owner_client, controller):
    contact = Contact.objects.create(organisation=controller, name="Leonie Voets")
    url = reverse("staff:edit-contact", kwargs={"uuid": contact.uuid})

    owner_client.post(url, {**FORM, "is_breach_contact": "on"})

    contact.refresh_from_db()
    assert contact.is_breach_contact is True
    assert AuditEntry.objects.get().data["is_breach_contact"] == [False, True]


def test_editing_another_tenants_contact_is_404_and_changes_nothing(outsider_client, controller):
    contact = Contact.objects.create(organisation=controller, name="Leonie Voets")
    url = reverse("staff:edit-contact", kwargs={"uuid": contact.uuid})

    response = outsider_client.post(url, FORM)

    contact.refresh_from_db()
    assert response.status_code == 404
    assert contact.title == ""


def test_editing_a_contact_rejects_put_with_405(owner_client, controller):
    contact = Contact.objects.create(organisation=controller, name="Leonie Voets")

    response = owner_client.put(reverse("staff:edit-contact", kwargs={"uuid": contact.uuid}))

    assert response.status_code == 405
