"""Splitting a DPA into sentences with the clause numbers the document gives them."""

from __future__ import annotations

from pathlib import Path

from art28.analysis.segment import normalise, segment

SEED_000 = Path(__file__).parent / "devset" / "seeds" / "000_e47db8ef20ebf9c3.txt"


def clauses(text: str) -> list[tuple[str | None, str]]:
    return [(s.clause, s.text) for s in segment(text)]


def test_numbered_clauses_carry_their_number_across_wrapped_lines() -> None:
    text = "Artikel 3 Verplichtingen\n\n3.1 Verwerker zal de gegevens\n\nbeveiligen. Dat is zo.\n"

    assert clauses(text) == [
        ("Artikel 3", "Artikel 3 Verplichtingen"),
        ("3.1", "3.1 Verwerker zal de gegevens beveiligen."),
        ("3.1", "Dat is zo."),
    ]


def test_a_cited_article_does_not_start_a_clause() -> None:
    text = "4.2 Dit geldt niet.\nArtikel 4.1 van deze overeenkomst blijft gelden.\n"

    assert [clause for clause, _ in clauses(text)] == ["4.2", "4.2"]


def test_annex_sentences_are_labelled_with_the_annex() -> None:
    text = "14.1 Nederlands recht.\n\nBijlage 2: Beveiligingsmaatregelen\n\n• Versleutelde e-mail\n"

    assert [clause for clause, _ in clauses(text)] == ["14.1", "Bijlage 2", "Bijlage 2"]


def test_english_clause_headings_are_kept_as_written() -> None:
    text = "Clause 9\nNotification of personal data breach\n\n9.2 The processor shall notify.\n"

    assert [clause for clause, _ in clauses(text)] == ["Clause 9", "9.2"]


def test_table_of_contents_lines_do_not_move_the_clause() -> None:
    text = "Artikel 9. Sub-verwerkers ........................ 9\nArtikel 2. Algemeen\n2.1 Tekst.\n"

    assert [clause for clause, _ in clauses(text)][-1] == "2.1"


def test_abbreviations_do_not_end_a_sentence() -> None:
    text = "8.3 Verwerker helpt bij een melding (art. 33 AVG) en o.a. bij de DPIA. Klaar.\n"

    assert [t for _, t in clauses(text)] == [
        "8.3 Verwerker helpt bij een melding (art. 33 AVG) en o.a. bij de DPIA.",
        "Klaar.",
    ]


def test_every_sentence_is_exact_text_of_the_collapsed_document() -> None:
    text = SEED_000.read_text()

    sentences = segment(text)

    assert [s.text for s in sentences if s.text not in normalise(text)] == []
    assert [s.index for s in sentences] == list(range(len(sentences)))


def test_each_pipe_table_row_is_a_sentence_of_its_own() -> None:
    text = "| Onderwerp | Planning |\n|---|---|\n| Doel | Roosters maken |\n"

    assert [text for _, text in clauses(text)] == [
        "| Onderwerp | Planning |",
        "|---|---|",
        "| Doel | Roosters maken |",
    ]


def test_a_bold_numbered_heading_sets_the_clause_and_its_title() -> None:
    text = "8. **PERSONAL DATA BREACH**\n\nThe Processor shall notify the Controller.\n"

    sentences = segment(text)

    assert [(s.clause, s.heading) for s in sentences] == [("8", "PERSONAL DATA BREACH")] * 2


def test_a_list_number_stays_with_its_item() -> None:
    text = "1. Definitions\n\n   3. In the event the Processor objects. It shall say so.\n"

    assert [text for _, text in clauses(text)][1:] == [
        "3. In the event the Processor objects.",
        "It shall say so.",
    ]


def test_numbered_list_lines_each_start_a_sentence() -> None:
    text = "Processor shall:\n1. process only on instructions\n2. ensure confidentiality\n"

    assert [t for _, t in clauses(text)] == [
        "Processor shall:",
        "1. process only on instructions",
        "2. ensure confidentiality",
    ]


def test_a_run_of_initials_stays_one_sentence() -> None:
    text = "Signed by A. B. C. D. Jansen for the processor.\n"

    assert [t for _, t in clauses(text)] == ["Signed by A. B. C. D. Jansen for the processor."]


def test_a_document_that_is_itself_an_annex_keeps_its_numbered_headings() -> None:
    text = "Bijlage 1 bij de Algemene Voorwaarden\n\n8. Datalekken\n\nVerwerker meldt onverwijld.\n"

    assert [(s.clause, s.heading) for s in segment(text)][-1] == ("8", "Datalekken")


def test_a_plural_article_abbreviation_does_not_end_a_sentence() -> None:
    text = "(e) assist the Controller with its obligations under Arts. 32-36 GDPR;\n"

    assert [t for _, t in clauses(text)] == [
        "(e) assist the Controller with its obligations under Arts. 32-36 GDPR;"
    ]


def test_a_deeper_markdown_heading_keeps_the_article_title_before_its_own() -> None:
    text = "## Artikel 7 — Subverwerkers\n\n### 7.1 Toestemming\nDe Verwerker informeert.\n"

    assert segment(text)[-1].heading == "Subverwerkers / 7.1 Toestemming"


