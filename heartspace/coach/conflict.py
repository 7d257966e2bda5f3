"""Gottman's horsemen in a draft: blame (criticism of the person), contempt and defensiveness.

Each detector returns spans [start, end, text] into the original text. Quoted speech is
masked first (someone else's words are not the speaker's blame), and so are generic-"you"
idioms ("you never know"). Absolutes that praise ("you never forget my birthday") are not blame.
"""

from __future__ import annotations

import re

from heartspace.coach.conflict_patterns import (
    CALLING,
    CONTEMPT,
    DEFENSIVE,
    GENERIC_YOU,
    GLOBAL_YOU,
    IC,
    MARKERS,
    MOTIVE,
    NEVER_KIND,
    PAST_SINGLE,
    QUOTED,
    QUOTED_NO_DOUBLE,
    REGRET,
    REINFORCED,
    ROLE_LABEL,
    SARCASM_AFTER_COMPLAINT,
    SARCASM_OPENER,
    SARCASTIC_THANKS,
    SARCASTIC_THANKS_WORDS,
    SELF_REFERENCE,
    TRAIT,
    VOCATIVE,
    YOU_ABSOLUTE,
)
from heartspace.coach.lexicon import CHARACTER_WORDS, INSULT_NAMES, SARCASTIC_NAMES, TOO_TRAITS
from heartspace.coach.rx import may_occur, shared_finditer, word_bits
from heartspace.coach.sentiment import lexicon, scores


def mask_quotes(text: str) -> str:
    """Blank out quoted speech (keeping offsets) unless the quote is most of the text."""
    def blank(match):
        return " " * len(match.group())
    masked = (QUOTED if '"' in text else QUOTED_NO_DOUBLE).sub(blank, text)
    if len(text.strip()) and len(masked.strip()) < len(text.strip()) * 0.3:
        return text  # the whole draft is in quotes: it is the speaker's own message
    return masked


def _span(text, start, end) -> list:
    return [start, end, text[start:end]]


def _sentence_around(text: str, start: int, end: int) -> tuple[int, int]:
    left = max(text.rfind(".", 0, start), text.rfind("!", 0, start), text.rfind("?", 0, start), text.rfind("\n", 0, start))
    right = len(text)
    for mark in ".!?\n":
        found = text.find(mark, end, right)  # only an earlier end than the one found so far counts
        if found != -1:
            right = found + 1
    return left + 1, right


# The label patterns (TRAIT, CALLING, VOCATIVE) count only when the label is one of these words,
# so without any of them in the text they need not run (their label is always a whole word).
_LABEL_BITS = word_bits(CHARACTER_WORDS | INSULT_NAMES | TOO_TRAITS)
_INSULT_BITS = word_bits(INSULT_NAMES)
# The texts matched here are lower-cased (rx.py), so none of these needs IGNORECASE.
_ABOUT_SOMEONE = re.compile(r"\b(?:you|your|you['’]re|he|she|he['’]s|she['’]s|they)\b")
_RESIGNED = re.compile(r"\s*(?:fine|sure|ok|okay|whatever|great|of\s+course|yeah|oh)\b")
_NEGATED_WINDOW = re.compile(r"(?:\bnot|n[’']t|\bnever|\bno\s+longer)\s+(?:[\w'’]+\s+){0,2}$")
_NOT_IN = re.compile(r"n[’']t|\bnot\b")
_NOT_WORD_IN = re.compile(r"\bnot\b|n[’']t\b")
_PERFECT = re.compile(r"\b(?:have|has)\b|[’']ve")
_APPROVING_NAME = re.compile(r"\b(?:nice\s+one|nice\s+try|well\s+done|good\s+job|great\s+job|ok|okay|k|sure|thanks|"
                             r"cheers|yeah\s+right|whatever\s+you\s+say|bravo|congrats)\s+(?P<name>[a-z-]+)\b")
