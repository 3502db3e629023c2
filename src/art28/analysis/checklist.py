"""The GDPR Art. 28(3) checklist: 22 requirements, each judged with the sentences that show it.

Each requirement is a small rule over the concepts of lexicon.py found in the document's
sentences, following domain.md §1: *present* when the document states the obligation with the
law's essential elements, *partial* when the topic is there but an element is missing or
weakened, *missing* when nothing addresses it. Evidence is the sentences the rule relied on,
quoted exactly as they stand in the whitespace-collapsed text.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from art28.analysis.detector import Detector, readable, shipped
from art28.analysis.fields import HYPHENS, INVISIBLE
from art28.analysis.lexicon import BOTH, LEXICONS, Cue, Lexicon
from art28.analysis.parties import role_word_reader
from art28.analysis.segment import Sentence, segment

PRESENT, PARTIAL, MISSING = "present", "partial", "missing"
MAX_EVIDENCE = 3
MAX_QUOTE = 400  # characters; a longer sentence is cut at a word boundary (still a substring)
# a word broken at a line end ("verwerkings- verantwoordelijke"), not a Dutch elision
# ("klant- en accountgegevens", "in- of externe")
DEHYPHEN = re.compile(r"(\w)- (?!(?:en|of|and|or|tot)\b)(\w)")
# a table of contents ("Artikel 4 Geheimhouding ....... 6", "[Duur](#2-duur)"), a blank form field
# ("Overige gegevens: ………", "Verslavingsgegevens: JA / NEE"), a Markdown table's rule row: they
# promise nothing
NO_CONTENT = re.compile(
    r"\.{5,}|…{3,}|\b(?:ja\s*/\s*nee|yes\s*/\s*no)\b|"
    r"^\W*(?:\d+(?:\.\d+)*\.?\s*)?\[[^\]]+\]\(#[^)]*\)\W*$|^\|?\s*:?-{3,}",
    re.IGNORECASE,
)
# the Wbp's "bewerker" / "bewerking" is the AVG's "verwerker" / "verwerking"
WBP_WORDS = re.compile(r"(?<=\bsub)-?bewerk|(?<=\bsub-)bewerk|\bbewerk(?=er|ing)")
LIST_ITEM = re.compile(r"(?:[-•●▪◦·–*]|\(?[a-z]{1,2}\)|\(?[ivx]{1,4}\)|\d{1,2}[.)]|[a-z]\.)\s")
LEAD_IN = re.compile(r":[*_]*$")  # "... ondersteuning bij:" announces the items below it
END_MARK = re.compile(r"[.!?][\"'”’)*_]*$")  # a bare line ending so is a sentence, not an item
BARE_ITEM_WORDS = 12
DUTY_WORDS = 60
# a lead-in that leaves its duties to the items: "The Processor shall:", "Verwerker zal:"
DUTY_LEAD = re.compile(
    r"\b(?:shall|will|must|agrees to|undertakes to|zal|zullen|moet|dient|verplicht zich|"
    r"verbindt zich)[*_]*\s*:[*_]*$",
    re.IGNORECASE,
)
# a tag ends before the next "<", so "<a<a<a…" is scanned once, not once per "<"
INLINE_TAG = re.compile(r"</?[a-z][^<>]*>|[*_`]{1,2}(?=\w)|(?<=\w)[*_`]{1,2}")  # HTML, **bold**


@dataclass
class Doc:
    """A document's sentences; which lexicon concepts each contains is looked up on demand.

    Rules ask for a topic over the whole document first and for its qualifiers only among the
    topic's sentences, so most of the ~60 patterns run on a few sentences: one pass per topic.
    """

    sentences: list[Sentence]
    texts: list[str]  # lower-cased, line-end hyphens rejoined, questions blanked: what rules see
    lexicon: Lexicon
    items: set[int] = field(default_factory=set)  # list items read with their lead-in
    memo: dict[str, dict[int, bool]] = field(default_factory=dict)
    scopes: dict[str, list[int]] = field(default_factory=dict)

    @classmethod
    def read(cls, text: str, language: str) -> Doc:
        sentences = segment(text)
        texts = [_searchable(s.text) for s in sentences]
        items = set()
        for i, lead in _lead_ins(sentences):
            if texts[i]:  # an item that promises nothing alone promises nothing after its lead
                texts[i] = _searchable(lead + " " + sentences[i].text)
                items.add(i)
        names = role_word_reader(text, language)
        if names:
            texts = [names(t) for t in texts]
        return cls(sentences, texts, _lexicon(language), items)

    def is_heading(self, index: int) -> bool:
        """A bare title; a short list item completing its lead-in ("Verwerker zal: - ...")
        is an obligation, not a title."""
        return index not in self.items and _is_heading(self.sentences[index])

    def has(self, index: int, concept: str) -> bool:
        return bool(self._filter(concept, [index]))

    def having(self, *concepts: str, among: Iterable[int] | None = None) -> list[int]:
        """Indexes of sentences that contain every one of the concepts."""
        indexes = list(range(len(self.sentences)) if among is None else among)
        for concept in concepts:
            indexes = self._filter(concept, indexes)
        return indexes

    def _filter(self, concept: str, indexes: list[int]) -> list[int]:
        memo = self.memo.setdefault(concept, {})
        pattern = self.lexicon[concept]
        kept = []
        for i in indexes:
            found = memo.get(i)
            if found is None:
                found = memo[i] = pattern.search(self.texts[i])
            if found:
                kept.append(i)
        return kept

    def without(self, concept: str, among: Iterable[int]) -> list[int]:
        return [i for i in among if not self.has(i, concept)]

    def articles_of(self, indexes: Iterable[int]) -> list[int]:
        """All sentences in the same articles (major clause numbers) as the given ones."""
        keys = {_article(self.sentences[i].clause) for i in indexes} - {None}
        return [i for i, s in enumerate(self.sentences) if _article(s.clause) in keys]

    def scope(self, concept: str) -> list[int]:
        """Sentences on a topic: those naming it (definitions aside) with their neighbours, and
        every sentence under a heading that names it ("Artikel 9 Sub-verwerkers")."""
        if concept not in self.scopes:
            cues = self.without("definition", self.having(concept))
            found = set(self.near(cues)) | set(self.headed(concept))
            self.scopes[concept] = sorted(found)
        return self.scopes[concept]

    def headed(self, concept: str) -> list[int]:
        """Sentences under a heading that names the concept."""
        pattern = self.lexicon[concept]
        return [i for i, s in enumerate(self.sentences) if s.heading and _heads(pattern, s.heading)]

    def clauses_of(self, indexes: Iterable[int]) -> list[int]:
        """Sentences in the same numbered clause as the given ones (their neighbours if none):
        a lead-in "shall assist the controller with:" and the list items under it."""
        chosen = list(indexes)
        keys = {self.sentences[i].clause for i in chosen} - {None}
        same = [i for i, s in enumerate(self.sentences) if s.clause in keys]
        return sorted(set(same) | set(self.near(chosen, 2)))

    def near(self, indexes: Iterable[int], span: int = 1) -> list[int]:
        """The given sentences plus their neighbours (a rule stated over two sentences)."""
        found = {j for i in indexes for j in range(i - span, i + span + 1)}
        return sorted(j for j in found if 0 <= j < len(self.sentences))


Verdict = tuple[str, list[int]]
Rule = Callable[[Doc], Verdict]


def evaluate(text: str, language: str) -> list[dict[str, Any]]:
    """Judge every Art. 28(3) requirement; return the 22 checklist items in domain.md order."""
    doc = Doc.read(text, language)
    return [_item(doc, requirement, v) for requirement, v in judge(doc, shipped()).items()]


def judge(doc: Doc, detector: Detector | None) -> dict[str, Verdict]:
    """Every rule's verdict; where a rule finds nothing, the detector may still point at one
    sentence that states the requirement in words no cue knows (then it is present)."""
    verdicts = {requirement: rule(doc) for requirement, rule in RULES.items()}
    if detector is None:
        return verdicts
    candidates = None
    for requirement, (outcome, _) in verdicts.items():
        if outcome != MISSING or requirement not in detector.weights:
            continue
        if candidates is None:  # obligations: not titles, definitions or the GDPR's own title
            candidates = readable(
                {
                    i: t
                    for i, t in enumerate(doc.texts)
                    if t
                    and not doc.is_heading(i)
                    and not doc.has(i, "definition")
                    and not doc.has(i, "law_title")
                }
            )
        found = detector.strongest(requirement, candidates)
        if found is not None:
            verdicts[requirement] = (PRESENT, [found])
    return verdicts


def evidence_of(doc: Doc, verdict: Verdict) -> list[int]:
    """The sentences quoted for a verdict: obligations before bare titles, at most three."""
    outcome, indexes = verdict
    ranked = sorted(dict.fromkeys(indexes), key=doc.is_heading)
    return [] if outcome == MISSING else ranked[:MAX_EVIDENCE]


def _item(doc: Doc, requirement: str, verdict: Verdict) -> dict[str, Any]:
    evidence = [_evidence(doc.sentences[i]) for i in evidence_of(doc, verdict)]
    return {"id": requirement, "verdict": verdict[0], "evidence": evidence}


def _evidence(sentence: Sentence) -> dict[str, str | None]:
    quote = sentence.text
    if len(quote) > MAX_QUOTE:
        cut = quote.rfind(" ", 0, MAX_QUOTE)
        quote = quote[: cut if cut > 0 else MAX_QUOTE]
    return {"clause": sentence.clause, "quote": quote}


def _is_heading(sentence: Sentence) -> bool:
    """A bare heading ("Artikel 13 Duur en beëindiging") is weaker evidence than a sentence."""
    text = sentence.text
    return text.startswith("#") or (len(text.split()) <= 6 and not text.endswith((".", ";")))


def _lexicon(language: str) -> Lexicon:
    return LEXICONS.get(language, BOTH)


def _lead_ins(sentences: list[Sentence]) -> Iterator[tuple[int, str]]:
    """List items with the lead-in they complete: "Verwerker verwerkt persoonsgegevens
    uitsluitend:" + "- op basis van gedocumenteerde instructies" reads as one obligation."""
    lead, clause, duties = "", None, False
    for i, sentence in enumerate(sentences):
        following = sentences[i + 1] if i + 1 < len(sentences) else None
        item = LIST_ITEM.match(sentence.text) or _bare_item(sentence, following, clause)
        if lead and (item or (duties and _duty_item(sentence, clause))):
            yield i, lead
        else:
            lead = sentence.text if LEAD_IN.search(sentence.text) else ""
            clause, duties = sentence.clause, bool(DUTY_LEAD.search(lead))


