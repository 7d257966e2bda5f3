"""The shape of a draft: one issue or many, a concrete next step, and the parts the seed
templates ask for (a follow-up's highlight, action and question; a story's one scene and takeaway).
"""

from __future__ import annotations

import re
from bisect import bisect_right

from heartspace.coach.rx import may_occur, rx, shared_finditer, split_top, substring_bits

IC = re.IGNORECASE
A = r"['’]"

SENTENCES = rx(r"[^.!?\n]+(?:[.!?]+|\n|$)")
DAY = (r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thurs|fri|sat|sun|tomorrow|"
       r"tonight|this\s+(?:evening|weekend|afternoon|morning|week)|next\s+(?:week|weekend|month|time|\w+day)|the\s+weekend|"
       r"at\s+\d{1,2}(?::\d\d)?\s*(?:am|pm)?|\d{1,2}(?::\d\d)?\s*[ap]m|before\s+(?:bed|dinner|work|the\s+weekend)|"
       r"after\s+(?:dinner|work|school|the\s+kids)|in\s+the\s+(?:morning|evening)|on\s+the\s+\d{1,2}(?:st|nd|rd|th)?|"
       r"first\s+thing|by\s+(?:friday|monday|tomorrow|the\s+end)|each\s+(?:night|evening|week)|every\s+(?:sunday|monday|"
       r"tuesday|wednesday|thursday|friday|saturday|evening|night|week|morning))")
# One top-level branch per alternative, so each runs only when its word occurs (rx.py gating); the
# alternatives with digits always run, and they are cheap. (One group of 40 alternatives tried at
# every position was the slowest pattern the coach had.)
_DAY_ALTERNATIVES = split_top(DAY[3:-1])
DAY_RE = rx("|".join(r"\b" + alternative + r"\b" for alternative in _DAY_ALTERNATIVES if r"\d" not in alternative), IC)
# The alternatives that need a digit ("at 7", "on the 3rd") run only when the text holds one:
# most drafts have none, and "at"/"on" occur in nearly all of them. ("7pm" is written "[ap]m"
# so that it has no anchor: "am"/"pm" as an anchor would need a word to start with them.)
DAY_DIGITS_RE = rx("|".join(r"\b" + alternative + r"\b" for alternative in _DAY_ALTERNATIVES if r"\d" in alternative), IC)
_DIGIT_BITS = substring_bits("0123456789")

KITCHEN_SINK = rx(
    r"\b(?:and\s+)?another\s+thing\b|\bnot\s+to\s+mention\b|\bon\s+top\s+of\s+(?:that|all\s+that|everything)\b|\bwhile\s+"
    r"(?:we" + A + r"re|I" + A + r"m)\s+at\s+it\b|\band\s+(?:don" + A + r"?t\s+(?:even\s+)?get\s+me\s+started|then\s+there" + A +
    r"?s)\b|\bplus\s+you\b|\band\s+also\s+you\b|\balso,?\s+you\s+(?:never|always|still|didn" + A + r"?t|forgot|left)\b"
    r"|\bas\s+well\s+as\s+(?:the|your)\b[^.!?]*\b(?:and|plus)\b|\bwhich\s+reminds\s+me\b|\band\s+(?:the|that)\s+other\s+"
    r"(?:day|time|thing)\b|\bsame\s+(?:goes|with)\s+(?:for\s+)?(?:the|your)\b|\band\s+last\s+(?:week|month|year)\s+you\b", IC)
COMPLAINT_CLAUSE = rx(
    r"\byou\s+(?:(?:never|always|still|also|didn" + A + r"?t|don" + A + r"?t|haven" + A + r"?t|forgot|forget|left|leave|keep|"
    r"ignored|ignore|interrupted|spent|were|are|came|showed|made|said|cancelled|canceled|missed)\b)(?P<what>(?:\s+[\w'’]+){1,3})", IC)

# next_step() reads only which sentences hold a match, so a branch that always starts where another
# matches is left out ("would you be willing" starts a "would you" match), and so is "agree on one
# step" (next_step() has answered before this runs when it occurs). Each branch opens with its word,
# so `re` skips to it. ("can/could I" stay apart from "can/could we/you": a one-letter word cannot
# gate, so "can" alone would open the merged branch.)
REQUEST = rx(
    r"\bcan\s+(?:we|you)\b|\bcould\s+(?:we|you)\b|\bwould\s+(?:we|you)\b|\bwill\s+(?:we|you)\b|\bshall\s+we\b"
    r"|\blet" + A + r"?s\b|\blet\s+us\b|\bhow\s+about\b|\bwhat\s+if\s+we\b|\bplease\s+\w+"
    r"|\bI" + A + r"?d\s+(?:(?:like|love)\s+(?:us|you|it\s+if|for\s+us)\s+to|like\s+to)\b"
    r"|\bI\s+would\s+(?:like|love)\s+(?:us|you|it\s+if|for\s+us)\s+to\b|\bI\s+(?:need|want|ask)\s+(?:you|us)\s+to\b"
    # "I'll" and "we'll" spelt out with each apostrophe: gated on "i'll" rather than on "ll", which
    # nearly every draft holds ("all", "will", "really").
    r"|\b(?:I'll|I’ll|I\s+will|I" + A + r"m\s+going\s+to|I\s+am\s+going\s+to|I\s+plan\s+to|we'll|we’ll|we\s+will|"
    r"I" + A + r"m\s+gonna|I\s+promise\s+to|I" + A + r"m\s+booking|I\s+booked|I" + A + r"ve\s+booked)\b|\bnext\s+time\b|\bfrom\s+now\s+on\b"
    r"|\bgoing\s+forward\b|\bnext\s+step\b|\bwe\s+(?:could|should)\s+\w+"
    r"|\bwhy\s+don" + A + r"?t\s+we\b|\bdo\s+you\s+want\s+to\b|\bare\s+you\s+(?:free|up\s+for|around)\b|\bwant\s+to\s+\w+\s+"
    r"(?:on|this|next|tomorrow|tonight)\b|\bcould\s+I\b|\bcan\s+I\b", IC)
