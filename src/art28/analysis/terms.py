"""The agreed terms as typed data: breach notice, sub-processors, transfers, audit, liability,
amendment notice, end of contract, governing law.

Each rule looks for the law's wording (nl and en) inside the sentences about its topic. A term
the document does not state stays None; nothing is guessed.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from art28.analysis.fields import COUNT, HYPHENS, INVISIBLE, NUMBER, number, sentences
from art28.analysis.parties import role_word_reader


def _rx(pattern: str) -> re.Pattern[str]:
    """Compiled for lower-cased text: letters lowered except after a backslash (much faster
    than re.IGNORECASE)."""
    lowered = re.sub(r"(?<![\\?])[A-Z]", lambda m: m[0].lower(), pattern)
    return re.compile(lowered)


BREACH = _rx(
    r"datalek|beveiligingsincident|beveiligingslek|\binbreuk\b|"
    r"\bbreach|security\s+incident|incident|data\s+leak|"
    r"(?:violations?|schendingen?)\s+(?:of|van)\s+(?:the\s+|de\s+)?(?:data\s+protection|"
    r"gegevensbescherming|privacy)|"
    r"(?:onopzettelijke|ongeoorloofde|onwettige|accidental|unauthori[sz]ed|unlawful),?\s+(?:[\w,]+\s+){0,4}?"
    r"(?:verwerking|openbaarmaking|processing|disclosure)\s+(?:van|of)\b"
)
AUTHORITY = _rx(r"toezichthou|autoriteit|\bAP\b|\bGBA\b|supervisory\s+authority|\bauthorit")
CONTROLLER = _rx(
    r"verantwoordelijke|opdrachtgever|\bklant|afnemer|onderwijsinstelling|\bschool|gemeente|"
    r"instelling|controller|customer|\bclient|\byou\b|\buw?\b"
)
SUBPROCESSOR = _rx(
    r"sub-?\s?verwerker|subbewerker|onderverwerker|onderaannemer|sub-?\s?processor|"
    r"subsequent\s+processor|andere\s+partijen\s+(?:in\s+te\s+schakelen|inschakel\w*|in\s+te\s+zetten|"
    r"inzetten)|"
    r"sub-?\s?processing\b|subcontract|another\s+processor|andere\s+verwerker|verdere\s+verwerker|"
    r"(?:gebruik\s+(?:maken|maakt)\s+van|inschakel\w*|in\s+te\s+schakelen|"
    r"engage|appoint|performed\s+by)\s+(?:van\s+)?(?:\w+\s+){0,3}(?:derden|derde\s+partij|"
    r"third\s+part)|(?:derden|derde\s+partijen)\s+(?:\w+\s+){0,2}?(?:in\s+te\s+schakelen|inschakel\w*|"
    r"in\s+te\s+zetten)"
)
CHECKS = r"mag\s+(?:laten\s+)?controleren|(?:laten\s+)?controleren\s+of"
"""'De Klant mag controleren of …': an audit in other words."""
AUDIT_CORE = _rx(
    rf"audit|inspectie|\bcontrole\b|inspection|onderzoek\s+naar\s+de\s+naleving|{CHECKS}"
)
AUDIT = _rx(
    rf"audit|inspectie|\bcontrole\b|inspection|\bonderzoek|{CHECKS}|"
    r"\bcontrols?\s+(?:shall|will|may|must|can)\s+(?:\w+\s+)?(?:take\s+place|be\s+(?:carried\s+out|"
    r"conducted|performed))|right\s+(?:of|to)\s+(?:control|inspect)"
)
"""'Het Onderzoek', 'de onderzoeksinstantie' too; an inquiry into a breach is no audit."""
LIABILITY = _rx(r"aansprakelijk|liab|schadevergoeding|damages")
END = _rx(
    r"einde|beëindig|beeindig|afloop|eindigt|ontbinding|termination|terminat|end\s+of|expir|"
    r"after\s+the\s+end|upon\s+the\s+end|\bended\b|\bends\b|beëindigd|afgelopen|"
    r"ceases?\s+to\s+(?:be\s+effective|have\s+effect|apply)|"
    r"(?:completion|fulfil+ment|conclusion)\s+of\s+(?:the\s+)?(?:purpose|services?|processing)|"
    r"(?:completion|conclusion)\s+of\s+the\s+contract\w*\s+work|uninstall\w*|"
    r"(?:delete|deletes|deleting|close|closes|closing|cancel\w*)\s+(?:your|their|its|the|an?)\s+"
    r"(?:\w+\s+)?(?:account|subscription)|(?:account|abonnement)\s+(?:\w+\s+)?(?:verwijder|opzeg|"
    r"opgezegd|beëindig)\w*|"
    r"purposes?\b[^.;]{0,80}(?:ha(?:ve|s)\s+been|are|is)\s+(?:fulfill?ed|achieved|completed)|"
    r"doel\w*\b[^.;]{0,60}(?:is|zijn)\s+(?:bereikt|vervuld|voltooid)"
)
AMENDMENT = _rx(r"wijzig|herzien|aanpass|amend|modif|change")

COUNT2 = COUNT.replace("?P<count>", "?P<count2>")
UNDUE_DELAY = _rx(
    r"onverwijld|zonder\s+(?:onredelijke|onnodige)\s+vertraging|onmiddellijk(?!e\s+ingang)|"
    r"zo\s+spoedig\s+mogelijk|zo\s+snel\s+mogelijk|terstond|"
    r"without\s+undue\s+delay|promptly|immediately(?!\s+(?:due|payable))|as\s+soon\s+as\s+possible|"
    r"forthwith|zonder\s+vertraging|without\s+delay|"
    r"\bdirect\b(?!\s+(?:opeisba|verschuldigd|invorderba))"
)
"""The notice's speed; not a fine 'direct opeisbaar' or a termination 'met onmiddellijke ingang'."""
HOURS = _rx(
    rf"(?:binnen|within|uiterlijk|no[t]?\s+later\s+than|in\s+no\s+(?:event|case)\s+later\s+than|"
    rf"at\s+the\s+latest|ten\s+laatste|maximum|maximaal)\s+"
    rf"(?:(?:een\s+termijn\s+van|a\s+period\s+of|a\s+maximum\s+of|maximaal|max\.?|"
    rf"ten\s+hoogste|at\s+most|de|the)\s+)?{COUNT}\s*(?:uur|uren|hours?|hrs?|h|u)\b|"
    rf"{COUNT2}[\s-]*(?:uurs?|hours?)[\s-]+(?:[\w-]+\s+){{0,3}}?(?:melding|notificatie|"
    r"kennisgeving|notification|notice)"
)
DAYS = _rx(
    rf"(?:binnen|within|uiterlijk|no[t]?\s+later\s+than|at\s+the\s+latest|ten\s+laatste|"
    rf"(?:in\s+no\s+case|no|not)\s+more\s+than)\s+"
    rf"(?:(?:een\s+termijn\s+van|a\s+period\s+of|a\s+maximum\s+of|maximaal|max\.?|"
    rf"ten\s+hoogste|at\s+most|de|the)\s+)?{COUNT}\s*(?:kalender|calendar\s+)?(?:dagen|dag|days?)\b"
)
"""Calendar days count as hours (x24); working or business days do not."""


class Sentences(list[str]):
    """Lower-cased sentences, with the indices matching each topic computed once."""

    def __init__(self, items: Iterable[str]) -> None:
        super().__init__(items)
        self._hits: dict[re.Pattern[str], list[int]] = {}

    def hits(self, topic: re.Pattern[str]) -> list[int]:
        if topic not in self._hits:
            self._hits[topic] = [i for i, s in enumerate(self) if topic.search(s)]
        return self._hits[topic]


MARKUP = re.compile(r"\*\*|(?<=\w)\*(?=\w)|(?<![\w*])\*(?=\w)|(?<=\w)\*(?![\w*])")
"""Markdown emphasis ("within **24 hours**", "*een* maal"): the rules read the words."""


def prepare(text: str) -> str:
    return INVISIBLE.sub("", MARKUP.sub("", text)).translate(HYPHENS)


def extract_terms(text: str) -> dict:
    original = sentences(prepare(text))
    found = Sentences(s.lower() for s in original)
    return {
        "breach_notice": breach_notice(_with_role_words(found, role_word_reader(text))),
        "subprocessors": subprocessors(found),
        "transfers": transfers(found, original),
        "audit": audit(found),
        "liability": liability(found),
        "amendment": {"notice_months": amendment_notice(found)},
        "end_of_contract": end_of_contract(found),
        "governing_law": governing_law(found),
    }


def _with_role_words(found: Sentences, read: Callable[[str], str] | None) -> Sentences:
    """The sentences with the parties' own names ("SWV", "Nativ", "jij") read as their role
    words, so that "meldt een datalek aan SWV" is told to the controller."""
    return Sentences(read(s) for s in found) if read else found


