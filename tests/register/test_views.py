"""The register pages: per controller and for the whole processor; adding and editing rows."""

from __future__ import annotations

import pytest
from django.urls import reverse

from art28.audit.models import AuditEntry
from art28.register.models import ProcessingActivity
from tests.factories import make_activity, make_controller, make_function, make_subprocessor

ROW = {
    "position": "1",
    "name": "Remote backup",
    "purpose": "Backups buiten het pand",
    "data_categories": "NAW-gegevens\nE-mailadres",
    "data_subjects": "Medewerkers",
    "operations": "opslaan",
    "retention_text": "Maximaal 1 maand.",
    "retention_kind": "rolling",
    "retention_months": "1",
    "systems": "Backupserver",
    "countries": "nl, de",
}


def register_url(controller) -> str:
    return reverse("staff:controller-register", kwargs={"uuid": controller.uuid})


def test_controller_register_lists_the_activities_in_rows(owner_client, controller):
    make_activity(controller, "Remote backup", position=1)
    make_activity(controller, "Helpdesk", position=2)

    response = owner_client.get(register_url(controller))

    assert response.status_code == 200
    assert [a.name for a in response.context["page"]] == ["Remote backup", "Helpdesk"]
    assert response.content.decode().count('<tr class="activity">') == 2


def test_viewing_a_register_is_written_to_the_audit_log(owner_client, owner, controller):
    owner_client.get(register_url(controller), {"q": "backup"})

    entry = AuditEntry.objects.get(action="view")
    assert (entry.actor, entry.object_id) == (owner.email, str(controller.uuid))
    assert entry.data == {"page": "register", "filters": {"q": "backup"}}


@pytest.mark.parametrize("rows", [1, 3])
def test_controller_register_needs_the_same_queries_for_one_and_three_rows(
    owner_client, processor, controller, rows, django_assert_num_queries
):
    function = make_function(processor)
    hosting = make_subprocessor(processor)
    for i in range(rows):
        activity = make_activity(controller, f"Activity {i}")
        activity.staff_functions.add(function)
        activity.subprocessors.add(hosting)

    with django_assert_num_queries(20):
        response = owner_client.get(register_url(controller))

    assert len(response.context["page"].object_list) == rows


@pytest.mark.parametrize("rows", [1, 3])
def test_whole_register_needs_the_same_queries_for_one_and_three_rows(
    owner_client, processor, rows, django_assert_num_queries
):
    for i in range(rows):
        make_activity(make_controller(processor, f"Client {i}"), "Backup")

    with django_assert_num_queries(18):
        response = owner_client.get(reverse("staff:register"))

    assert len(response.context["page"].object_list) == rows


def test_register_search_finds_words_in_any_column(owner_client, controller):
    make_activity(controller, "Remote backup", data_categories=["NAW-gegevens"])
    make_activity(controller, "Helpdesk", data_categories=["Telefoonnummer"])

    response = owner_client.get(register_url(controller), {"q": "naw"})

    assert [a.name for a in response.context["page"]] == ["Remote backup"]


def test_register_filters_on_data_category_subject_and_function(
    owner_client, processor, controller
):
    support = make_function(processor, "Supportdesk")
    wanted = make_activity(
        controller, "Helpdesk", data_categories=["E-mailadres", "Naam"], data_subjects=["Klanten"]
    )
    wanted.staff_functions.add(support)
    make_activity(controller, "Backup", data_categories=["Naam"], data_subjects=["Klanten"])
    make_activity(controller, "Mail", data_categories=["E-mailadres (werk)"])

    response = owner_client.get(
        register_url(controller),
        {"category": "E-mailadres", "subject": "Klanten", "function": str(support.uuid)},
    )

    assert [a.name for a in response.context["page"]] == ["Helpdesk"]


def test_register_offers_the_categories_that_occur_as_suggestions(owner_client, controller):
    make_activity(controller, "Backup", data_categories=["Naam", "BSN"], data_subjects=["Klanten"])

    response = owner_client.get(register_url(controller))

    assert (response.context["categories"], response.context["subjects"]) == (
        ["BSN", "Naam"],
        ["Klanten"],
    )


def test_register_shows_one_hundred_rows_per_page(owner_client, controller):
    ProcessingActivity.objects.bulk_create(
        ProcessingActivity(
            processor=controller.processor, controller=controller, name=f"Activity {i}", position=i
        )
        for i in range(101)
    )

    response = owner_client.get(register_url(controller), {"page": "2"})

    assert [a.name for a in response.context["page"]] == ["Activity 100"]


