"""Cue phrases for the Art. 28(3) checklist, in Dutch and English, from the law's own wording.

Each concept is one regular expression per language, written in lower case and matched against
the lower-cased sentence (faster than re.IGNORECASE) in which words broken by a line-end hyphen
("orga- nisatorische") are rejoined.
Sources of the wording: GDPR/AVG Art. 28, 32-36 and 44-49 (official nl and en texts) and the
EU standard contractual clauses 2021/915, plus the usual phrasing of Dutch and English DPAs.
A checklist rule (checklist.py) combines concepts; this module only says what words mean.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

LEADING_ANCHOR = re.compile(r"^(?:\\b)+")
# items of personal data; three of them in one list name the types of data
ITEMS_NL = (
    r"(?:(?:voor|achter)?na(?:a)?m(?:en)?|e-?mail\w*|adres\w*|telefoon\w*|geboortedatum\w*|"
    r"ip-adres\w*|contactgegevens|naw-gegevens|bsn|burgerservicenummer|iban|"
    r"bankrekening\w*|betaalgegevens|factuurgegevens|geslacht|functie|loggegevens|"
    r"locatiegegevens|cookie\w*|wachtwoord\w*|gebruikersnaam|foto\w*|handtekening)"
)
ITEMS_EN = (
    r"(?:(?:full |first |last |user ?)?names?|e-?mail(?: address(?:es)?)?|"
    r"(?:postal )?address(?:es)?|(?:tele)?phone(?: numbers?)?|dates? of birth|ip address(?:es)?|"
    r"contact (?:details|data)|"
    r"payment (?:details|data|information)|bank (?:account )?details|billing (?:details|data)|"
    r"job titles?|gender|log (?:data|files)|location data|cookies?|passwords?|usernames?|photos?|"
    r"signatures?)"
)
ONE_EN = (
    r"(?:employees?|staff|customers?|clients?|users?|end[- ]users?|suppliers?|patients?|pupils?|"
    r"students?|guests?|members?|visitors?|applicants?|candidates?|contacts?|subscribers?)"
)
# groups of people a DPA names as its data subjects
GROUPS_NL = (
    r"(?:gebruikers|medewerkers|werknemers|personeel\w*|klanten|eindklanten|leerlingen|studenten|"
    r"patiënten|cliënten|gasten|sollicitanten|kandidaten|leden|bezoekers|deelnemers|"
    r"contactpersonen|leveranciers|abonnees|relaties|ouders|kinderen|inwoners|bewoners|huurders|"
    r"spelers|vrijwilligers|donateurs)"
)
GROUPS_EN = (
    r"(?:employees|staff|customers|end[- ]customers|clients|users|end[- ]users|suppliers|patients|"
    r"pupils|students|guests|members|visitors|applicants|candidates|contacts|subscribers|"
    r"residents|tenants|players|volunteers|donors|parents|children)"
)


@dataclass(frozen=True)
class Cue:
    """One concept's pattern. ``quick`` is the same pattern without the leading ``\\b`` of its
    alternatives: a superset that Python's re scans several times faster (it can skip to the
    possible first letters), so ``exact`` only runs on sentences that may match."""

    exact: re.Pattern[str]
    quick: re.Pattern[str]

    @classmethod
    def of(cls, alternatives: tuple[str, ...]) -> Cue:
        loose = [LEADING_ANCHOR.sub("", alternative) for alternative in alternatives]
        return cls(re.compile("|".join(alternatives)), re.compile("|".join(loose)))

    def search(self, text: str) -> bool:
        return self.quick.search(text) is not None and self.exact.search(text) is not None


Lexicon = dict[str, Cue]

_NL: dict[str, tuple[str, ...]] = {
    "controller": (
        r"verwerkingsverantwoordelijke",
        r"gegevensexporteur",
        r"\bverantwoordelijke\b",
        r"opdrachtgever",
        r"\bklant\b",
        r"\bafnemer\b",
    ),
    "controller_subject": (
        r"^(?:\S+\s+)?(?:de\s+)?(?:(?:verwerkings)?verantwoordelijke|klant|opdrachtgever|"
        r"afnemer|gebruiker|licentienemer)\s+(?:heeft|is|garandeert|zal|draagt|staat|blijft|"
        r"stelt|verklaart|mag|kan|"
        r"erkent|bepaalt|vrijwaart|acht|zorgt)\b",
        r"zeggenschap",
        r"(?:(?:verwerkings)?verantwoordelijke|klant|opdrachtgever|afnemer) (?:heeft het "
        r"recht|is gerechtigd|is bevoegd)",
        r"(?:rechten en (?:plichten|verplichtingen)|verplichtingen en rechten) van "
        r".{0,40}(?:(?:verwerkings)?verantwoordelijke|klant|opdrachtgever|afnemer)",
    ),
    "controller_duty": (
        r"^(?:\S+\s+)?(?:de\s+)?(?:(?:verwerkings)?verantwoordelijke|klant|opdrachtgever|"
        r"afnemer|gebruiker|licentienemer)\s+(?:garandeert|zal|draagt|staat|blijft|verklaart|"
        r"erkent|vrijwaart|zorgt|moet|verplicht|is (?:zelf |als enige )?verantwoordelijk)\b",
        r"(?:verplichtingen|plichten) (?:van )?(?:de )?(?:verwerkings)?verantwoordelijke",
        r"(?:rechten en (?:plichten|verplichtingen)|verplichtingen en rechten) van "
        r".{0,40}(?:(?:verwerkings)?verantwoordelijke|klant|opdrachtgever|afnemer)",
    ),
    "processor_subject": (
        r"^(?:\S+\s+)?(?:de\s+)?(?:sub-?)?verwerker\s+(?:zal|neemt|treft|draagt|houdt|"
        r"verleent|informeert|stelt|is|mag|verwerkt|zorgt|staat|verplicht|garandeert|"
        r"implementeert|hanteert|verbindt|biedt|beveiligt)",
    ),
    "subject": (
        r"(?:is|zijn) van toepassing op (?:alle|de|elke|iedere)",
        r"onderwerp",
        r"reikwijdte",
        r"toepassingsgebied",
        r"voorwerp",
        r"heeft betrekking op de verwerking",
        r"regelt de verwerking",
        r"afspraken (?:over|ten aanzien van|omtrent|met betrekking tot) de verwerking",
        r"in het kader van (?:de|het) (?:\w+ )?(?:levering|uitvoering|diensten|dienst|"
        r"dienstverlening|overeenkomst|hoofdovereenkomst|gebruik)",
        r"ten behoeve van (?:de|het) (?:\w+ )?(?:dienst|diensten|dienstverlening|platform)\b",
        r"verwerk\w* (?:\w+ ){0,6}(?:voor|via|binnen|in) (?:het |de )?(?:[\w-]+ ){0,2}"
        r"\w*(?:platform|dienst|applicatie|software|app)\b",
        r"ten behoeve van de uitvoering van de (?:hoofd)?overeenkomst",
    ),
    "duration": (
        r"\bduur\b",
        r"looptijd",
        r"treedt in werking",
        r"eindigt",
        r"beëindiging van de (?:hoofd)?overeenkomst",
        r"aangegaan voor",
        r"zolang (?:de|het)",
        r"gedurende (?:de|het) (?:looptijd|overeenkomst|samenwerking)",
        r"onbepaalde tijd",
        r"contractduur",
    ),
    "purpose": (
        r"\bdoel(?:einde)?(?:n|s)?\b",
        r"(?:uitsluitend|alleen|enkel) (?:ten behoeve van|voor) het (?:leveren|verlenen|"
        r"uitvoeren|aanbieden)\b",
        r"verwerkingsdoel",
        r"doel verwerking",
        # plain-language labels ("Wat we doen:", the "we" read as the processor)
        r"^(?:- )?(?:wat (?:we|wij|verwerker) doe[nt]|waarvoor)\s*:",
        r"(?:uitsluitend|alleen|enkel) ten behoeve van de uitvoering van",
        r"\baard (?:van|en) (?:de )?verwerking",
        r"aard van de verwerking",
    ),
    "purpose_definition": (
        r"doel van en de middelen",
        r"doeleinden van en de middelen",
        r"^(?:\S+ )?(?:voor|met) (?:dit|dat|deze) doel(?:einde)?(?:n|s)?\b",
        r"doelbinding",
        r"aard, (?:de )?omvang",  # art. 32's weighing of the risks
        r"rekening houdend met de aard",
        r"\b(?:geen )?andere doel(?:einde)?(?:n|s)?\b",
    ),
    "data_types": (
        r"(?:soort(?:en)?|type(?:n|s)?|categorie(?:ën|en)?) (?:van )?(?:de )?(?:verwerkte "
        r")?(?:persoons)?gegevens",
        r"persoonsgegevens die .{0,120}(?:opgenomen|vermeld|beschreven) in",
        r"soort persoonsgegevens",
        r"(?:persoons)?gegevenscategorie",
        # "retail-, klant-, personeels- en accountgegevens"
        r"\w{2,30}-, (?:\w{2,30}-, )*\w{2,30}- (?:en|of) \w{0,30}gegevens",
        r"^(?:- )?(?:verwerkte |te verwerken )?(?:persoons)?gegevens\s*:",
        r"categorie(?:ën|en) (?:van )?betrokkenen en (?:van )?(?:de )?(?:persoons)?gegevens",
        r"^\|\s*(?:persoons)?gegevens?\s*\|",  # a table whose first column is the data
        # a labelled list of the data itself: "Account en contact: naam, e-mail, telefoon"
        r"(?::\s*|^(?:[\w/-]+ ){0,3})(?:naam|namen|e-?mail\w*|adres\w*|telefoon\w*|geboortedatum|"
        r"ip-adres\w*|contactgegevens|naw-gegevens|identificatiegegevens)"
        r"(?:\s*\([^)]*\))?,\s*(?:naam|namen|e-?mail\w*|adres\w*|telefoon\w*|geboortedatum|"
        r"ip-adres\w*|\w+gegevens|identifiers?)\b",
        # three items in one list, wherever it stands: "Het kan gaan om naam, e-mail, telefoon"
        rf"\b{ITEMS_NL}\b[^.;:]{{0,40}}?,\s*(?:[\w-]+\s+){{0,3}}?{ITEMS_NL}\b[^.;:]{{0,40}}?"
        rf"(?:,|\ben\b|\bof\b)\s*(?:[\w-]+\s+){{0,3}}?{ITEMS_NL}\b",
    ),
    "data_subjects": (
        r"(?:categorie\w*|type(?:n|s)?|groep(?:en)?|soort(?:en)?) (?:van )?(?:de "
        r")?betrokkene",
        rf"^(?:- )?{GROUPS_NL}/{GROUPS_NL}\b",  # "Klanten/gasten die tickets kopen"
        r"betrokkenen van wie",
        r"type betrokkene",
        r"^(?:- )?betrokkenen\s*:",
        # "Personen: de klanten van de zaak", "Betrokkene: de klant van de coach" (not the law's
        # definition of an identifiable person)
        r"^(?:- )?(?:personen|betrokkene)\s*:\s(?!.{0,40}identific)",
        r"^(?:- )?van wie\s*:",  # plain language: "Van wie: klanten en contactpersonen ..."
        r"betrokkenenkring",
        r"kring(?:en)? (?:van )?betrokkenen",
        # a title, or a table's header row ("Betrokkenen Gegevens")
        r"^(?:#+\s*)?(?:\d+\.?\s+)?(?:categorie(?:ën|en) )?betrokkenen(?: [\w/-]+){0,2}$",
        r"^(?:de )?betrokkenen (?:zijn|kunnen|omvatten|betreffen)\b",  # "Betrokkenen zijn ..."
        # a definition that names the groups: "Betrokkene(n): ... in het bijzonder leerlingen"
        r"(?:^|[:;] |\d\. |- )betrokkene(?:\(n\)|n)?[*_]*\s*:.{0,200}\b(?:in het bijzonder|zoals|"
        r"waaronder|namelijk|te weten)\b",
        # a line that lists the groups themselves: "Gebruikers, medewerkers, klanten of leads"
        # "persoonsgegevens van gasten van de Klant", "Betrokkene: de klant van de coach"
        rf"(?:persoonsgegevens|gegevens|betrokkenen?) (?:van|over) (?:de |het |haar |zijn |uw |"
        rf"jouw )?(?:\w+ )?{GROUPS_NL}\b",
        # "Gegevens die bezoekers van jouw website achterlaten"
        rf"gegevens die (?:de |jouw |uw )?{GROUPS_NL} (?:\w+ ){{0,4}}(?:achterlaten|invoeren|"
        rf"invullen|verstrekken|opgeven|delen)\b",
        rf"^(?:\S+ )?betrokkenen?[*_]*\s*:[*_]*\s*(?:de |het |alle |individuele )?(?:\w+ )?"
        rf"(?:{GROUPS_NL}|klant|medewerker|werknemer|gebruiker|patiënt|cliënt|leerling|student)\b",
        r"^(?:[\w/-]+ ){0,3}(?:gebruikers|medewerkers|werknemers|klanten|leerlingen|studenten|"
        r"patiënten|cliënten|sollicitanten|leden|bezoekers|deelnemers|contactpersonen|leads),\s*"
        r"(?:\w+ ){0,2}(?:gebruikers|medewerkers|werknemers|klanten|leerlingen|studenten|patiënten|"
        r"cliënten|sollicitanten|leden|bezoekers|deelnemers|contactpersonen|leads)\b",
    ),
    "instruction": (
        r"instructie",
        r"aanwijzing",
        r"in opdracht van",
        r"opdracht tot",
        r"\bopdracht (?:geeft|geven|gegeven)\b",  # "Indien de verantwoordelijke opdracht geeft om"
        r"\b(?:een|de|die|deze) opdracht van (?:de|het|uw|jouw|je) ",  # "een opdracht van de klant"
    ),
    "only": (
        r"\buitsluitend\b",
        r"\balleen\b",
        r"\benkel\b",
        r"\bslechts\b",
        r"niet voor (?:enig )?ander",
    ),
    "described_purposes": (
        r"(?:uitsluitend|alleen|enkel) .{0,40}voor (?:de|het) doel\w* (?:zoals|die|als) .{0,40}"
        r"(?:beschreven|omschreven|vastgesteld|bepaald|genoemd|vermeld)",
    ),
    "general_assistance": (
        r"(?:plichten|verplichtingen) (?:onder|uit|op grond van|volgens) de (?:avg|gdpr|"
        r"verordening)",
    ),
    "documented": (
        r"schriftelijk",
        r"gedocumenteerd",
        r"vastgelegd",
        r"schriftelijke",
    ),
    "purpose_widening": (
        r"redelijkerwijs samenhang",
        r"doel\w* (?:\w+ ){0,3}daarmee (?:\w+ )?samenhang",  # not "samenhangende informatie"
        r"verenigbare doel",
        r"eigen doel\w* (?:zonder|tenzij met|behoudens) (?:\w+ ){0,3}toestemming",
        r"(?:verbeteren|verbetering|ontwikkel\w*) van (?:de|onze|haar) (?:eigen )?(?:dienst|"
        r"diensten|producten)\b",
        r"mag echter",
        r"mag (?:(?!niet|geen).){0,80}(?:eigen doeleinden|kwaliteitsdoeleinden|statistische)",
        r"verwerker (?:mag|kan) .{0,60}doel(?:einden|en)? .{0,40}(?:wijzigen|aanpassen|uitbreiden)",
    ),
    "law_exception": (
        r"(?:tenzij|behalve|behoudens)\b.{0,80}(?:wet|wettelijk|unierecht|lidsta|recht van "
        r"de unie)\w* .{0,40}(?:verplicht|vereist|voorgeschreven|bepaald|noodzakelijk)",
        r"(?:tenzij|behalve|behoudens)\b.{0,60}verplicht\w* .{0,40}(?:wet|unierecht|lidsta|"
        r"recht van de unie)",
        r"(?:op grond van|krachtens|ingevolge) (?:een )?(?:wettelijke (?:verplichting|bepaling|"
        r"plicht)|(?:het )?unierecht|(?:het )?lidsta\w* recht)\w* .{0,60}(?:moet|verplicht|"
        r"gehouden)",
        r"(?:tenzij|behalve|behoudens)\b.{0,40}(?:wettelijke|unierechtelijke|lidstatelijke) "
        r"(?:verplichting|bepaling|voorschrift)",
        r"(?:wettelijk|unierechtelijk\w*|lidstatelijk\w*) (?:voorschrift|bepaling) "
        r".{0,40}verplicht",
        r"tenzij .{0,30}(?:wet|recht)\w* .{0,60}verbied",
        r"(?:op grond van|krachtens|ingevolge) (?:het )?(?:unie-? ?(?:of|en) )?(?:nederlands|"
        r"lidsta\w*|unie)\w*[- ]?recht .{0,60}verplicht",
    ),
    "retention_period": (  # data kept for a time, then deleted: "maximaal 1 uur bewaard"
        r"(?:bewaartermijn|bewaard|bewaren|opgeslagen)\b",
    ),
    "data_location": (  # where the data stay: "uitsluitend op EU-servers", "volledig in Nederland"
        r"(?:opgeslagen|gehost|verwerkt|bewaard|draait|draaien|staan|staat)\b.{0,60}\b"
        r"(?:in|binnen|op)\s+(?:de\s+)?(?:eu|eer|europese (?:unie|economische ruimte)|europa|"
        r"nederland|duitsland|ierland|eu-servers|europese servers|"
        r"servers (?:in|binnen) (?:de )?(?:eu|eer|europa|nederland))\b",
        r"\b(?:eu|eer|europese|nederlandse)-?\s?(?:servers|datacenters?|hosting|cloud)\b",
        r"(?:sub-? ?verwerkers?|servers|datacenters?) (?:\w+ ){0,2}(?:binnen|in) (?:de )?(?:eu|eer|"
        r"europa|europese (?:unie|economische ruimte))\b",
    ),
    "abroad": (r"\b(?:vs|v\.s\.|usa|verenigde staten|amerika)\b",),
    "parties": (r"\bpartijen\b", r"\b(?:iedere|elke) partij\b"),  # "Partijen melden een datalek"
    "law_retention": (
        r"(?:bewaring|bewaarplicht|bewaartermijn|opslag|bewaren|bewaard)\b.{0,60}(?:verplicht|"
        r"vereist|voorgeschreven)",
        r"wettelijke bewaar",
    ),
    "reference_only": (
        r"zoals (?:beschreven|omschreven|vermeld|bepaald|genoemd|opgenomen) in",
        r"\bzie (?:artikel|bijlage|hieronder|hierboven)",
        r"(?:door|aan) (?:de )?(?:klant|verwerkingsverantwoordelijke|opdrachtgever|"
        r"verantwoordelijke) (?:te )?(?:bepaald|bepalen|vastgesteld|vast te stellen)",
        r"welke (?:soorten |categorieën |typen? )?(?:van )?(?:persoons)?gegevens",  # names none
    ),
    "transfer_tool": (r"standaard ?contract", r"modelcontract", r"standard contractual", r"\bscc"),
    "objection_limited": (
        r"enige (?:remedie|rechtsmiddel)",
        r"(?:wanneer|indien|als) .{0,60}aantoonbaar",  # objection only on proof of a risk
        r"bezwaar (?:\w+ ){0,2}maken door (?:\w+ ){0,8}(?:te )?(?:beëindigen|op te zeggen)",
    ),
    "duration_term": (
        r"\bduur\b",
        r"looptijd",
        r"\bzolang\b",
        r"treedt in werking",
        r"aangegaan voor",
        r"onbepaalde tijd",
        r"(?:overeenkomst|verwerkersovereenkomst) (?:eindigt|loopt af|vervalt) (?:van rechtswege "
        r")?(?:bij|op het moment|zodra|wanneer|tegelijk|automatisch|gelijktijdig)",
    ),
    "uses_subprocessors": (
        r"maakt gebruik van (?:\w+ ){0,2}(?:sub-?verwerkers|onderaannemers|derden)",
        r"schakelt (?:\w+ ){0,3}(?:sub-?verwerkers|onderaannemers|derden) in",
    ),
    "accession": (r"toetre(?:den|edt|ding)", r"koppelingsclausule"),
    "negated_right": (
        r"niet (?:gerechtigd|bevoegd|toegestaan)",
        r"geen (?:recht|audit|inspectie)",
        r"\bmag (?:geen|niet)\b",
        r"\bkan geen\b",
    ),
    "without_consent": (
        r"\b(?:mag|kan|is gerechtigd)\b.{0,80}zonder (?:voorafgaande )?(?:schriftelijke )?"
        r"(?:toestemming|goedkeuring|instemming|machtiging)",
    ),
    "authority_request": (
        r"(?:verzoek|bevel|vordering|verplichting)\w* .{0,80}(?:overheid|opsporing|justiti|"
        r"toezichthoud|autoriteit|instantie)\w* .{0,60}(?:verstrek|toegang|afgifte|inzage)",
        r"(?:overheid|opsporing|justiti|bevoegde autoriteit|instantie)\w* .{0,60}(?:vraagt|"
        r"vordert|eist|verzoekt|toegang)",
    ),
    "inform": (
        r"in kennis",
        r"informeert",
        r"informeren",
        r"op de hoogte",
        r"stelt .{0,40}hiervan",
        r"meld",
        r"waarschuw",
        r"verwittig",
        r"laat weten",
        r"\bla(?:at|ten) (?:\w+ ){1,6}weten",  # "dan laat zij dat de Klant direct weten"
        r"\b(?:zeggen|zegt) (?:wij|we|zij|hij|verwerker) dat",
    ),
    "before_processing": (
        r"voorafgaand",
        r"vooraf",
        r"voordat",
        r"alvorens",
        r"voor de verwerking",
    ),
    "confidential": (
        r"geheimhoud",
        r"vertrouwelijk",
        r"\bgeheim\b",
        r"zwijgplicht",
    ),
    "staff": (
        r"personeel",
        r"medewerker",
        r"werknemer",
        r"personen",
        r"onder (?:het|zijn|haar) gezag",
        r"ingeschakeld",
        r"degenen die",
        r"functionaris",
        r"iedereen die",
        r"een ?ieder die",
    ),
    "under_authority": (
        r"onder (?:het|zijn|haar) gezag",
        r"gelden ook voor",
        r"geldt ook voor",
    ),
    "audit_word": (
        r"\baudit",
        r"inspectie",
        r"controle\b",
        r"\bcontroles\b",
        r"keuring",
        r"onderzoek",
    ),
    "security": (
        r"technische en organisatorische",
        r"organisatorische en technische",
        r"beveiligingsmaatregel",
        r"passende (?:beveiligings)?maatregel",
        r"beveiligingsniveau",
        r"artikel 32.{0,30}(?:avg|verordening|gdpr)",
        r"art\.? ?32.{0,30}(?:avg|verordening|gdpr)",
    ),
    "effort_only": (
        r"zich inspannen",
        r"inspanningsverplichting",
        r"streeft",
        r"zo goed mogelijk",
        r"naar beste vermogen",
    ),
    "security_heading": (  # a heading over the measures themselves
        r"(?:^|/ | en )(?:\d+(?:\.\d+)*\.? )?(?:informatie)?beveiliging(?:smaatregelen)?\b",
        r"technische en organisatorische maatregelen",
    ),
    "measures_list": (
        r"overzicht van (?:de )?(?:genomen )?(?:beveiligings)?maatregelen",
        r"bijlage \w+\b.{0,80}maatregel",
        r"maatregel.{0,80}bijlage",
        r"maatregelen (?:omvatten|omvat|bestaan uit|zijn onder (?:meer|andere))",
    ),
    "subprocessor": (
        r"sub-? ?verwerker",
        r"subverwerker",
        r"onderverwerker",
        r"onderaannemer",
        r"andere verwerker",
        r"verdere verwerker",
        r"derden (?:in ?te )?in ?schakel",
        r"andere partijen (?:in ?te )?in ?(?:schakel|zet)",
        r"gebruik maken van derden",
        r"derde partijen in",
        r"hulppersonen",
        r"sub-? ?processor",
        r"\bbesteedt .{0,80}\buit\b",  # "besteedt de verwerking niet uit zonder toestemming"
        r"uitbested",
    ),
    "authorisation": (
        r"toestemming",
        r"(?:mag|kan) (?:in het kader van .{0,60})?gebruik maken",
        r"mogen (?:worden )?(?:ingezet|ingeschakeld|gebruikt)",
        r"stem\w* (?:ermee )?in dat",
        r"(?:gaat|gaan) ermee akkoord dat",
        r"\btoegestaan\s*:",
        r"toegestane (?:sub-? ?|onder)verwerkers",
        r"mogelijkheid om",
        r"is gerechtigd",
        r"machtig",
        r"goedkeuring",
        r"goedgekeurd",
        r"instemming",
        r"(?:mag|mogen) .{0,60}inschakelen",
        r"kan .{0,60}inschakelen",
        r"\blijst\b",
        r"vermeld in bijlage",
    ),
    "specific_consent": (
        r"(?:niet|geen) .{0,80}zonder (?:de |het )?(?:voorafgaande )?(?:specifieke |uitdrukkelijke "
        r")?(?:schriftelijke )?(?:toestemming|goedkeuring|instemming)",
        r"voorafgaand(?:e)? (?:schriftelijke )?(?:toestemming|goedkeuring) (?:vragen|"
        r"verkrijgen|nodig|vereist)",
        r"(?:vraagt|vragen|verkrijgt) .{0,60}(?:voorafgaand\w* )?(?:schriftelijke )?toestemming",
        r"(?:schriftelijke )?toestemming (?:\w+ ){0,2}verkregen",
        r"\bmag\b.{0,60}(?:inschakelen|gebruik maken)\b.{0,40}\bmet (?:voorafgaande )?"
        r"(?:schriftelijke )?(?:toestemming|goedkeuring)",
        r"uitsluitend\b.{0,60}\b(?:na|met) (?:voorafgaande |uitdrukkelijke )?(?:specifieke )?"
        r"(?:schriftelijke )?(?:toestemming|goedkeuring)",
        # "zal geen andere sub-verwerkers inschakelen, tenzij hij hiervoor toestemming heeft"
        r"(?:niet|geen) .{0,80}\btenzij\b.{0,80}(?:toestemming|goedkeuring)",
    ),
    "general_authorisation": (
        r"algemene (?:schriftelijke )?toestemming",
        r"algemene machtiging",
        r"specifieke of algemene",  # the AVG's own "specifieke of algemene schriftelijke"
        r"algemene of specifieke",
    ),
    "objection": (
        r"bezwaar",
        r"\bweiger",
        r"verzet",
        r"niet akkoord",
    ),
    "prior_notice": (
        r"vooraf",
        r"voorafgaand",
        r"tevoren",
        r"voornemen",
        r"voorgenomen",
        r"beoogde",
        r"\bmeldt\b",
        r"\bgemeld",
        r"\bmelden\b",
        r"informeert",
        r"in kennis",
        r"op de hoogte",
        r"kennisgeving",
    ),
    "same_obligations": (
        r"dezelfde (?:plichten|verplichtingen|voorwaarden|gegevensbeschermingsverplichtingen)",
        r"ten minste dezelfde",
        r"minimaal dezelfde",
        r"gelijkwaardig",
        r"hetzelfde (?:niveau|beschermingsniveau)",
        r"vergelijkbare verplichtingen",
        r"ten minste .{0,40}(?:verplichtingen|plichten) .{0,40}(?:als|zoals)",
        # "wanneer de Sub-verwerker voldoet aan de … verplichtingen van deze Overeenkomst"
        r"sub-?verwerker\w*\)? (?:\w+ ){0,3}(?:voldoe\w*|nakom\w*|na te komen|gebonden)\b.{0,60}"
        r"(?:verplichtingen|plichten) (?:van|uit|onder) (?:deze|de) (?:verwerkers)?overeenkomst",
        # "dat deze sub-verwerker alle bij deze overeenkomst opgelegde verplichtingen nakomt"
        r"(?:alle|de) (?:\w+ ){0,3}(?:bij|in|uit|krachtens|onder) (?:deze|de) (?:verwerkers)?"
        r"overeenkomst (?:\w+ ){0,3}(?:opgelegde|geldende|vastgelegde|gestelde|neergelegde|"
        r"opgenomen|vermelde) (?:verplichtingen|plichten)",
    ),
    "flow_down_topic": (
        r"opleggen",
        r"op zich nemen",
        r"overeenkomst sluiten",
        r"na (?:laten|te laten) leven",
        r"contractueel",
        r"waarborg",
        r"(?:dezelfde|gelijke) (?:plichten|verplichtingen)",
        r"verplichtingen .{0,40}(?:op|aan) .{0,20}(?:sub-?verwerker|derde)",
        r"verwerkersovereenkomst met",
        r"zorgt (?:er ?voor|ervoor) dat (?:de |haar |zijn |alle |eventuele )?sub-?verwerkers?",
        r"legt (?:aan )?(?:sub-?verwerkers|hen|deze|derden) .{0,60}(?:verplichtingen|plichten) "
        r"op\b",
        r"afspraken (?:over|met betrekking tot|omtrent) .{0,60}(?:gegevensbescherming|beveiliging|"
        r"vertrouwelijkheid|geheimhouding)",
        r"(?:een|eigen|aparte|schriftelijke) (?:standaard-? ?)?(?:dpa|verwerkersovereenkomst)\b",
        r"vergelijkbare (?:verplichtingen|voorwaarden|plichten)",
        r"verwerkersafspraken",
        r"niet minder (?:streng|beschermend|strikt)",
        r"(?:gebonden aan|verplicht tot) (?:\w+ ){0,2}(?:privacy|geheimhouding|"
        r"gegevensbescherming)\w*",
        r"data[- ]processing[- ](?:agreements?|addend\w+)",
    ),
    "liability": (
        r"aansprakelijk",
        r"staat in voor",
        r"blijft\b.{0,50}\bverantwoordelijk",
        r"verantwoordelijk voor de (?:naleving|nakoming)",
    ),
    "data_subject_named": (r"\bbetrokkenen?\b",),
    "law_title": (r"bescherming van natuurlijke personen in verband met de verwerking",),
    "dsr": (
        r"verzoek\w* (?:van|tot|om|door) (?:een |de )?betrokkene",
        r"hoofdstuk iii\b",  # de rechten van de betrokkene, art. 12-23
        r"\bmee aan (?:de )?(?:uitoefening van )?(?:de )?rechten van (?:de )?betrokkenen?",
        r"betrokkene\w* .{0,80}verzoek",
        r"uitoefening van (?:zijn|haar|hun|de) (?:wettelijke )?rechten",
        r"rechten van (?:de )?betrokkenen? (?:uit te oefenen|uitoefen)",
        r"verzoeken van betrokkenen",
        r"betrokkenenverzoek",
        r"rechtenverzoek",
        r"privacyverzoek",
        r"uitoefen\w* van (?:de |hun )?rechten (?:door|van) (?:de )?betrokkenen",
        r"betrokkenen? .{0,40}rechten? uitoefen",
        r"(?:uitoefenen|uitoefening|verzoeken|nakomen) .{0,30}rechten van (?:de )?betrokkene",
        r"(?:verplichtingen|voldoen) .{0,40}rechten van (?:de )?betrokkene",
        r"verzoek\w* .{0,40}(?:inzage|rectificatie|correctie|wissen|verwijdering|beperking|"
        r"overdraagbaarheid|dataportabiliteit)",
    ),
    "dsr_heading": (r"rechten van (?:de )?betrokkenen?",),
    "request": (r"verzoek",),
    "assist": (
        r"medewerking",
        r"bijstand",
        r"ondersteun",
        r"\bhelp(?:t|en)?\b",
        r"geholpen",
        r"(?<!het )\b(?:leveren|levert|verstrekken|verstrekt) (?!van\b).{0,60}"
        r"(?:informatie|gegevens)\b",
        r"assisteer",
        r"staat .{0,40}bij",
        r"bij te staan",
        r"bijstaan",
        r"faciliteer",
        r"verleent .{0,40}(?:hulp|bijstand|medewerking)",
        r"in staat (?:te )?stellen",
        r"werkt .{0,30}mee",
        r"meewerk",
        r"zodat (?:de )?(?:verwerkings)?verantwoordelijke .{0,160}(?:kan|kunnen) (?:nakomen|"
        r"voldoen)",
        r"(?:voldoende|nodig|noodzakelijk) (?:om|zodat) .{0,80}(?:melding|te melden)",
    ),
    "mutual_agreement": (
        r"onderling overleg",
        r"in overleg",
        r"in goed overleg",
    ),
    "breach": (
        r"datalek",
        r"inbreuk in verband met persoonsgegevens",
        r"beveiligingsincident",
        r"beveiligingslek",
        r"inbreuk op de beveiliging",
        r"kennis .{0,40}van een inbreuk",
        r"kennis \w+ .{0,40}van (?:een |enige )?"
        r"(?:onopzettelijke|ongeoorloofde|onwettige|onrechtmatige)",
        r"incident",
        r"\blek\b",
    ),
    "breach_notice_verb": (
        r"notificatie",
        r"kennisgeving",
        r"informeert",
        r"informeren",
        r"in kennis",
        r"op de hoogte",
        r"\bmeld",
        r"stelt .{0,60}hoogte",
        r"brengt",
        r"geïnformeerd",
        r"\bgemeld",
        r"in kennis gesteld",
        r"verwittig",  # Belgian Dutch
    ),
    "prompt": (
        r"onverwijld",
        r"onmiddellijk",
        r"zo (?:snel|spoedig) mogelijk",
        r"zonder (?:onnodige|onredelijke) vertraging",
        r"binnen \d+ ?(?:uur|uren|werkuren|dagen|werkdagen)",
        r"binnen (?:een|twee|drie|vier|vierentwintig|achtenveertig|tweeënzeventig) (?:uur|dag)",
        r"terstond",
        r"direct",
        r"per omgaande",
        r"uiterlijk binnen",
        r"zonder vertraging",
    ),
    "breach_assistance": (
        r"melding",
        r"meldplicht",
        r"informeren van betrokkenen",
        r"datalek",
        r"inbreuk",
        r"beveiligingsincident",
        r"art(?:ikel|\.)? ?3[34].{0,30}(?:avg|verordening|gdpr)",
    ),
    "authority_notice": (
        r"(?:informatie|gegevens) die .{0,60}nodig heeft voor .{0,40}melding",
        r"(?:informatie|gegevens) die nodig (?:is|zijn) .{0,60}(?:melding|meldplicht)",
        r"melding aan (?:de )?(?:toezichthouder|autoriteit|ap\b)",
        r"(?:toezichthouder|autoriteit persoonsgegevens|\bap\b) .{0,30}(?:te )?(?:melden|"
        r"informeren)",
    ),
    "dpia": (
        r"gegevensbeschermingseffectbeoordeling",
        r"effectbeoordeling",
        r"\bd?pia\b",
        r"\bpia[’']s\b",
        r"dpia[’']s",
        r"data protection impact",
        r"\bimpact ?assessments?\b",
        r"beoordeling\b.{0,60}\bbeoogde verwerking",
        r"artikel 35.{0,30}(?:avg|verordening|gdpr)",
        r"art\.? ?35.{0,30}(?:avg|verordening|gdpr)",
    ),
    "prior_consultation": (
        r"voorafgaande raadpleging",
        r"(?:dpia|effectbeoordeling)\w*,? (?:en|of) (?:voorafgaande )?raadpleging",
        r"verplichtingen (?:richting|jegens|tegenover) de (?:toezichthouder|autoriteit|ap)\b",
        r"raadpleging van de (?:ap|autoriteit|toezicht)",
        r"overleg met de (?:ap|autoriteit|toezichthouder)\b",
        r"contact\w* met de (?:ap|autoriteit|toezichthouder)\b",
        r"raadplegen van de (?:ap|autoriteit|toezicht)",
        r"artikel 36.{0,30}(?:avg|verordening|gdpr)",
        r"art\.? ?36.{0,30}(?:avg|verordening|gdpr)",
    ),
    "range_32_36": (r"(?:artikel(?:en)?|art\.?) ?3[23] ?(?:tot en met|t/m|-|–|tot) ?36",),
    "end": (
        r"\beinde\b",
        r"be[eë]indig",
        r"afloop",
        r"eindigt",
        r"na het verstrijken",
        r"ontbinding",
        r"opzegging",
        r"niet langer (?:nodig|noodzakelijk|vereist)",
        r"na (?:voltooiing|afronding) van de (?:opdracht|dienst|diensten|werkzaamheden)",
        r"doel\w* .{0,60}(?:is|zijn) (?:bereikt|vervuld|voltooid)",
    ),
    "delete": (
        r"verwijder",
        r"vernietig",
        r"\bwis",
        r"uitwis",
        r"onbruikbaar",
        r"ontoegankelijk",
    ),
    "return": (
        r"terug ?(?:te )?(?:bezorg|geven|gev|stur|leveren)",
        r"terug(?:gegeven|geleverd|gestuurd|bezorgd|gezonden)",
        r"\b(?:geeft|geven|stuurt|sturen|levert|leveren|bezorgt|bezorgen) (?:[\w,]+ ){0,10}terug\b",
        r"retour",
        r"teruggave",
        r"ter beschikking (?:te )?stel",
        r"overdracht",
        r"overdragen",
        r"overhandig",
        r"export",
    ),
    "audit": (
        r"\baudit(?![- ]?(?:rapport|log|trail|informatie|s?spoor))",
        r"inspectie",
        r"\bcontrole\b",
        r"controleren",
        r"onderzoek",
        r"keuring",
    ),
    "audit_enable": (  # the processor's side of 28(3)(h): audits need no controller named
        r"maakt .{0,40}audits? .{0,20}mogelijk",
        r"(?:werkt|werken) .{0,20}mee aan (?:\w+ ){0,3}audits?",
        r"draagt .{0,20}bij aan (?:\w+ ){0,3}audits?",
        r"(?:informatie|medewerking) .{0,40}(?:voor|bij|aan) (?:\w+ ){0,2}audits?\b",
        r"beschikbaar (?:stelt|stellen|te stellen) voor (?:een )?(?:controle|audit|inspectie)",
    ),
    "info_compliance": (
        r"alle (?:benodigde|nodige|noodzakelijke|relevante) informatie",
        r"informeren over de .{0,60}maatregelen",
        r"informatie .{0,80}(?:naleving|aan te tonen|nakoming)",
    ),
    "authority_only": (
        r"toezichthoud",
        r"autoriteit persoonsgegevens",
        r"\bde ap\b",
        r"bevoegde autoriteit",
    ),
    "infringes": (
        r"in strijd",
        r"strijdig",
        r"inbreuk (?:maakt|op)",
        r"onrechtmatig",
        r"niet rechtmatig",
        r"schendt",
        r"schending",
        r"niet (?:in overeenstemming|conform) (?:is )?met de (?:avg|wet|privacywet)",
        r"niet voldoe\w* aan (?:de |het )?(?:\w+ )?(?:\w*wetgeving|avg|wet|\w*regelgeving)\b",
    ),
    "no_duty_to_check": (  # "Verwerker is niet verplicht instructies te toetsen"
        r"niet (?:verplicht|gehouden|verantwoordelijk)\b.{0,80}(?:controleren|toetsen|"
        r"verifi[eë]ren|beoordelen|na te gaan|onderzoeken)",
    ),
    "transfer": (
        r"buiten de (?:eer|eu\b|europese)",
        r"derde(?:n)? land",
        r"derde landen",
        r"internationale organisatie",
        r"doorgifte",
        r"doorgeven naar",
        r"landen buiten",
        r"doorgegeven",
        r"gegevensresidentie",
        r"(?:uitsluitend|alleen)\b.{0,40}\bbinnen de (?:eer|eu\b|europese)",
        r"(?:opgeslagen|verwerkt|gehost) binnen de (?:eer|eu\b|europese)",
        r"eu-gehost",
        r"verwerking (?:in|naar) (?:andere|overige) landen",
        r"buiten nederland",
    ),
    "eea": (
        r"\beer\b",
        r"europese economische ruimte",
    ),
    "eu": (
        r"\beu\b",
        r"europese unie",
    ),
    "transfer_control": (
        r"toestemming",
        r"instemming",
        r"instructie",
        r"goedkeuring",
        r"machtiging",
        r"opdracht van",
        r"akkoord",
        r"tenzij (?:\w+ )?anders (?:is |wordt )?overeengekomen",
    ),
    "safeguards": (
        r"hoofdstuk v\b",
        r"artikel(?:en)? 4[4-9]",
        r"art\.? ?4[4-9]",
        r"standaard ?contract",
        r"modelcontract",
        r"standard contractual",
        r"\bscc",
        r"adequaatheid",
        r"passend beschermingsniveau",
        r"passende waarborgen",
        r"bindende bedrijfsvoorschriften",
        r"binding corporate",
        r"privacy shield",
        r"data privacy framework",
        r"grondslag onder de (?:avg|wbp)",
    ),
    "exception": (
        r"niet van toepassing",
        r"met uitzondering van",
        r"uitgezonderd",
        r"uitzondering",
        r"geldt niet voor",
    ),
    "signature_waived": (
        r"(?:geen|zonder) (?:onder)?tekening",
        r"(?:handtekening|ondertekening) (?:is )?niet (?:nodig|vereist)",
        r"(?:hoeft|hoeven) (?:\w+ ){0,3}niet (?:apart |afzonderlijk )?(?:te )?(?:worden )?"
        r"(?:onder)?teken",
    ),
    "in_writing": (
        r"ondertekening",
        r"ondertekend",
        r"getekend",
        r"\b(?:onder)?teken(?:t|en)\b",
        r"handtekening",
        r"(?<!tenzij )(?<!behoudens )schriftelijk (?!anders\b).{0,40}overeengekomen",
        r"aldus overeengekomen",
        r"wijzig\w* .{0,80}schriftelijk",
        r"schriftelijk .{0,30}wijzig",
        r"elektronisch\w* .{0,40}(?:overeenkomst|vorm|akkoord)",
        r"ga akkoord met de (?:verwerkers|bewerkers)overeenkomst",
        r"akkoord\w* (?:gaat |gaan )?(?:met|op) deze (?:verwerkers|bewerkers)?(?:overeenkomst|dpa)",
        r"accepteer de (?:verwerkers|bewerkers)overeenkomst",
    ),
    "processor": (
        r"\bverwerker\b",
        r"gegevensimporteur",
        r"\bleverancier\b",
        r"\bopdrachtnemer\b",
    ),
    "forward_only": (
        r"stuurt .{0,60}door",
        r"doorsturen",
        r"doorgeleid",
        r"doorgestuurd",
        r"doorzenden",
    ),
    "audit_right": (
        r"recht",
        r"gerechtigd",
        r"\bmag\b",
        r"\bkan\b",
        r"laten uitvoeren",
        r"meewerk",
        r"medewerking",
        r"toegang",
        r"in staat stellen",
        r"onderwerp",
        r"(?:te )?\(?laten\)? (?:uitvoeren|onderzoeken|controleren)",
        r"mogelijk (?:ma|te ma)",
        r"bijdra",
        r"draagt .{0,30}bij",
        r"staat .{0,30}toe",
        r"toestaan",
    ),
    "disclaimer": (
        r"staat er niet voor in",
        r"niet (?:garanderen|garandeert)",
    ),
    "warranty": (
        r"garandeert",
        r"staat ervoor in",
        r"staat er voor in",
        r"vrijwaart",
    ),
    "subprocessor_change": (
        r"nieuwe",
        r"toevoeg",
        r"\bvoeg\w* .{0,40}\btoe\b",  # "voegen wij een subverwerker toe"
        r"vervang",
        r"wijziging",
        r"beoogde",
        r"voorgenomen",
        r"inschakel",
        r"\bgemeld",
    ),
    "audit_limited": (
        r"uitsluitend .{0,60}(?:certificaat|certificering|rapport|verklaring)",
        r"in plaats van (?:een )?(?:ter[- ]plaatse[- ])?(?:audit|controle|inspectie)",
        r"in plaats daarvan .{0,60}(?:rapport|certific|verklaring)",
        r"audit .{0,40}(?:indien|als|wanneer) (?:dit|dat) (?:redelijkerwijs )?noodzakelijk",
        r"onnodige audits",
        r"(?:alleen|uitsluitend) (?:indien|als|na) .{0,60}(?:datalek|toezichthouder|autoriteit)",
        r"ter vervanging van (?:een )?(?:individuele |fysieke )?(?:audit|controle|inspectie)",
        r"(?:kan|mag) (?:ervoor )?kiezen .{0,80}(?:rapport|certific|verklaring)",
        r"\bof (?:verstrekt|overlegt|levert|toont) .{0,40}(?:rapport|certific|verklaring)",
        r"als alternatief .{0,60}(?:rapport|certific|verklaring)",
        # an audit of papers only: no inspection
        r"beperkt tot (?:\w+ ){0,4}(?:documentatie|documenten|stukken|administratie)",
        r"(?:geen|niet) (?:\w+ ){0,3}(?:fysieke|on-?site|ter plaatse) (?:audit|inspectie|controle)",
        # an audit only where the papers fall short
        r"(?:informatie|documentatie|rapport\w*|verklaring\w*|certifica\w*)\b.{0,60}\b"
        r"(?:aantoonbaar (?:niet|onvoldoende)|onvoldoende|niet (?:voldoende|toereikend|volsta\w*))",
        r"desondanks aanleiding",
    ),
    "audit_occasion": (r"in (?:het )?geval van een (?:audit|controle|inspectie|onderzoek)",),
    "opinion": (
        r"mening",
        r"oordeel",
        r"\bacht\b",
        r"constateert",
        r"vermoedt",
    ),
    "confidential_other": (
        r"bedrijfsgeheim",
        r"bedrijfsvertrouwelijk",
        r"vertrouwelijke (?:bedrijfs)?informatie van",
        r"op vertrouwelijke basis",
    ),
    "controller_rights_recorded": (
        r"rechten en (?:plichten|verplichtingen) .{0,80}(?:vastleggen|vastgelegd|vast te "
        r"leggen|regelen)",
        r"legt .{0,20}rechten en (?:plichten|verplichtingen) vast",
        r"stelt (?:de )?(?:verwerkings)?verantwoordelijke in staat",
        r"(?:komen|komt) .{0,30}voor rekening van (?:de )?(?:verwerkings)?verantwoordelijke",
    ),
    "definition": (
        # "Persoonsgegevens: ..." defines a term; "Verwerker zal: - ..." (a lead-in) does not
        r"^(?:\d+(?:\.\d+)*\.?\s)?(?:(?!\b(?:zal|zullen|moet|moeten|mag|mogen|kan|kunnen|verplicht|verbindt)\b)"
        r"[^.;:]){1,40}:\s",
        r"wordt (?:hieronder )?verstaan",
        r"^[^.;:]{1,40}\bbetekent\b",
    ),
    "return_limited": (
        r"(?:mag|kan) .{0,40}weigeren",
        r"voor zover (?:dat |dit )?technisch (?:redelijkerwijs )?mogelijk",
        r"technisch (?:niet mogelijk|onmogelijk)|onevenredige (?:inspanning|moeite)",
        r"archiveringsdoel",
        r"rechtsvordering",
        r"geschil\w*",
        r"(?:eigen |interne )?administratie\b",
    ),
    "breach_content": (  # what a breach notice must contain (art. 33(3)): information
        r"(?:melding|kennisgeving) bevat",
        r"aard van (?:het datalek|de inbreuk|het (?:beveiligings)?incident)",
        r"(?:waarschijnlijke|vermoedelijke|mogelijke) gevolgen",
    ),
    "reasonable_only": (  # narrower than the law's "voor zover mogelijk"
        # "voor zover redelijk en technisch mogelijk" is the law's possibility, not this
        r"voor zover (?:dit |dat )?redelijk\b(?!(?: en \w+)? mogelijk)",
        r"binnen redelijke grenzen",
    ),
    "service_purpose": (  # a purpose that is only "to provide the service"
        r"(?:om|voor) (?:het leveren van )?de dienst(?:en|verlening)? te (?:leveren|verlenen)",
        r"ten behoeve van (?:de uitvoering van )?(?:het (?:leveren|verlenen) van )?"
        r"de dienst(?:en|verlening)?\b(?!,? (?:te weten|namelijk|waaronder|zoals|bestaande uit))",
    ),
}

_EN: dict[str, tuple[str, ...]] = {
    "controller": (
        r"controller",
        r"customer",
        r"\bclient\b",
        r"\byour?\b",
        r"data exporter",
    ),
    "controller_subject": (
        r"^(?:\S+\s+)?(?:the\s+|each\s+)?(?:data\s+)?(?:controller|customer|client|you|"
        r"data exporter|licensee|subscriber)(?: company)?\s+(?:shall|will|warrants|represents|is|"
        r"has|may|remains|agrees|"
        r"acknowledges|must|retains|determines|states|understands|grant)\b",
        r"(?:rights and obligations|obligations and rights) of .{0,40}(?:controller|customer|"
        r"client|you|data exporter)",
        r"controller'?s? (?:rights|obligations)",
        r"(?:controller|customer|client|you|data exporter) (?:has the right|is entitled|shall "
        r"be entitled|shall be responsible|is responsible|is solely responsible)",
    ),
    "controller_duty": (
        r"^(?:\S+\s+)?(?:the\s+|each\s+)?(?:data\s+)?(?:controller|customer|client|you|"
        r"data exporter|licensee|subscriber)(?: company)?\s+(?:shall|will|warrants|represents|"
        r"remains|agrees|acknowledges|must|undertakes|retains|states|understands|"
        r"is (?:solely )?responsible|are (?:solely )?responsible)\b",
        r"(?:rights and obligations|obligations and rights) of .{0,40}(?:controller|customer|"
        r"client|you|data exporter)",
        r"(?:controller|customer|client|data exporter)'?s? (?:\w+ )?obligations",
        r"obligations of (?:the )?(?:controller|customer|client|data exporter)",
        r"(?:controller|customer|client|you|data exporter) (?:shall be|is|are) (?:solely )?"
        r"responsible",
    ),
    "processor_subject": (
        r"^(?:\S+\s+)?(?:the\s+)?(?:sub-?)?(?:processor|supplier|vendor|service provider|"
        r"data importer|we|(?!controller|customer|client|company|parties|"
        r"each)[\w&.-]+)\s+(?:shall|will|must|agrees|undertakes|has implemented|implements|"
        r"maintains|takes|warrants|is|may)",
    ),
    "subject": (
        r"subject[- ]matter",
        r"\bsubject of (?:the|this) (?:agreement|contract|dpa|addendum|order|commission|"
        r"processing)",
        r"^(?:\d+\.?\s+)?subject and duration\b",  # the heading run into its sentence
        r"(?:apply|applies) to (?:the|all|any) (?:processing|personal data)",
        r"govern(?:s|ing)? the processing",
        r"scope of (?:this|the) (?:dpa|addendum|agreement|processing)",
        r"these clauses apply",
        r"(?:dpa|addendum|agreement) applies to",
        r"(?:process|service) ?:",
        r"in connection with (?:the )?(?:\w+ )?(?:services|agreement|contract)",
        r"in the context of (?:the )?(?:\w+ )?(?:agreement|services?|contract)",
        r"as part of (?:the|its|our) (?:\w+ )?services",
        r"process\w* (?:\w+ ){0,6}(?:within|through|via|on|for) (?:the )?(?:[\w-]+ ){0,3}"
        r"(?:platform|service|application|software|app)\b",
        r"provision of the services",
        r"for the (?:purpose of )?perform(?:ance|ing) (?:of )?the (?:main |services |master "
        r")?agreement",
    ),
    "duration": (
        r"\bduration\b(?! of (?:the |any |such |an? )?(?:audits?|inspections?|notice))",
        r"\bterm of (?:this|the)\b",
        r"remain in (?:full )?(?:force|effect)",
        r"co-?terminous",
        r"for as long as",
        r"\b(?:lasts?|applies|remains) (?:in (?:force|effect) )?(?:for )?as long as",
        r"until (?:the )?termination",
        r"terminates? (?:automatically|upon|when|on)",
        r"effective (?:date|from|as of|until)",
        r"for the (?:term|duration)\b(?! of (?:the |any |such |an? )?(?:audits?|inspections?))",
        r"processing (?:ends|starts|begins|will end)",
        r"indefinite period",
        r"terminat\w+ of the agreement\w* (?:simultaneously )?terminates",
    ),
    "purpose": (
        r"\bpurposes?\b",
        r"nature of (?:the )?processing",
        r"^(?:- )?nature\s*:",
        r"(?:only|solely|exclusively) (?:for the purposes? of |in order to |to )(?:provid|perform|"
        r"deliver)\w* the (?:services?|agreement)",
    ),
    "purpose_definition": (  # the law's definition, or "for this purpose" pointing back
        r"purposes and means",
        r"^(?:\S+ )?(?:for|to) (?:this|that|these|such) (?:purpose|end)s?\b",
        r"purpose limitation",
        r"nature, scope,? (?:context )?and purposes?",  # Art. 32's weighing of the risks
        r"taking (?:in)?to account the nature",  # Art. 28(3)(e)'s weighing
        r"determines? the purposes?",  # the definition of a controller
        r"\b(?:any|no) other purposes?",
    ),
    "data_types": (
        r"(?:types?|categor(?:y|ies)|kinds?) of (?:the )?(?:\w+ )?(?:personal )?data\b"
        r"(?! subjects?)",
        r"personal data (?:types|categories)",
        r"categories of data subjects and (?:of )?(?:personal )?data",
        r"^(?:- )?(?:personal )?data (?:processed|collected)\s*:",
        r"data categories",
        r"^\|\s*(?:personal )?data(?: elements?| items?| fields?)?\s*\|",  # a table of the data
        # a labelled list of the data itself: "Account: name, email, phone"
        r"(?::\s*|^(?:[\w/-]+ ){0,3})(?:(?:full |first |last )?names?|e-?mail(?: address(?:es)?)?|"
        r"(?:tele)?phone"
        r"(?: numbers?)?|(?:postal )?address(?:es)?|dates? of birth|ip address(?:es)?),\s*"
        r"(?:(?:full |first |last )?names?|e-?mail(?: address(?:es)?)?|(?:tele)?phone"
        r"(?: numbers?)?|(?:postal )?address(?:es)?|dates? of birth|ip address(?:es)?)\b",
        # a line listing kinds of data: "personal master data, communication data, documents"
        r"^(?:[\w./-]+ ){0,3}(?:[\w-]+ )?data(?: \([^)]*\))?, (?:[\w-]+ ){0,2}data\b",
        r"^(?:\S+ )?(?:personal )?data types?[*_]*\s*:",  # "**Data type:** ..."
        # three items in one list, wherever it stands: "such as name, email and phone number"
        rf"\b{ITEMS_EN}\b[^.;:]{{0,40}}?,\s*(?:[\w-]+\s+){{0,3}}?{ITEMS_EN}\b[^.;:]{{0,40}}?"
        rf"(?:,|\band\b|\bor\b)\s*(?:[\w-]+\s+){{0,3}}?{ITEMS_EN}\b",
    ),
    "data_subjects": (
        r"categori\w* of (?:the )?data subjects?\b",
        r"data subjects? (?:categories|types)",
        r"types of data subjects",
        # German-style agreements' "Betroffene": "categories of affected persons", "those
        # affected ... include"
        r"\baffected (?:persons|people|individuals|parties)\b",
        r"\b(?:those|persons|people|individuals) affected\b",
        r"^(?:- )?data subjects\s*:",
        r"^(?:#+\s*)?(?:\d+\.?\s+)?(?:categories of )?data subjects(?: [\w/-]+){0,2}$",
        r"^(?:the )?data subjects (?:are|include|may include|comprise|concerned are)\b",
        # a definition that names the groups: "Data Subject: ... in particular pupils"
        r"(?:^|[:;] |\d\. |- )[\"“]?data subjects?[\"”*_]*\s*(?::|means\b).{0,200}\b(?:in "
        r"particular|such as|namely)\b",
        # a line that lists the groups themselves: "employees, customers, suppliers and others"
        # "personal data of the Customer's end users", "Data Subject: individual employees"
        rf"(?:personal data|data subjects?) (?:of|about|relating to|concerning) (?:the |its |"
        rf"their |your )?(?:[\w'’]+ )?{GROUPS_EN}\b",
        # "Personal Data ... related to the Company or Company's customers or employees"
        rf"personal data\b.{{0,80}}\b(?:related|relating) to (?:[\w'’]+ ){{0,4}}{GROUPS_EN}\b",
        rf"(?:^(?:\S+ )?|\s)data subjects?[*_]*\s*:[*_]*\s*(?:the |all |individual )?"
        rf"(?:[\w'’]+ )?{GROUPS_EN}\b",
        rf"data subjects?,? (?:such as|including|e\.g\.|namely) (?:the )?(?:[\w'’]+ )?"
        rf"{GROUPS_EN}\b",
        # a definition listing groups: "Data Subject means Customer, employee of Merchant, …"
        rf"data subjects?[\"”*_]*\s*(?::|means)\s+(?:[\w'’]+ ){{0,2}}?{ONE_EN}\b[^.;]{{0,40}}?,"
        rf"\s*(?:[\w'’]+ ){{0,2}}?{ONE_EN}\b",
        r"^(?:[\w./-]+ ){0,3}(?:employees|staff|customers|clients|users|suppliers|patients|pupils|"
        r"students|members|visitors|applicants|contacts),\s*(?:\w+ ){0,2}(?:employees|staff|"
        r"customers|clients|users|suppliers|patients|pupils|students|members|visitors|applicants|"
        r"contacts)\b",
    ),
    "instruction": (
        r"instruction",
        r"(?:as|where) instructed by",
        r"on behalf of",
    ),
    "only": (
        r"\bonly\b",
        r"\bsolely\b",
        r"\bexclusively\b",
        r"\bnot .{0,40}for any other purpose",
        r"other than (?:on|in accordance with)",
        r"except on",
    ),
    "described_purposes": (
        r"(?:only|solely|exclusively) .{0,40}for the purposes? (?:described|set out|specified|"
        r"defined|stated|listed)",
    ),
    "general_assistance": (
        r"(?:its|their|the controller'?s?|the customer'?s?) obligations under (?:the )?(?:gdpr|"
        r"applicable data protection law|data protection laws?)",
    ),
    "documented": (
        r"documented",
        r"written",
        r"in writing",
    ),
    "purpose_widening": (
        r"reasonably related",
        r"own purposes (?:without|unless|except with) (?:\w+ ){0,3}consent",
        r"related purposes",
        r"compatible purposes",
        r"improv\w+ (?:its|our) (?:own )?(?:products|services)",
        r"(?:processor|provider|vendor|supplier|company)'?s? (?:own )?legitimate business purposes",
        r"(?:optimi[sz]\w*|improv\w*|develop\w*) .{0,60}(?:service offerings|(?:its|their|our) "
        r"(?:own )?(?:products|services|offerings|models))",
        r"may (?:also )?use (?:(?!not|never).){0,80}(?:its|their|our) own",
        r"(?:processor|provider|vendor|supplier) may (?:unilaterally )?(?:change|modify|"
        r"update|amend) .{0,200}purpose",
        r"(?:updated|amended|changed|modified) (?:from time to time )?by the (?:company|"
        r"processor|provider|supplier|vendor)",
    ),
    "law_exception": (
        r"unless\b.{0,40}?\b(?:required|obliged|compelled) .{0,80}(?:law|legal|statut)",
        r"(?:required|obliged|compelled) (?:to do so )?by (?:union|member state|applicable|"
        r"the )?\s?(?:law|legislation)",
        r"legal requirement",
        r"required to .{0,60}\bby .{0,40}\blaw",
        r"(?:law|legislation) requires (?:it|the processor|us|the company|the supplier|the vendor)",
        r"unless (?:that |such |the )?(?:\w+ )?(?:law|legislation)\b.{0,20}(?:prohibits|forbids)",
        r"unless .{0,40}(?:legally|lawfully|statutorily) (?:obliged|required|bound)",
        r"legal obligations? (?:in derogation|to the contrary|to deviate)",
    ),
    "retention_period": (  # data kept for a time, then deleted: "retained for 30 days"
        r"(?:retention period|retained|stored|kept) (?:for|during|up to|no longer than)\b",
    ),
    "data_location": (  # where the data stay: "stored in the EU", "hosted in Frankfurt"
        r"(?:stored|hosted|processed|kept|located|resides?|remains?|leaves?)\b.{0,60}\b"
        r"(?:in|within|inside)\s+(?:the\s+)?(?:eu|eea|european (?:union|economic area)|europe|"
        r"netherlands|germany|ireland|frankfurt|amsterdam|eu data ?cent(?:er|re)s?)\b",
        r"\b(?:eu|eea|european)[- ]?(?:based )?(?:servers|data ?cent(?:er|re)s?|hosting|region)\b",
        r"(?:sub-?processors|servers|data ?cent(?:er|re)s) (?:\w+ ){0,2}(?:within|in) (?:the )?"
        r"(?:eu|eea|europe|european (?:union|economic area))\b",
    ),
    "abroad": (r"\b(?:usa|u\.s\.a?\.|united states)\b",),
    "parties": (r"\bthe parties\b", r"\beach party\b"),  # "The Parties must notify a breach"
    "law_retention": (
        r"(?:storage|retention|retain\w*|stor(?:e|ed|ing)|keep)\b.{0,60}(?:required|obliged|"
        r"mandated|authori[sz]ed|necessary)",
        r"(?:required|obliged) .{0,40}to (?:retain|store|keep)",
    ),
    "reference_only": (
        r"\bas (?:described|set (?:out|forth)|specified|defined|identified|listed|detailed) "
        r"(?:in|under|by)\b",
        r"\bpursuant to the (?:\w+ ){0,2}(?:terms|agreement)",
        r"\bsee (?:section|annex|appendix|schedule|below|above)",
        r"(?:specified|determined|defined|identified|decided) by the (?:data )?"
        r"(?:controller|customer|client)",
        r"(?:which|what) (?:types|categories|kinds) of (?:personal )?data",  # names none
        r"\b(?:this|that|such) (?:type|kind|category) of (?:personal )?data",
    ),
    "transfer_tool": (r"standard contractual", r"\bsccs?\b", r"binding corporate rules"),
    "objection_limited": (
        r"sole (?:and exclusive )?remedy",
        r"object (?:\w+ ){0,4}by terminating",
    ),
    "duration_term": (
        r"\bduration\b(?! of (?:the |any |such |an? )?(?:audits?|inspections?|notice))",
        r"\bterm of (?:this|the)\b",
        r"for as long as",
        r"\b(?:lasts?|applies|remains) (?:in (?:force|effect) )?(?:for )?as long as",
        r"co-?terminous",
        r"remain in (?:full )?(?:force|effect)",
        r"(?:agreement|contract|dpa|addendum) (?:ends|terminates|expires) (?:automatically )?"
        r"(?:upon|when|with|at the same time|simultaneously)",
    ),
    "uses_subprocessors": (
        r"\b(?:uses|engages|relies on|works with) (?:\w+ ){0,2}sub-? ?processors",
    ),
    "accession": (r"\baccede", r"\baccession\b", r"docking clause"),
    "negated_right": (
        r"(?:not|never) (?:be )?(?:entitled|permitted|allowed|authori[sz]ed) to",
        r"\bno right",
        r"(?:shall|will|may) not (?:have|conduct|perform|carry out|be entitled)",
    ),
    "without_consent": (
        r"\b(?:may|can|is entitled to|is permitted to)\b.{0,80}without (?:the )?(?:prior )?"
        r"(?:specific )?(?:written )?(?:consent|approval|authori[sz]ation|permission)",
    ),
    "authority_request": (
        r"(?:request|order|demand|subpoena|warrant)\w* .{0,80}(?:public|government\w*|law "
        r"enforcement|judicial|competent|regulatory) (?:authorit|agenc|bod)",
        r"(?:public|government\w*|law enforcement|judicial) (?:authorit|agenc|bod)\w* .{0,80}"
        r"(?:request|order|demand|access|disclos)",
    ),
    "inform": (
        r"\binform(?!ation)",
        r"notif",
        r"\bnotice",
        r"\btell",
        r"\badvise",
    ),
    "before_processing": (
        r"before",
        r"prior to",
        r"in advance",
    ),
    "confidential": (
        r"confidential",
        r"secrecy",
        r"non-disclosure",
        r"in (?:strict(?:est)? )?confidence",
    ),
    "staff": (
        r"personnel",
        r"employ",
        r"staff",
        r"persons",
        r"people",
        r"individuals",
        r"workers",
        r"contractors",
        r"authori[sz]ed",
        r"anyone",
    ),
    "under_authority": (
        r"under the authority",
        r"under (?:its|the processor'?s?) authority",
        r"also apply to",
    ),
    "audit_word": (
        r"\baudit",
        r"inspection",
        r"auditor",
    ),
    "security": (
        r"technical and organi[sz]ational",
        r"organi[sz]ational and technical",
        r"security measures",
        r"appropriate (?:security|measures)",
        r"(?:implement|maintain|ensure|take|provide)\w* (?:\w+ ){0,2}(?:adequate|appropriate|"
        r"reasonable) security\b",
        r"level of security",
        r"(?:administrative|technical|physical),? (?:and )?(?:technical|physical|"
        r"organi[sz]ational),? (?:and )?(?:physical )?(?:safeguards|measures)",
        r"article 32.{0,30}(?:gdpr|regulation|avg)",
        r"art\.? ?32.{0,30}(?:gdpr|regulation|avg)",
    ),
    "effort_only": (
        r"(?:best|reasonable|commercially reasonable) efforts",
        r"endeavou?r",
        r"strive",
    ),
    "security_heading": (
        r"(?:^|/ | and )(?:\d+(?:\.\d+)*\.? )?(?:data |information )?security(?: measures)?\b"
        r"(?! incident| breach| event)",
        r"technical and organi[sz]ational (?:security )?measures",
    ),
    "measures_list": (
        r"(?:annex|appendix|schedule|exhibit) \w+.{0,80}measures",
        r"measures .{0,80}(?:annex|appendix|schedule|exhibit)",
        r"measures (?:include|comprise|consist of)\b",
    ),
    "subprocessor": (
        r"sub-? ?process(?:or|ing)",
        r"subcontract",
        r"another processor",
        r"third[- ]part(?:y|ies)\b.{0,40}(?:to process|process(?:es|ing)?\b|engag|"
        r"subcontract|on (?:its|our) behalf)",
        r"(?:engag|use|appoint|involv|subcontract|permit|allow)\w* .{0,40}third[- ]part(?:y|ies)",
    ),
    "authorisation": (
        r"authori[sz](?:e|es|ed|ing|ation)",
        r"consent",
        r"agrees? to the use of",
        r"approv",
        r"permission",
        r"(?:may|can|is allowed to|are allowed to) (?:engage|use|appoint|subcontract)",
        r"(?:is|are) permitted to",
        r"may be performed by",
        r"\blisted\b",
        r"list of",
        r"agreed list",
    ),
    "specific_consent": (
        r"may (?:engage|use|appoint|subcontract)\w* .{0,60}with (?:the )?(?:\w+'s )?prior "
        r"(?:specific )?(?:written )?(?:consent|authori[sz]ation|approval)",
        r"only\b.{0,60}\bwith (?:the )?(?:\w+'s )?(?:prior )?(?:specific )?(?:written )?(?:consent|"
        r"authori[sz]ation|approval)",
        r"(?:not|no) .{0,80}without (?:the )?(?:prior )?(?:specific )?(?:written )?(?:consent|"
        r"authori[sz]ation|approval|permission)",
        r"specific (?:prior )?(?:written )?authori[sz]ation",
        r"(?:prior,? )?specific,? (?:and )?(?:prior )?(?:written )?(?:permission|consent|approval)",
        r"(?:not|no) .{0,80}except .{0,160}(?:written )?(?:consent|authori[sz]ation|approval|"
        r"permission)",
        r"(?:not|no) .{0,80}\bunless\b.{0,60}(?:authori[sz]ed|approved|consented|consent|"
        r"authori[sz]ation|approval)",
    ),
    "general_authorisation": (
        r"general (?:written )?authori[sz]ation",
        r"generally authori[sz]",
        r"general consent",
        r"specific or general",  # the GDPR's own "prior specific or general written"
        r"general or specific",
    ),
    "objection": (
        r"\bobject(?:s|ion|ions)?\b",
        r"\bveto\b",
        r"\breject",
    ),
    "prior_notice": (
        r"notif",
        r"notice",
        r"\binform(?!ation)",
        r"object\w* .{0,60}before (?:it|they|the (?:new )?sub-?processors?) (?:process|start|begin|"
        r"is engaged|are engaged)",
        r"advise",
        r"announce",
        r"update .{0,30}list",
    ),
    "same_obligations": (
        r"same (?:data protection )?(?:obligations|duties|terms|level of protection)",
        r"same or substantially similar",
        r"substantially the same",
        r"no less protective",
        r"equivalent",
        r"at least the same",
        r"no less (?:onerous|stringent)",
        r"materially the same",
        r"same data protection",
        r"consistent with this (?:addendum|dpa|agreement)",
        r"at least as protective",
        r"obligations .{0,120}(?:also )?imposed on (?:the |any |each |such )?sub-?processor",
        r"obligations .{0,80}(?:shall|will) apply (?:\w+ ){0,2}to (?:the |any |each |such )?"
        r"sub-?processor",
        r"sub-?processors?\)? (?:\w+ ){0,3}(?:complies|comply|complying|is bound|are bound|"
        r"adheres?)\b.{0,60}obligations (?:of|under|in) this (?:dpa|addendum|agreement)",
    ),
    "flow_down_topic": (
        r"impose",
        r"flow down",
        r"ensures? that (?:its |any |all |the |each |such )?sub-?processors?",
        r"\bbind",
        r"\bcontracts?\b",
        r"written agreement",
        r"safeguard",
        r"same (?:obligations|duties|terms)",
        r"(?:a|an|its own|their own|separate|written|similar) (?:standard )?(?:dpa|data "
        r"processing (?:agreement|addendum))\b",
        r"similar (?:obligations|terms|duties)",
        r"obligations (?:that|which) apply to (?:the )?(?:processor|supplier|vendor)",
        r"pass\w* on (?:its |the |these |all )?(?:\w+ )?obligations",
        r"no less (?:protective|stringent|onerous)",
        r"data[- ]processing[- ](?:agreements|addenda)",
    ),
    "liability": (
        r"liable",
        r"liability",
        r"fully responsible",
        r"remains? (?:fully |solely |entirely )?responsible",
        r"responsible for (?:[\w']+ ){0,3}(?:performance|compliance)",
        r"answer for",
        r"answerable",
    ),
    "data_subject_named": (r"\bdata subjects?\b", r"\bindividuals?\b"),
    "law_title": (r"protection of natural persons with regard to the processing",),
    "dsr": (
        r"data[- ]subject['’]?s?['’]? (?:request|rights)",
        r"chapter iii\b",  # the data subject's rights, Arts. 12-23
        r"requests? (?:from|by|of) (?:a |the )?data subject",
        r"exercise of (?:their|the) rights",
        r"data subject rights",
        r"data subjects? (?:assert|exercise|invoke)\w* (?:their |his |her |any )?rights",
        r"interested part(?:y|ies)",
        r"\bdsars?\b",
        r"\bdsrs?\b",
        r"seeking to exercise",
        r"requests? .{0,40}(?:access|rectification|erasure|portability)",
        r"data subject .{0,30}request",
        r"obligations .{0,40}(?:data subjects?'? rights|rights of (?:the )?data subjects?)",
    ),
    "dsr_heading": (r"data subjects?'?s?'? rights|rights of (?:the )?data subjects?",),
    "request": (r"\brequest",),
    "assist": (
        r"assist",
        r"cooperat",
        r"support",
        r"\bhelp",
        r"to enable (?:the )?(?:customer|controller|you|client)",
        r"so that (?:the )?(?:controller|customer|client) can",
        r"(?:sufficient|enough) (?:information )?to (?:allow|enable) (?:the )?"
        r"(?:controller|customer|client)",
    ),
    "mutual_agreement": (
        r"mutual(?:ly)? agree",
        r"in consultation",
        r"good faith negotiation",
    ),
    "breach": (
        r"personal data breach",
        r"breach\w* (?:of|related to|relating to) (?:the )?(?:\w+ )?(?:protection|data protection|"
        r"security)",
        r"(?:personal )?data (?:protection |privacy )?breach",
        r"security incident",
        r"data breach",
        r"security breach",
        r"breach of security",
        r"incident",
        r"data leak",
        r"aware of (?:any |an )?(?:accidental|unauthori[sz]ed|unlawful)",
    ),
    "breach_notice_verb": (
        r"notif(?:y|ies|ied)",
        r"inform",
        r"report",
        r"notice",
    ),
    "prompt": (
        r"without undue delay",
        r"immediately",
        r"promptly",
        r"within \d+ ?(?:hours|business days|days)",
        r"within (?:twenty|forty|seventy|twelve|twenty-four|forty-eight|seventy-two) ",
        r"as soon as",
        r"without delay",
        r"forthwith",
    ),
    "breach_assistance": (
        r"breach",
        r"notif\w*\b.{0,30}(?:supervisory|data subjects|affected|authorit|regulator)",
        r"articles? 3[34]",
        r"incident",
    ),
    "authority_notice": (
        r"(?:to|and) (?:\w+ ){0,3}notify (?:the )?(?:relevant |competent )?supervisory authorit",
        r"notif\w* (?:obligations? )?(?:to|of|with) (?:the )?(?:relevant |competent )?"
        r"supervisory authorit",
        r"information .{0,60}(?:to allow|to enable|necessary for|needed for|required for) .{0,60}"
        r"notif",
    ),
    "dpia": (
        r"data protection impact",
        r"impact assessment",
        r"\bd?pias\b",
        r"\bd?pia\b",
        r"assessment of the impact",
        r"article 35.{0,30}(?:gdpr|regulation|avg)",
        r"art\.? ?35.{0,30}(?:gdpr|regulation|avg)",
    ),
    "prior_consultation": (
        r"prior consultation",
        r"regulatory consultations?",
        r"(?:dpias?|impact assessments?),? (?:and|or) (?:prior )?consultations?",
        r"consult\w* (?:with )?(?:the )?(?:competent )?supervisory",
        r"consult\w* (?:with )?(?:the |its |their )?(?:relevant |competent )?(?:data protection |"
        r"supervisory |regulatory |other )+(?:or other )?(?:regulatory )?authorit",
        r"article 36.{0,30}(?:gdpr|regulation|avg)",
        r"art\.? ?36.{0,30}(?:gdpr|regulation|avg)",
    ),
    "range_32_36": (r"(?:articles?|arts?\.?) ?3[23] ?(?:to|through|-|–) ?36",),
    "end": (
        r"terminat",
        r"expir",
        r"end of",
        r"cessation",
        r"conclusion of",
        r"after the end",
        r"fulfil\w* (?:of )?the purpose",
        r"purposes? .{0,80}(?:ha(?:ve|s) been|are|is) (?:fulfill?ed|achieved|completed)",
        r"no longer (?:needed|necessary|required)",
        r"completion of the (?:services|purpose)",
        r"ceases? to (?:be effective|have effect|apply)",
    ),
    "delete": (
        r"delet",
        r"destr",
        r"eras",
        r"dispos",
    ),
    "return": (
        r"\breturn",
        r"hand over",
        r"transfer back",
        r"export",
        r"make available",
    ),
    "audit": (
        r"(?<!summaries of )\baudit(?![- ](?:reports?|logs?|trails?|summar|questionnaires?))"
        r"(?! (?:our|the|its) (?:source )?code)",
        r"inspection",
    ),
    "audit_enable": (
        r"allows? for and contributes? to (?:\w+ ){0,3}audits?",
        r"(?:allow|permit|facilitate|submit to|cooperate with|contribute to)\w* (?:\w+ ){0,3}"
        r"audits?\b(?! (?:our|the|its) (?:source )?code)",
        r"submit\w* (?:\w+ ){0,5}(?:for|to) (?:an? )?(?:audit|inspection)",
    ),
    "info_compliance": (
        r"information (?:necessary|required|reasonably)",
        r"all (?:necessary|relevant) information",
        r"demonstrate compliance",
        r"information .{0,120}(?:necessary|needed|required) to (?:confirm|demonstrate|show) .{0,40}"
        r"compliance",
        r"(?:inform|notify)\w* .{0,40}(?:about|of|in regard to|regarding|on) the (?:\w+ ){0,2}"
        r"measures",
    ),
    "authority_only": (
        r"supervisory authorit",
        r"regulator",
    ),
    "infringes": (
        r"infring",
        r"violat",
        r"in breach of",
        r"contraven",
        r"unlawful",
        r"not comply",
        r"breach(?:es)? (?:the |any )?(?:applicable )?(?:gdpr|law|data protection)",
        r"conflict .{0,60}(?:law|regulation|gdpr)",
        r"contrary to",
        r"non-?compliant with",
        r"contradictory (?:with|to)",
        r"in (?:contradiction|conflict) with",
        r"(?:is|are|be) not (?:in )?complian(?:t|ce) with",
    ),
    "no_duty_to_check": (  # "the Processor is not obliged to verify the instructions"
        r"not (?:be )?(?:obliged|required|responsible|under (?:any|an) obligation)\b.{0,40}\bto "
        r"(?:verify|check|monitor|assess|review|investigate|examine)",
        r"no (?:obligation|duty) to (?:verify|check|monitor|assess|review|investigate|examine)",
    ),
    "transfer": (
        r"third countr",
        r"outside (?:of )?(?:the )?(?:eea|eu\b|european|europe)",
        r"international organi[sz]ation",
        r"international (?:data )?transfer",
        r"restricted transfer",
        r"transfer\w* .{0,60}(?:outside|countr|abroad|internationa)",
        r"cross-border",
        r"to any country",
        r"data residency",
        r"(?:only|exclusively)\b.{0,40}\bwithin the (?:eea|eu\b|european)",
        r"(?:stored|processed|hosted) (?:only )?within the (?:eea|eu\b|european)",
        r"processing (?:in|to) other countries",
        r"outside (?:of )?(?:the )?(?:uk|united kingdom)\b",
    ),
    "eea": (
        r"\beea\b",
        r"european economic area",
    ),
    "eu": (
        r"\beu\b",
        r"european union",
    ),
    "transfer_control": (
        r"instruction",
        r"consent",
        r"authori[sz](?:ed|es|ation) (?:by|of|from) (?:the )?(?:controller|customer|client|you)",
        r"(?:prior|written|express|specific) (?:written )?(?:authori[sz]ation|approval|agreement)",
        r"approv\w* (?:by|of) (?:the )?(?:controller|customer|client|you)",
        r"(?:agreed|approved|authori[sz]ed) (?:upon )?(?:in writing|in advance)",
        r"unless otherwise agreed",
        r"(?:controller|customer|client)(?:'s)? (?:has )?(?:agreed|agrees|approved|approves|"
        r"authori[sz]ed|authori[sz]es)",
    ),
    "safeguards": (
        r"chapter v\b",
        r"articles? 4[4-9]",
        r"art\.? ?4[4-9]",
        r"standard contractual",
        r"\bsccs?\b",
        r"adequacy",
        r"adequate (?:level of )?protection",
        r"appropriate safeguards",
        r"binding corporate",
        r"data privacy framework",
        r"privacy shield",
        r"transfer mechanism",
    ),
    "exception": (
        r"does not apply",
        r"shall not apply",
        r"except(?:ion)?\b",
        r"excluding",
    ),
    "signature_waived": (
        r"no (?:separate |additional |further )?(?:counter-?)?signature (?:is )?(?:required|needed|"
        r"necessary)",
        r"(?:without|does not require|do not need) (?:a |any )?(?:separate |additional )?"
        r"(?:counter-?)?signature",
        r"(?:do|does|need) not (?:need to |have to )?sign (?:a |any )?(?:separate|additional)",
    ),
    "in_writing": (
        # not a signature of code or tokens ("detection signatures", "tokens are signed with a
        # secret", "signed URLs") nor an auditor who signs a confidentiality agreement
        r"(?<!detection )(?<!virus )(?<!malware )(?<!digital )(?<!code )"
        r"\bsign(?:ed|ature|atures)?\b(?!-)(?! with\b)(?! (?:urls?|links?|tokens?|cookies?)\b)"
        r"(?! an? (?:confidentiality|non-disclosure|nda)\b)",
        r"\bsigning (?:this|the|below|of)\b",
        r"in witness",
        r"(?:parties|undersigned) (?:have |has )?(?:duly )?execut",
        r"execut\w* (?:by|between) (?:and between|the parties|both parties)",
        r"duly execut",
        r"execut\w* in (?:any number of )?counterparts",
        r"(?:dpa|addendum|agreement) (?:may|shall|will) be execut",
        r"electronic form\b",
        r"(?:parties|party) (?:acknowledge|accept|agree)\w*(?: and (?:agree|accept)\w*)? (?:to )?"
        r"this (?:dpa|addendum|data processing (?:agreement|addendum))",
        r"written form",
        r"(?:is|as) an? (?:written|electronic) agreement",
        r"(?:amend|modif)\w* .{0,80}in writing",
        r"in writing .{0,40}(?:amend|modif)",
        r"duly authori[sz]ed representatives",
    ),
    "processor": (
        r"processor",
        r"\bcontractor\b",
        r"\bvendor\b",
        r"\bsupplier\b",
        r"service provider",
        r"\bwe\b",
        r"data importer",
    ),
    "forward_only": (
        r"forward",
        r"pass (?:it )?on",
        r"redirect",
        r"refer",
    ),
    "audit_right": (
        r"right",
        r"entitled",
        r"\bmay\b",
        r"permit",
        r"allow",
        r"contribute",
        r"submit",
        r"cooperat",
        r"grant access",
        r"conduct",
        r"carry out",
        r"request",
    ),
    "disclaimer": (
        r"does not warrant",
        r"no warranty",
        r"not guarantee",
    ),
    "warranty": (
        r"warrant",
        r"represents",
        r"indemnif",
    ),
    "subprocessor_change": (
        r"\bnew\b",
        r"addition",
        r"replac",
        r"change",
        r"intended",
        r"engag",
        r"appoint",
    ),
    "audit_limited": (
        r"\bor (?:provides?|supplies|furnish\w*|shares?) .{0,40}(?:report|certific|attestation)",
        r"rely on (?:such )?(?:certifications|reports|audit report)",
        r"following a confirmed",
        r"in lieu of",
        r"instead of (?:an )?(?:on-site )?audit",
        r"instead,? .{0,60}(?:audit report|certification|soc ?2)",
        r"audits?,? including:? (?:- )?(?:soc|iso|third-party|(?:audit |assessment )?reports?|"
        r"certific|questionnaire)",
        r"(?:only|solely) (?:if|where|following|after) .{0,60}(?:breach|supervisory authority|"
        r"required by)",
        r"only exercise .{0,40}audit",
        r"audit rights? .{0,80}(?:only|solely|exclusively) .{0,60}(?:report|certif|questionnaire)",
        r"(?:may|can) (?:choose|elect|opt|decide) to .{0,80}(?:report|certif)",
        r"satisf\w* (?:any |such )?audit (?:requests?|rights?|obligations?) by "
        r"(?:providing|making)",
        # an audit of papers only: no inspection
        r"audit (?:\w+ ){0,2}on the (?:\w+ )?documents",
        r"limited to (?:[\w'’]+ ){0,4}(?:records|documents|documentation)\b",
        r"(?:does|shall) not (?:apply|extend) to (?:[\w'’]+ ){0,3}(?:physical|premises|on-?site)",
        r"\bno (?:on-?site|physical) (?:audits?|inspections?|access)",
        # an audit only where the papers fall short
        r"(?:documentation|information|documents|reports?)\b.{0,80}\b(?:(?:reasonably |"
        r"demonstrably )?insufficient|do(?:es)? not (?:sufficiently|adequately) demonstrate|"
        r"not sufficient|inadequate)",
    ),
    "audit_occasion": (r"in (?:the )?(?:case|event) of an? (?:audit|inspection|investigation)",),
    "opinion": (
        r"opinion",
        r"believes",
        r"considers",
        r"determines",
        r"becomes aware",
        r"view",
    ),
    "confidential_other": (
        r"business secret",
        r"trade secret",
        r"on a confidential basis",
        r"redact",
        r"confidential information of",
    ),
    "controller_rights_recorded": (
        r"set(?:s)? out .{0,40}(?:rights and obligations|obligations and rights)",
        r"(?:rights and obligations|obligations and rights) .{0,60}(?:set out|recorded|laid down)",
    ),
    "definition": (
        r"^[^.;:]{1,60}\b(?:means|shall mean|has the meaning|will have the meaning)\b",
        r"^\W*[\w\"“”' -]{1,40}:\s+(?:an?|any)\s",  # "- Data Subject: an individual whose ..."
    ),
    "return_limited": (
        r"(?:may|can) (?:\w+ )?refuse",
        r"freedom of expression",
        r"archiving purposes",
        r"defen[cs]e of legal claims",
        r"(?:its|their) (?:own )?(?:legitimate )?business purposes",
        r"(?:technically impossible|not technically (?:possible|feasible)|disproportionate effort)",
    ),
    "breach_content": (  # what a breach notice must contain (art. 33(3)): information
        r"nature of the (?:personal data )?breach",
        r"likely consequences",
        r"notification shall (?:include|contain|describe)",
    ),
    "reasonable_only": (  # narrower than the law's "insofar as this is possible"
        r"to the extent reasonable\b(?!(?: and \w+)? possible)",
        r"where reasonable\b",
        r"as far as reasonable\b",
    ),
    "service_purpose": (  # a purpose that is only "to provide the service"
        r"(?:for the purposes? of|in order to|to) provid\w* the services?\b"
        r"(?!,? (?:namely|i\.e\.|including|such as|consisting of))",
        r"for the purposes? of the (?:\w+ )?(?:services?|agreement|contract)\b"
        r"(?!,? (?:namely|i\.e\.|including|such as|consisting of))",
    ),
}


def _compile(concepts: dict[str, tuple[str, ...]]) -> Lexicon:
    return {name: Cue.of(alternatives) for name, alternatives in concepts.items()}


LEXICONS: dict[str, Lexicon] = {"nl": _compile(_NL), "en": _compile(_EN)}
BOTH: Lexicon = {name: Cue.of(_NL[name] + _EN[name]) for name in _NL}  # language unknown