def _about(found: Sentences, topic: re.Pattern[str], before: int = 0) -> list[str]:
    """Sentences on the topic, each with the `before` sentences ahead of it as context."""
    return [" ".join(found[max(0, i - before) : i + 1]) for i in found.hits(topic)]


def _first(pattern: re.Pattern[str], texts: Iterable[str]) -> re.Match[str] | None:
    return next((m for t in texts if (m := pattern.search(t))), None)


def _true_or_none(pattern: re.Pattern[str], texts: Iterable[str]) -> bool | None:
    return True if _first(pattern, texts) else None


# --- breach notice -----------------------------------------------------------------------------


PROCESSOR = _rx(r"verwerker\b|processor|leverancier|supplier|opdrachtnemer|provider|vendor|\bwe\b")
NOTIFY = _rx(
    r"meld|informeer|informeren|informeert|in\s+kennis|op\s+de\s+hoogte|bericht|verwittig|notif|inform|"
    r"report|rapporte|alert|tell|notice|kennisgev"
)
FOR_AUTHORITY = _rx(
    r"toezichthou|autoriteit|\bap\b|authorit|zodat|so\s+that|in\s+staat|enable|"
    r"artikel\s+33|article\s+33|art\.\s*33"
)


def breach_notice(found: Sentences) -> dict:
    """The processor's notice to the controller: sentences on a breach that tell someone."""
    about = [s for s in _about(found, BREACH) if NOTIFY.search(s)]
    about += _notice_after(found)
    about = [s for s in about if not AUTHORITY.search(s) or CONTROLLER.search(s)]
    hours = next(
        (
            m
            for s in about
            for m in HOURS.finditer(s)
            if not _authority_term(m, s) and not TO_PROCESSOR.match(s, m.end())
        ),
        None,
    )
    within = number(hours["count"] or hours["count2"]) if hours else None
    if within is None:
        days = next((number(m["count"]) for s in about for m in DAYS.finditer(s)), None)
        within = days * 24 if days and days <= 7 else None
    return {
        "within_hours": within,
        "without_undue_delay": _true_or_none(UNDUE_DELAY, about),
    }


NOTICE_NOUN = _rx(
    r"\b(?:the\s+|de\s+|this\s+|deze\s+)?(?:notification|notice|melding|kennisgeving)\b"
)


def _notice_after(found: Sentences) -> list[str]:
    """'The contractor immediately informs the client of breaches. … The notification must be
    made within 24 hours': a sentence on the notice itself, up to two after the breach's."""
    hits = set(found.hits(BREACH))
    after = {j for i in hits for j in (i + 1, i + 2) if j < len(found)} - hits
    return [found[j] for j in sorted(after) if NOTICE_NOUN.search(found[j])]


TO_PROCESSOR = _rx(
    r"[^.;]{0,60}?\b(?:aan\s+(?:de\s+)?(?:verwerker|opdrachtnemer|leverancier)\s+(?:te\s+)?"
    r"(?:melden|meldt|rapporteren|informeren|doorgeven)|(?:report|notif|inform)\w*\s+(?:it\s+)?"
    r"(?:to\s+)?(?:the\s+)?(?:processor|supplier|provider)\b)"
)
"""A sub-processor's term towards the processor ("… binnen 24 uur na ontdekking aan Verwerker te
melden") is not the processor's term towards the controller."""


def _authority_term(match: re.Match[str], sentence: str) -> bool:
    """'…so that the controller can notify the authority within 72 hours' is Art. 33(1), the
    controller's own term; 'the processor notifies within 72 hours, to enable …' is not."""
    if number(match["count"] or match["count2"]) != 72:
        return False
    before = FOR_AUTHORITY.search(sentence, max(0, match.start() - 150), match.start())
    return bool(before) or bool(AUTHORITY.search(sentence) and not PROCESSOR.search(sentence))


# --- sub-processors ---------------------------------------------------------------------------

