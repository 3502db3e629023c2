"""The measures catalogue: owner, review dates, the "review due" marker; add and edit."""

from __future__ import annotations

import datetime as dt

import pytest
from django.urls import reverse
from django.utils import timezone

from art28.audit.models import AuditEntry
from art28.measures.models import Measure

FORM = {
    "category": "Toegang",
    "kind": "technical",
    "title": "Twee-factor-authenticatie",
    "description": "",
    "position": "1",
    "review_interval_months": "12",
    "last_reviewed": "2026-01-31",
    "next_review": "",
}


def make_measure(processor, title: str = "Back-up", **fields) -> Measure:
    return Measure.objects.create(processor=processor, title=title, **fields)


def test_measures_page_marks_the_measures_due_for_review(owner_client, processor):
    today = timezone.localdate()
    make_measure(processor, "Back-up", position=1, next_review=today)
    make_measure(processor, "Encryptie", position=2, next_review=today + dt.timedelta(days=1))

    response = owner_client.get(reverse("staff:measures"))

    assert [(m.title, m.review_due) for m in response.context["measures"]] == [
        ("Back-up", True),
        ("Encryptie", False),
    ]
    assert response.content.decode().count('class="measure due"') == 1


@pytest.mark.parametrize("rows", [1, 3])
def test_measures_page_needs_the_same_queries_for_one_and_three_rows(
    owner_client, owner, processor, rows, django_assert_num_queries
):
    for i in range(rows):
        make_measure(processor, f"Measure {i}", owner=owner)

    with django_assert_num_queries(5):
        response = owner_client.get(reverse("staff:measures"))

    assert len(response.context["measures"]) == rows


def test_measures_page_hides_other_tenants_measures(outsider_client, processor):
    make_measure(processor)

    response = outsider_client.get(reverse("staff:measures"))

    assert response.context["measures"] == []


def test_adding_a_measure_saves_it_with_the_next_review_one_interval_later(owner_client, processor):
    response = owner_client.post(reverse("staff:add-measure"), FORM)

    measure = Measure.objects.get()
    assert response.status_code == 302
    assert (measure.processor, measure.next_review) == (processor, dt.date(2027, 1, 31))
    assert AuditEntry.objects.get(action="create").data["next_review"] == "2027-01-31"


def test_adding_a_measure_with_a_wrong_date_is_refused_next_to_the_field(owner_client):
    response = owner_client.post(
        reverse("staff:add-measure"), {**FORM, "last_reviewed": "31-13-2026"}
    )

    errors = response.context["form"].errors.as_data()
    assert [e.code for e in errors["last_reviewed"]] == ["invalid"]
    assert Measure.objects.count() == 0


def test_adding_a_measure_is_403_for_a_reader(reader_client):
    response = reader_client.post(reverse("staff:add-measure"), FORM)

    assert response.status_code == 403
    assert Measure.objects.count() == 0


def test_a_measure_owner_must_belong_to_the_processor(owner_client, outsider):
    response = owner_client.post(reverse("staff:add-measure"), {**FORM, "owner": outsider.pk})

    assert list(response.context["form"].errors) == ["owner"]


def test_editing_a_measure_changes_owner_and_audits_it(owner_client, owner, processor):
    measure = make_measure(processor)

    response = owner_client.post(
        reverse("staff:edit-measure", kwargs={"uuid": measure.uuid}), {**FORM, "owner": owner.pk}
    )

    measure.refresh_from_db()
    assert response.status_code == 302
    assert measure.owner == owner
    assert AuditEntry.objects.get(action="update").data["owner"] == [None, str(owner.uuid)]


def test_editing_another_tenants_measure_is_404_and_changes_nothing(outsider_client, processor):
    measure = make_measure(processor)

    response = outsider_client.post(
        reverse("staff:edit-measure", kwargs={"uuid": measure.uuid}), FORM
    )

    measure.refresh_from_db()
    assert response.status_code == 404
    assert measure.title == "Back-up"


def test_editing_a_measure_is_403_for_a_reader(reader_client, processor):
    measure = make_measure(processor)

    response = reader_client.post(
        reverse("staff:edit-measure", kwargs={"uuid": measure.uuid}), FORM
    )

    measure.refresh_from_db()
    assert response.status_code == 403
    assert measure.title == "Back-up"


def test_editing_a_measure_with_a_malformed_id_is_404(owner_client):
    response = owner_client.get("/measures/abc/edit/")

    assert response.status_code == 404


def test_measures_page_rejects_post_with_405(owner_client):
    response = owner_client.post(reverse("staff:measures"))

    assert response.status_code == 405