def _duty_item(sentence: Sentence, clause: str | None) -> bool:
    """Under "The Processor shall:" a web page's bulletless items are whole sentences
    ("Notify the Controller without undue delay."): each completes the lead-in."""
    text = sentence.text
    if sentence.clause != clause or text.startswith("#") or LEAD_IN.search(text):
        return False
    return bool(END_MARK.search(text) or text.endswith(";")) and len(text.split()) <= DUTY_WORDS


def _bare_item(sentence: Sentence, following: Sentence | None, clause: str | None) -> bool:
    """A web page's list item loses its bullet in the text ("including:" + "SOC 2 reports"):
    a short line in the lead-in's own clause that ends no sentence is still an item, unless
    a sentence of that clause follows it (then it is the paragraph's title)."""
    text = sentence.text
    if sentence.clause != clause or text.startswith("#") or len(text.split()) > BARE_ITEM_WORDS:
        return False
    if END_MARK.search(text) or LEAD_IN.search(text):
        return False
    if following is None or following.clause != clause:
        return True
    return not (END_MARK.search(following.text) and len(following.text.split()) > BARE_ITEM_WORDS)


def _searchable(text: str) -> str:
    """What the patterns see: lower case, inline markup dropped, hyphen-broken words rejoined;
    a question is blank (a questionnaire's "Om welk type gegevens gaat het?" promises nothing)."""
    if text.endswith("?") or NO_CONTENT.search(text):
        return ""
    text = INVISIBLE.sub(
        "", text
    )  # a soft hyphen ("Verwerkings&shy;verantwoordelijke") hides words
    text = text.translate(HYPHENS)  # "sub-processors" written with a non-breaking hyphen
    flat = DEHYPHEN.sub(r"\1\2", " ".join(INLINE_TAG.sub("", text).lower().split()))
    return WBP_WORDS.sub("verwerk", flat)