SPECIFIC = _rx(
    r"specifieke?\s+(?:voorafgaande\s+)?(?:schriftelijke\s+)?(?:toestemming|machtiging)|"
    r"specific,?\s+(?:and\s+)?(?:prior\s+)?(?:written\s+)?(?:authori[sz]ation|consent|permission|approval)"
)
GENERAL = _rx(
    r"algemene\s+(?:voorafgaande\s+)?(?:schriftelijke\s+)?(?:toestemming|machtiging|goedkeuring)|"
    r"general\s+(?:prior\s+)?(?:written\s+)?(?:authori[sz]ation|consent|approval)|"
    r"hereby\s+authori[sz]es|authori[sz]es\s+(?:[\w-]+\s+){1,4}to\s+(?:engage|use|appoint|subcontract)|"
    r"authori[sz]es\s+(?:the\s+)?use\s+of\s+(?:[\w-]+\s+)?sub-?\s?processors|"
    r"toestemming\s+(?:om\s+(?:(?!deze|die|de|onderstaande|genoemde|volgende)\w+\s+)?"
    r"sub-?\s?verwerkers\s+in\s+te\s+(?:schakelen|zetten)|"
    r"voor\s+(?:het\s+)?(?:inschakelen|inzetten|gebruik)\s+van\s+sub-?\s?verwerkers)|"
    r"(?:consents?|authori[sz]es)\s+to\s+the\s+(?:engagement|use|appointment)\s+of\s+sub-?\s?processors|"
    r"stem\w*\s+(?:ermee\s+)?in\s+dat\s+.{0,40}?(?:sub-?\s?|onder)verwerkers|"
    r"agrees?\s+to\s+the\s+use\s+of\s+(?:the\s+following\s+)?sub-?\s?processors"
)
USED = _rx(
    r"(?:maakt|maken)\s+gebruik\s+van\s+(?:de\s+volgende\s+)?(?:sub-?\s?|onder)verwerkers|"
    r"\b(?:uses|engages)\s+the\s+following\s+sub-?\s?processors"
)
"""The agreement says which sub-processors are used: with no consent rule it approves them."""
OPEN = _rx(
    r"(?:specifieke?|specific)\s+(?:\w+\s+){0,3}?(?:of|or)\s+(?:\w+\s+){0,2}?(?:algemene?|general)|"
    r"(?:algemene?|general)\s+(?:\w+\s+){0,3}?(?:of|or)\s+(?:\w+\s+){0,2}?(?:specifieke?|specific)"
)
"""Art. 28(2) copied without a choice ("prior specific or general written authorisation")."""
PERMITTED = _rx(
    r"\b(?:mag|kan|is\s+gerechtigd|heeft\b.{0,60}\bmogelijkheid|is\s+bevoegd|"
    r"may|(?:is|shall\s+be|will\s+be)\s+(?:entitled|authori[sz]ed|permitted|allowed))\b"
    r"(?!\s+(?:\w+\s+)?(?:object|bezwaar|verzet))(?!.{0,60}?\bbezwaar).{0,80}?"
    r"(?:sub-?\s?verwerkers?|subbewerkers?|derden|onderaannemers?|sub-?\s?processors?|"
    r"subcontractors?|third\s+part|derde\s+partij)"
)
NONE = _rx(
    r"(?:(?:niet|geen|not|no)\b.{0,80}?(?:zonder|without)|(?:uitsluitend|alleen|only)\b.{0,40}?"
    r"(?:met|na|with|after))\s+(?:de\s+|the\s+)?(?:\w+\s+){0,2}(?:voorafgaande\s+|"
    r"prior\s+)?(?:uitdrukkelijke\s+|express\s+)?(?:schriftelijke\s+|written\s+)?"
    r"(?:toestemming|goedkeuring|consent|approval|authori[sz]ation)|"
    r"(?:except|behalve|tenzij|unless|mits|provided\s+that|on\s+condition\s+that|"
    r"onder\s+voorwaarde\s+(?:van|dat))\b.{0,120}?(?:permission|consent|toestemming|"
    r"authori[sz]ation|approval|goedkeuring)|"
    r"(?:zonder|without)\s+(?:de\s+|the\s+)?(?:[\w'’-]+\s+){0,2}?(?:voorafgaande\s+|prior\s+)?"
    r"(?:uitdrukkelijke\s+|express\s+)?(?:schriftelijke\s+|written\s+)?(?:toestemming|goedkeuring|"
    r"consent|approval|authori[sz]ation)\b[^.;]{0,80}?\b(?:geen|niet|not|no)\b|"
    r"(?:voorafgaande|prior)\s+(?:\w+\s+){0,2}(?:toestemming|goedkeuring|consent|approval|"
    r"authori[sz]ation)\s+(?:\w+\s+){0,4}(?:vereist|nodig|is\s+required|required|needed)|"
    r"(?:toestemming|goedkeuring)\s+(?:\w+\s+){0,2}(?:vragen|verkrijgen)\s+(?:voordat|alvorens)"
)
CONDITIONAL = _rx(
    r"in\s+(?:the\s+)?case\s+of|in\s+geval\s+van|indien\s+van\s+toepassing|if\s+applicable|"
    r"where\s+applicable"
)
GRANT = _rx(r"toestemming|consent|permission|authori[sz]|approv|goedkeur")
LISTED = _rx(
    r"(?:volgende|following|onderstaande|goedgekeurde|approved|current|huidige)\s+"
    r"sub-?\s?(?:verwerkers|processors)|(?:listed|opgenomen|genoemd|"
    r"vermeld)\s+(?:\w+\s+){0,3}(?:bijlage|appendix|annex|schedule)|"
    r"(?:in|op)\s+(?:bijlage|annex|appendix|schedule)\s+\w+\s+(?:genoemde|vermelde|opgenomen|"
    r"opgesomde)\s+sub-?\s?verwerkers|"
    r"\|\s*sub-?\s?(?:verwerkers?|processors?)\s*\||"
    r"(?:attachments?|annex(?:es)?|appendix|appendices|schedules?|bijlagen?)\b[^;]{0,120}?"
    r"(?:list\s+of\s+(?:\w+\s+)?sub-?\s?processors|sub-?\s?processor\s+list|"
    r"(?:lijst|overzicht)\s+(?:van\s+|met\s+)?(?:\w+\s+)?sub-?\s?verwerkers|sub-?\s?verwerkerslijst)"
)
"""The agreement names the sub-processors it approves (a list, a table, 'Approved sub-processors:
…')."""
OTHER = _rx(
    r"(?:geen|no|not)\s+(?:\w+\s+){0,3}?(?:andere|other|additional|aanvullende|further|verdere|"
    r"nieuwe|new)\s+sub-?\s?(?:verwerkers|processors)"
)
"""'geen andere subverwerkers zonder toestemming': the ones named are approved."""
PRIOR_NOTICE = _rx(
    r"object\w*\s+(?:[\w-]+\s+){0,6}?before\s+(?:it|they|the\s+(?:new\s+)?sub-?processors?)\s+"
    r"(?:process|start|begin|is\s+engaged|are\s+engaged)\w*|"
    r"(?:voorgenomen|beoogde|intended|proposed)\s+(?:[\w-]+\s+){0,2}(?:wijziging(?:en)?|"
    r"verandering(?:en)?|changes?|toevoeging(?:en)?|vervanging(?:en)?|inschakeling|additions?|"
    r"replacements?)|"
    r"only\s+after\s+(?:[\w-]+\s+){0,2}(?:informing|notifying)|"
    r"pas\s+(?:na|nadat)\s+(?:[\w-]+\s+){0,4}(?:ge[iï]nformeerd|informeren|gemeld|melding|in\s+kennis)|"
    r"(?:de\s+intentie\s+heeft|voornemens\s+is|van\s+plan\s+is|intends)\b[^.;]{0,240}?(?:in\s+kennis|"
    r"informeren|informeert|melden|meldt|notify|inform)|"
    r"(?:vooraf|tevoren)\w*\s+(?:\w+\s+){0,4}(?:gemeld|melden|informeren|ge[iï]nformeerd|ingelicht|"
    r"bekend\s*gemaakt|"
    r"in\s+kennis|kennisgeving|op\s+de\s+hoogte)|"
    r"(?:gemeld|meld\w*|informe\w*|ge[iï]nformeerd|ingelicht|verwittig\w*|in\s+kennis\s+stel\w*|"
    r"kondigt|kondigen|aangekondigd)\s+"
    r"(?:\w+\s+){0,4}(?:vooraf|voorafgaand|van\s+tevoren)|"
    r"(?:inform|notif|notice)\w*\s+(?:\w+\s+){0,8}(?:in\s+advance|prior|before|"
    r"intended\s+changes?)|prior\s+(?:written\s+)?notice|advance\s+notice|"
    r"(?:update|bijwerk|bijgewerkt|aanpass|aangepast)\w*\s+(?:\w+\s+){0,6}(?:before|prior\s+to|"
    r"voordat|vóór)\s+(?:\w+\s+){0,2}(?:new|nieuwe)\b|"
    rf"{NUMBER}\s*(?:\(\d+\)\s*)?(?:\w+\s+)?\w*(?:days?|dagen|weeks?|weken)\s+(?:before|prior|"
    r"in\s+advance|voor|voorafgaand|vooraf|van\s+tevoren)|"
    rf"{NUMBER}\s*(?:\(\d+\)\s*)?(?:\w+\s+)?\w*(?:days?|weeks?|months?)[’']?\s+(?:\w+\s+)?notice"
)
OBJECTION = _rx(r"bezwaar|object(?:s|ions?)?\b|verzet|\breject\w*|\bweiger\w*")
OTHER_SUBJECT = _rx(
    r"betrokkene|data\s+subject|individu|natural\s+person|overeenkomst|agreement|\bdpa\b|"
    r"addendum|voorwaarden|terms|contract"
)
"""A later sentence on data subjects or on the agreement itself is not about sub-processors."""
SUBJECTS = _rx(r"betrokkene|data\s+subject")
CHANGES = _rx(
    r"(?:inform|notif|meld|informeer|informeren|informeert|in\s+kennis)\w*\s+(?:\w+\s+){0,8}?"
    r"(?:\(?(?:wijziging|verandering|change|update|addition|toevoeging|nieuwe|new)|"
    r"(?:adds|replaces|adding|replacing|toevoegt|vervangt))"
)
"""Notice of changes to the sub-processors; with a right to object it is notice in advance."""
FLOW_DOWN = _rx(
    r"dezelfde\s+(?:\w+\s+)?[\w-]*(?:plichten|verplichtingen)|ten\s+minste\s+dezelfde|"
    r"(?:same|similar|equivalent|comparable|gelijkwaardige|vergelijkbare|soortgelijke|dezelfde|"
    r"eenzelfde)\s+"
    r"(?:[\w-]+\s+){0,3}?\w*(?:obligations|duties|verplichtingen|plichten|provisions|bepalingen|"
    r"requirements|eisen|afspraken)|"
    r"(?:overeenkomst|agreement|contract)\s+(?:met|with)\s+(?:\w+\s+)?(?:gelijkwaardige|dezelfde|"
    r"equivalent|the\s+same)\s+(?:waarborgen|garanties|safeguards)|"
    r"pass\w*\s+on\s+(?:its\s+|the\s+|these\s+)?obligations|"
    r"(?:agreement|contract)\s+(?:[\w-]+\s+){0,3}?no[t]?\s+less\s+(?:restrictive|protective|onerous|"
    r"stringent)|"
    r"obligations\b[^.;]{0,80}(?:shall|will)\s+apply\s+(?:\w+\s+){0,2}to\s+(?:the\s+|any\s+|each\s+)?"
    r"sub-?\s?processor|"
    r"(?:obligations|verplichtingen)\s+(?:that\s+are\s+|die\s+)?(?:\w+\s+)?(?:comparable|equivalent|"
    r"similar|"
    r"vergelijkbaar|gelijkwaardig)\s+(?:to|aan|met)\b|"
    r"(?:verwerkersovereenkomst|overeenkomst|agreement|contract)\s+(?:\w+\s+){0,6}?(?:ten\s+minste|"
    r"at\s+least)\s+(?:\w+\s+){0,3}?(?:verplichtingen|obligations)|"
    r"(?:obligations|requirements|terms|verplichtingen)\s+(?:[\w-]+\s+){0,4}?(?:equivalent\s+to|corresponding\s+to|"
    r"no[t]?\s+less\s+(?:protective|onerous|stringent)|at\s+least\s+as\s+(?:protective|stringent)|"
    r"(?:substantially\s+)?(?:similar|consistent)\s+(?:to|with)\s+(?:those\s+(?:in|of)\s+)?this)|"
    r"(?:hetzelfde|same|equivalent|comparable|gelijkwaardig\w*|vergelijkbaar)\s+(?:\w+\s+){0,2}"
    r"(?:niveau|level)\s+(?:van|of)\s+(?:\w+\s+)?\w*(?:bescherming|protection)|"
    r"(?:eenzelfde|hetzelfde)\s+\w*(?:beveiligings|beschermings)niveau|"
    r"(?:agreement|contract|overeenkomst)\b[^.;]{0,60}?(?:in\s+accordance\s+with|pursuant\s+to|"
    r"as\s+required\s+by|conform|overeenkomstig|in\s+overeenstemming\s+met)\s+(?:the\s+)?"
    r"(?:art(?:icle|ikel)?\.?\s*)28\b|"
    r"bound\s+by\s+(?:\w+\s+){0,2}?(?:data\s+(?:protection|processing)|written)\s+"
    r"(?:agreements?|contracts?)|"
    r"(?:legally\s+binding\s+)?contractual\s+(?:arrangements|agreements)\s+(?:\w+\s+){0,8}?"
    r"(?:data\s+protection|data\s+security)|"
    r"(?:verplichtingen|obligations)\s+(?:\w+\s+){0,6}(?:opleggen|op\s+te\s+leggen|"
    r"impose|flow\s+down)|(?:opleggen|impose\w*)\s+(?:\w+\s+){0,6}?(?:[\w-]+\s+)?"
    r"(?:verplichtingen|obligations|requirements)|"
    r"(?:obligations|requirements|verplichtingen)\b[^.;]{0,120}?(?:imposed\s+on|opgelegd\s+aan)\s+"
    r"(?:the\s+|de\s+|each\s+|any\s+|such\s+|iedere?\s+|elke\s+)?(?:sub|onder|derde|third)|"
    r"\blegt\b[^.;]{0,80}?\w*verplichtingen\s+op\b|"
    r"na\s+laten\s+leven|by\s+(?:way\s+of\s+)?(?:a\s+)?"
    r"(?:written\s+)?contract|overeenkomst\s+sluiten"
)


