"""The phrasings conflict.py reads for blame, contempt and defensiveness, as regular expressions.

Written for heartspace from the coach's labelling guidelines (Gottman's criticism, contempt and
defensiveness). Each is an rx() alternation, so only the branches whose words occur in a draft
run. The logic that weighs a match (praise, negation, generic "you", quoted speech) is in
conflict.py.
"""

from __future__ import annotations

import re

from heartspace.coach.rx import rx

IC = re.IGNORECASE
A = r"['’]"  # apostrophe, straight or curly

# Quoted speech: "...", “...”, and ‘...’; the speaker is reporting, not saying it.
# (The straight-quote branch checks "no letter before the quote" after matching the quote, so `re`
# can skip from quote mark to quote mark instead of trying every position.)
QUOTED = rx(r"\"[^\"\n]{1,300}\"|“[^”\n]{1,300}”|(?<![\w])‘[^’\n]{1,300}’(?![\w])|'(?<![\w]')[^'\n]{3,300}'(?![\w])")
# The same for a text without a straight double quote (most drafts): the two straight-quote branches
# have no anchor word, so they run as one alternation, which `re` must try at every position; alone,
# the apostrophe branch lets it skip from one apostrophe to the next.
QUOTED_NO_DOUBLE = rx(r"“[^”\n]{1,300}”|(?<![\w])‘[^’\n]{1,300}’(?![\w])|'(?<![\w]')[^'\n]{3,300}'(?![\w])")
GENERIC_YOU = rx(
    r"\byou\s+(?:never|can\s*never|can" + A + r"?t\s+ever|always)\s+(?:really\s+)?(?:know|can\s+tell|be\s+too|be\s+sure|"
    r"can\s+be\s+(?:too|sure)|forget\s+your\s+first|get\s+a\s+second|want\s+what|miss\s+(?:the\s+)?water|hurt\s+the\s+one)"
    r"|\byou\s+can\s+never\s+(?:be|have|tell|know)\b|\byou\s+never\s+can\s+(?:tell|be)\b|\bif\s+you\s+(?:always|never)\b"
    r"|\bas\s+you\s+(?:always|never)\b", IC)
# Regretful reports of what the speaker once said ("I once called him lazy and I regret it").
REGRET = rx(r"\b(?:regret|wish\s+I\s+(?:hadn|had\s+not|never)|shouldn" + A + r"?t\s+have|I" + A + r"?m\s+sorry\s+I|"
                    r"I\s+was\s+wrong\s+to|not\s+proud)", IC)

# The people a journal line names as the other person ("my uncle is so petty").
PEOPLE = (r"(?:husband|wife|partner|boyfriend|girlfriend|bf|gf|ex|dad|father|mum|mom|mother|brother|sister|son|daughter|"
          r"uncle|aunt|auntie|cousin|boss|friend|flatmate|roommate|housemate|stepdad|stepmum|stepmom|grandma|grandpa|nan|"
          r"mother-in-law|father-in-law|sister-in-law|brother-in-law|neighbour|neighbor|colleague|coworker|manager)")
# The other person as a journal line names them: "my mum never listens", "Aunt Fiona always has
# something to say" (the guidelines read a line about someone like a message to them; "your mate"
# is a third party, so not here).
JOURNAL_PERSON = (r"(?:(?:my|our)\s+(?:(?:older|younger|little|big|eldest|oldest|new|twin|own)\s+)?" + PEOPLE +
                  r"|(?:aunt|auntie|uncle|grandma|grandpa|nan|cousin)\s+[a-z]+)")
YOU_ABSOLUTE = rx(
    # "u", "ur", "youre", "youve", and "your" for "you're" right before an absolute ("your always late").
    r"\b(?:you|he|she|they|u|ur|youre|youve|" + JOURNAL_PERSON + r"|your(?=\s+(?:always|never|constantly)\b(?!-)))(?:" + A +
    r"(?:re|ve|s|d)|\s+(?:are|were|have|has|is|was|just|really|honestly|literally|seriously|"
    r"basically|pretty\s+much|do|does|did|would|will|can|could))?(?:\s+(?:not|n" + A + r"t))?\s+(?P<abs>always|never|constantly|"
    r"continually|perpetually|ever)\b(?P<rest>(?:\s+[\w'’]+){0,3})", IC)
PAST_SINGLE = rx(r"^\s+(?:told|sent|said|gave|came|called|replied|texted|answered|asked|showed|brought|paid|"
                         r"mentioned|picked|returned|got|wrote|emailed|rang|invited|checked|booked|confirmed|responded|"
                         r"turned|made|let\s+me\s+know|did|went|left|saw|took)\b", IC)
REINFORCED = rx(r"\b(?:ever|once|anything|a\s+single|at\s+all|any\s+more|anymore)\b", IC)
MARKERS = rx(
    r"\blike\s+always\b|\bas\s+always\b|\bas\s+per\s+usual\b|\bper\s+usual\b|\bas\s+usual\b|\bsame\s+as\s+always\b|\bevery\s+single\s+[\w-]+\b"
    r"|\beach\s+and\s+every\b|\ball\s+the\s+time\b|\b24/7\b|\bevery\s+(?:room|word\s+I\s+say|chance\s+you\s+get|"
    r"conversation|time\s+I\s+(?:ask|try|say|need|open))\b|\bnot\s+once\b|\bnot\s+(?:even\s+)?(?:a\s+single|one)\s+(?:time|thing)\b|"
    r"\bcan\s+you\s+(?:remember|do)\s+(?:a\s+single|one\s+single)\b|\bwhat" + A + r"?s\s+new\s*[.!]|\bwhat" + A + r"?s\s+new$|"
    r"(?:^|[.!?]\s+)typical\b\s*[.!]|\bnothing\s+I\s+do\s+is\s+ever\b|\bnever\s+(?:once|ever)\b|\byet\s+again\b|\bfor\s+the\s+(?:millionth|hundredth|thousandth|umpteenth|nth|fifth|tenth)\s+time\b|\bevery\s+waking\s+(?:hour|minute|moment)\b|"
    r"\bhow\s+many\s+times\s+do\s+I\s+have\s+to\b|\bevery\s+(?:two|five|ten|few|other|single)\s+(?:minutes|seconds|hours)\b|"
    r"\ball\s+(?:day|night|weekend)\s+(?:long|every\s+day)\b|\b(?:scrolling|gaming|on\s+your\s+phone|sleeping|lounging)\s+all\s+"
    r"(?:day|night|weekend)\b|\bagain\s+and\s+again\b|\bover\s+and\s+over\b|\byet\s+another\b"
    r"|\bevery\s+(?:single\s+)?(?:message|msg|text|email|idea|suggestion|plan|comment|meal|decision)\s+I\s+(?:send|make|have|"
    r"suggest|say|write|cook|plan|share|post|try)\b|\blike\s+I\s+(?:always\s+do|do\s+every\s+(?:single\s+)?(?:night|day|time|week|"
    r"weekend|morning|evening))\b|\b(?:you|u|he|she)\s+(?:[\w'’]+\s+){1,4}constantly\b"
    r"|\b(?:don" + A + r"?t|never|didn" + A + r"?t)\s+(?:[\w'’]+\s+)?a\s+single\s+thing\b|\b(?:about|like|maybe)\s+the\s+(?:hundredth|"
    r"millionth|thousandth|umpteenth|fiftieth|tenth)\s+time\b|\b(?:you|u)\b[^.!?]{0,50},\s*ever\s*[.!]", IC)
