"""The typed terms on small synthetic sentences (nl and en), one shape each."""

from __future__ import annotations

import pytest

from art28.analysis.terms import extract_terms


def leaf(text: str, path: str) -> object:
    value: object = extract_terms(text)
    for key in path.split("."):
        assert isinstance(value, dict)
        value = value[key]
    return value


# --- breach notice ----------------------------------------------------------------------------


def test_hours_in_markdown_bold_are_read() -> None:
    text = "The Processor shall notify the Controller of a data breach within **24 hours**."

    assert leaf(text, "breach_notice.within_hours") == 24


def test_hours_spelled_out_with_digits_in_brackets_are_read() -> None:
    text = (
        "The Processor shall notify the Controller without undue delay and in any event within "
        "twenty-four (24) hours of becoming aware of a Personal Data Breach."
    )

    assert leaf(text, "breach_notice.within_hours") == 24


def test_an_hour_count_before_notification_is_read() -> None:
    text = "Security: 72-hour personal data breach notification to the Customer."

    assert leaf(text, "breach_notice.within_hours") == 72


def test_calendar_days_count_as_hours() -> None:
    text = "Verwerker meldt een datalek binnen 2 dagen aan de Verwerkingsverantwoordelijke."

    assert leaf(text, "breach_notice.within_hours") == 48


def test_working_days_do_not_count_as_hours() -> None:
    text = "Verwerker meldt een datalek binnen 2 werkdagen aan de Verwerkingsverantwoordelijke."

    assert leaf(text, "breach_notice.within_hours") is None


def test_a_notice_to_you_is_the_controllers_notice() -> None:
    text = (
        "We will notify you of a personal data breach without undue delay and no later than 48 "
        "hours after becoming aware, so that you can meet your obligations to supervisory "
        "authorities."
    )

    assert leaf(text, "breach_notice.within_hours") == 48


# --- sub-processors ---------------------------------------------------------------------------


def test_specific_or_general_left_open_is_none() -> None:
    text = (
        "The Processor shall not engage sub-processors without prior written authorisation "
        "from the Controller, either specific or general."
    )

    assert leaf(text, "subprocessors.authorisation") is None


def test_an_approved_list_with_consent_for_others_is_specific() -> None:
    text = (
        "Verwerker schakelt geen subverwerkers in zonder voorafgaande schriftelijke toestemming. "
        "Goedgekeurde subverwerkers: Hostbedrijf B.V., Maildienst B.V."
    )

    assert leaf(text, "subprocessors.authorisation") == "specific"


def test_no_other_sub_processors_without_consent_is_specific() -> None:
    text = (
        "Verwerker maakt gebruik van Hostbedrijf als subverwerker. Verwerker zal geen andere "
        "subverwerkers inschakelen zonder voorafgaande schriftelijke toestemming."
    )

    assert leaf(text, "subprocessors.authorisation") == "specific"


def test_consent_to_an_annex_and_notice_of_new_ones_is_general() -> None:
    text = (
        "Verwerkingsverantwoordelijke geeft toestemming voor de subverwerkers in bijlage B. "
        "Een nieuwe subverwerker meldt Verwerker minstens 30 dagen vooraf. "
        "Verwerkingsverantwoordelijke mag binnen die termijn bezwaar maken."
    )

    assert leaf(text, "subprocessors.authorisation") == "general"


def test_may_engage_with_prior_consent_is_not_general() -> None:
    text = "Processor may engage Sub-processors with Controller's prior written consent."

    assert leaf(text, "subprocessors.authorisation") == "none"


def test_the_controller_may_object_is_no_permission_to_engage() -> None:
    text = (
        "Processor shall engage Sub-processors only with prior written consent of the "
        "Controller. The Controller may object to a new Sub-processor."
    )

    assert leaf(text, "subprocessors.authorisation") == "none"


def test_authorises_the_processor_to_engage_is_general() -> None:
    text = "Customer authorizes Provider to engage sub-processors to provide the Service."

    assert leaf(text, "subprocessors.authorisation") == "general"


def test_notice_of_intended_changes_is_prior_notice() -> None:
    text = "Verwerker informeert de Klant over voorgenomen wijzigingen in de subverwerkers."

    assert leaf(text, "subprocessors.prior_notice") is True


def test_days_notice_is_prior_notice() -> None:
    text = "We give 30 days' notice before adding or replacing any Sub-processor."

    assert leaf(text, "subprocessors.prior_notice") is True


def test_objections_in_the_plural_are_an_objection_right() -> None:
    text = "Processor will notify Controller of updates to subprocessors and allow objections."

    assert leaf(text, "subprocessors.objection") is True


def test_notice_of_updates_with_an_objection_right_is_prior_notice() -> None:
    text = "Processor will notify Controller of updates to subprocessors and allow objections."

    assert leaf(text, "subprocessors.prior_notice") is True


def test_the_same_level_of_protection_is_flow_down() -> None:
    text = (
        "Verwerker sluit met subverwerkers een overeenkomst die minimaal hetzelfde niveau van "
        "gegevensbescherming waarborgt als deze Overeenkomst."
    )

    assert leaf(text, "subprocessors.flow_down") is True


def test_equivalent_obligations_in_a_compound_are_flow_down() -> None:
    text = "Verwerker legt subverwerkers gelijkwaardige gegevensbeschermingsverplichtingen op."

    assert leaf(text, "subprocessors.flow_down") is True


def test_obligations_imposed_on_the_sub_processor_are_flow_down() -> None:
    text = (
        "The data protection obligations described in this DPA (as referred to in Article 28(3) "
        "of the GDPR) are also imposed on the Subprocessor."
    )

    assert leaf(text, "subprocessors.flow_down") is True


def test_security_measures_alone_are_no_flow_down() -> None:
    text = "Verwerker zorgt ervoor dat subverwerkers passende beveiligingsmaatregelen treffen."

    assert leaf(text, "subprocessors.flow_down") is None


def test_a_list_updated_before_a_new_sub_processor_starts_is_prior_notice() -> None:
    text = (
        "Sub-processors. The current list of sub-processors is published on our website. We will "
        "update that page before a new sub-processor begins processing Customer Personal Data."
    )

    assert leaf(text, "subprocessors.prior_notice") is True


def test_an_intention_to_engage_another_sub_processor_is_announced_before() -> None:
    text = (
        "6.2 Indien de Verwerker de intentie heeft om andere Sub-Verwerkers dan genoemd in Bijlage "
        "3, in te schakelen dan wel een of meerdere Sub-verwerker(s) wil vervangen, zal de "
        "Verwerker de Verwerkingsverantwoordelijke hiervan schriftelijk in kennis stellen."
    )

    assert leaf(text, "subprocessors.prior_notice") is True


# --- transfers --------------------------------------------------------------------------------


def test_outside_the_uk_without_safeguards_and_consent_is_consent() -> None:
    text = (
        "Personal Data shall not be transferred outside the UK/EEA without: appropriate "
        "safeguards in place; Controller's prior written consent."
    )

    assert leaf(text, "transfers.outside_eea") == "consent"


def test_outside_the_uk_with_safeguards_is_allowed() -> None:
    text = (
        "Where Sub-processors are located outside the UK, the Processor ensures appropriate "
        "safeguards are in place."
    )

    assert leaf(text, "transfers.outside_eea") == "allowed"


def test_consent_as_one_of_several_alternatives_is_allowed() -> None:
    text = (
        "The Processor shall not transfer Personal Data outside the EEA unless: (a) the country "
        "is subject to an adequacy decision; or (b) appropriate safeguards are in place; or (c) "
        "the Controller has given prior written consent to the transfer."
    )

    assert leaf(text, "transfers.outside_eea") == "allowed"


