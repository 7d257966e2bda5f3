"""Suicidal thoughts and self-harm as people put them in everyday words (English), and a few plain
signs of violence: pieces of the safety phrases (safety.MERGED joins them in).

The guidelines count any self-harm or suicidal ideation as a disclosure, and people rarely use
the words "suicide" or "kill myself": they are tired of waking up, see no point in carrying on,
would sleep forever, look up how many tablets it takes, save their prescriptions, cut again after
months clean, or think about stepping in front of a train. Each family names a way of saying it,
not a sentence; each keeps out the everyday uses of the same words ("tired of waking up at 5 for
work", "crash on the sofa", "cut the onions every night", "sick with worry").
"""

from __future__ import annotations

A = r"['’]"
LIMBS = r"(?:arms?|wrists?|forearms?|legs?|thighs?|hips?|ankles?|stomach|belly)"
PILLS = (r"(?:pills|tablets|meds|medication|medicine|paracetamol|ibuprofen|aspirin|painkillers|sleeping\s+pills|"
         r"antidepressants|co-codamol|insulin|prescriptions?)")
# Living, existing, waking up: only when nothing after says where, with whom or what for
# ("tired of living in this flat", "over waking up at six").
LIFE = (r"(?:living\b(?!\s+(?:in|with|at|here|there|like|off|on|under|next|out|paycheck|so|this|that|a|the|together|apart|alone|far)\b)"
        r"|being\s+alive|existing\b(?!\s+(?:in|on|as|with|at|just)\b)"
        r"|life\b(?!\s+(?:admin|lessons|insurance|advice|coaching|in|at|with|as|here|there|on|of)\b)"
        r"|breathing\b(?!\s+(?:in|his|her|their|the|your|smoke|fumes)\b)"
        r"|waking\s+up\b(?!\s+(?:at(?!\s+all\b)|early|to|for|before|with|in\s+the|on|this|so|when|and\s+(?:going|getting|finding|seeing)"
        r"|every\s+(?:morning|day)\s+(?:at|for|to|early|before))\b))")
# When, where or for whom a "without me" or "not being here" is meant: a party, a weekend, a shift, or
# "without me nagging" (but not "without me being here" or "existing").
ONE_OCCASION = (r"(?!\s+(?:for|at|on|tonight|today|tomorrow|this|while|till|until|when|if|in\s+the|there|during|around\s+for"
                r"|(?!(?:breathing|weighing|being|existing|living|taking\s+up)\b)[a-z]+ing)\b)")

