"""Russian and Spanish: the same fields as for English, from our own word lists and patterns.

The labelling rules are the same in every language (docs/COACH.md); only the words differ.
Russian words are matched by stem (тревог- finds тревога, тревогу, тревоги), Spanish ones by
stem with their gender and number endings. Feelings are reported as written, lower-case.
All matching runs on the lower-cased text, so spans point into the original.
"""

from __future__ import annotations

import math
import re
from functools import lru_cache

from heartspace.coach.intl_lexicon import (
    ES_FAUX,
    ES_FEELING_STEMS,
    ES_NEGATORS,
    ES_NOT_FEELINGS,
    ES_VALENCE,
    RU_FAUX,
    RU_FEELING_STEMS,
    RU_FIRST_PERSON_VERBS,
    RU_FRAME_ONLY,
    RU_NEGATORS,
    RU_NOT_FEELINGS,
    RU_VALENCE,
)
from heartspace.coach.intl_patterns import (
    ES_ACTION,
    ES_APOLOGY,
    ES_BACKWARD_QUESTION,
    ES_COMPLAINT,
    ES_GENERIC_THANKS,
    ES_HIGHLIGHT,
    ES_ISSUE_MARKERS,
    ES_MANY_SCENES,
    ES_NEXT_STEP,
    ES_TAKEAWAY,
    ES_THANKS,
    ES_VAGUE,
    ES_WHEN,
    RU_ACTION,
    RU_APOLOGY,
    RU_BACKWARD_QUESTION,
    RU_COMPLAINT,
    RU_GENERIC_THANKS,
    RU_HIGHLIGHT,
    RU_ISSUE_MARKERS,
    RU_MANY_SCENES,
    RU_NEXT_STEP,
    RU_TAKEAWAY,
    RU_THANKS,
    RU_VAGUE,
    RU_WHEN,
)

WORD = re.compile(r"\w+(?:-\w+)*")


# --- feelings -----------------------------------------------------------------------------------------------------
RU_FRAMES = frozenset({"я", "мне", "мы", "нам", "чувствую", "чувствовала", "чувствовал", "почувствовала", "почувствовал",
                       "испытываю", "испытала", "испытал", "ощущаю", "ощутила", "ощутил", "чувствуем", "почувствовали"})
RU_SELF_FRAMES = frozenset({"чувствую", "чувствовала", "чувствовал", "почувствовала", "почувствовал", "ощущаю", "ощутила"})
RU_OTHERS = frozenset({"ты", "он", "она", "они", "вы", "тебе", "ему", "ей", "им", "вам", "тебя", "его", "её", "их"})
RU_DEGREE = frozenset({"очень", "так", "такая", "такой", "немного", "немножко", "слегка", "сильно", "ужасно", "жутко",
                       "страшно", "совсем", "просто", "было", "была", "был", "стало", "становится", "бывает", "сейчас",
                       "тогда", "сразу", "правда", "реально", "настолько", "же", "уже", "ещё", "еще", "тоже", "и", "а",
                       "даже", "вдруг", "опять", "снова", "себя", "какую-то", "какое-то", "огромную", "сильную",
                       "большую", "такую", "настоящую", "лёгкую", "легкую", "невероятную", "некоторую"})
RU_CONTINUE = frozenset({"и", "а", "но", "или", "очень", "так", "немного", "даже", "ещё", "еще", "тоже"})
ES_FRAME_VERBS = frozenset({"siento", "sentí", "sentía", "sentido", "sentiría", "sentiré", "estoy", "estaba", "estuve",
                            "estado", "quedé", "pongo", "puse", "tengo", "tenía", "tuve", "da", "dio", "daba", "dan",
                            "sentimos", "estamos", "estábamos", "soy"})
ES_DEGREE = frozenset({"muy", "tan", "un", "una", "poco", "bastante", "súper", "super", "algo", "realmente", "demasiado",
                       "re", "mucho", "mucha", "muchísimo", "muchísima", "todavía", "aún", "también", "me", "he",
                       "tanta", "tanto", "bien", "medio", "completamente", "totalmente", "ya", "de", "verdaderamente",
                       "profundamente", "sumamente", "y"})