def test_consent_or_another_legal_basis_is_allowed_in_dutch() -> None:
    text = (
        "Verwerker geeft geen persoonsgegevens door naar een land buiten de EER, tenzij: a.) "
        "Verantwoordelijke vooraf toestemming heeft gegeven; of b.) de doorgifte is toegestaan "
        "op basis van een andere grondslag onder de AVG."
    )

    assert leaf(text, "transfers.outside_eea") == "allowed"


def test_may_transfer_without_consent_is_allowed() -> None:
    text = (
        "The Processor may transfer Personal Data to Third-Party Countries without the prior "
        "written consent of the Controller."
    )

    assert leaf(text, "transfers.outside_eea") == "allowed"


def test_only_with_prior_consent_is_consent() -> None:
    text = (
        "Verwerker verwerkt persoonsgegevens alleen buiten de EU met voorafgaande schriftelijke "
        "toestemming van Verantwoordelijke."
    )

    assert leaf(text, "transfers.outside_eea") == "consent"


def test_documented_instructions_on_transfers_are_no_transfer_rule() -> None:
    text = (
        "The Processor processes the Personal Data only on documented instructions from the "
        "Controller, including with regard to transfers of personal data to a third country or "
        "an international organisation."
    )

    assert leaf(text, "transfers.outside_eea") is None


def test_a_legal_basis_for_the_transfer_is_allowed() -> None:
    text = (
        "Verwerker laat persoonsgegevens niet buiten de EER verwerken zonder te zorgen voor een "
        "rechtsgeldige grondslag voor doorgifte."
    )

    assert leaf(text, "transfers.outside_eea") == "allowed"


def test_a_plain_prohibition_is_never() -> None:
    text = "Verwerker zal persoonsgegevens nooit buiten de Europese Unie verwerken."

    assert leaf(text, "transfers.outside_eea") == "never"


@pytest.mark.parametrize("processor", ["Verwerker", "Opdrachtnemer", "Leverancier"])
def test_services_a_transfer_rule_excepts_are_named_whatever_the_processor_is_called(
    processor: str,
) -> None:
    text = (
        f"4.1 {processor} verwerkt de persoonsgegevens uitsluitend binnen de Europese Unie. "
        f"4.2 Artikel 4.1 is niet van toepassing voor zover {processor} gebruik maakt van "
        "Dropbox en van Google Drive ten behoeve van de klant."
    )

    assert leaf(text, "transfers.exceptions") == ["Dropbox", "Google Drive"]


@pytest.mark.parametrize(
    "text",
    [
        "De verwerker meldt een datalek binnen 72 uur. Meldt de verwerker een datalek te laat, "
        "dan is hij een direct opeisbare boete verschuldigd.",
        "The Processor shall notify a Personal Data Breach within 48 hours; a late notice of a "
        "breach makes a penalty immediately payable.",
    ],
)
def test_a_fine_due_at_once_is_not_a_notice_without_delay(text: str) -> None:
    assert leaf(text, "breach_notice.without_undue_delay") is None


# --- audit ------------------------------------------------------------------------------------


def test_once_per_twelve_months_in_dutch_is_once_a_year() -> None:
    text = "Verwerker staat audits toe door Verwerkingsverantwoordelijke, eens per 12 maanden."

    assert leaf(text, "audit.per_year") == 1


def test_not_more_than_once_a_year_in_dutch() -> None:
    text = "Het Onderzoek kan niet vaker dan eenmaal per jaar bij Verwerker worden uitgevoerd."

    assert leaf(text, "audit.per_year") == 1


def test_at_most_1x_per_year_in_bold() -> None:
    text = "De Klant mag maximaal **1\u00d7 per jaar** een audit laten uitvoeren."

    assert leaf(text, "audit.per_year") == 1


def test_requests_limited_after_the_audit_clause_count() -> None:
    text = (
        "Provider will allow for and contribute to audits by Customer. "
        "All such requests must be in writing and may only be made once a year."
    )

    assert leaf(text, "audit.per_year") == 1


def test_unless_incident_is_an_audit_on_suspicion() -> None:
    text = "Audits worden uitgevoerd: maximaal 1x per jaar (tenzij incident)."

    assert leaf(text, "audit.on_suspicion") is True


def test_more_often_after_a_data_breach_is_an_audit_on_suspicion() -> None:
    text = (
        "Verwerker staat audits toe, eens per 12 maanden of vaker indien objectief noodzakelijk "
        "(bijv. na een datalek)."
    )

    assert leaf(text, "audit.on_suspicion") is True


def test_shorter_notice_following_a_breach_is_an_audit_on_suspicion() -> None:
    text = (
        "The Controller shall give thirty (30) days' notice of any audit, except following a "
        "Personal Data Breach."
    )

    assert leaf(text, "audit.on_suspicion") is True


def test_no_reason_to_believe_is_no_suspicion() -> None:
    text = "The data importer has no reason to believe that it cannot comply; audits are allowed."

    assert leaf(text, "audit.on_suspicion") is None


def test_a_neutral_and_expert_body_is_independent() -> None:
    text = (
        "Verantwoordelijke kan een onderzoeksinstantie het Onderzoek laten uitvoeren. De "
        "onderzoeksinstantie dient neutraal en deskundig te zijn."
    )

    assert leaf(text, "audit.independent_auditor") is True


def test_an_independent_audit_report_is_independent() -> None:
    text = "Verwerker mag in plaats van een audit een recent onafhankelijk auditrapport overleggen."

    assert leaf(text, "audit.independent_auditor") is True


def test_an_auditor_mandated_by_the_controller_is_not_said_to_be_independent() -> None:
    text = "Processor allows for audits by the Controller or an auditor mandated by the Controller."

    assert leaf(text, "audit.independent_auditor") is None


@pytest.mark.parametrize(
    "text",
    [
        "8. Audit. Audits vinden plaats na voorafgaande aankondiging, maximaal `[bv. eenmaal per "
        "jaar]`, behoudens een concreet vermoeden van een inbreuk.",
        "10. Audits. The Processor maintains: - ISO 27001 certification - annual third-party "
        "audits - regular penetration testing.",
        "8. Audit. Verwerker voert een jaarlijkse herziening van de beveiligingsmaatregelen uit.",
    ],
)
def test_a_blank_or_the_processors_own_yearly_review_is_no_audit_limit(text: str) -> None:
    assert leaf(text, "audit.per_year") is None


# --- end of contract, liability, law ----------------------------------------------------------


def test_deletion_in_a_later_sentence_going_on_from_the_end() -> None:
    text = (
        "Einde. 1. Na het einde van de Dienst kan de Klant binnen 30 dagen een export krijgen. "
        "2. Daarna verwijdert Verwerker de persoonsgegevens binnen 90 dagen."
    )

    assert leaf(text, "end_of_contract.delete") is True


def test_an_export_at_the_end_is_a_return() -> None:
    text = "Na het einde van de Dienst kan de Klant binnen 30 dagen een export krijgen."

    assert leaf(text, "end_of_contract.return") is True


def test_returned_in_the_past_participle_is_a_return() -> None:
    text = "Bij beëindiging worden persoonsgegevens op verzoek verwijderd of geretourneerd."

    assert leaf(text, "end_of_contract.return") is True


def test_deletion_after_the_purpose_is_fulfilled_is_the_end() -> None:
    text = "The Processor shall return and delete all Personal Data upon fulfilment of the Purpose."

    assert leaf(text, "end_of_contract.delete") is True