IDEATION = {
    "self_harm": (
        # Tired of being alive, done with life, no point carrying on.
        r"\b(?:tired|sick|exhausted)\s+of\s+" + LIFE + r"|\bso\s+tired\s+of\s+being\s+here\b" + ONE_OCCASION +
        r"|\b(?:so\s+over|done\s+with)\s+" + LIFE +
        r"|\b(?:don" + A + r"?t|do\s+not|can" + A + r"?t|cannot)\s+see\s+(?:the|a|any|much)\s+(?:point|reason)\s+(?:in|to|of|for)\s+"
        r"(?:carrying\s+on\b(?!\s+(?:with|the|this|that|at|like)\b)|going\s+on\b(?!\s+(?:the|a|an|this|that|holiday|vacation|trips?|dates?|"
        r"about|with|at|to)\b)|living\b(?!\s+(?:in|with|at|here|there|like|together|apart)\b)|being\s+(?:here|alive)\b" + ONE_OCCASION +
        r"|keep(?:ing)?\s+going\b(?!\s+(?:to|with|at|back)\b))"
        r"|\bnothing\s+(?:left\s+)?to\s+live\s+for\b|\bnot\s+(?:much|anything)\s+(?:left\s+)?to\s+live\s+for\b"
        r"|\b(?:whether|if)\s+I\s+live\s+or\s+die\b|\bstopped\s+caring\s+(?:if|whether)\s+I\s+(?:live|wake\s+up|make\s+it)\b"
        # Wanting to die, not to exist, to sleep for ever.
        r"|\bwanting\s+to\s+die\b(?!\s+(?:my|your|her|his|the|our|their|it)\b)|\bwant(?:ed|ing)?\s+to\s+(?:just\s+)?(?:not\s+exist|stop\s+existing|not\s+be\s+alive|not\s+wake\s+up)\b(?!\s+(?:on|in|at|online|for\s+(?:a|an|the)\s+(?:day|week|weekend|bit)\b(?![^.!?]*\b(?:forever|ever|permanently|good)\b)))"
        r"|\b(?:best|easiest|quickest|simplest)\s+way\s+to\s+(?:not\s+exist|die|kill\s+myself|end\s+my\s+life)\b"
        r"|\b(?:want|wanna|wish|like|is)\s+to\s+(?:just\s+)?(?:go\s+to\s+)?sleep\s+(?:forever|for\s+ever|and\s+(?:not|never)\s+wake\s+up)\b"
        r"|\bfall\s+asleep\s+and\s+(?:not|never)\s+wake\s+up\b"
        r"|\b(?:rather|prefer\s+to)\s+not\s+wake\s+up\b(?!\s+(?:early|at|before|for|to|in\s+the)\b)"
        r"|\bthink(?:ing)?\s+about\s+(?:dying\b(?!\s+(?:my|your|her|his|the|it|our)\b)|not\s+existing|not\s+being\s+(?:here|alive)\b"
        + ONE_OCCASION + r"|ending\s+my\s+life)"
        r"|\bnot\s+planning\s+(?:on|to)\s+(?:be|being)\s+(?:here|around|alive)\b" + ONE_OCCASION +
        r"|\bbe\s+(?:better|easier|lighter|happier)\s+without\s+me\b" + ONE_OCCASION +
        r"|\b(?:breathe|sleep|live)\s+easier\s+without\s+me\b|\bwithout\s+me\s+weighing\b"
        r"|\b(?:only|one)\s+thing\s+(?:that(?:" + A + r"s|\s+is)\s+)?(?:keeping|holding)\s+me\s+(?:alive|here)\b"
        r"|\b(?:only|one)\s+thing\s+stopping\s+me\s+(?:is|are|was|now|right\s+now)\b"
        r"|\bhop(?:e|es|ing|ed)\s+(?:it|this|that|they|something|the\s+\w+)\s+(?:kills|will\s+kill|would\s+kill|kill)\s+me\b"
        r"|\bkills?\s+me\s+(?:faster|quicker|sooner)\b|\bvoices?\s+(?:telling|tell|told)\s+me\s+to\s+(?:jump|die|hurt|kill|end)\b"
        # Looking for ways, gathering the means.
        r"|\b(?:painless|quick|quickest|easiest|surest|best)\s+(?:ways?|methods?)\s+(?:to\s+)?(?:die|kill\s+myself|end\s+my\s+life|not\s+wake)\b"
        r"|\b(?:methods|ways)\s+to\s+(?:die|kill\s+myself|end\s+my\s+life)\b|\bhow\s+long\s+it\s+takes\s+to\s+(?:bleed\s+out|die|drown)\b"
        r"|\bhow\s+(?:much|many)\s+(?:\w+\s+)?" + PILLS + r"\s+(?:it\s+takes|does\s+it\s+take|would\s+it\s+take|is\s+too\s+(?:much|many)"
        r"|are\s+too\s+many|would\s+be\s+too\s+(?:much|many))\b"
        r"|\b(?:stockpil\w*|hoard\w*|squirrel\w*\s+away)\s+(?:my\s+|the\s+|all\s+the\s+|a\s+lot\s+of\s+)?" + PILLS + r"\b"
        r"|\b(?:saving|saved|keeping|kept|hiding|hid)\s+(?:them|my\s+" + PILLS + r")\s+instead\s+of\s+taking\b"
        r"|\bblades?\s+out\s+of\s+(?:my\s+|a\s+|the\s+)?(?:pencil\s+)?sharpeners?\b"
        # Cutting, burning, purging, again.
        r"|\bI\s+(?:cut|burn|burned|burnt)\s+(?:again|deeper|every\s+(?:night|day|evening))\b|\bcut\s+deeper\s+than\s+(?:usual|before|last\s+time)\b"
        r"|\b(?:clean|free)\s+from\s+(?:cutting|self[\s-]?harm\w*|hurting\s+myself|the\s+(?:blade|razor))\b[^.!?]{0,50}\b(?:broke|relapsed|"
        r"slipped|again|lost)\b|\brelapsed\b[^.!?]{0,30}\b(?:razor|blade|cutting|cut|self[\s-]?harm)"
        r"|\b(?:scratch\w*|carv\w*|cut\w*|burn\w*)\s+(?:[a-z\"“”']+\s+){1,2}into\s+my\s+" + LIMBS + r"\b"
        r"|\b(?:stub\w*|put\w*|press\w*)\s+(?:my\s+|the\s+|a\s+)?cigarettes?\s+(?:out\s+)?on\s+my\s+" + LIMBS + r"\b"
        r"|\b(?:scratch\w*|burn\w*|cut\w*)\s+my\s+" + LIMBS + r"\s+with\s+(?:a|the|my)\s+(?:paperclip|compass|razor|blade|lighter|"
        r"cigarette|pin|needle|straighteners)\b(?![^.!?]{0,40}\baccident)"
        r"|\b(?:new|fresh)\s+(?:scars|cuts|burns)\s+(?:on|across)\s+my\b|\b(?:scars|cuts|burns)\s+on\s+my\s+" + LIMBS + r"\s+are\s+(?:new|fresh)\b"
        r"|\bmak(?:e|es|ing)\s+myself\s+(?:be\s+)?(?:sick|throw\s+up|vomit)\b(?!\s+(?:with|of|about|over|worrying|laughing|thinking)\b)"
        r"|\bpurg(?:e|ed|ing)\s+(?:again\b|after\s+(?:eating|meals?|dinner|lunch|breakfast|every\s+meal)|(?:two|three|four|five|\d)\s+times|twice)"
        r"|\blaxatives\s+after\s+(?:every|each|eating|meals?)\b"
        # Ending it on the road, the rails, the water.
        r"|\b(?:want(?:ed|ing)?|tempted|urge|hop(?:e|ed|ing))\s+to\s+(?:just\s+)?(?:crash\s+(?:the|my|our)\s+car|step\s+in\s+front)\b"
        r"|\b(?:drive|driving|drove|walk|walking|walked|step|stepping|stepped|swerv\w*|steer\w*)\s+(?:my\s+car\s+|the\s+car\s+)?"
        r"(?:into|in\s+front\s+of)\s+(?:the\s+|a\s+|an\s+|oncoming\s+)?(?:river|canal|traffic|train|lorry|truck|bus|oncoming)\b"
        r"(?!\s+(?:station|stop|depot|driver|lane|shelter|park|timetable)\b)"
        r"|\b(?:drive|driving|drove|jump|jumping|jumped|step|stepping|stepped)\s+(?:my\s+car\s+|the\s+car\s+)?off\s+(?:the\s+|a\s+|that\s+)?"
        r"(?:cliff|bridge|viaduct|roof|multi-?storey|car\s+park\s+roof)\b"
        r"|\bstep\s+(?:forward|off)\s+when\s+the\s+train\b"
        # Told in passing: "thinking about jumping tonight", hitting oneself again, pills lined up,
        # a friend keeping one's razors, a crisis line called, the tallest building looked up.
        r"|\bthinking\s+(?:about|of)\s+jumping\b(?!\s+(?:in|into|on|at|ship|back|ahead|the\s+queue|rope)\b)"
        r"|\b(?:hit|hitting|punch\w*|slap\w*|scratch\w*|bit|bite|biting)\s+myself\s+(?:again|every|until|till|when|so\s+hard|hard)\b"
        r"|\b(?:pills|tablets)\s+(?:all\s+)?lined\s+up\b|\bflush\w*\s+(?:the|my|all\s+the)\s+(?:pills|tablets)\b"
        r"|\b(?:hold\w*\s+onto|look\w*\s+after|hid\w*|keep\w*|took|taking|take)\s+(?:\w+\s+)?my\s+(?:razors|blades)\b"
        r"|\b(?:hide|hiding|hid|cover\w*)\s+(?:up\s+)?my\s+(?:cuts|scars|burns)\b"
        r"|\b(?:called|calling|call|rang|ringing|text\w*)\s+(?:the\s+)?(?:988|samaritans|crisis\s+line)\b"
        r"|\btill\s+the\s+crisis\s+team\b|\buntil\s+the\s+crisis\s+team\b"
        r"|\b(?:googled|looked\s+up|searched\s+for)\s+(?:the\s+)?(?:tallest|highest)\s+(?:building|bridge|floor|roof|car\s+park)\b"
        r"|\bif\s+I\s+(?:just\s+)?(?:disappeared|vanished|died|was\s+gone|were\s+gone)\b[^.!?]{0,30}\b(?:would\s+(?:anyone|anybody|you)\s+(?:even\s+|really\s+)?"
        r"(?:care|notice|miss)|anyone\s+(?:would\s+)?(?:even\s+)?(?:care|notice))"
        r"|\bswallow\w*\s+(?:half|most|the\s+rest)\s+(?:of\s+)?(?:my|the)\s+(?:prescription|pills|tablets|meds)\b"
        r"|\b(?:sat|sitting|sit)\s+(?:in\s+the\s+bath|on\s+the\s+(?:bathroom\s+)?floor|on\s+the\s+bed)\s+with\s+(?:a|the|my)\s+"
        r"(?:blade|razor|knife|pills)\b"),
}

