"""Overview, processor profile, sub-processors and the audit log."""

from __future__ import annotations

import datetime as dt

import pytest
from bs4 import BeautifulSoup
from django.urls import reverse

from art28.agreements.models import Annex, Signature
from art28.audit.models import AuditEntry
from art28.audit.services import record
from art28.measures.models import Measure
from art28.organisations.models import Organisation
from tests.factories import make_activity, make_agreement, make_subprocessor

PROFILE = {
    "name": "ICTeam Zuid B.V.",
    "registration_scheme": "kvk",
    "registration_number": "1708 5437",
    "address": "",
    "postcode": "",
    "city": "Eindhoven",
    "country": "NL",
    "email": "",
    "phone": "",
    "website": "",
}


def test_home_shows_the_processors_figures(owner_client, processor, controller):
    make_activity(controller)

    response = owner_client.get(reverse("staff:home"))

    assert response.status_code == 200
    assert (response.context["controller_count"], response.context["activity_count"]) == (1, 1)


def test_home_sends_anonymous_visitors_to_login(client):
    response = client.get(reverse("staff:home"))

    assert response.status_code == 302


def test_processor_page_shows_the_processor_and_its_people(owner_client, owner, processor):
    response = owner_client.get(reverse("staff:processor"))

    assert response.context["processor"] == processor
    assert list(response.context["people"]) == [owner]


def test_editing_the_processor_saves_a_normalised_kvk_number(owner_client, processor):
    response = owner_client.post(reverse("staff:edit-processor"), PROFILE)

    processor.refresh_from_db()
    assert response.status_code == 302
    assert processor.registration_number == "17085437"


def test_editing_the_processor_is_for_administrators_only(client, staff_member, processor):
    from tests.conftest import login_verified

    response = login_verified(client, staff_member).post(reverse("staff:edit-processor"), PROFILE)

    processor.refresh_from_db()
    assert response.status_code == 403
    assert processor.city == ""


def test_subprocessor_list_counts_the_activities_they_take_part_in(
    owner_client, processor, controller
):
    hosting = make_subprocessor(processor, "Hosting B.V.", countries=["NL"])
    make_activity(controller).subprocessors.add(hosting)

    response = owner_client.get(reverse("staff:subprocessors"))

    assert [(s.name, s.activity_count) for s in response.context["page"]] == [("Hosting B.V.", 1)]


@pytest.mark.parametrize("rows", [1, 3])
def test_subprocessor_list_needs_the_same_queries_for_one_and_three_rows(
    owner_client, processor, rows, django_assert_num_queries
):
    for i in range(rows):
        make_subprocessor(processor, f"Hosting {i}")

    with django_assert_num_queries(6):
        response = owner_client.get(reverse("staff:subprocessors"))

    assert len(response.context["page"].object_list) == rows


def test_subprocessor_page_lists_its_activities(owner_client, processor, controller):
    hosting = make_subprocessor(processor)
    make_activity(controller, "Remote backup").subprocessors.add(hosting)

    response = owner_client.get(reverse("staff:subprocessor", kwargs={"uuid": hosting.uuid}))

    assert [a.name for a in response.context["activities"]] == ["Remote backup"]


def test_subprocessor_page_of_another_tenant_is_404(outsider_client, processor):
    hosting = make_subprocessor(processor)

    response = outsider_client.get(reverse("staff:subprocessor", kwargs={"uuid": hosting.uuid}))

    assert response.status_code == 404


def test_a_controller_is_not_shown_as_a_subprocessor(owner_client, controller):
    response = owner_client.get(reverse("staff:subprocessor", kwargs={"uuid": controller.uuid}))

    assert response.status_code == 404


def test_audit_log_shows_own_entries_newest_first(owner_client, owner, processor, other_processor):
    record("create", by=owner, processor=processor, summary="first")
    record("update", by=owner, processor=processor, summary="second")
    record("create", by=None, processor=other_processor, summary="foreign")

    response = owner_client.get(reverse("staff:audit-log"))

    assert [e.summary for e in response.context["page"]] == ["second", "first"]
    assert response.context["actions"] == ["create", "update"]


def test_audit_log_filters_by_action(owner_client, owner, processor):
    record("create", by=owner, processor=processor, summary="first")
    record("update", by=owner, processor=processor, summary="second")

    response = owner_client.get(reverse("staff:audit-log"), {"action": "create"})

    assert [e.summary for e in response.context["page"]] == ["first"]


def test_audit_log_shows_fifty_entries_per_page(owner_client, owner, processor):
    for i in range(51):
        record("update", by=owner, processor=processor, summary=f"entry {i}")

    response = owner_client.get(reverse("staff:audit-log"), {"page": "2"})

    assert [e.summary for e in response.context["page"]] == ["entry 0"]