ES_FEEL_VERBS = frozenset({"siento", "sentí", "sentía", "sentido", "sentiría", "sentiré", "sentimos"})
ES_OTHER_SUBJECTS = frozenset({"él", "ella", "ellos", "ellas", "usted", "ustedes", "tú", "vosotros", "nadie"})
ES_INSTEAD = frozenset({"solo", "sólo", "sino", "simplemente", "más", "bien"})
ES_CONTINUE = frozenset({"y", "e", "o", "pero", "muy", "tan", "también", "un", "poco", "algo"})


_RU_FRAME_ONLY = dict.fromkeys(RU_FRAME_ONLY, 1)


class Found:
    __slots__ = ("feelings", "faux", "caused", "thoughts")

    def __init__(self):
        self.feelings: list[str] = []
        self.faux: list[dict] = []
        self.caused = False
        self.thoughts: list[tuple[int, int]] = []


def _stem_match(word: str, table: dict, excluded: frozenset) -> bool:
    key = (word, id(table))
    known = _MATCHED.get(key)
    if known is None:
        known = _MATCHED[key] = _stem_match_uncached(word, table, excluded)
        if len(_MATCHED) > 65536:
            _MATCHED.clear()
    return known


_MATCHED: dict[tuple[str, int], bool] = {}


def _stem_match_uncached(word: str, table: dict, excluded: frozenset) -> bool:
    if word in excluded:
        return False
    for n in range(min(len(word), 14), 2, -1):
        if word[:n] in table:
            stem = word[:n]
            # Short stems stand for whole words only ("рад", "зла", "mal"): no long tail allowed.
            return len(stem) >= 4 or len(word) - len(stem) <= 1
    return False


def _stem_of(word: str, table: dict) -> str | None:
    for n in range(min(len(word), 14), 2, -1):
        if word[:n] in table:
            return word[:n]
    return None


def _sentences(low: str):
    start = 0
    for m in re.finditer(r"[.!?;…]+|\n", low):
        yield start, m.end(), "?" in m.group()
        start = m.end()
    if start < len(low):
        yield start, len(low), False


def scan_feelings(text: str, low: str, lang: str) -> Found:
    found = Found()
    seen: set[str] = set()
    for start, end, question in _sentences(low):
        tokens = [(m.group(), m.start(), m.end()) for m in WORD.finditer(low, start, end)]
        if not tokens:
            continue
        if lang == "ru":
            _scan_ru(text, low, tokens, question, found, seen)
        else:
            _scan_es(text, low, tokens, question, found, seen)
    if lang == "es":
        _es_caused(low, found, seen)
    return found


def _comma_between(low: str, a: int, b: int) -> bool:
    return any(ch in ",:—–" for ch in low[a:b])


def _add(found: Found, seen: set, word: str) -> None:
    if word not in seen:
        seen.add(word)
        found.feelings.append(word)


def _faux(found: Found, text: str, token, table: dict) -> bool:
    word, s, e = token
    stem = _stem_of(word, table)
    if stem is None:
        return False
    feeling, need = table[stem]
    found.faux.append({"word": text[s:e].lower(), "span": [s, e, text[s:e]], "suggested_feeling": feeling,
                       "suggested_need": need})
    return True


