"""A DPA goes from upload through the worker and the review into a draft agreement."""

from __future__ import annotations

import datetime as dt
import hashlib
from decimal import Decimal

import pytest
from bs4 import BeautifulSoup
from django.urls import reverse
from django.utils import timezone

from art28.agreements.models import Agreement
from art28.audit.models import AuditEntry
from art28.imports.enums import ImportState
from art28.imports.models import DocumentImport
from art28.imports.services import STALLED_AFTER, requeue_stalled_imports
from art28.register.models import ProcessingActivity
from tests.analysis.fixtures.build import encrypted_pdf
from tests.imports.helpers import form_data, run_worker, seed_docx, seed_text, upload

# The worker closes its connection when done, so these tests commit for real.
pytestmark = pytest.mark.django_db(transaction=True)


def upload_url(controller) -> str:
    return reverse("imports:add-controller-import", kwargs={"uuid": controller.uuid})


def review_url(document_import) -> str:
    return reverse("imports:review", kwargs={"uuid": document_import.uuid})


@pytest.fixture
def analysed(owner_client, controller) -> DocumentImport:
    owner_client.post(upload_url(controller), {"file": upload("ICTeam DPA.docx", seed_docx())})
    run_worker()
    return DocumentImport.objects.get()


def test_an_upload_keeps_the_original_with_its_sha256_and_queues_it(owner_client, controller):
    content = seed_docx()

    response = owner_client.post(upload_url(controller), {"file": upload("dpa.docx", content)})

    document_import = DocumentImport.objects.get()
    assert response.status_code == 302
    assert response.url == reverse("imports:import", kwargs={"uuid": document_import.uuid})
    assert document_import.state == ImportState.QUEUED
    assert document_import.sha256 == hashlib.sha256(content).hexdigest()
    assert document_import.file.read() == content
    assert (document_import.file_name, document_import.size, document_import.format) == (
        "dpa.docx",
        len(content),
        "docx",
    )


def test_the_worker_analyses_the_upload(analysed):
    assert (analysed.state, analysed.progress, analysed.error) == (ImportState.DONE, 100, "")
    assert analysed.result["version"] == {"label": "2018/1", "date": None}
    assert len(analysed.result["activities"]) == 11
    assert analysed.result["document"]["sha256"] == analysed.sha256


def test_the_status_page_of_a_finished_import_opens_the_review(owner_client, analysed):
    status = owner_client.get(reverse("imports:import-status", kwargs={"uuid": analysed.uuid}))
    page = owner_client.get(reverse("imports:import", kwargs={"uuid": analysed.uuid}))

    assert status.json()["state"] == "done"
    assert status.json()["review_url"] == review_url(analysed)
    assert page.url == review_url(analysed)


def test_the_review_page_links_each_checklist_quote_to_its_mark(owner_client, analysed):
    response = owner_client.get(review_url(analysed))

    soup = BeautifulSoup(response.content, "html.parser")
    link = soup.select_one(".checklist a[href^='#']")
    mark = soup.find("mark", id=link["href"][1:])
    assert response.status_code == 200
    assert " ".join(mark.text.split()) == link.text.strip("“”")
    assert len(soup.select(".checklist li")) == 22


def test_nothing_is_saved_before_the_reviewer_confirms(owner_client, analysed):
    owner_client.get(review_url(analysed))

    assert (Agreement.objects.count(), ProcessingActivity.objects.count()) == (0, 0)


def test_confirming_saves_a_draft_agreement_with_the_documents_terms(owner_client, analysed):
    page = owner_client.get(review_url(analysed))

    response = owner_client.post(review_url(analysed), form_data(page.content))

    agreement = Agreement.objects.get()
    assert response.url == reverse("staff:agreement", kwargs={"uuid": agreement.uuid})
    assert (agreement.status, agreement.template_version, agreement.title) == (
        "draft",
        "2018/1",
        "Verwerkersovereenkomst",
    )
    assert (agreement.liability_cap_eur, agreement.claims_lapse_months) == (Decimal(5000), 12)
    assert (agreement.audit_per_year, agreement.amendment_notice_months) == (1, 2)
    assert (agreement.subprocessor_authorisation, agreement.transfers_outside_eea) == (
        "general",
        "consent",
    )
    assert sorted(agreement.transfer_exceptions.values_list("name", flat=True)) == [
        "Apple icloud",
        "Applicaties van Apple",
    ]