_CLOSING_NAME = re.compile(r",\s*(?:your\s+)?(?P<name>[a-z-]+)\s*(?:[.!?,]|[^\w\s,.!?]|$)")
# Labels that are also everyday verbs or senses right after a bare "you": "I know what you mean",
# "you mean a lot to me", "are you cold?", "you fool nobody". With a verb or a degree word
# between ("you're mean", "you are so cold") they are labels again.
_ALSO_A_VERB = frozenset({"mean", "cold", "cheat", "nag", "bully", "fake", "fool", "clown", "pig"})
# ...and of those, the ones that still insult when they end the phrase ("you fool!", "you pig.").
_NAMES_AT_THE_END = frozenset({"fool", "clown", "pig"})
# ...nor is a request: "you never listen, and I need you to actually care".
_NOT_PRAISE = re.compile(r"n['’]t\b|\bnot\b|\bif\s+you\b|\bmaybe\b|\bbecause\b|\bI\s+need\b|\bneed\s+you\s+to\b"
                         r"|\bI\s+want\s+you\s+to\b|\bI['’]?m\s+(?:always\s+)?the\s+one\s+who\b|\bwhile\s+I\b", IC)


# The same test for ASCII text once lower-cased (there IGNORECASE and lower() agree), run only when
# one of its words occurs at all: most clauses hold none, and substring tests cost far less.
_NOT_PRAISE_LOW = re.compile(r"n't\b|\bnot\b|\bif\s+you\b|\bmaybe\b|\bbecause\b|\bi'?m\s+(?:always\s+)?the\s+one\s+who\b"
                             r"|\bwhile\s+i\b")
_NOT_PRAISE_WORDS = ("n't", "not", "if", "maybe", "because", "the one who", "while i")


def _not_praise(clause: str) -> bool:
    """_NOT_PRAISE.search(clause), with cheap substring tests first for ASCII clauses."""
    if not clause.isascii():
        return bool(_NOT_PRAISE.search(clause))
    low = clause.lower()
    return any(map(low.__contains__, _NOT_PRAISE_WORDS)) and bool(_NOT_PRAISE_LOW.search(low))


# Words the lexicon scores as warm that are not praise here: "like" comparing ("treats us like
# staff", "like I do every night"), a laugh that softens a complaint ("u never have cash lol"),
# "honestly" opening one.
_NOT_WARM_HERE = re.compile(r"\blike(?=\s+(?:a|an|the|i|we|you|u|he|she|they|it|this|that|every|my|your|his|her|our|their|"
                            r"staff|servants?|dirt|children|kids|always|usual|and|but)\b|\s*[,.!?]|\s*$)|\b(?:lol|lmao|haha+|hehe|honestly|frankly)\b", IC)


def _warmth(clause: str) -> dict:
    """The lexicon's scores of `clause`, without the words _NOT_WARM_HERE sets aside."""
    if "l" in clause or "h" in clause:  # every word it sets aside holds one: most clauses skip the pass
        clause = _NOT_WARM_HERE.sub(lambda m: " " * len(m.group()), clause)
    return scores(clause)


def _praises(clause: str) -> bool:
    """'You never forget my birthday', 'you always make me laugh': an absolute that is a compliment."""
    # Lexicon words can be fooled by "if you didn't nag me... I'd actually remember": conditions are not praise.
    # (Checked first: a regular expression is far cheaper than the lexicon pass.)
    if _not_praise(clause):
        return False
    s = _warmth(clause)
    return s["compound"] >= 0.3 and s["neg"] <= 0