# Absolutes that are never kind, whatever warm words come with them: "it'd be great if just for
# once the rent landed on time" ("thanks for once again hosting" is another phrase).
# (Nor are these, though the lexicon finds warm words in them: "zero respect", "the flakiest friend".)
NEVER_KIND = rx(r"\bfor\s+once\b(?!\s+again)|\bjust\s+once\s+it" + A + r"?d\s+be\s+nice\b"
    r"|\bI" + A + r"m\s+doing\s+everything\b[^.!?]{0,30}\byou" + A + r"re\s+doing\s+nothing\b|\btalking\s+to\s+a\s+(?:brick\s+)?wall\b"
    r"|\btreat(?:s|ing)?\s+me\s+like\s+(?:\w+\s+){0,2}(?:furniture|assistant|maid|servant|child|kid|idiot|doormat|dirt|staff|slave|"
    r"skivvy|nobody|an?\s+afterthought)\b|\b(?:you|he|she)\s+(?:have|has)\s+(?:zero|no)\s+(?:respect|consideration|regard)\s+for\s+"
    r"(?:anyone|anybody|me|other\s+people|my)\b|\bbiggest\s+mouth\b"
    r"|\b(?:most\s+(?:useless|selfish|inconsiderate|lazy|annoying|unreliable|arrogant|stubborn|self-centred|self-centered)|flakiest|"
    r"laziest|rudest|meanest|messiest|stingiest|moodiest|bossiest)\s+(?:[\w-]+\s+){0,2}(?:person|man|woman|friend|partner|boss|lead|"
    r"manager|flatmate|roommate|housemate|colleague|human|husband|wife|brother|sister|neighbour|neighbor)\b", IC)
# Globalising about the other person without "you" right before the absolute: "it's always about
# you", "there's always some excuse with you", "everything is a joke to you", "you're the one who
# always loses the keys", "same story every time", "like every other time".
GLOBAL_YOU = rx(
    r"\b(?:it|everything)(?:" + A + r"s|\s+is|\s+was)\s+(?:always\s+|all\s+){1,2}about\s+(?:you|your|what\s+you)\b"
    r"|\b(?:everything|every\s+(?:weekend|holiday|decision|conversation|plan|trip|evening|argument))(?:" + A +
    r"s|\s+is|\s+has\s+to\s+be)\s+(?:always\s+)?about\s+(?:you|your|what\s+you)\b"
    r"|\b(?:there|it)" + A + r"?s\s+always\s+(?:something|(?:some|an|another|a)\s+(?:[\w'’]+\s+){0,2})\s*with\s+you\b"
    r"|\bnothing(?:" + A + r"s|\s+is)\s+ever\s+(?:good\s+enough|enough|right)\s+for\s+you\b"
    r"|\b(?:always|it" + A + r"?s|it\s+is)(?:\s+always)?\s+the\s+same\s+(?:old\s+)?(?:story\s+|thing\s+)?(?:every\s+time\s+)?with\s+you\b"
    r"|\bsame\s+(?:old\s+)?(?:story|excuse|thing|nonsense|drama|routine)\s+every\s+(?:single\s+)?time\b"
    r"|(?:^|[.!?]\s+)same\s+every\s+(?:single\s+)?time\b"
    r"|\beverything(?:" + A + r"s|\s+is)\s+(?:a|an)\s+(?:joke|game|competition|fight|argument|drama|excuse|big\s+deal)\s+"
    r"(?:to|for|with)\s+you\b"
    r"|\b(?:you|u)\s+(?:don" + A + r"?t|do\s+not|never|won" + A + r"?t)\s+(?:even\s+)?lift\s+a\s+finger\b"
    r"|\b(?:you" + A + r"re|you\s+are|ur|u\s+r)\s+the\s+(?:only\s+)?one\s+(?:who|who" + A + r"s|who\s+is)\s+(?:always|never|"
    r"constantly|can" + A + r"?t|cannot|won" + A + r"?t)\b"
    r"|\blike\s+every\s+other\s+time\b"
    r"|\bnothing(?:" + A + r"s|\s+is)\s+ever\s+(?:your|his|her|their)\s+fault\b"
    r"|\bit" + A + r"?s\s+always\s+(?:your|his|her)\s+(?:plans?|friends|schedule|way|choice|family|work|job|needs|mood|drama|"
    r"problems|stuff|turn)\b"
    # "everything" about the other person: "you're so negative about everything", "he complains about
    # everything", "takes credit for everything", "you forget everything", "you make everything about you".
    r"|\b(?:you|u|he|she|they|(?:my|our)\s+[a-z-]+|you" + A + r"re|he" + A + r"s|she" + A + r"s)(?:\s+(?!can\b|could\b|may\b|might\b|will\b|would\b|should\b|love\w*|like\w*|help\w*|"
    r"care\w*|tell\b|talk\w*|know\w*)[\w'’]+){1,5}(?<!expert)(?<!genius)(?<!authority)\s+(?:about|on|over|with|for|at|of)\s+(?:literally\s+|absolutely\s+|"
    r"just\s+about\s+)?everything\b(?!\s+(?:we|you|I)\b)"
    r"|\b(?:you|u|he|she)\s+(?:just\s+|literally\s+|always\s+)?(?:forgets?|questions?|critici[sz]es?|judges?|corrects?|ruins?|"
    r"overthinks?|complicates?|exaggerates?|turns?|makes?|takes?|spoils?|wrecks?|moans?\s+about|complains?\s+about|"
    r"twists?|dismiss(?:es)?|undermines?|nitpicks?|second-guess(?:es)?|overanaly[sz]es?|picks?\s+apart|"
    r"argues?\s+about|mess(?:es)?\s+up)\s+everything\b(?!\s+(?:better|easier|fun|okay|ok|right|in\b))"
    r"|\b(?:you|u|he|she)\s+(?:ruin|ruins|ruined|spoil|spoils|spoilt|spoiled|wreck|wrecks)\s+(?:every|yet\s+another)\b"
    r"|\b(?:you|u|he|she)\b[^.!?]{0,30}\b(?:over|about|at)\s+(?:the\s+)?(?:smallest|tiniest|slightest|littlest|every\s+little)"
    r"\s+things?\b"
    r"|\bcan(?:" + A + r"t|not)\s+(?:rely|count|depend)\s+on\s+(?:you|u|him|her|them)\s+for\s+anything\b"
    r"|\b(?:you|u|he|she)\s+can(?:" + A + r"t|not)\s+be\s+trusted\s+(?:with|to)\b"
    r"|\b(?:you|u|he|she)\s+(?:just\s+)?do(?:es)?\s+whatever\s+(?:you|u|he|she)\s+(?:want|like|please)s?\b"
    r"|\btreats?\s+(?:everyone|everybody|us|me|people)\b[^.!?]{0,20}\blike\s+(?:staff|servants?|dirt|crap|rubbish|garbage|"
    r"trash|children|a\s+child|kids|idiots|a\s+doormat|a\s+maid|the\s+help)\b"
    r"|\b(?:it" + A + r"s|it\s+is)\s+never\s+(?:good\s+)?enough\s+for\s+you\b|\bnever\s+(?:measure\s+up|be\s+good\s+enough)\s+(?:for|to)\s+you\b"
    r"|\b(?:you|u)\s+can" + A + r"?t\s+(?:let\s+anything\s+go|keep\s+anything\s+to\s+yourself)\b", IC)