def _heads(cue: Cue, heading: str) -> bool:
    return cue.search(heading.lower())


def _article(clause: str | None) -> str | None:
    if clause is None:
        return None
    last = clause.split()[-1]
    return last.split(".")[0] if last[:1].isdigit() else clause


def _topic_only(found: list[int]) -> Verdict:
    """The topic without the law's elements: partial when something speaks of it, else missing."""
    return (PARTIAL, found) if found else (MISSING, [])


def _grade(found: list[int], complete: bool, weakened: bool = False) -> str:
    if not found:
        return MISSING
    return PRESENT if complete and not weakened else PARTIAL


# --- the rules, one per requirement -------------------------------------------------------


def subject_duration(doc: Doc) -> Verdict:
    subject = doc.having("subject")
    duration = doc.without("breach", doc.having("duration"))
    ending = set(doc.having("delete", among=duration) + doc.having("return", among=duration))
    strong = set(doc.having("duration_term", among=ending))
    duration = [i for i in duration if i not in ending or i in strong]  # "deleted at the end"
    duration = [i for i in duration if not doc.has(i, "purpose") or doc.has(i, "subject")]
    return _grade(subject + duration, bool(subject and duration)), subject[:1] + duration[:2]


def nature_purpose(doc: Doc) -> Verdict:
    """Present when a purpose (or the nature) is described; a purpose that is only "to provide
    the Service", everywhere it is stated, names neither nature nor purpose: partial."""
    purpose = doc.having("purpose") + doc.having("service_purpose")
    purpose = doc.without("purpose_definition", sorted(set(purpose)))
    purpose = doc.without("subprocessor", doc.without("breach", purpose))  # "| Dienst | Doel |"
    described = doc.without("service_purpose", purpose)
    return _grade(purpose, True, not described), described + purpose