THIRD = _rx(r"derde|third\s+part|deze\s+partij|such\s+part|elk\s+van\s+hen|each\s+of\s+them")


def subprocessors(found: Sentences) -> dict:
    about = _about(found, SUBPROCESSOR) + _near(found, SUBPROCESSOR, THIRD)
    context = _about_with_next(found, SUBPROCESSOR) + [
        s
        for s in _section(found, SUBPROCESSOR)
        if (CHANGES.search(s) or OBJECTION.search(s)) and not OTHER_SUBJECT.search(s)
    ]
    objection = True if any(_controller_objects(c) for c in context) else None
    prior = _true_or_none(PRIOR_NOTICE, context) or (objection and _true_or_none(CHANGES, context))
    return {
        "authorisation": _authorisation(about, notice=bool(prior)),
        "prior_notice": prior,
        "objection": objection,
        "flow_down": _true_or_none(
            FLOW_DOWN,
            about + [s for s in _section(found, SUBPROCESSOR, 2) if not SUBJECTS.search(s)],
        ),
    }


SUBJECT_OBJECTS = _rx(
    r"data\s+subject|betrokkene|\bdo\s+not\s+object|verzetten\s+zich\s+(?:er\s+)?niet|"
    r"object\s+to\s+(?:the\s+)?processing|bezwaar\s+tegen\s+(?:de\s+)?verwerking"
)


def _controller_objects(text: str) -> bool:
    """An objection in the text that is not a data subject's ("right to object") nor the
    parties' consent to a data subject's representation ("do not object")."""
    return any(
        not SUBJECT_OBJECTS.search(text, max(0, m.start() - 80), m.end() + 40)
        for m in OBJECTION.finditer(text)
    )


def _near(found: Sentences, topic: re.Pattern[str], also: re.Pattern[str]) -> list[str]:
    """Sentences matching `also` within three sentences after one on the topic."""
    hits = found.hits(topic)
    near = {j for i in hits for j in range(i + 1, min(i + 4, len(found)))} - set(hits)
    return [found[j] for j in sorted(near) if also.search(found[j])]


def _about_with_next(found: Sentences, topic: re.Pattern[str], more: int = 2) -> list[str]:
    """Each sentence on the topic with the `more` sentences after it (list numbers skipped) in
    its section: 'Verwerker meldt wijzigingen vooraf; Verantwoordelijke kan bezwaar maken'."""
    joined = []
    for i in found.hits(topic):
        parts, j = [found[i]], i
        for k in range(more):
            j = _next(found, j)
            if j is None or NEW_SECTION.match(found[j]):
                break
            if k and OTHER_SUBJECT.search(found[j]):
                break  # a later sentence on the agreement or on data subjects
            parts.append(found[j])
        joined.append(" ".join(parts))
    return joined


BARE_NUMBER = re.compile(r"^\W*\d{1,2}(?:\.\d{1,2})*\W*$")
"""A list or clause number cut off as a sentence of its own ("2")."""
ARTICLE_NUMBER = re.compile(r"^\W*\d{1,2}\W*$")
NEW_SECTION = re.compile(r"^(?:#|artikel\b|article\b|clause\b|section\b|bijlage\b|annex\b)")


def _next(found: Sentences, i: int, step: int = 1) -> int | None:
    """The index of the next (step=-1: previous) sentence that is not a bare number."""
    j = i + step
    while 0 <= j < len(found) and BARE_NUMBER.match(found[j]):
        j += step
    return j if 0 <= j < len(found) else None


def _section(found: Sentences, topic: re.Pattern[str], limit: int = 5) -> list[str]:
    """Up to `limit` sentences after each one on the topic, up to the next article (a bare article
    number or a heading): the rest of its clause ("Verwerker informeert … 30 dagen vooraf bij
    wijzigingen. Verwerkingsverantwoordelijke kan bezwaar maken.")."""
    run: list[str] = []
    for i in found.hits(topic):
        for j in range(i + 1, min(i + 1 + limit, len(found))):
            if ARTICLE_NUMBER.match(found[j]) or NEW_SECTION.match(found[j]):
                break
            run.append(found[j])
    return run


WITH_CONSENT = _rx(
    r"^\W*(?:\([^)]*\)\s*)?(?:with|met|after|na|subject\s+to|mits|onder\s+voorbehoud\s+van)\s+"
    r"(?:the\s+|de\s+|het\s+)?(?:[\w'’-]+\s+){0,2}(?:voorafgaande\s+|prior\s+)?"
    r"(?:uitdrukkelijke\s+|express\s+)?(?:schriftelijke\s+|written\s+)?"
    r"(?:toestemming|goedkeuring|consent|approval|authori[sz]ation)"
)
"""A permission that needs the controller's consent ("may engage sub-processors with the
Controller's prior written consent") is a consent rule, not a general authorisation."""


def _permitted(sentence: str) -> bool:
    match = PERMITTED.search(sentence)
    if not match or NEVER.search(match[0]):
        return False
    return not WITH_CONSENT.search(sentence[match.end() : match.end() + 120])


def _authorisation(about: list[str], notice: bool = False) -> str | None:
    """specific or general as the text names it; a plain "may engage" is general. Consent for
    each one is specific when the agreement names the approved sub-processors, else none;
    without such a consent rule, notice of changes (Art. 28(2)) is a general authorisation.
    Art. 28(2) copied without a choice ("specific or general") leaves it open, unless the text
    goes on with the notice that only a general authorisation needs."""
    chosen = [s for s in about if not OPEN.search(s)]
    rules = [s for s in chosen if not CONDITIONAL.search(s)]
    kinds = {
        kind
        for kind, pattern in (("specific", SPECIFIC), ("general", GENERAL))
        if _first(pattern, rules)
    }
    if any(_permitted(s) and not NONE.search(s) for s in chosen):
        kinds.add("general")
    if len(kinds) == 1:
        return kinds.pop()
    if kinds:
        return None
    if len(chosen) < len(about):
        return "general" if notice else None
    consent = _first(NONE, about) or any(PERMITTED.search(s) and not _permitted(s) for s in about)
    if consent and (_first(LISTED, about) or _first(OTHER, about)):
        return "specific"
    if notice or (not consent and _first(USED, about)):
        return "general"
    if _first(LISTED, about) and _first(GRANT, about):
        return "specific"
    if consent:
        return "none"
    return None


# --- transfers --------------------------------------------------------------------------------