@pytest.mark.parametrize("rows", [1, 3])
def test_audit_log_needs_the_same_queries_for_one_and_three_rows(
    owner_client, owner, processor, rows, django_assert_num_queries
):
    for i in range(rows):
        record("update", by=owner, processor=processor, summary=f"entry {i}")

    with django_assert_num_queries(7):
        response = owner_client.get(reverse("staff:audit-log"))

    assert len(response.context["page"].object_list) == rows


def test_audit_log_rejects_post_with_405(owner_client):
    response = owner_client.post(reverse("staff:audit-log"))

    assert response.status_code == 405
    assert AuditEntry.objects.count() == 0


def test_audit_log_names_actions_and_objects_in_the_users_language(owner_client, owner, processor):
    record("view", by=owner, processor=processor, obj=processor, data={"page": "register"})

    response = owner_client.get(reverse("staff:audit-log"), HTTP_ACCEPT_LANGUAGE="en")

    cells = [
        td.get_text() for td in BeautifulSoup(response.content, "html.parser").select("tr.entry td")
    ]
    assert (cells[3], cells[4], cells[6]) == ("viewed", "organisation", '{"page": "register"}')


SUBPROCESSOR = {**PROFILE, "name": "Hosting B.V.", "registration_number": "", "countries": "nl, us"}


def test_adding_a_subprocessor_saves_its_countries(owner_client, processor):
    response = owner_client.post(reverse("staff:add-subprocessor"), SUBPROCESSOR)

    hosting = Organisation.objects.subprocessors().get(processor=processor)
    assert response.status_code == 302
    assert (hosting.name, hosting.countries) == ("Hosting B.V.", ["NL", "US"])


def test_adding_a_subprocessor_is_403_for_a_reader(reader_client):
    response = reader_client.post(reverse("staff:add-subprocessor"), SUBPROCESSOR)

    assert response.status_code == 403
    assert Organisation.objects.subprocessors().count() == 0


def test_editing_a_subprocessor_audits_the_changed_countries(owner_client, processor):
    hosting = make_subprocessor(processor, "Hosting B.V.", countries=["NL"])

    owner_client.post(
        reverse("staff:edit-subprocessor", kwargs={"uuid": hosting.uuid}), SUBPROCESSOR
    )

    hosting.refresh_from_db()
    assert hosting.countries == ["NL", "US"]
    assert AuditEntry.objects.get(action="update").data["countries"] == [["NL"], ["NL", "US"]]


def test_editing_another_tenants_subprocessor_is_404_and_changes_nothing(
    outsider_client, processor
):
    hosting = make_subprocessor(processor, "Hosting B.V.", countries=["NL"])

    url = reverse("staff:edit-subprocessor", kwargs={"uuid": hosting.uuid})
    response = outsider_client.post(url, SUBPROCESSOR)

    hosting.refresh_from_db()
    assert response.status_code == 404
    assert hosting.countries == ["NL"]


@pytest.mark.parametrize("rows", [1, 3])
def test_home_needs_the_same_queries_for_one_and_three_rows(
    owner_client, owner, processor, rows, django_assert_num_queries
):
    for i in range(rows):
        Measure.objects.create(
            processor=processor, title=f"M{i}", owner=owner, next_review=dt.date(2000, 1, 1)
        )
        record("update", by=owner, processor=processor, summary=f"entry {i}")

    with django_assert_num_queries(10):
        response = owner_client.get(reverse("staff:home"))

    assert len(response.context["measures_due"]) == rows


@pytest.mark.parametrize("rows", [1, 3])
def test_controller_page_needs_the_same_queries_for_one_and_three_agreements(
    owner_client, controller, rows, django_assert_num_queries
):
    for i in range(rows):
        make_agreement(controller, reference=f"V{i}")
        controller.contacts.create(name=f"Contact {i}")

    with django_assert_num_queries(8):
        response = owner_client.get(reverse("staff:controller", kwargs={"uuid": controller.uuid}))

    assert len(response.context["agreements"]) == rows


@pytest.mark.parametrize("rows", [1, 3])
def test_agreement_page_needs_the_same_queries_for_one_and_three_signatures(
    owner_client, controller, rows, django_assert_num_queries
):
    agreement = make_agreement(controller)
    for i in range(rows):
        Signature.objects.create(agreement=agreement, role="controller", name=f"Signer {i}")
        Annex.objects.create(agreement=agreement, number=i + 1, title=f"Annex {i}")

    with django_assert_num_queries(18):
        response = owner_client.get(reverse("staff:agreement", kwargs={"uuid": agreement.uuid}))

    assert len(response.context["signatures"]) == rows