ROLE_NOUNS = (r"(?:listener|person|partner|friend|husband|wife|boyfriend|girlfriend|father|mother|dad|mum|mom|parent|"
              r"brother|sister|son|daughter|roommate|flatmate|housemate|human(?:\s+being)?|driver|cook|boss|colleague|"
              r"communicator|team\s?mate|host|guest|planner|adult|grown-up|man|woman|guy|girl)")
# A label made of a judging word and a role: "you're a terrible listener", "you're the worst
# partner", "you're just not a thoughtful person" (a warm word, denied); "stop being so negative".
ROLE_LABEL = rx(
    r"\b(?:you|u)(?:" + A + r"re|\s+are|\s+r)\s+(?:such\s+|just\s+|really\s+|honestly\s+|literally\s+|simply\s+)?"
    r"(?P<neg>not\s+)?(?:a|an|the|very|exactly)\s+(?:(?:really|truly|absolutely|total|complete|real|most|very)\s+)?"
    r"(?P<adj>[\w-]+)\s+" + ROLE_NOUNS + r"\b"
    r"|\b(?:stop|quit)\s+being\s+(?:so\s+|such\s+an?\s+|a\s+|an\s+)?(?P<trait>[\w-]+)", IC)


TRAIT = rx(
    # "your so selfish": "your" typed for "you're", only right before a degree word.
    r"\b(?P<who>you|he|she|they|ur|youre|u\s+r|(?:my|our)\s+" + PEOPLE + r"|dad|mum|mom|grandma|grandpa|gran|nan|your(?=\s+(?:so|such|being|really|just|very|too|completely|totally|"
    r"always|incredibly|extremely)\b(?!-)))(?:" + A + r"(?:re|s)|\s+(?:are|were|is|was|r))?\s+(?P<mid>(?:(?:being|so|such|a|an|the|really|just|"
    r"very|completely|totally|utterly|incredibly|acting|real|total|absolute|absolutely|born|complete|most|always|honestly|"
    r"literally|too|way|extremely|unbelievably|beyond|genuinely|seriously|fucking|bloody|little|big|selfish|lazy|such\s+a|"
    r"like\s+a|like\s+an|sometimes|kind\s+of|pretty|quite)\s+){0,4})(?P<trait>[\w-]+)", IC)
CALLING = rx(r"\b(?:call(?:ing|ed)?|think)\s+you(?:" + A + r"re|\s+are)?\s+(?:a\s+|an\s+|so\s+)?(?P<trait>[\w-]+)", IC)
VOCATIVE = rx(r"\byou\s+(?:(?:absolute|total|complete|stupid|fucking|bloody|little|big|selfish|lazy|useless|utter)\s+)*"
                      r"(?P<trait>[\w-]+)\s*(?:[.!?,]|$)", IC)
MOTIVE = rx(
    r"\b(?:you|u)\s+only\s+(?:ever\s+)?(?:care|think|call|text|show\s+up|want|talk|come|remember|help|listen|bother|notice|ring)\b"
    r"|\b(?:you|u)\s+only\s+(?:ever\s+)?[a-z]+(?:\s+(?:up|in|out|round|over|around|back|by))?\s+(?:me|us|him|her|with\s+me)?\s*(?:when|if)\b"
    r"|\b(?:do|can|could|will|would|did)\s+(?:you|u)\s+ever\s+(?:actually|just|even)\b"
    r"|\b(?:anyone|anybody|everyone)(?:" + A + r"s|\s+else" + A + r"s)\s+\w+\s+(?:except|but|other\s+than)\s+(?:your|his|her)\s+own\b"
    r"|\b(?:care|think)s?\s+about\s+(?:anyone|anybody)\s+(?:but|except|other\s+than)\s+(?:yourself|himself|herself)\b"
    r"|\bI(?:" + A + r"m|\s+am)\s+not\s+the\s+(?:selfish|lazy|unreasonable|difficult|dramatic|rude|childish|immature|"
    r"problem|crazy|mean)\s+one(?:\s+here)?,?\s+(?:you|he|she)\s+(?:are|is)\b"
    r"|\b(?:acting|behaving)\s+like\s+(?:such\s+)?an?\s+(?:child|baby|toddler|brat|teenager|kid|spoilt\s+child|spoiled\s+child)\b"
    r"|\binvisible\s+to\s+(?:you|him|her)\b|\b(?:I" + A + r"m|I\s+am|being|me)\s+(?:always\s+the|still\s+the|the)\s+only\s+one\s+(?:[\w'’]+\s+){0,4}?who\s+(?:actually\s+"
    r"|ever\s+|even\s+|really\s+)?(?:cares|tries|does|helps|cleans|cooks|remembers|bothers|listens|plans)\b"
    # Implied absolutes in sarcasm: "funny how it never happens when...", "I'll just raise him by
    # myself, no big deal". (Not mock non-surprise, "cancelled again. shocking.": writers split on it.)
    r"|\bfunny\s+how\s+(?:you|u|he|she|it|that)\b[^.!?]{0,30}\b(?:never|always|only)\b"
    r"|\bI" + A + r"?ll\s+just\s+[^.!?]{0,40}\b(?:by\s+myself|on\s+my\s+own|myself|alone)\b\s*[,.!]?\s*(?:no\s+big\s+deal|no\s+biggie|"
    r"as\s+usual|like\s+always|as\s+always|don" + A + r"?t\s+worry)\b"
    r"|\bI(?:" + A + r"m|\s+am)\s+(?:always\s+the|still\s+the|the)\s+only\s+(?:adult|grown-?up|parent)\s+(?:in\s+(?:this|the)\s+(?:house|family|flat|relationship)|here|around\s+here)\b"
    r"|\b(?:you|u)\s+(?:just\s+|really\s+|simply\s+)?(?:don" + A + r"?t|do\s+not)\s+(?:even\s+|really\s+|just\s+)?(?:care|give\s+a)\b|\b(?:you|u)\s+couldn" + A +
    r"?t\s+care\s+less\b"
    r"|\ball\s+you\s+(?:ever\s+)?(?:care\s+about|think\s+about|do\s+is|want\s+is|want\s+to\s+do\s+is)\b|\b(?:my\s+needs|my\s+feelings|my\s+time|my\s+opinion|what\s+I\s+"
    r"(?:want|need|say|think|feel))\s+(?:just\s+|really\s+|simply\s+)?(?:don" + A + r"?t|doesn" + A + r"?t|do\s+not|does\s+not|never)\s+(?:seem\s+to\s+|really\s+)?"
    r"matter\b|\bI\s+(?:don" + A + r"?t|do\s+not|never)\s+(?:seem\s+to\s+|really\s+)?matter\s+to\s+you\b|\byou\s+care\s+more\s+about\b"
    r"|\b(?:you|u)\s+(?:don" + A + r"?t|do\s+not)\s+(?:ever\s+)?(?:listen|help|notice|appreciate|respect|think\s+about|pull\s+your)\b"
    r"(?!\s+(?:when|yesterday|today|tonight|this|last|at\s+the|earlier))"
    r"|\bwhat" + A + r"?s\s+(?:your\s+problem|wrong\s+with\s+you)\b|\bwhat\s+is\s+(?:your\s+problem|wrong\s+with\s+you)\b"
    r"|\bwhy\s+(?:do|does)\s+(?:you|he|she)\s+(?:have|need)\s+to\s+(?:be|make|ruin|turn)\b|\bwhy\s+are\s+you\s+(?:like\s+this|"
    r"always|so\s+\w+)\b|\bwhy\s+can" + A + r"?t\s+you\s+(?:ever|just\s+once|for\s+once)\b|\bact\s+your\s+age\b|\bgrow\s+up\b"
    r"|\bis\s+it\s+(?:really\s+)?(?:so\s+|too\s+)?(?:much|hard)\s+to\s+ask\b|\byou(?:" + A + r"re|\s+are)\s+(?:never\s+there|always\s+there(?!\s+(?:for|when\s+(?:i|we)\s+(?:need|call)\b)))\b"
    r"|\b(?:typical|classic)\s+(?:you|him|her|of\s+you)\b|\bthat" + A + r"?s\s+so\s+(?:you|like\s+you)\b|\byou(?:" + A + r"re|\s+are)\s+"
    r"(?:just\s+)?like\s+your\s+(?:mother|father|mum|mom|dad)\b"
    r"|\b(?:you|he|she|they)(?:" + A + r"re|" + A + r"s|\s+are|\s+is|\s+was|\s+were)\s+(?:such\s+|a\s+total\s+|a\s+complete\s+|an?\s+)+"
    r"(?:control\s+freak|drama\s+queen|piece\s+of\s+work|waste\s+of\s+space|liar|gossip|snake|user)\b", IC)