def _scan_ru(text, low, tokens, question, found, seen) -> None:
    accepted_at = -10
    for i, (word, _s, _e) in enumerate(tokens):
        if word == "себя" and i and tokens[i - 1][0] in RU_SELF_FRAMES and i + 1 < len(tokens):
            j = i + 1
            while j < len(tokens) - 1 and tokens[j][0] in RU_DEGREE:
                j += 1
            if _faux(found, text, tokens[j], RU_FAUX):
                accepted_at = j
            continue
        if not _stem_match(word, RU_FEELING_STEMS, RU_NOT_FEELINGS):
            continue
        if question:
            continue
        # Continuing a list: "грустно, одиноко и обидно".
        if accepted_at >= 0 and all(t[0] in RU_CONTINUE for t in tokens[accepted_at + 1:i]) and i - accepted_at <= 4:
            _add(found, seen, word)
            accepted_at = i
            continue
        back = []
        for j in range(i - 1, max(-1, i - 6), -1):
            if _comma_between(low, tokens[j][2], tokens[j + 1][1]):
                break
            back.append(tokens[j][0])
        if back and back[0] in RU_NEGATORS or any(w in RU_NEGATORS for w in back[:3]):
            continue
        if "ты" in back or "вы" in back:
            if "меня" in back or "мне" in back:
                _add(found, seen, word)
                found.caused = True
                accepted_at = i
            continue
        frame_only = _stem_of(word, _RU_FRAME_ONLY) is not None
        framed = any(w in RU_FRAMES for w in back) and not any(w in RU_OTHERS for w in back)
        if not framed and "из-за" in back:
            continue
        if framed:
            _add(found, seen, word)
            accepted_at = i
        elif not frame_only and not any(w in RU_OTHERS for w in back):
            first_person = word in RU_FIRST_PERSON_VERBS
            predicative = word.endswith("о")
            past_reflexive = word.endswith(("лась", "лся", "ла", "л")) and word in RU_FIRST_PERSON_VERBS
            if past_reflexive and back and not all(w in RU_DEGREE for w in back):
                continue
            if first_person or predicative:
                _add(found, seen, word)
                accepted_at = i


def _scan_es(text, low, tokens, question, found, seen) -> None:
    accepted_at = negated_at = -10
    n = len(tokens)
    for i, (word, s, _e) in enumerate(tokens):
        if word not in ES_FRAME_VERBS:
            # "No estoy enfadado, solo cansado": the frame carries over to what it is instead.
            if negated_at >= 0 and 0 < i - negated_at <= 3 and not question and \
                    any(t[0] in ES_INSTEAD for t in tokens[negated_at + 1:i]) and \
                    all(t[0] in ES_INSTEAD or t[0] in ES_CONTINUE for t in tokens[negated_at + 1:i]) and \
                    _stem_match(word, ES_FEELING_STEMS, ES_NOT_FEELINGS):
                _add(found, seen, word)
                accepted_at, negated_at = i, -10
                continue
            if accepted_at >= 0 and 0 < i - accepted_at <= 4 and \
                    all(t[0] in ES_CONTINUE for t in tokens[accepted_at + 1:i]) and \
                    _stem_match(word, ES_FEELING_STEMS, ES_NOT_FEELINGS) and not question:
                _add(found, seen, word)
                accepted_at = i
            continue
        prev = tokens[i - 1][0] if i else ""
        prev2 = tokens[i - 2][0] if i > 1 else ""
        reflexive = prev == "me" or (prev == "he" and prev2 == "me")
        if word in ("sentido", "estado") and prev not in ("he", "había", "has"):
            continue
        if word in ("da", "dio", "daba", "dan", "pongo", "puse", "quedé") and not reflexive:
            continue
        if word == "soy":
            continue
        # "Ella estaba triste", "mi madre estaba triste": someone else's feeling.
        before = {t[0] for t in tokens[max(0, i - 3):i]}
        if before & ES_OTHER_SUBJECTS or (i > 1 and tokens[i - 2][0] in ("mi", "tu", "su") and not reflexive):
            continue
        negated = prev in ES_NEGATORS or (reflexive and (prev2 in ES_NEGATORS or
                                                         (i > 2 and tokens[i - 3][0] in ES_NEGATORS)))
        # "siento que...", "me siento como si...": a thought, not a feeling.
        j = i + 1
        feel_verb = word in ES_FEEL_VERBS
        if j < n and tokens[j][0] in ("que", "como") and feel_verb:
            found.thoughts.append((s, tokens[j][2]))
            if j + 1 < n and tokens[j + 1][0] == "si":
                continue
            j += 1
            if j < n and tokens[j][0] in ("soy", "estoy", "me"):
                j += 1
            if j < n and _faux(found, text, tokens[j], ES_FAUX):
                pass
            continue
        if word == "siento" and prev == "lo":
            continue  # "lo siento": an apology
        while j < n and tokens[j][0] in ES_DEGREE and not _comma_between(low, tokens[j - 1][2], tokens[j][1]):
            j += 1
        if j >= n or question:
            continue
        target = tokens[j][0]
        if feel_verb and reflexive and not negated and _faux(found, text, tokens[j], ES_FAUX):
            accepted_at = j
            continue
        if not _stem_match(target, ES_FEELING_STEMS, ES_NOT_FEELINGS):
            continue
        if word in ("tengo", "tenía", "tuve") and target not in ("miedo", "celos", "vergüenza", "rabia", "pena", "ansiedad"):
            continue
        if word in ("siento", "sentí", "sentía") and not reflexive and not target.endswith(("o", "a", "ad", "ión", "ía")):
            continue
        if negated:
            negated_at = j
            continue
        _add(found, seen, target)
        accepted_at = j


ES_CAUSED = re.compile(r"\bme\s+(?:hiciste|haces|hace|hizo)\s+sentir\s+(?:muy\s+|tan\s+)?(\w+)|\bme\s+(?:pones|pusiste)\s+(?:muy\s+|tan\s+)?(\w+)")


def _es_caused(low: str, found: Found, seen: set) -> None:
    for m in ES_CAUSED.finditer(low):
        word = m.group(1) or m.group(2)
        if _stem_match(word, ES_FEELING_STEMS, ES_NOT_FEELINGS):
            _add(found, seen, word)
            found.caused = True


# --- valence ------------------------------------------------------------------------------------------------------
@lru_cache(maxsize=65536)
def _word_weight(word: str, lang: str) -> float:
    """A word's valence weight from the lexicon, or from the feelings list (words recur: cached)."""
    table, feelings, excluded = ((RU_VALENCE, RU_FEELING_STEMS, RU_NOT_FEELINGS) if lang == "ru"
                                 else (ES_VALENCE, ES_FEELING_STEMS, ES_NOT_FEELINGS))
    stem = _stem_of(word, table)
    weight = table[stem] if stem and (len(stem) >= 4 or len(word) - len(stem) <= 2) else 0.0
    if not weight and _stem_match(word, feelings, excluded):
        weight = 2.0 * feelings[_stem_of(word, feelings)]
    return weight


# Words and the clause breaks between them: a negation reaches at most three words and never past a
# comma or a full stop ("ты никогда меня не слушаешь, ты эгоист": the "не" is not about "эгоист").
_WORD_OR_BREAK = re.compile(r"\w+(?:-\w+)*|[,.;:!?()—–]")


def valence(low: str, lang: str) -> float:
    table, negators = (RU_VALENCE, RU_NEGATORS) if lang == "ru" else (ES_VALENCE, ES_NEGATORS)
    total = 0.0
    window: list[str] = []  # the words since the last clause break, at most three
    for word in _WORD_OR_BREAK.findall(low):
        if not word[0].isalnum() and word[0] != "_":
            window.clear()
            continue
        weight = _word_weight(word, lang)
        if weight and any(w in negators for w in window):
            weight *= -0.5
        total += weight
        window.append(word)
        if len(window) > 3:
            del window[0]
    for phrase, weight in table.items():
        if " " in phrase and phrase in low:
            total += weight
    total += 0.3 * min(low.count("!"), 3) * (1 if total > 0 else -1 if total < 0 else 0)
    return round(total / math.sqrt(total * total + 15), 4)