# The same in Russian and Spanish (the text lower-cased; intl_safety reads them): tired of living,
# wanting to stop existing, how high a floor, stepping under a train, burning or cutting oneself,
# a farewell letter, gathering pills. ("Всё закончить к пятнице" is finishing work by Friday; "резала руки
# лет в семнадцать" is a past the writer has left behind, so only the present tense counts.)
RU_SELF_HARM = (
    r"\bжить\s+(?:уже\s+|совсем\s+|просто\s+)?(?:надоело|не\s+хочется|незачем)\b|\bнадоело\s+жить\b|\bустал\w*\s+(?:жить|просыпаться)\b(?!\s+(?:в|во|с|со|на|у|под|рядом|так|без|одн\w*|вместе|рано)\b)"
    r"|\b(?:думаю|думала|думал|хочу|хочется|решил\w*|мечтаю)\s+(?:о\s+том,?\s+чтобы\s+|уже\s+)?(?:всё|все)\s+(?:закончить|прекратить)\b"
    r"(?!\s+(?:к|до|с|со|на|в|по)\b)"
    r"|\bперестать\s+существовать\b|\bс\s+какого\s+этажа\b"
    r"|\b(?:шагнуть|шагаю|шагну|прыгнуть|прыгну|броситься|брошусь|кинуться)\s+(?:с\s+(?:платформы|моста|крыши|балкона)|под\s+(?:поезд|электричку|"
    r"машину|колёса|колеса|грузовик))\b"
    r"|\bприжига\w*\s+(?:себе\s+)?(?:руки|ноги|кожу|запясть\w*|бёдра|бедра|живот)\b|\bприжигаю\b"
    r"|\b(?:царапаю|режу|снова\s+порезал\w*|опять\s+порезал\w*)\s+(?:себе\s+)?(?:руки|ноги|запясть\w*|бёдра|бедра|живот)\b"
    r"|\bперестану\s+(?:тебе|вам|всем)\s+мешать\b|\bпрощальн\w+\s+(?:письм\w*|записк\w*)\b"
    r"|\bмне\s+(?:они\s+)?скоро\s+(?:уже\s+)?не\s+понадоб\w*|\bпланов\s+дожить\b|\bне\s+(?:планирую|собираюсь)\s+дожи\w*"
    r"|\b(?:коплю|собираю|накопил\w*)\s+(?:\w+\s+)?(?:таблетк\w*|снотворн\w*)|\b(?:таблетк\w*|снотворн\w*)\s+(?:\w+\s+)?(?:коплю|собираю)\b"
    r"|\bдумал\w*\s+(?:прыгнуть|спрыгнуть|шагнуть)\b|\bзабрал\w*\s+у\s+меня\s+(?:таблетки|лезви\w*|бритв\w*)"
)
ES_SELF_HARM = (
    r"\bdejar\s+de\s+existir\b(?!\s+(?:en|por)\b)|\bganas\s+de\s+(?:morir(?:me)?|desaparecer\s+para\s+siempre|no\s+despertar)\b"
    r"(?!\s+de\s+(?:la\s+)?(?:risa|vergüenza|envidia|amor|calor|frío|hambre|sueño|ganas|ternura)\b)"
    r"|\bpensando\s+en\s+(?:tirarme|matarme|quitarme|morirme)\b"
    r"|\btirarme\s+(?:del|de\s+la|por\s+(?:el|la)|desde\s+(?:el|la)|al|a\s+las)\s+(?:puente|balcón|balcon|ventana|viaducto|tren|metro|"
    r"vías|vias|azotea|terraza|acantilado)\b"
    r"|\bcu[áa]ntos\s+pisos\s+(?:hacen\s+falta|necesito|tendr[íi]a)\b"
    r"|\b(?:juntando|guardando|acumulando|ahorrando)\s+(?:las\s+|mis\s+)?(?:pastillas|ibuprofenos?|paracetamol\w*|somníferos|antidepresivos)\b"
    r"|\blas\s+voy\s+juntando\b|\bme\s+quemo\s+con\b[^.!?]{0,50}\b(?:a\s+propósito|aposta|adrede|donde\s+no\s+se\s+ve|para\s+(?:sentir|castigarme))|\bquemarme\s+(?:los|las|el|la|con)\b"
    r"|\bme\s+(?:corto|rajo|araño)\s+(?:los\s+|las\s+)?(?:brazos|muñecas|piernas|muslos|tripa|venas)\b"
    r"|\bmétodos\s+para\s+(?:morir|matarme|suicid)|\bya\s+(?:elegí|decidí)\s+cómo\b|\bprefiero\s+no\s+estar\b(?!\s+(?:en|ahí|allí|allí)\b)"
    r"|\bsiento\s+que\s+sobro\b|\bsobro\s+en\s+(?:este\s+mundo|esta\s+vida)\b"
    r"|\bme\s+volví\s+a\s+cortar\b|\bvolví\s+a\s+cortarme\b"
    r"|\bquer[íi]a\s+morir(?:me)?\b(?!\s+de\s+(?:la\s+)?(?:risa|vergüenza|envidia|calor|frío|hambre|sueño)\b)"
)