VAGUE = rx(
    r"\b(?:try\s+(?:harder|more|to\s+be)|be\s+(?:more|better|nicer|there)|do\s+better|things\s+to\s+be\s+different|more\s+"
    r"(?:support|effort|respect|time|nights?\s+like|of\s+(?:this|that))|get\s+together\s+(?:again\s+)?(?:soon|sometime)|"
    r"keep\s+(?:it|that)\s+in\s+mind|think\s+about\s+it|work\s+on\s+(?:it|myself|us|that)|never\s+stop|care\s+more|"
    r"understand|change\s+(?:your|my)\s+attitude|sort\s+(?:it|this|things)\s+out|figure\s+(?:it|things)\s+out|"
    r"see\s+what\s+happens|catch\s+up\s+(?:soon|sometime)|stop\s+being|be\s+less|do\s+(?:it|this|that)\s+again|"
    r"(?:hang\s+out|meet\s+up|chat|talk)\s+again|do\s+(?:this|it|that)\s+more(?:\s+often)?|keep\s+waiting|"
    r"(?:do|sort|fix)\s+it\s+myself,?\s+(?:like|as)\s+(?:always|usual))\b", IC)
NOT_A_STEP = rx(r"\bor\s+else\b|\bor\s+I" + A + r"?(?:ll|m)\s+(?:leave|leaving|done|gone|out)\b|\bif\s+you\s+(?:don" +
                        A + r"?t|do\s+not|can" + A + r"?t)\b[^.!?]*\bI" + A + r"?(?:ll|m)\s+(?:leave|leaving|done|gone|out|"
                        r"move)\b|\bis\s+it\s+(?:really\s+)?too\s+much\s+to\s+ask\b|\bwe\s+need\s+to\s+talk\s*[.!]?\s*$", IC)
LOGISTICS = rx(r"(?:^|[.!?]\s+)(?:please\s+)?(?:pick\s+up|grab|bring|call|text|send|book|buy|get|remember\s+to|"
                       r"don" + A + r"?t\s+forget\s+to|let\s+me\s+know|check|email|message|ring|meet\s+me|come\s+(?:over|round))\b",
                       IC)
_PLAN_NOUN = re.compile(r"\b(?:lunch|dinner|coffee|breakfast|drinks?|walk|movie|film|run|hike|date|swim|visit|trip)\b", IC)
# A day still to come, for something already done: "booked the table for the 14th" looks ahead, "sent it this morning" does not.
_AHEAD = re.compile(r"\b(?:tomorrow|tmrw|next\s+\w+|for\s+(?:the\s+)?(?:\d|mon|tue|wed|thu|fri|sat|sun|this|next|tomorrow)|starting|"
                    r"from\s+(?:next|monday|tomorrow)|on\s+the\s+\d|this\s+(?:coming|weekend)|(?:mon|tues|wednes|thurs|fri|satur|sun)day)", IC)
TIMED_PLAN = rx(r"\b(?:lunch|dinner|coffee|breakfast|drinks?|walk|call|chat|talk|movie|film|run|hike|date|game|"
                        r"swim|meet|catch[\s-]up|visit|trip)\b[^.!?]{0,40}\?|\?\s*$", IC)

