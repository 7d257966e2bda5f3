"""Safety phrases told less literally: about someone else, with words in between, or by their signs.

People disclose a friend's or a sister's situation as often as their own, and rarely in the words
a list expects: "he got a bit physical", "I covered it with concealer", "she isn't allowed to use
the phone unless he is in the room", "everyone would have an easier time if I just wasn't around".
These families name the signs (a cover story, a goodbye letter, being waited for outside the door)
as well as the acts. Recall comes first, as in safety.py; fiction ("in the film...") is set aside.
"""

from __future__ import annotations

import re

from heartspace.coach.safety_ideation import ONE_OCCASION

IC = re.IGNORECASE
A = r"['’]"

# The same harms told about someone else, or phrased less literally. People disclose a friend's or
# a sister's situation as often as their own, and rarely in the words a list expects.
WHO = r"(?:me|her|him|them|us)"
WHOSE = r"(?:my|her|his|their|our)"
# Words people put between a subject and its verb: "if I ever leave", "if I just wasn't around".
FILLER = r"(?:\s+(?:ever|just|really|even|actually|still|always|sometimes|finally|try\s+to|tried\s+to|dare))*"
KIN = (r"(?:kids|children|baby|son|daughter|kid|boy|girl|mum|mom|mother|dad|father|nan|gran|grandma|grandmother|"
       r"grandad|grandpa|grandfather|sister|brother)")

# Regular-expression sources per category, joined with safety.py's own into one pattern each.
ACTS = {
    "violence": (
        r"\b(?:hit|hits|hitting|punched|punches|punching|slapped|slaps|slapping|kicked|kicks|kicking|choked|chokes|choking|"
        r"strangled|strangles|smacked|smacks|beat|beats|beating|beaten|headbutted|throttled|shook)\s+(?:him|them|her"
        # ("her" may be a possessive, "hit her head": then the next word is the thing hit, not one of these.)
        r"(?=\s*(?:[.,!?;)]|$)|\s+(?:again|so|hard|badly|until|when|and|with|in|on|for|because|repeatedly|twice|once|every|"
        r"all|across|around|over|while|if|then|too|black|up|in\s+front)\b))"
        r"(?!\s+(?:up|out|off|back|to\s+it|at\b|in\s+(?:the|a)\s+(?:game|match|race|final)|\d))"
        r"|\b(?:beat|beats|beating|beaten)\s+(?:her|him|them|me|us)\s+up\b"
        r"|\b(?:tried|tries|trying|attempted)\s+to\s+(?:strangle|choke|throttle|suffocate|stab)\s+" + WHO + r"\b"
        # ("tried to smother me with kisses", "drown me in paperwork" are not.)
        r"|\b(?:tried|tries|trying|attempted)\s+to\s+(?:smother|drown)\s+" + WHO + r"\b(?!\s+(?:with|in)\s+(?:kisses|love|affection|"
        r"attention|compliments|hugs|praise|gifts|paperwork|work|emails?|questions|admin|texts)\b)"
        r"|\b(?:pushed|pushes|pushing|shoved|shoves|threw|throws|dragged|drags)\s+(?:her|him|them)\s+(?:into|against|down|over|"
        r"off|onto|out\s+of\s+the|to\s+the\s+(?:floor|ground))\b"
        r"|\b(?:grabbed|grabs|grabbing)\s+(?:her|him|them)\s+by\b|\b(?:grabbed|grabs)\s+(?:her|his|their)\s+(?:arm|wrist|neck|"
        r"throat|hair)\b"
        r"|\b(?:threw|throws|throwing|hurled|smashed|slammed|flung)\s+(?:a|the|his|her|my|our|their)\s+(?:[\w-]+\s+){0,2}"
        r"(?:at|against|into|across)\s+(?:me|her|him|us|the\s+(?:wall|room|floor|door|kitchen))\b"
        r"|\block(?:ed|s)?\s+(?:myself|herself|ourselves)\s+in\b(?![^.!?]{0,40}\b(?:to\s+(?:revise|study|work|focus|read|write|practi[sc]e|nap|finish|concentrate|game|get\s+(?:some|a\s+bit\s+of)\s+(?:work|peace|quiet|sleep))|by\s+(?:accident|mistake)|accidentally)\b)|\bhid(?:e|ing)?\s+(?:in\s+the\s+\w+\s+until|until)\s+(?:he|she|they)\s+left\b"
        r"|\b(?:scared|afraid|frightened|terrified)\s+(?:to\s+go\s+home|of\s+what\s+(?:he|she|they)(?:" + A + r"ll|\s+will|\s+would|"
        r"\s+might)\s+do)\b"
        r"|\b(?:bruises?|burns?|welts?|marks)\s+on\s+(?:her|his|their|my)\s+(?:\w+\s+)?(?:arms?|hands?|face|neck|back|legs?|"
        r"wrists?|body)\b[^.!?]{0,80}(?:[.!?]\s*[^.!?]{0,80})?\b(?:did\s+(?:it|that|this)|gave\s+(?:her|him|them|me)|from\s+"
        r"(?:him|her|them)|hurt|hit|beat|grabbed)\b"
        r"|\b(?:stepdad|stepfather|stepmum|stepmom|stepmother|dad|father|mum|mom|mother|boyfriend|girlfriend|husband|wife|"
        r"partner|uncle|carer|caregiver)\s+(?:did\s+(?:it|that)|hurts\s+(?:her|him|them)|hits\s+(?:her|him|them))\b"),
    "threat": (
        r"\bif\s+(?:I|she|he|we)" + FILLER + r"\s+(?:leave|leaves|left|go|goes|went|tell|tells|told|report|break\s+up|"
        r"end\s+(?:it|things)|call\s+the\s+police|move\s+out)\b[^.!?]{0,80}\b(?:kill|hurt|harm|take\s+the\s+(?:kids|children|"
        r"baby)|never\s+see|ruin|destroy|end\s+it|make\s+(?:me|her|him)\s+pay|regret)"
        r"|\b(?:take|took|taking)\s+(?:the|my|our|her|his)\s+" + KIN + r"\b[^.!?]{0,40}\b(?:away|never\s+see)"
        r"|\bnever\s+see\s+(?:the|my|our|your|her|his)\s+(?:kids|children|baby|son|daughter)\s+again\b"
        r"|\b(?:hurt|harm|kill)\s+(?:yourself|himself|herself|themselves)\s+if\b"
        r"|\b(?:said|says|told\s+(?:me|her|him))\s+(?:he|she|they|you)(?:" + A + r"d|" + A + r"ll|\s+would|\s+will)\s+"
        r"(?:hurt|kill|harm)\s+(?:yourself|himself|herself|themselves|me|her|him|us|the\s+kids)\b"),
    "coercion": (
        r"\b(?:takes|took|keeps|kept|hides|hid|holds|controls)\s+(?:away\s+)?(?:her|his|their)\s+(?:keys|car\s+keys|money|"
        r"phone|bank\s+cards?|cards|wages|pay|salary|paycheck|passport|documents)\b"
        r"|\bgives?\s+(?:me|her|him|them)\s+(?:an?\s+)?['\"‘’]?(?:allowance|pocket\s+money)\b"
        r"|\b(?:won" + A + r"?t|doesn" + A + r"?t|does\s+not|will\s+not|never)\s+let\s+(?:her|him|them)\s+(?:see|go|leave|have|"
        r"talk|work|use|drive|visit|out|call|spend|keep)\b"
        r"|\b(?:checks?|reads?|goes\s+through|went\s+through)\s+(?:her|his|their)\s+(?:phone|messages|texts|emails?)\b"
        r"[^.!?]{0,80}\b(?:every|all\s+the\s+time|constantly|won" + A + r"?t|not\s+allowed|scared|afraid|angry|punish|or\s+else|"
        r"demands?|makes?\s+(?:her|him|them))\b"
        r"|\b(?:tracks?|tracking|monitors?|monitoring)\s+(?:her|his|their)\s+(?:location|phone|every)\b|\btracker\s+on\s+"
        + WHOSE + r"\s+(?:car|phone|bag)\b|\bhave\s+to\s+ask\s+(?:him|her|them)\s+(?:for\s+)?(?:permission|money)\b"),
    "sexual": (
        r"\b(?:push\w*|pressur\w*|guilt\w*|nag\w*|forc\w*)\s+(?:me|her|him|them)\s+(?:into|to)\s+(?:do\s+)?(?:stuff|things|sex|"
        r"sexual\s+\w+|sleep\s+with|have\s+sex)\b[^.!?]{0,80}\b(?:said\s+no|say\s+no|said\s+I\s+don|don" + A + r"?t\s+want|"
        r"didn" + A + r"?t\s+want|not\s+comfortable|uncomfortable|sulks?|angry|punish)"
        r"|\bin\s+bed\b[^.!?]{0,60}\b(?:said\s+no|(?:didn|don|doesn)" + A + r"?t\s+want|not\s+comfortable)\b"),
    "stalking": (
        r"\b(?:keeps?\s+)?(?:shows?|showed|showing|turns?|turned|turning)\s+up\s+(?:at|outside)\s+(?:her|his|their)\s+(?:work|"
        r"house|home|flat|door|job|office|school|gym)\b|\bfollow(?:s|ed|ing)\s+(?:her|him|them)\s+(?:home|to\s+work|everywhere|"
        r"around)\b|\b(?:fake|new|different|burner)\s+accounts?\b[^.!?]{0,60}\b(?:blocked|after\s+(?:I|she|he)\s+blocked|"
        r"still|keeps?|again)\b|\b(?:messag\w*|text\w*|contact\w*|writ\w*)\s+(?:me|her|him|them)\s+from\s+(?:fake|new|"
        r"different|burner)\s+(?:accounts?|numbers?)\b|\b(?:even\s+though|after)\s+(?:I|she|he|we|they)\s+blocked\s+(?:him|her|"
        r"them)\b|\bwait(?:s|ed|ing)?\s+(?:for\s+(?:me|her|him)\s+outside|outside)\s+(?:my|her|his|their)\s+(?:work|house|home|flat|"
        r"school|office|gym)\b|\bleav(?:es|ing)\s+notes\s+on\s+" + WHOSE + r"\s+(?:car|door)\b"),
    "self_harm": (
        r"\bbetter\s+off\b[^.!?]{0,40}\b(?:without\s+me|if\s+I\b[^.!?]{0,25}\b(?:wasn" + A + r"?t|weren" + A + r"?t|was\s+not|"
        r"were\s+not|gone|dead|died|disappeared))"
        r"|\b(?:everyone|everybody|they|you|the\s+world|my\s+family)\s+(?:would\s+be|(?:is|are)|will\s+be)\s+(?:so\s+much\s+)?"
        r"(?:better|happier|easier|fine)\s+without\s+me\b" + ONE_OCCASION +
        r"|\b(?:take|taking|took|swallow\w*)\s+(?:all\s+(?:of\s+)?(?:my|the|her|his)|a\s+(?:handful|bunch|bottle|load)\s+of|"
        r"the\s+whole\s+(?:bottle|box|packet)\s+of)\s+(?:\w+\s+)?(?:pills|tablets|meds|medication|painkillers)\b"
        r"|\b(?:pills|tablets|meds)\s+at\s+once\b"
        r"|\b(?:been|started|is|was|keeps?|back\s+to)\s+cutting\s+(?:again|herself|himself|themselves|myself)\b|\bcutting\s+again\b"
        r"|\b(?:cuts?|hurts?|harms?|burns?|hits?)\s+(?:herself|himself|themselves)\b"
        r"|\bwasn" + A + r"?t\s+around\s+(?:any\s+more|anymore)\b|\bdisappear(?:ed)?\s+(?:forever|for\s+good)\b"
        r"|\b(?:thinking|thought|thoughts)\s+(?:a\s+lot\s+|so\s+much\s+|too\s+much\s+|lately\s+|again\s+)?(?:about|of)\s+(?:not\s+waking\s+up|ending\s+(?:it|my\s+life|things)|killing\s+myself|not\s+being\s+"
        r"(?:here|around|alive)|dying\b(?!\s+(?:my|your|her|his|the|it|our)\b)|suicide|hurting\s+myself|taking\s+(?:all\s+)?(?:my|the)\s+pills)\b"
        r"|\b(?:no|any)\s+point\s+(?:in\s+)?(?:living|going\s+on|carrying\s+on|being\s+alive|me\s+being\s+here)\b"
        r"|\b(?:wish|wished)\s+I\s+(?:could\s+)?(?:just\s+)?(?:disappear|not\s+wake\s+up|die|stop\s+existing|fall\s+asleep\s+and)\b"
        r"|\b(?:suicide|goodbye)\s+(?:note|letter)s?\b|\bburden\s+(?:to|on)\s+(?:everyone|everybody|you\s+all|my\s+family|"
        r"all\s+of\s+you)\b"),
}


PEOPLE = (r"(?:kids|children|girls|boys|baby|son|daughter|kid|boy|girl|brother|sister|mum|mom|mother|dad|father|nan|gran|"
          r"grandma|grandad|grandpa|wife|husband|partner)")
# The signs of harm, and harm in other words.
SIGNS = {
    "violence": (
        r"\b(?:punch|punches|punched|punching|kick|kicks|kicked|kicking|smash|smashes|smashed|smashing)\s+(?:the\s+|a\s+)?walls?\b"
        r"|\b(?:throws?|threw|throwing|hurls?|hurled)\s+(?:stuff|things|plates|dishes|glasses|whatever)\b"
        r"|\b(?:broke|smashed|smashes|breaks|threw|throws)\s+(?:my|his|her|the|a|our)\s+(?:phone|plate|glass|laptop|mug|tv|bottle|"
        r"chair|remote)\s+(?:against|on|into|at)\b"
        r"|\bsplit\s+lip\b|\bwalked\s+into\s+(?:a|the)\s+(?:door|cupboard|wall|doorframe)\b|\bgot\s+(?:a\s+bit\s+|a\s+little\s+|"
        r"kind\s+of\s+|really\s+|too\s+)?physical\b|\brough\s+with\s+(?:me|her|him|them|the\s+kids)\b"
        r"|\b(?:cover(?:ed|s|ing)?|hid|hide|hiding)\s+(?:it|them|the\s+(?:bruises?|marks?))\s+(?:with|under)\s+(?:concealer|make-?up|"
        r"foundation|long\s+sleeves|a\s+scarf)\b"
        r"|\b(?:hits?|slaps?|beats?|kicks?|punches|smacks?)\s+(?:my|his|her|their|our)\s+(?:little\s+|baby\s+|older\s+|younger\s+|big\s+)?"
        r"(?:" + PEOPLE + r"|\d+[- ]?(?:yo|year[- ]old))\b"
        r"|\bwith\s+(?:a|his|her|the)\s+belt\b|\b(?:yank\w*|drag\w*|shov\w*)\s+(?:her|him|me|them)\s+out\s+of\s+(?:bed|the\s+car|the\s+room)\b"
        r"|\bwrists?\s+(?:were|was|are|is)\s+(?:all\s+)?(?:bruised|marked)\b|\bbruised\s+(?:wrists?|arms?|neck|face|ribs)\b"
        r"|\block(?:s|ed|ing)?\s+(?:his|her|their|my|the)\s+(?:\w+\s+)?(?:son|daughter|kids?|child|children|boy|girl|brother|sister|"
        r"mum|mom|dad|gran|grandma|grandad)\s+(?:in|out|on)\b"
        r"|\bfinger\s*-?marks?\b|\bgrip\s+marks\b|\bmarks\s+(?:on|along|around)\s+(?:my|her|his)\s+(?:jaw|neck|throat|wrists?)\b"
        r"|\b(?:holds?|held|holding|grabbed|grabs|grips?|gripped|squeez\w*)\s+(?:my|her|his|your)\s+(?:face|jaw|throat|neck|arm|wrist)"
        r"\s+(?:really\s+|so\s+|too\s+)?(?:hard|tight)\b|\bgrabbed\s+(?:me|her|him)\s+by\s+the\s+(?:throat|neck|hair)\b"
        r"|\b(?:hit|hits|smacked|slapped|beat|beats|whacked|whacks)\s+\w+\s+with\s+(?:a|the|his|her)\s+(?:wooden\s+spoon|belt|stick|slipper|"
        r"cane|hanger|cord|shoe)\b|\b(?:gets?|got|takes?|took)\s+(?:the|his|her)\s+belt\s+(?:out|off)\b|\bheld\s+(?:me|her|him)\s+down\b"
        r"|\bstrap\w*\s+(?:\w+\s+)?(?:to|into)\s+(?:the|a|his|her)\s+(?:chair|bed)\b"
        # "dad hit mom again", "he pushes her around", "pulled a knife on him", "yanking her arm".
        r"|\b(?:hit|hits|beat|beats|punched|punches|slapped|slaps|kicked|kicks|choked|chokes|strangled|shoved|shoves|smacked|"
        r"smacks)\s+(?:mom|mum|mommy|mummy|dad|daddy|grandma|grandpa|gran|nan)\b"
        r"|\b(?:push|pushes|pushed|pushing|shove|shoves|shoved|shoving|knocks?|knocked|knocking|throws?|threw|throwing)\s+"
        r"(?:me|her|him|them|us)\s+around\b(?!\s+(?:the|a|an|my|his|her|our|their|this|that|in|on|at)\b)"
        r"|\b(?:pulled|pulls|pulling|drew|draws)\s+(?:a|his|her|the)\s+(?:knife|gun|blade)\s+(?:on|at)\s+(?:me|her|him|us|them|my)\b"
        r"|\b(?:pulled|pulls)\s+(?:a|his|her|the)\s+(?:knife|gun|blade)\s+(?:when|because|after)\s+(?:i|we|she|he)\b"
        r"|\b(?:held|holds|holding|put|puts|pointed|points|pointing)\s+(?:a|his|her|the)\s+(?:knife|gun|blade)\s+(?:to|at|against)\s+"
        r"(?:me|us|her|him|them|my|his)\b"
        r"|\b(?:yank\w*|jerk(?:s|ed|ing))\s+(?:(?:my|her|his|their)\s+(?:arm|wrist|hair|neck)|[a-z]+\s+by\s+(?:the|my|her|his|their)\s+"
        r"(?:arm|wrist|hair|neck))\b"
        r"|\b(?:he|she|you|they|(?:my|her|his)\s+(?:ex|boyfriend|girlfriend|stepdad|stepfather|stepmum|stepmom|" + PEOPLE + r"))\s+"
        r"(?:\w+\s+){0,2}?(?:broke|fractured|cracked|busted)\b[^.!?]{0,30}\bmy\s+"
        r"(?:nose|jaw|ribs?|cheekbone|eye\s+socket|teeth)\b"),
    "threat": (
        r"\b(?:kill|hurt)\s+(?:us|you|them)\s+(?:both|all)\b|\bbreak\s+(?:her|his|your|my)\s+(?:neck|jaw|legs?|arms?|face)\b"
        r"|\bnever\s+see\s+(?:them|the\s+(?:kids|children|girls|boys|baby)|my\s+(?:kids|children|girls|boys|son|daughter|baby))\s+again\b"
        r"|\b(?:post|share|send|show|leak)\w*\s+(?:the\s+|my\s+|her\s+|those\s+|old\s+|our\s+)*(?:pics|photos|pictures|videos|nudes|"
        r"ones)\b[^.!?]{0,40}\bif\b|\bif\b[^.!?]{0,60}\b(?:post|share|send|show|leak)\w*\s+(?:the\s+|my\s+|her\s+|those\s+|old\s+)*"
        r"(?:pics|photos|pictures|videos|nudes)\b"
        r"|\b(?:end|take)\s+(?:your|his|her|their)\s+(?:own\s+)?life\s+if\b|\bkill\s+(?:yourself|himself|herself|themselves)\b"
        r"|\bthreaten(?:ed|s|ing)?\s+to\s+(?:kill|hurt|harm|hit|beat|leave\s+me|take|throw|kick|report|post|share|send|expose|ruin|"
        r"destroy|end|cut|stop|burn|break|smash|lock|kidnap|tell)\b"
        r"|\bburn\s+your\s+(?:whole\s+)?life\s+down\b|\byou" + A + r"ll\s+see\s+what\s+I\s+(?:do|" + A + r"ll\s+do|can\s+do)\b"
        r"|\bif\s+you\s+(?:leave|go)\b[^.!?]{0,25}\bI" + A + r"?ll\s+(?:jump|kill\s+myself|end\s+it|do\s+something\s+stupid)\b"),
    "coercion": (
        r"\b(?:take|takes|took|taking|hide|hides|hid|hiding|borrow\w*)\s+(?:away\s+)?(?:my|your|her|his)\s+(?:car\s+)?(?:keys|passport|"
        r"phone|wallet|cards?|money|documents)\b"
        r"|\b(?:read|reads|reading|went\s+through|go\s+through|goes\s+through|check|checks|checked|checking)\s+(?:my|her|his|your)\s+"
        r"(?:messages|texts|phone|emails?|dms)\b[^.!?]{0,80}\b(?:can" + A + r"?t|cannot|not\s+allowed|won" + A + r"?t\s+let|forbid|"
        r"banned|have\s+to)\b"
        r"|\bhand\s+over\s+(?:my|her|his|your)\s+(?:phone|keys|passport|money|wages|cards?)\b"
        r"|\b(?:I" + A + r"m\s+not|I\s+am\s+not|she" + A + r"s\s+not|she\s+is\s+not|he" + A + r"s\s+not|he\s+is\s+not|I\s+wasn" + A +
        r"?t|(?:she|he)\s+(?:isn|wasn)" + A + r"?t|I\s+was\s+not)\s+allowed\s+(?:to\b|my\s+own\b)"
        r"|\b(?:pension|wages|salary|pay|benefits|paycheck|money)\s+go(?:es)?\s+(?:straight\s+)?(?:into|to)\s+(?:his|her|their|[a-z]+" + A +
        r"s)\s+(?:own\s+)?(?:bank\s+)?account\b|\bkeeps?\s+(?:all\s+)?(?:of\s+)?(?:my|her|his)\s+(?:wages|salary|pay|pension|paycheck)\b"
        r"|\blocked\s+(?:me|her|him|them)\s+out\s+of\s+(?:our|their|the|my|her|his)\s+(?:joint\s+)?(?:bank\s+)?accounts?\b"
        r"|\b(?:needs?|wants?|demands?)\s+(?:a\s+)?(?:photo|picture|pic|selfie)\s+of\s+(?:who|where)\b"
        r"|\btold\s+(?:me|her|him)\s+(?:I|she|he)\s+(?:can" + A + r"?t|cannot|couldn" + A + r"?t)\s+(?:see|go|talk|visit|call|leave|work|"
        r"have)\b"
        r"|\b(?:decides?|decided|chooses?|picks?)\s+(?:who|which\s+(?:of\s+)?(?:my|her|his)?\s*(?:friends|people|family))\s+(?:I|she|he)\s+"
        r"(?:can|may|could|am\s+allowed\s+to|is\s+allowed\s+to|get\s+to|gets\s+to)\b"
        r"|\breads?\s+everything\s+(?:I|she|he)\s+(?:send|sends|write|writes|text|texts)\b"
        r"|\b(?:explain|justify|account\s+for)\s+every\s+(?:coffee|penny|pound|euro|dollar|purchase|receipt|cent|thing\s+I\s+buy)\b"
        r"|\b(?:goes|go|went)\s+through\s+(?:my|her|his)\s+(?:receipts|bank\s+statements?|purse|wallet)\b"
        r"|\bcounts?\s+(?:the\s+money\s+in|what" + A + r"?s\s+in)\s+(?:my|her|his)\s+(?:purse|wallet|bag)\b"
        r"|\bhid(?:e|ing)\s+(?:money|cash)\s+(?:in|from|so)\b"
        r"|\bchecks?\s+(?:every|all\s+(?:my|of\s+my)|my)\s+(?:bank\s+)?(?:accounts?|statements?|receipts|spending)\b"
        r"|\bgot\s+permission\s+to\s+(?:see|go|visit|call|meet)\b|\bso\s+(?:he|she)\s+could\s+(?:listen|hear\s+everything|check\s+who)\b"
        r"|\bmade\s+me\s+(?:quit|give\s+up|leave)\s+(?:my|the)\s+(?:choir|job|book\s+club|team|friends|class|college|course|band|gym)\b"
        r"|\b(?:makes?|made|making)\s+(?:me|her|him)\s+(?:give|hand|send|tell)\s+(?:him|her|them)\s+(?:all\s+(?:of\s+)?)?(?:my|her|his)\s+"
        r"(?:passwords?|pin|pins|money|wages|pay|salary|paycheck|cards?|bank\s+cards?|phone|keys|savings)\b"
        r"|\bsign(?:ed|s|ing)?\s+(?:the\s+house|everything|his\s+house|her\s+house|the\s+flat|the\s+farm)\s+over\b"),
    "sexual": (
        r"\b(?:doesn" + A + r"?t|don" + A + r"?t|do\s+not|does\s+not)\s+get\s+to\s+say\s+no\b|\bcan" + A + r"?t\s+say\s+no\s+to\s+"
        r"(?:him|her|sex)\b|\bwent\s+along\s+with\s+it\s+so\s+(?:he|she|they)(?:" + A + r"d|\s+would)\s+stop\b"
        r"|\b(?:push\w*|pressur\w*|nag\w*|guilt\w*)\s+(?:me|her|him)\s+(?:to|into)\s+(?:send(?:ing)?|shar(?:e|ing))\s+(?:pics|photos|"
        r"pictures|nudes|videos)\b"),
    "stalking": (
        r"\bnotes?\s+on\s+(?:my|her|his|the)\s+(?:windscreen|windshield|car|door|bike)\b|\blisting\s+where\s+(?:I|she|he)\b"
        r"|\bnever\s+told\s+(?:him|her|them)\s+(?:my|where)\b"
        r"|\b(?:waiting|waits|waited|standing|stood|sits|sitting|parked|lurking|hanging\s+around)\s+(?:by|outside|near|at)\s+(?:my|her|"
        r"his|the|our)\s+(?:front\s+)?(?:door|flat|house|mailboxes|car|gate|work|office|building|school|apartment|apt|place|dorm)\b"
        r"|\bfound\s+out\s+(?:my|her|his|where\s+(?:I|she|he))\s+(?:school|address|work|job|live|lives|works|flat)\b"
        r"|\b(?:going|goes|went|been\s+going)\s+through\s+(?:my|her|his|our)\s+(?:bins|rubbish)\b"
        r"|\b(?:taking|takes|took|stealing|steals|stole)\s+(?:my|her|his|our)\s+(?:post|mail|letters)\b"
        r"|\bstops?\s+finding\s+me\b|\bso\s+(?:he|she|my\s+ex)\s+(?:can" + A + r"?t|won" + A + r"?t)\s+(?:find|catch|follow|track)\s+me\b"
        r"|\bfollow(?:s|ed|ing)\s+me\s+from\s+(?:work|the\s+(?:gym|station|bus|office|school|pub|club|shop)|school|my|home|uni)\b"),
    "self_harm": (
        # ("Jumped off the train at the wrong stop" is getting off it.)
        r"\bjump(?:ing|ed)?\b(?!\s+(?:off|on|onto|out\s+of)\s+(?:the|a|my)\s+(?:train|bus|tram)\b)[^.!?]{0,40}\b(?:platform|bridge|train|tracks|roof|balcony|ledge|cliff)\b|\b(?:platform|bridge|roof|"
        r"balcony|ledge)\b[^.!?]{0,40}\bjump"
        r"|\b(?:how\s+many|enough)\s+(?:of\s+)?(?:my\s+|the\s+|her\s+|his\s+)?(?:sleeping\s+)?(?:pills|tablets|meds|paracetamol|"
        r"painkillers)\b"
        # ("How many tablets should I take for a migraine?" asks about a dose.)
        r"(?!\s+(?:should|do|can|could|may|shall)\s+(?:I|you|he|she|we)\s+take\b|\s+(?:a|per)\s+day\b|\s+to\s+take\s+for\b)"
        r"|\bif\s+I\s+(?:just\s+)?(?:didn" + A + r"?t|did\s+not|never)\s+wake\s+up\b|\b(?:not|never)\s+wak(?:e|ing)\s+up\s+(?:again|at\s+all|ever)\b"
        r"|\bgone\s+for\s+good\b|\bbefore\s+I(?:" + A + r"m|\s+am)\s+gone\b"
        r"|\b(?:easier|better|happier|lighter|quieter|simpler)\b[^.!?]{0,30}\bif\s+I\s+(?:just\s+)?(?:wasn" + A + r"?t|weren" + A +
        r"?t|was\s+not|were\s+not|didn" + A + r"?t\s+exist|was\s+gone|were\s+gone|disappeared|died)\b"
        r"|\b(?:nobody|no\s+one|no-one)\s+would\s+(?:really\s+|even\s+|actually\s+)?miss\s+me\b"
        r"|\b(?:letter|letters|note|notes)\s+(?:to|for)\s+(?:everyone|everybody|my\s+family|my\s+kids|you\s+all)\b"
        r"|\b(?:pressing|press|pressed|picking|pick)\s+(?:on\s+)?(?:the\s+|my\s+)?(?:bruises|scabs|cuts)\b|\bso\s+I\s+(?:can\s+)?"
        r"feel\s+something\b|\bskipp(?:ing|ed)\s+meals\s+on\s+purpose\b|\bstarv(?:ing|e)\s+myself\b"
        r"|\bwhat" + A + r"?s\s+the\s+point\s+of\s+(?:anything|living|me|going\s+on|it\s+all)\b|\bno\s+point\s+(?:to|in)\s+anything\b"
        # "They'd cope without me", "better off with the insurance money", "I could just take all
        # of them", "drove to the cliffs ... sat at the edge".
        r"|(?:\bwould|(?<=\w)" + A + r"d)\s+(?:all\s+)?(?:cope|manage|be\s+fine|be\s+okay|be\s+ok|get\s+on)\s+(?:fine\s+|better\s+|just\s+fine\s+)?"
        r"without\s+me\b(?!\s+for\s+(?:a|an|the|one|two|three|\d+|this|that)\b)"
        r"|\bbetter\s+off\s+with\s+(?:the\s+)?(?:life\s+)?(?:insurance|payout)\b"
        r"|\b(?:could|would|might|want\s+to|wanted\s+to)\s+(?:just\s+)?(?:take|swallow)\s+(?:all\s+of\s+them|them\s+all|the\s+(?:whole\s+)?"
        r"(?:lot|box|bottle|packet|strip))\b"
        r"|\b(?:sat|sitting|stood|standing)\s+(?:at|on|over)\s+the\s+edge\s+of\s+the\s+(?:bridge|roof|platform|tracks|multi-storey)\b"
        r"|\b(?:drove|walked|went)\s+(?:out\s+|up\s+|down\s+)?to\s+the\s+(?:cliffs?|bridge|viaduct)\b[^.!?]{0,80}\bedge\b"
        r"|\bgiv(?:ing|en|e)\s+(?:away\s+)?(?:all\s+)?(?:my|most\s+of\s+my)\s+(?:things|stuff|belongings)\s+away\b"
        r"|\btak(?:e|ing|en|es)\s+(?:the|my)\s+(?:pills|tablets|blades?|razors?)\s+(?:off|away\s+from)\s+me\b"
        r"|\bdon" + A + r"?t\s+see\s+myself\s+(?:being\s+)?(?:here|around|alive)\s+(?:by|for|in|next)\b|\bafter\s+I" + A + r"?m\s+gone\b"
        r"|\bcut\s+again\s+(?:last\s+night|today|tonight|yesterday|this\s+morning)\b"),
}