# "You're always there for me", "there when I need you", "you always have my back", "always in
# my thoughts": warm absolutes in words the sentiment lexicon gives no score. Read right after
# "always", and only without a catch in the sentence ("there for everyone but me", "there when
# you need something").
WARM_ALWAYS = re.compile(
    r"\s+(?:(?:so|just|really|honestly|been)\s+)?(?:(?:there|here)\s+(?:for\b|when\s+(?:i|we)\s+(?:need|call)\b)"
    r"|(?:have|has|got)\s+(?:my|our)\s+backs?\b|on\s+(?:my|our)\s+(?:mind|side|radar)\b|in\s+(?:my|our)\s+(?:thoughts|hearts?|prayers|corner)\b"
    r"|remember(?:s|ing)?\s+(?:the\s+little\s+things|to\s+(?:ask|call|text|check|bring|save)|(?:my|our)\s+(?:birthday|anniversary)|birthdays)\b"
    r"|show(?:s|ing)?\s+up\s+(?:for|when\s+(?:it\s+(?:counts|matters)|i\s+need))\b"
    r"|mak(?:e|es|ing)\s+(?:time|room|space)\s+for\s+(?:me|us)\b|look(?:s|ing)?\s+out\s+for\b"
    r"|tak(?:e|es|ing)\s+(?:such\s+)?(?:good\s+)?care\s+of\s+(?:me|us|everyone|everything|the\s+kids|mum|mom|dad)\b|check(?:s|ing)?\s+(?:in\s+)?on\s+(?:me|us)\b"
    r"|(?:stand|stick)(?:s|ing)?\s+up\s+for\b|believ(?:e|es|ing)\s+in\s+(?:me|us)\b|cheer(?:s|ing)?\s+(?:me|us)\s+on\b"
    r"|put(?:s|ting)?\s+(?:me|us|the\s+kids|family|your\s+family)\s+first\b|pick(?:s|ing)?\s+up\s+when\b"
    r"|know(?:s)?\s+(?:just\s+|exactly\s+)?(?:what|how|when)\s+to\s+(?:say|do|make|cheer|help)\b"
    r"|find(?:s|ing)?\s+(?:a\s+way|the\s+time)\s+to\s+(?:help|make\s+(?:me|us|them|everyone|the\s+kids)\s+(?:smile|laugh))\b"
    r"|welcome\b|(?:ready|happy|glad)\s+to\s+(?:help|listen)\b)")
_CATCH = re.compile(r"\b(?:but|except|until|unless|only|instead|apart\s+from|when\s+(?:you|it)\s+(?:need|want|suit)s?)\b|\?")


def _warm_always(masked: str, after_always: int, s0: int, s1: int) -> bool:
    """Does the "always" ending at `after_always` begin one of WARM_ALWAYS, in a sentence (s0 to
    s1) with no catch? A sentence trailing off ("my back... until") goes on into the next. (A sad
    word may come with it: "there for me when I'm low".)"""
    if not WARM_ALWAYS.match(masked, after_always, s1):
        return False
    if masked.startswith(".", s1):
        _, s1 = _sentence_around(masked, s1 + 2, s1 + 2)
    return not _CATCH.search(masked, s0, s1)


_FOND = re.compile(r"\bi\s+(?:think\s+(?:about|of)|miss|love|adore|dream\s+(?:about|of)|brag\s+about|worry\s+about|pray\s+for)"
                   r"\s+(?:you|u|him|her|them)\b(?![^.!?]*\b(?:but|except|not|n['’]t)\b)")


def _kind_absolute(masked_sentence: str, sentence: str) -> bool:
    """'You were wonderful as always', 'marvellous company as always': an absolute that is not a complaint.

    About the other person it must praise; with nobody named it must simply be warm, unless it
    opens with resignation ("Fine, I'll clean up like always").
    """
    if _ABOUT_SOMEONE.search(masked_sentence):
        return _praises(sentence)
    if _RESIGNED.match(masked_sentence):
        return False
    return _warmth(sentence)["compound"] >= 0.3


# Never letting a bad thing happen to someone is care: "you never let me walk home alone", "never
# let a silence get awkward", "never let me pay" ("you never let me finish" is not).
_NEVER_LET_HARM = re.compile(r"\s+let\s+(?:me|us|anyone|anybody|a|the|them|him|her)\b[^.!?,;]{0,40}?\b(?:alone|awkward|down|"
                             r"hungry|cold|struggle|worry|fall|give\s+up|go\s+without|pay|forget|feel\s+(?:alone|left\s+out|stupid|small))\b")


def _never_a_fault(rest: str) -> bool:
    """'never forget', 'never fail', 'never let me down': never doing a bad thing is praise."""
    words = rest.split()
    if not words:
        return False
    if " ".join(words[:3]).lower().startswith(("let me down", "let us down", "give up on", "cease to", "fail to", "fails to")):
        return True
    if " ".join(words[:4]).lower().startswith(("make me feel like", "made me feel like", "makes me feel like")):
        return True  # "never make me feel like a burden": sparing someone a bad feeling
    # Clearly bad, not merely a cost: "never pay your share", "never leave a tip" are complaints.
    return lexicon().get(words[0].lower().strip(".,!?"), 0) <= -0.5