# Violence told by what was done or what it left, without a word of violence: slammed into the
# fridge, a plate cracked over a shoulder, a grip on the jaw, a baby shaken, a face scratched, a
# door shut on a hand "by accident", a belt used on a child, dark glasses "not for the sun", a
# night spent behind a locked bathroom door, hair cut off as a punishment.
SIGNS_OF_VIOLENCE = {
    "violence": (
        r"(?<!waves\s)(?<!wave\s)(?<!wind\s)(?<!crowd\s)(?<!current\s)(?<!tide\s)\b(?:slam\w*|ram\w*|smash\w*|throw\w*|threw|pin\w*)\s+me\s+(?:into|against|onto|up\s+against)\s+(?:the|a|my|our)\s+\w+"
        r"|\b(?:cracked|smashed|broke)\s+(?:a|the)\s+\w+\s+(?:over|on|across)\s+(?:my|her|his)\s+(?:head|shoulder|back|arm|face)\b"
        r"|\bgrab\s+me\s+by\s+the\s+(?:jaw|chin|throat|neck|hair|arm|wrist)\b|\bby\s+the\s+jaw\b"
        r"|\b(?:he|she|they|you)\s+(?:\w+\s+)?(?:scratched|scratches|clawed)\s+(?:my|her|his)\s+face\b"
        r"|\b(?:he|she|they)\s+(?:\"|“)?accidentally(?:\"|”)?\s+(?:shut|slammed|closed)\s+(?:the\s+)?(?:car\s+)?door\s+on\s+my\b"
        r"|\bbelt\s+strict\b|\b(?:uses|used|takes|took)\s+(?:a|the|his|her)\s+belt\s+(?:to|on)\s+(?:him|her|them|the\s+kids|my\s+(?:son|daughter|kids))\b"
        r"|\bsunglasses\b[^.!?]{0,40}\bnot\s+for\s+the\s+sun\b(?![^.!?]{0,30}\b(?:hungover|hangover|tired|crying|cried|sleep|allerg\w*|migraine))"
        r"|\b(?:things|it)\s+got\s+(?:a\s+(?:bit|little)\s+|kind\s+of\s+|pretty\s+|really\s+)?(?:rough|violent)\b"
        r"(?!\s+(?:financially|at\s+work|for\s+a\s+while|with\s+money|at\s+sea|on\s+the\s+pitch|in\s+the\s+game)\b)"
        r"|\bin\s+the\s+(?:bathroom|bedroom|car)\s+with\s+the\s+(?:door\s+)?lock(?:ed)?\s+on\b"
        r"|\b(?:he|she|they|mum|mom|dad|my\s+[a-z]+)\s+cut\s+(?:off\s+)?my\s+hair\s+(?:off\s+)?(?:to\s+punish|as\s+(?:a\s+)?punishment|"
        r"because\s+I|while\s+I\s+(?:slept|was\s+asleep))"
        r"|\b(?:smack\w*|slap\w*|hit|hits|punch\w*)\s+(?!myself\b|yourself\b)[a-z]+\s+(?:across|in)\s+the\s+(?:face|head|mouth)\b"
        r"|\b(?:he|she|they|my\s+ex|ex|my\s+(?:husband|wife|partner|boyfriend|girlfriend|dad|mum|mom|stepdad))\s+broke\s+my\s+"
        r"(?:nose|jaw|ribs?|arm|wrist|cheekbone|fingers?|teeth|tooth)\b"
        r"|\bgot\s+(?:punched|slapped|choked(?!\s+(?:out|up|on)\b)|strangled|shoved|beaten\s+up|beat\s+up)\b|\bcornered\s+me\b"
        r"|\bkeeps?\s+grabbing\s+me\b(?!\s+(?:a|an|some|the|coffee|lunch|drinks?|food|one|snacks?)\b)"
        r"|\b(?:shook|shakes|shaking|shake)\s+(?:the|our|my|her|his)\s+baby\b(?!['’]s|\s+(?:bottle|rattle|monitor|toy|blanket|formula|food|gym|seat|carrier|wipes|powder)\b)"
    ),
    "threat": r"\bthreaten\w*\s+to\s+(?:kill|hurt|slash|stab|burn|beat|hit|shoot|strangle|break\s+my|throw\s+acid)\b",
}