def test_whole_register_shows_every_controllers_rows_but_no_other_tenants(
    owner_client, processor, controller, other_processor
):
    make_activity(controller, "Backup")
    make_activity(make_controller(processor, "Second client"), "Mail")
    make_activity(make_controller(other_processor, "Foreign client"), "Secret")

    response = owner_client.get(reverse("staff:register"))

    assert sorted(a.name for a in response.context["page"]) == ["Backup", "Mail"]


def test_controller_register_of_another_tenant_is_404(outsider_client, controller):
    response = outsider_client.get(register_url(controller))

    assert response.status_code == 404
    assert AuditEntry.objects.filter(action="view").count() == 0


def test_controller_register_rejects_post_with_405(owner_client, controller):
    response = owner_client.post(register_url(controller))

    assert response.status_code == 405


def test_controller_register_with_a_malformed_id_is_404(owner_client):
    response = owner_client.get("/controllers/12345/register/")

    assert response.status_code == 404


def test_controller_register_sends_anonymous_visitors_to_login(client, controller):
    response = client.get(register_url(controller))

    assert response.status_code == 302
    assert response["Location"].startswith(reverse("accounts:login"))


def test_adding_an_activity_saves_the_row_with_its_lists(owner_client, processor, controller):
    support = make_function(processor, "Supportdesk")
    url = reverse("staff:add-activity", kwargs={"uuid": controller.uuid})

    response = owner_client.post(url, {**ROW, "staff_functions": [support.pk]})

    activity = ProcessingActivity.objects.get()
    assert response.status_code == 302
    assert (activity.data_categories, activity.countries) == (
        ["NAW-gegevens", "E-mailadres"],
        ["NL", "DE"],
    )
    assert list(activity.staff_functions.all()) == [support]
    assert "supportdesk" in activity.search_text
    assert AuditEntry.objects.get(action="create").data["name"] == "Remote backup"


def test_adding_an_activity_with_a_wrong_country_code_is_refused(owner_client, controller):
    url = reverse("staff:add-activity", kwargs={"uuid": controller.uuid})

    response = owner_client.post(url, {**ROW, "countries": "Nederland"})

    assert response.status_code == 200
    assert list(response.context["form"].errors) == ["countries"]
    assert ProcessingActivity.objects.count() == 0


def test_adding_an_activity_to_another_tenants_controller_is_404(outsider_client, controller):
    url = reverse("staff:add-activity", kwargs={"uuid": controller.uuid})

    response = outsider_client.post(url, ROW)

    assert response.status_code == 404
    assert ProcessingActivity.objects.count() == 0


def test_adding_an_activity_is_403_for_a_reader(reader_client, controller):
    url = reverse("staff:add-activity", kwargs={"uuid": controller.uuid})

    response = reader_client.post(url, ROW)

    assert response.status_code == 403
    assert ProcessingActivity.objects.count() == 0


def test_editing_an_activity_changes_it_and_audits_the_change(owner_client, controller):
    activity = make_activity(controller, "Backup")
    url = reverse("staff:edit-activity", kwargs={"uuid": activity.uuid})

    response = owner_client.post(url, ROW)

    activity.refresh_from_db()
    assert response.status_code == 302
    assert activity.name == "Remote backup"
    assert AuditEntry.objects.get(action="update").data["name"] == ["Backup", "Remote backup"]


def test_editing_another_tenants_activity_is_404_and_changes_nothing(outsider_client, controller):
    activity = make_activity(controller, "Backup")
    url = reverse("staff:edit-activity", kwargs={"uuid": activity.uuid})

    response = outsider_client.post(url, ROW)

    activity.refresh_from_db()
    assert response.status_code == 404
    assert activity.name == "Backup"


def test_editing_an_activity_rejects_delete_with_405(owner_client, controller):
    activity = make_activity(controller, "Backup")

    response = owner_client.delete(reverse("staff:edit-activity", kwargs={"uuid": activity.uuid}))

    assert response.status_code == 405


def test_register_rows_link_to_their_controller_and_their_edit_form(owner_client, controller):
    activity = make_activity(controller, "Backup")

    whole = owner_client.get(reverse("staff:register"))
    own = owner_client.get(register_url(controller))

    edit_url = reverse("staff:edit-activity", kwargs={"uuid": activity.uuid})
    assert whole.context["page"][0].register_url == register_url(controller)
    assert own.content.decode().count(f'href="{edit_url}"') == 1


def test_register_ignores_an_unknown_function_but_keeps_the_search(owner_client, controller):
    make_activity(controller, "Remote backup")
    make_activity(controller, "Helpdesk")

    response = owner_client.get(register_url(controller), {"q": "backup", "function": "nonsense"})

    assert [a.name for a in response.context["page"]] == ["Remote backup"]
