"""Blame, contempt and defensiveness in Russian and Spanish: the patterns of intl_patterns.py run
over the text with quoted speech and generic "you" masked, praising and warm absolutes and
negated labels set aside (intl.py calls detect_conflict; the trained models read what is left).
"""

from __future__ import annotations

import re

from heartspace.coach.intl import valence
from heartspace.coach.intl_patterns import (
    ES_BLAME,
    ES_BLAME_GATES,
    ES_CONTEMPT,
    ES_DEFENSIVE,
    ES_GENERIC,
    ES_SELF,
    ES_WARM_ALWAYS,
    ES_WARM_CATCH,
    RU_BLAME,
    RU_BLAME_GATES,
    RU_CONTEMPT,
    RU_DEFENSIVE,
    RU_GENERIC,
    RU_SELF,
    RU_WARM_ALWAYS,
    RU_WARM_CATCH,
)


def _spans(text: str, patterns, low: str, gates=None, merge: bool = True) -> list[list]:
    out = []
    for index, pattern in enumerate(patterns):
        if gates is not None and not any(word in low for word in gates[index]):
            continue
        for m in pattern.finditer(low):
            start, end = m.start(), m.end()
            while end > start and low[end - 1] in " ,\t\n":
                end -= 1  # the evidence, without the trailing space or comma
            out.append([start, end, text[start:end]])
    out.sort()
    return _merge(out) if merge else out


def _merge(out: list[list]) -> list[list]:
    merged: list[list] = []
    for span in out:
        if merged and span[0] < merged[-1][1]:
            continue
        merged.append(span)
    return merged


def _mask(pattern: re.Pattern, low: str) -> str:
    return pattern.sub(lambda m: " " * len(m.group()), low)


_QUOTES = re.compile(r"«[^»]{0,300}»|“[^”]{0,300}”|\"[^\"]{0,300}\"|„[^“”]{0,300}[“”]")


RU_NEGATED_BEFORE = re.compile(r"(?:^|[^\w])не\s+$")
ES_NEGATED_BEFORE = re.compile(r"(?:^|[^\w])no\s+$")


def _warm_always(low: str, ru: bool) -> bool:
    """A warm absolute ("ты всегда рядом", "siempre estás ahí para mí") with no catch in its sentence."""
    found = (RU_WARM_ALWAYS if ru else ES_WARM_ALWAYS).search(low)
    if not found:
        return False
    start = max(low.rfind(mark, 0, found.start()) for mark in ".!?\n") + 1
    ends = [end for end in (low.find(mark, found.end()) for mark in ".!?\n") if end != -1]
    return not (RU_WARM_CATCH if ru else ES_WARM_CATCH).search(low, start, min(ends, default=len(low)) + 1)


_ONLY_AFTER_COMPLAINT = re.compile(r"(?:qué\s+casualidad|какое\s+совпадение)[.!🙄]?")


def detect_conflict(text: str, low: str, lang: str) -> tuple[list, list, list, bool]:
    """(blame, contempt, defensive) spans, and whether the rules set a label or an absolute aside
    as denied ("no eres egoísta", "не всегда") or as warm ("siempre estás ahí para mí")."""
    ru = lang == "ru"
    masked = _mask(_QUOTES, low)
    masked = _mask(RU_GENERIC if ru else ES_GENERIC, masked)
    contempt = []
    for span in _spans(text, [RU_CONTEMPT if ru else ES_CONTEMPT], masked):
        if (RU_SELF if ru else ES_SELF).search(masked[max(0, span[0] - 30):span[0]]):
            continue  # "я такая дура", "soy un idiota": about oneself
        contempt.append(span)
    blame = []
    denied = False
    # Filtered before overlapping spans merge, so a praising clause cannot hide a label after it.
    for span in _spans(text, RU_BLAME if ru else ES_BLAME, masked, RU_BLAME_GATES if ru else ES_BLAME_GATES, merge=False):
        clause = masked[span[0]:span[1]]
        if not contempt and _warm_always(clause, ru):
            denied = True
            continue
        # A praising absolute ("ты всегда знаешь, как меня рассмешить") is not blame, unless sarcastic.
        if not contempt and valence(clause, lang) > 0.2:
            continue
        # A negated label or absolute ("no eres egoísta", "не всегда") is not blame.
        if (RU_NEGATED_BEFORE if ru else ES_NEGATED_BEFORE).search(masked, max(0, span[0] - 12), span[0]):
            denied = True
            continue
        blame.append(span)
    blame = _merge(blame)
    if not blame:
        # "Qué casualidad." mocks only after a complaint ("siempre llegas tarde... qué casualidad").
        contempt = [span for span in contempt if not _ONLY_AFTER_COMPLAINT.fullmatch(span[2].lower())]
    if not blame and not contempt and _warm_always(masked, ru):
        denied = True  # warm in words the model reads as "always" and little else: the rules decide
    defensive = _spans(text, [RU_DEFENSIVE if ru else ES_DEFENSIVE], masked)
    return blame, contempt, defensive, denied