def test_a_return_in_csv_is_machine_readable() -> None:
    text = "Bij beëindiging retourneert Verwerker de gegevens in een gangbaar formaat (CSV)."

    assert leaf(text, "end_of_contract.machine_readable") is True


def test_a_plain_common_format_is_not_said_to_be_machine_readable() -> None:
    text = "Bij beëindiging stelt Verwerker de gegevens in een gangbaar formaat ter beschikking."

    assert leaf(text, "end_of_contract.machine_readable") is None


def test_liability_limited_to_direct_damage_excludes_indirect_damage() -> None:
    text = "De aansprakelijkheid van Verwerker is beperkt tot directe schade."

    assert leaf(text, "liability.indirect_excluded") is True


def test_the_law_of_a_us_state_is_us_law() -> None:
    text = "This DPA shall be governed by the laws of the State of Washington."

    assert leaf(text, "governing_law") == "US"


def test_a_country_adjective_names_the_law() -> None:
    text = "This Agreement is governed by Indian law."

    assert leaf(text, "governing_law") == "IN"


def test_the_law_of_a_republic_in_dutch() -> None:
    text = "Op deze Overeenkomst is het recht van de Republiek Suriname van toepassing."

    assert leaf(text, "governing_law") == "SR"


def test_a_placeholder_choice_of_law_is_none() -> None:
    text = "Governing Law: This DPA shall be governed by [EU Member State Law / English Law]."

    assert leaf(text, "governing_law") is None


def test_a_cap_in_no_case_more_than_an_amount_is_read() -> None:
    text = (
        "10.1 Aansprakelijkheid. In geen geval zal de totale aansprakelijkheid voor schade meer "
        "bedragen dan € 250.000, -of indien hoger, het bedrag uit de Hoofdovereenkomst. 10.2 "
        "De Partij die aansprakelijk is, stelt de ander schadeloos tot een maximaal bedrag van "
        "1 miljoen EUR."
    )

    assert leaf(text, "liability.cap_eur") == 250000


def test_a_processing_agreement_with_equivalent_safeguards_flows_down() -> None:
    text = (
        "6. Subverwerkers. Verwerker sluit met elke subverwerker een verwerkersovereenkomst met "
        "gelijkwaardige waarborgen."
    )

    assert leaf(text, "subprocessors.flow_down") is True


def test_transfer_safeguards_with_sub_processors_are_no_flow_down() -> None:
    text = (
        "Verwerker heeft met alle sub-verwerkers buiten de EER SCC's of gelijkwaardige waarborgen."
    )

    assert leaf(text, "subprocessors.flow_down") is None


@pytest.mark.parametrize(
    "text",
    [
        "12. Einde. Bij beëindiging levert Verwerker alle gegevens in een gangbaar formaat aan het "
        "Kantoor en verwijdert daarna alle kopieën.",
        "12. Termination. Upon termination the Processor shall deliver all personal data to the "
        "Controller and then delete all copies.",
    ],
)
def test_data_delivered_to_the_controller_at_the_end_is_returned(text: str) -> None:
    assert leaf(text, "end_of_contract.return") is True


@pytest.mark.parametrize(
    "text",
    [
        "12. Na afloop van de hoofdovereenkomst geeft verwerker, naar keuze van "
        "verwerkingsverantwoordelijke, de persoonsgegevens terug of verwijdert hij deze.",
        "3. After the business purposes for which Personal Data was processed have been fulfilled "
        "the Processor shall, at the Client's option, either delete or return all Personal Data.",
    ],
)
def test_a_return_at_the_end_with_words_between_is_read(text: str) -> None:
    assert leaf(text, "end_of_contract.return") is True


@pytest.mark.parametrize(
    ("text", "path", "value"),
    [
        (
            "10.1 De Verwerker meldt een datalek **zo snel mogelijk, doch uiterlijk binnen 24 "
            "uur** nadat hij hiervan kennis heeft genomen, aan de klant.\n\n> **Toelichting:** "
            "De AVG verplicht de klant een datalek binnen 72 uur te melden bij de Autoriteit.",
            "breach_notice.within_hours",
            24,
        ),
        (
            "11. Audits. Such audit will be conducted at most once per calendar year. You may "
            "request more frequent audits in the event We notify You of a Personal Data Breach.",
            "audit.on_suspicion",
            True,
        ),
        (
            "- **Audits.** De Klant mag controleren of Verwerker zich aan deze overeenkomst houdt: "
            "maximaal één keer per jaar.",
            "audit.per_year",
            1,
        ),
        (
            "11.2 Subverwerkers. Verwerker licht de klant in over een voorgenomen toevoeging van "
            "een subverwerker.",
            "subprocessors.prior_notice",
            True,
        ),
        (
            "5. Subcontractors. The Processor may commission subcontractors only after informing "
            "the Client in writing.",
            "subprocessors.prior_notice",
            True,
        ),
        (
            "12. Einde. Na beëindiging kan de Klant zijn gegevens via de exportfunctie "
            "terugkrijgen.",
            "end_of_contract.return",
            True,
        ),
    ],
)
def test_shapes_of_the_twenty_third_round(text: str, path: str, value: object) -> None:
    assert leaf(text, path) == value


@pytest.mark.parametrize(
    ("text", "path", "value"),
    [
        (
            "7. Breach. The Processor shall notify the Customer of a Personal Data Breach without "
            "undue delay and in no case more than five calendar days after becoming aware of it.",
            "breach_notice.within_hours",
            120,
        ),
        (
            "14. Governing law. This DPA is governed by the same law and venue as the Agreement "
            "(California law, Sacramento County).",
            "governing_law",
            "US",
        ),
        (
            "9. Audits. The Customer may audit no more than once per twelve (12) month period "
            "absent a Personal Data Breach.",
            "audit.on_suspicion",
            True,
        ),
        (
            "5.1 Sub-processors. The Processor enters into a written agreement with each "
            "Subprocessor containing data protection obligations not less protective than this "
            "DPA.",
            "subprocessors.flow_down",
            True,
        ),
        (
            "9. The Processor shall delete or return all Personal Data once this DPA ceases to be "
            "effective.",
            "end_of_contract.delete",
            True,
        ),
        (
            "12. Return. At the end of the services the Processor returns all data as a ZIP "
            "file structured according to the FHIR R4 standard.",
            "end_of_contract.machine_readable",
            True,
        ),
        (
            '1. "UK Data Protection Laws" means all data protection laws of England and Wales. '
            "14. This DPA shall be governed exclusively by the internal laws of the State of "
            "California.",
            "governing_law",
            "US",
        ),
        (
            "10. Audits. Inspections are announced 30 days ahead, except in cases of justified "
            "urgency (e.g., serious personal data breach or order from the supervisory authority).",
            "audit.on_suspicion",
            True,
        ),
        (
            "9.2 Bij het einde van de dienst levert Verwerker binnen vijf werkdagen: de contacten "
            "als CSV-bestand.",
            "end_of_contract.machine_readable",
            True,
        ),
        (
            "9. Data transfers. The Organization agrees that the Processor may process Personal "
            "Data on a global basis as necessary to provide the Services, and in particular that "
            "Personal Data will be transferred to and Processed by the Processor in the United "
            "States.",
            "transfers.outside_eea",
            "allowed",
        ),
    ],
)
def test_shapes_of_the_twenty_fourth_round(text: str, path: str, value: object) -> None:
    assert leaf(text, path) == value


# --- second round: shapes from the thirteenth blind round -------------------------------------