# --- one call ---------------------------------------------------------------------------------------------------------
def analyse(result: dict, text: str, low: str, kind: str, lang: str) -> tuple[dict, list]:
    """Fill `result` for a Russian or Spanish text; returns it and the "I feel that..." thought spans."""
    from heartspace.coach import intl_safety
    from heartspace.coach.result import set_faux, set_flag

    ru = lang == "ru"
    found = scan_feelings(text, low, lang)
    from heartspace.coach.intl_conflict import detect_conflict

    blame, contempt, defensive, denied = detect_conflict(text, low, lang)
    if not (blame and contempt and defensive):
        from heartspace.coach import conflict, conflict_model

        empty = [label for label, spans in (("blame", blame), ("contempt", contempt), ("defensive", defensive)) if not spans]
        if denied and "blame" in empty:
            empty.remove("blame")  # the rules read a label as denied ("no eres egoísta"): they decide
        learned = conflict_model.detect(text, conflict.mask_quotes(low), empty)
        if "defensive" in learned and (RU_APOLOGY if lang == "ru" else ES_APOLOGY).search(low):
            # An apology that owns the behaviour is never called defensive, whatever excuse it gives.
            del learned["defensive"]
        blame = blame or learned.get("blame", [])
        contempt = contempt or learned.get("contempt", [])
        defensive = defensive or learned.get("defensive", [])
    safety_spans, categories = intl_safety.detect(text, low, lang)
    if not safety_spans:
        from heartspace.coach import safety_model

        safety_spans = safety_model.detect(text, intl_safety.clean(low, lang))
        categories = [safety_model.CATEGORY] if safety_spans else []
    score = valence(low, lang)
    set_flag(result, "blame", blame)
    set_flag(result, "contempt", contempt)
    set_flag(result, "defensive", defensive)
    set_flag(result, "safety", safety_spans)
    result["safety_categories"] = categories
    result["feelings"] = found.feelings
    set_faux(result, found.faux)
    result["i_statement"] = bool(found.feelings) and not found.caused
    result["valence"] = score
    complaint = bool((RU_COMPLAINT if ru else ES_COMPLAINT).search(low))
    result["single_issue"] = not ((RU_ISSUE_MARKERS if ru else ES_ISSUE_MARKERS).search(low)
                                  and (complaint or blame or contempt))
    result["next_step"] = (bool((RU_NEXT_STEP if ru else ES_NEXT_STEP).search(low))
                           and not (RU_VAGUE if ru else ES_VAGUE).search(low)) or bool(
        (RU_WHEN if ru else ES_WHEN).search(low) and (RU_ACTION if ru else ES_ACTION).search(low))
    if kind == "follow_up":
        result["highlight"] = bool((RU_HIGHLIGHT if ru else ES_HIGHLIGHT).search(low))
        result["action"] = bool((RU_ACTION if ru else ES_ACTION).search(low))
        result["question"] = _asks_ahead(low, RU_BACKWARD_QUESTION if ru else ES_BACKWARD_QUESTION)
    elif kind == "story":
        result["one_scene"] = not (RU_MANY_SCENES if ru else ES_MANY_SCENES).search(low)
        result["takeaway"] = bool((RU_TAKEAWAY if ru else ES_TAKEAWAY).search(low))
    elif kind == "appreciation":
        thanks = (RU_THANKS if ru else ES_THANKS).search(low)
        generic = (RU_GENERIC_THANKS if ru else ES_GENERIC_THANKS).search(low)
        result["specific"] = bool(thanks) and not generic and len(low[thanks.end():].split()) >= 3
    result["tone"] = _tone(result, score, complaint, low, kind, ru)
    return result, found.thoughts


def _asks_ahead(low: str, backward) -> bool:
    """Some question that is not about the past (each "?" or "❓" ends one)."""
    start = 0
    for m in _QUESTION_END.finditer(low):
        asked = low[start:m.end()]
        start = m.end()
        if m.group() in "?❓" and not backward.search(asked):
            return True
    return False


_QUESTION_END = re.compile(r"[?❓]|[.!\n]")


def _tone(result: dict, score: float, complaint: bool, low: str, kind: str, ru: bool) -> str:
    if any(result[k] for k in ("safety", "blame", "contempt", "defensive")):
        return "corrective"
    if kind == "tension":
        return "corrective"  # the script exists to raise a tension, however gently it is worded
    if (RU_APOLOGY if ru else ES_APOLOGY).search(low):
        return "positive"
    table = RU_FEELING_STEMS if ru else ES_FEELING_STEMS
    signs = {table.get(_stem_of(word, table) or "", 0) for feeling in result["feelings"] for word in feeling.split()}
    if kind == "i_feel":
        # As in English: the feeling named says which way it leans; with none it is a complaint.
        if -1 in signs or (not result["feelings"] and score < 0.05):
            return "corrective"
        if 1 in signs:
            return "positive"
    if kind == "story":
        if -1 in signs:
            return "neutral"  # reflective about a past difficulty
        if 1 in signs:
            return "positive" if score >= 0.05 else "neutral"
        return "positive" if score >= 0.35 else "neutral"
    if complaint:
        return "corrective"
    if (RU_THANKS if ru else ES_THANKS).search(low):
        return "positive"
    if score >= 0.05:
        return "positive"
    if score <= -0.05:
        return "corrective"
    return "neutral"
