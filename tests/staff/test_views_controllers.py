"""Controllers: list, detail, create and edit."""

from __future__ import annotations

import pytest
from django.urls import reverse

from art28.audit.models import AuditEntry
from art28.organisations.models import Organisation
from tests.factories import make_activity, make_agreement, make_controller

FORM = {
    "name": "Imaging People",
    "registration_scheme": "kvk",
    "registration_number": "17085437",
    "address": "Stationsstraat 1",
    "postcode": "5611 AA",
    "city": "Eindhoven",
    "country": "NL",
    "email": "",
    "phone": "",
    "website": "",
}


def test_controller_list_shows_the_processors_controllers(owner_client, controller):
    response = owner_client.get(reverse("staff:controllers"))

    assert response.status_code == 200
    assert response.context["page"].object_list[0] == controller


@pytest.mark.parametrize("rows", [1, 3])
def test_controller_list_needs_the_same_queries_for_one_and_three_rows(
    owner_client, processor, rows, django_assert_num_queries
):
    for i in range(rows):
        make_agreement(make_controller(processor, f"Client {i}"))

    with django_assert_num_queries(6):
        response = owner_client.get(reverse("staff:controllers"))

    assert len(response.context["page"].object_list) == rows


def test_controller_list_hides_other_tenants_controllers(outsider_client, controller):
    response = outsider_client.get(reverse("staff:controllers"))

    assert list(response.context["page"].object_list) == []


def test_controller_detail_shows_contacts_and_agreements(owner_client, controller):
    agreement = make_agreement(controller, title="Verwerkersovereenkomst")
    controller.contacts.create(name="J. Jansen", title="Directeur", is_representative=True)

    response = owner_client.get(reverse("staff:controller", kwargs={"uuid": controller.uuid}))

    assert response.status_code == 200
    assert list(response.context["agreements"]) == [agreement]
    assert [c.name for c in response.context["contacts"]] == ["J. Jansen"]


def test_controller_detail_of_another_tenant_is_404(outsider_client, controller):
    response = outsider_client.get(reverse("staff:controller", kwargs={"uuid": controller.uuid}))

    assert response.status_code == 404


def test_controller_detail_with_a_malformed_id_is_404(owner_client):
    response = owner_client.get("/controllers/not-a-uuid/")

    assert response.status_code == 404


def test_controller_detail_rejects_post_with_405(owner_client, controller):
    response = owner_client.post(reverse("staff:controller", kwargs={"uuid": controller.uuid}))

    assert response.status_code == 405


def test_controller_detail_sends_anonymous_visitors_to_login(client, controller):
    response = client.get(reverse("staff:controller", kwargs={"uuid": controller.uuid}))

    assert response.status_code == 302
    assert response["Location"].startswith(reverse("accounts:login"))


def test_adding_a_controller_saves_it_and_writes_an_audit_entry(owner_client, processor):
    response = owner_client.post(reverse("staff:add-controller"), FORM)

    controller = Organisation.objects.controllers().get(processor=processor)
    assert response.status_code == 302
    assert response["Location"] == reverse("staff:controller", kwargs={"uuid": controller.uuid})
    assert (controller.name, controller.registration_number) == ("Imaging People", "17085437")
    entry = AuditEntry.objects.get(action="create")
    assert (entry.object_id, entry.data["name"]) == (str(controller.uuid), "Imaging People")


def test_adding_a_controller_with_a_wrong_kvk_number_shows_the_error_at_the_field(owner_client):
    form = {**FORM, "registration_number": "1234"}

    response = owner_client.post(reverse("staff:add-controller"), form)

    assert response.status_code == 200
    errors = response.context["form"].errors.as_data()
    assert [e.code for e in errors["registration_number"]] == ["invalid_kvk"]
    assert Organisation.objects.controllers().count() == 0


def test_adding_a_controller_twice_is_refused(owner_client, controller):
    response = owner_client.post(reverse("staff:add-controller"), FORM)

    assert response.status_code == 200
    assert list(response.context["form"].errors) == ["name"]
    assert Organisation.objects.controllers().count() == 1


def test_adding_a_controller_is_403_for_a_reader(reader_client):
    response = reader_client.post(reverse("staff:add-controller"), FORM)

    assert response.status_code == 403
    assert Organisation.objects.controllers().count() == 0


def test_editing_a_controller_changes_it_and_audits_the_changed_fields(owner_client, controller):
    url = reverse("staff:edit-controller", kwargs={"uuid": controller.uuid})

    response = owner_client.post(url, {**FORM, "city": "Veldhoven"})

    controller.refresh_from_db()
    assert response.status_code == 302
    assert controller.city == "Veldhoven"
    entry = AuditEntry.objects.get(action="update")
    assert entry.data["city"] == ["", "Veldhoven"]


def test_editing_another_tenants_controller_is_404_and_changes_nothing(outsider_client, controller):
    url = reverse("staff:edit-controller", kwargs={"uuid": controller.uuid})

    response = outsider_client.post(url, {**FORM, "city": "Veldhoven"})

    controller.refresh_from_db()
    assert response.status_code == 404
    assert controller.city == ""


def test_editing_a_controller_is_403_for_a_reader(reader_client, controller):
    url = reverse("staff:edit-controller", kwargs={"uuid": controller.uuid})

    response = reader_client.post(url, {**FORM, "city": "Veldhoven"})

    controller.refresh_from_db()
    assert response.status_code == 403
    assert controller.city == ""


def test_editing_a_controller_rejects_put_with_405(owner_client, controller):
    response = owner_client.put(reverse("staff:edit-controller", kwargs={"uuid": controller.uuid}))

    assert response.status_code == 405


def test_controller_list_searches_by_name_and_counts_rows(owner_client, processor, controller):
    make_agreement(controller)
    make_activity(controller)
    make_activity(controller, "Helpdesk")
    make_controller(processor, "Mickey's Garage")

    response = owner_client.get(reverse("staff:controllers"), {"q": "imaging"})

    rows = [(c.name, c.agreement_count, c.activity_count) for c in response.context["page"]]
    assert rows == [("Imaging People", 1, 2)]
