"""Word lists the troop-movement rules use: general English and a general gazetteer.

Nothing here names an article's sentences: these are the personnel nouns, formation
nouns, verbs and the countries, demonyms, capitals and regions any report may use.
"""

import re

from posture.lang import gazetteer
from posture.lang.tails import Tail
from posture.lang.gazetteer import CAPITALS, COUNTRIES, DEMONYMS, NATIONALS

WINDOW = 240  # how far before or after a number or a unit its words are read: every rule is local, the work linear
PERSONNEL = (
    "troops", "troop", "soldiers", "soldier", "service members", "servicemembers", "service personnel",
    "servicemen", "servicewomen", "personnel", "forces", "paratroopers", "marines", "sailors", "airmen",
    "troopers", "infantry", "infantrymen", "commandos", "reservists", "guardsmen", "conscripts",
    "peacekeepers", "fighters", "military police", "special forces", "members", "staff", "blue helmets",
    "trainers", "instructors", "military advisers", "military advisors", "advisers", "advisors", "sappers", "gunners",
    "medics", "gurkhas", "rangers", "legionnaires", "jaegers", "j\u00e4gers", "riflemen", "fusiliers", "dragoons", "paratroops", "recruits", "force members", "military members",
    "engineers", "volunteers", "officers", "men and women", "crew members", "crewmembers", "crews", "crew",
    "military observers", "observers", "reinforcements", "defenders", "security personnel",
    "technicians", "pilots", "aircrew", "newcomers",
)
# Nouns a number may be "-strong" for, or be "a ... of": formations and bodies of troops.
FORMATIONS = (
    "battle groups", "battle group", "battlegroups", "battlegroup", "brigade combat teams",
    "brigade combat team", "squadrons", "squadron", "brigades", "brigade", "battalions", "battalion",
    "regiments", "regiment", "divisions", "division", "companies", "company", "batteries", "battery",
    "task forces", "task force", "units", "unit", "detachment", "platoon", "rapid reaction force",
    "reaction force", "response force", "battalion group", "strike group", "expeditionary unit", "air wing",
    "carrier battle group", "battle group",
    "headquarters", "carrier group", "aircraft carrier group", "carrier strike group", "amphibious ready group",
    "task group", "tactical group",
)
# Words that count troops only where the paragraph speaks of troops: "7,000 fresh men", "670 Norwegians".
CONTEXT_PERSONNEL = ("men", "women", *NATIONALS)
# What civilians counted by nation do, not troops: "700,000 Haitians have been driven from their homes".
CIVILIAN_AFTER = re.compile(
    r"\s+(?:(?:have|has|had)\s+(?:been\s+)?|were\s+|are\s+|now\s+)?(?:driven|displaced|forced|fled|flee|fleeing|"
    r"evacuated|live|living|lived|work|working|worked|reside|residing|died|stranded|trapped|voted|emigrated|"
    r"refugees|civilians|tourists|workers|students|residents)\b", re.I)
# Words for people who are not forces, in a sentence that names no troops: "15,000 people died", "migrants".
CIVILIAN_WORD = re.compile(r"\b(?:people|civilians?|refugees|residents|migrants|inhabitants|villagers|displaced|"
                           r"asylum[- ]seekers|evacuees|families)\b", re.I)
# A verb right after a name: the name is its clause's subject ("Warsaw has said", "at Kumanovo, Yugoslavia must").
VERB_NEXT = re.compile(r"\s+(?:has|have|had|is|are|was|were|said|says|will|would|did|does|denied|denies|must|could|"
                       r"should|can|may|plans|sent|sends|deployed|deploys|agreed|announced)\b")
BODIES = ("contingent", "force", "army", "deployment", "mission", "garrison", "team", "presence", "element", "party")
# Words that may stand between a number and its personnel noun ("1,000 US service members").
MODIFIERS = frozenset(
    """more additional extra new further other active active-duty combat ground infantry artillery
    military rotational allied airborne armed elite special reserve regular frontline front-line army
    naval navy air national guard marine multinational foreign western eastern heavily lightly
    american-led nato-led ukrainian-trained trained well-trained armoured armored mechanised mechanized
    royal us u.s. uk u.k. own returning departing remaining arriving deployed regular amphibious motorised motorized
    mountain parachute expeditionary territorial liaison uniformed serving fresh part-time full-time contract
    unarmed professional career female male alliance coalition defence defense force peacekeeping medical
    logistics engineering signals coastal government pro-government federal interior embarked""".split()
)
NAMED_HEADS = ("Division|Brigade Combat Team|Brigade|Regiment|Corps|Battalion|Squadron|Group|Fleet|Wing|Battery|Company|"
               "Task Force|Commando|Infantry|Artillery|Expeditionary Unit|Expeditionary Force|Unit|Headquarters|Flotilla|Army")
ORDINAL = r"(?:\d+(?:st|nd|rd|th)/\d+(?:st|nd|rd|th)|\d+(?:st|nd|rd|th)|[IVXL]{2,}|V|First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth|Eleventh|Twelfth)"
_CAP = "[A-Z\u00c0-\u00de]"
_REGIMENTAL = "Hussars|Guards|Rifles|Lancers|Dragoons|Fusiliers|Highlanders|Regiment|Scots|Irish|Gurkhas|Commando"
# A formation named as a proper noun: "82nd Airborne Division", "1st Battalion, The Rifles",
# "Panzer Brigade 45", "Carrier Strike Group 2", "Task Force Kestrel", "No. 1 Squadron RAF Regiment".
NAMED_UNIT = re.compile(
    # a unit and its parent, both numbered: "2nd Squadron, 2nd Cavalry Regiment", "2nd Brigade, 1st Cavalry Division"
    rf"\b{ORDINAL}\s+(?:{_CAP}[\w-]*\s+){{0,3}}(?:Squadron|Battalion|Brigade(?!\s+Combat)|Company|Battery),\s+"
    rf"{ORDINAL}\s+(?:{_CAP}[\w-]*\s+){{0,3}}(?:Regiment|Division|Brigade|Marines|Rifles)\b|"
    rf"\b{ORDINAL}\s+Battalion,?\s+(?:(?:[Tt]he\s+)?(?:{_CAP}[\w'\u2019-]*\s+){{0,3}}(?:{_REGIMENTAL})"
    rf"(?:\s+of\s+{_CAP}[\w'\u2019-]*)?|"                                # "2nd Battalion, Royal Regiment of Scotland"
    rf"{ORDINAL}\s+(?:{_CAP}[\w'\u2019-]*\s+){{0,3}}Regiment)\b"
    # "3rd Battalion, the Highland Borderers", "1st Regiment, Royal Canadian Horse Artillery": the regiment after a comma
    rf"|\b{ORDINAL}\s+(?:Battalion|Regiment),\s+(?:[Tt]he\s+{_CAP}[\w'\u2019-]*|{_CAP}[\w'\u2019-]*\s+{_CAP}[\w'\u2019-]*)"
    rf"(?:\s+{_CAP}[\w'\u2019-]*){{0,3}}\b"
    rf"|\b{ORDINAL}\s+(?:{_CAP}[\w'\u2019-]*\s+){{0,5}}(?:{NAMED_HEADS})\b"
    rf"|\bRoyal\s+{ORDINAL}\s+(?:{_CAP}[\w'\u2019-]*\s+){{0,2}}(?:{NAMED_HEADS})\b"
    rf"|\b\d+\s+(?:Commando|Squadron|Battalion|Brigade)(?:\s+(?:Brigade|Regiment|Group))?"
    rf"(?:,\s+Royal\s+(?:Marines|Artillery|Engineers|Signals))?\b"   # "41 Commando, Royal Marines"
    rf"|\b\d\s+Para\b"  # "3 Para": a battalion of the Parachute Regiment
    # British and Indian style: "16 Air Assault Brigade", "14 Corps", "3 Division"
    rf"|\b\d{{1,3}}\s+(?:{_CAP}[\w-]*\s+){{0,3}}(?:Brigade|Corps|Division|Regiment|Battalion|Wing|Squadron)\b"
    # "the 82nd Airborne", "the 10th Mountain": divisions named without the word
    rf"|\b\d+(?:st|nd|rd|th)\s+(?:Airborne|Mountain)\b(?!\s+(?:Division|Brigade|troops|soldiers|paratroopers))"
    # "the sixth Brazilian contingent", "the 12th rotation"
    rf"|\b(?i:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|\d+(?:st|nd|rd|th))\s+"
    rf"(?:{_CAP}[a-z]+\s+)?(?i:contingent|rotation)\b"
    rf"|\bNo\.\s*\d+\s+(?:Squadron|Group|Wing)(?:\s+RAF(?:\s+Regiment)?)?"
    # a naval group named for its ship: "the USS Gerald R. Ford carrier strike group", "the Iwo Jima Amphibious Ready Group"
    rf"|\b(?:USS|HMS|HMAS|HMCS|HMNZS|INS|JS|ROKS|FS|ITS|TCG|HNLMS|BRP|KRI|PNS|CNS)\s+(?:{_CAP}[\w.'\u2019-]*\s+){{1,4}}"
    rf"(?i:carrier\s+strike\s+group|strike\s+group|task\s+group|amphibious\s+ready\s+group)\b"
    rf"|\b(?:(?!The\b|A\b|An\b){_CAP}(?:[\w-]|(?<=\b[A-Z])\.)*\s+){{1,4}}(?:Amphibious\s+Ready\s+Group|Carrier\s+Strike\s+Group|"
    rf"Expeditionary\s+Strike\s+Group)\b"
    rf"|\b(?:{_CAP}[\w-]*\s+){{0,3}}(?:Brigade|Battalion|Regiment|Squadron|Group|Division|Wing|Flotilla|"
    rf"Task\s+Force|Task\s+Group|Team)\s+\d+(?:\.\d+)?\b"
    r"|\b\d+(?:st|nd|rd|th)\s+(?:[a-z][\w-]*\s+){0,4}(?:brigade|division|regiment|battalion|army|fleet|squadron|base)\b"
    rf"|\b{_CAP}[a-z\u00e0-\u00ff]+(?:bataillon|brigade|regiment|division|geschwader)\s+\d+\b"
    rf"|\b(?:(?!The\b|A\b|An\b|Its\b|Their\b){_CAP}[\w-]*\s+){{1,3}}Task\s+Force\b(?!\s+{_CAP})"  # "Bomber Task Force"
    rf"|\b(?:(?!The\b|A\b|An\b){_CAP}[\w'\u2019-]*\s+){{0,2}}(?:Task\s+Force|Battle\s+Group|Brigade|Division|Combat\s+Team)"
    rf"\s+(?!of\b|in\b|at\b|and\b){_CAP}[a-z\u00e0-\u00ff]+\b"
    # acronyms of battalions and regiments: "2FIR", "3RAR", "1RGR"
    r"|\b\d[A-Z]{2,6}\b"
    rf"|\b(?:(?!The\b|A\b|An\b){_CAP}[\w'\u2019-]*\s+){{0,3}}(?:Rotational|Expeditionary|Response|Reaction|Training|Intervention|Deployment|"
    rf"Monitoring|Protection|Stabilisation|Stabilization)\s+(?:Force|Group)"
    rf"(?:-{_CAP}[\w]+)?\b"
    rf"|\b(?!The\b|A\b|An\b|Its\b|Their\b)(?:{_CAP}[\w'\u2019-]*\s+){{1,4}}(?:{_REGIMENTAL}|Brigade|Battalion|Battlegroup|Fleet)\b"
    # "the Presidential Guard", "the Pennsylvania National Guard"; not the National, Coast or Border Guard alone
    rf"|\b(?!(?:The|A|An|National|Coast|Border|Home|Honou?r|Colou?r|Old)\s+Guard\b)(?!The\b|A\b|An\b|Its\b|Their\b)"
    rf"(?:{_CAP}[\w'\u2019-]*\s+){{1,3}}Guard\b(?!s)"
    rf"|\b(?!Marine\b|Peace\b|Press\b|Diplomatic\b|The\b)(?:{_CAP}[\w-]*\s+){{1,2}}Corps\b"
)
# A formation named by a common noun, with a capitalised name or military adjectives before it:
# "Stryker squadron", "armoured brigade", "coastal surveillance unit".
UNIT_ADJECTIVES = ("armoured|armored|mechanised|mechanized|infantry|tank|artillery|airborne|light|heavy|"
                   "air defence|air defense|air assault|special forces|engineer|logistics|signals|medical|"
                   "surveillance|coastal|reconnaissance|combat|rapid|naval|marine|amphibious|aviation|missile|"
                   "commando|rifle|mountain|paratroop|parachute|cavalry|combined arms|motor rifle|motorised rifle|"
                   "motorized rifle|reserve|territorial|armoured cavalry|armored cavalry|mechanised cavalry|"
                   "mechanized cavalry|special operations|expeditionary|peacekeeping|rapid reaction|quick reaction|"
                   "reaction|outgoing|incoming|relieving|replacement|advance|helicopter|security|protection|training|"
                   "support|engineering")
GENERIC_UNIT = re.compile(
    r"\b(?:(?P<name>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2})\s+|(?P<adjectives>(?:(?:" + UNIT_ADJECTIVES + r")\s+){1,2}))?"
    r"(?P<noun>" + "|".join(FORMATIONS) + r")\b"
)

# Does a sentence name a formation at all? Only then may it hold a unit that moves with no number.
# names_formation() asks first, by plain substrings, whether a word FORMATION_WORD could match is there at all.
_FORMATION_KEYS = frozenset({phrase.split()[-1] for phrase in FORMATIONS} | {
    "division", "brigade", "battalion", "regiment", "corps", "squadron", "group", "force", "fleet", "wing", "unit",
    "commando", "flotilla", "airborne", "mountain", "contingent", "rotation", "divisions", "brigades", "battalions",
    "regiments", "squadrons", "groups", "forces", "fleets", "wings", "units", "commandos", "flotillas", "contingents",
    "rotations", "army", "armies", "infantry", "artillery"})
_WORDS = re.compile(r"[a-z]+")
_ACRONYM_UNIT = re.compile(r"\b\d[A-Z]{2,6}\b")


def names_formation(text: str) -> bool:
    """Could the sentence hold a formation that moves with no number? A word-level look for the words
    NAMED_UNIT and GENERIC_UNIT end in (they need a word boundary, so a word inside another never counts)."""
    lower = text.lower()
    return (not _FORMATION_KEYS.isdisjoint(_WORDS.findall(lower)) or bool(_COMPOUND_UNIT.search(lower))
            or bool(_ACRONYM_UNIT.search(text)))


_COMPOUND_UNIT = re.compile(r"[a-z\u00e0-\u00ff](?:bataillon|brigade|regiment|division|geschwader)\b")  # "Panzerbrigade 21"


FORMATION_WORD = re.compile(r"(?i:" + "|".join(FORMATIONS) + r")\b|\b(?:Division|Brigade|Battalion|Regiment|Corps|Squadron|"
                            r"Group|Force|Fleet|Wing|Unit|Commando|Flotilla)\b|bataillon|\b\d+(?:st|nd|rd|th)\s+(?:Airborne|Mountain)\b"
                            r"|\b\d[A-Z]{2,6}\b|(?i:\bcontingent\b|\brotation\b)")

TITLES = re.compile(
    r"^\W*(?:president|prime|minister|ministry|defen[cs]e|chancellor|foreign|officials?|spokes\w*|media|daily|"
    r"ambassador|counterpart|leader|secretary|government|correspondent|news|press|embassy|envoy|king|queen|"
    r"state|army chief|general|commander|intelligence|authorities|diplomats?|sources?|politicians|document)\b",
    re.I,
)

# Numbers that are not counts of troops: the dead, wounded and captured ("killed 54 soldiers",
# "two soldiers were wounded"), temperatures ("minus 30"), a number that names a unit ("Panzer
# Brigade 45", "Carrier Strike Group 2"), and personnel words that name a vehicle ("infantry fighting vehicles").
HARM = (r"(?:killed|wounded|injured|hurt|dead|died|captured|missing|taken\s+prisoner|taken\s+captive|executed|"
         r"detained|arrested|lost\s+(?:their|his|her)\s+lives?)")
HARMED_AFTER = re.compile(
    # "were slightly hurt", "and two Fijian peacekeepers were wounded": the count is of people harmed
    rf"\s*,?\s*(?:(?:and|or)\s+[^,.;:]{{0,60}}?\s+)?(?:who\s+|that\s+)?(?:(?:were|was|are|is|have|has|had|being|been|"
    rf"reportedly|later|also|went|gone|remain|remained|still|\w+ly)\s+){{0,3}}{HARM}\b",
    re.I)
NOT_A_COUNT_BEFORE = Tail(re.compile(
    r"(?:\b(?i:kill(?:ed|ing|s)?|wound(?:ed|ing|s)?|injur(?:ed|ing|es|e)|captur(?:ed|ing|es|e)|lost|los(?:es|ing)|"
    r"minus|casualties\s+(?:of|among)|(?:the\s+)?(?:loss|deaths?|bodies|remains|population|inhabitants)\s+of)\s+(?:(?:at\s+least|some|about|around|nearly|more\s+than|over|an?\s+estimated)\s+)?"
    r"|\b[A-Z][\w-]*\s+(?:Brigade|Battalion|Squadron|Regiment|Division|Group|Wing|Corps|Fleet|Flotilla|Force|Company)\s+"
    r"(?:No\.?\s*)?|\b[A-Z][\w-]*(?:bataillon|brigade|regiment|geschwader|division)\s+)$"),
    endings=("kill", "killed", "killing", "kills", "wound", "wounded", "wounding", "wounds", "injure", "injured",
             "injuring", "injures", "capture", "captured", "capturing", "captures", "lost", "loses", "losing", "minus",
             "of", "among", "least", "some", "about", "around", "nearly", "than", "over", "estimated",
             "brigade", "battalion", "squadron", "regiment", "division", "group", "wing", "corps", "fleet", "flotilla",
             "force", "company", "no", "no.", "bataillon", "geschwader"))
NOT_A_COUNT_AFTER = re.compile(
    r"^\s*(?:degrees\b|\u00b0|per\s*cent\b|percent\b|%|(?:euros?|dollars?|pounds|yen|yuan|rupees?|r[ou]bles?|francs?|"
    r"kronor|kroner|krona|shekels?|dinars?|dirhams?|riyals?|pesos?|naira|shillings?|won|baht|SEK|NOK|DKK|USD|EUR|GBP)\b)",
    re.I)
CURRENCY_BEFORE = Tail(re.compile(r"[$\u20ac\u00a3\u00a5\u20b9]\s*$|\b(?:US\$|USD|EUR|SEK|NOK|GBP)\s*$"),
                       endings=("$", "\u20ac", "\u00a3", "\u00a5", "\u20b9", "usd", "eur", "sek", "nok", "gbp"))
AIRCRAFT_BEFORE_HEAD = re.compile(r"\b[A-Z][A-Za-z]*-\d+[A-Z]?\s+(?:jet\s+)?fighters?\b")  # "four F-35 fighters" are jets
VEHICLE_AFTER = re.compile(r"\s+(?:(?:armou?red|fighting|combat|infantry|utility|tactical|support)\s+){0,2}"
                           r"(?:vehicles?|carriers?|transports?|tanks?|trucks?)\b", re.I)

# Movement and stock vocabulary (lower case, matched on word boundaries).
# Verbs and nouns that change a force's level.
CHANGE_VERBS = (
    r"raise[sd]?|raising|reduce[sd]?|reducing|increase[sd]?|increasing|cut|cuts|cutting|shrink\w*|shrank|shrunk|expand\w*|"
    r"grow|grows|growing|grew|lower\w*|trim\w*|boost\w*|lift\w*|scale[sd]?\s+(?:back|down|up)|scaling\s+(?:back|down|up)|"
    r"draw(?:s|ing|n)?\s+down|drew\s+down|rise|rises|rising|rose|fall|falls|falling|fell|bring\w*\s+down|double[sd]?|"
    r"doubling|halve[sd]?|halving|triple[sd]?|risen|grown|fallen|build(?:s|ing)?\s+up|built\s+up|go(?:es|ing)?\s+down|"
    r"went\s+down|come\s+down|growth"
)
MOVE_VERBS = (
    r"send|sends|sending|sent|deploy|deploys|deploying|deployment|deployments|move|moves|moving|moved|"
    r"shift|shifts|shifting|shifted|reposition\w*|dispatch\w*|transfer\w*|go|goes|going|head(?:s|ing|ed)? (?:to|for)|"
    r"fly|flies|flying|flown|flew|(?-i:march|marches|marching)|rotate|rotates|rotating|reinforce\w*|bolster\w*|strengthen\w*|boost\w*|contribute|host|"
    r"join|joins|joining|leave|leaves|leaving|return|returns|returning|withdraw\w*|pull\w* out|relocat\w*|"
    r"add|adds|adding|"  # "added" is left out: it is mostly a reporting verb
    r"cross(?:es)?(?=\s+(?:into|over|the)\s)|"  # "ready to cross into South Kivu"; not "the border crossing"
    r"on\s+(?:its|their)\s+way"
)
_PAST_TIME = (r"(?:earlier\s+this\s+(?:week|month|year)|last\s+(?:week|month|year|night)|yesterday"
              r"|(?:\d+|a|two|three|four|five|several|few)\s+(?:days?|weeks?|months?)\s+ago)")
ARRIVED = re.compile(
    r"\b(?:arrived|arrives|(?<!begin\s)(?<!start\s)arriving|landed|reached|touched down|crossed into|entered|flew|"
    r"came\s+(?:over|ashore|in)\b|"
    # a present tense of arriving, as headlines tell what happened: "150 arrive at Tofta", "Africa Corps moves into"
    r"(?<!\bto\s)(?<!\bwill\s)(?<!\bwould\s)(?<!\bcould\s)(?<!\bmay\s)(?<!\bmight\s)(?<!\bnot\s)(?<!\bshould\s)"
    r"(?<!\bmust\s)(?:arrive|moves?\s+in(?:to)?|complete[sd]?\s+(?:its\s+|their\s+|the\s+|first\s+|final\s+)*"
    r"(?:withdrawal|drawdown|pull-?out|deployment))\b|"
    # a move under way: "has begun moving", "began withdrawing", "began to arrive"
    r"(?:(?:has|have|had)\s+begun|began)\s+(?:to\s+)?(?:mov|deploy|send|arriv|withdraw|pull|leav|fly|flie|shift|return|"
    r"redeploy|rotat|airlift)\w*|"
    r"(?:has|have|had)\s+(?:now\s+|already\s+)?(?:been\s+)?(?:moved|deployed|sent|shifted|flown|repositioned|airlifted|"
    r"redeployed|relocated|transferred|dispatched|rotated|crossed)"
    r"(?!\s+(?:in|along|across|at(?!\s+least)|on|throughout)\s[^.;]{0,60}?\bsince\b)|"  # "deployed along the border since April": there
    r"reported\s+for\s+duty|"
    r"(?:has|have|had)\s+(?:now\s+|already\s+)?reported\s+(?:to|at)\b|closed\s+on(?=\s+(?:the\s+)?[A-Z])|"
    r"(?:has|have|had)\s+(?:now\s+)?(?:come\s+(?:ashore|down)|taken\s+up\s+positions|added)\b|"
    r"(?:has|have|had)\s+(?:now\s+)?completed\s+(?:the\s+|its\s+|their\s+)?(?:deployment|move|transfer|relocation)|"
    # a past passive: "were flown to Diffa", "was airlifted from Kigali"
    r"(?:was|were)\s+(?:\w+\s+)?(?:airlifted|flown|deployed|sent|moved|transferred|redeployed|dispatched|shipped)"
    # a bare past tense with a past time in its clause: "deployed to Poland earlier this month"
    rf"|(?<!be\s)(?<!to\s)(?:deployed|moved|sent|shifted|relocated|redeployed|reinforced)(?=[^.,;]*?\b{_PAST_TIME}\b)"
    # an active simple past of a move, its subject just before it: "Ankara sent 150 soldiers", "the battalion sailed"
    r"|(?<=[A-Za-z\u00c0-\u017e\d)]\s)(?<!\bbe\s)(?<!\bto\s)(?<!\bwill\s)(?<!\bwould\s)(?<!\bcould\s)(?<!\bmay\s)"
    r"(?<!\bmight\s)(?<!\bshould\s)(?<!\bmust\s)(?<!\bnot\s)(?<!\bbeing\s)(?<!\bthat\s)(?<!\bwho\s)"
    r"(?:sent|deployed(?!\s+(?:in|at|across|along|throughout|around)\s+(?:the\s+)?[A-Z])|moved|sailed|dispatched|airlifted|"
    r"transferred|marched|rolled|reinforced|drove|travelled|traveled|brought|"
    r"trekked)(?=\s+(?:in\s+|into\b|about\b|some\b|overnight\b|overland\b|by\s+(?:road|rail|air|sea)\b|with\b|from\b|"
    r"more\b|over\b|nearly\b|around\b|roughly\b|just\b|an?\b|its\b|their\b|the\b|to\b|\d|[a-z]+\s+(?:hundred|thousand))))\b",
    re.I,
)
ORDERED = re.compile(r"\b(?:ordered|orders(?!\s*[,.;])|ordering|approved|approves|approving|approve|"
                     r"authori[sz](?:ed|es|e|ing)|signed\s+off\s+on)\b", re.I)
PLANNED = re.compile(
    rf"\b(?:on\s+(?:heightened\s+|high\s+|increased\s+)?(?:alert|standby|stand-by)|readied|being\s+readied|"
    rf"prepare-to-deploy\s+orders?|(?:on|at)\s+(?:\w+\s+)?(?:hours['\u2019]?\s+)?notice\s+to\s+move|"
    rf"(?:is|are|was|were)\s+expected\s+to\s+be\s+(?:ashore|in\s+place|in|at|on)\b|"
    rf"(?:could|would|might)\s+have\s+(?=(?:another|an?\s+(?:additional|further)|a\s+further|up\s+to|\d))|"
    rf"(?:is|are|was|were|been)\s+expected\b(?!\s+to\b)|(?:is|are|was|were|been)\s+(?:planned|earmarked|slated)\b|"
    rf"(?:is|are|was|were)\s+due\s+(?:to|by|in|at|on|next|this|later|back|home)\b|(?:is|are|was|were)\s+scheduled\s+to\b|"
    # a number expected, a target aimed for, a rotation prepared: "we expect around 9,000 troops", "aims for 10,000"
    rf"(?:expects?|expected|expecting|anticipates?|aims?\s+for|aiming\s+for)(?=\s+(?:up\s+to\s+|as\s+many\s+as\s+|about\s+|"
    rf"around\s+|some\s+|roughly\s+|between\s+|more\s+than\s+|at\s+least\s+)?\d)|"
    rf"prepar(?:es|ed|ing)\s+for\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+)?(?:rotation|deployment|move|withdrawal)\b|"
    rf"(?:plans?|planned|planning|(?-i:ready)|prepared|preparing|expected|expects?|considering|consider|offered|offers|"
    rf"proposed|proposes|could|may|might|would\s+be\s+ready|wants?|wanted|aims?|aimed|aiming|seeks?|seeking|intends?|hopes?|considers?|"
    rf"poised|weighing|weighs|weighed|mulling|mulls|mulled|discussing|discusses|"
    rf"meant)\b(?:\s+[\w,-]+){{0,8}}?\s+(?:to\s+|be\s+)?(?:{MOVE_VERBS}|{CHANGE_VERBS}|order|host|station|post|posted|involve|"
    rf"follow|keep|pull\w*|draw|draws|drawing|begin|start|"
    rf"bring\w*|withdraw\w*|come|arrive|land|take\s+part|participate|call\w*\s+up|number|total|reach))\b",
    re.I,
)
MOVEMENT = re.compile(rf"\b(?:{MOVE_VERBS})\b", re.I)
# Troops leaving a place: a withdrawal, whatever else the clause says of them.
WITHDRAWAL = re.compile(
    r"\b(?:withdr[ae]w\w*|pull(?:s|ed|ing)?\s+(?:[\w,-]+\s+){0,5}?(?:out|back)\b|pull-?outs?|pullback|"
    r"leave|leaves|leaving|left|quit|quits|exit|exits|exited|exiting|depart\w*|evacuat\w*|"
    r"(?:bring|brings|bringing|brought|fly|flies|flew|flown|flying|send|sends|sending|sent|ship\w*|rotat\w+|sail\w*)\s+"
    r"(?:[\w,-]+\s+){0,5}?(?:home|back)\b|due\s+(?:back|home)\b|"
    r"return\w*|go(?:es|ing)?\s+home|went\s+home|head(?:s|ed|ing)?\s+home|com(?:e|es|ing)\s+home|came\s+home|cross\w*\s+back|"
    r"(?:fly|flies|flew|flown|flying|airlift\w*|ship\w*|mov\w+|rotat\w+)\s+(?:[\w,'\u2019-]+\s+){0,5}?out\s+of|"
    r"repatriat\w*|order(?:s|ed|ing)?\s+(?:[\w,]+\s+){0,5}?home\b|(?:cut|cuts|cutting|trim\w*)\s+(?:[\w,]+\s+){1,5}?from\b|"
    r"expected\s+(?:back\s+)?home|(?:be|are|is|were|was)\s+back\s+(?:in|home|at)|"
    r"draw(?:s|ing|n)?\s+down|drew\s+down|drawdown|draw-down|"
    r"(?:cut|cuts|cutting|reduc\w+|trim\w*|shrink\w*)\s+(?:[\w,'\u2019]+\s+){0,6}?by)\b", re.I)
