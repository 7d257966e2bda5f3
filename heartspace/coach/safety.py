"""Does the text disclose abuse, threats, coercion or a risk of self-harm?

Recall matters more than precision here: a missed disclosure costs far more than a help card
shown once too often, and the card never blocks anything. Everyday idioms ("this heat is
murder", "I could kill for a coffee", "dying to hear") are removed before matching.
"""

from __future__ import annotations

import re

from heartspace.coach.rx import lower_same_length, rx
from heartspace.coach.safety_broad import ACTS, PLAIN, SIGNS, blank_fiction
from heartspace.coach.safety_ideation import IDEATION, IN_FEW_WORDS, SIGNS_OF_VIOLENCE

IC = re.IGNORECASE
A = r"['’]"

IDIOMS = rx(
    r"\b(?:is|was)\s+(?:absolute\s+)?murder\b|\bcould\s+(?:murder|kill)\s+(?:for\s+)?(?:a|an|some|the)\b|\bkill\s+for\s+(?:a|an|some)\b"
    r"|\b(?:nearly|almost|literally|just)\s+died\s+(?:laughing|of\s+(?:embarrassment|laughter|shame))\b|\bdied\s+laughing\b"
    r"|\bdying\s+(?:to|for)\b|\bkilling\s+(?:it|me\s+with)\b|\b(?:you|this|that|it)(?:" + A + r"re|" + A + r"s|\s+is|\s+are)\s+"
    r"killing\s+me\b|\bkill\s+me\s+now\b|\bmy\s+feet\s+are\s+killing\b|\bdead\s+tired\b|\bdead\s+to\s+me\b|\bto\s+die\s+for\b(?!\s+(?:years|months|weeks|ages|so\s+long|a\s+long\s+time|the\s+(?:last|past))\b)"
    r"|\bkill(?:ed)?\s+(?:the|a)\s+(?:mood|vibe|time|lights|engine|spider|bug|wasp|plant|plants|conversation|joke|song)\b"
    r"|\bslay(?:ed|ing)?\b|\bbeat\s+(?:me|you|him|her)\s+(?:to\s+it|at)\b|\bbeat\s+the\s+(?:traffic|rush|heat|queue)\b"
    r"|\bhit\s+(?:me|us)\s+up\b|\bhit\s+(?:the|a)\s+(?:road|gym|wall\s+at\s+work|jackpot|spot|button|snooze)\b"
    r"|\bit\s+hit\s+me\b|\breality\s+hit\b|\bpunch(?:ed)?\s+line\b|\bdrop\s+dead\s+gorgeous\b"
    # Tired of early alarms, walking into a meeting, cutting one's own fringe: the words of a
    # disclosure in an ordinary day (the model reads the text with these blanked too).
    r"|\b(?:tired|sick|so\s+over)\s+of\s+waking\s+up\s+(?:at(?!\s+all\b)|early|before|for|to|in\s+the\s+middle|every\s+(?:morning|day)\s+"
    r"(?:at|for|to|before))\b"
    r"|\bwalk(?:s|ed|ing)?\s+into\s+(?:the|a|my|that|this)\s+(?:office|room|meeting|shop|store|kitchen|class|classroom|interview|party|"
    r"pub|bar|gym|restaurant|cafe|café|lecture|exam|boardroom)\b"
    r"|\bI\s+(?:\w+\s+)?cut\s+my\s+(?:own\s+)?(?:fringe|hair|bangs|nails|beard)\b|\bcut\s+my\s+own\s+(?:fringe|hair|bangs|nails|beard)\b"
    # Hair dye spelt "die", a pet's scratch, a seatbelt or a strap cutting into a shoulder.
    r"|\b(?:die|dye|dying|dyeing|died|dyed)\s+(?:my|her|his|your|their|the|our)\s+(?:hair|beard|fringe|roots|eyebrows|jeans|clothes|shirt)\b"
    r"|\b(?:the|my|our|her|his|their)\s+(?:cat|kitten|dog|puppy|hamster|rabbit|parrot)\s+(?:scratched|scratches|bit|bites|nipped|clawed)\b"
    r"|\b(?:seatbelt|seat\s+belt|straps?|waistband|bra|boots?|shoes?|rope|lanyard)\s+(?:\w+\s+)?(?:cut|cuts|cutting|dug|digs|digging)\s+into\b"
    # Permission to use someone's work is licensing, not control.
    r"|\bpermission\s+to\s+(?:use|reuse|share|post|print|quote|publish|feature|repost)\s+(?:the|his|her|their|your|my|a|an|some)\s+"
    r"(?:\w+\s+)?(?:photos?|pictures?|images?|music|songs?|tracks?|quotes?|work|logo|designs?|footage|videos?|recipes?|words|lyrics|art|drawings?)\b", IC)