HIGHLIGHT = rx(
    r"\b(?:loved|enjoyed|liked|adored|appreciated|treasured|will\s+remember|keep\s+thinking\s+about|still\s+(?:smiling|laughing|"
    r"thinking|crying|giggling)\s+(?:about|over)|was\s+moved\s+by|moved\s+by|touched\s+by|struck\s+by|favou?rite\s+(?:part|bit|moment)|fave?\s+(?:part|bit|moment)|best\s+(?:part|"
    r"bit|moment)|highlight|stood\s+out|stayed\s+with\s+me|the\s+(?:moment|part|bit)\s+(?:when|where|about)|laughing\s+about|"
    r"so\s+good\s+to\s+hear|great\s+to\s+hear|glad\s+you\s+(?:told|shared|mentioned)|thank(?:s|\s+you|\s+u)\s+for\s+(?:telling|sharing|"
    r"opening\s+up|explaining|showing)|(?:hearing|talking|learning)\s+about|when\s+(?:you|u)\s+(?:told|talked|said|showed|described|"
    r"mentioned|shared|explained|laughed|spoke|opened\s+up|admitted|brought\s+up|remembered)|your\s+(?:story|idea|plan|news|advice|photos|description|take)\s+(?:about|of|on)|"
    r"how\s+you\s+(?:described|talked|handled|explained)|(?:hearing|listening\s+to)\s+(?:you|about\s+your)|"
    r"(?:talking|working|going)\s+through\s+(?:the|your|our|my)\s+\w+|the\s+(?:story|conversation|chat|talk|bit|part|stuff|memory|"
    r"joke)\s+(?:about|of)|that\s+(?:story|conversation|chat|talk|bit|part|stuff|memory|joke)\s+(?:about|of))\b"
    r"|\bwhat\s+(?:you|u)\s+(?:said|told\s+me|shared)\s+(?:about|re:?|regarding)(?!\w)|\b(?:that|the)\s+thing\s+you\s+(?:said|told\s+me|"
    r"mentioned|shared)\b|\byour\s+(?:point|explanation|comment|tip|suggestion|words)\s+(?:about|of|on|re|regarding)\b"
    r"|\bthank(?:s|\s+you)\s+for\s+(?:being\s+(?:so\s+)?(?:honest|straight|open|real|upfront)\s+(?:with\s+me\s+)?about|walking\s+me\s+"
    r"(?:through|thru)|listening\s+(?:to\s+me\s+)?(?:about|re)|letting\s+me\s+(?:talk|vent|cry)\s+about|talking\s+me\s+through)\b"
    r"|\bmost\s+(?:helpful|useful|important|moving|memorable)\s+(?:part|bit|moment|thing)\b|\b(?:esp|especially)\.?\s+(?:the|your|when|how)\b"
    r"|\b(?:especially|particularly|really)\s+(?:valued|loved|liked|enjoyed|appreciated)\s+(?:your|the|how|when|hearing)\b"
    r"|\b(?:helpful|good|great|lovely|useful|honest|real)\s+(?:talk|chat|conversation|discussion)\s+(?:about|on|re)\b"
    r"|\bgrateful\s+(?:we|you)\s+(?:finally\s+)?(?:talked|told\s+me|opened\s+up)\b|\b(?:you|u)\s+were\s+(?:so\s+|totally\s+|completely\s+)?"
    r"right\s+about\b|\byou\s+(?:totally\s+)?called\s+it\s+(?:about|on|with)\b|\b(?:thinking|thought)\s+(?:a\s+lot\s+)?about\s+what\s+"
    r"you\s+(?:said|told\s+me)\b|\bthe\s+\w+\s+you\s+(?:showed|taught|gave)\s+me\b|\bglad\s+(?:we|you)\s+(?:finally\s+)?(?:talked|told\s+me|opened\s+up|"
    r"got\s+to\s+talk|had\s+(?:that|the|this)\s+(?:talk|chat|conversation))\s+about\b"
    # The talk's topic named: "following up on our talk about the wedding budget", "the moment you
    # admitted...", "thanks for hearing me out about Mum's care home".
    r"|\b(?:our|the|that|this)\s+(?:talk|chat|conversation|session|row|discussion|catch-?up)\s+(?:about|on|re|regarding)\b"
    r"|\bfollow(?:ing)?[\s-]?up\s+(?:on|about|after|from)\s+(?:our|the|that|this|my)\s+\w+|\bthe\s+moment\s+(?:you|u)\b"
    r"|\bhearing\s+me\s+out\s+(?:about|on|re)\b|\byou\s+(?:mentioned|brought\s+up|opened\s+up\s+about|told\s+me\s+about)\b", IC)
# Concrete things done or arranged, as people report them ("booked the table", "I've filled in the form").
_DONE = (r"(?:sent|emailed|booked|ordered|texted|forwarded|bought|reserved|messaged|called|rang|printed|cancell?ed|"
         r"deleted|returned|submitted|applied|signed\s+up|filled\s+(?:in|out)|handed\s+in|dropped\s+(?:it\s+|them\s+)?off|"
         r"looked\s+up|reached\s+out|scheduled|paid|downloaded|registered|enrolled|invited|updated|apologi[sz]ed|"
         r"unsubscribed|blocked\s+(?:out|off))")
