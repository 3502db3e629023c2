"""In headless Chromium: log in with password and TOTP, open a register, download its XLSX."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import pytest
from django.urls import reverse
from django.utils import timezone, translation
from django_otp.oath import TOTP
from django_otp.plugins.otp_totp.models import TOTPDevice
from openpyxl import load_workbook
from playwright.sync_api import Browser, Page, sync_playwright

from art28.demo.loader import load_demo
from art28.register.exports import COLUMNS

pytestmark = pytest.mark.browser

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-background-networking",
    "--disable-gpu",
    "--no-first-run",
]
OWNER = "privacy@icteam-zuid.demo"
SEED_000_ACTIVITIES = 11


@pytest.fixture
def browser() -> Iterator[Browser]:
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser: Browser) -> Iterator[Page]:
    context = browser.new_context(accept_downloads=True, locale="nl-NL")
    yield context.new_page()
    context.close()


@dataclass(frozen=True)
class Login:
    email: str
    password: str
    authenticator: TOTP  # what the phone app holds: the device's secret and clock settings

    def current_code(self) -> str:
        return f"{self.authenticator.token():0{self.authenticator.digits}d}"


@pytest.fixture
def owner_login(live_server) -> Login:
    """The demo's privacy officer of ICTeam Zuid B.V., with the password the demo prints.

    Read before the browser starts: ORM calls inside Playwright's greenlet would open a
    database connection that the test database teardown cannot close.
    """
    account = next(a for a in load_demo(today=timezone.localdate()).accounts if a.email == OWNER)
    device = TOTPDevice.objects.get(user__email=OWNER, confirmed=True)
    authenticator = TOTP(
        device.bin_key, step=device.step, t0=device.t0, digits=device.digits, drift=device.drift
    )
    return Login(account.email, account.password, authenticator)


def dutch_headers() -> list[str]:
    with translation.override("nl"):
        return [str(column.header) for column in COLUMNS]


def log_in(page: Page, base_url: str, login: Login) -> None:
    page.goto(base_url + reverse("staff:controllers"))
    page.fill("input[name=username]", login.email)
    page.fill("input[name=password]", login.password)
    page.press("input[name=password]", "Enter")
    page.wait_for_url("**" + reverse("accounts:verify"))
    page.fill("input[name=code]", login.current_code())
    page.press("input[name=code]", "Enter")
    page.wait_for_url("**" + reverse("staff:controllers"))


def test_staff_log_in_with_totp_open_a_register_and_read_back_its_xlsx(
    live_server, owner_login, page, tmp_path
):
    log_in(page, live_server.url, owner_login)
    page.get_by_role("link", name="Imaging People", exact=True).click()
    page.wait_for_url("**/controllers/*/")
    page.click("main a[href^='/controllers/'][href$='/register/']")
    page.wait_for_url("**/controllers/*/register/")
    names = page.locator("tr.activity th.name").all_inner_texts()
    with page.expect_download() as download_info:
        page.click("main a[href^='/controllers/'][href$='/register/export.xlsx']")
    path = tmp_path / "register.xlsx"
    download_info.value.save_as(path)

    rows = list(load_workbook(path, read_only=True).active.iter_rows(values_only=True))

    assert len(names) == SEED_000_ACTIVITIES
    assert list(rows[0]) == dutch_headers()
    assert [row[:2] for row in rows[1:]] == [("Imaging People", name) for name in names]