# I'll kill you if you eat my leftovers: a joke threat about a trivial thing.
JOKE_THREAT = rx(r"\b(?:(?:I|he|she|they|you)(?:" + A + r"ll|" + A + r"d|\s+will|\s+would)|gonna|going\s+to)\s+"
                         r"(?:kill|murder|strangle)\s+(?:you|him|her|me|us)\s+if\s+(?:you|he|she|I|we)\s+(?:ever\s+)?(?:eat|eats|"
                         r"ate|touch|touches|touched|drink|drinks|spoil|spoils|spoiled|spoilt|finish|finishes|finished|take|takes|"
                         r"tell|tells|told|use|uses|used|borrow|borrows|borrowed|forget|forgets|forgot|skip|skips|wear|wears|"
                         r"wore|read|reads|post|posts|posted|show|shows|showed|spoiler)", IC)

PATTERNS = {
    "violence": rx(
        r"\b(?:hit|hits|hitting|punch|punched|punches|punching|slap|slapped|slaps|slapping|kick|kicked|kicks|kicking|choke|choked|chokes|choking|"
        r"strangled|strangles|strangling|shoved|shoves|shoving|beat|beats|beating|beaten|bit|bites|burned|burnt|smacked|smacks|"
        r"headbutted|pinned|pinning|throttled|throttles|throttling|attacked|assaulted)\s+"
        r"(?:me|us|my\s+(?:arm|arms|neck|throat|face|wrist|wrists|hair|head)|the\s+(?:kids|children|baby|dog|cat)|our\s+"
        r"(?:kids|children|son|daughter|baby|dog|cat)|my\s+(?:kids|children|son|daughter|mum|mom|dad|mother|father|grandma|"
        r"grandad|grandpa|grandmother|grandfather|nan|baby))\b"
        r"|\b(?:pushed|pushes|shoved|shoves|threw|throws|dragged|drags)\s+me\s+(?:into|against|down|over|out\s+of\s+the|off|onto|"
        r"to\s+the\s+(?:floor|ground))\b|\b(?:grabbed|grabs|grabbing)\s+(?:me\s+by|my\s+(?:arm|wrist|neck|throat|hair|face))\b"
        r"|\b(?:had|held|pinned|holding|pinning)\s+me\s+(?:up\s+against|down\s+against|pinned\s+against|against)\s+(?:the|a)\s+(?:wall|door|fridge|counter|car|floor)\b"
        r"|\bphysically\s+hurt|\b(?:hurt|hurts|hurting)\s+(?:me|us)\s+(?:again|physically|badly)\b"
        r"|\b(?:threw|throws|hurled|smashed|slammed)\s+(?:a|the|his|her|my|our)\s+\w+\s+(?:at|against|into)\s+(?:me|the\s+wall|"
        r"the\s+floor|the\s+door)\b|\bnext\s+time\s+it(?:['’]ll|\s+will)\s+be\s+(?:me|you|your\s+face)\b"
        r"|\bthrew\s+(?:a|the|his|her|my)\s+\w+\s+at\s+me\b|\bblack\s+eye\b|\bbruises?\s+(?:on|from|where)\b|\bhands\s+(?:around|round)"
        r"\s+my\s+(?:neck|throat)\b|\b(?:smashed|broke|snapped)\s+my\s+(?:phone|laptop|glasses)\b|\b(?:punched|kicked|smashed|"
        r"put\s+(?:his|her|a)\s+fist\s+through)\s+(?:a|the)\s+(?:wall|door|window|hole)\b|\bpunched\s+a\s+hole\b"
        r"|\bphysically\s+(?:hurt|abus|attack|violent)|\bdomestic\s+(?:violence|abuse)\b|\babus(?:e|ed|es|ing|ive)\b"
        r"|\bafraid\s+(?:of|for)\s+(?:my|our)\s+(?:life|lives|safety)\b|\bscared\s+(?:he|she|they)(?:" + A + r"ll|\s+will|"
        r"\s+would|\s+might)\s+(?:hurt|hit|kill)\b|\b(?:hit|hits|hurt|beat|beats)\s+(?:me|her|him)\s+again\b", IC),
    "threat": rx(
        r"\bthreaten(?:ed|s|ing)?\s+(?:me\b|my\b|us\b|her\b|him\b)|\b(?:said|says|told\s+me)\s+(?:he|she|they)(?:" + A + r"d|" + A +
        r"ll|\s+would|\s+will)\s+(?:kill|hurt|take\s+the\s+(?:kids|children)|ruin|destroy|make\s+me\s+pay)\b|\btake\s+the\s+"
        r"(?:kids|children|baby)\s+(?:away|from\s+me)\b|\b(?:kill|hurt)\s+(?:me|himself|herself|themselves)\s+if\s+I\b"
        r"|\bif\s+I\s+(?:leave|left|go|went|tell|told)\b[^.!?]{0,60}\b(?:kill|hurt|take\s+the\s+kids|end\s+it|never\s+see)\b"
        r"|\b(?:I" + A + r"ll|I\s+will|gonna|going\s+to)\s+(?:kill|hurt|destroy)\s+(?:you|him|her)\b|\byou" + A + r"?ll\s+regret\s+it\b"
        r"|\bwatch\s+your\s+back\b|\bor\s+else\s+(?:I|he|she)(?:" + A + r"ll|\s+will)\s+(?:hurt|kill)\b", IC),
    "coercion": rx(
        r"\b(?:won" + A + r"?t|doesn" + A + r"?t|does\s+not|will\s+not|never)\s+let\s+me\s+(?:see|go|leave|have|talk|work|use|drive|"
        r"visit|out|call|spend|keep|sleep|eat)\b|\bnot\s+allowed\s+to\s+(?:see|go|leave|have|talk|work|use|drive|visit|call|spend)\b"
        r"|\b(?:takes|took|keeps|kept|hides|hid)\s+(?:away\s+)?my\s+(?:keys|car\s+keys|money|phone|bank\s+card|cards|wages|pay|"
        r"paycheck|passport|documents)\b|\bcontrols?\s+(?:all\s+)?(?:the|my|our)\s+(?:money|finances|bank|accounts?)\b"
        r"|\b(?:blocks?|blocked|blocking|stands?\s+in)\s+(?:the|my)\s+(?:door|doorway|way\s+out|exit)\b|\bgives?\s+me\s+an\s+allowance\b|\block(?:s|ed)\s+me\s+(?:in|out)\b|\bisolat(?:es|ed|ing)\s+me\b"
        r"|\bmakes?\s+me\s+account\s+for\s+every\b|\bhave\s+to\s+ask\s+(?:his|her|their)\s+permission\b|\bhave\s+to\s+(?:send|share)"
        r"\s+(?:him|her|them)\s+my\s+location\b|\b(?:tracks?|tracking|monitors?|monitoring)\s+(?:me\b|my\s+(?:location|phone|every|movements|car|whereabouts|messages|calls|spending))|\b(?:checks?|reads?|"
        r"goes\s+through|went\s+through)\s+my\s+(?:phone|messages|texts|emails|email)\b[^.!?]{0,80}\b(?:every|all\s+the\s+time|"
        r"constantly|won" + A + r"?t|not\s+allowed|scared|afraid|angry|punish|or\s+else|demands?|makes?\s+me)\b|\bdemands?\s+"
        r"(?:my|to\s+see\s+my)\s+(?:passwords?|phone|location)\b|\bcut\s+me\s+off\s+from\s+(?:my\s+)?(?:friends|family)\b", IC),
    "sexual": rx(
        r"\bforced\s+(?:me|himself|herself)\b|\bforces\s+me\b|\bmade\s+me\s+have\s+sex\b|\bpressured\s+me\s+into\s+(?:sex|sleeping)"
        r"|\b(?:didn" + A + r"?t|did\s+not|wouldn" + A + r"?t|won" + A + r"?t)\s+stop\s+when\s+I\s+said\s+(?:no|stop)\b|\bkept\s+going"
        r"\s+(?:when|after)\s+I\s+said\s+(?:no|stop)\b|\brap(?:e|ed|ist)\b|\bsexual(?:ly)?\s+(?:assault|abus|coerc)|\btouched\s+me"
        r"\s+(?:without|when\s+I|after\s+I)\b|\bwon" + A + r"?t\s+take\s+no\s+for\s+an\s+answer\b|\bmolest", IC),
    "stalking": rx(
        r"\bstalk(?:s|ed|ing|er)?\b|\bfollow(?:s|ed|ing)\s+me\s+(?:home|to\s+work|everywhere|around)\b|\b(?:shows?|showed|turns?|"
        r"turned)\s+up\s+(?:at|outside)\s+my\s+(?:work|house|home|flat|door|job|office)\b|\bwon" + A + r"?t\s+stop\s+(?:texting|"
        r"calling|messaging|contacting)\s+me\b[^.!?]{0,60}\b(?:scared|afraid|blocked|told\s+(?:him|her|them)\s+to\s+stop)\b"
        r"|\bsitting\s+outside\s+my\s+(?:house|flat|home)\b", IC),
    "self_harm": rx(
        r"\bkill(?:ing)?\s+myself\b|\bend(?:ing|ed)?\s+(?:it\s+all|my\s+(?:own\s+)?life|things|it\s+tonight)\b"
        r"|\btak(?:e|ing)\s+my\s+(?:own\s+)?life\b|\bsuicid|\bself[\s-]?harm|\b(?:cut|cutting|"
        r"hurt|hurting|harm|harming|burn|burning)\s+myself\b|\b(?:don" + A + r"?t|do\s+not|no\s+longer)\s+(?:really\s+|even\s+|honestly\s+|actually\s+|just\s+)?(?:want\s+to|wanna)\s+(?:be\s+here|live|"
        r"wake\s+up|exist|be\s+alive|go\s+on)\b|\bnot\s+(?:being|be)\s+(?:here|around|alive)\s+any\s*more\b|\bbetter\s+off\s+"
        r"(?:without\s+me|dead|if\s+I\s+(?:was|were)\s+(?:gone|dead))\b|\b(?:nobody|no\s+one|no-one)\s+would\s+(?:even\s+)?(?:miss|"
        r"notice|care)\b[^.!?]{0,40}\b(?:gone|dead|died|disappeared)\b|\bwant(?:ed)?\s+to\s+die\b(?!\s+(?:my|your|her|his|the|our|their|it)\b)|\bwish\s+I\s+(?:was|were)\s+"
        r"(?:dead|never\s+born|gone)\b|\bno\s+(?:reason|point)\s+(?:to|in)\s+(?:live|living|going\s+on)\b|\bcan" + A + r"?t\s+go\s+on\b"
        r"|\boverdose\b|\btake\s+all\s+(?:my|the)\s+pills\b|\bjump\s+(?:off|in\s+front)\b|\bdisappear\s+for\s+good\b|\bend\s+my\s+own\b"
        r"|\bbetter\s+off\s+(?:if|when)\s+I\s+(?:was|were|wasn['’]?t|weren['’]?t|am\s+not|was\s+not)\s+(?:around|here|alive|gone|"
        r"dead|in\s+(?:the|this)\s+(?:picture|world))\b|\bif\s+I\s+(?:wasn['’]?t|weren['’]?t|was\s+not)\s+(?:around|here|alive)\s+"
        r"any\s*more\b|\bnot\s+worth\s+living\b|\bgo\s+to\s+sleep\s+and\s+(?:never|not)\s+wake\s+up\b", IC),
}