# --- text as a PDF gives it: hard-wrapped lines, no blank lines, page furniture ---------------


def test_a_pdf_title_line_is_not_run_into_the_sentence_under_it() -> None:
    text = (
        "De verwerker neemt passende maatregelen.\n"
        "Betrokkenen\n"
        "Medewerkers en klanten van de verwerkingsverantwoordelijke.\n"
    )

    assert [(s.heading, s.text) for s in segment(text)][1:] == [
        ("Betrokkenen", "Betrokkenen"),
        ("Betrokkenen", "Medewerkers en klanten van de verwerkingsverantwoordelijke."),
    ]


def test_a_numbered_heading_without_a_blank_line_after_it_stays_a_title() -> None:
    text = "4. Betrokkenen\nMedewerkers en contactpersonen van de klant.\n"

    assert clauses(text) == [
        ("4", "4. Betrokkenen"),
        ("4", "Medewerkers en contactpersonen van de klant."),
    ]


def test_the_first_line_of_a_wrapped_numbered_paragraph_is_not_a_heading() -> None:
    text = (
        "Article 2 Obligations\n"
        "1. Some of the obligations under the\n"
        "agreement may be performed by third parties.\n"
    )

    sentences = segment(text)

    assert sentences[-1].text == (
        "1. Some of the obligations under the agreement may be performed by third parties."
    )
    assert sentences[-1].heading == "Obligations"


def test_a_clause_number_alone_takes_its_title_from_the_next_line() -> None:
    text = "Clause 9\nNotification of personal data breach\nThe processor shall notify.\n"

    assert [(s.clause, s.heading, s.text) for s in segment(text)] == [
        (
            "Clause 9",
            "Notification of personal data breach",
            "Clause 9 Notification of personal data breach",
        ),
        ("Clause 9", "Notification of personal data breach", "The processor shall notify."),
    ]


def test_page_numbers_and_running_headers_neither_start_nor_end_a_sentence() -> None:
    page = "Verwerkersovereenkomst Acme B.V.\n"
    text = (
        f"{page}1.1 Verwerker meldt een datalek zonder onredelijke vertraging en uiterlijk binnen\n"
        "Pagina 1 van 3\n\n"
        f"{page}24 uur aan Verwerkingsverantwoordelijke.\n"
        f"Pagina 2 van 3\n\n{page}1.2 Verwerker helpt.\n"
    )

    sentences = segment(text)

    assert [s.clause for s in sentences][-2:] == ["1.1", "1.2"]
    assert "binnen Pagina 1 van 3" in sentences[-2].text  # kept: quotes are exact text
    assert sentences[-2].text.endswith(
        "binnen Pagina 1 van 3 " + page.strip() + " 24 uur aan Verwerkingsverantwoordelijke."
    )
    assert all(s.text in normalise(text) for s in sentences)


def test_text_with_a_paragraph_per_line_never_runs_one_line_into_the_next() -> None:
    long_line = "De verwerker verwerkt de persoonsgegevens " * 8  # an unwrapped paragraph
    text = f"{long_line.strip()}.\n\n{long_line.strip()}.\n\n"
    text += "Process data only as necessary to provide the Service\n\n"
    text += "Implement appropriate technical and organisational measures\n"

    assert [s.text for s in segment(text)][2:] == [
        "Process data only as necessary to provide the Service",
        "Implement appropriate technical and organisational measures",
    ]


def test_after_a_short_wrapped_line_the_next_paragraph_starts() -> None:
    text = (
        "De verwerker verwerkt de persoonsgegevens uitsluitend in opdracht van de\n"
        "verwerkingsverantwoordelijke en op basis van diens schriftelijke instructies.\n"
        "Klanten en medewerkers\n"
        "De verwerker zal passende technische en organisatorische maatregelen treffen om de\n"
        "persoonsgegevens te beveiligen tegen verlies of onrechtmatige verwerking.\n"
    )

    assert "Klanten en medewerkers" in [s.text for s in segment(text)]


def test_a_short_line_that_runs_on_stays_in_its_sentence() -> None:
    text = (
        "De verwerker verwerkt de persoonsgegevens uitsluitend in opdracht van de\n"
        "verwerkingsverantwoordelijke en op basis van diens schriftelijke instructies van de\n"
        "Verwerkingsverantwoordelijke. Deze overeenkomst geldt zolang de hoofdovereenkomst geldt.\n"
    )

    assert segment(text)[0].text.endswith("instructies van de Verwerkingsverantwoordelijke.")


def test_a_numbered_paragraph_of_seven_words_wraps_on_and_is_no_title() -> None:
    text = (
        "## Artikel 6 Subverwerkers\n\n"
        "1. Verwerkingsverantwoordelijke geeft algemene toestemming voor het inschakelen van\n"
        "   subverwerkers. De actuele lijst staat in Bijlage 2.\n"
        "2. Bij voorgenomen toevoeging of vervanging informeert Verwerker\n"
        "   Verwerkingsverantwoordelijke ten minste 30 dagen vooraf schriftelijk.\n"
    )

    texts = [s.text for s in segment(text)]

    assert (
        "2. Bij voorgenomen toevoeging of vervanging informeert Verwerker "
        "Verwerkingsverantwoordelijke ten minste 30 dagen vooraf schriftelijk." in texts
    )