REGION = (
    r"(?:EER|EEA|EU\b|Europ\w*|VK\b|UK\b|Verenigd\s+Koninkrijk|United\s+Kingdom|Zwitserland|"
    r"Switzerland)"
)
ONLY_INSIDE = (
    r"(?:uitsluitend|alleen|enkel|slechts|only|exclusively|solely)\s+(?:[\w-]+\s+){0,4}?"
    rf"(?:(?:binnen|within|in)\s+(?:de\s+|het\s+|the\s+)?{REGION}|(?:op|on)\s+{REGION}-?\s*servers?)|"
    rf"never\s+leaves?\s+the\s+{REGION}|(?:verlaat|verlaten)\s+(?:\w+\s+)?nooit\s+de\s+{REGION}"
)
"""'Verwerker verwerkt de persoonsgegevens uitsluitend binnen de EER': never outside it."""
INSIDE_ONLY = _rx(ONLY_INSIDE)
OUTSIDE = _rx(
    rf"buiten\s+(?:de\s+|het\s+)?{REGION}|derde[\s-]+land|third[\s-]+(?:party\s+)?countr|"
    rf"outside\s+(?:of\s+)?(?:the\s+)?(?:territor\w*\s+of\s+(?:[\w-]+\s+){{0,7}}?(?:the\s+)?)?"
    rf"(?:{REGION}|united\s+states|us\b|usa\b|"
    r"(?:your|its|the\s+customer'?s?|the\s+controller'?s?)\s+(?:jurisdiction|country))|"
    rf"(?:transfer\w*|doorgifte|doorgegeven)\s+(?:\w+\s+){{0,4}}?(?:from|vanuit|uit)\s+(?:the\s+|de\s+)?"
    rf"{REGION}|"
    r"countr(?:y|ies)\s+without\s+an?\s+adequacy|non-adequate\s+(?:countr|jurisdiction)|"
    r"(?:transferred|doorgegeven|overgedragen)\s+(?:to|naar)\s+"
    r"(?:and\s+processed\s+(?:by\s+(?:[\w’'-]+\s+){1,5}?)?in\s+)?"
    r"(?:the\s+)?(?:united\s+states|verenigde\s+staten)|"
    rf"{ONLY_INSIDE}"
)
"""A transfer rule: outside the EEA (or the UK or Switzerland for their DPAs), to a third
country, or to the United States."""
ART_28_3_A = _rx(
    r"(?:including|inclusief|ook|mede|waaronder)\s+(?:(?:mede\s+)?begrepen\s+)?(?:instructi\w+\s+)?"
    r"(?:with\s+regard\s+to|wat\s+betreft|met\s+betrekking\s+tot|as\s+regards|in\s+relation\s+to|"
    r"ten\s+aanzien\s+van)\s+(?:\w+\s+){0,4}?(?:transfers?|doorgifte\w*)[^.;]{0,150}?"
    r"(?:international\s+organi[sz]ation|internationale\s+organisatie)"
)
"""Art. 28(3)(a): processing on documented instructions 'including with regard to transfers to a
third country or an international organisation' is no rule on transfers."""
CONSENT = _rx(
    r"toestemming|instemming|goedkeuring|akkoord|gedocumenteerde\s+instructie|"
    r"consent|authori[sz]ation|approval|documented\s+instructions?|"
    r"schriftelijk\s+(?:anders\s+)?overeengekomen|(?:otherwise\s+)?agreed\s+(?:upon\s+)?in\s+writing|"
    r"tenzij\s+(?:\w+\s+)?anders\s+(?:is\s+|wordt\s+)?overeengekomen|unless\s+otherwise\s+agreed"
)
NEVER = _rx(r"\b(?:niet|geen|nooit|not|never|no)\b")
FORBIDDEN = _rx(
    r"\b(?:niet|geen|nooit|not|never|no)\b[^.;]{0,80}?(?:verwerk|doorge|doorgifte|overdra|opslaan|"
    r"opgeslagen|transfer|process|store)|(?:verboden|prohibited|not\s+permitted|not\s+allowed)|"
    r"(?:verwerk|doorge|overdra|opslaan|opgeslagen|transfer|process|store)\w*[^.;]{0,60}?"
    r"\b(?:niet|not|never|nooit)\b\s+(?:\w+\s+){0,3}(?:buiten|outside|naar|to|in)\b"
)
REQUIRES = _rx(
    r"\b(?:only|alleen|uitsluitend|tenzij|unless|prior|voorafgaand\w*|na|after|without|zonder|"
    r"subject\s+to|op\s+basis\s+van|on\s+the\s+basis\s+of|mits|provided)\b"
)
PERMITS = _rx(
    r"\b(?:mag|mogen|kan|is\s+toegestaan|may|is\s+(?:permitted|allowed|entitled)|"
    r"authori[sz]es?)\b[^.;]{0,120}?(?:buiten|outside|derde\s+land|third\s+countr|transfer|"
    r"doorgeven|doorgifte|united\s+states|verenigde\s+staten|on\s+a\s+global\s+basis|worldwide)"
)
ALLOWED = _rx(
    r"passende\s+(?:waarborgen|maatregelen)|appropriate\s+(?:safeguards|measures)|"
    r"suitable\s+(?:export|transfer)\s+mechanism|"
    r"appropriate\s+safeguards|standard\s+contractual\s+clauses|modelcontractbepalingen|"
    r"standaard\s*contract\w*|\bsccs?\b|\bidta\b|adequa|binding\s+corporate\s+rules|"
    r"(?:rechtsgeldige|wettelijke|andere)\s+grondslag|grondslag\s+voor\s+(?:de\s+)?doorgifte|"
    r"(?:legal|lawful|valid)\s+(?:basis|ground)|transfer\s+mechanism|derogation|"
    r"(?:artikel|article|art\.)\s*49\b|"
    r"data\s+privacy\s+framework|is\s+toegestaan\s+op\s+(?:basis|grond)|"
    r"doorgifte(?:grondslag|mechanisme)|(?:hoofdstuk|chapter)\s+v\b|"
    r"(?:artikel|article|art\.)\s*(?:44|45|46)\b|conditions\s+for\s+(?:the\s+)?transfer\w*"
)
DEFINITION = _rx(
    r"^\W{0,3}(?:\d{1,2}(?:\.\d{1,2})*\.?\s+)?(?:[a-z]\.\s+)?"
    r"(?:[\"“][^\"“”]{1,60}[\"”]|‘[^’]{1,60}’|'[^']{1,60}')\s*"
    r"(?::|means|shall\s+mean|betekent|has\s+the\s+meaning)"
)
"""A definition ("'SCC's': the standard contractual clauses for transfers to third countries")
rules on nothing."""
NO_CONSENT_NEEDED = _rx(
    r"\b(?:may|mag|mogen|kan|(?:is|are)\s+(?:permitted|allowed|entitled))\b[^.;]{0,120}?"
    r"(?:without|zonder)\s+(?:the\s+|de\s+)?(?:[\w'’]+\s+){0,2}?(?:prior\s+|voorafgaande\s+)?"
    r"(?:written\s+|schriftelijke\s+)?(?:consent|toestemming|approval|goedkeuring|authori[sz]ation)"
)
"""'may transfer … without the prior written consent of the controller'."""
ALTERNATIVE = _rx(
    r"(?<![/\w])(?:or|of)\s+\(?[a-z0-9]{1,2}\s?[.)]+\s|"
    r"(?:consent|toestemming|goedkeuring|authori[sz]ation|approval)[^.;]{0,40}?[,;]?\s+(?<!/)(?:or|of)\s+"
    r"(?:[\w-]+\s+){0,8}?(?:passende|appropriate|adequa|standard|standaard|grondslag|"
    r"(?:legal|lawful)\s+basis|derogation|afwijking)"
)
"""Consent as one of several alternatives ("unless (a) adequacy …; or (d) the Controller has
given prior written consent") does not make every transfer need consent."""
EXCEPTION = _rx(
    r"niet\s+van\s+toepassing|uitgezonderd|met\s+uitzondering|uitzondering|"
    r"does\s+not\s+apply|shall\s+not\s+apply|except|exception"
)
USES = _rx(
    r"\b(?i:verwerker|opdrachtnemer|leverancier|dienstverlener|processor|supplier|vendor|"
    r"contractor|service\s+provider)\b[^.;]*?\b"
    r"(?:gebruik\s+maakt\s+van|uses|makes\s+use\s+of)\s+(?P<what>.+?)\s+"
    r"(?:ten\s+behoeve\s+van|voor|for|om|to)\b"
)


def transfers(found: Sentences, original: list[str]) -> dict:
    """`found` lower-cased, `original` as written (exceptions are names)."""
    about = [ART_28_3_A.sub(" ", _with_list(found, i)) for i in found.hits(OUTSIDE)]
    ruled = _outside_eea(about) or _safeguarded_abroad(found)
    return {"outside_eea": ruled, "exceptions": _exceptions(found, original)}


ABROAD = _rx(r"\b(?:vs|usa|u\.s\.|united\s+states|verenigde\s+staten)\b")
TOOL = _rx(
    r"\bsccs?\b|standard\s+contractual|standaard\s*contract\w*|modelcontract\w*|"
    r"data\s+privacy\s+framework|\bdpf\b|adequa"
)


def _safeguarded_abroad(found: Sentences) -> str | None:
    """No transfer rule, but the agreement's own list has a sub-processor in the United States
    under a named transfer tool ("Resend, Inc. | VS | SCC's"): transfers are allowed that way."""
    hits = [s for s in found if ABROAD.search(s) and TOOL.search(s)]
    return "allowed" if hits else None


def _with_list(found: Sentences, i: int) -> str:
    """The sentence, and when it opens a list after the country phrase ("without: …; …") the
    three items after it."""
    match = OUTSIDE.search(found[i])
    if match and ":" in found[i][match.end() :]:
        return " ".join(found[i : i + 4])
    return found[i]


def _outside_eea(about: list[str]) -> str | None:
    """The first sentence that rules on it: consent (only with the controller's consent or
    instructions), allowed (permitted, or with safeguards), never; None when the document only
    mentions such countries. Only the words around the country phrases count. A plain "never"
    (often a statement of where the data are kept) gives way to a later rule with conditions."""
    never = False
    for sentence in about:
        ruling = _ruling(sentence)
        if ruling == "never":
            never = True
        elif ruling:
            return ruling
    return "never" if never else None


def _no_consent_needed(near: str) -> bool:
    match = NO_CONSENT_NEEDED.search(near)
    return bool(match) and not NEVER.search(match[0])


def _ruling(sentence: str) -> str | None:
    if DEFINITION.search(sentence):
        return None
    windows = [
        sentence[max(0, m.start() - 200) : m.end() + 200] for m in OUTSIDE.finditer(sentence)
    ]
    if not windows:
        return None
    near = " … ".join(windows)
    if _no_consent_needed(near):
        return "allowed"
    if CONSENT.search(near) and ALLOWED.search(near) and ALTERNATIVE.search(near):
        return "allowed"
    if CONSENT.search(near) and REQUIRES.search(near):
        return "consent"
    permits = PERMITS.search(near)
    if ALLOWED.search(near) or (permits and not NEVER.search(permits[0])):
        return "allowed"
    if CONSENT.search(near):
        return "consent"
    if FORBIDDEN.search(near) or INSIDE_ONLY.search(near):
        return "never"
    return None


