"""Import pages: bad uploads, tenants, roles, methods, the list's queries, sub-processors."""

from __future__ import annotations

import pytest
from bs4 import BeautifulSoup
from django.urls import reverse
from django_tasks_db.models import DBTaskResult

from art28.agreements.models import Agreement
from art28.imports.enums import ImportState
from art28.imports.models import MAX_UPLOAD_BYTES, DocumentImport
from tests.factories import make_controller
from tests.imports.conftest import make_import
from tests.imports.helpers import form_data, seed_docx, upload


def upload_url(organisation) -> str:
    name = (
        "add-controller-import"
        if organisation.kind == "controller"
        else ("add-subprocessor-import")
    )
    return reverse(f"imports:{name}", kwargs={"uuid": organisation.uuid})


def url(name: str, document_import) -> str:
    return reverse(f"imports:{name}", kwargs={"uuid": document_import.uuid})


def errors(response) -> list[str]:
    soup = BeautifulSoup(response.content, "html.parser")
    return [li.text for li in soup.select(".errorlist li")]


def test_an_upload_queues_one_analysis_task(owner_client, controller):
    owner_client.post(upload_url(controller), {"file": upload("dpa.docx", seed_docx())})

    task = DBTaskResult.objects.get()
    assert task.args_kwargs["args"] == [DocumentImport.objects.get().pk]


def test_a_file_over_50_mb_gets_a_form_error(owner_client, controller):
    big = upload("big.txt", b"x" * (MAX_UPLOAD_BYTES + 1))

    response = owner_client.post(upload_url(controller), {"file": big}, HTTP_ACCEPT_LANGUAGE="en")

    assert response.status_code == 400
    assert errors(response) == ["The file is 50.0\xa0MB; the limit is 50 MB."]
    assert DocumentImport.objects.count() == 0


def test_an_unknown_extension_gets_a_form_error(owner_client, controller):
    exe = upload("dpa.exe", b"MZ")

    response = owner_client.post(upload_url(controller), {"file": exe}, HTTP_ACCEPT_LANGUAGE="en")

    assert response.status_code == 400
    assert errors(response) == [
        "A .exe file cannot be read; upload a PDF, DOCX, HTML, Markdown or text file."
    ]
    assert DocumentImport.objects.count() == 0


def test_an_empty_file_gets_a_form_error(owner_client, controller):
    response = owner_client.post(upload_url(controller), {"file": upload("dpa.txt", b"")})

    assert response.status_code == 400
    assert len(errors(response)) == 1
    assert DocumentImport.objects.count() == 0


def test_the_upload_page_opens_with_one_h1(owner_client, controller, subprocessor):
    pages = [owner_client.get(upload_url(o)) for o in (controller, subprocessor)]

    headings = [len(BeautifulSoup(p.content, "html.parser").find_all("h1")) for p in pages]

    assert [p.status_code for p in pages] == [200, 200]
    assert headings == [1, 1]


def test_a_reader_cannot_upload(reader_client, controller):
    response = reader_client.post(upload_url(controller), {"file": upload("d.txt", b"x")})

    assert response.status_code == 403
    assert DocumentImport.objects.count() == 0


def test_a_reader_sees_the_review_but_cannot_confirm(reader_client, done_import):
    page = reader_client.get(url("review", done_import))

    response = reader_client.post(url("review", done_import), {})

    assert page.status_code == 200
    assert response.status_code == 403
    assert Agreement.objects.count() == 0


@pytest.mark.parametrize("name", ["import", "import-status", "import-file", "review"])
def test_another_tenants_import_is_not_found(outsider_client, done_import, name):
    response = outsider_client.get(url(name, done_import))

    assert response.status_code == 404


def test_another_tenants_controller_cannot_receive_an_upload(outsider_client, controller):
    response = outsider_client.post(upload_url(controller), {"file": upload("d.txt", b"x")})

    assert response.status_code == 404
    assert DocumentImport.objects.count() == 0


def test_another_tenant_cannot_confirm(outsider_client, done_import):
    response = outsider_client.post(url("review", done_import), {})

    done_import.refresh_from_db()
    assert response.status_code == 404
    assert done_import.confirmed_at is None


@pytest.mark.parametrize(
    ("method", "name"),
    [
        ("put", "review"),
        ("delete", "review"),
        ("post", "import-status"),
        ("post", "import"),
        ("post", "import-file"),
    ],
)
def test_a_wrong_method_is_405(owner_client, done_import, method, name):
    response = getattr(owner_client, method)(url(name, done_import))

    assert response.status_code == 405


def test_a_malformed_id_is_404(owner_client):
    responses = [owner_client.get(f"/imports/{bad}/") for bad in ("42", "not-a-uuid")]

    assert [r.status_code for r in responses] == [404, 404]