# Harm told plainly, in everyday words with no word of harm in them: a hurt done "on purpose", a
# hope not to wake up, a weapon held through a row, a threat to a pet or to someone's things.
BODY = r"(?:arms?|wrists?|legs?|thighs?|hands?|skin|stomach|fingers|knuckles|hips?|chest|shoulders?)"
PLAIN = {
    "violence": (
        r"\bspat\s+(?:in|on|at)\s+(?:my|her|his|their|[a-z]+" + A + r"s)\s+face\b|\bspits?\s+(?:in|on|at)\s+(?:me|her|him)\b"
        r"|\b(?:pulled|pulls|dragged|drags|yanked|yanks)\s+(?:me|her|him|them)\b[^.!?]{0,30}\bby\s+(?:my|her|his|their|the)\s+hair\b"
        r"|\bshak(?:es|e|ing|ed|en)\s+(?:me|her|him|them)\s+by\s+the\s+(?:shoulders|arms|neck|collar)\b"
        r"|\bbeat\s+(?:it|that|the\s+[a-z]+)\s+out\s+of\s+(?:him|her|you|me|them)\b"
        r"|\b(?:he|she|dad|mum|mom|father|mother|stepdad|stepmum|stepmom)\s+hits\s+(?:when|if|whenever)\b"
        r"|\b(?:held|holding|holds|had|kept|keeps|picked\s+up|grabbed)\s+(?:a|the|his|her)\s+(?:[a-z]+\s+)?(?:knife|gun|shotgun|rifle|"
        r"blade|hammer)\b[^.!?]{0,60}\b(?:the\s+whole|all\s+through|throughout|during)\s+(?:the\s+)?(?:argument|fight|row|time\s+we\s+(?:argued|"
        r"were\s+arguing|fought|were\s+fighting))\b"
        r"|\b(?:when|after)\s+I\s+(?:said|told|asked|mentioned|brought\s+up)\b[^.!?]{0,80}\b(?:clean\w*|load\w*|got\s+out|took\s+out|"
        r"brought\s+out|polish\w*)\s+(?:his|her|the|a)\s+(?:shot)?(?:gun|rifle)\b"),
    "threat": (
        r"\byou\s+won" + A + r"?t\s+like\s+what\s+happens\b"
        r"|\b(?:I|he|she|they)(?:" + A + r"ll|" + A + r"d|\s+will|\s+would|\s+said\s+(?:he|she)" + A + r"?d)\s+(?:burn|torch|set\s+fire\s+to)\s+"
        r"(?:all\s+(?:of\s+)?)?(?:your|her|his|our)\s+(?:[a-z]+\s+)?(?:stuff|things|clothes|shit|belongings|car|house|flat|books|letters|"
        r"photos|everything)\b"
        r"|\b(?:he|she|they|I)(?:" + A + r"d|" + A + r"ll|\s+would|\s+will)\s+(?:poison|kill|hurt|drown|shoot|get\s+rid\s+of)\s+"
        r"(?:the|our|my|your|her|his)\s+(?:dog|cat|pets?|puppy|kitten|horse)\b"),
    "coercion": (
        r"\bmade\s+(?:me|her|him)\s+sleep\s+(?:in\s+the\s+(?:car|garage|shed|garden|hall|bath)|outside|on\s+the\s+(?:floor|doorstep))\b"
        r"|\b(?:he|she|they)\s+(?:only\s+)?(?:allowed|allows)\s+(?:me|her|him)\s+to\s+(?:talk|see|speak|call|visit|go\s+out)\b"
        r"|\b(?:need|needs|have\s+to\s+get|has\s+to\s+get|must\s+get)\s+(?:his|her)\s+permission\s+to\s+(?:buy|spend|go|see|leave|visit|"
        r"eat|wear|work|call|drive|have|talk|meet|shower|sleep|use\s+(?:my|the)\s+(?:own\s+)?(?:car|money|card|phone|account))\b"
        r"|\bhid(?:es|e|ing)?\s+(?:my|her|his)\s+(?:hearing\s+aids?|walking\s+stick|walker|zimmer\s+frame|medication|meds)\b"
        r"|\btak(?:es|ing|en|e)\s+(?:[a-z]+" + A + r"s|her|his)\s+(?:pain\s+)?(?:medication|meds|pills|painkillers|tablets)\s+for\s+"
        r"(?:herself|himself|themselves)\b"),
    "sexual": (r"\bowe\s+(?:you|him|her|them)\s+sex\b|\bmade\s+me\s+do\s+(?:stuff|things)\s+(?:when\s+I\s+was\s+(?:\d+|little|a\s+kid|young|small)|to\s+(?:him|her)|"
               r"with\s+(?:him|her)|I\s+didn" + A + r"?t\s+want)"),
    # ("Watching my house" is as often a kind neighbour's: no sign of its own.)
    "stalking": r"\bsits?\s+(?:in|at|outside)\s+[^.!?]{0,60}\bwatching\s+(?:my|her|his|the)\s+(?:door|window|house|flat)\b",
    "self_harm": (
        r"\b(?:slam\w*|burn\w*|burnt|cut\w*|scratch\w*|bit|bite|biting|bang\w*|hit|hitting|punch\w*|hurt|hurting|carv\w*|pinch\w*|"
        r"scald\w*)\s+(?:myself|my\s+(?:own\s+)?" + BODY + r")\b[^.!?]{0,50}(?<!not\s)\bon\s+purpose\b"
        r"|\b(?:biting|bit|scratching|scratched|picking|carving|carved|burning|burned|burnt)\s+(?:[a-z]+\s+)?(?:into\s+)?(?:my|myself)\s*"
        r"(?:" + BODY + r")?\b[^.!?]{0,40}\b(?:till|until|marks|bleed|bleeds|bled|blood|to\s+feel|helps|helped|want\s+to\s+do\s+it\s+again)\b"
        r"|\bcarv\w*\s+[^.!?]{0,30}\binto\s+my\s+" + BODY + r"\b"
        r"|\b(?:hold|held|holding|press\w*)\s+(?:the|a|my)\s+(?:lighter|flame|blade|razor|cigarette|iron|straighteners)\s+(?:against|to|on)\s+"
        r"my\s+" + BODY + r"\b"
        r"|\bhop(?:e|es|ing|ed)\s+(?:that\s+)?I\s+(?:just\s+|simply\s+)?(?:won" + A + r"?t|don" + A + r"?t|wouldn" + A + r"?t|never|do\s+not|will\s+not)\s+wake\s+up\b"
        r"|\b(?:hop(?:e|ing)|wish(?:ing)?)\s+(?:that\s+)?my\s+(?:body|heart)\s+(?:just\s+)?(?:gives?\s+(?:up|out)|stops?)\b"
        r"|\bgone,?\s+for\s+good\b|\b(?:vanish\w*|disappear\w*)\s+(?:forever|for\s+good|for\s+ever|permanently)\b"
        r"|\b(?:think\w*|thought)\s+(?:about|of)\s+(?:just\s+)?(?:driving|crashing|steering|swerving|walking|stepping|jumping)\b[^.!?]{0,30}"
        r"\b(?:(?:into|off|in\s+front\s+of)\s+(?:the\s+|a\s+|an\s+)?(?:river|sea|lake|water|canal|traffic|train|bus|lorry|truck|barrier|"
        r"wall|tree|bridge|cliff|edge|motorway|tracks|oncoming)|on\s+purpose)\b"
        r"|\bcrash\w*\s+(?:the|my)\s+car\s+on\s+purpose\b|\bin\s+the\s+garage\s+with\s+the\s+engine\s+running\b"
        r"|\b(?:which|what|how\s+much|how\s+many)\s+(?:of\s+)?(?:[a-z]+\s+){0,3}(?:pills|tablets|meds|medicine|medication|painkillers)\s+"
        r"(?:would\s+be\s+too\s+much|are\s+dangerous|would\s+kill|is\s+lethal|are\s+lethal|would\s+be\s+enough)\b"
        r"|\b(?:a|my)\s+plan\s+and\s+a\s+date\b|\bpicture\s+my\s+own\s+funeral\b"),
}


CATEGORIES = tuple(ACTS)

# A sentence about a film, a show or a book is not a disclosure ("in the film the dad threatens...").
FICTION = re.compile(
    r"\b(?:(?:in|from)\s+(?:the|that|this)\s+(?:film|movie|show|series|book|novel|episode|documentary|game|play)"
    r"|(?:film|movie|show|series|book|novel|episode|documentary|thriller|drama|podcast|play|short|peli|película|serie|corto|"
    r"cortometraje|novela|documental|фильм\w*|сериал\w*|книг\w*)\s+(?:about|where|in\s+which|del|de|sobre|про|о|где)"
    # Words that only talk about stories: "the villain threatens", "the narrator stalks", "novels about abuse".
    r"|thrillers?|screenplay|villain|narrator|protagonist|sitcom|novels|documentary|documental|novela|триллер\w*"
    r"|(?:had|has|there" + "['’]" + r"?s|in)\s+(?:a|the)\s+scene\s+(?:where|in\s+which|when)|(?:abuse|fight|murder|violent)\s+scenes"
    r"|(?:stalker|abuse|murder|crime|horror|revenge|true-crime)\s+(?:thriller|series|film|movie|novel|book|drama|documentary|show|podcast)"
    r"|в\s+(?:книге|сериале|фильме|романе|рассказе)|пишу\s+рассказ|la\s+serie\s+(?:esa\s+)?de|escape\s+room)\b")
_SENTENCE_END = re.compile(r"[.!?\n]")


_FICTION_WORDS = ("film", "movie", "show", "series", "book", "novel", "episode", "documentary", "game", "play", "peli",
                  "serie", "фильм", "сериал", "thriller", "drama", "podcast", "short", "corto", "película", "documental",
                  "книг", "screenplay", "villain", "narrator", "protagonist", "sitcom", "триллер", "scene", "роман", "рассказ",
                  "escape")


def blank_fiction(low: str) -> str:
    """`low` with every clause that talks about fiction blanked, to its sentence's end (same length,
    so offsets hold)."""
    if not any(map(low.__contains__, _FICTION_WORDS)) or FICTION.search(low) is None:
        return low
    pieces, last = [], 0
    for m in FICTION.finditer(low):
        # From the clause of the mention on: "better off without me, like in that novel" keeps
        # what comes before the comma.
        start = max(low.rfind(ch, 0, m.start()) for ch in ".!?\n,;—–") + 1
        end_match = _SENTENCE_END.search(low, m.end())
        end = end_match.start() if end_match else len(low)
        start = max(start, last)
        pieces.append(low[last:start])
        pieces.append(" " * (end - start))
        last = end
    pieces.append(low[last:])
    return "".join(pieces)