def data_types(doc: Doc) -> Verdict:
    return _listed(doc, "data_types")


def data_subjects(doc: Doc) -> Verdict:
    return _listed(doc, "data_subjects")


def _listed(doc: Doc, concept: str) -> Verdict:
    """Types of data or data subjects: present when named; partial when every mention only
    points elsewhere ("as described in the section ...") and nothing names them."""
    found = doc.without("breach", doc.having(concept))
    found += [  # the lines under a title "Data subjects" name them
        i
        for i in doc.headed(concept)
        if doc.sentences[i].heading not in doc.sentences[i].text and i not in found
    ]
    stated = doc.without("reference_only", found)
    return _grade(found, True, not stated), stated + found


def controller_rights(doc: Doc) -> Verdict:
    """Present when the controller's obligations or rights are set out (the controller as the
    subject of a duty or a right); a controller that only appears as the one who instructs
    or consents is partial."""
    stated = doc.having("controller_duty") + doc.having("controller_rights_recorded")
    stated += [i for i in doc.headed("controller_duty") if not doc.is_heading(i)]
    stated += doc.having("controller_subject")
    passive = [] if stated else doc.having("instruction", "controller")
    return _grade(stated + passive, bool(stated)), stated + passive


def instructions(doc: Doc) -> Verdict:
    """Processing on the controller's instructions; "uitsluitend op basis van schriftelijke
    instructies" in the processor's duties needs no name: whose else could they be?"""
    named = doc.having("instruction", "controller")
    bare = doc.without("controller", doc.having("instruction"))
    bare = [i for i in bare if doc.has(i, "documented") or doc.has(i, "only")]
    topic = sorted(named + doc.without("infringes", bare))
    strict = doc.having("only", among=topic)
    strict += doc.having("described_purposes") if topic else []  # the DPA is the instruction
    widened = doc.having("purpose_widening")
    return _grade(topic, bool(strict), bool(widened)), strict + widened + topic


def legal_requirement_notice(doc: Doc) -> Verdict:
    """The law's exception with a notice before processing. Weakened when the notice covers
    only data-subject requests or is an effort; an exception without a notice of its own is
    partial when authorities' disclosure requests are at least notified."""
    exception = doc.without("delete", doc.without("law_retention", doc.having("law_exception")))
    notice = doc.having("inform", among=doc.near(exception))
    notice = [i for i in notice if not doc.has(i, "instruction") or i in exception]
    if not notice:
        requests = doc.having("inform", among=doc.having("authority_request")) if exception else []
        return _topic_only(exception[:1] + requests if requests else [])
    narrow = all(_about(doc, i, "dsr") for i in notice)
    weakened = narrow or bool(doc.having("effort_only", among=notice))
    return _grade(notice, True, weakened), exception[:1] + notice


