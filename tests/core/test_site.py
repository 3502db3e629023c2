"""Site-wide checks: migrations, templates, translations, deploy settings."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.management import call_command
from django.template import engines
from django.template.loader import get_template

PACKAGE = Path(__file__).resolve().parents[2] / "src" / "art28"


@pytest.mark.django_db
def test_no_model_changes_lack_a_migration():
    out = io.StringIO()

    call_command("makemigrations", "--check", "--dry-run", stdout=out)

    assert "No changes detected" in out.getvalue()


def test_every_template_compiles():
    names = sorted(
        str(p.relative_to(p.parents[p.parts[::-1].index("templates") - 1]))
        for p in PACKAGE.rglob("templates/**/*")
        if p.is_file()
    )

    compiled = [get_template(name) for name in names]

    assert len(compiled) == len(names) > 0
    assert engines["django"] is not None


def test_check_deploy_is_clean_with_production_settings(tmp_path):
    env = {
        **os.environ,
        "ART28_SECRET_KEY": "x" * 20 + "production-secret-key-from-environment-0123456789",
        "ART28_HTTPS": "1",
        "ART28_DEBUG": "0",
        "ART28_ALLOWED_HOSTS": "art28.example.nl",
        "ART28_DATA_DIR": str(tmp_path),
    }

    result = subprocess.run(
        [sys.executable, "-m", "art28", "check", "--deploy", "--fail-level", "WARNING"],
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )

    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout
