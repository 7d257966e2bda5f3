"""One call, one dict: everything the coach notices about a draft.

Pure Python, no Django. Everything runs in this process; no text leaves the machine.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from heartspace.coach import (
    conflict,
    conflict_model,
    feelings,
    language,
    safety,
    safety_model,
    structure,
    texting,
    valence,
)
from heartspace.coach.messages import build_suggestions
from heartspace.coach.result import empty_result as _empty_result
from heartspace.coach.result import set_faux, set_flag
from heartspace.coach.rx import gated_on, gated_pieces_of, lower_same_length, rx, shared_finditer

KINDS = ("free", "i_feel", "tension", "appreciation", "follow_up", "story")
# Other spellings of the kinds (the evaluation files use these), accepted quietly.
KIND_ALIASES = {"i_statement": "i_feel", "ifeel": "i_feel", "followup": "follow_up", "follow-up": "follow_up",
                "i-feel": "i_feel", "appreciate": "appreciation"}
# "Under 60 words" is at most 59; an appreciation is 15 words or fewer; 90 seconds of speech is about 225 words.
DEFAULT_LIMITS = {"appreciation": 15, "follow_up": 59, "story": 225}
# Beyond this many characters only the beginning is read closely: a 100 kB paste still answers at once.
MAX_ANALYSED_CHARS = 20_000
# Languages read with their own word lists (intl.py); others are "not analysed".
ANALYSED_ELSEWHERE = ("ru", "es")
LATIN_NEIGHBOURS = ("pt", "it", "fr", "other")

IC = re.IGNORECASE
APOLOGY = rx(r"\b(?:I" + "['’]" + r"?m\s+(?:so\s+|really\s+|truly\s+)?sorry|I\s+am\s+(?:so\s+|really\s+)?sorry|I\s+apologi[sz]e"
                     r"|(?:that\s+was|it\s+was)\s+my\s+fault|I\s+was\s+wrong|I\s+shouldn['’]?t\s+have|that\s+wasn['’]?t\s+fair"
                     r"\s+(?:of\s+me|to\s+you))\b", IC)
# Owning it in other words than an apology ("that's on me", "my bad"): not defensive, whatever excuse
# comes with it; unless its sentence says it in scorn ("oh sure, it's all my fault again").
OWNS_IT = rx(r"\b(?:it|that)(?:['’]s|\s+is|\s+was)\s+(?:on\s+me|my\s+fault)\b|\bmy\s+bad\b"
             r"|\bI\s+(?:messed|screwed)\s+(?:that\s+|it\s+)?up\b", IC)
SCORNFUL_OWNING = rx(r"\b(?:sure|of\s+course|always|again|as\s+usual|everything|all|obviously|right)\b|\?", IC)
COMPLAINT = rx(
    r"\bwhy\s+(?:did|do|would|are|were|didn['’]?t|don['’]?t|won['’]?t|can['’]?t)\s+you\b|(?<!n['’]t\s)(?<!cant\s)(?<!cannot\s)"
    r"(?<!never\s)\b(?:please\s+)?stop\s+\w+ing\b"
    r"|\bplease\s+don['’]?t\b|\bnot\s+(?:ok|okay|fair|acceptable|cool)\b|\bI\s+(?:need|want)\s+you\s+to\s+(?:stop|not)\b"
    r"|\bupset\s+(?:me|with)\b|\bbothers?\s+me\b|\bbothered\s+me\b|\bproblem\s+(?:is|with)\b|\bwe\s+need\s+to\s+talk\b"
    r"|\bcan\s+we\s+talk\s+about\s+what\s+happened\b|\bwhen\s+you\s+(?:didn['’]?t|forgot|left|cancel|ignored|interrupted|"
    r"yelled|shouted|snapped|were\s+late|came\s+home\s+late|missed)|\byou\s+(?:didn['’]?t|forgot|cancelled|canceled|"
    r"ignored|interrupted|yelled|shouted|snapped|broke|lied)\b|\bif\s+your\s+\w+[^.!?]{0,40}\bagain\b", IC)


def normalize_kind(kind: str | None) -> str:
    key = (kind or "free").strip().lower()
    key = KIND_ALIASES.get(key, key)
    if key not in KINDS:
        raise ValueError(f"unknown kind {kind!r}: choose one of {', '.join(KINDS)}")
    return key


def analyze(text: str, kind: str = "free", limit: int | None = None) -> dict:
    """Analyse one draft. Raises ValueError for an unknown kind; never for any text."""
    kind = normalize_kind(kind)
    text = "" if text is None else str(text)
    if limit is None:
        limit = DEFAULT_LIMITS.get(kind)
    else:
        try:
            limit = int(limit)
        except (TypeError, ValueError):
            raise ValueError(f"limit must be a whole number of words, not {limit!r}") from None
        limit = limit if limit > 0 else None
    sample = text[:MAX_ANALYSED_CHARS]
    lang = language.detect(sample[:600])
    if not text.strip():
        return _empty_result(text, kind, limit, "und", analysed=True)
    if lang in ANALYSED_ELSEWHERE:
        from heartspace.coach import intl  # Russian and Spanish word lists load on the first such text

        result = _empty_result(text, kind, limit, lang, analysed=True)
        result, thoughts = intl.analyse(result, sample, lower_same_length(sample), kind, lang)
        result["suggestions"] = build_suggestions(result, kind, thoughts)
        return result
    if lang not in ("en", "unknown"):
        result = _empty_result(text, kind, limit, lang, analysed=False)
        # Not read closely, but a disclosure of harm still brings up the help card in any language.
        from heartspace.coach import intl_safety

        low = lower_same_length(sample)
        spans, categories = intl_safety.detect(sample, low, lang)
        if lang in LATIN_NEIGHBOURS and language.spanish_safety_words(low):
            # Short Spanish is easily taken for Portuguese or Italian: read its safety phrases too.
            more, more_categories = intl_safety.detect(sample, low, "es")
            spans = sorted(spans + more)
            categories = categories + [c for c in more_categories if c not in categories]
        if spans:
            set_flag(result, "safety", spans)
            result["safety_categories"] = categories
            result["tone"] = "corrective"
        result["suggestions"] = build_suggestions(result, kind, [])
        return result

    low = lower_same_length(sample)
    with gated_on(low) as gate:
        # Lower-casing keeps every white space where it was, so the gate's pieces are the text's words.
        words = len(gate.pieces) if len(sample) == len(text) else None
        result = _empty_result(text, kind, limit, "en" if lang == "en" else "und", analysed=True, words=words)
        return _analyse(result, sample, low, kind)


def _conflict_rules(text: str, masked: str, denied: list) -> tuple[list, list, list]:
    """The rules' (contempt, blame, defensive) spans; what they set aside as not blame goes into `denied`."""
    contempt = conflict.detect_contempt(text, masked)
    blame = conflict.detect_blame(text, masked, sarcastic=bool(contempt), denied=denied)
    return contempt, blame, conflict.detect_defensive(text, masked)


def _analyse(result: dict, sample: str, low: str, kind: str) -> dict:
    tokens = feelings.tokenize(sample, low)
    found = feelings.scan(sample, tokens)
    masked = conflict.mask_quotes(low)
    denied: list = []
    contempt, blame, defensive = _conflict_rules(sample, masked, denied)
    spelled = texting.spell_out(sample, masked, gated_pieces_of(low))
    if spelled is not None:
        # "u never listen", "why do u have to be like this": the rules read the shorthand spelled out
        # too (spans mapped back into the draft); what they found as written stands.
        with gated_on(spelled.masked):
            more = _conflict_rules(spelled.text, spelled.masked, denied)
        contempt, blame, defensive = (conflict.merge_spans(as_typed + [spelled.span(sample, span) for span in extra], sample)
                                      for as_typed, extra in zip((contempt, blame, defensive), more, strict=True))
    if not (blame and contempt and defensive):
        # Phrasings no rule names: the trained models read the text for the labels still empty.
        empty = [label for label, spans in (("blame", blame), ("contempt", contempt), ("defensive", defensive)) if not spans]
        if denied and "blame" in empty:
            # The rules read a label as denied ("you're not lazy") or an absolute as warm ("you're
            # always there for me"): they decide.
            empty.remove("blame")
        learned = conflict_model.detect(sample, masked, empty, gated_pieces_of(masked))
        if "defensive" in learned and _owns_it(masked):
            # An apology that owns the behaviour is never called defensive, whatever excuse it gives.
            del learned["defensive"]
        blame = blame or learned.get("blame", [])
        contempt = contempt or learned.get("contempt", [])
        defensive = defensive or learned.get("defensive", [])
    cleaned = safety.clean(low)
    safety_spans, categories = safety.detect(sample, low, cleaned)
    if not safety_spans:
        # "dad hit mom again. me n my brother r hiding", "better off w/o me": the phrases read chat
        # spellings spelled out too (spans mapped back into the draft).
        spelled_safe = texting.spell_out(sample, cleaned, gated_pieces_of(cleaned))
        if spelled_safe is not None:
            with gated_on(spelled_safe.masked):
                more, categories = safety.detect(spelled_safe.text, spelled_safe.masked, spelled_safe.masked)
            safety_spans = [spelled_safe.span(sample, span) for span in more]
    if language.spanish_safety_words(low):
        # Short Spanish ("me pega", "me quiero morir") can pass for English: check its safety phrases too.
        from heartspace.coach import intl_safety

        more, more_categories = intl_safety.detect(sample, low, "es")
        safety_spans = sorted(safety_spans + more)
        categories = categories + [c for c in more_categories if c not in categories]
    if not safety_spans:
        # Signs in words no phrase list names: the trained model reads the whole text.
        # (Nothing blanked, the cleaned text is the gated text itself, whose split the gate made.)
        safety_spans = safety_model.detect(sample, cleaned, gated_pieces_of(cleaned))
        categories = [safety_model.CATEGORY] if safety_spans else []
    score = valence.score(sample, low)

    set_flag(result, "blame", blame)
    set_flag(result, "contempt", contempt)
    set_flag(result, "defensive", defensive)
    set_flag(result, "safety", safety_spans)
    result["safety_categories"] = categories
    result["feelings"] = found.feelings
    set_faux(result, found.faux)
    result["i_statement"] = found.owned
    if contempt and found.feelings:
        # "I felt thrilled, obviously, when...": a feeling word said in sarcasm names no feeling.
        mocked = {word for _span, word in conflict.sarcastic_feelings(sample)}
        if mocked:
            result["feelings"] = [f for f in found.feelings if f not in mocked]
            result["i_statement"] = found.owned and bool(result["feelings"])
    result["valence"] = score
    problem_sentences, complaint_found = _problem_sentences(masked)
    # A match found by the scan answers "is there a complaint" too; without one, search() (which
    # also tries a match overlapping one its boundary check rejected) still has the last word.
    complaint = complaint_found or bool(COMPLAINT.search(masked))
    result["single_issue"] = structure.single_issue(masked, problem_sentences)
    result["next_step"] = structure.next_step(low)
    # The template parts are read for the kinds that have them (false for the others).
    if kind == "follow_up":
        result["highlight"] = structure.highlight(low)
        result["action"] = structure.action(low)
        result["question"] = structure.question(low)
    elif kind == "story":
        result["one_scene"] = structure.one_scene(low)
        result["takeaway"] = structure.takeaway(low)
    elif kind == "appreciation":
        result["specific"] = structure.specific_appreciation(low)
    result["tone"] = _tone(result, score, complaint, masked, kind)
    result["suggestions"] = build_suggestions(result, kind, found.thoughts)
    return result


