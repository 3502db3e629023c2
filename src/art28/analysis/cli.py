"""`art28 check FILE [FILE…] [--json]`: analyse DPAs and print the result.

With --json: the `art28.check/1` object (an array when several files are given). Without:
a readable report in the terminal's language (LC_ALL / LC_MESSAGES / LANG: nl or en).
Exit 0 when every file was read, 2 when one could not be; its reason goes to stderr as one
line and the other files are still reported.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from typing import Any, TextIO

from art28.analysis.extract import UnreadableDocument
from art28.analysis.report import analyse

MARKS = {"present": "✓", "partial": "~", "missing": "✗"}


def main(argv: list[str], out: TextIO | None = None, err: TextIO | None = None) -> int:
    out, err = out or sys.stdout, err or sys.stderr
    args = _parser().parse_args(argv)
    results: list[dict] = []
    status = 0
    for path in args.files:
        try:
            results.append(analyse(path))
        except UnreadableDocument as exc:
            print(f"art28 check: {path}: {exc}", file=err)
            status = 2
        except Exception as exc:  # never a traceback for one bad file; say what went wrong
            print(f"art28 check: {path}: cannot analyse ({type(exc).__name__}: {exc})", file=err)
            status = 2
    _print(results, as_json=args.json, several=len(args.files) > 1, out=out)
    return status


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="art28 check", description="Analyse data processing agreements."
    )
    parser.add_argument("files", nargs="+", metavar="FILE", help="PDF, DOCX, HTML, MD or TXT")
    parser.add_argument("--json", action="store_true", help="print art28.check/1 JSON")
    return parser


def _print(results: list[dict], *, as_json: bool, several: bool, out: TextIO) -> None:
    if as_json:
        if results or several:
            payload: Any = results if several else results[0]
            out.write(json.dumps(payload, ensure_ascii=False, indent=2) + "\n")
        return
    words = WORDS[terminal_language()]
    out.write(
        "\n\n".join(readable(result, words) for result in results) + ("\n" if results else "")
    )


def terminal_language(environ: dict[str, str] | None = None) -> str:
    environ = os.environ if environ is None else environ
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        if environ.get(name):
            return "nl" if environ[name].lower().startswith("nl") else "en"
    return "en"


# --- the readable report ---------------------------------------------------------------------


def readable(result: dict, words: dict[str, str]) -> str:
    lines = [_heading(result, words)]
    lines += _parties(result, words)
    lines += ["", words["checklist"], *_checklist(result["checklist"], words)]
    lines += ["", words["terms"]] + [f"  {line}" for line in _terms(result["terms"], words)]
    if result["activities"]:
        lines += ["", f"{words['activities']} ({len(result['activities'])})"]
        lines += [
            f"  - {a['name']}" + (f": {a['purpose']}" if a["purpose"] else "")
            for a in result["activities"]
        ]
    return "\n".join(lines)


def _heading(result: dict, words: dict[str, str]) -> str:
    doc, ver = result["document"], result["version"]
    parts = [doc["file"], result["title"] or ""]
    if ver["label"]:
        parts.append(
            f"{words['version']} {ver['label']}" + (f" ({ver['date']})" if ver["date"] else "")
        )
    return " — ".join(p for p in parts if p) + f"  [{doc['format']}, {doc['language']}]"


def _parties(result: dict, words: dict[str, str]) -> list[str]:
    lines = ["", words["parties"]] if result["parties"] else []
    for party in result["parties"]:
        bits = [party["name"] or words["unnamed"]]
        if party["registration"]:
            bits.append(f"{party['registration']['scheme'].upper()} {party['registration']['id']}")
        if party["city"]:
            bits.append(party["city"])
        rep = party["representative"]
        if rep and rep["name"]:
            bits.append(
                f"{words['represented']} {rep['name']}"
                + (f" ({rep['title']})" if rep["title"] else "")
            )
        lines.append(f"  {words[party['role']]}: " + ", ".join(bits))
    for signed in result["signatures"]:
        lines.append(
            f"  {words['signed']} ({words[signed['role']]}): "
            + ", ".join(v for v in (signed["place"], signed["date"]) if v)
        )
    return lines


def _checklist(items: list[dict], words: dict[str, str]) -> list[str]:
    lines = []
    for item in items:
        label = REQUIREMENTS.get(item["id"], {}).get(words["lang"], item["id"])
        lines.append(f"  {MARKS.get(item['verdict'], '?')} {label}  [{item['id']}]")
        for evidence in item["evidence"][:2]:
            clause = _clause(evidence.get("clause"), words)
            lines.append(f"      {clause}“{_shorten(evidence['quote'])}”")
    return lines


def _clause(clause: str | None, words: dict[str, str]) -> str:
    if not clause:
        return ""
    return f"{words['clause']} {clause}: " if clause[0].isdigit() else f"{clause}: "


def _shorten(quote: str, limit: int = 160) -> str:
    quote = " ".join(quote.split())
    return quote if len(quote) <= limit else quote[: limit - 1] + "…"


def _terms(terms: dict, words: dict[str, str], prefix: str = "") -> list[str]:
    """One line per group ("Audit — per year: 1; on suspicion: yes"); unstated values left out."""
    lines = []
    for key, value in terms.items():
        name = words.get(f"{prefix}{key}", key)
        if isinstance(value, dict):
            inner = _terms(value, words, prefix=f"{key}.")
            lines.append(f"{name} — " + ("; ".join(inner) if inner else words["not_stated"]))
        elif value not in (None, []):
            lines.append(f"{name}: {_value(value, words)}")
    return lines


def _value(value: object, words: dict[str, str]) -> str:
    if value is True:
        return words["yes"]
    if value is False:
        return words["no"]
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    return words.get(f"value.{value}", str(value))


WORDS: dict[str, dict[str, str]] = {
    "en": {
        "lang": "en",
        "version": "version",
        "parties": "Parties",
        "unnamed": "(no name given)",
        "represented": "represented by",
        "signed": "signed",
        "processor": "processor",
        "controller": "controller",
        "checklist": "GDPR Art. 28(3) checklist",
        "clause": "clause",
        "terms": "Terms",
        "activities": "Processing activities",
        "not_stated": "not stated",
        "yes": "yes",
        "no": "no",
        "breach_notice": "Breach notice",
        "breach_notice.within_hours": "within hours",
        "breach_notice.without_undue_delay": "without undue delay",
        "subprocessors": "Sub-processors",
        "subprocessors.authorisation": "authorisation",
        "subprocessors.prior_notice": "prior notice",
        "subprocessors.objection": "objection",
        "subprocessors.flow_down": "same obligations",
        "transfers": "Transfers",
        "transfers.outside_eea": "outside the EEA",
        "transfers.exceptions": "exceptions",
        "audit": "Audit",
        "audit.per_year": "per year",
        "audit.on_suspicion": "on suspicion",
        "audit.independent_auditor": "independent auditor",
        "liability": "Liability",
        "liability.cap_eur": "cap EUR",
        "liability.indirect_excluded": "indirect damage excluded",
        "liability.claims_lapse_months": "claims lapse after months",
        "amendment": "Amendments",
        "amendment.notice_months": "notice in months",
        "end_of_contract": "End of contract",
        "end_of_contract.return": "return",
        "end_of_contract.delete": "delete",
        "end_of_contract.machine_readable": "machine-readable",
        "governing_law": "Governing law",
        "value.general": "general",
        "value.specific": "specific",
        "value.none": "none",
        "value.consent": "with consent",
        "value.never": "never",
        "value.allowed": "allowed",
    },
    "nl": {
        "lang": "nl",
        "version": "versie",
        "parties": "Partijen",
        "unnamed": "(geen naam)",
        "represented": "vertegenwoordigd door",
        "signed": "ondertekend",
        "processor": "verwerker",
        "controller": "verwerkingsverantwoordelijke",
        "checklist": "Checklist art. 28 lid 3 AVG",
        "clause": "artikel",
        "terms": "Afspraken",
        "activities": "Verwerkingen",
        "not_stated": "niet vermeld",
        "yes": "ja",
        "no": "nee",
        "breach_notice": "Melding datalek",
        "breach_notice.within_hours": "binnen uren",
        "breach_notice.without_undue_delay": "onverwijld",
        "subprocessors": "Subverwerkers",
        "subprocessors.authorisation": "toestemming",
        "subprocessors.prior_notice": "vooraf melden",
        "subprocessors.objection": "bezwaar",
        "subprocessors.flow_down": "dezelfde plichten",
        "transfers": "Doorgifte",
        "transfers.outside_eea": "buiten de EER",
        "transfers.exceptions": "uitzonderingen",
        "audit": "Audit",
        "audit.per_year": "per jaar",
        "audit.on_suspicion": "bij vermoeden",
        "audit.independent_auditor": "onafhankelijke auditor",
        "liability": "Aansprakelijkheid",
        "liability.cap_eur": "maximum EUR",
        "liability.indirect_excluded": "indirecte schade uitgesloten",
        "liability.claims_lapse_months": "vorderingen vervallen na maanden",
        "amendment": "Wijzigingen",
        "amendment.notice_months": "aankondiging in maanden",
        "end_of_contract": "Einde overeenkomst",
        "end_of_contract.return": "teruggeven",
        "end_of_contract.delete": "verwijderen",
        "end_of_contract.machine_readable": "machineleesbaar",
        "governing_law": "Toepasselijk recht",
        "value.general": "algemeen",
        "value.specific": "specifiek",
        "value.none": "geen",
        "value.consent": "met toestemming",
        "value.never": "nooit",
        "value.allowed": "toegestaan",
    },
}

REQUIREMENTS: dict[str, dict[str, str]] = {
    "art28.3.subject_duration": {"en": "Subject-matter and duration", "nl": "Onderwerp en duur"},
    "art28.3.nature_purpose": {"en": "Nature and purpose", "nl": "Aard en doel"},
    "art28.3.data_types": {"en": "Types of personal data", "nl": "Soorten persoonsgegevens"},
    "art28.3.data_subjects": {"en": "Categories of data subjects", "nl": "Categorieën betrokkenen"},
    "art28.3.controller_rights": {
        "en": "Controller's obligations and rights",
        "nl": "Rechten en plichten verwerkingsverantwoordelijke",
    },
    "art28.3.a.instructions": {
        "en": "Only on documented instructions",
        "nl": "Alleen op schriftelijke instructie",
    },
    "art28.3.a.legal_requirement_notice": {
        "en": "Notice of a legal requirement to process",
        "nl": "Melding van wettelijke verplichting",
    },
    "art28.3.b.confidentiality": {"en": "Confidentiality of staff", "nl": "Geheimhouding"},
    "art28.3.c.security": {
        "en": "Security measures (Art. 32)",
        "nl": "Beveiligingsmaatregelen (art. 32)",
    },
    "art28.3.d.subprocessors": {
        "en": "Conditions for sub-processors",
        "nl": "Voorwaarden subverwerkers",
    },
    "art28.2.authorisation": {
        "en": "Prior written authorisation",
        "nl": "Voorafgaande schriftelijke toestemming",
    },
    "art28.2.objection": {
        "en": "Notice of changes and objection",
        "nl": "Melding van wijzigingen en bezwaar",
    },
    "art28.4.flow_down": {
        "en": "Same obligations for sub-processors, full liability",
        "nl": "Dezelfde plichten voor subverwerkers, volle aansprakelijkheid",
    },
    "art28.3.e.dsr_assistance": {
        "en": "Help with data-subject requests",
        "nl": "Hulp bij verzoeken van betrokkenen",
    },
    "art28.3.f.art32_36_assistance": {
        "en": "Help with Art. 32–36",
        "nl": "Bijstand bij art. 32–36",
    },
    "art33.2.breach_notice": {
        "en": "Breach notice without undue delay",
        "nl": "Melding datalek zonder onredelijke vertraging",
    },
    "art28.3.f.dpia": {"en": "Help with DPIAs", "nl": "Bijstand bij DPIA's"},
    "art28.3.g.return_delete": {
        "en": "Return or delete at the end",
        "nl": "Teruggeven of verwijderen na afloop",
    },
    "art28.3.h.audits": {"en": "Information and audits", "nl": "Informatie en audits"},
    "art28.3.h.infringing_instruction": {
        "en": "Warn of an unlawful instruction",
        "nl": "Waarschuwen bij onrechtmatige instructie",
    },
    "chapter5.transfers": {"en": "Transfers outside the EEA", "nl": "Doorgifte buiten de EER"},
    "art28.9.in_writing": {"en": "Agreement in writing", "nl": "Schriftelijke overeenkomst"},
}
