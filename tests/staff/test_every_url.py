"""Site-wide: every staff URL needs a login, hides other tenants' objects, has one <h1>."""

from __future__ import annotations

import pytest
from bs4 import BeautifulSoup
from django.urls import URLPattern, URLResolver, get_resolver, reverse

from art28.measures.models import Measure
from art28.organisations.models import Contact
from tests.factories import make_activity, make_agreement, make_subprocessor

NOT_PAGES = {"controller-register-export", "register-export"}  # files, not HTML pages


def staff_patterns() -> list[URLPattern]:
    resolver = next(
        p
        for p in get_resolver().url_patterns
        if isinstance(p, URLResolver) and p.namespace == "staff"
    )
    return list(resolver.url_patterns)


@pytest.fixture
def objects(processor, controller):
    """One object of this processor for each URL that names one."""
    agreement = make_agreement(controller)
    subprocessor = make_subprocessor(processor)
    contact = Contact.objects.create(organisation=controller, name="J. Jansen")
    return {
        "controller": controller,
        "edit-controller": controller,
        "controller-register": controller,
        "controller-register-export": controller,
        "add-activity": controller,
        "edit-activity": make_activity(controller),
        "subprocessor": subprocessor,
        "edit-subprocessor": subprocessor,
        "add-contact": controller,
        "add-agreement": controller,
        "edit-contact": contact,
        "agreement": agreement,
        "edit-agreement": agreement,
        "edit-measure": Measure.objects.create(processor=processor, title="Back-up"),
    }


def url_of(pattern: URLPattern, objects: dict) -> str:
    kwargs = {}
    if "uuid" in pattern.pattern.converters:
        kwargs["uuid"] = objects[pattern.name].uuid
    if "fmt" in pattern.pattern.converters:
        kwargs["fmt"] = "csv"
    return reverse(f"staff:{pattern.name}", kwargs=kwargs)


def test_every_staff_url_sends_anonymous_visitors_to_login(client, objects):
    redirects = {p.name: client.get(url_of(p, objects)).status_code for p in staff_patterns()}

    assert set(redirects.values()) == {302}


def test_every_staff_url_of_an_object_is_404_for_another_tenant(outsider_client, objects):
    named = [p for p in staff_patterns() if "uuid" in p.pattern.converters]

    statuses = {p.name: outsider_client.get(url_of(p, objects)).status_code for p in named}

    assert statuses == dict.fromkeys(statuses, 404)


def test_every_staff_page_has_exactly_one_h1(owner_client, objects):
    pages = [p for p in staff_patterns() if p.name not in NOT_PAGES]

    counts = {
        p.name: len(
            BeautifulSoup(owner_client.get(url_of(p, objects)).content, "html.parser").find_all(
                "h1"
            )
        )
        for p in pages
    }

    assert counts == dict.fromkeys(counts, 1)


def test_every_staff_page_opens_for_a_reader(reader_client, objects):
    readable = [p for p in staff_patterns() if not p.name.startswith(("add-", "edit-"))]

    statuses = {p.name: reader_client.get(url_of(p, objects)).status_code for p in readable}

    assert statuses == dict.fromkeys(statuses, 200)


def test_not_found_and_not_allowed_pages_have_one_h1(owner_client, reader_client, controller):
    missing = owner_client.get("/controllers/00000000-0000-0000-0000-000000000000/")
    refused = reader_client.post(reverse("staff:edit-controller", kwargs={"uuid": controller.uuid}))

    headings = [BeautifulSoup(r.content, "html.parser").find_all("h1") for r in (missing, refused)]

    assert (missing.status_code, refused.status_code) == (404, 403)
    assert [len(h) for h in headings] == [1, 1]