# (Characters, not escapes: rx() lower-cases its sources.)
_EMOJI = "[\U0001F300-\U0001FAFF\u2600-\u27BF]"
# Participles of what was felt, thought or talked, not done (see ACTION).
_NOT_DEEDS = (r"(?:loved|enjoyed|liked|missed|wanted|needed|tried|learned|realised|realized|noticed|wondered|worried|"
              r"hoped|wished|appreciated|valued|treasured|cherished|imagined|pictured|considered|figured|believed|"
              r"struggled|failed|changed|reflected|mulled|processed|accepted|decided|laughed|cried|smiled|agreed|"
              r"talked|chatted|listened|waited|lived|used|hated|admired|respected|trusted|ignored|blamed|stressed|"
              r"panicked|suffered|survived|calmed|relaxed|started|felt|thought|been|had|always|never|ever|known|"
              r"seen|heard|said|got|grown|meant|kept|walked|stayed|opened|asked|woke|slept|snorted|giggled|teared|"
              r"sobbed|yelled|shouted|snapped|freaked|practi[sc]ed|discussed|covered|explored|shared|mentioned|"
              r"joked|reminisced|argued|bonded|connected|vented|ranted|rambled|skipped|sulked|forgot|lost|ended)")
ACTION = rx(
    r"\b(?:I" + A + r"ve|I\s+have|I|we" + A + r"ve|we)\s+(?:just\s+|already\s+|finally\s+|also\s+)?(?:sent|emailed|booked|ordered|texted|"
    r"added|shared|forwarded|bought|reserved|signed|messaged|called|rang|printed|posted|found|made|set\s+up|put|saved|scheduled|"
    r"paid|cancell?ed|deleted|returned|submitted|applied|filled\s+(?:in|out)|handed\s+in|dropped\s+(?:it\s+|them\s+)?off|"
    r"looked\s+up|reached\s+out|downloaded|registered|enrolled|invited|updated|apologi[sz]ed|unsubscribed|blocked\s+(?:out|off)|"
    r"pulled\s+together|joined)\b"
    # Done since the talk, said with "already", "have" or "did": "I already told Mia", "I've started journaling".
    r"|\b(?:I" + A + r"ve\s+(?:already\s+|just\s+|finally\s+)?|I\s+have\s+(?:already\s+)?|I\s+(?:already|just|finally)\s+|"
    r"I\s+did\s+|I\s+went\s+ahead\s+and\s+)(?:told|asked|started|talked\s+to|spoke\s+(?:to|with)|wrote|checked|confirmed|"
    r"changed|moved|fixed|cleared|contacted|"
    r"call|reach\s+out|ask|email|text|message|talk\s+to|book|cancel|tell)\b"
    # Phone drafts leave out the "I": "Sent the recipe to your email", "took your advice and messaged Carla".
    r"|(?:^|[.!?]\s+|[,;:—–]\s*|\n\s*|" + _EMOJI + r"\s*|\b(?:and|also|already|just|finally|btw|so|then|"
    r"update:?)\s+)" + _DONE +
    r"\b(?!\s+it\b|\s+my\s+day\b)|\b(?:already|just)\s+(?:put|set\s+up|saved|added|started|told|asked|wrote)\b(?!\s+my\s+day\b)"
    r"|\b(?:I" + A + r"ll|I\s+will|I" + A + r"?m\s+going\s+to|I\s+am\s+going\s+to|I" + A + r"?m\s+gonna|I\s+plan\s+to|we" + A +
    r"ll|we\s+will|let" + A + r"?s|I\s+promise\s+to|I" + A + r"m\s+(?:booking|sending|calling|bringing|making))\s+(?:\w+\s+)?"
    r"(?P<verb>\w+)"
    # "..., will send it tonight", "gonna try the no-screens thing tonight" (no "I").
    r"|(?:^|[.!?]\s+|[,;:—–]\s*|\band\s+)(?:will|gonna|going\s+to)\s+(?P<bare>\w+)"
    # A plan in the present tense with its day: "I'm emailing HR first thing tomorrow".
    r"|\b(?:I" + A + r"?m|I\s+am|we" + A + r"re|we\s+are)\s+(?:only\s+|also\s+|just\s+)?(?P<ing>\w+ing)\b"
    # The same without "I": "doing it tonight", "sending them Friday".
    r"|(?:^|[.!?]\s+|\n\s*)(?P<ing2>\w+ing)\s+(?:it|that|this|them)\b"
    # Done, in the present perfect ("I have telephoned the Hendersons", "we've spoken to the school"),
    # but not what was felt or thought ("I've missed you", "I've been thinking").
    r"|\b(?:I" + A + r"ve|I\s+have|we" + A + r"ve|we\s+have)\s+(?:already\s+|just\s+|now\s+|also\s+|finally\s+)?(?!" + _NOT_DEEDS +
    r"\b)(?:\w+ed|spoken|written|sent|made|put|set\s+up|found|given|taken|brought|bought|told|paid|rung|left\s+a)\b"
    # The same in the simple past: "I poured the rest of the wine away", "we set a reminder".
    r"|\b(?:I|we)\s+(?:just\s+|already\s+|finally\s+|also\s+)?(?!" + _NOT_DEEDS + r"\b)(?:\w+ed|set|put|wrote|sent|made|bought|"
    r"brought|rang|took|gave)\s+(?!to\b|that\b|about\b|how\b|when\b|like\b|it\s+was\b|so\b|up\s+(?:on|with)\b|out\s+(?:crying|laughing)\b|the\s+ball\b|the\s+plot\b|my\s+temper\b)"
    r"(?:[\w'’]+)\b"
    # Things in hand: "i got us two tickets", "we have an appointment with the advisor", "I dropped the
    # number through your letterbox", "i showed mum the photo".
    r"|\b(?:I|we)\s+(?:just\s+got|already\s+got|got)\s+(?:(?:us|you|u|him|her|them)\s+(?:a|an|the|some|two|three|\d+)|(?:the\s+|a\s+|an\s+|"
    r"our\s+)?(?:tickets?|table|booking|reservation|appointment|quote|seats?))\b"
    r"|\b(?:we|I)(?:\s+have|" + A + r"ve\s+got|\s+got)\s+(?:an?\s+|our\s+)?(?:appointment|booking|reservation|tickets?|slot)\s+(?:with|for|at|on)\b"
    r"|\b(?:I|we)\s+(?:just\s+|already\s+)?(?:dropped|popped|slipped)\s+(?:[\w'’]+\s+){1,4}?(?:off|through|round|by|into|in)\b"
    r"|\b(?:I|we)\s+(?:showed|just\s+showed|already\s+showed)\s+(?!up\b)(?:[\w'’]+\s+){1,2}(?:the|a|your|my|those|that)\b", IC)