def _about(doc: Doc, index: int, concept: str, span: int = 1) -> bool:
    """The sentence, a neighbour within span or its heading names the concept."""
    heading = doc.sentences[index].heading
    return bool(doc.having(concept, among=doc.near([index], span))) or _heads(
        doc.lexicon[concept], heading
    )


def confidentiality(doc: Doc) -> Verdict:
    topic = doc.without("confidential_other", doc.without("audit_word", doc.having("confidential")))
    staff = doc.having("staff", among=topic)
    extended = doc.having("under_authority") if topic else []
    return _grade(topic, bool(staff or extended)), staff + topic + extended


def security(doc: Doc) -> Verdict:
    """Present when the processor takes the measures; an effort only is partial, unless the
    document lists the measures taken (then they are stated, whatever the effort wording)."""
    topic = doc.without("transfer", doc.having("security"))
    firm = doc.without("effort_only", doc.without("controller_subject", topic))
    firm = [i for i in doc.without("disclaimer", firm) if not doc.is_heading(i)]
    listed = doc.having("measures_list")
    measures = doc.without("breach", doc.without("effort_only", doc.headed("security_heading")))
    measures = [i for i in measures if not doc.is_heading(i)]  # the measures under their title
    listed += measures
    return _grade(topic + measures, bool(firm or listed)), firm + listed + topic


def subprocessors(doc: Doc) -> Verdict:
    """The conditions of 28(2) and 28(4) together: present when all three are; missing when
    none is addressed (a sub-processor named only in passing or in a definition)."""
    parts = [authorisation(doc), objection(doc), flow_down(doc)]
    addressed = [verdict for verdict, _ in parts if verdict != MISSING]
    complete = all(verdict == PRESENT for verdict, _ in parts)
    evidence = [i for _, found in parts for i in found[:1]]
    return _grade(evidence if addressed else [], complete), evidence


def authorisation(doc: Doc) -> Verdict:
    """The controller's authorisation; sub-processors that are merely used, with no
    authorisation anywhere, address the topic without it."""
    scope = doc.scope("subprocessor")
    found = doc.having("authorisation", among=scope)
    found = [i for i in found if doc.has(i, "subprocessor")] + found
    if not found:
        used = doc.having("uses_subprocessors", among=scope)
        return _topic_only(used)
    return _grade(found, True), found


def objection(doc: Doc) -> Verdict:
    """With general authorisation the controller hears of changes and may object; a document
    that needs the controller's prior consent for each sub-processor needs no objection."""
    scope = doc.scope("subprocessor")
    specific = doc.having("specific_consent", among=scope)
    general = doc.having("general_authorisation", among=scope)
    if specific and not general:
        return PRESENT, specific
    noticed = doc.having("prior_notice", "subprocessor_change", among=scope)
    noticed = [i for i in noticed if _about(doc, i, "subprocessor", 0)]
    candidates = sorted(set(scope) | set(doc.near(noticed, 2)))
    after_notice = set(doc.near(noticed, 2))  # "De winkelier kan daartegen bezwaar maken."
    objected = [
        i
        for i in doc.having("objection", among=candidates)
        if _about_parties(doc, i) or (i in after_notice and not doc.has(i, "data_subject_named"))
    ]
    limited = doc.having("objection_limited", among=doc.near(objected, 2))
    found = objected + noticed
    return _grade(found, bool(objected and noticed), bool(limited)), noticed[:1] + objected


def _about_parties(doc: Doc, index: int) -> bool:
    return doc.has(index, "controller") or doc.has(index, "subprocessor")


def flow_down(doc: Doc) -> Verdict:
    scope = doc.scope("subprocessor")
    same = doc.having("same_obligations", among=scope)
    topic = [  # not a row or title of a sub-processor table ("Duration | for the contract",
        # "Waarborg doorgifte"), nor a transfer's safeguard ("SCC's"): they bind nobody
        i
        for i in doc.having("flow_down_topic", among=scope)
        if _about(doc, i, "subprocessor", 0)
        and not doc.sentences[i].text.startswith("|")
        and not doc.is_heading(i)
        and not doc.has(i, "transfer_tool")
    ]
    liable = doc.having("liability", among=scope)
    answers = [i for i in liable if _about(doc, i, "subprocessor", 0)]  # "liable for them"
    found = same + topic + answers
    return _grade(found, bool(same and liable)), same + liable + topic


