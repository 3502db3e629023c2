"""Site-wide i18n: the Dutch catalogues compile and are complete; pages follow the language."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from django.core.management import call_command
from django.urls import reverse

PACKAGE = Path(__file__).resolve().parents[2] / "src" / "art28"
CATALOGUES = sorted(PACKAGE.rglob("locale/nl/LC_MESSAGES/django.po"))


@pytest.fixture
def compiled(settings):
    """Compiled catalogues, loaded afresh (changing LOCALE_PATHS resets Django's cache)."""
    call_command("compilemessages", locale=["nl"], ignore_patterns=[".venv"], verbosity=0)
    settings.LOCALE_PATHS = [*settings.LOCALE_PATHS]


def h1(response) -> str:
    return BeautifulSoup(response.content, "html.parser").h1.get_text(strip=True)


def test_there_is_a_dutch_catalogue():
    assert PACKAGE / "locale" / "nl" / "LC_MESSAGES" / "django.po" in CATALOGUES


@pytest.mark.parametrize("po", CATALOGUES, ids=lambda p: str(p.relative_to(PACKAGE)))
def test_dutch_catalogue_compiles_with_every_message_translated(po, tmp_path):
    result = subprocess.run(
        ["msgfmt", "--check", "--statistics", "-o", str(tmp_path / "django.mo"), str(po)],
        capture_output=True,
        text=True,
        check=False,
    )

    assert result.returncode == 0, result.stderr
    assert ("untranslated" in result.stderr, "fuzzy" in result.stderr) == (False, False)


def test_pages_are_dutch_by_default(compiled, owner_client):
    response = owner_client.get(reverse("staff:controllers"))

    assert h1(response) == "Verwerkingsverantwoordelijken"


def test_the_language_switch_turns_pages_into_english(compiled, owner_client):
    url = reverse("staff:controllers")

    switched = owner_client.post(reverse("set_language"), {"language": "en", "next": url})
    response = owner_client.get(url)

    assert (switched.status_code, switched["Location"]) == (302, url)
    assert h1(response) == "Controllers"


def test_a_wrong_kvk_number_is_explained_in_dutch(compiled, owner_client):
    form = {
        "name": "Imaging People",
        "registration_scheme": "kvk",
        "registration_number": "12",
        "country": "NL",
    }

    response = owner_client.post(reverse("staff:add-controller"), form)

    assert response.context["form"].errors["registration_number"] == [
        "Een KvK-nummer heeft precies 8 cijfers."
    ]
