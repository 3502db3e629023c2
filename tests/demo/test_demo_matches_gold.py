"""The demo holds the seed agreements exactly as the hand-checked gold files say."""

from __future__ import annotations

from art28.agreements.models import Agreement, AgreementTemplate
from art28.organisations.models import Organisation
from tests.demo import gold as g

RETENTION_RULES = {  # domain.md section 9: (kind, months, legal years)
    "Maximaal 1 maand.": ("rolling", 1, None),
    "Gedurende overeenkomst": ("agreement", None, None),
    "Gedurende de samenwerking met de klant/ opdrachtgever": ("agreement", None, None),
    "Gedurende overeenkomst of gedurende de wettelijke bewaartermijn indien deze langer is.": (
        "agreement_or_legal",
        None,
        7,
    ),
}


def imaging_people_agreement() -> Agreement:
    return Agreement.objects.get(controller__name="Imaging People")


def mickcom_template() -> AgreementTemplate:
    return AgreementTemplate.objects.get(processor__name="Mickcom ICT")


def test_demo_000_title_and_version_match_the_gold(demo):
    expected = g.gold("000")

    agreement = imaging_people_agreement()

    assert agreement.title == expected["title"]
    assert agreement.template_version == expected["version"]["label"]
    assert agreement.template.version_label == expected["version"]["label"]
    assert agreement.template.version_date == expected["version"]["date"]
    assert (agreement.status, str(agreement.signed_on)) == ("active", "2018-05-14")


def test_demo_000_parties_match_the_gold(demo):
    expected = g.gold("000")["parties"]
    agreement = imaging_people_agreement()
    by_role = {"processor": agreement.processor, "controller": agreement.controller}

    parties = [g.party(p["role"], by_role[p["role"]]) for p in expected]

    assert parties == expected


def test_demo_000_parties_have_their_addresses(demo):
    agreement = imaging_people_agreement()

    addresses = [
        (o.address, o.postcode, o.city) for o in (agreement.processor, agreement.controller)
    ]

    assert addresses == [
        ("Kofferen 34", "5492 BN", "Sint-Oedenrode"),
        ("Heer Dickbierweg 8", "5731 CM", "Mierlo"),
    ]


def test_demo_000_signatures_match_the_gold(demo):
    agreement = imaging_people_agreement()

    signatures = g.signatures(agreement)
    signers = [(s.role, s.name, s.title) for s in agreement.signatures.all()]

    assert signatures == g.gold("000")["signatures"]
    assert signers == [
        ("controller", "L. Voets", "Eigenaar"),
        ("processor", "O. Petersen", "Directeur"),
    ]


def test_demo_000_terms_match_the_gold(demo):
    agreement = imaging_people_agreement()

    terms = g.agreement_terms(agreement)

    assert terms == g.gold("000")["terms"]
    assert agreement.competent_court == (
        "De bevoegde rechter voor het arrondissement waarin Verwerker gevestigd is"
    )
    assert agreement.transfers_eu_only is True


def test_demo_000_activities_match_the_gold_in_order(demo):
    activities = g.activities(imaging_people_agreement())

    assert len(activities) == 11
    assert activities == g.gold("000")["activities"]


def test_demo_000_activities_carry_the_structured_retention_rule(demo):
    rows = imaging_people_agreement().activities.order_by("position")

    rules = [(a.retention_kind, a.retention_months, a.legal_retention_years) for a in rows]

    assert rules == [RETENTION_RULES[a["retention"]] for a in g.gold("000")["activities"]]


def test_demo_000_annexes_are_stored(demo):
    annexes = imaging_people_agreement().annexes.all()

    assert [(a.number, a.title, a.version) for a in annexes] == [
        (1, "Overzicht van de verwerking van gegevens", "2018/1"),
        (2, "Overzicht van beveiligingsmaatregelen", "2018/1"),
    ]


def test_demo_003_template_matches_the_gold(demo):
    expected = g.gold("003")

    template = mickcom_template()

    assert (template.name, template.version_label) == (
        expected["title"],
        expected["version"]["label"],
    )
    assert template.version_date.isoformat() == expected["version"]["date"]
    assert g.terms(template, []) == expected["terms"]


def test_demo_003_processor_matches_the_gold(demo):
    expected = [p for p in g.gold("003")["parties"] if p["role"] == "processor"]

    parties = [g.party("processor", mickcom_template().processor)]

    assert parties == expected


def test_demo_003_applies_to_two_controllers_with_the_gold_terms(demo):
    agreements = Agreement.objects.filter(template=mickcom_template()).order_by("pk")
    expected = g.gold("003")["terms"]

    terms = [g.agreement_terms(a) for a in agreements]

    assert [a.controller.name for a in agreements] == [
        "Bakkerij Demo B.V.",
        "Administratiekantoor Voorbeeld B.V.",
    ]
    assert terms == [expected, expected]


def test_demo_003_agreements_hold_the_gold_activities_in_order(demo):
    agreements = Agreement.objects.filter(template=mickcom_template()).order_by("pk")
    expected = g.gold("003")["activities"]

    activities = [g.activities(a) for a in agreements]

    assert activities == [expected, expected]


def test_demo_controllers_of_003_belong_to_mickcom(demo):
    mickcom = Organisation.objects.get(name="Mickcom ICT")

    names = sorted(mickcom.relations.values_list("name", flat=True))

    assert names == ["Administratiekantoor Voorbeeld B.V.", "Bakkerij Demo B.V."]