def dsr_assistance(doc: Doc) -> Verdict:
    """Assistance with requests; only passing them on, or settling them "in onderling
    overleg", addresses the topic without the assistance the law asks for."""
    titled = doc.headed("dsr_heading") + doc.near(doc.having("dsr_heading"), 1)  # "**Rechten …**"
    topic = sorted(set(doc.having("dsr") + doc.having("request", among=titled)))
    scope = doc.articles_of(topic) or topic
    helped = doc.without("mutual_agreement", doc.having("assist", among=scope))
    forwarded = doc.having("forward_only", among=scope)
    weakened = bool(doc.having("mutual_agreement", among=topic))
    weakened |= bool(helped) and len(doc.having("reasonable_only", among=helped)) == len(helped)
    weakened |= _efforts_only(doc, helped)
    return _grade(topic + forwarded, bool(helped), weakened), helped + forwarded + topic


def art32_36_assistance(doc: Doc) -> Verdict:
    assisted = doc.clauses_of(doc.having("assist"))
    breach = doc.having("breach_assistance", "assist", among=assisted)
    breach += doc.having("assist", among=doc.headed("breach"))
    breach += doc.having("breach_assistance", "authority_notice")  # information to notify with
    dpia = doc.having("dpia", among=assisted)
    consult = doc.having("prior_consultation", among=assisted)
    whole = doc.having("range_32_36", among=assisted)
    informed = doc.having("breach_content", among=doc.scope("breach"))  # art. 33(3) content
    found = whole + consult + breach + dpia
    complete = bool(whole) or bool(breach and dpia and consult)
    weakened = _efforts_only(doc, found)
    found += informed
    found += doc.having("general_assistance", among=assisted)  # "bij te staan bij ... AVG"
    return _grade(found, complete, weakened), found


def breach_notice(doc: Doc) -> Verdict:
    named = doc.having("breach", "breach_notice_verb")
    headed = doc.having("breach_notice_verb", "prompt", among=doc.headed("breach"))
    named = [
        i for i in named if any(doc.has(i, role) for role in ("controller", "processor", "parties"))
    ]
    topic = sorted(set(named + headed))  # under "Datalekken", "Notificatie: binnen 48 uur"
    prompt = doc.having("prompt", among=doc.clauses_of(topic))
    return _grade(topic, bool(prompt)), prompt + topic


def dpia(doc: Doc) -> Verdict:
    assisted = doc.clauses_of(doc.having("assist"))
    helped = doc.having("dpia", among=assisted) + doc.having(
        "range_32_36", "assist", among=assisted
    )
    return _grade(helped, True, _efforts_only(doc, helped)), helped


def _efforts_only(doc: Doc, found: list[int]) -> bool:
    """Every sentence of the assistance promises only efforts ("commercially reasonable efforts
    to assist"): an effort is less than the law's duty."""
    said = [i for i in found if not doc.is_heading(i)]
    return bool(said) and all(doc.has(i, "effort_only") for i in said)


def return_delete(doc: Doc) -> Verdict:
    headed = [
        i for i in doc.headed("delete") if _heads(doc.lexicon["return"], doc.sentences[i].heading)
    ]
    scope = sorted(set(doc.clauses_of(doc.having("end"))) | set(headed))
    scope = [i for i in scope if not doc.is_heading(i)]  # a title promises nothing
    deleted = doc.without("breach", doc.having("delete", among=scope))
    returned = doc.without("breach", doc.having("return", among=scope))
    found = sorted(set(deleted + returned))
    if not found:  # only a retention period, then deletion: the topic, not the end's choice
        kept = doc.without("breach", doc.having("delete", "retention_period"))
        return _topic_only(kept)
    limited = doc.having("return_limited", among=doc.near(found))
    return _grade(found, bool(deleted and returned), bool(limited)), found