# Said sincerely too ("What a coincidence! We booked the same hotel."): mockery only after a complaint
# (see conflict.detect_contempt).
SARCASM_AFTER_COMPLAINT = rx(r"(?:^|[.!?]\s+)(?:what|such)\s+a\s+coincidence\s*(?:[.!🙄]|$)|(?:^|[.!?]\s+)(?:great|nice|brilliant|"
                             r"lovely|fantastic|stellar)\s+(?:parenting|listening|driving|timing|teamwork|communication|"
                             r"planning|effort|job|work),?\s+(?:by\s+the\s+way|btw)\s*(?:[.!🙄]|$)|(?:^|[.!?]\s+)(?:aw+,?\s+poor|poor)\s+(?:baby|"
                             r"diddums|little\s+(?:prince|princess|snowflake))\s*(?:[.!🙄]|$)", IC)
SARCASM_OPENER = rx(r"(?:^|[.!?]\s+)(?:oh|wow|gee|golly|ah|well),?\s+(?:great|wonderful|perfect|brilliant|fantastic|"
                            r"lovely|sure|really|how\s+nice|thanks|thank\s+you|congrats|well\s+done|amazing|nice|good\s+job|"
                            r"bravo|what\s+a\s+surprise)\b", IC)
# "thanks" as people type it in a hurry: thx, thnx, thanx, thnks, thks, tnx, ty.
THANKS = r"(?:thanks|thank\s+you|thank\s+u|thx|thnx|thanx|thnks|thks|tnx|ty|cheers)"
# (A name may come between: "thanks Dave for ruining my birthday".)
SARCASTIC_THANKS = rx(r"\b" + THANKS + r"(?:\s+(?:so|very)\s+much|\s+a\s+lot|\s+a\s+bunch|\s+again|,?\s+@?\w+,?)?\s*"
                              r"(?:,\s*)?for\s+(?P<what>(?:[\w'’]+\s*){1,8})", IC)
SARCASTIC_THANKS_WORDS = rx(r"^(?:for\s+)?(?:nothing|finally|once\s+again|(?:\w+\s+)?ruining|wasting|forgetting|"
                                    r"ignoring|nothing|wrecking|spoiling|embarrassing\s+me|ditching|abandoning|leaving\s+me\s+to|letting\s+me\s+down|making\s+me\s+wait|the\s+help"
                                    r"\s*(?:not|…|\.\.\.))", IC)
