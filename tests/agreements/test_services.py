"""update_agreement_terms: validation, audited changes, the stored row."""

from __future__ import annotations

from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError

from art28.agreements.services import update_agreement_terms
from art28.audit.models import AuditEntry
from tests.factories import make_agreement


def test_update_agreement_terms_stores_the_terms_and_audits_them(controller, owner):
    agreement = make_agreement(controller)

    update_agreement_terms(
        agreement,
        by=owner,
        data={"breach_notice_hours": 2, "liability_cap_eur": Decimal("5000.00")},
    )

    agreement.refresh_from_db()
    assert (agreement.breach_notice_hours, agreement.liability_cap_eur) == (2, Decimal(5000))
    assert AuditEntry.objects.get().data == {
        "breach_notice_hours": [None, 2],
        "liability_cap_eur": [None, "5000.00"],
    }


def test_update_agreement_terms_refuses_a_negative_cap_and_keeps_the_row(controller, owner):
    agreement = make_agreement(controller)

    with pytest.raises(ValidationError):
        update_agreement_terms(agreement, by=owner, data={"liability_cap_eur": Decimal(-1)})

    agreement.refresh_from_db()
    assert (agreement.liability_cap_eur, AuditEntry.objects.count()) == (None, 0)