@pytest.mark.parametrize("name", ["import", "import-status", "import-file", "review"])
def test_an_anonymous_visitor_is_sent_to_login(client, done_import, name):
    response = client.get(url(name, done_import))

    assert response.status_code == 302
    assert response.url.startswith(reverse("accounts:login"))


def test_an_anonymous_visitor_cannot_upload_or_list(client, controller):
    responses = [
        client.post(upload_url(controller), {"file": upload("d.txt", b"x")}),
        client.get(reverse("imports:imports")),
    ]

    assert [r.status_code for r in responses] == [302, 302]
    assert DocumentImport.objects.count() == 0


def test_the_status_json_tells_state_and_progress(owner_client, controller):
    document_import = make_import(controller, state=ImportState.RUNNING, progress=50)

    response = owner_client.get(url("import-status", document_import))

    assert response.json() == {
        "state": "running",
        "state_display": "bezig",
        "progress": 50,
        "error": "",
        "review_url": None,
    }


def test_a_running_import_shows_its_progress_and_refreshes_without_js(owner_client, controller):
    document_import = make_import(controller, state=ImportState.RUNNING, progress=50)

    response = owner_client.get(url("import", document_import))

    soup = BeautifulSoup(response.content, "html.parser")
    assert soup.find("progress")["value"] == "50"
    assert soup.select_one("noscript meta")["http-equiv"] == "refresh"
    assert soup.find("script")["src"].endswith("imports/status.js")


def test_the_original_file_downloads_unchanged(owner_client, done_import):
    response = owner_client.get(url("import-file", done_import))

    assert b"".join(response.streaming_content) == done_import.file.open("rb").read()


@pytest.mark.parametrize("rows", [1, 3])
def test_the_import_list_needs_the_same_queries_for_one_and_three_rows(
    owner_client, processor, rows, django_assert_num_queries
):
    for i in range(rows):
        make_import(make_controller(processor, f"Client {i}"))

    with django_assert_num_queries(6):
        response = owner_client.get(reverse("imports:imports"))

    assert len(response.context["page"].object_list) == rows


def test_the_import_list_hides_other_tenants_imports(outsider_client, done_import):
    response = outsider_client.get(reverse("imports:imports"))

    assert list(response.context["page"].object_list) == []


def test_a_subprocessors_dpa_is_confirmed_without_an_agreement(owner_client, subprocessor):
    document_import = make_import(subprocessor)
    data = form_data(owner_client.get(url("review", document_import)).content)

    owner_client.post(url("review", document_import), data)

    document_import.refresh_from_db()
    assert document_import.confirmed_at is not None
    assert document_import.reviewed["agreement"]["template_version"] == "2018/1"
    assert Agreement.objects.count() == 0


def test_a_wrong_term_keeps_the_review_open_with_its_error_and_saves_nothing(
    owner_client, done_import
):
    data = form_data(owner_client.get(url("review", done_import)).content)
    data["terms-liability_cap_eur"] = "-5"

    response = owner_client.post(url("review", done_import), data, HTTP_ACCEPT_LANGUAGE="en")

    done_import.refresh_from_db()
    assert response.status_code == 400
    assert errors(response) == ["A liability cap cannot be negative."]
    assert (Agreement.objects.count(), done_import.confirmed_at) == (0, None)


def test_the_review_of_an_unfinished_import_sends_to_its_status_page(owner_client, controller):
    document_import = make_import(controller, state=ImportState.QUEUED, progress=0)

    response = owner_client.get(url("review", document_import))

    assert response.url == url("import", document_import)


def test_the_review_shows_the_parties_found(owner_client, done_import):
    response = owner_client.get(url("review", done_import), HTTP_ACCEPT_LANGUAGE="en")

    items = BeautifulSoup(response.content, "html.parser").select(".parties li")
    assert " ".join(items[0].text.split()) == (
        "processor: ICTeam Zuid B.V. (KVK 17081230), Sint-Oedenrode; represented by O. Petersen "
        "(Directeur)"
    )


def test_the_controller_and_subprocessor_pages_link_to_the_upload(
    owner_client, controller, subprocessor
):
    pages = [
        owner_client.get(reverse("staff:controller", kwargs={"uuid": controller.uuid})),
        owner_client.get(reverse("staff:subprocessor", kwargs={"uuid": subprocessor.uuid})),
    ]

    links = [
        [a["href"] for a in BeautifulSoup(p.content, "html.parser").select("main a")] for p in pages
    ]
    assert [upload_url(controller) in links[0], upload_url(subprocessor) in links[1]] == [
        True,
        True,
    ]