def _exceptions(found: Sentences, original: list[str]) -> list[str]:
    """Named services a transfer rule does not apply to ('Artikel 4.1 … is niet van toepassing
    voor zover … Verwerker … gebruik maakt van X en van Y')."""
    names: list[str] = []
    for i in found.hits(EXCEPTION):
        sentence = found[i]
        near = " ".join(found[max(0, i - 2) : i])
        if not (OUTSIDE.search(near) or OUTSIDE.search(sentence)):
            continue
        written = original[i] if len(original[i]) == len(sentence) else sentence
        for match in USES.finditer(sentence):
            what = written[match.start("what") : match.end("what")]
            parts = re.split(r"\s+(?:en|and)\s+(?:(?:van|of)\s+)?(?:(?:de|het|the)\s+)?", what)
            names.extend(p.strip(" ,") for p in parts if p.strip(" ,"))
    return names


# --- audit ------------------------------------------------------------------------------------

PER_YEAR = _rx(
    rf"(?:{COUNT}\s*(?:keer|maal|x|×|times|audits?|inspecties?|inspections?)|eens|(?:een|één)maal|"
    r"once|twice)\s+"
    r"(?:per|a|every|elk|ieder|in\s+(?:een|het|a|each|any|every|elke|iedere))\s+"
    r"(?:(?:(?!twee|two|drie|three|vier|four|\d)\w+\s+)?\w*(?:jaar|year)\b|"
    r"(?:twelve|twaalf|12)[\s-]*(?:\(12\)\s*)?(?:months?|maanden))|"
    r"jaarlijks|annual(?:ly)?|"
    r"(?:once|eens|(?:een|één)maal|1\s*(?:x|×|keer|maal))\s+(?:in\s+(?:any|a|each|een|elke|iedere)\s+|"
    r"every\s+|per\s+|elke\s+|iedere\s+)?(?:\w+\s+)?(?:twelve|twaalf|12)[\s-]*\(?(?:12)?\)?"
    r"[\s-]*(?:months?|maanden)|"
    r"(?:limited\s+to|beperkt\s+tot)\s+(?:one|één|een|1)\s+(?:\w+\s+)?per\s+(?:calendar\s+|kalender)?"
    r"(?:year|jaar)|"
    r"(?:not|no)\s+more\s+(?:frequently|often)\s+than\s+(?:once\s+)?(?:every|per|a|each|in\s+any)\s+"
    r"(?:(?:twelve|12)[\s-]*(?:\(12\)\s*)?months?|(?:calendar\s+)?year)|"
    r"niet\s+vaker\s+dan\s+(?:eens|eenmaal|één\s+keer|1\s*x)?\s*(?:per|elke|iedere)\s+"
    r"(?:(?:twaalf|12)\s+maanden|(?:kalender)?jaar)"
)
SUSPICION = _rx(
    r"vermoed\w*|verdenking|aanwijzing|gegronde\s+reden|(?:concrete|gegronde|redelijke)\s+aanleiding|"
    r"suspicion|suspect|"
    r"reasonable\s+(?:grounds|cause|indication)|(?<!no\s)reason\s+to\s+believe|indications?\s+of|"
    r"concerns?\s+(?:about|regarding|as\s+to|over)\s+(?:\w+\s+){0,2}(?:non-)?compliance|"
    r"(?:specific\s+|concrete\s+)?cause\s+for\s+concern|"
    r"save\s+for\s+(?:\w+\s+){0,2}breach\w*|"
    r"behoudens\s+(?:\w+\s+){0,2}?(?:incident|datalek|inbreuk)\w*|"
    r"(?:after|following|na|bij|in\s+(?:the\s+)?(?:event|case)\s+of|in\s+geval\s+van|in\s+response\s+to|"
    r"has\s+(?:experienced|suffered|had))\s+(?:a\s+|an\s+|een\s+)?(?:[\w-]+\s+){0,6}?"
    r"(?:breach|datalek|(?:beveiligings)?incident)|"
    r"in\s+the\s+event\s+(?:that\s+)?(?:[\w-]+\s+){0,8}?breach|"
    r"absent\s+(?:a|an|any)\s+(?:[\w-]+\s+){0,3}?(?:breach|incident)|"
    r"(?:except|unless|tenzij|behalve)\s+in\s+(?:cases?|gevallen)\s+of\b[^;]{0,60}?(?:breach|datalek|"
    r"incident)|"
    r"(?:tenzij|behalve|except|unless|of\s+vaker|or\s+more\s+often)\s+(?:\w+\s+){0,3}?"
    r"(?:breach|datalek|(?:beveiligings)?incident)|"
    r"(?:when|where|if)\s+there\s+(?:is|are)\b[^.;]{0,60}?(?:incidents?|breach(?:es)?|"
    r"irregularit|non-compliance|violations?)"
)
"""A reason for an (extra) audit: a suspicion of non-compliance, or after a breach."""
INDEPENDENT = _rx(
    r"(?:leden|members)\s+(?:\w+\s+){0,2}(?:onafhankelijk|independent)|"
    r"(?:onafhankelijke?|independent),?\s+(?:[\w-]+,?\s+){0,3}?(?:derde|deskundige|auditor|"
    r"accountant|partij|audit|certific|rapport|report|assessor|assessment|attestation|expert|"
    r"party|third|inspect|instantie|instelling|institut\w*|instituut|bod(?:y|ies)|organi[sz]ation|firm|bureau|"
    r"members|leden)|"
    r"third[\s-]party\s+(?:[\w-]+\s+)?(?:auditors?|audits?|certifications?|assessors?|"
    r"assessments?|inspectors?)|"
    r"neutra(?:al|le|l)\s+(?:en|and)\s+(?:deskundig|expert|onafhankelijk|independent)|"
    r"(?:deskundig|expert)\w*\s+(?:en|and)\s+(?:neutra|onafhankelijk|independent)|"
    r"registeraccountant|RE-auditor"
)
"""An independent or third-party auditor (report); an auditor 'mandated by the controller' is not
said to be independent."""


REQUESTS = _rx(r"\b(?:such\s+)?requests?\b|verzoek|this\s+right|dit\s+recht")
LIMIT = _rx(r"\b(?:only|no\s+more|not\s+more|maximaal|niet\s+vaker|niet\s+meer|ten\s+hoogste)\b")


def _under_title(found: Sentences, topic: re.Pattern[str], limit: int = 6) -> list[str]:
    """The sentences under a title on the topic ("## 11. Audits and inspections"), up to the
    next title: "The Controller may request … once per year" needs no audit word of its own."""
    under: list[str] = []
    for i in found.hits(topic):
        if not (found[i].startswith("#") or len(found[i].split()) <= TITLE_WORDS):
            continue
        for j in range(i + 1, min(i + 1 + limit, len(found))):
            if NEW_SECTION.match(found[j]):
                break
            under.append(found[j])
    return under


TITLE_WORDS = 6


TERMINATES = _rx(r"\bterminat|opzeg|ontbind|beëindigen|extraordinary")
"""A right to terminate when the processor evades audits is no audit on suspicion."""


def audit(found: Sentences) -> dict:
    about = [s for s in _about(found, AUDIT) if AUDIT_CORE.search(s) or not BREACH.search(s)]
    about += _under_title(found, AUDIT)
    later = [
        found[j]
        for i in found.hits(AUDIT)
        for j in range(i + 1, min(i + 3, len(found)))
        if REQUESTS.search(found[j]) and LIMIT.search(found[j])
    ]
    return {
        "per_year": _per_year(about) or _per_year(later, counted=True),
        "on_suspicion": _true_or_none(SUSPICION, [s for s in about if not TERMINATES.search(s)]),
        "independent_auditor": _true_or_none(INDEPENDENT, about),
    }


COST_RULE = _rx(
    r"[^.;]{0,30}?(?:voor\s+(?:onze|zijn|haar|eigen)\s+rekening|kosteloos|free\s+of\s+charge|"
    r"at\s+(?:our|its|the\s+processor'?s)\s+(?:own\s+)?(?:cost|expense))"
)
"""'One audit a year is at our cost' says who pays, not how many audits there may be."""


OWN_ANNUAL = _rx(
    r"(?:annual(?:ly)?|jaarlijks\w*)\s+(?:[\w-]+\s+){0,2}?(?:third[\s-]party|extern\w*|penetrat\w*|"
    r"certific\w*|review|herziening|bijgewerkt|updated|rapport\w*|reports?)"
)
"""The processor's own yearly audits, tests or reviews, not a limit on the controller's."""