VAGUE_ACTION_VERBS = frozenset("""keep try think consider be see remember work maybe probably hopefully figure sort get reflect
look mull bear treasure cherish miss love hold never always""".split())
# Present-tense "-ing" words that say how someone is, not what they will do.
NOT_A_PLAN = frozenset("""feeling thinking hoping wondering trying going getting being looking still doing living struggling
loving missing waiting planning willing starting sitting""".split())
_LOOK_INTO = re.compile(r"\s+(?:up|into|at)\b", IC)
_NOT_A_DEED = frozenset("thinking feeling loving missing hoping wondering hating liking considering".split())
_TRYING_TO = re.compile(r"\btry\s+(?:to|harder|more|and|my|our|again)\b", IC)
# A question asks; "should we put it on the list?" reports nothing done.
_ASKING_BEFORE = re.compile(r"\b(?:should|shall|could|can|would|do|did|will|might|must|to|if)\s*$", IC)
# Questions typed without "?": "I was wondering if...", and word order that only a question has
# ("what time should i get there", "are you still coming") in a sentence left unpunctuated.
_WONDERING = re.compile(r"\bwondering\s+(?:if|whether|what|when|how|where|who|which)\b|\bquick\s+q(?:uestion)?\b[,:]", IC)
_UNMARKED_QUESTION = re.compile(
    r"\b(?:what|when|where|how|which|who)(?:\s+\w+)?\s+(?:should|shall|can|could|would|will|do|does|are)\s+(?:we|i|you|u|ya)\b"
    r"|(?:^\W*|\b(?:anyway|so|also|and|but|lol|haha|ok|okay|btw|oh)\b,?\s+|[,;:—–]\s*)(?:should|shall|can|could|would|will|do|are|r)"
    r"\s+(?:we|you|u|ya)\b", IC)
_REMEMBERING = re.compile(r"\b(?:do|did|d)\s+(?:you|u|ya)\s+(?:still\s+)?remember\b|(?:^\W*|[.!?]\s*)remember\s+(?:when|what|how|that)\b", IC)
BACKWARD_QUESTION = rx(r"^\s*(?:did|was|were|had|didn" + A + r"?t|wasn" + A + r"?t)\b", IC)
TAKEAWAY = rx(
    r"\b(?:taught\s+me|I(?:" + A + r"ve|\s+have)?\s+(?:finally\s+|slowly\s+|since\s+|also\s+)?learn(?:ed|t)|"
    # "Ever since, I try to notice...", "What I finally figured out is...", "The thing I took from it:"
    r"(?:ever\s+since|since\s+then|from\s+then\s+on|since\s+that\s+(?:day|night|moment)),?\s+(?:I|we)\b|"
    r"what\s+I\s+(?:finally\s+|eventually\s+)?(?:figured\s+out|worked\s+out|learn(?:ed|t)|took\s+(?:away\s+)?from\s+(?:it|that|this)|"
    r"know\s+now|understand\s+now|reali[sz]ed)|the\s+(?:thing|one\s+thing)\s+I\s+took\s+(?:away\s+)?from\s+(?:it|that|this)|"
    r"that\s+(?:day|night|moment)\s+I\s+decided|I\s+realis(?:ed|e)|I\s+realiz(?:ed|e)|(?:now|since\s+then)\s+I\s+(?:know|try|always|make|"
    r"ask|remember)|the\s+lesson|lesson\s+(?:was|is|I)|showed\s+me|reminded\s+me|made\s+me\s+realis|I\s+understood|I\s+came\s+"
    r"to\s+(?:see|understand|believe)|I\s+discovered|I\s+found\s+out)\b(?P<lesson>[^.!?\n]*)", IC)
VAGUE_LESSON = rx(r"^\s*(?:that\s+)?(?:some\s+things|a\s+lot|stuff|things|something|nothing|a\s+thing\s+or\s+two|"
                          r"so\s+much|many\s+things|a\s+few\s+things|loads)?\s*(?:about\s+\w+)?\s*$", IC)