def test_a_sub_processors_term_towards_the_processor_is_not_the_notice_term() -> None:
    text = (
        "Verwerker legt iedere subverwerker de verplichting op om een datalek uiterlijk binnen "
        "24 uur na ontdekking aan Verwerker te melden."
    )

    assert leaf(text, "breach_notice.within_hours") is None


def test_a_definition_of_the_sccs_is_no_transfer_rule() -> None:
    text = (
        '"SCC\'s": de standaardcontractbepalingen voor de doorgifte van persoonsgegevens naar '
        "derde landen."
    )

    assert leaf(text, "transfers.outside_eea") is None


def test_a_transfer_under_chapter_v_is_allowed() -> None:
    text = (
        "Verwerker draagt persoonsgegevens niet over naar een land buiten de EER, tenzij dit "
        "gebeurt in overeenstemming met hoofdstuk V AVG op grond van een doorgiftegrondslag."
    )

    assert leaf(text, "transfers.outside_eea") == "allowed"


def test_dutch_instructions_on_transfers_are_no_transfer_rule() -> None:
    text = (
        "Verwerker verwerkt de Persoonsgegevens uitsluitend op basis van de gedocumenteerde "
        "instructies van Klant, waaronder mede begrepen instructies met betrekking tot doorgifte "
        "naar een derde land of internationale organisatie."
    )

    assert leaf(text, "transfers.outside_eea") is None


def test_outside_the_territory_of_a_member_state_or_the_eu_with_consent() -> None:
    text = (
        "Engaging subcontractors outside the territory of the Federal Republic of Germany or the "
        "European Union is only permitted with prior consent from the client."
    )

    assert leaf(text, "transfers.outside_eea") == "consent"


def test_notice_later_in_the_sub_processor_clause_is_prior_notice() -> None:
    text = (
        "7. Sub-verwerkers: de Klant geeft algemene toestemming om sub-verwerkers in te schakelen. "
        "Supabase Inc. Hosting EU. Verwerker informeert de Klant 30 dagen vooraf bij wijzigingen. "
        "8. Doorgifte"
    )

    assert leaf(text, "subprocessors.prior_notice") is True


def test_the_same_contractual_provisions_are_flow_down() -> None:
    text = "The subcontractor must be subject to the same contractual provisions as the contractor."

    assert leaf(text, "subprocessors.flow_down") is True


def test_an_attached_list_of_sub_processors_with_consent_is_specific() -> None:
    text = (
        "The engagement of subprocessors is only permitted with the prior written consent of "
        "the client. Attachments: [List of subprocessors](./subprocessors.md)"
    )

    assert leaf(text, "subprocessors.authorisation") == "specific"


def test_an_independent_institution_is_independent() -> None:
    text = "The contractor may undergo a data protection audit by an independent institution."

    assert leaf(text, "audit.independent_auditor") is True


def test_an_audit_without_notice_when_there_are_incidents_is_on_suspicion() -> None:
    text = (
        "In special cases, particularly when there are reportable incidents, the audit may be "
        "conducted without prior notice."
    )

    assert leaf(text, "audit.on_suspicion") is True


def test_exporting_the_data_at_the_end_is_a_return() -> None:
    text = "Bij beëindiging kan de klant gegevens exporteren (JSON) vóór verwijdering."

    assert leaf(text, "end_of_contract.return") is True


def test_the_export_format_in_the_sentence_before_the_end() -> None:
    text = (
        "The Controller may export its data in CSV or JSON format. After termination of the "
        "Service the export remains available for 30 days."
    )

    assert leaf(text, "end_of_contract.machine_readable") is True


def test_deletion_after_a_list_number() -> None:
    text = (
        "2. Bij beëindiging exporteert Verwerker op verzoek alle persoonsgegevens. 3. Na export "
        "worden alle persoonsgegevens binnen 60 dagen vernietigd."
    )

    assert leaf(text, "end_of_contract.delete") is True


def test_the_law_under_a_numbered_heading() -> None:
    text = "## Artikel 12 — Toepasselijk recht\n\n1. Nederlands recht."

    assert leaf(text, "governing_law") == "NL"


def test_the_law_of_the_slovak_republic() -> None:
    text = "This DPA is governed by the law of the Slovak Republic."

    assert leaf(text, "governing_law") == "SK"


# --- shapes that must not be read --------------------------------------------------------------


def test_may_not_transfer_without_consent_is_consent() -> None:
    text = (
        "The Processor may not transfer Personal Data outside the EEA without the prior written "
        "consent of the Controller."
    )

    assert leaf(text, "transfers.outside_eea") == "consent"


def test_an_inquiry_after_a_breach_is_no_audit_on_suspicion() -> None:
    text = "Verwerker werkt mee aan het onderzoek na een datalek en informeert de Klant."

    assert leaf(text, "audit.on_suspicion") is None


def test_hours_after_it_became_known_to_the_processor_count() -> None:
    text = (
        "Verwerker meldt een datalek aan de Klant binnen 48 uur nadat het bekend is geworden aan "
        "Verwerker."
    )

    assert leaf(text, "breach_notice.within_hours") == 48


def test_the_law_of_the_state_of_residence_is_no_us_law() -> None:
    text = "Claims are governed by the laws of the State of residence of the data subject."

    assert leaf(text, "governing_law") is None


def test_a_data_subjects_objection_after_the_sub_processor_clause_is_not_counted() -> None:
    text = (
        "Verwerker mag subverwerkers inschakelen. Verwerker helpt de Klant bij verzoeken. "
        "Betrokkenen kunnen bezwaar maken tegen de verwerking."
    )

    assert leaf(text, "subprocessors.objection") is None


def test_taking_care_of_information_about_someone_is_no_return() -> None:
    text = (
        "Na beëindiging draagt Verwerker er zorg voor dat alle gegevens over betrokkenen worden "
        "verwijderd."
    )

    assert leaf(text, "end_of_contract.return") is None


def test_notice_days_before_an_intended_change_in_the_singular() -> None:
    text = (
        "Verwerker informeert Klant ten minste 30 dagen vóór een beoogde wijziging inzake de "
        "toevoeging of vervanging van een Subverwerker."
    )

    assert leaf(text, "subprocessors.prior_notice") is True


def test_processing_only_within_the_eea_is_never_outside() -> None:
    text = "Verwerker zal de persoonsgegevens uitsluitend binnen de EER verwerken."

    assert leaf(text, "transfers.outside_eea") == "never"


def test_where_the_data_are_hosted_is_no_transfer_rule() -> None:
    text = "All data is hosted in the EU (Frankfurt)."

    assert leaf(text, "transfers.outside_eea") is None


def test_without_consent_no_sub_processors_in_dutch_word_order_is_none() -> None:
    text = (
        "Verwerker mag zonder voorafgaande schriftelijke toestemming van "
        "Verwerkingsverantwoordelijke geen subverwerkers inschakelen."
    )

    assert leaf(text, "subprocessors.authorisation") == "none"


def test_consent_to_engage_sub_processors_is_general() -> None:
    text = "De Klant geeft Verwerker hierbij toestemming om subverwerkers in te schakelen."

    assert leaf(text, "subprocessors.authorisation") == "general"


def test_consent_to_engage_these_sub_processors_is_not_general() -> None:
    text = (
        "De Sub-verwerkers worden vermeld in Bijlage 1. Daarmee geeft de Klant toestemming om "
        "deze Sub-verwerkers in te schakelen. Verwerker schakelt geen andere subverwerkers in "
        "zonder voorafgaande toestemming."
    )

    assert leaf(text, "subprocessors.authorisation") == "specific"