CONTEMPT = rx(
    r"\byeah,?\s+right\b|(?:^|[.!?]\s+)as\s+if\b|\bsure\s+you\s+(?:did|are|were|will|do)\b|\bof\s+course\s+you\s+(?:did|didn" + A +
    r"?t|forgot|would|were|are)\b|\bsays\s+the\s+(?:person|guy|girl|man|woman|one|lady|bloke)\s+who\b"
    r"|\bsilly\s+me\b|\bmy\s+(?:bad|mistake)\s+for\s+(?:thinking|expecting|assuming|hoping|believing|trusting)\b|\bhow\s+(?:nice|kind|thoughtful|generous|sweet|"
    r"good)\s+of\s+you\s+to\s+(?:finally|even|actually|bother|grace)\b|\bcongratulations\s+(?:on|for)\s+(?:finally|remembering|"
    r"actually)\b|\b(?:oh\s+)?sure,?\s+(?:it" + A + r"?s|its|everything" + A + r"?s|everything\s+is)\s+(?:all\s+)?(?:on\s+me|my\s+fault)"
    r"|\bwhat\s+(?:kind|sort)\s+of\s+(?:a\s+)?(?:adult|grown|person|man|woman|partner|husband|wife|parent|human|friend|idiot)\b"
    r"|\bwho\s+(?:even|seriously|actually|honestly)\s+\w+|\bwho\s+in\s+their\s+right\s+mind\b|\bhow\s+hard\s+(?:is|can)\s+it\b"
    r"|\bare\s+you\s+(?:really|seriously|actually|even)\s+(?:that|this|so)\b|\b(?:do|did|can)\s+you\s+even\s+(?:think|listen|care|"
    r"hear|read|remember|know)\b|🙄|\*\s*(?:eye\s*-?\s*roll|rolls\s+eyes|rolling\s+eyes)\s*\*|\beye\s*-?\s*roll|\bsmh\b|\bpfft+\b"
    r"|\b(?:big|huge)\s+surprise\b|\bshocker\b|\bcolou?r\s+me\s+(?:shocked|surprised)\b|\breal\s+(?:mature|classy|smooth)\b|\bvery\s+"
    r"mature\b|\bso\s+mature\b|\bslow\s+clap\b|\bwell\s+done,\s+(?:genius|einstein|sherlock)\b|\bnice\s+(?:one|going|work|job),\s*"
    r"(?:genius|einstein|sherlock|champ|buddy|mate)\b|\bway\s+to\s+go,\s*(?:genius|einstein|sherlock|champ)\b"
    r"|(?:^|[.!?]\s+)typical\b\s*[.!]|\bwhat" + A + r"?s\s+new\s*(?:[.!]|$)"
    # "If that's not too advanced for you", "but sure, your golf is clearly the priority", "but of
    # course, you never...".
    r"|\bif\s+(?:that|it)(?:" + A + r"s\s+not|\s+is\s+not|\s+isn" + A +
    r"?t)\s+too\s+(?:advanced|complicated|difficult|taxing|hard)(?:\s+for\s+you)?\b|\b(?:but|and|oh)\s+sure,\s+(?:your|you|his|her)\b"
    r"[^.!?]{0,50}\b(?:clearly|obviously)\b"
    r"|\b(?:but|and)\s+of\s+course,?\s+(?:you|u|he|she)\s+(?:never|always|can" + A + r"?t|don" + A + r"?t|wouldn" + A + r"?t)\b"
    # One branch per phrase (they share no letters, so no match of one can overlap another's): each
    # then opens with a literal `re` can skip to, and runs only when its own word occurs.
    r"|\bla-?di-?da\b|\bboo[\s-]hoo\b|\bcry\s+me\s+a\s+river\b"
    r"|\bgood\s+for\s+you\s*[.!]\s*(?:🙄|really)|\bwhatever\s+you\s+say\b|\bcoming\s+from\s+(?:you|someone\s+who|"
    r"the\s+(?:person|guy|one|man|woman)\s+who)\b"
    # "Must be nice." said of someone else's ease, with no "it"/"that" (which is how empathy says
    # it: "that must be so hard"); "must be exhausting, being right all the time".
    r"|(?:^|[.!?]\s+|\b(?:wow|oh|well),?\s+)must\s+be\s+(?:so\s+|really\s+)?(?:nice|lovely|great|wonderful|fun)\b"
    r"(?![^.!?]*\b(?:deserve|earned|happy\s+for|glad\s+for|enjoy|jealous|envious))"
    r"|\bmust\s+be\s+(?:so\s+|really\s+)?(?:exhausting|hard|tough|tiring)\s*,?\s+being\s+(?:so\s+|this\s+|that\s+|always\s+)?"
    r"(?:right|perfect|clever|smart|important|busy|popular|you|brilliant|amazing|wonderful)\b"
    r"|\boh\s+(?:sure|right|yes|yeah),?\s+because\b|\bif\s+you\s+say\s+so\b"
    r"|\bgenius\s+idea\b|\bbrilliant\s+idea\s*,?\s+(?:genius|really)\b|\bI\s+(?:should|must)\s+have\s+known\s+better\s+than\s+to\s+"
    r"(?:expect|ask|trust)\b|\bheaven\s+forbid\b|\bgod\s+forbid\s+you\b|\bperish\s+the\s+thought\b|\bthe\s+great\s+\w+\s+has\s+spoken\b"
    r"|\b(?:thanks|thank\s+you|thank\s+u|thx|thnx|thanx|thnks|thks|tnx|ty)\s+for\s+nothing\b|\bhow\s+(?:pathetic|sad|typical)\s*(?:[.!]|$)|\bget\s+a\s+life\b"
    r"|\bwant\s+a\s+(?:medal|cookie|trophy|gold\s+star|prize|round\s+of\s+applause)\b|\bsomeone\s+give\s+(?:him|her|you|them)"
    r"\s+a\s+(?:medal|trophy)\b|,\s+not\s+rocket\s+science\b|\bhow\s+is\s+(?:this|that|it)\s+rocket\s+science\b|\blove\s+that\s+for\s+(?:me|us)\b"
    r"|\blook\s+who\s+(?:finally\s+)?(?:decided|showed|woke|turned|bothered)\b"
    # The everyday put-downs: mockery of the person, whatever the topic.
    r"|\bhow\s+big\s+of\s+you\b|\baren" + A + r"?t\s+you\s+(?:special|clever|so\s+clever|smart|a\s+genius)\b|\bwho\s+died\s+and\s+made\s+"
    r"you\b|\bget\s+over\s+yourself\b|\bwhat\s+are\s+you,?\s+(?:five|twelve|a\s+child|a\s+toddler)\b|\bnobody\s+asked\s+(?:you|for)\b"
    r"|\boh,?\s+poor\s+(?:you|baby|thing)\b|\bspare\s+me\s+the\b|\bno\s+shit,?\s+sherlock\b|\bok(?:ay)?,?\s+boomer\b"
    # Mock celebration of an ordinary act: "Should I call the local paper?", "Want a medal?"
    r"|\b(?:should|shall)\s+(?:I|we)\s+(?:call|ring|alert|notify|tell)\s+the\s+(?:local\s+)?(?:papers?|press|media|news)\b"
    r"|\balert\s+the\s+(?:media|press)\b|\b(?:should|shall)\s+(?:I|we)\s+(?:bake|make|buy|get|throw|order)\s+(?:you|him|her)\s+"
    r"(?:a\s+)?(?:cake|medal|trophy|parade|crown|party|certificate|gold\s+star|statue|plaque)\b|\b(?:should|shall)\s+(?:I|we)\s+"
    r"frame\s+(?:it|the|this|that)\b|\b(?:want|do\s+you\s+want|you\s+want)\s+a\s+(?:medal|trophy|cookie|gold\s+star|round\s+of\s+"
    r"applause|prize|biscuit)\b|(?:^|[.!?]\s+)(?:standing\s+ovation|ten\s+out\s+of\s+ten|10/10|gold\s+star)\s*[.!👏]"
    r"|\bmark\s+(?:the|your|my)\s+calendars?\s*[.!]"
    r"|\bwhat\s+a\s+(?:rare\s+sight|shock|novelty|concept|miracle)\b|\blook\s+who\s+(?:finally|actually|decided|remembered|bothered)\b|\bonly\s+took\s+you\b"
    r"|(?:^|[.!?]\s+)only\s+took\s+(?:\w+\s+){0,2}(?:years|months|weeks|decades?|forever)\b"
    r"|\bcongrat(?:ulation)?s\s+(?:on|for)\s+(?:discovering|figuring\s+out|working\s+out|being\s+on\s+time|showing\s+up|"
    r"remembering|finally|actually|managing\s+to)\b|\bsorry\s+for\s+(?:caring|trying\s+to\s+help|existing|breathing|having\s+"
    r"feelings|asking|bothering\s+you\s+with)\b"
    r"|\b(?:captain\s+obvious|mr\.?\s+perfect|miss\s+perfect|little\s+miss\s+perfect|mr\.?\s+know-it-all|your\s+majesty|"
    r"your\s+royal\s+highness|golden\s+boy)\b|\b(?:advice|lecture|lesson|tips?)\s+(?:on\s+[\w'’]+\s+)?from\s+(?:the\s+)?(?:guy|"
    r"person|man|woman|one|girl|someone|a\s+man|a\s+woman)\s+who\b|\b(?:ah+|oh|ahh+),?\s+the\s+(?:famous|classic|legendary|"
    r"good\s+old)\b"
    # Condescension and mock reversal: "or is that too much to ask?", "above your pay grade", "should
    # I draw you pictures?", "oh wait, you never do", "surprise surprise", "your whole personality".
    r"|\bor\s+is\s+that\s+(?:too\s+much|asking\s+too\s+much|a\s+big\s+ask)\b|\bis\s+that\s+asking\s+too\s+much\b"
    r"|\babove\s+your\s+pay\s*grade\b|\bdraw\s+(?:you\s+)?(?:a\s+)?(?:pictures?|diagrams?|a\s+map)\b"
    r"|\boh\s+wait,?\s+(?:you|u)\s*(?:(?:never|don" + A + r"?t|can" + A + r"?t|won" + A + r"?t|wouldn" + A + r"?t|didn" + A + r"?t)"
    r"(?:\s+(?:do|did|can|will|would|remember|bother|have))?\s*[.!?]|" + A + r"d\s+have\s+to)|\boh\s+right,?\s+I\s+forgot\b|\bsurprise,?\s+surprise\b|\byour\s+(?:whole|entire)\s+personality\b"
    r"|\btoo\s+(?:important|busy|good|cool|grand|clever)\s+for\s+(?:the\s+rest\s+of\s+)?us\b|\bgrow\s+a\s+(?:brain|spine)\b"
    r"|\braised\s+by\s+wolves\b|\bas\s+(?:useful|reliable|helpful|much\s+use)\s+as\s+a\s+chocolate\s+(?:teapot|fireguard)\b"
    r"|\blittle\s+(?:tyrant|dictator|princess|madam|emperor|napoleon|know-it-all)\b|\bwhat\s+a\s+(?:fantastic|great|brilliant|"
    r"wonderful|amazing|fine)\s+(?:liar|actor|actress|performer|manipulator)\s+you\s+are\b|\bsound\s+of\s+(?:your|his|her)\s+own\s+"
    r"voice\b|\bor\s+do\s+I\s+need\s+(?:to\s+(?:book|make)\s+)?an?\s+appointment\b|\bsleeping\s+beauty\b"
    r"|(?:^|[.!?]\s+)only\s+took\s+(?:\w+\s+)?(?:reminders|tries|attempts|goes|asks|hints|texts|calls|emails|years|months|weeks)\b"
    r"|\bonly\s+been\s+(?:asking|waiting|saying|begging)\s+(?:since|for)\b|\b(?:thanks|thank\s+you|cheers)\b[^.!?]{0,60}\bfor\s+once\b"
    r"|\b(?:sulk\w*|storm\w*|whin\w*|whing\w*|act\w*|behav\w*|stomp\w*|pout\w*)\s+(?:off\s+|about\s+|around\s+)?like\s+(?:a|an)\s+"
    r"(?:spoilt\s+|spoiled\s+|little\s+|big\s+)?(?:toddler|child|baby|brat|teenager|five-year-old)\b"
    r"|(?:^|[.!?]\s+)funny\s+how\s+(?:you|he|she|u)\b(?![^.!?]*\b(?:remember|knew|know)\b)"
    # Passive-aggressive courtesy, put-down idioms, mock parades and "not like I have a life". (Not
    # "per my last email" nor "you'd forget your own head": other writers read them as blame only;
    # nor "Captain Organised", as often fond.)
    r"|\bfollowing\s+up\s+on\s+my\s+(?:follow-up|last\s+follow-up|previous\s+follow-up)\b|\bbut\s+who" + A + r"?s\s+counting\b"
    r"|\bcouldn" + A + r"?t\s+organi[sz]e\s+a\s+(?:piss-up|party|booze-up)\s+in\s+a\s+brewery\b"
    r"|\b(?:you|u|he|she)(?:" + A + r"d|\s+would)\s+be\s+late\s+(?:to|for)\s+(?:your|his|her)\s+own\s+(?:funeral|wedding)\b"
    r"|\bcouldn" + A + r"?t\s+find\s+(?:your|his|her)\s+own\s+(?:feet|arse|backside|bum)\b|\bway\s+out\s+of\s+a\s+paper\s+bag\b"
    r"|\b(?:throw|have|hold|organi[sz]e)\s+(?:you\s+|him\s+|her\s+)?a\s+parade\b|\bround\s+of\s+applause\s+(?:to|for)\s+(?:\w+\s+)?for\b"
    r"|\bcool,?\s+cool,?\s+cool\b|\bnot\s+like\s+I\s+(?:have|had|'ve\s+got)\s+a\s+life\b|\bnot\s+like\s+I\b[^.!?]{0,40}\bor\s+anything\s*[.!]"
    r"|\bat\s+least\s+pretend\s+to\s+(?:care|listen|be\s+interested)\b"
    r"|\b(?:you" + A + r"re|you\s+are|u\s+r|ur)\s+(?:far\s+|much\s+|obviously\s+|clearly\s+)?too\s+(?:important|good|grand|posh)\s+(?:to|for)\b(?!\s+(?:me|us|lose|waste)\b)"
    r"|\b(?:mr\.?|mister|miss|little\s+miss|saint|lord)\s+(?:organi[sz]ed|hygiene|punctual|punctuality|sensible|responsible|"
    r"tidy|efficiency|helpful|reliable|patience|considerate|humble|modest)\b"
    # Condescension spelled out, mock retorts, mock awards and mocking names: "let me say this slowly
    # so you can keep up", "big words from someone who...", "somebody get this man a medal", "thanks,
    # Sherlock", "cry about it". (Not "can you explain it in smaller words": only when the writer
    # offers to talk down; not "it's okay to cry about it".)
    r"|\bslowly\s+so\s+(?:you|u|he|she|they)\s+(?:can|could|might|will)\s+(?:keep\s+up|follow|understand|get\s+it)\b"
    r"|\b(?:I" + A + r"ll|I\s+will|let\s+me|I\s+can|shall\s+I|should\s+I)\b[^.!?]{0,40}\b(?:using|in|with)\s+(?:smaller|shorter|"
    r"simpler|tiny)\s+words\b"
    # (A one-letter class, as in "fr[o]m", matches the same text but keeps a word found in nearly every
    # draft from being the branch's gate word: rx_source.anchors picks the longest literal.)
    r"|\b(?:big|brave|bold|interesting|strong|wise)\s+(?:words|talk|take|opinion)\s+fr[o]m\s+(?:a\s+(?:guy|girl|man|woman|person|bloke)|"
    r"someone|somebody|the\s+(?:guy|girl|man|woman|person|one|bloke|same\s+(?:guy|person|one)))\s+wh[o](?:se)?\b"
    r"|\b(?:someone|somebody)\s+(?:get|give|fetch|award)\s+(?:this|that)\s+(?:man|woman|guy|girl|lady|boy|gentleman|genius)\s+a\b"
    r"|(?:\b(?:go|sure,?|just|so)\s+|(?<![\w,]\s)(?<![\w'’]))cry\s+a[b]out\s+it\b(?!\s+(?:together|with|later))"
    r"|\blike\s+the\s+(?:adult|grown-?up)\s+(?:here|in\s+(?:this|the)\s+(?:house|room|relationship|family|flat))\b"
    r"|\bhow\s+do\s+(?:you|u|people\s+like\s+you)\s+(?:even\s+|actually\s+)?function\b"
    r"|\bis\s+(?:that|this)\s+what\s+passes\s+for\b|\bparody\s+of\s+(?:yourself|himself|herself|themselves)\b"
    r"|\b(?:you" + A + r"re|you\s+are|ur|u\s+r|he" + A + r"s|she" + A + r"s)\s+(?:a\s+|an\s+)?walking\s+(?:red\s+flag|disaster|"
    r"cliche|cliché|stereotype|joke|embarrassment|cautionary\s+tale)\b"
    # Scoffing comebacks: "keep telling yourself that", "you're one to talk", "who raised you?",
    # "cool story, bro", "who made you the boss?", "that's your big comeback?", "ha. ha."
    r"|\bkeep\s+telling\s+(?:yourself|urself)\s+that\b(?=\s*(?:[^\w\s]|$))|\b(?:you" + A + r"re|you\s+are|ur|u\s+r|u" + A + r"re)\s+one\s+to\s+talk\b"
    r"|\bwho\s+raised\s+(?:you|u)\b(?=\s*(?:[?!.…]|lol|lmao|$))|\b(?:you|u)\s+played\s+(?:yourself|urself)\b|\bcool\s+story,?\s+(?:bro|bruh|babe|mate|dude|sis|bud)\b"
    r"|\bthat" + A + r"?s\s+(?:your|ur)\s+(?:big\s+|best\s+|whole\s+)?comeback\b|\bwho\s+made\s+(?:you|u)\s+(?:the\s+)?(?:boss|king|queen|"
    r"judge|expert|in\s+charge|god)\b|\bnobody\s+asked\s*(?:[,.!]|$)|\bha\.\s+ha\.(?!\s*ha)", IC)