JUDGEMENT_LESSON = rx(r"^\s*(?:that\s+)?(?:he|she|they|my\s+\w+)(?:" + A + r"s|\s+is|\s+was|\s+are|\s+were)\s+"
                              r"(?:a\s+|an\s+|just\s+|such\s+a\s+|born\s+|completely\s+|totally\s+)*\w+\s*$", IC)
GENERAL_PERIOD = rx(
    r"\b(?:the\s+(?:entire|whole)\s+(?:time|year|decade)|most\s+of\s+my|all\s+(?:my\s+life|through|those\s+years)|for\s+years|"
    r"growing\s+up|throughout|during\s+my\s+(?:twenties|thirties|teens|childhood|school|whole)|whenever|every\s+time|over\s+the\s+"
    r"(?:years|past\s+(?:few\s+)?(?:years|months))|in\s+my\s+(?:twenties|thirties|teens|childhood)|for\s+most\s+of|as\s+a\s+kid|"
    r"as\s+a\s+child|my\s+whole\s+(?:life|childhood))\b", IC)
EVENT_SHIFT = rx(r"\b(?:and\s+then\s+(?:later|another|the\s+next\s+year|years\s+later)|another\s+time|later\s+that\s+"
                         r"year|a\s+year\s+later|years\s+later|the\s+next\s+year|also\s+when|and\s+when|then\s+again\s+when)\b", IC)
SPECIFIC_APPRECIATION = rx(r"\b(?:for|when|the\s+way|how)\s+(?:you\s+)?(?:\w+\s+){0,3}\w+(?:ed|ing)\b|\bfor\s+(?:the|my|"
                                   r"our|that|your)\s+\w+|\bwhen\s+you\b|\bthe\s+way\s+you\b|\bhow\s+you\b"
                                   # "I appreciate you taking the kids", "loved you singing in the car"
                                   r"|\b(?:appreciate[ds]?|appreciating|lov(?:e|ed|ing)|thank|thanks)\s+(?:you|u)\s+\w+ing\b"
                                   # "I noticed you put your phone away", "you were so patient with Dad today"
                                   r"|\b(?:I\s+(?:saw|noticed|watched|heard)\s+(?:you|how\s+you)|you\s+(?:really\s+|just\s+|actually\s+)?"
                                   r"(?:made|took|put|brought|gave|drove|came|kept|stayed|sat|held|found|ran|wrote|sent|bought|paid|"
                                   r"fixed|picked|cooked|cleaned|listened|remembered|called|texted|waited|showed|got|did|let|"
                                   r"were\s+(?:so\s+|really\s+)?\w+\s+(?:with|to|about|at|when|during)))\b"
                                   r"(?=[^.!?\n]*\b(?:today|tonight|yesterday|this\s+(?:morning|afternoon|evening|week)|last\s+"
                                   r"(?:night|week|weekend)|on\s+\w+day|at\s+(?:the\s+)?\w+|when|after|before|during|while|so|"
                                   r"even\s+though|away|up|out|back|for|with|to)\b)", IC)
GENERIC_APPRECIATION = rx(r"\b(?:all\s+(?:you\s+do|that\s+you\s+do|of\s+it|the\s+things)|everything|being\s+(?:you|"
                                  r"there|amazing|great|the\s+best)|you" + A + r"re\s+(?:a\s+star|the\s+best|amazing|great))\b", IC)


def sentences(text: str) -> list[str]:
    return [s for s in SENTENCES.findall(text) if s.strip()]


# A list of three grievances in one breath: "the credit card, the school evening, and your mum".
LIST_OF_THREE = re.compile(r"[^,.!?;]{3,80},\s+[^,.!?;]{3,80},?\s+and\s+[^,.!?;]{3,}")
_LIST_REST = re.compile(r"\s+[^,.!?;]{3,80},?\s+and\s+[^,.!?;]{3,}")
_PUNCT = re.compile(r"[,.!?;]")


def lists_of_three(text: str):
    """The (start, end) of each LIST_OF_THREE.finditer(text) match, found from the commas.

    The same matches, without `re` trying every position: the first part of a match cannot hold
    punctuation and must end at a comma, so it ends at the first punctuation after its start, which
    must be a comma; from any start in one stretch the rest is the same, and the leftmost start
    is the stretch's beginning or 80 characters before the comma.
    """
    pos = 0
    stretch = 0  # where the current run of non-punctuation began
    for mark in _PUNCT.finditer(text):
        comma = mark.start()
        begin = max(stretch, pos, comma - 80)
        stretch = comma + 1
        if mark.group() != "," or comma - begin < 3:
            continue
        rest = _LIST_REST.match(text, comma + 1)
        if rest:
            yield begin, rest.end()
            pos = rest.end()
            stretch = max(stretch, pos)
GRIEVANCE = re.compile(r"\b(?:upset|frustrated|angry|annoyed|hurt|fed\s+up|sick\s+of|tired\s+of|mad|furious|disappointed|"
                       r"you\s+(?:forgot|didn['’]?t|never|always|left|ignored|missed|broke|lied|told))\b")