def test_entitled_to_engage_third_parties_is_general() -> None:
    text = "Verwerker is gerechtigd derden in te schakelen bij de uitvoering van deze overeenkomst."

    assert leaf(text, "subprocessors.authorisation") == "general"


def test_never_liable_for_indirect_damage_excludes_it() -> None:
    text = "Verwerker is nimmer aansprakelijk voor indirecte schade."

    assert leaf(text, "liability.indirect_excluded") is True


def test_an_amendment_announced_a_month_ahead() -> None:
    text = (
        "Verwerker kan deze verwerkersovereenkomst wijzigen. Wijzigingen worden minimaal een "
        "maand voor de ingangsdatum aangekondigd."
    )

    assert leaf(text, "amendment.notice_months") == 1


def test_months_written_notice_of_an_amendment() -> None:
    text = "Processor may amend this DPA by giving the Controller three (3) months' written notice."

    assert leaf(text, "amendment.notice_months") == 3


def test_an_objection_to_amendments_of_the_agreement_is_no_sub_processor_objection() -> None:
    text = (
        "Verwerker mag subverwerkers inschakelen. Verwerker kan deze overeenkomst wijzigen. "
        "Klant kan bezwaar maken tegen een wijziging van de overeenkomst."
    )

    assert leaf(text, "subprocessors.objection") is None


def test_the_laws_of_scotland_are_gb_law() -> None:
    text = "This Addendum is governed by the laws of Scotland."

    assert leaf(text, "governing_law") == "GB"


def test_a_countrys_data_protection_laws_are_not_the_governing_law() -> None:
    text = "This DPA applies the applicable data protection laws of Germany to the processing."

    assert leaf(text, "governing_law") is None


def test_promptly_informing_of_violations_of_data_protection_is_without_undue_delay() -> None:
    text = (
        "The Processor commits to promptly informing the Controller of any violations of data "
        "protection regulations."
    )

    assert leaf(text, "breach_notice.without_undue_delay") is True


def test_the_law_of_the_kingdom_of_the_netherlands() -> None:
    text = "Deze overeenkomst wordt beheerst door het recht van het Koninkrijk der Nederlanden."

    assert leaf(text, "governing_law") == "NL"


def test_hours_abbreviated() -> None:
    text = "Verwerker meldt een datalek binnen 24u aan de Klant."

    assert leaf(text, "breach_notice.within_hours") == 24


def test_once_every_calendar_year() -> None:
    text = "The Customer may audit the Provider once every calendar year."

    assert leaf(text, "audit.per_year") == 1


def test_once_every_two_years_is_not_once_a_year() -> None:
    text = "De Klant mag eenmaal per twee jaar een audit laten uitvoeren."

    assert leaf(text, "audit.per_year") is None


# --- clauses in the shape of Dutch IT providers' agreements (one table, nl and en) -----------