def _per_year(about: list[str], counted: bool = False) -> int | None:
    """The yearly limit of the controller's audits; `counted` only a count ("once a year"), not
    "annual"."""
    match = next(
        (m for t in about for m in PER_YEAR.finditer(t) if _audit_limit(t, m)),
        None,
    )
    if not match or (counted and re.search(r"annual|jaarlijks", match[0])):
        return None
    if match["count"]:
        return number(match["count"])
    return 2 if "twice" in match[0].lower() else 1


def _audit_limit(sentence: str, match: re.Match[str]) -> bool:
    """Not who pays for a yearly audit, a blank to fill ("maximaal [eenmaal per jaar]"), nor the
    processor's own annual audits or reviews ("annual third-party audits")."""
    if COST_RULE.match(sentence, match.end()):
        return False
    if sentence.rfind("[", 0, match.start()) > sentence.rfind("]", 0, match.start()):
        return False
    return not OWN_ANNUAL.match(sentence, match.start())


# --- liability --------------------------------------------------------------------------------

AMOUNT = _rx(
    r"(?:€|EUR|euro)\s?(?P<amount>\d{1,3}(?:[.,\s]\d{3})*(?:[.,]\d{2}|,-)?(?![.,]?\d)|\d+[.,]\d(?=\s*(?:miljoen|million|mln))|\d+)"
    r"(?:\s*(?P<scale>miljoen|million|mln))?"
    r"|(?P<amount2>\d{1,3}(?:[.,]\d{3})*(?:[.,]\d{2})?)\s*(?P<scale2>miljoen|million)?"
    r"\s*(?:euro|EUR)\b"
)
CAP = _rx(
    r"maximaal|maximum|nooit\s+meer|beperkt\s+tot|niet\s+meer\s+dan|ten\s+hoogste|in\s+geen\s+geval|"
    r"meer\s+(?:zal\s+)?bedr(?:agen|aagt)\s+dan|"
    r"limited\s+to|shall\s+not\s+exceed|not\s+exceed|cap|in\s+no\s+event|up\s+to"
)
INDIRECT = _rx(
    r"indirecte\s+schade|gevolgschade|indirect\w*\s+(?:\w+\s+){0,3}(?:damages?|loss)|"
    r"consequential"
)
DIRECT_ONLY = _rx(
    r"(?:beperkt\s+tot|uitsluitend\s+(?:aansprakelijk\s+)?voor|alleen\s+(?:aansprakelijk\s+)?voor|"
    r"limited\s+to|only\s+(?:be\s+)?liable\s+for)\s+(?:de\s+(?:vergoeding\s+van\s+)?|"
    r"(?:the\s+)?(?:compensation\s+(?:of|for)\s+)?)?(?:directe|direct)\s+(?:schade|damages?|loss)"
)
"""Liability limited to direct damage excludes indirect damage."""
EXCLUDED = _rx(
    r"uitgesloten|(?:niet|nimmer|nooit)\s+(?:\w+\s+)?aansprakelijk|uitsluiting|excluded|"
    r"not\s+(?:be\s+)?liable|never\s+(?:be\s+)?liable|"
    r"no\s+liability|in\s+no\s+event|exclude|neither\s+party|geen\s+van\s+(?:beide\s+)?partijen"
)
LAPSE = _rx(
    rf"(?:vervalt|vervallen|verjaart|verjaren|lapses?|time-barred|expire|barred)\b.{{0,80}}?"
    rf"{COUNT}\s*(?P<unit>maanden|maand|months?|jaar|jaren|years?)"
)


CLAIM = _rx(r"vordering|claim|aanspra|liab|schade|damage")


def liability(found: Sentences) -> dict:
    about = _about(found, LIABILITY)
    lapse = _first(LAPSE, _about(found, CLAIM))
    return {
        "cap_eur": _cap(about),
        "indirect_excluded": True
        if any((INDIRECT.search(s) and EXCLUDED.search(s)) or DIRECT_ONLY.search(s) for s in about)
        else None,
        "claims_lapse_months": _months(lapse) if lapse else None,
    }


def _months(match: re.Match[str]) -> int | None:
    count = number(match["count"])
    if count is None:
        return None
    return count * 12 if match["unit"].lower().startswith(("jaar", "year")) else count


def _cap(about: list[str]) -> int | None:
    for sentence in about:
        if not CAP.search(sentence):
            continue
        for match in AMOUNT.finditer(sentence):
            raw = match["amount"] or match["amount2"]
            if match["scale"] or match["scale2"]:
                return round(float(raw.replace(",", ".")) * 1_000_000)
            value = parse_amount(raw)
            if value is not None:
                return value
    return None


def parse_amount(raw: str) -> int | None:
    """'5.000,00' and '5,000.00' and '5 000' → 5000 (whole euros)."""
    raw = raw.replace(",-", "").replace(" ", "")
    raw = (
        re.sub(r"[.,]\d{2}$", "", raw)
        if re.search(r"\d[.,]\d{3}[.,]\d{2}$|^\d+[.,]\d{2}$", raw)
        else raw
    )
    digits = re.sub(r"[.,]", "", raw)
    return int(digits) if digits.isdigit() else None


# --- amendment, end of contract, law ----------------------------------------------------------