def single_issue(text: str, problem_sentences: int) -> bool:
    if KITCHEN_SINK.search(text):
        return False
    if text.count(",") >= 2:  # a list needs two commas; most drafts skip this scan
        for start, end in lists_of_three(text):
            if GRIEVANCE.search(text, max(0, start - 80), end):
                return False
    if problem_sentences < 2:
        return True
    verbs = {" ".join(m.group("what").lower().split()[:1]) for m in shared_finditer(COMPLAINT_CLAUSE, text)}
    return len(verbs) < 3


AGREE_STEP = rx(r"\bagree\s+(?:on\s+)?(?:one|a|the)\s+(?:next\s+)?step\b")
TOO_MUCH = rx(r"\bis\s+it\s+(?:really\s+)?too\s+much\b")
NEED_VAGUE = rx(r"\bI\s+(?:need|want)\s+(?:you|us)\s+to\s+(?:never|always|be|care|understand|stop\s+being|feel|know|change|step\s+up|"
                r"try\s+harder|do\s+better|help\s+more|listen\s+more|make\s+more\s+(?:of\s+an\s+)?effort|grow\s+up)\b")
# "What do you want to talk about next time?" opens the next talk; it proposes nothing to do yet.
_OPEN_QUESTION = re.compile(r"^\W*(?:[\w'’]+\W+){0,3}?(?:what|anything|any\s+thoughts|any\s+ideas)\b", IC)


def _opens_the_next_talk(sentence: str) -> bool:
    return sentence.rstrip().endswith("?") and bool(_OPEN_QUESTION.search(sentence)) and not _PLAN_NOUN.search(sentence)


def next_step(text: str) -> bool:
    """A concrete forward action in some sentence: a request or commitment that is not a vague wish, or a timed plan."""
    # Agreeing on a step is one (it holds "step", so nothing below would have answered first).
    if AGREE_STEP.search(text):
        return True
    # Each pattern scans the text once: the matches decide both "any at all" and which sentences have one.
    request_matches = list(REQUEST.finditer(text))
    logistics_matches = list(LOGISTICS.finditer(text))
    day_matches = list(DAY_RE.finditer(text))
    if may_occur(_DIGIT_BITS):
        day_matches += DAY_DIGITS_RE.finditer(text)  # (only the sentences matter, not the order)
    if not (request_matches or logistics_matches or day_matches or "step" in text):
        return False
    # (The engine splits the masked text into sentences too; without quotes it is this same text.)
    spans = [m.span() for m in shared_finditer(SENTENCES, text) if m.group().strip()]
    if not spans:
        return False
    starts = [start for start, _ in spans]

    def sentences_of(matches) -> set[int]:
        # Matches are mapped to their sentence.
        return {bisect_right(starts, m.start() + (1 if m.group()[:1] in ".!? " else 0)) - 1 for m in matches}

    def sentences_with(pattern) -> set[int]:
        return sentences_of(pattern.finditer(text))

    requests = sentences_of(request_matches) | sentences_of(logistics_matches)
    timed = sentences_of(day_matches)
    if not requests and not timed:
        return False
    blocked = sentences_with(NOT_A_STEP) | sentences_with(TOO_MUCH)
    vague = sentences_with(VAGUE) | sentences_with(NEED_VAGUE)
    for index, (start, end) in enumerate(spans):
        if index in blocked:
            continue
        if index in requests and (index in timed or index not in vague):
            if index in timed and NEED_VAGUE.search(text[start:end]):
                continue
            if not _opens_the_next_talk(text[start:end]):
                return True
        if index in timed and TIMED_PLAN.search(text[start:end]) and not _opens_the_next_talk(text[start:end]):
            return True
    # Something done or arranged for a day: "booked the table for the 14th at 8", "I'm driving over Saturday".
    if not timed:
        return False
    for match, is_timed in _actions(text):
        found = match.groupdict()
        planned = found.get("verb") or found.get("bare") or found.get("ing") or found.get("ing2")
        if is_timed and (planned or _AHEAD.search(text, match.start(), _sentence_end(text, match.end()))):
            return True
    return False


def _sentence_end(text: str, position: int) -> int:
    ends = [end for end in (text.find(mark, position) for mark in ".!?\n") if end != -1]
    return min(ends, default=len(text))


# "Loved this", "enjoyed catching up": warmth about the whole talk singles out no moment of it.
_WHOLE_TALK = re.compile(r"\s*(?:(?:this|it|that|today|tonight|our\s+(?:chat|talk|time|catch[\s-]?up)|the\s+(?:chat|talk|coffee|"
                         r"walk|call)|catching\s+up|seeing\s+you|talking(?:\s+to\s+you)?|hanging\s+out)\s*(?:so\s+much|a\s+lot)?"
                         r"\s*(?:[.!,]|$)|(?:this|it|that)\s+(?:so\s+much|a\s+lot)\b)", IC)
