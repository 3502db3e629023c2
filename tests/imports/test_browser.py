"""In headless Chromium: upload a DPA, watch the status page open the review, follow a quote."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from django.db import connection
from django.urls import reverse
from playwright.sync_api import Browser, Page, sync_playwright

from tests.imports.helpers import seed_docx

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-background-networking",
    "--disable-gpu",
    "--no-first-run",
]


@pytest.fixture
def browser() -> Iterator[Browser]:
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture
def session(owner_client) -> str:
    """The owner's verified session (password and TOTP passed), made before the browser starts:
    ORM calls inside Playwright's event loop are refused."""
    return owner_client.cookies["sessionid"].value


@pytest.fixture
def page(session, live_server, browser: Browser) -> Iterator[Page]:
    context = browser.new_context(locale="en-GB")
    context.add_cookies([{"name": "sessionid", "value": session, "url": live_server.url}])
    yield context.new_page()
    context.close()


def run_worker_process(media_root: Path) -> None:
    """`art28 db_worker --batch` as its own process on the test database and media directory.

    (In this process Playwright's event loop refuses ORM calls, and the worker needs the main
    thread for its signal handlers.)
    """
    db = connection.settings_dict
    if connection.vendor == "sqlite":
        url = f"sqlite:///{db['NAME']}"
    else:
        url = f"postgres://{db['USER']}@{db['HOST']}:{db['PORT']}/{db['NAME']}"
    env = {**os.environ, "ART28_DATABASE_URL": url, "ART28_DATA_DIR": str(media_root.parent)}
    art28 = Path(sys.executable).parent / "art28"
    command = [str(art28), "db_worker", "--batch", "--no-startup-delay", "--interval", "0"]
    subprocess.run(command, env=env, check=True, capture_output=True, timeout=120)


def test_an_upload_opens_its_review_by_itself_and_a_quote_link_marks_the_text(
    live_server, controller, session, page, tmp_path, settings
):
    document = tmp_path / "ICTeam DPA.docx"
    document.write_bytes(seed_docx())
    page.goto(live_server.url + reverse("imports:add-controller-import", args=[controller.uuid]))
    page.set_input_files("input[type=file]", str(document))
    page.click("form.edit button[type=submit]")
    page.wait_for_url("**/imports/*/")

    run_worker_process(settings.MEDIA_ROOT)
    page.wait_for_url("**/imports/*/review/", timeout=15_000)
    link = page.locator(".checklist a[href^='#']").first
    link.click()

    target = page.evaluate("document.querySelector('mark:target').id")
    assert "#" + target == link.get_attribute("href")
    assert page.locator("fieldset.activity-row").count() == 11