def audits(doc: Doc) -> Verdict:
    audit = doc.having("audit", "controller", "audit_right")
    audit = sorted(set(audit + doc.having("audit", "audit_enable")))
    audit = [  # an audit by the authority alone is no audit of the controller's
        i
        for i in audit
        if not doc.has(i, "authority_only")
        or doc.has(i, "controller_subject")
        or (doc.has(i, "audit_enable") and doc.has(i, "controller"))
    ]
    occasion = doc.having("audit_occasion", among=audit)  # "assistance in case of an audit"
    audit = doc.without("dsr", audit)  # a data subject's "inspection request" is no audit
    denied = doc.having("negated_right", among=audit) + occasion
    audit = [i for i in audit if i not in denied and not doc.is_heading(i)]
    limited = doc.having("audit_limited", among=doc.articles_of(audit) or audit) + denied
    info = doc.without("breach_assistance", doc.having("info_compliance"))  # not a breach's
    if not (audit or info or denied):  # "Audits toestaan indien nodig": the topic, unqualified
        named = doc.without("dsr", doc.without("breach", doc.having("audit")))
        named += doc.having("audit_enable")
        named = [i for i in named if not doc.is_heading(i) and not doc.has(i, "authority_only")]
        return _topic_only(named)
    return _grade(audit + info + denied, bool(audit), bool(limited)), audit + limited + info


def infringing_instruction(doc: Doc) -> Verdict:
    topic = doc.having("instruction", "infringes")
    topic = doc.without("warranty", doc.without("controller_subject", topic))
    told = doc.having("inform", among=topic)
    told += [i for i in doc.having("inform", "infringes", among=doc.near(topic)) if i not in told]
    judged = doc.having("opinion", among=topic)
    unchecked = doc.having("no_duty_to_check", among=doc.near(told))  # "not obliged to verify"
    return _grade(told + judged, bool(told), bool(unchecked)), told + judged + unchecked


def transfers(doc: Doc) -> Verdict:
    topic = doc.having("transfer")
    tool_only = not topic  # "includes the Standard Contractual Clauses": named by their tool
    if tool_only:
        topic = doc.without("definition", doc.having("transfer_tool"))
    if not topic:  # only where the data are kept ("on EU servers"): no rule on transfers
        kept = doc.without("definition", doc.having("data_location"))
        kept += doc.having("abroad", among=doc.scope("subprocessor"))  # "Stripe | VS"
        return _topic_only(kept)
    scope = doc.articles_of(topic) or topic
    free = doc.having("without_consent", among=topic)
    control = [i for i in doc.having("transfer_control", among=doc.near(topic)) if i not in free]
    # a neighbouring consent to sub-processors is not an instruction to transfer
    control = [i for i in control if i in topic or not doc.has(i, "subprocessor")]
    safeguards = doc.having("safeguards", among=scope)
    eu_only = bool(doc.having("eu", among=topic)) and not doc.having("eea", among=scope)
    exception = doc.having("exception", among=scope)
    # no Chapter V safeguard named, nor implied by keeping the data in the EEA
    unsafe = not safeguards and (eu_only or bool(exception) or not doc.having("eea", among=scope))
    weakened = tool_only or bool(free) or unsafe
    evidence = control + safeguards + exception + topic
    return _grade(topic, bool(control), weakened), evidence


def in_writing(doc: Doc) -> Verdict:
    """Signed, in written or electronic form, or accepted as such; an agreement that says
    it needs no signature leaves the written form to a copy on request (partial)."""
    found = doc.without("accession", doc.having("in_writing"))  # SCC docking: others sign
    waived = doc.having("signature_waived")
    return _grade(waived + found, True, bool(waived)), waived + found


RULES: dict[str, Rule] = {
    "art28.3.subject_duration": subject_duration,
    "art28.3.nature_purpose": nature_purpose,
    "art28.3.data_types": data_types,
    "art28.3.data_subjects": data_subjects,
    "art28.3.controller_rights": controller_rights,
    "art28.3.a.instructions": instructions,
    "art28.3.a.legal_requirement_notice": legal_requirement_notice,
    "art28.3.b.confidentiality": confidentiality,
    "art28.3.c.security": security,
    "art28.3.d.subprocessors": subprocessors,
    "art28.2.authorisation": authorisation,
    "art28.2.objection": objection,
    "art28.4.flow_down": flow_down,
    "art28.3.e.dsr_assistance": dsr_assistance,
    "art28.3.f.art32_36_assistance": art32_36_assistance,
    "art33.2.breach_notice": breach_notice,
    "art28.3.f.dpia": dpia,
    "art28.3.g.return_delete": return_delete,
    "art28.3.h.audits": audits,
    "art28.3.h.infringing_instruction": infringing_instruction,
    "chapter5.transfers": transfers,
    "art28.9.in_writing": in_writing,
}
