"""`art28 audit export`: the log as JSON lines, all of it or one processor's part."""

from __future__ import annotations

import io
import json

import pytest
from django.core.management import call_command

from art28.audit.models import GENESIS, AuditEntry, canonical, chain_hash
from art28.audit.services import record

pytestmark = pytest.mark.django_db


def test_export_writes_one_json_line_per_entry_that_rechecks_as_a_chain():
    for i in range(3):
        record("view", by="owner@icteam.example", processor=None, data={"i": i})
    out = io.StringIO()

    call_command("audit", "export", stdout=out)

    lines = [json.loads(line) for line in out.getvalue().splitlines()]
    prev = GENESIS
    for line in lines:
        content = {k: v for k, v in line.items() if k not in ("prev_hash", "hash")}
        content["at"] = AuditEntry._meta.get_field("at").to_python(content["at"])
        assert (line["prev_hash"], chain_hash(prev, canonical(**content))) == (prev, line["hash"])
        prev = line["hash"]
    assert [line["data"] for line in lines] == [{"i": 0}, {"i": 1}, {"i": 2}]


def test_export_of_one_processor_leaves_out_the_others_and_is_itself_recorded(
    processor, other_processor, tmp_path
):
    record("view", by=None, processor=processor, summary="ours")
    record("view", by=None, processor=other_processor, summary="theirs")
    target = tmp_path / "audit.jsonl"

    call_command(
        "audit",
        "export",
        "--processor",
        "ICTeam Zuid B.V.",
        "-o",
        str(target),
        stderr=io.StringIO(),
    )

    lines = [json.loads(line) for line in target.read_text(encoding="utf-8").splitlines()]
    assert [line["summary"] for line in lines] == ["ours"]
    last = AuditEntry.objects.last()
    assert (last.action, last.processor, last.data) == (
        "export",
        processor.uuid,
        {"format": "jsonl", "rows": 1},
    )