# What short notes and thank-you messages tell in a few words: a friend who talked someone down
# from a roof or hid the razors, a car left running in a closed garage, a future with no place in
# it; a night spent without being hit, someone coming at them with a kettle; a tracker found under
# the car, an ex waiting outside again; "you know what happens if you tell"; "it's me or them",
# having to ask permission to buy shoes, being locked in a room.
IN_FEW_WORDS = {
    "self_harm": (
        r"\b(?:talked|talking|talk|talks)\s+me\s+(?:down\s+)?(?:off|down\s+from)\s+(?:the|a|that)\s+(?:roof|bridge|balcony|platform)\b"
        r"|\b(?:sat|sitting|sit)\s+in\s+the\s+car\s+with\s+the\s+engine\s+running\s+in\s+the\s+(?:closed\s+garage|locked\s+garage|garage)\b"
        r"|\b(?:can" + A + r"?t|cannot|don" + A + r"?t)\s+see\s+(?:a|any)\s+future\s+(?:where|in\s+which)\s+I(?:" + A + r"m|\s+am)\s+"
        r"(?:in\s+it|alive|still\s+(?:here|alive|around))\b"
        r"|\bsorry\s+for\s+everything[\s.,!;:]+(?:[\w'’]+[\s.,!;:]+){0,4}?(?:look\s+after|take\s+care\s+of)\s+(?:the\s+|my\s+)?(?:cat|dog|kids|children|mum|mom|dad)\b"
        r"|\b(?:hid|hide|hiding|hidden)\s+(?:all\s+the|the)\s+(?:razors|blades|razor\s+blades)\b"
    ),
    "violence": (
        r"\b(?:first|one|a)\s+(?:\w+\s+){0,3}?without\s+(?:being|getting)\s+(?:hit|beaten|slapped|punched|hurt)\b"
        r"(?!\s+by\s+(?!(?:him|her|them|my|his|your|mum|mom|dad|anyone)\b))"
        r"|\bcame\s+at\s+(?:me|us|her|him|mum|mom)\s+with\s+(?:a|the|his|her|an)\s+(?:knife|kettle|bottle|hammer|belt|bat|"
        r"chair|pan|scissors|glass|screwdriver|iron|poker|machete)\b"
    ),
    "stalking": (
        r"\b(?:found|hid|hidden|planted)\s+(?:a|an|the|his|her)\s+(?:tracker|tracking\s+device|airtag|gps\s+tracker)\s+"
        r"(?:\w+\s+){0,3}?(?:under|in|on|inside)\s+my\s+(?:car|bumper|bag|coat|handbag|purse|bike|wheel\s+arch)\b"
        r"|\b(?:tracker|tracking\s+device|airtag)\s+(?:my\s+ex|he|she)\s+(?:had\s+)?(?:hid|hidden|planted|put)\b"
        r"|\b(?:he|she|my\s+ex|they)\s+(?:was|is|were|are|keeps|kept)\s+(?:\w+\s+)?(?:waiting|standing|parked|sat|sitting|hanging\s+around)\s+"
        r"(?:outside|at|by|near)\s+my\s+(?:bus\s+stop|door|flat|house|work|office|building|car|school|gym|job)\b[^.!?]{0,20}\bagain\b"
    ),
    "threat": r"\byou\s+know\s+what\s+(?:happens|will\s+happen|happened\s+last\s+time)\s+if\s+you\s+(?:tell|leave|go|talk|say)\b",
    "coercion": (
        r"\b(?:says|said|told\s+me)\s+(?:it" + A + r"s|it\s+is)\s+(?:me|him|her)\s+or\s+(?:them|your\s+friends|your\s+family|"
        r"your\s+sister|your\s+mum|your\s+mom|the\s+(?:reunion|job|course|choir))\b"
        r"|\bma(?:de|kes|ke|king)\s+me\s+ask\s+(?:for\s+)?(?:his\s+permission|her\s+permission|their\s+permission|permission)\s+(?:to|before)\b"
        r"|\block(?:s|ed|ing)?\s+(?:me|us|him|her|them|grandad|grandpa|grandma|gran|nan|dad|mum|mom|the\s+kids)\s+in\s+"
        r"(?:his|her|their|my|our|the)\s+(?:room|bedroom|flat|house|shed|cupboard|basement)\b"
    ),
}
