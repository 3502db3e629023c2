"""Parties, version, signatures, terms and activities: the seeds' gold values and the general
rules behind them, on short texts in both languages."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from art28.analysis.activities import activities_from_table, find_activities
from art28.analysis.fields import version
from art28.analysis.parties import find_parties, role_aliases, signatures
from art28.analysis.report import analyse
from art28.analysis.terms import extract_terms, parse_amount
from tests.analysis.fixtures.build import DPA_EN, SEED_000, SEED_003, docx_bytes

FIELDS = ["version", "parties", "signatures", "terms", "activities"]


@pytest.mark.parametrize("seed", [SEED_000, SEED_003])
def test_a_seed_gives_the_gold_parties_terms_and_activities(seed: Path) -> None:
    gold = json.loads(seed.with_suffix(".json").read_text())

    result = analyse(seed)

    assert {f: result[f] for f in FIELDS} == {f: gold[f] for f in FIELDS}
    assert result["document"] == gold["document"]


def test_an_english_dpa_gives_its_parties_and_signature() -> None:
    parties = find_parties(DPA_EN)

    assert [p.as_dict() for p in parties] == [
        {
            "role": "controller",
            "name": "Acme Retail B.V.",
            "registration": {"scheme": "kvk", "id": "12345678"},
            "city": "Utrecht",
            "representative": {"name": "Jane Doe", "title": "director"},
        },
        {
            "role": "processor",
            "name": "Cloudy Hosting Ltd",
            "registration": None,
            "city": "Amsterdam",
            "representative": None,
        },
    ]
    assert signatures(DPA_EN, parties) == [
        {"role": "controller", "date": "2021-03-03", "place": "Utrecht"},
        {"role": "processor", "date": "2021-03-03", "place": "Utrecht"},
    ]


def test_an_english_dpa_gives_its_terms() -> None:
    terms = extract_terms(DPA_EN)

    assert terms == {
        "breach_notice": {"within_hours": 48, "without_undue_delay": True},
        "subprocessors": {
            "authorisation": "general",
            "prior_notice": True,
            "objection": True,
            "flow_down": True,
        },
        "transfers": {"outside_eea": None, "exceptions": []},
        "audit": {"per_year": None, "on_suspicion": None, "independent_auditor": None},
        "liability": {"cap_eur": 10000, "indirect_excluded": True, "claims_lapse_months": None},
        "amendment": {"notice_months": None},
        "end_of_contract": {"return": None, "delete": None, "machine_readable": None},
        "governing_law": "NL",
    }


def test_a_text_that_states_no_terms_gives_none_for_each() -> None:
    terms = extract_terms("De verwerker verwerkt persoonsgegevens voor de klant.")

    assert [
        v
        for group in terms.values()
        if isinstance(group, dict)
        for v in group.values()
        if v not in (None, [])
    ] == []
    assert terms["governing_law"] is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Versie 1.5 25-05-2018", {"label": "1.5", "date": "2018-05-25"}),
        ("Versie 2018/1", {"label": "2018/1", "date": None}),
        ("Version 3.0 - 1 January 2022", {"label": "3.0", "date": "2022-01-01"}),
        ("de nieuwe versie wordt gemeld", {"label": None, "date": None}),
    ],
)
def test_the_version_is_a_label_and_an_optional_date(text: str, expected: dict) -> None:
    assert version(text) == expected


@pytest.mark.parametrize(
    ("raw", "euros"),
    [
        ("5.000,00", 5000),
        ("10,000", 10000),
        ("5.000,-", 5000),
        ("250000", 250000),
        ("1,500.50", 1500),
    ],
)
def test_an_amount_is_read_in_dutch_and_english_notation(raw: str, euros: int) -> None:
    assert parse_amount(raw) == euros


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("De aansprakelijkheid van Verwerker is beperkt tot maximaal € 25.000 per jaar.", 25000),
        ("The Processor's liability shall not exceed EUR 1 million in total.", 1_000_000),
        ("De aansprakelijkheid is beperkt tot het factuurbedrag van de laatste maand.", None),
    ],
)
def test_the_liability_cap_is_an_amount_in_a_limiting_sentence(
    text: str, expected: int | None
) -> None:
    assert extract_terms(text)["liability"]["cap_eur"] == expected


@pytest.mark.parametrize(
    ("text", "hours", "undue"),
    [
        (
            "Verwerker meldt een datalek zonder onredelijke vertraging aan Opdrachtgever.",
            None,
            True,
        ),
        (
            "Verwerker informeert de Verantwoordelijke binnen 24 uur na ontdekking van een "
            "beveiligingsincident.",
            24,
            None,
        ),
        (
            "The controller notifies the supervisory authority of a breach within 72 hours.",
            None,
            None,
        ),
    ],
)
def test_the_breach_notice_is_read_from_the_processors_duty(
    text: str, hours: int | None, undue: bool | None
) -> None:
    assert extract_terms(text)["breach_notice"] == {
        "within_hours": hours,
        "without_undue_delay": undue,
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Verwerker mag geen subverwerkers inschakelen zonder voorafgaande schriftelijke "
            "toestemming van Verantwoordelijke.",
            "none",
        ),
        (
            "The processor shall not engage a sub-processor without prior specific written "
            "authorisation of the controller.",
            "specific",
        ),
        (
            "Verwerker heeft algemene schriftelijke toestemming om subverwerkers in te schakelen.",
            "general",
        ),
    ],
)
def test_the_sub_processor_authorisation_is_specific_general_or_none(
    text: str, expected: str
) -> None:
    assert extract_terms(text)["subprocessors"]["authorisation"] == expected


def test_a_docx_table_with_activity_headers_becomes_activity_rows() -> None:
    table = [
        ["Verwerking", "Doel", "Categorieën persoonsgegevens", "Betrokkenen", "Bewaartermijn"],
        ["Salarisadministratie", "Betalen van salaris", "- Naam\n- IBAN", "Werknemers", "7 jaar"],
    ]

    rows = activities_from_table(table)

    assert rows == [
        {
            "name": "Salarisadministratie",
            "purpose": "Betalen van salaris",
            "data_categories": ["Naam", "IBAN"],
            "staff_functions": [],
            "operations": [],
            "data_subjects": ["Werknemers"],
            "retention": "7 jaar",
        }
    ]


def test_a_text_without_an_annex_table_has_no_activities() -> None:
    assert find_activities(DPA_EN, []) == []


@pytest.mark.parametrize(
    ("text", "hours"),
    [
        (
            "Processor shall notify Customer without undue delay and in any event within 72 hours "
            "after becoming aware of a Personal Data Breach, to enable Customer to comply with "
            "Article 33.",
            72,
        ),
        (
            "Verwerker informeert Verwerkingsverantwoordelijke over een datalek zo spoedig "
            "mogelijk, zodat Verwerkingsverantwoordelijke binnen 72 uur kan melden bij de "
            "Autoriteit Persoonsgegevens.",
            None,
        ),
        (
            "Verwerker zal Verwerkingsverantwoordelijke zonder onredelijke vertraging, doch "
            "uiterlijk binnen achtenveertig (48) uur nadat Verwerker kennis heeft genomen van een "
            "Inbreuk in verband met persoonsgegevens, informeren.",
            48,
        ),
    ],
)
def test_seventy_two_hours_is_the_processors_term_only_when_it_comes_first(
    text: str, hours: int | None
) -> None:
    assert extract_terms(text)["breach_notice"]["within_hours"] == hours


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Verwerker verwerkt de persoonsgegevens niet buiten de EER.", "never"),
        (
            "Processor may transfer Personal Data outside the EEA subject to the Standard "
            "Contractual Clauses.",
            "allowed",
        ),
        ("Derde land: een land buiten de EER.", None),
        (
            "Verwerker zal persoonsgegevens uitsluitend buiten de EER verwerken met voorafgaande "
            "schriftelijke toestemming van Verwerkingsverantwoordelijke.",
            "consent",
        ),
    ],
)
def test_transfers_outside_the_eea_are_consent_never_allowed_or_unstated(
    text: str, expected: str | None
) -> None:
    assert extract_terms(text)["transfers"]["outside_eea"] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Op deze overeenkomst is Nederlands recht van toepassing.", "NL"),
        ("Acme B.V., een besloten vennootschap opgericht naar Nederlands recht.", None),
        ("This Agreement shall be governed by the laws of Ireland.", "IE"),
    ],
)
def test_the_governing_law_needs_a_sentence_that_makes_it_govern(
    text: str, expected: str | None
) -> None:
    assert extract_terms(text)["governing_law"] == expected


@pytest.mark.parametrize(
    ("text", "per_year"),
    [
        ("The Customer may audit the Processor no more than once in any twelve month period.", 1),
        ("Verwerkingsverantwoordelijke mag eenmaal per kalenderjaar een audit laten uitvoeren.", 1),
        ("Opdrachtgever mag twee keer per jaar een inspectie uitvoeren.", 2),
    ],
)
def test_the_audit_frequency_is_read_in_words_and_digits(text: str, per_year: int) -> None:
    assert extract_terms(text)["audit"]["per_year"] == per_year


def test_a_docx_annex_table_becomes_activities_in_the_report(tmp_path: Path) -> None:
    table = [
        [
            "Processing activity",
            "Purpose",
            "Categories of personal data",
            "Data subjects",
            "Retention period",
        ],
        ["Payroll", "Paying salaries", "Name\nBank account", "Employees", "7 years"],
        ["Helpdesk", "Answering questions", "Name\nE-mail address", "Customers", "1 year"],
    ]
    path = tmp_path / "dpa.docx"
    path.write_bytes(docx_bytes(DPA_EN.split("\n\n"), table))

    activities = analyse(path)["activities"]

    assert [
        (a["name"], a["data_categories"], a["data_subjects"], a["retention"]) for a in activities
    ] == [
        ("Payroll", ["Name", "Bank account"], ["Employees"], "7 years"),
        ("Helpdesk", ["Name", "E-mail address"], ["Customers"], "1 year"),
    ]


@pytest.mark.parametrize(
    ("text", "cap"),
    [
        ("De aansprakelijkheid van Verwerker is beperkt tot maximaal € 2,5 miljoen.", 2_500_000),
        ("Liability is limited to a maximum of €10,000.", 10_000),
    ],
)
def test_a_cap_in_millions_keeps_its_decimals(text: str, cap: int) -> None:
    assert extract_terms(text)["liability"]["cap_eur"] == cap


def test_a_breach_term_may_be_written_as_a_period_of_hours() -> None:
    text = "Verwerker meldt een datalek aan Opdrachtgever binnen een termijn van 24 uur."

    assert extract_terms(text)["breach_notice"] == {"within_hours": 24, "without_undue_delay": None}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Verwerker kan Subverwerkers inschakelen, mits Verwerkingsverantwoordelijke daarvoor "
            "vooraf schriftelijke toestemming heeft gegeven.",
            "none",
        ),
        (
            "Verwerker mag alleen Subverwerkers inschakelen na voorafgaande schriftelijke "
            "toestemming van de Onderwijsinstelling.",
            "none",
        ),
    ],
)
def test_consent_for_each_sub_processor_is_no_authorisation(text: str, expected: str) -> None:
    assert extract_terms(text)["subprocessors"]["authorisation"] == expected


@pytest.mark.parametrize(
    ("text", "hours", "per_year"),
    [
        (
            "The Processor shall notify the Controller of a breach within 72 (seventy-two) hours.",
            72,
            None,
        ),
        (
            "De Verwerkingsverantwoordelijke mag 1 (één) keer per jaar een audit laten uitvoeren.",
            None,
            1,
        ),
        ("The Customer may request one audit per year.", None, 1),
    ],
)
def test_counts_may_repeat_in_words_between_brackets(
    text: str, hours: int | None, per_year: int | None
) -> None:
    terms = extract_terms(text)

    assert (terms["breach_notice"]["within_hours"], terms["audit"]["per_year"]) == (hours, per_year)


def test_a_name_ending_in_bv_is_kept_whole() -> None:
    text = "Partijen: I. Acme B.V. (hierna: Verwerker), gevestigd te Utrecht, en II. Beta B.V."

    parties = find_parties(text)

    assert [(p.role, p.name) for p in parties] == [("processor", "Acme B.V.")]


@pytest.mark.parametrize(
    ("text", "aliases"),
    [
        ("Nativ (verwerker) verwerkt. Nativ meldt. Nativ helpt.", {"nativ": "processor"}),
        ("Auditee acts as the Processor. Auditee will. Auditee may.", {"auditee": "processor"}),
        (
            'Verwerkingsverantwoordelijke: [NAAM]\nHierna te noemen: "de Gemeente". '
            "De Gemeente geeft instructies. De Gemeente mag auditen.",
            {"gemeente": "controller"},
        ),
        ('(hierna "WinProx", de verwerker). WinProx kan. WinProx zal.', {"winprox": "processor"}),
        ("Acme (processor) is named once and never used again.", {}),
        (
            "Tussen SWV Meubel (verwerkingsverantwoordelijke) en de leverancier. SWV mag. SWV "
            "heeft recht op bezwaar.",
            {"swv": "controller"},
        ),
        ("The Customer is the Controller. Customer may. Customer will.", {}),
        ("Acme Ltd (the 'Processor') and you. Acme will. Acme may.", {"acme": "processor"}),
        ("Zeta B.V. (als verwerker) en de klant. Zeta zal. Zeta mag.", {"zeta": "processor"}),
        (
            "Mickcom wordt aangemerkt als verwerker. Mickcom zal. Mickcom mag.",
            {"mickcom": "processor"},
        ),
        ("Acme shall be deemed the Processor. Acme will. Acme may.", {"acme": "processor"}),
        (
            "De klant en Beheer Noord, in de hoedanigheid van verwerker. Beheer zal. Beheer mag.",
            {"beheer": "processor"},
        ),
        ("Acme, in its capacity as processor, will. Acme may. Acme shall.", {"acme": "processor"}),
        (
            "1. **Verwerkingsverantwoordelijke:** Kesting Legal, vertegenwoordigd door mr. L. "
            'Kesting ("Kantoor").\nHet Kantoor mag. Het Kantoor kan. Kantoor wil.',
            {"kantoor": "controller"},
        ),
        (
            "| **Verwerkingsverantwoordelijke** | _[Naam bureau]_, KvK _[nummer]_ — hierna te "
            'noemen "**Bureau**" |\nBureau mag. Bureau kan.',
            {"bureau": "controller"},
        ),
        (
            "hierna: **de Vereniging** (verwerkingsverantwoordelijke in de zin van de AVG); de "
            "Vereniging mag. De Vereniging kan.",
            {"vereniging": "controller"},
        ),
        (
            '**Verwerkingsverantwoordelijke ("Accountant"):** Accountant mag. Accountant kan.',
            {"accountant": "controller"},
        ),
        (
            "Artikel 5 Verplichtingen van AnarBib (verwerker). Artikel 6 Verplichtingen van de "
            "bibliotheek (verantwoordelijke). De bibliotheek mag. De bibliotheek kan. AnarBib zal. "
            "AnarBib kan.",
            {"anarbib": "processor", "bibliotheek": "controller"},
        ),
    ],
)
def test_the_names_a_document_gives_the_roles_are_found(text: str, aliases: dict) -> None:
    assert role_aliases(text) == aliases


def test_a_role_word_or_pronoun_given_as_hierna_names_the_pronoun() -> None:
    text = (
        'geldt tussen Acme B.V., hierna "verwerker" of "wij", en de klant, hierna '
        '"verantwoordelijke" of "jij".'
    )

    assert role_aliases(text) == {
        **dict.fromkeys(("jij", "je", "jou", "jouw"), "controller"),
        **dict.fromkeys(("wij", "we", "ons", "onze"), "processor"),
    }