PROVIDER_CLAUSES = [
    (
        (
            "12.1 De aansprakelijkheid van Verwerker is beperkt tot maximaal € 25.000,- per "
            "gebeurtenis."
        ),
        "liability.cap_eur",
        25000,
    ),
    (
        ("De totale aansprakelijkheid van Verwerker bedraagt nooit meer dan EUR 100.000 per jaar."),
        "liability.cap_eur",
        100000,
    ),
    (
        (
            "De aansprakelijkheid van Verwerker is beperkt tot het bedrag dat de verzekeraar "
            "uitkeert."
        ),
        "liability.cap_eur",
        None,
    ),
    (
        "Processor's aggregate liability under this DPA shall not exceed EUR 50,000.",
        "liability.cap_eur",
        50000,
    ),
    (
        (
            "Processor's liability is limited to the fees paid in the twelve months preceding"
            " the claim."
        ),
        "liability.cap_eur",
        None,
    ),
    (
        (
            "De aansprakelijkheid van Verwerker is per gebeurtenis beperkt tot een bedrag van"
            " € 1.000.000."
        ),
        "liability.cap_eur",
        1000000,
    ),
    (
        (
            "Verwerker is niet aansprakelijk voor indirecte schade, waaronder gevolgschade en"
            " gederfde winst."
        ),
        "liability.indirect_excluded",
        True,
    ),
    ("Aansprakelijkheid voor gevolgschade is uitgesloten.", "liability.indirect_excluded", True),
    (
        ("Neither party shall be liable for any indirect, incidental or consequential damages."),
        "liability.indirect_excluded",
        True,
    ),
    (
        (
            "Iedere vordering tot schadevergoeding vervalt na verloop van één jaar na het "
            "ontstaan daarvan."
        ),
        "liability.claims_lapse_months",
        12,
    ),
    (
        (
            "Elke aanspraak op schadevergoeding vervalt door verloop van zes maanden na de "
            "schadeveroorzakende gebeurtenis."
        ),
        "liability.claims_lapse_months",
        6,
    ),
    (
        ("Any claim lapses if it is not brought within 12 months after the damage occurred."),
        "liability.claims_lapse_months",
        12,
    ),
    (
        (
            "Verwerker kan deze verwerkersovereenkomst wijzigen. Wijzigingen worden ten "
            "minste één maand voor inwerkingtreding aangekondigd."
        ),
        "amendment.notice_months",
        1,
    ),
    (
        ("Processor may amend this DPA by giving at least two (2) months' prior written notice."),
        "amendment.notice_months",
        2,
    ),
    (
        ("Wijzigingen van deze overeenkomst worden minimaal 30 dagen van tevoren bekendgemaakt."),
        "amendment.notice_months",
        None,
    ),
    (
        ("Verwerkingsverantwoordelijke mag maximaal één keer per jaar een audit laten uitvoeren."),
        "audit.per_year",
        1,
    ),
    (
        (
            "De audit vindt ten hoogste eenmaal per kalenderjaar plaats, tenzij er een "
            "concreet vermoeden van misbruik is."
        ),
        "audit.on_suspicion",
        True,
    ),
    ("Audits may be carried out no more than once every twelve (12) months.", "audit.per_year", 1),
    (
        ("De audit wordt uitgevoerd door een onafhankelijke, gecertificeerde externe deskundige."),
        "audit.independent_auditor",
        True,
    ),
    (
        (
            "Customer may audit no more than once per calendar year, except following a "
            "Personal Data Breach."
        ),
        "audit.on_suspicion",
        True,
    ),
    (
        (
            "Verwerker informeert Verwerkingsverantwoordelijke zonder onredelijke vertraging,"
            " doch uiterlijk binnen 24 uur na ontdekking, over een datalek."
        ),
        "breach_notice.within_hours",
        24,
    ),
    (
        ("Verwerker meldt een Datalek binnen achtenveertig (48) uur aan de Verantwoordelijke."),
        "breach_notice.within_hours",
        48,
    ),
    (
        (
            "Processor shall notify Controller of a Personal Data Breach within 36 hours of "
            "becoming aware of it."
        ),
        "breach_notice.within_hours",
        36,
    ),
    (
        (
            "Verwerker stelt Opdrachtgever zo spoedig mogelijk, uiterlijk binnen 2 werkdagen,"
            " op de hoogte van een beveiligingsincident."
        ),
        "breach_notice.without_undue_delay",
        True,
    ),
    ("Op deze verwerkersovereenkomst is Nederlands recht van toepassing.", "governing_law", "NL"),
    ("Deze overeenkomst wordt beheerst door het Nederlandse recht.", "governing_law", "NL"),
    ("This DPA is governed by the laws of the Netherlands.", "governing_law", "NL"),
    (
        (
            "This Agreement shall be governed by and construed in accordance with the laws of"
            " England and Wales."
        ),
        "governing_law",
        "GB",
    ),
    ("Dit contract is onderworpen aan het Belgisch recht.", "governing_law", "BE"),
    ("This DPA is governed by German law.", "governing_law", "DE"),
    (
        (
            "Na beëindiging van de overeenkomst zal Verwerker alle persoonsgegevens naar "
            "keuze van Verwerkingsverantwoordelijke retourneren of vernietigen."
        ),
        "end_of_contract.return",
        True,
    ),
    (
        (
            "Na beëindiging van de overeenkomst zal Verwerker alle persoonsgegevens naar "
            "keuze van Verwerkingsverantwoordelijke retourneren of vernietigen."
        ),
        "end_of_contract.delete",
        True,
    ),
    (
        (
            "Bij het einde van de overeenkomst levert Verwerker de persoonsgegevens aan in "
            "een gangbaar, machineleesbaar formaat."
        ),
        "end_of_contract.machine_readable",
        True,
    ),
    (
        (
            "Upon termination, Processor shall delete or return all Personal Data to the "
            "Controller in a commonly used, machine-readable format."
        ),
        "end_of_contract.machine_readable",
        True,
    ),
    (
        (
            "Verwerker mag subverwerkers inschakelen. Verwerker informeert "
            "Verwerkingsverantwoordelijke vooraf over de inschakeling van nieuwe "
            "subverwerkers, waartegen Verwerkingsverantwoordelijke bezwaar kan maken."
        ),
        "subprocessors.objection",
        True,
    ),
    (
        (
            "Verwerker schakelt geen subverwerkers in zonder voorafgaande schriftelijke "
            "toestemming van Verwerkingsverantwoordelijke."
        ),
        "subprocessors.authorisation",
        "none",
    ),
    (
        (
            "Verwerkingsverantwoordelijke verleent Verwerker hierbij algemene toestemming "
            "voor het inschakelen van subverwerkers."
        ),
        "subprocessors.authorisation",
        "general",
    ),
    (
        (
            "Verwerker legt aan subverwerkers dezelfde verplichtingen op als die uit deze "
            "overeenkomst voortvloeien."
        ),
        "subprocessors.flow_down",
        True,
    ),
    (
        (
            "Verwerker verwerkt de persoonsgegevens uitsluitend binnen de Europese "
            "Economische Ruimte."
        ),
        "transfers.outside_eea",
        "never",
    ),
    (
        (
            "Doorgifte naar landen buiten de EER is alleen toegestaan met voorafgaande "
            "schriftelijke toestemming van Verwerkingsverantwoordelijke."
        ),
        "transfers.outside_eea",
        "consent",
    ),
    ("Personal Data will only be processed within the EEA.", "transfers.outside_eea", "never"),
    (
        (
            "Verwerker zal Verantwoordelijke zo snel mogelijk, maar uiterlijk binnen 48 uur "
            "nadat hij kennis heeft genomen van een inbreuk in verband met persoonsgegevens, "
            "informeren."
        ),
        "breach_notice.within_hours",
        48,
    ),
    (
        (
            "Verwerker zal Verantwoordelijke zo snel mogelijk, maar uiterlijk binnen 48 uur "
            "nadat hij kennis heeft genomen van een inbreuk in verband met persoonsgegevens, "
            "informeren."
        ),
        "breach_notice.without_undue_delay",
        True,
    ),
    (
        (
            "Verwerker stelt Verwerkingsverantwoordelijke onverwijld, uiterlijk binnen één "
            "werkdag, op de hoogte van een datalek."
        ),
        "breach_notice.within_hours",
        None,
    ),
    (
        (
            "Verwerker meldt een datalek binnen 24 (vierentwintig) uur aan "
            "Verwerkingsverantwoordelijke."
        ),
        "breach_notice.within_hours",
        24,
    ),
    (
        (
            "Verwerker verwerkt de Persoonsgegevens alleen binnen de EER, tenzij "
            "Verantwoordelijke daarvoor schriftelijke toestemming heeft gegeven."
        ),
        "transfers.outside_eea",
        "consent",
    ),
    (
        (
            "Verwerker is gerechtigd de Persoonsgegevens door te geven naar landen buiten de "
            "EER, mits er passende waarborgen zijn getroffen."
        ),
        "transfers.outside_eea",
        "allowed",
    ),
    (
        (
            "Verantwoordelijke heeft het recht om eenmaal per jaar op eigen kosten een audit "
            "te laten uitvoeren door een onafhankelijke deskundige."
        ),
        "audit.per_year",
        1,
    ),
    (
        (
            "Verantwoordelijke heeft het recht om eenmaal per jaar op eigen kosten een audit "
            "te laten uitvoeren door een onafhankelijke deskundige."
        ),
        "audit.independent_auditor",
        True,
    ),
    (
        (
            "De aansprakelijkheid van Verwerker is beperkt tot het bedrag dat "
            "Verantwoordelijke in de twaalf maanden voorafgaand aan de schade heeft betaald, "
            "met een maximum van € 10.000."
        ),
        "liability.cap_eur",
        10000,
    ),
    (
        (
            "De totale aansprakelijkheid van Verwerker is beperkt tot vergoeding van directe "
            "schade tot maximaal het bedrag van de door Verantwoordelijke betaalde "
            "vergoedingen."
        ),
        "liability.cap_eur",
        None,
    ),
    (
        (
            "Verwerker is gerechtigd deze verwerkersovereenkomst te wijzigen. Verwerker zal "
            "wijzigingen ten minste drie maanden voor de inwerkingtreding bekendmaken."
        ),
        "amendment.notice_months",
        3,
    ),
    (
        "Deze overeenkomst kan alleen schriftelijk worden gewijzigd.",
        "amendment.notice_months",
        None,
    ),
    (
        (
            "Na afloop van de Overeenkomst zal Verwerker de persoonsgegevens binnen 30 dagen "
            "vernietigen, tenzij Verantwoordelijke verzoekt om teruggave daarvan."
        ),
        "end_of_contract.delete",
        True,
    ),
    (
        (
            "Na afloop van de Overeenkomst zal Verwerker de persoonsgegevens binnen 30 dagen "
            "vernietigen, tenzij Verantwoordelijke verzoekt om teruggave daarvan."
        ),
        "end_of_contract.return",
        True,
    ),
    ("Deze verwerkersovereenkomst valt onder Nederlands recht.", "governing_law", "NL"),
    (
        "Op deze overeenkomst is uitsluitend het Nederlands recht van toepassing.",
        "governing_law",
        "NL",
    ),
    ("Geschillen worden voorgelegd aan de bevoegde rechter te Amsterdam.", "governing_law", None),
    (
        (
            "Verwerker is gerechtigd om subverwerkers in te schakelen, mits Verwerker "
            "Verantwoordelijke hiervan vooraf op de hoogte stelt. Verantwoordelijke kan "
            "binnen 14 dagen bezwaar maken."
        ),
        "subprocessors.authorisation",
        "general",
    ),
    (
        (
            "Verwerker is gerechtigd om subverwerkers in te schakelen, mits Verwerker "
            "Verantwoordelijke hiervan vooraf op de hoogte stelt. Verantwoordelijke kan "
            "binnen 14 dagen bezwaar maken."
        ),
        "subprocessors.prior_notice",
        True,
    ),
    (
        (
            "Verwerker maakt uitsluitend gebruik van de in Bijlage 2 genoemde subverwerkers. "
            "Voor de inschakeling van andere subverwerkers is voorafgaande schriftelijke "
            "toestemming van Verantwoordelijke vereist."
        ),
        "subprocessors.authorisation",
        "specific",
    ),
    (
        (
            "Verwerker is nimmer aansprakelijk voor indirecte schade, gevolgschade of "
            "gederfde winst."
        ),
        "liability.indirect_excluded",
        True,
    ),
    (
        (
            "Het recht op schadevergoeding vervalt indien de vordering niet binnen twaalf "
            "maanden na ontdekking van de schade schriftelijk is ingediend."
        ),
        "liability.claims_lapse_months",
        12,
    ),
    (
        (
            "The Processor shall inform the Controller of a Personal Data Breach without "
            "undue delay and in any case within forty-eight (48) hours."
        ),
        "breach_notice.within_hours",
        48,
    ),
    (
        (
            "The Processor's total liability under this DPA shall be limited to EUR 250,000 "
            "per year."
        ),
        "liability.cap_eur",
        250000,
    ),
    ("This DPA shall be governed by the laws of Ireland.", "governing_law", "IE"),
    (
        (
            "Controller grants Processor general written authorisation to engage Sub-"
            "processors listed in Annex III. Processor shall inform Controller at least 30 "
            "days in advance of any intended changes, giving Controller the opportunity to "
            "object."
        ),
        "subprocessors.objection",
        True,
    ),
    (
        (
            "Processor may not transfer Personal Data outside the EEA without Controller's "
            "prior written consent."
        ),
        "transfers.outside_eea",
        "consent",
    ),
    ("Controller may conduct one audit per calendar year.", "audit.per_year", 1),
    (
        (
            "Audits shall be conducted by an independent third-party auditor bound by "
            "confidentiality."
        ),
        "audit.independent_auditor",
        True,
    ),
]