NOTICE_MONTHS = _rx(
    rf"{COUNT}\s*(?:kalender|calendar\s+)?(?:maanden|maand|months?)[’']?\s*(?:van\s+tevoren|"
    r"voorafgaand|vooraf|voor|prior|in\s+advance|before|(?:written\s+|schriftelijke\s+)?notice|"
    r"schriftelijk)"
)
RETURN = _rx(
    r"terug\s*(?:te\s+)?(?:ge)?(?:bezorg|geven|gegeven|stuur|zend|zond|lever)\w*|terugbezorg|"
    r"\b(?:geeft|geven|stuurt|sturen|levert|leveren|bezorgt|bezorgen)\s+(?:[\w,]+\s+){0,10}terug\b|"
    r"teruggave\s+of\s+(?:verwijdering|vernietiging)|(?:verwijdering|vernietiging)\s+of\s+teruggave|"
    r"kopie\s+(?:\w+\s+){0,4}(?:opvragen|ontvangen|krijgen|download\w*)|download\w*\s+a\s+copy|(?:receive|request|obtain)\s+a\s+copy|"
    r"retour\w*|teruggeven|(?:om|tot|op)\s+teruggave|teruggave\s+(?:van|daarvan|aan)|"
    r"ter\s+beschikking\s+(?:te\s+)?stellen|\bstelt\b[^.;]{0,120}?\bter\s+beschikking|"
    r"terug\s*(?:te\s+)?krijg\w*|terug\s*(?:te\s+)?ontvang\w*|"
    r"\b(?:levert|leveren|delivers?)\b[^.;]{0,80}?\b(?:als|in|as)\s+(?:een\s+|an?\s+)?"
    r"(?:csv|json|xml|excel)|"
    r"overdragen|overdracht|\bdraagt\b(?!\s+(?:er\s+)?zorg)[^.;]{0,80}?\bover\b"
    r"(?=\s*(?:aan|of|en|naar|,|;|\.|$))|\breturn|hand\s+over|"
    r"make\s+(?:\w+\s+)?available|submit\s+to\s+the\s+(?:client|controller|customer)|transfer\s+(?:\w+\s+){0,3}to\s+the\s+controller|"
    r"export(?!ers?\b|ing\s+country)\w*|"
    r"\b(?:levert|leveren|deliver\w*)\s+(?:\w+\s+){0,3}?(?:alle\s+|all\s+)?(?:(?:the|de)\s+)?"
    r"(?:(?:persoons)?gegevens|(?:personal\s+)?data)\b[^.;]{0,80}?\b(?:aan|to)\s+(?!derden|third)"
)
"""Returned, handed over or exported to the controller ("een export … krijgen")."""
DELETE = _rx(
    r"verwijder|vernietig|\bwissen|uitwissen|\bwist\b|gewist|wissing|delete|deletion|destroy|"
    r"erase"
)
MACHINE = _rx(r"machine\s*-?\s*leesba|machineleesba|machine[\s-]readable")
FORMAT = _rx(
    r"portable\s+format|(?:commonly\s+used|standard|common|gangba\w+|gebruikelijke?|standaard)\s+"
    r"(?:electronic|elektronisch\w*|file|bestands?)\s*(?:formats?|forma(?:at|ten))|"
    r"\b(?:csv|json|xml|fhir|hl7|mt940|ubl)\b"
)
"""A commonly used electronic format named with the return ("in een gangbaar formaat (CSV/JSON)",
"standard file formats"); a plain "gangbaar formaat" does not say electronic."""
COUNTRIES = {
    # code: (English adjective, English name, Dutch adjective, Dutch name)
    "NL": ("Dutch", "(?:the\\s+)?Netherlands", "Nederlands", "Nederland(?:en)?"),
    "BE": ("Belgian", "Belgium", "Belgisch", "België"),
    "DE": ("German", "Germany", "Duits", "Duitsland"),
    "GB": (
        "(?:English|Scots|Scottish|British)",
        "(?:England|Scotland)",
        "(?:Engels|Brits|Schots)",
        "(?:Engeland|Schotland|het\\s+Verenigd\\s+Koninkrijk)",
    ),
    "IE": ("Irish", "Ireland", "Iers", "Ierland"),
    "LU": ("Luxembourg", "Luxembourg", "Luxemburgs", "Luxemburg"),
    "FR": ("French", "France", "Frans", "Frankrijk"),
    "ES": ("Spanish", "Spain", "Spaans", "Spanje"),
    "IT": ("Italian", "Italy", "Italiaans", "Italië"),
    "AT": ("Austrian", "Austria", "Oostenrijks", "Oostenrijk"),
    "CH": ("Swiss", "Switzerland", "Zwitsers", "Zwitserland"),
    "CA": (
        "Canadian",
        "(?:Ontario,?\\s+)?Canada|Ontario|British\\s+Columbia",
        "Canadees",
        "Canada",
    ),
    "SE": ("Swedish", "Sweden", "Zweeds", "Zweden"),
    "DK": ("Danish", "Denmark", "Deens", "Denemarken"),
    "FI": ("Finnish", "Finland", "Fins", "Finland"),
    "PL": ("Polish", "Poland", "Pools", "Polen"),
    "PT": ("Portuguese", "Portugal", "Portugees", "Portugal"),
    "SK": ("Slovak", "(?:the\\s+)?Slovak\\s+Republic|Slovakia", "Slowaaks", "Slowakije"),
    "CZ": ("Czech", "(?:the\\s+)?Czech\\s+Republic|Czechia", "Tsjechisch", "Tsjechië"),
    "SR": ("Surinamese", "Suriname", "Surinaams", "Suriname"),
    "BG": ("Bulgarian", "Bulgaria", "Bulgaars", "Bulgarije"),
    "RO": ("Romanian", "Romania", "Roemeens", "Roemenië"),
    "GR": ("Greek", "Greece", "Grieks", "Griekenland"),
    "HU": ("Hungarian", "Hungary", "Hongaars", "Hongarije"),
    "HR": ("Croatian", "Croatia", "Kroatisch", "Kroatië"),
    "SI": ("Slovenian", "Slovenia", "Sloveens", "Slovenië"),
    "EE": ("Estonian", "Estonia", "Estisch", "Estland"),
    "LV": ("Latvian", "Latvia", "Lets", "Letland"),
    "LT": ("Lithuanian", "Lithuania", "Litouws", "Litouwen"),
    "MT": ("Maltese", "Malta", "Maltees", "Malta"),
    "CY": ("Cypriot", "Cyprus", "Cypriotisch", "Cyprus"),
    "NO": ("Norwegian", "Norway", "Noors", "Noorwegen"),
    "IN": ("Indian", "India", "Indiaas", "India"),
    "US": (
        "(?:US|U\\.S\\.|United\\s+States|American|California|Delaware|New\\s+York|Washington|"
        "Texas|Massachusetts|Illinois|Colorado|Virginia)",
        "(?:the\\s+)?(?:United\\s+States(?:\\s+of\\s+America)?|"
        "State\\s+of\\s+(?!residence|establishment|origin|domicile|the\\b)[a-z]+)",
        "Amerikaans",
        "(?:de\\s+)?Verenigde\\s+Staten",
    ),
}
"""The law a DPA is governed by, as the law of the country or its adjective, in en and nl."""
TITLE = r"(?:the\s+)?(?:(?:federal\s+)?republic\s+of\s+|kingdom\s+of\s+|grand\s+duchy\s+of\s+)?"
TITEL = r"(?:de\s+|het\s+)?(?:republiek\s+|koninkrijk\s+(?:der\s+)?|groothertogdom\s+)?"
LAW = {
    code: (
        rf"{en}\s+law|laws?\s+of\s+{TITLE}{name}\b|{nl}(?:e)?\s+recht\b|"
        rf"recht\s+van\s+{TITEL}{naam}\b"
    ).lower()
    for code, (en, name, nl, naam) in COUNTRIES.items()
}
"""Lower-cased here: _rx keeps a capital after '?' as it is."""


NOTICE = _rx(
    r"mededeling|kennis|aankondig|aangekondigd|informeren|notice|notify|inform|announce|"
    r"bekendmak|bekend\s+gemaakt"
)
LAW_HINT = _rx(r"recht|law")
OTHER_LAW = _rx(
    r"these\s+clauses|deze\s+bepalingen|standard\s+contractual\s+clauses|\bsccs?\b|"
    r"clause\s+17|as\s+applicable|indien\s+van\s+toepassing"
)
"""The law of the standard contractual clauses, or a choice of laws, is not the DPA's own."""
OWN_LAW = _rx(
    r"overeenkomst|agreement|\bdpa\b|addendum|contract|voorwaarden|\bterms\b|bepalingen|"
    r"clauses|toepasselijk\s+recht|rechtskeuze|governing\s+law|applicable\s+law|choice\s+of\s+law|"
    r"recht\s+en\s+(?:forum|geschillen|bevoegde)|law\s+and\s+(?:jurisdiction|forum)"
)
"""What a governing law governs: the agreement (or a title says so); data 'subject to United
States law' is no choice of law."""
LAWS = _rx("|".join(f"(?P<{code}>{pattern})" for code, pattern in LAW.items()))
GOVERNS = _rx(
    r"van\s+toepassing|beheerst|toepasselijk|onderworpen\s+aan|valt\s+onder|recht\s+en\s+forum|"
    r"governed|governing|"
    r"applicable|subject\s+to|appl(?:y|ies)|construed"
)


def amendment_notice(found: Sentences) -> int | None:
    about = [s for s in found if AMENDMENT.search(s) and NOTICE.search(s)]
    match = _first(NOTICE_MONTHS, about)
    return number(match["count"]) if match else None


def end_of_contract(found: Sentences) -> dict:
    about = _about(found, END, before=0) + _after(found, END) + _then(found, END)
    return {
        "return": _true_or_none(RETURN, about),
        "delete": _true_or_none(DELETE, about),
        "machine_readable": True
        if _first(MACHINE, about)
        or any(FORMAT.search(s) and RETURN.search(s) for s in about + _export_before(found))
        else None,
    }


def _export_before(found: Sentences) -> list[str]:
    """The sentence before one on the end that speaks of 'the export' (the export may be in CSV or
    JSON format. After termination the export remains available …)."""
    return [
        " ".join((found[j], found[i]))
        for i in found.hits(END)
        if THE_EXPORT.search(found[i]) and (j := _next(found, i, -1)) is not None
    ]


THE_EXPORT = _rx(r"\b(?:the|this|that|such|de|deze|die|dit|het)\s+(?:data\s+)?export\b")


def _after(found: Sentences, topic: re.Pattern[str]) -> list[str]:
    """The sentence after each sentence on the topic ("Na overdracht … vernietigen")."""
    return [found[j] for i in found.hits(topic) if (j := _next(found, i)) is not None]


THEN = _rx(
    r"^(?:daarna|daarop|vervolgens|hierna|thereafter|subsequently|afterwards|after\s+that|then|"
    r"na\s+afloop\s+van\s+(?:die|deze)\s+termijn|after\s+(?:that|this|such)\s+period)\b"
)


def _then(found: Sentences, topic: re.Pattern[str]) -> list[str]:
    """A sentence among the three after one on the topic that goes on from it ("Daarna
    verwijdert Verwerker …"), past a list number ("2") in between."""
    return [
        found[j]
        for i in found.hits(topic)
        for j in range(i + 1, min(i + 4, len(found)))
        if THEN.search(found[j])
    ]


def governing_law(found: Sentences) -> str | None:
    """The first law named as governing ("beheerst door Nederlands recht", or "governed by the
    law of a Member State. … this will be the laws of Ireland"); a company "opgericht naar
    Nederlands recht" does not count."""
    for i in found.hits(LAW_HINT):
        match = next((m for m in LAWS.finditer(found[i]) if not _placeholder(found[i], m)), None)
        before = _next(found, i, -1)
        context = " ".join((found[before], found[i])) if before is not None else found[i]
        if not match or OTHER_LAW.search(context) or DEFINITION.search(found[i]):
            continue  # the SCCs' law, a choice, or a definition of "UK Data Protection Laws"
        if GOVERNS.search(context) and OWN_LAW.search(context):
            return next(code for code in LAW if match[code.lower()])
    return None


def _placeholder(sentence: str, match: re.Match[str]) -> bool:
    """A choice left to fill in ("[EU Member State Law / English Law]"), or a country's data
    protection law ("the data protection laws of Germany") rather than the DPA's own law."""
    if PROTECTION_LAW.search(sentence, max(0, match.start() - 30), match.start() + 12):
        return True
    return sentence.rfind("[", 0, match.start()) > sentence.rfind("]", 0, match.start())


PROTECTION_LAW = _rx(r"(?:protection|privacy|gegevensbescherming|privacy)\s+(?:laws?|wet\w*|recht)")
