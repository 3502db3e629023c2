"""The agreement page (terms shown readably, audited) and the terms form."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from django.urls import reverse

from art28.agreements.models import (
    Agreement,
    AgreementTemplate,
    Annex,
    Signature,
    TransferException,
)
from art28.audit.models import AuditEntry
from tests.factories import make_agreement

TERMS = {
    "title": "Verwerkersovereenkomst",
    "reference": "",
    "status": "signed",
    "sent_on": "",
    "signed_on": "2018-05-14",
    "effective_from": "2018-05-14",
    "ended_on": "",
    "template_version": "2018/1",
    "main_agreement": "",
    "breach_notice_hours": "",
    "breach_without_undue_delay": "true",
    "subprocessor_authorisation": "general",
    "subprocessor_prior_notice": "true",
    "subprocessor_objection": "true",
    "subprocessor_objection_days": "14",
    "subprocessor_flow_down": "true",
    "transfers_outside_eea": "consent",
    "transfers_eu_only": "true",
    "audit_per_year": "1",
    "audit_on_suspicion": "true",
    "audit_notice_days": "",
    "liability_cap_eur": "5000",
    "liability_indirect_excluded": "true",
    "claims_lapse_months": "12",
    "amendment_notice_months": "2",
    "end_return": "true",
    "end_delete": "true",
    "end_format": "",
    "end_delete_days": "",
    "governing_law": "nl",
    "competent_court": "Rechtbank Oost-Brabant",
}


def agreement_url(agreement, name: str = "staff:agreement") -> str:
    return reverse(name, kwargs={"uuid": agreement.uuid})


def test_agreement_page_shows_terms_signatures_annexes_and_exceptions(owner_client, controller):
    agreement = make_agreement(
        controller,
        breach_notice_hours=2,
        liability_cap_eur=Decimal(5000),
        template_version="1.5 25-05-2018",
    )
    Signature.objects.create(
        agreement=agreement,
        role="controller",
        name="J. Jansen",
        signed_on=dt.date(2018, 5, 14),
        place="Eindhoven",
    )
    Annex.objects.create(agreement=agreement, number=1, title="Verwerkingen")
    TransferException.objects.create(agreement=agreement, name="Apple iCloud", countries=["US"])

    response = owner_client.get(agreement_url(agreement), HTTP_ACCEPT_LANGUAGE="en")

    page = response.content.decode()
    assert response.status_code == 200
    assert [s.name for s in response.context["signatures"]] == ["J. Jansen"]
    assert [a.title for a in response.context["annexes"]] == ["Verwerkingen"]
    assert [e.name for e in response.context["exceptions"]] == ["Apple iCloud"]
    assert page.count("within 2 hours of becoming aware") == 1
    assert page.count("Liability is capped at € 5,000.00.") == 1


def test_viewing_an_agreement_is_written_to_the_audit_log(owner_client, controller):
    agreement = make_agreement(controller)

    owner_client.get(agreement_url(agreement))

    entry = AuditEntry.objects.get(action="view")
    assert (entry.object_type, entry.object_id) == ("agreements.agreement", str(agreement.uuid))


def test_agreement_page_of_another_tenant_is_404(outsider_client, controller):
    agreement = make_agreement(controller)

    response = outsider_client.get(agreement_url(agreement))

    assert response.status_code == 404


def test_agreement_page_rejects_post_with_405(owner_client, controller):
    response = owner_client.post(agreement_url(make_agreement(controller)))

    assert response.status_code == 405


def test_agreement_page_with_a_malformed_id_is_404(owner_client):
    response = owner_client.get("/agreements/0000-zzzz/")

    assert response.status_code == 404


def test_agreement_page_sends_anonymous_visitors_to_login(client, controller):
    response = client.get(agreement_url(make_agreement(controller)))

    assert response.status_code == 302


def test_editing_terms_saves_them_and_audits_each_change(owner_client, controller):
    agreement = make_agreement(controller)

    response = owner_client.post(agreement_url(agreement, "staff:edit-agreement"), TERMS)

    agreement.refresh_from_db()
    assert response.status_code == 302
    assert (agreement.liability_cap_eur, agreement.signed_on) == (
        Decimal(5000),
        dt.date(2018, 5, 14),
    )
    assert agreement.governing_law == "NL"
    change = AuditEntry.objects.get(action="update").data
    assert change["liability_cap_eur"] == [None, "5000"]
    assert change["status"] == ["draft", "signed"]


def test_a_negative_liability_cap_is_refused_next_to_the_field(owner_client, controller):
    agreement = make_agreement(controller)

    response = owner_client.post(
        agreement_url(agreement, "staff:edit-agreement"), {**TERMS, "liability_cap_eur": "-1"}
    )

    agreement.refresh_from_db()
    errors = response.context["form"].errors.as_data()
    assert response.status_code == 200
    assert [e.code for e in errors["liability_cap_eur"]] == ["min_value"]
    assert agreement.liability_cap_eur is None


def test_a_date_that_does_not_exist_is_refused_next_to_the_field(owner_client, controller):
    agreement = make_agreement(controller)

    response = owner_client.post(
        agreement_url(agreement, "staff:edit-agreement"), {**TERMS, "signed_on": "2018-02-31"}
    )

    errors = response.context["form"].errors.as_data()
    assert [e.code for e in errors["signed_on"]] == ["invalid"]


def test_an_end_before_the_start_is_refused_next_to_the_end_date(owner_client, controller):
    agreement = make_agreement(controller)

    response = owner_client.post(
        agreement_url(agreement, "staff:edit-agreement"), {**TERMS, "ended_on": "2018-01-01"}
    )

    errors = response.context["form"].errors.as_data()
    assert [e.code for e in errors["ended_on"]] == ["ends_before_start"]


def test_editing_another_tenants_terms_is_404_and_changes_nothing(outsider_client, controller):
    agreement = make_agreement(controller)

    response = outsider_client.post(agreement_url(agreement, "staff:edit-agreement"), TERMS)

    agreement.refresh_from_db()
    assert response.status_code == 404
    assert agreement.liability_cap_eur is None


def test_editing_terms_is_403_for_a_reader(reader_client, controller):
    agreement = make_agreement(controller)

    response = reader_client.post(agreement_url(agreement, "staff:edit-agreement"), TERMS)

    agreement.refresh_from_db()
    assert response.status_code == 403
    assert agreement.status == "draft"


def test_editing_terms_rejects_patch_with_405(owner_client, controller):
    response = owner_client.patch(agreement_url(make_agreement(controller), "staff:edit-agreement"))

    assert response.status_code == 405


def test_a_new_agreement_copies_the_templates_terms_and_version(
    owner_client, processor, controller
):
    template = AgreementTemplate.objects.create(
        processor=processor, name="Standaard", version_label="1.5 25-05-2018", breach_notice_hours=2
    )
    url = reverse("staff:add-agreement", kwargs={"uuid": controller.uuid})

    response = owner_client.post(url, {"template": template.pk, "title": "Verwerkersovereenkomst"})

    agreement = Agreement.objects.get()
    assert response["Location"] == agreement_url(agreement)
    assert (agreement.template, agreement.template_version) == (template, "1.5 25-05-2018")
    assert (agreement.breach_notice_hours, agreement.status) == (2, "draft")


def test_a_new_agreement_cannot_use_another_tenants_template(
    owner_client, controller, other_processor
):
    template = AgreementTemplate.objects.create(
        processor=other_processor, name="Standaard", version_label="1.5"
    )
    url = reverse("staff:add-agreement", kwargs={"uuid": controller.uuid})

    response = owner_client.post(url, {"template": template.pk, "title": "Verwerkersovereenkomst"})

    assert list(response.context["form"].errors) == ["template"]
    assert Agreement.objects.count() == 0


def test_a_new_agreement_for_another_tenants_controller_is_404(outsider_client, controller):
    url = reverse("staff:add-agreement", kwargs={"uuid": controller.uuid})

    response = outsider_client.post(url, {"title": "Verwerkersovereenkomst"})

    assert response.status_code == 404
    assert Agreement.objects.count() == 0


def test_a_new_agreement_is_403_for_a_reader(reader_client, controller):
    url = reverse("staff:add-agreement", kwargs={"uuid": controller.uuid})

    response = reader_client.post(url, {"title": "Verwerkersovereenkomst"})

    assert response.status_code == 403
    assert Agreement.objects.count() == 0


def test_a_yes_no_term_can_be_yes_no_or_not_stated(owner_client, controller):
    agreement = make_agreement(controller)
    data = {**TERMS, "subprocessor_prior_notice": "unknown", "subprocessor_objection": "false"}

    owner_client.post(agreement_url(agreement, "staff:edit-agreement"), data)

    agreement.refresh_from_db()
    assert (
        agreement.subprocessor_prior_notice,
        agreement.subprocessor_objection,
        agreement.subprocessor_flow_down,
    ) == (None, False, True)


def test_the_agreement_page_says_when_a_term_is_not_stated(owner_client, controller):
    agreement = make_agreement(controller, subprocessor_prior_notice=None)

    response = owner_client.get(
        agreement_url(agreement, "staff:agreement"), HTTP_ACCEPT_LANGUAGE="en"
    )

    assert "Prior notice of new sub-processors: not stated." in response.content.decode()