@pytest.mark.parametrize(("text", "path", "expected"), PROVIDER_CLAUSES)
def test_a_providers_clause_gives_its_term(text: str, path: str, expected: object) -> None:
    assert leaf(text, path) == expected


MORE_CLAUSES = [
    (
        "All of your site data is stored in the EU, and it never leaves the EU.",
        "transfers.outside_eea",
        "never",
    ),
    (
        "Wij mogen andere partijen inschakelen om de dienst te laten werken. Met elk van hen "
        "sluiten wij een overeenkomst met minstens dezelfde afspraken als deze.",
        "subprocessors.flow_down",
        True,
    ),
    (
        "Na afloop van de overeenkomst kiest de verantwoordelijke: teruggave of verwijdering.",
        "end_of_contract.return",
        True,
    ),
    (
        "Audits worden uitgevoerd door een onafhankelijke, aan geheimhouding gebonden deskundige.",
        "audit.independent_auditor",
        True,
    ),
    (
        "Audits are limited to one per year, save for established breaches.",
        "audit.on_suspicion",
        True,
    ),
    (
        "The Controller agrees to the use of the following sub-processors: Hetzner, Postmark.",
        "subprocessors.authorisation",
        "general",
    ),
    (
        "Subverwerkers: Railway Corp. (hosting, EU); Resend, Inc. (e-mail, EU/VS, "
        "EU-modelcontracten).",
        "transfers.outside_eea",
        "allowed",
    ),
    ("Hetzner Online GmbH (hosting, Duitsland).", "transfers.outside_eea", None),
    (
        "Datalekken. De verwerker meldt een inbreuk zonder onnodige vertraging, en in elk geval "
        "binnen 24 uur na ontdekking.",
        "breach_notice.within_hours",
        24,
    ),
    (
        "Processing outside the EU requires the Processor to ensure that the conditions for "
        "transferring the data to third countries under Art. 44 et seq. GDPR are met.",
        "transfers.outside_eea",
        "allowed",
    ),
    (
        "Sub-processors shall be subject to data protection obligations fundamentally comparable "
        "to those contained in this Agreement.",
        "subprocessors.flow_down",
        True,
    ),
    (
        "The processor may engage subprocessors, contractually passing on its obligations under "
        "this Data Processing Agreement to the subprocessors.",
        "subprocessors.flow_down",
        True,
    ),
    (
        "5. De klant geeft Cloxa algemene toestemming om de onderverwerkers uit bijlage 3 in te "
        "schakelen. Cloxa meldt een nieuwe onderverwerker vooraf; de klant kan dan bezwaar maken.",
        "subprocessors.objection",
        True,
    ),
    (
        "Wij maken gebruik van de volgende subverwerkers: Hetzner (hosting), Postmark (e-mail).",
        "subprocessors.authorisation",
        "general",
    ),
    ("On-site audits are limited to one per calendar year.", "audit.per_year", 1),
    ("12. Recht en forum. Nederlands recht is van toepassing.", "governing_law", "NL"),
    (
        "## Artikel 10 — Meldplicht datalekken\nArnoBot informeert de Klant zonder onredelijke "
        "vertraging, uiterlijk binnen 72 uur na ontdekking van een datalek.",
        "breach_notice.within_hours",
        72,
    ),
    (
        "Tussen SWV Meubel (verwerkingsverantwoordelijke) en de leverancier. SWV mag. SWV kan. "
        "De verwerker meldt een datalek binnen 24 uur na ontdekking aan SWV. SWV is dan zelf "
        "verantwoordelijk voor melding aan de Autoriteit Persoonsgegevens binnen 72 uur.",
        "breach_notice.within_hours",
        24,
    ),
    (
        "Je mag een audit laten uitvoeren. Ten hoogste één audit per kalenderjaar is voor onze "
        "rekening.",
        "audit.per_year",
        None,
    ),
    ("This DPA shall be governed by the laws of Bulgaria.", "governing_law", "BG"),
    (
        "4.6 Meldplicht datalekken. Bijeen meldt een inbreuk op de beveiliging, zonder onredelijke "
        "vertraging en uiterlijk binnen 72 uur na ontdekking, aan de Verwerkingsverantwoordelijke.",
        "breach_notice.within_hours",
        72,
    ),
    (
        "## 11. Audits and inspections\n\n11.1 The Controller may request the information "
        "necessary "
        "to demonstrate compliance once per year, or more frequently if there is a specific cause "
        "for concern.",
        "audit.on_suspicion",
        True,
    ),
    (
        "## 11. Audits and inspections\n\n11.1 The Controller may request the information "
        "necessary "
        "to demonstrate compliance once per year.",
        "audit.per_year",
        1,
    ),
    (
        "Verantwoordelijke mag maximaal eenmaal per jaar een audit laten uitvoeren, behoudens "
        "incidenten.",
        "audit.on_suspicion",
        True,
    ),
    (
        "Na afloop van de overeenkomst geeft Verwerker alle persoonsgegevens aan Klant terug.",
        "end_of_contract.return",
        True,
    ),
    (
        "The contractor informs the client of breaches. The notification must be made at the "
        "latest within 24 hours after the contractor's knowledge.",
        "breach_notice.within_hours",
        24,
    ),
    (
        "Further subcontractors are to be notified in writing to the client prior to the "
        "processing. The client can reject subcontractors.",
        "subprocessors.objection",
        True,
    ),
    (
        "Further subcontractors are to be notified in writing to the client prior to the "
        "processing.",
        "subprocessors.prior_notice",
        True,
    ),
    (
        "All subcontractors shall be subject to data protection obligations that are comparable "
        "to those agreed in this contract.",
        "subprocessors.flow_down",
        True,
    ),
    (
        "Controls shall take place after reasonable notice and not more frequently than every 12 "
        "months.",
        "audit.per_year",
        1,
    ),
    (
        "Hij heeft, wanneer hij een subverwerker inschakelt, de gegevensexporteur tevoren "
        "ingelicht.",
        "subprocessors.prior_notice",
        True,
    ),
    (
        "De controle wordt uitgevoerd door een controleorgaan waarvan de leden onafhankelijk zijn.",
        "audit.independent_auditor",
        True,
    ),
    (
        "Each sub-processor has a United States nexus: the data it holds is subject to United "
        "States law.",
        "governing_law",
        None,
    ),
    (
        "Zyniq assists with data subject rights, including the right to object to processing. "
        "Zyniq may engage sub-processors.",
        "subprocessors.objection",
        None,
    ),
    (
        "The client may terminate this agreement if the contractor evades audits or in the "
        "event of a serious breach.",
        "audit.on_suspicion",
        None,
    ),
]