def test_confirming_saves_the_eleven_activities_in_the_register(owner_client, analysed):
    page = owner_client.get(review_url(analysed))

    owner_client.post(review_url(analysed), form_data(page.content))

    activities = ProcessingActivity.objects.order_by("position")
    expected = [row["name"] for row in analysed.result["activities"]]
    assert [a.name for a in activities] == expected
    assert len(expected) == 11
    assert {a.agreement_id for a in activities} == {Agreement.objects.get().pk}
    assert sorted(f.name for f in activities[0].staff_functions.all()) == [
        "Consultant",
        "ICT beheer",
        "Supportdesk",
    ]
    assert activities[0].search_text.startswith(expected[0].lower())


def test_the_reviewers_corrections_are_what_is_saved(owner_client, analysed):
    data = form_data(owner_client.get(review_url(analysed)).content)
    data.update({"terms-liability_cap_eur": "7500", "activities-0-name": "Systeembeheer"})
    data["activities-1-DELETE"] = "on"

    owner_client.post(review_url(analysed), data)

    assert Agreement.objects.get().liability_cap_eur == Decimal(7500)
    assert ProcessingActivity.objects.count() == 10
    assert ProcessingActivity.objects.get(position=1).name == "Systeembeheer"


def test_confirming_is_audited_and_recorded_on_the_import(owner_client, owner, analysed):
    data = form_data(owner_client.get(review_url(analysed)).content)

    owner_client.post(review_url(analysed), data)

    analysed.refresh_from_db()
    assert (analysed.confirmed_by, analysed.agreement) == (owner, Agreement.objects.get())
    confirm = AuditEntry.objects.get(action="confirm")
    assert confirm.data["activities"] == 11
    assert AuditEntry.objects.filter(object_type="register.processingactivity").count() == 11


def test_a_second_confirm_is_refused_and_saves_no_second_agreement(owner_client, analysed):
    data = form_data(owner_client.get(review_url(analysed)).content)
    owner_client.post(review_url(analysed), data)

    again = owner_client.post(review_url(analysed), data)

    assert again.status_code == 409
    assert (Agreement.objects.count(), ProcessingActivity.objects.count()) == (1, 11)


def test_a_corrupt_docx_fails_with_its_reason_on_the_status_page(owner_client, controller):
    broken = upload("broken.docx", b"PK\x03\x04 this is not a word document")
    owner_client.post(upload_url(controller), {"file": broken})

    run_worker()

    document_import = DocumentImport.objects.get()
    page = owner_client.get(reverse("imports:import", kwargs={"uuid": document_import.uuid}))
    assert (document_import.state, document_import.progress) == (ImportState.FAILED, 100)
    assert document_import.error.startswith("damaged DOCX, not a valid Word document")
    assert BeautifulSoup(page.content, "html.parser").find(class_="form-errors").text == (
        "Het document kon niet worden geanalyseerd: Het Word-bestand is beschadigd: het is geen "
        "geldig DOCX-document."
    )


def test_a_text_that_is_not_a_dpa_fails_with_that_reason(owner_client, controller):
    owner_client.post(upload_url(controller), {"file": upload("menu.txt", b"Soup of the day.")})

    run_worker()

    assert DocumentImport.objects.get().error == (
        "not a data processing agreement (no personal data, no processor or controller)"
    )


def test_an_encrypted_pdf_fails_with_that_reason(owner_client, controller):
    pdf = encrypted_pdf(seed_text()[:2000])
    owner_client.post(upload_url(controller), {"file": upload("locked.pdf", pdf)})

    run_worker()

    assert DocumentImport.objects.get().error == "encrypted PDF (a password is needed to read it)"


def test_an_analysis_whose_worker_died_is_queued_again_and_finished(owner_client, controller):
    owner_client.post(upload_url(controller), {"file": upload("dpa.docx", seed_docx())})
    document_import = DocumentImport.objects.get()
    died_at = timezone.now() - STALLED_AFTER - dt.timedelta(seconds=1)
    DocumentImport.objects.update(state=ImportState.RUNNING, started_at=died_at)
    run_worker()  # the original task finds the row taken and skips it

    requeued = requeue_stalled_imports(now=timezone.now())
    run_worker()

    document_import.refresh_from_db()
    assert requeued == 1
    assert (document_import.state, document_import.progress) == (ImportState.DONE, 100)
    assert requeue_stalled_imports(now=timezone.now()) == 0
