"""Register exports through the staff URLs: streamed, audited, scoped."""

from __future__ import annotations

import csv
import io
import json

import pytest
from django.urls import reverse
from openpyxl import load_workbook

from art28.audit.models import AuditEntry
from tests.core.test_i18n import compiled  # noqa: F401 (fixture: the compiled catalogues)
from tests.factories import make_activity, make_controller


def export_url(controller, fmt: str) -> str:
    return reverse("staff:controller-register-export", kwargs={"uuid": controller.uuid, "fmt": fmt})


def test_controller_register_exports_as_xlsx_with_one_row_per_activity(owner_client, controller):
    make_activity(controller, "Remote backup")
    make_activity(controller, "Helpdesk")

    response = owner_client.get(export_url(controller, "xlsx"))

    sheet = load_workbook(io.BytesIO(b"".join(response.streaming_content))).active
    names = [row[0].value for row in sheet.iter_rows(min_row=2) if row[0].value]
    assert response.status_code == 200
    assert response["Content-Disposition"].startswith('attachment; filename="register-')
    assert len(names) == 2


def test_controller_register_export_writes_one_export_entry(owner_client, owner, controller):
    response = owner_client.get(export_url(controller, "csv"))
    b"".join(response.streaming_content)

    entry = AuditEntry.objects.get()
    assert (entry.action, entry.actor, entry.object_id) == (
        "export",
        owner.email,
        str(controller.uuid),
    )


def test_whole_register_exports_as_json_for_every_controller(owner_client, processor, controller):
    make_activity(controller, "Remote backup")
    make_activity(make_controller(processor, "Second client"), "Mail")

    response = owner_client.get(reverse("staff:register-export", kwargs={"fmt": "json"}))

    document = json.loads(b"".join(response.streaming_content))
    assert response["Content-Type"].startswith("application/json")
    assert (document["register"]["controller"], len(document["activities"])) == (None, 2)


@pytest.mark.usefixtures("compiled")
def test_csv_export_headers_follow_the_chosen_language(owner_client, controller):
    make_activity(controller, "Remote backup")
    english = owner_client.get(export_url(controller, "csv"), HTTP_ACCEPT_LANGUAGE="en")
    dutch = owner_client.get(export_url(controller, "csv"), HTTP_ACCEPT_LANGUAGE="nl")

    headers = [
        next(csv.reader(io.StringIO(b"".join(r.streaming_content).decode("utf-8-sig"))))
        for r in (english, dutch)
    ]

    assert (headers[0][0], headers[1][0]) == ("Controller", "Verwerkingsverantwoordelijke")


def test_export_of_another_tenants_register_is_404_and_not_audited(outsider_client, controller):
    response = outsider_client.get(export_url(controller, "xlsx"))

    assert response.status_code == 404
    assert AuditEntry.objects.count() == 0


def test_export_in_an_unknown_format_is_404(owner_client, controller):
    response = owner_client.get(f"/controllers/{controller.uuid}/register/export.exe")

    assert response.status_code == 404


def test_export_rejects_post_with_405(owner_client, controller):
    response = owner_client.post(export_url(controller, "csv"))

    assert response.status_code == 405


def test_export_sends_anonymous_visitors_to_login(client, controller):
    response = client.get(export_url(controller, "pdf"))

    assert response.status_code == 302
    assert AuditEntry.objects.count() == 0


def test_a_reader_may_export(reader_client, controller):
    response = reader_client.get(export_url(controller, "csv"))

    assert response.status_code == 200


def test_a_pdf_too_large_to_render_sends_the_user_back_with_the_reason(
    owner_client, controller, settings
):
    settings.REGISTER_PDF_MAX_ROWS = 2
    for name in ("Backup", "Hosting", "Support"):
        make_activity(controller, name)
    url = reverse("staff:register-export", kwargs={"fmt": "pdf"})

    response = owner_client.get(url, follow=True, HTTP_ACCEPT_LANGUAGE="en")

    assert response.redirect_chain == [(reverse("staff:register"), 302)]
    messages = [str(m) for m in response.context["messages"]]
    assert len(messages) == 1
    assert messages[0].startswith("The register has 3 activities; a PDF holds at most 2.")
    assert AuditEntry.objects.filter(action="export").count() == 0