_NO_HIGHLIGHT = re.compile(r"\s*[:=-]?\s*(?:none|nothing|n/?a|nada)\b", IC)
_WARM_WORDS = frozenset("loved enjoyed liked adored appreciated".split())
_A_THING_BEFORE = re.compile(r"\b(?:the|that|this|those)\s+[\w-]+(?:\s+[\w-]+)?\s+$", IC)


def highlight(text: str) -> bool:
    for match in HIGHLIGHT.finditer(text):
        if match.group().lower() in _WARM_WORDS and _WHOLE_TALK.match(text, match.end()):
            continue
        if match.group().lower().startswith("you ") and _A_THING_BEFORE.search(text, max(0, match.start() - 40), match.start()):
            continue  # "the article you mentioned": a thing pointed at, not a moment of the talk
        if _NO_HIGHLIGHT.match(text, match.end()):
            continue  # "Highlight: none really"
        clause = text[match.end():match.end() + 120].split(".")[0]
        # Five highlights are none: the point is one moment.
        return clause.count(",") < 3
    return False


def _actions(text: str):
    """(match, whether its sentence names a day or time) for each action taken or concretely planned."""
    for m in ACTION.finditer(text):
        found = m.groupdict()
        verb = (found.get("verb") or found.get("bare") or "").lower()
        # ("I'll treasure that story": the word after "I'll" says as much as the one after it.)
        said = {word.lower() for word in m.group().split()[-2:]} if verb else set()
        sentence = text[m.start():_sentence_end(text, m.end())]
        timed = DAY_RE.search(sentence) or DAY_DIGITS_RE.search(sentence)
        ing = found.get("ing") or found.get("ing2")
        if ing:
            # "I'm driving over Saturday" is a plan; "I'm feeling better today" is not. (With its object
            # and no "I", "doing it tonight" is one too.)
            if (ing.lower() in (NOT_A_PLAN if found.get("ing") else _NOT_A_DEED)) or not timed:
                continue
        elif said & VAGUE_ACTION_VERBS == {"look"} and _looks_something_up(said, text, m.end(), timed):
            pass  # "I'll look at flights tonight", "I'll look up the support group": a concrete errand
        elif said & VAGUE_ACTION_VERBS:
            # "gonna try the no-screens thing tonight" is a plan; "I'll try harder", "will try to be better" are not.
            if not (said & VAGUE_ACTION_VERBS == {"try"} and timed and not _TRYING_TO.search(sentence)):
                continue
        if _ASKING_BEFORE.search(text, max(0, m.start() - 12), m.start()):
            continue
        rest = text[m.start():m.start() + 80]
        if re.search(r"\b(?:TBD|to\s+be\s+decided|tbc)\b", rest, IC):
            continue
        if VAGUE.search(sentence) and not timed:
            continue  # "let's do it again", "we'll catch up soon": no action yet
        yield m, bool(timed)


def _looks_something_up(said: set[str], text: str, end: int, timed) -> bool:
    """"I'll look up the group", "I'll look at flights tonight" (not "I'll look at you differently")."""
    after = _LOOK_INTO.match(text, end)
    particles = said | ({after.group().strip().lower()} if after else set())
    return "up" in particles or bool(timed and particles & {"into", "at"})


def action(text: str) -> bool:
    return any(True for _ in _actions(text))


def question(text: str) -> bool:
    """A question looking ahead: marked with "?" (or ❓), or typed without one, as phone drafts end
    ("anyway what should we cover next month", "wondering if we could walk next time")."""
    for sentence in sentences(text):
        stripped = sentence.rstrip()
        if _REMEMBERING.search(sentence):
            continue  # "do u remember what we named that hamster?": about the past
        if stripped.endswith("?") or "❓" in sentence:
            if not BACKWARD_QUESTION.search(sentence):
                return True
        elif _WONDERING.search(sentence) or (stripped[-1:] not in ".!" and _UNMARKED_QUESTION.search(sentence)):
            return True
    return False


def takeaway(text: str) -> bool:
    for m in TAKEAWAY.finditer(text):
        lesson = m.group("lesson")
        if len(lesson.split()) < 2 or VAGUE_LESSON.match(lesson) or JUDGEMENT_LESSON.match(lesson):
            continue
        return True
    return False


def one_scene(text: str) -> bool:
    if GENERAL_PERIOD.search(text) or EVENT_SHIFT.search(text):
        return False
    return len(re.findall(r"\bwhen\b", text, IC)) <= 2


# Three or more things in a row: "the dinner, the flowers and the card", "your help, your time, your patience".
_NOUN = r"(?:the|your|my|our|all\s+the|those|that)\s+\w+(?:\s+\w+)?"
LIST_OF_THINGS = rx(r"\b" + _NOUN + r"\s*,\s*(?:" + _NOUN + r"\s*,\s*)*(?:and\s+|&\s+)?" + _NOUN, IC)


def specific_appreciation(text: str) -> bool:
    return (bool(SPECIFIC_APPRECIATION.search(text)) and not GENERIC_APPRECIATION.search(text) and text.count(",") < 3
            and not LIST_OF_THINGS.search(text))