# A withdrawal that is done: "withdrew", "have now left", "were pulled out".
WITHDRAWN = re.compile(
    r"\b(?:withdrew|drew\s+down|pulled|left|returned|departed|exited|came\s+home|went\s+home|moved\s+out|"
    r"brought\s+(?:[\w,'\u2019]+\s+){0,6}?(?:home|back)|cross(?:ed)?\s+back|"
    r"(?:has|have|had)\s+(?:now\s+|already\s+|since\s+|all\s+)?(?:been\s+)?(?:withdrawn|left|pulled|returned|departed|"
    r"gone\s+home|brought|flown|completed)|(?:were|was)\s+(?:\w+\s+)?(?:withdrawn|pulled|brought|flown)|completed)\b", re.I)
# A level a force is to reach ("reduce its contingent ... to 3,000", "is to grow to 2,500",
# "is to number 4,800"), or has reached ("has risen to more than 15,000": a stock).
LEVEL_TO = Tail(re.compile(
    rf"(?:\b(?:{CHANGE_VERBS}|expansion|reduction|increase|drawdown|cut|rise)\b(?:[^.;:]|\.(?=[A-Za-z])|(?<=\b[A-Z])\.){{0,160}}?\bto|"
    r"\b(?:to|will|would|should|could|may|might|is\s+to|are\s+to)\s+(?:number|total|reach|stand\s+at|hit|top)|"
    r"\b(?:cap|caps|capped|capping)\b[^.;:]{0,90}?\bat|"
    r"\b(?:draw|draws|drawing|drew|bring|brings|bringing|brought)\s+(?:[\w'\u2019-]+\s+){1,7}?down\s+to)\s+$", re.I),
    endings=("to", "number", "total", "reach", "at", "hit", "top"))
LEVEL_REACHED = re.compile(
    r"\b(?:has|have|had)\s+(?:now\s+|already\s+)?(?:risen|grown|fallen|dropped|increased|decreased|shrunk|been\s+\w+)|"
    r"\b(?:rose|grew|fell|dropped|was\s+\w+ed|were\s+\w+ed)\b", re.I)
# The level before a change: "from about 500 [personnel] to ...".
LEVEL_FROM = Tail(re.compile(rf"(?:\b(?:{CHANGE_VERBS}|expansion|reduction|increase|drawdown|cut|rise)\b[^.;:]{{0,90}}?\bfrom|"
                        r"\b(?:up|down)\s+from(?:\s+(?:the\s+|its\s+)?(?:current|present|previous|existing|earlier))?)\s+$", re.I),
                  endings=("from", "current", "present", "previous", "existing", "earlier"))