@pytest.mark.parametrize(("text", "path", "expected"), MORE_CLAUSES)
def test_a_clause_of_a_german_or_model_clause_shape_gives_its_term(
    text: str, path: str, expected: object
) -> None:
    assert leaf(text, path) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The Data Processor shall ensure that the Sub-processors are bound by written agreements "
        "that require them to comply with data processing obligations corresponding to those "
        "contained in this DPA.",
        "We may let third parties process data as subprocessor. The subprocessing shall be "
        "governed by a contract imposing the same data protection obligations as this contract.",
        "The Processor concludes an agreement with the sub-processor in accordance with Art. 28 "
        "(2-4) GDPR.",
        "Plausible uses subprocessors. These subprocessors are bound by data protection "
        "agreements and may process data only to provide the services.",
        "Verwerker draagt ervoor zorg dat de ingeschakelde sub-processors zich aan eenzelfde "
        "beveiligingsniveau committeren als waaraan Verwerker is gebonden.",
    ],
)
def test_obligations_passed_on_to_sub_processors_in_other_words_are_flow_down(text: str) -> None:
    assert leaf(text, "subprocessors.flow_down") is True


def test_a_sub_processor_merely_listed_is_no_flow_down() -> None:
    text = "An up to date list of the sub-processors can be found on our website."

    assert leaf(text, "subprocessors.flow_down") is None


def test_reports_from_independent_bodies_name_an_independent_auditor() -> None:
    text = (
        "Proof of such measures may be provided by current reports or report extracts from "
        "independent bodies (e.g. auditor, data protection auditor) for the audit."
    )

    assert leaf(text, "audit.independent_auditor") is True


def test_after_completion_of_the_contractual_work_data_are_handed_over_or_deleted() -> None:
    text = (
        "After completion of the contractual work, the Processor shall hand over to the "
        "Controller all data or have them deleted in accordance with data protection regulations."
    )

    assert leaf(text, "end_of_contract.return") is True
    assert leaf(text, "end_of_contract.delete") is True


def test_submitting_the_data_to_the_client_at_the_end_is_a_return() -> None:
    text = (
        "At the latest upon termination of the Contract, the Supplier shall submit to the Client "
        "or destroy all data sets related to the Contract."
    )

    assert leaf(text, "end_of_contract.return") is True


def test_a_copy_to_download_before_the_end_is_a_return() -> None:
    text = (
        "8. Einde van de overeenkomst. Na beëindiging verwijdert Loyi de gegevens; de zaak kan "
        "vooraf een kopie downloaden."
    )

    assert leaf(text, "end_of_contract.return") is True


def test_a_breach_described_without_the_word_is_a_breach_notice() -> None:
    text = (
        "Odoo verbindt zich ertoe de Klant onverwijld op de hoogte te stellen wanneer zij kennis "
        "neemt van een onopzettelijke, ongeoorloofde of onwettige verwerking van de "
        "Persoonsgegevens."
    )

    assert leaf(text, "breach_notice.without_undue_delay") is True


def test_a_data_leak_reported_as_soon_as_possible_is_without_undue_delay() -> None:
    text = "Verwerker zal enig Datalek na kennisname zo snel mogelijk rapporteren aan de klant."

    assert leaf(text, "breach_notice.without_undue_delay") is True


def test_within_the_eea_unless_otherwise_agreed_is_consent() -> None:
    text = (
        "Verwerker verwerkt de persoonsgegevens uitsluitend binnen de Europese Economische "
        "Ruimte, tenzij anders is overeengekomen."
    )

    assert leaf(text, "transfers.outside_eea") == "consent"


def test_specific_or_general_with_notice_of_changes_is_general() -> None:
    text = (
        "The Processor shall not engage another processor without prior specific or general "
        "written authorisation of the Controller. The Processor shall inform the Controller at "
        "least 30 days in advance of any intended changes concerning the addition or "
        "replacement of sub-processors."
    )

    assert leaf(text, "subprocessors.authorisation") == "general"


def test_deletion_on_uninstalling_the_app_is_deletion_at_the_end() -> None:
    text = "On uninstallation of the App, the platform deletes all data the App holds."

    assert leaf(text, "end_of_contract.delete") is True


def test_an_extra_audit_in_response_to_a_breach_is_on_suspicion() -> None:
    text = (
        "Customer may exercise its audit right no more than once per calendar year, unless "
        "required by a supervisory authority or in response to a Personal Data breach."
    )

    assert leaf(text, "audit.on_suspicion") is True


def test_an_opportunity_to_object_before_the_sub_processor_processes_is_prior_notice() -> None:
    text = (
        "We will give you a reasonable opportunity to object to a new sub-processor before it "
        "processes your data."
    )

    assert leaf(text, "subprocessors.prior_notice") is True


def test_announcing_a_new_sub_processor_in_advance_is_prior_notice() -> None:
    text = "PWAYMENT kondigt een materiële nieuwe subverwerker vooraf aan via het account."

    assert leaf(text, "subprocessors.prior_notice") is True


def test_flow_down_in_the_sentence_after_the_sub_processors_is_read() -> None:
    text = (
        "De klant geeft algemene toestemming voor de gepubliceerde subverwerkers. PWAYMENT legt "
        "gelijkwaardige gegevensbeschermingsverplichtingen op."
    )

    assert leaf(text, "subprocessors.flow_down") is True


@pytest.mark.parametrize(
    ("text", "hours"),
    [
        (
            "We will notify Controller of any Personal Data breach: maximum 48 hours after "
            "becoming aware.",
            48,
        ),
        (
            "Helix shall notify Customer of a Breach Event without undue delay but in no event "
            "later than seventy-two (72) hours after becoming aware.",
            72,
        ),
    ],
)
def test_a_maximum_or_in_no_event_later_than_bounds_the_notice(text: str, hours: int) -> None:
    assert leaf(text, "breach_notice.within_hours") == hours


def test_an_agreement_no_less_restrictive_and_protective_is_flow_down() -> None:
    text = (
        "Processor ensures that Subprocessors are subject to an agreement with Processor no less "
        "restrictive and protective than the present Agreement."
    )

    assert leaf(text, "subprocessors.flow_down") is True


def test_sub_processors_with_a_non_breaking_hyphen_are_read() -> None:
    text = (
        "Controller authorizes use of sub\u2011processors necessary for the Service. Processor "
        "will impose data protection obligations at least as protective as this DPA."
    )

    assert leaf(text, "subprocessors.authorisation") == "general"
    assert leaf(text, "subprocessors.flow_down") is True


def test_the_laws_of_ontario_canada_are_canadian_law() -> None:
    assert (
        leaf("This Agreement is governed by the laws of ONTARIO, CANADA.", "governing_law") == "CA"
    )