# One pattern per category (this module's phrases, then safety_broad's and safety_ideation's): fewer, larger gated
# patterns cost less than many small ones, and the same branches run.
MERGED = {category: rx("|".join([PATTERNS[category].pattern, ACTS[category], SIGNS[category], PLAIN[category]]
                                 + [more[category] for more in (IDEATION, SIGNS_OF_VIOLENCE, IN_FEW_WORDS) if category in more]), IC)
          for category in PATTERNS}


def clean(low: str) -> str:
    """The lower-cased text with idioms, joke threats and talk of fiction blanked (same length)."""
    cleaned = IDIOMS.sub(lambda m: " " * len(m.group()), low)
    cleaned = blank_fiction(cleaned)
    return JOKE_THREAT.sub(lambda m: " " * len(m.group()), cleaned)


def detect(text: str, low: str | None = None, cleaned: str | None = None) -> tuple[list[list], list[str]]:
    """Spans and categories of safety disclosures in `text` (`low`: the same text lower-cased;
    `cleaned`: clean(low), when the caller has it)."""
    if cleaned is None:
        cleaned = clean(low if low is not None else lower_same_length(text))
    spans: list[list] = []
    categories: list[str] = []
    for category, pattern in MERGED.items():
        for m in pattern.finditer(cleaned):
            if category == "violence" and _negated(cleaned, m.start()):
                continue
            spans.append([m.start(), m.end(), text[m.start():m.end()]])
            if category not in categories:
                categories.append(category)
    spans.sort()
    # Two families may find the very same words ("better off without me"): one span for them.
    return [span for k, span in enumerate(spans) if not k or span != spans[k - 1]], categories


def _negated(text: str, start: int) -> bool:
    window = text[max(0, start - 25):start].lower()
    # "didn't hit me this time" tells of the times he did.
    following = text[start:start + 40]
    return bool(re.search(r"\b(?:never|not|n[’']t)\s+(?:\w+\s+)?$", window)) and "again" not in following \
        and "this time" not in following