# A nation's share of a force is a stock: "Canada provides 455", "has contributed around 170", "make up the
# bulk" (the base form is a move still to come: "will contribute 200", in MOVE_VERBS).
CONTRIBUTES = r"provides|provided|contributes|contributed|contributors?|(?:makes?|made)\s+up(?!\s+of)|accounts?\s+for|accounted\s+for"
STOCK = re.compile(
    r"\b(?:(?:has|have|had)\s+been\s+(?:working|training|operating|serving|helping|guarding|patrolling|monitoring)|stationed|based|amassed|massed|amassing|massing|assembled|gathered|concentrated|there\s+are|has|have|had|"
    r"leads?|heads|garrisoned|total|totals|contribution|posted|present|numbers?|numbered|numbering|hosts|hosted|hosting|"
    r"trains|trained\s+(?:with|alongside)|includes|comprises|consists\s+of|"
    r"operating|"
    r"keeps?|kept|(?-i:fields?|fielded)|serving|serves?|served|remain|remains|remained|currently|level|levels|"
    r"under\s+arms|(?:are|is|were|was|been)\s+(?:already\s+|still\s+|now\s+)?(?:in|on(?!\s+(?:its|their)\s+way\b)|at|inside|deployed\s+in)|"
    r"(?:still\s+|already\s+)?in\s+place|(?:are|is|were|was)\s+(?:now\s+|still\s+)?(?:guarding|protecting|securing|manning)|"
    r"(?:are|is|were|was)\s+(?:now\s+)?(?:assigned\s+to|under\s+(?:instruction|training))|dug\s+in|holds(?=\s+(?:the|a|an)\s)|"
    r"(?<=[a-z]s\s)deployed(?=\s+(?:in|at|across|along|throughout|around)\s+(?:the\s+)?[A-Z])|"   # "forces deployed in the Horn"
    r"training\s+(?:with|in|on|alongside)|"
    r"commanded|(?:led|headed)\s+by|headquartered|home\s+to|maintains?|maintained|"
    rf"{CONTRIBUTES})\b",
    re.I,
)
# An estimate of troops in place, or a copula before the number: "put the contingent at 4,000", "we are 40,000".
IN_PLACE_BEFORE = Tail(re.compile(
    r"(?:\b(?:put|puts|estimated?|estimates|reckoned|believed)\s+(?:[\w'\u2019-]+\s+){0,7}?at|"
    r"\b(?:we|they|it)\s+(?:are|is|were|was)|\bstands?\s+at|\bstood\s+at|\b(?:stays?|stayed|remains?|remained)\s+at|"
    r"\b(?:figure|number|total|level|headcount)\s+(?:is|was|stands\s+at|stood\s+at)(?:\s+now)?|"
    r"\b(?:contingents?|forces?|presence|strength|garrison|deployment)\s+(?:are|is|was|were|numbers?|numbered))\s+$", re.I),
    endings=("at", "are", "is", "was", "were", "now", "number", "numbers", "numbered"))
# Right after a number's noun phrase, these make it a stock whatever the clause's verb.
# Troops held ready, after the number ("We have 800 ready to go", "another 500 on standby at Fort Drum") and before the
# place they wait at ("500 ready at Fort Drum": where they would leave from)
READY_AFTER = re.compile(r"\s+(?:more\s+)?(?:(?:are|is|were|was)\s+)?(?:ready\s+(?:to|at|in|for)|on\s+standby|"
                         r"standing\s+by|on\s+alert)\b")
READY_BEFORE = re.compile(r"\b(?:ready|on\s+(?:high\s+)?(?:standby|stand-by|alert)|standing\s+by)\s+$", re.I)
ATTACHED_STOCK = re.compile(
    r"\s*(?:,\s*)?(?:who\s+(?:are|were|have\s+been|had\s+been)\s+|that\s+(?:are|were)\s+|are\s+|were\s+)?"
    r"(?:already\b(?!\s+on\s+(?:its|their)\s+way\b)|stationed\b|based\b|deployed\s+(?:in|at|on|along|near|across)\b|garrisoned\b|posted\b|"
    r"(?:now|still)\s+(?:deployed\s+|stationed\s+|based\s+)?(?:in|inside|at|on|across)\b|"   # "4,000 Turkish troops now inside Iraq"
    r"(?:now\s+|still\s+)?(?:guarding|manning|protecting|securing)\b)",   # "about 500 marines are now guarding the airfield"
    re.I,
)

# --- gazetteer --------------------------------------------------------------------------

# Institutions that stand for a country, and the alliance's names, from the shared gazetteer.
INSTITUTIONS = {name: country for name, country in gazetteer.INSTITUTIONS.items() if country in COUNTRIES}
# Alliances and organisations whose troops a mention may count (NATO, the UN, the EU, the African Union ...).
ALLIANCES = {name: body for name, body in gazetteer.INSTITUTIONS.items() if body in gazetteer.ORGANISATIONS}
# "troops from ten countries", "from France, Belgium and the Netherlands": several nations counted together.
_NATION = r"(?-i:(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)"
MULTINATIONAL = re.compile(
    r"\s*,?\s*(?:(?:drawn|mainly|mostly|largely)\s+)?from\s+(?:(?:the|some|about|over|more\s+than|at\s+least)\s+)?"
    r"(?:(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|twenty|thirty|forty|fifty|sixty|both|"
    r"several|many|a\s+dozen|dozens\s+of)\s+(?:(?:other|allied|member|partner|European|NATO|African|West|East|"
    r"Southern|Asian|Arab|Gulf|Latin|American|Pacific|contributing|troop-contributing|and)\s+){0,3}"
    r"(?:countries|nations|states|allies|armies|militaries)\b"
    rf"|{_NATION}(?:\s*,\s*{_NATION}){{0,8}}\s*,?\s+and\s+{_NATION})"
    r"|\s+multinational\b", re.I)

# Regions, what they hold, and every written form of a place: one home, the shared gazetteer.
REGIONS, alias_table, contains = gazetteer.REGIONS, gazetteer.alias_table, gazetteer.contains