# A match of _NEGATED_WINDOW holds one of these ("not" and "no longer" hold "no"): cheap tests first.
_NEGATION_PARTS = ("no", "n't", "n’t", "never")


def _negated_before(text: str, start: int) -> bool:
    window = text[max(0, start - 30):start].lower()
    return any(map(window.__contains__, _NEGATION_PARTS)) and bool(_NEGATED_WINDOW.search(window))


# "You were pretty rude to the waiter tonight": a label in the past tense, tied to one occasion.
_BANNED_AGAIN = re.compile(r"\s+(?:\w+ing|getting\s+\w+|touching|going\s+\w+)\b[^.!?]{0,40}?\bagain\b")
_PAST_VERB = re.compile(r"\s(?:was|were)\s")
_ONE_OCCASION = re.compile(r"\b(?:tonight|today|yesterday|this\s+(?:morning|afternoon|evening)|last\s+night|at\s+(?:dinner|lunch|"
                           r"breakfast|the\s+(?:party|dinner|wedding|meeting|restaurant|pub))|on\s+(?:monday|tuesday|wednesday|"
                           r"thursday|friday|saturday|sunday)|when\s+(?:she|he|I|we|they|my\s+\w+)\s+(?:asked|said|mentioned|"
                           r"called|came|arrived|told|brought|tried|offered))\b")


def _label_in_between(m: re.Match) -> bool:
    """'you're being so selfish about the holidays': the label sits among the degree words (which
    may hold "selfish" or "lazy" for "you selfish pig"), and the last word is something else."""
    if "mid" not in m.re.groupindex:
        return False
    return any(word in CHARACTER_WORDS for word in (m.group("mid") or "").split())


def _bare_verb(m: re.Match, masked: str, pattern) -> bool:
    """Is this label match only "you" + a word that is also a verb ("you mean", "you cold")?"""
    trait = m.group("trait").lower()
    if trait not in _ALSO_A_VERB or len(masked[m.start():m.start("trait")].split()) != 1:
        return False
    return pattern is not VOCATIVE or trait not in _NAMES_AT_THE_END


# "I drove you crazy this week", "driving my husband crazy", "work makes you lazy": a state brought
# about, not a label pinned on someone (only when no "are"/"is" stands between the person and the word).
_CAUSED_BY = re.compile(r"\b(?:driv(?:e|es|ing|en)|drove|mak(?:e|es|ing)|made|get(?:s|ting)?|got|leav(?:e|es|ing)|left)\s+$", re.I)
_LINKING_VERB = re.compile(r"['’](?:re|s)\b|\b(?:are|were|is|was|r|being|acting)\b", re.I)


def _caused_state(m: re.Match, masked: str) -> bool:
    if _LINKING_VERB.search(masked, m.start(), m.start("trait")):
        return False
    return _CAUSED_BY.search(masked, max(0, m.start() - 12), m.start()) is not None


def _too_trait(m: re.Match, trait: str) -> bool:
    """'you're way too sensitive': a trait word that judges only with "too" before it."""
    return trait in TOO_TRAITS and "mid" in m.re.groupindex and "too" in (m.group("mid") or "").lower().split()


def _judges(m: re.Match) -> bool:
    """Is this ROLE_LABEL match a verdict: a character word or a strongly negative word, or
    (after "not") a strongly warm one?"""
    word = (m.group("trait") or m.group("adj")).lower()
    weight = lexicon().get(word, 0.0)
    if m.group("neg"):
        return weight >= 1.5
    return word in CHARACTER_WORDS or word in INSULT_NAMES or weight <= -1.5


_SECOND_PERSON = frozenset(("you", "u", "ur", "youre", "youve", "your", "you're", "you've", "you’re", "you’ve"))
_SAYS_QUOTE = re.compile(r"\s+(?:says|said|tells\s+(?:me|us)|told\s+(?:me|us))[\s,:]*[\"“‘']")


def detect_blame(text: str, masked: str, sarcastic: bool = False, denied: list | None = None) -> list[list]:
    """Blame spans; `sarcastic` (contempt found) means praise is not taken at face value. Into
    `denied`, when given, go the labels the rules read and set aside as denied ("you're not a bad
    person", "I'm not calling you lazy") and the absolutes they read as warm in words no lexicon
    scores ("you're always there for me"): there the trained model is not asked again."""
    spans = []
    if denied is None:
        denied = []
    generic: list[tuple[int, int]] | None = None  # found on first use: most drafts hold no absolute to test

    def in_generic(pos):
        nonlocal generic
        if generic is None:
            generic = [m.span() for m in GENERIC_YOU.finditer(masked)]
        return any(s <= pos < e for s, e in generic)

    for m in YOU_ABSOLUTE.finditer(masked):
        if in_generic(m.start()):
            continue
        word, rest = m.group("abs").lower(), m.group("rest") or ""
        if word == "ever" and not _NOT_IN.search(m.group()):
            continue  # "have you ever" is a question, not an absolute
        subject = m.group().split()[0].lower()
        s0, s1 = _sentence_around(masked, m.start(), m.end())
        if word == "never" and _BANNED_AGAIN.match(masked, m.end("abs"), s1):
            continue  # "you're never picking the movie again": a ban from now on, not a fault found in them
        if word == "never" and not _PERFECT.search(m.group()) and PAST_SINGLE.match(rest) \
                and not REINFORCED.search(masked, m.end(), s1):
            continue  # "you never sent me the address": did not, once
        if not sarcastic and word == "always" and _warm_always(masked, m.end("abs"), s0, s1):
            # Warm in words the models read as "always" and little else: the rules decide.
            denied.append(m.span())
            continue
        if not sarcastic and (_praises(text[m.start():s1]) or (word == "never" and _never_a_fault(rest))
                              or (word == "never" and _NEVER_LET_HARM.match(masked, m.end("abs"), s1))):
            continue
        if subject == "they" and word not in ("always", "never"):
            continue
        if subject not in _SECOND_PERSON and _SAYS_QUOTE.match(text, m.end("abs")):
            continue  # "my mum always says 'you're never too old to learn'": a saying of theirs, reported
        if REGRET.search(masked[s0:s1]):
            continue
        spans.append(_span(text, m.start(), m.end() - len(rest)))
    for m in MARKERS.finditer(masked):
        s0, s1 = _sentence_around(masked, m.start(), m.end())
        if not sarcastic and _FOND.search(masked, s0, s1):
            denied.append(m.span())  # fondness ("I miss you every single day"): the rules decide
            continue
        if in_generic(m.start()) or (not sarcastic and _kind_absolute(masked[s0:s1], text[s0:s1])):
            continue
        spans.append(_span(text, m.start(), m.end()))
    for m in NEVER_KIND.finditer(masked):
        if not in_generic(m.start()):
            spans.append(_span(text, m.start(), m.end()))
    for m in GLOBAL_YOU.finditer(masked):
        s0, s1 = _sentence_around(masked, m.start(), m.end())
        if in_generic(m.start()) or REGRET.search(masked[s0:s1]) or (not sarcastic and _praises(text[s0:s1])):
            continue
        spans.append(_span(text, m.start(), m.end()))
    for m in ROLE_LABEL.finditer(masked):
        s0, s1 = _sentence_around(masked, m.start(), m.end())
        if m.group("neg") and not _judges(m):
            denied.append(m.span())  # "you're not a bad person"
        elif _judges(m) and not _negated_before(masked, m.start()) and not REGRET.search(masked[s0:s1]):
            spans.append(_span(text, m.start(), m.end()))
    for pattern in (TRAIT, CALLING, VOCATIVE) if may_occur(_LABEL_BITS) else ():
        for m in (pattern.finditer(masked) if pattern is CALLING else shared_finditer(pattern, masked)):
            trait = m.group("trait").lower()
            if trait not in CHARACTER_WORDS and trait not in INSULT_NAMES and not _label_in_between(m) \
                    and not _too_trait(m, trait) or _bare_verb(m, masked, pattern) or _caused_state(m, masked):
                continue
            if _negated_before(masked, m.start()) or _NOT_WORD_IN.search(m.group()):
                denied.append(m.span())
                continue
            s0, s1 = _sentence_around(masked, m.start(), m.end())
            if REGRET.search(masked[s0:s1]) or (_PAST_VERB.search(m.group()) and _ONE_OCCASION.search(masked, s0, s1)):
                continue
            spans.append(_span(text, m.start(), m.end()))
    if "who never" in masked:
        for m in _THE_ONE_WHO_NEVER.finditer(masked):
            rest = masked[m.end():_sentence_around(masked, m.start(), m.end())[1]]
            if not _never_a_fault(rest) and not _praises(text[m.start():m.end() + len(rest)]):
                spans.append(_span(text, m.start(), m.end()))  # "she's the one who never visits"
    for m in MOTIVE.finditer(masked):
        if not _negated_before(masked, m.start()) or m.group().lower().startswith(("you don", "you do not", "u don", "u do not", "i don", "i do not")):
            spans.append(_span(text, m.start(), m.end()))
    return merge_spans(spans, text)