SELF_REFERENCE = rx(r"\b(?:I|I" + A + r"m|I\s+am|me|myself|I\s+was|like)\s+(?:(?:such|a|an|total|complete|absolute|"
                            r"bit\s+of|little)\s+)*$", IC)

DEFENSIVE = rx(
    r"\bI\s+only\s+[\w'’]+\b[^.!?]{0,40}\bbecause\s+"
    r"(?:you|of\s+you)\b|\b(?:ok(?:ay)?|well|yeah|fine|sure),?\s+but\s+what\s+about\b|\bwhat\s+about\s+(?:you|when\s+you|the\s+time"
    r"\s+you|all\s+the\s+times?\s+you)\b|\bsorry,?\s+but\s+(?:you|it\s+was\s+you|that" + A + r"?s\s+not|I\s+(?:was|did|had))\b"
    r"|\bsorry\s+(?:if|that)\s+you\s+(?:took|take|felt|feel|were|are|got|thought|think)\b|\bsorry\s+you\s+feel\s+that\s+way\b"
    r"|\bwhy\s+am\s+I\s+always\s+the\s+(?:bad\s+guy|villain|one|problem|bad\s+one|one\s+to\s+blame)\b|\bwhy\s+is\s+it\s+always\s+"
    r"(?:me|my\s+fault)\b|\bdon" + A + r"?t\s+(?:make|put|turn|pin|blame)\s+(?:this|it|that|me)\s*(?:into\s+|on\s+)?(?:my\s+problem|"
    r"on\s+me|my\s+fault|about\s+me|for)?\b|\b(?:it|that|this)(?:" + A + r"s\s+not|\s+is\s+not|\s+was\s+not|\s+wasn" + A +
    r"?t|\s+isn" + A + r"?t)\s+(?:my\s+fault|on\s+me)\b|\bnot\s+my\s+fault\b|\byou(?:" + A + r"re|\s+are|\s+were)\s+(?:(?:always|actually)\s+the|the)\s+one\s+(?:who|that)\b|\byou(?:" + A +
    r"re|\s+are)\s+always\s+the\s+[\w-]+\s+one\b|(?:^|[.!?]\s+)me\?\s+[\w\s'’-]{1,25}\?|\byou\s+started\s+it\b"
    r"|\byou\s+did\s+(?:it|that|the\s+same)\s+too\b|\bat\s+least\s+I\s+(?:don" + A + r"?t|didn" + A + r"?t|do|did|" + A +
    r"?m\s+not|am\s+not|never|wasn" + A + r"?t)\b|\bhow\s+was\s+I\s+supposed\s+to\s+know\b|\bI\s+was\s+(?:only|just)\s+(?:joking|"
    r"kidding|trying\s+to\s+help)\b|\byou(?:" + A + r"re|\s+are)\s+(?:over-?reacting|(?:way\s+|far\s+|being\s+)?too\s+sensitive|"
    r"being\s+dramatic|making\s+a\s+big\s+deal)\b|\bif\s+you\s+had(?:n" + A + r"?t)?\b[^.!?]{0,60}\bI\s+wouldn" + A + r"?t\s+have\b"
    r"|\bI\s+wouldn" + A + r"?t\s+have\s+(?:had\s+to|needed\s+to|\w+)\b[^.!?]{0,40}\bif\s+you\b|\bI\s+didn" + A +
    r"?t\s+(?:forget|do\s+anything|say\s+that|break|lose|start)\b[^.!?]{0,30}[,;]\s*you\b|\bit\s+wasn" + A + r"?t\s+me\b|\b(?:so\s+)?(?:now\s+)?(?:it|that)(?:" + A + r"s|\s+is)\s+my\s+fault\s*\?"
    r"|\bhow\s+is\s+(?:that|this|it)\s+(?:on\s+me|my\s+fault)\b|\bnow\s+it" + A + r"?s\s+my\s+fault\b[^.!?]{0,40}\?"
    # "maybe if you..." and "if you..." as two branches, each starting with a literal (an optional
    # opening makes `re` try every position); the overlapping spans merge into one.
    r"|\bmaybe\s+if\s+you\s+(?:didn['’]?t|did\s+not|hadn['’]?t|weren['’]?t|wouldn['’]?t|would\s+just|stopped|"
    r"actually)\b[^.!?]{0,60}\bI(?:['’]d|\s+would)\b|\bif\s+you\s+(?:didn['’]?t|did\s+not|hadn['’]?t|weren['’]?t|wouldn['’]?t|would\s+just|stopped|"
    r"actually)\b[^.!?]{0,60}\bI(?:['’]d|\s+would)\b|\bcoming\s+from\s+(?:you|someone\s+who|the\s+(?:person|"
    r"guy|one)\s+who)\b|\bstop\s+blaming\s+me\b|\byou" + A + r"?re\s+(?:always\s+)?blaming\s+me\b|\bwhy\s+(?:are\s+you|do\s+you)\s+always\s+blam"
    r"|\bwell,?\s+you\s+\w+[^.!?]{0,30}\btoo\b|\bbut\s+you\s+(?:started|did\s+it|do\s+it\s+too)\b|\bI\s+had\s+no\s+choice\s+because\s+you\b"
    r"|\bthat" + A + r"?s\s+rich\s+coming\s+from\s+you\b|\blook\s+who" + A + r"?s\s+talking\b"
    # Everyday counter-moves: denial, turning the tables, playing the victim.
    r"|\bI(?:" + A + r"m|\s+am)\s+not\s+the\s+one\s+(?:who|that)\b|\bhere\s+we\s+go\s+again\b|\bthat" + A + r"?s\s+not\s+what\s+"
    r"happened\b|\bI\s+never\s+said\s+that\b|\bwhy\s+are\s+you\s+(?:attacking|having\s+a\s+go\s+at)\s+me\b|\bI\s+can" + A +
    r"?t\s+do\s+anything\s+right\b|\bnothing\s+(?:I\s+do\s+)?is\s+ever\s+good\s+enough\s+for\s+you\b|\byou" + A + r"?re\s+one\s+to\s+talk\b"
    r"|\bso\s+it" + A + r"?s\s+all\s+my\s+fault\b|\bit" + A + r"?s\s+not\s+like\s+I\s+(?:did\s+it\s+on\s+purpose|meant\s+to)\b"
    r"|\bexcuse\s+me\s+for\s+(?:breathing|living|existing)\b|\bsorry\s+I" + A + r"?m\s+not\s+perfect\b|\bstop\s+exaggerating\b"
    r"|\byou" + A + r"?re\s+(?:imagining\s+things|making\s+(?:it|this|that)\s+up)\b|\bI\s+did\s+nothing\s+wrong\b"
    # Turning it round: "and who left the van empty last time?", "Fine, I missed the call, but you
    # sent the invite at 11pm", "that's on whoever changed it", "don't look at me".
    r"|\b(?:and|but|well|okay|ok),?\s+who\s+(?:left|forgot|broke|ate|lost|missed|spent|used|took|didn" + A + r"?t|was|never)\b[^.!?]{0,60}\?"
    r"|\bwhy\s+am\s+I\s+(?:in\s+trouble|getting\s+(?:the\s+blame|blamed|yelled\s+at|told\s+off|shouted\s+at))\b"
    r"|\bsorry\s+if\s+I\s+(?:upset|hurt|offended|annoyed|bothered)\s+you,?\s+but\b|\bI" + A + r"?m\s+not\s+apologi[sz]ing\s+for\b"
    r"|\b(?:now\s+)?it(?:" + A + r"s|\s+is)\s+(?:all\s+)?on\s+me\s*\?|\bI\s+(?:just|only)\s+did\s+what\s+(?:[\w'’]+\s+){1,2}(?:asked|told|said)\b"
    r"|\bthat" + A + r"?s\s+(?:on\s+)?(?:the\s+)?[\w'’]+(?:\s+[\w'’]+)?,?\s+not\s+me\s*(?:[.!]|$)|\blet" + A + r"?s\s+not\s+pretend\s+it" + A +
    r"?s\s+(?:just|only|all)\s+me\b|\b(?:fine|ok|okay|yes|yeah|sure),?\s+I\s+(?:missed|forgot|was\s+late|broke|lost|shouted|"
    r"snapped|yelled)\b[^.!?]{0,40},?\s+but\s+you\b(?!\s+know)|\bdon" + A + r"?t\s+look\s+at\s+me\b(?!\s+like)|\bmaybe\s+after\s+you\b"
    r"|\bthat" + A + r"?s\s+on\s+(?:whoever|them|him|her)\b|\bdon" + A + r"?t\s+(?:pin|blame|put)\s+(?:the\s+|this\s+|that\s+)?"
    r"[\w'’-]+\s+on\s+me\b|\bsorry\s+you\s+(?:took|take|felt|feel|got)\b|\bsorry\s+I\s+[\w'’]+(?:\s+[\w'’]+){0,3},?\s+but\s+"
    r"(?:honestly\s+|really\s+)?you\b(?!\s+know)|\bmaybe\s+don" + A + r"?t\s+(?:lecture|tell|judge|criticise|criticize|nag)\s+me\b"
    r"|\bremember\s+who\s+(?:spent|forgot|lost|broke|left|started)\b|\blook\s+at\s+yourself\b|\bmore\s+than\s+me\s+anyway\b"
    r"|\bif\s+you" + A + r"d\b[^.!?]{0,60}\bI\s+wouldn" + A + r"?t\s+have\b|\blet" + A + r"?s\s+not\s+pretend\s+you\b"
    r"|\byours\s+(?:isn|aren|wasn|weren)" + A + r"?t\s+(?:exactly\s+|much\s+)?[\w-]+\s+either\b|\b(?:it|that)" + A + r"s\s+rich\b"
    r"|\byou" + A + r"re\s+not\s+(?:exactly\s+)?(?:easy|perfect|innocent|a\s+saint|blameless)(?:\s+[\w'’]+){0,3}\s+either\b"
    r"|\bI\s+wasn" + A + r"?t\s+being\s+[\w-]+,?\s+I\s+was\s+being\s+(?:honest|truthful|real)\b"
    r"|\bI" + A + r"m\s+the\s+(?:bad\s+guy|villain|problem)\s+for\b|\bbefore\s+you\s+start\s+on\s+me\b"
    r"|\bpin\s+on\s+me\b"
    # Heading off the other side ("and no, I wasn't flirting", "and don't say I took it last week") and
    # "but I was literally about to do it".
    r"|\b(?:and|also)\s+no,\s+I(?:\s+wasn" + A + r"?t|\s+didn" + A + r"?t|\s+don" + A + r"?t|\s+am\s+not|" + A + r"m\s+not|\s+was\s+not|"
    r"\s+did\s+not)\b"
    r"|\bdon" + A + r"?t\s+(?:say|tell\s+me)\s+(?:that\s+)?(?:I\s+(?:did|took|was|said|started|forgot|do|always)|it\s+was\s+me|"
    r"it" + A + r"?s\s+my\s+fault)\b|\bbut\s+I\s+was\s+(?:literally\s+|just\s+|actually\s+)?(?:about|going)\s+to\s+(?:do|get|sort|"
    r"fix|take|put|clean|call|start)\b", IC)