def _owns_it(masked: str) -> bool:
    if APOLOGY.search(masked):
        return True
    for match in OWNS_IT.finditer(masked):
        start = max(masked.rfind(mark, 0, match.start()) for mark in ".!?\n") + 1
        ends = [found for found in (masked.find(mark, match.end()) for mark in ".!?\n") if found != -1]
        if not SCORNFUL_OWNING.search(masked, start, min(ends, default=len(masked)) + 1):
            return True
    return False


def _problem_sentences(masked: str) -> tuple[int, bool]:
    """How many sentences raise a complaint (each pattern scans the text once), and whether COMPLAINT matched."""
    ends = [m.end() for m in shared_finditer(structure.SENTENCES, masked)]
    complaints = list(COMPLAINT.finditer(masked))
    found = {bisect_right(ends, m.start()) for m in complaints}
    for m in shared_finditer(structure.COMPLAINT_CLAUSE, masked):
        found.add(bisect_right(ends, m.start()))
    return len(found), bool(complaints)


def _tone(result: dict, score: float, complaint: bool, masked: str, kind: str) -> str:
    if result["safety"] or result["blame"] or result["contempt"] or result["defensive"]:
        return "corrective"
    if kind == "tension":
        # The script exists to raise a tension, however gently it is worded.
        return "corrective"
    if APOLOGY.search(masked):
        return "positive"
    if kind == "i_feel":
        # "I feel ___ when ___ and I need ___": the feeling named says which way it leans; with
        # none ("I feel ignored", "I feel like you...") it is a complaint in feeling words.
        leaning = feelings.leaning(result["feelings"])
        if leaning < 0 or (not result["feelings"] and score < valence.POSITIVE):
            return "corrective"
        if leaning > 0:
            return "positive"
    if kind == "story":
        # Warm, or reflective about a past difficulty: the feeling named says which, when there is one.
        leaning = feelings.leaning(result["feelings"])
        if leaning:
            return "positive" if leaning > 0 and score >= valence.POSITIVE else "neutral"
        return "positive" if score >= 0.35 else "neutral"
    if complaint:
        return "corrective"
    if score >= valence.POSITIVE:
        return "positive"
    if score <= valence.NEGATIVE:
        return "corrective"
    return "neutral"