# "I felt so "supported" when...", "I felt thrilled, obviously, when...": a warm feeling word in
# scare quotes, or with an "obviously", said of something that hurt. (Without such a mark the
# words around cannot tell sarcasm from sincerity reliably enough: "so valued when you covered
# my shifts after the funeral".)
SARCASTIC_FEELING = re.compile(
    r"\bI\s+(?:felt|feel|was|am)\s+(?:so\s+|really\s+|just\s+|very\s+|totally\s+)?(?:[\"“‘']" + r"(?P<quoted>[a-z]+(?:\s+[a-z]+)?)[\"”’']"
    r"|(?P<word>valued|supported|appreciated|thrilled|loved|special|respected|important|delighted|honou?red|wanted|lucky|"
    r"touched|cherished|included),?\s*(?:obviously|of\s+course|clearly),?)\s+when\b", IC)


_SCARE_QUOTES = ('"', "“", "‘", " '")


def sarcastic_feelings(text: str) -> list[tuple[list, str]]:
    """(span, feeling word) for each feeling word marked as sarcasm."""
    found = []
    # The pattern needs scare quotes or an "obviously"/"of course"/"clearly": cheap tests first.
    low = text.lower()
    if "when" not in low or not (any(q in text for q in _SCARE_QUOTES) or "obviously" in low or "of course" in low
                                 or "clearly" in low):
        return []
    for m in SARCASTIC_FEELING.finditer(text):
        word = (m.group("quoted") or m.group("word")).lower()
        found.append((_span(text, m.start(), m.end() - len("when")), word))
    return found


# "you "forgot" again", "your 'quick' coffee", "you'd "think about" it": a word of theirs in scare
# quotes says it was not what it claims. Said or named words are quoted speech, not scare quotes
# ("you said "fine"", "calls you "babe""); third persons are left out, since a journal line quoting
# an abuser's own term ("gives her 'pocket money'") is not mockery.
SCARE_QUOTED = re.compile(
    r"(?:\b(?:you|your|u|ur)(?:['’](?:d|ll|re))?(?:\s+(?:just|always|never|totally|conveniently|apparently|supposedly|only|"
    r"so|kindly|helpfully|even))?|\b(?:nice|kind|good|sweet|thoughtful|generous|lovely)\s+of\s+(?:you|u)\s+to)\s+(?P<quote>[\"“‘]|(?<=\s)')[a-z-]+(?:\s+[a-z-]+){0,2}[\"”’'](?!\w)", IC)
_QUOTING = re.compile(r"\b(?:said|says|say|told|tells|asked|asks|wrote|writes|texted|texts|replied|replies|answered|call|"
                      r"called|calls|calling|yelled|yelling|shouted|whispered|goes|went|like|was|is|were|are|mean|means|"
                      r"meant|word|words|by|that|named|name|names)\b(?:\s+\w+)?\s*$", IC)


def scare_quoted(text: str) -> list[list]:
    """Spans of words of the person addressed put in scare quotes."""
    if not any(q in text for q in _SCARE_QUOTES):
        return []
    return [_span(text, m.start(), m.end()) for m in SCARE_QUOTED.finditer(text)
            if not _QUOTING.search(text, max(0, m.start("quote") - 40), m.start("quote"))]


_SARCASM_CUE = re.compile(r"\b(?:again|another|as\s+always|like\s+always|as\s+usual|late|forgot|finally|whole|because)\b|[🙃🙄😒👏]", IC)
# "Oh, so you CAN reply": a shouted auxiliary after "so you" says the opposite was expected.
_SO_YOU_CAN = re.compile(r"\bso\s+you\s+(?:CAN|DO|DID|ARE|DOES|WILL|KNOW)\b")


_THE_ONE_WHO_NEVER = re.compile(r"\b(?:you|u|he|she)(?:['’]re|['’]s|\s+are|\s+is)\s+(?:always\s+)?the\s+(?:only\s+)?one\s+"
                                r"who\s+never\b")
# Something the person did wrong, said before a remark that mocks only after a complaint.
_COMPLAINT_BEFORE = re.compile(r"\b(?:you|u|he|she)\b[^.!?]{0,60}\b(?:never|always|again|forgot|forget|didn['’]?t|don['’]?t|won['’]?t|"
                               r"late|left|ignored?|cancell?ed|cancel)\b")


def detect_contempt(text: str, masked: str) -> list[list]:
    spans = [_span(text, m.start(), m.end()) for m in CONTEMPT.finditer(masked)]
    spans.extend(span for span, _word in sarcastic_feelings(text))
    spans.extend(scare_quoted(text))
    if "so you" in masked:
        spans.extend(_span(text, m.start(), m.end()) for m in _SO_YOU_CAN.finditer(text))
    for m in SARCASM_OPENER.finditer(masked):
        s0, s1 = _sentence_around(masked, m.end(), m.end())
        following = text[m.end():min(len(text), s1 + 120)]
        if _SARCASM_CUE.search(following) or scores(following)["compound"] <= -0.2:
            spans.append(_span(text, m.start(), m.end()))
    for m in SARCASM_AFTER_COMPLAINT.finditer(masked):
        before = masked[:m.start()]
        if _COMPLAINT_BEFORE.search(before) or scores(text[:m.start()])["compound"] <= -0.2:
            spans.append(_span(text, m.start(), m.end()))
    for m in SARCASTIC_THANKS.finditer(masked):
        what = m.group("what")
        if SARCASTIC_THANKS_WORDS.match(what) or ("sorry" not in what.lower() and scores(what)["compound"] <= -0.3):
            spans.append(_span(text, m.start(), m.end()))
    insults = may_occur(_INSULT_BITS)
    for m in shared_finditer(VOCATIVE, masked) if insults else ():
        if m.group("trait").lower() in INSULT_NAMES and not _bare_verb(m, masked, VOCATIVE):
            spans.append(_span(text, m.start(), m.end()))
    for m in shared_finditer(TRAIT, masked) if insults else ():
        if m.group("who").lower().split()[0] in ("he", "she", "they", "my", "our"):
            continue  # name-calling is contempt when aimed at the person addressed
        if m.group("trait").lower() in INSULT_NAMES and not _negated_before(masked, m.start()) and \
                not _NOT_WORD_IN.search(m.group()) and not _bare_verb(m, masked, TRAIT):
            spans.append(_span(text, m.start(), m.end()))
    # A name used as a jab at the end of a sentence: "Nice one, Einstein.", or after a mock approval
    # with no comma, as typed on a phone: "nice one einstein", "ok clown, noted".
    for m in _APPROVING_NAME.finditer(masked):
        name = m.group("name")
        if name in INSULT_NAMES or name in SARCASTIC_NAMES:
            spans.append(_span(text, m.start(), m.end()))
    for m in _CLOSING_NAME.finditer(masked):
        name = m.group("name").lower()
        if name in INSULT_NAMES or name in SARCASTIC_NAMES:
            if not SELF_REFERENCE.search(masked[max(0, m.start() - 40):m.start()]):
                spans.append(_span(text, m.start() + 1, m.end()))
    return merge_spans(spans, text)


def detect_defensive(text: str, masked: str) -> list[list]:
    return merge_spans([_span(text, m.start(), m.end()) for m in DEFENSIVE.finditer(masked)], text)


def merge_spans(spans: list[list], text: str) -> list[list]:
    """Spans sorted, overlapping ones joined into one."""
    if not spans:
        return []  # (most detectors find nothing in most drafts)
    spans.sort(key=lambda s: (s[0], -s[1]))
    out: list[list] = []
    for span in spans:
        if out and span[0] < out[-1][1]:
            if span[1] > out[-1][1]:
                out[-1] = [out[-1][0], span[1], None]
            continue
        out.append(list(span))
    return [[s, e, text[s:e]] for s, e, _ in out]

