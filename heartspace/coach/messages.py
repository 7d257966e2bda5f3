"""Kind, specific sentences for what the coach noticed. Each suggestion: {code, message, span, template, params}.

The tone is a friend looking over your shoulder, never a grader: say what we noticed, why it
may land badly, and one thing to try instead. `span` is [start, end, text] or None.

Translatable without touching code: every sentence is a template in MESSAGES (English source text
with %(name)s placeholders), keyed by `template`; a suggestion carries the key and its `params`
beside the English `message`. The coach stays Django-free; the app renders
`gettext(MESSAGES[template]) % params` (heartspace/writing/feedback.py), and `makemessages` finds
the templates through the `gettext_noop` marker below.
"""

from __future__ import annotations

TEMPLATE_KINDS = ("i_feel", "tension", "story")

CODES = (
    "not_analysed", "safety", "blame", "contempt", "defensive", "faux_feeling", "caused_by_other", "thought_not_feeling",
    "no_feeling", "not_single_issue", "no_next_step", "no_highlight", "no_action", "no_question", "no_takeaway",
    "not_one_scene", "not_specific", "over_limit",
)


def gettext_noop(message: str) -> str:
    """Marks a string for translation catalogues (Django's makemessages knows this name); returns it as is."""
    return message


# Template key -> English source text. Most keys are the suggestion code; a few codes have a variant.
MESSAGES = {
    "not_analysed": gettext_noop(
        "The coach reads English, Russian and Spanish for now, so this text was not analysed. "
        "Your words are saved just the same."),
    "safety_not_analysed": gettext_noop(
        "What you describe may be serious, and you deserve to be safe. Help is one tap away, "
        "whenever you want it; your words are saved either way."),
    "safety": gettext_noop(
        "What you describe sounds serious, and you deserve to be safe. Help is one tap away, "
        "whenever you want it; your words are saved either way."),
    "blame": gettext_noop(
        "“%(quote)s” sounds like a verdict on who they are, which is hard to hear without defending. "
        "Try one specific moment and how it felt: “I felt … when …”."),
    "blame_no_span": gettext_noop(
        "This sounds like a verdict on who they are, which is hard to hear without defending. "
        "Try one specific moment and how it felt: “I felt … when …”."),
    "contempt": gettext_noop(
        "This may read as sarcasm or a put-down. Saying plainly what hurt is more likely to be heard."),
    "defensive": gettext_noop(
        "This turns the conversation back to them. Could you first acknowledge the part that is yours, "
        "even a small one?"),
    "faux_feeling": gettext_noop(
        "“%(word)s” is a judgement of what they did. Try a feeling of your own, like “%(feeling)s”, "
        "and the need underneath it: %(need)s."),
    "caused_by_other": gettext_noop(
        "Saying they made you feel it puts the feeling in their hands. Try owning it: “I felt %(feeling)s when …”."),
    "thought_not_feeling": gettext_noop(
        "“I feel like …” or “I feel that …” introduces a thought, not a feeling. "
        "What did you feel: sad, worried, hurt, lonely?"),
    "no_feeling": gettext_noop(
        "Name one feeling to start: “I felt …” (for example hurt, anxious, proud, relieved)."),
    "not_single_issue": gettext_noop(
        "This raises more than one issue. Picking the one that matters most today makes it easier to resolve."),
    "no_next_step": gettext_noop(
        "End with one concrete next step you could both agree to, like a time to talk or one small change."),
    "no_highlight": gettext_noop("Name one moment from your conversation that stayed with you."),
    "no_action": gettext_noop("Add one action: something you did or will do, like sending what you promised."),
    "no_question": gettext_noop("The follow-up has no question yet: ask one thing for next time."),
    "no_takeaway": gettext_noop(
        "Finish with what it taught you: “that taught me …”, one insight you can hold on to."),
    "not_one_scene": gettext_noop(
        "Stories land best with one scene. Pick the single moment that carries the feeling."),
    "not_specific": gettext_noop(
        "Name one specific thing they did: “thank you for … when …” stays with people longer than general praise."),
    "over_limit": gettext_noop("That is %(words)s words; this asks for %(limit)s or fewer. Which words could go?"),
}


def render(template: str, params: dict) -> str:
    """The English sentence for a template key (the app renders the translated one the same way)."""
    return MESSAGES[template] % params if params else MESSAGES[template]


def _first(spans):
    return list(spans[0]) if spans else None


def build_suggestions(result: dict, kind: str, thoughts: list[tuple[int, int]]) -> list[dict]:
    out: list[dict] = []
    spans = result["spans"]

    def add(code: str, span=None, template: str | None = None, **params) -> None:
        template = template or code
        out.append({"code": code, "message": render(template, params), "span": span, "template": template,
                    "params": params})

    if not result["analysed"]:
        add("not_analysed")
        if result["safety"]:
            add("safety", _first(spans["safety"]), template="safety_not_analysed")
        _limit(result, add)
        return out
    if result["safety"]:
        add("safety", _first(spans["safety"]))
    if result["blame"]:
        span = _first(spans["blame"])
        if span:
            add("blame", span, quote=span[2])
        else:
            add("blame", None, template="blame_no_span")
    if result["contempt"]:
        add("contempt", _first(spans["contempt"]))
    if result["defensive"]:
        add("defensive", _first(spans["defensive"]))
    for faux in result["faux_feeling_suggestions"]:
        add("faux_feeling", faux["span"], word=faux["word"], feeling=faux["suggested_feeling"],
            need=faux["suggested_need"])
    if result["feelings"] and not result["i_statement"]:
        add("caused_by_other", feeling=result["feelings"][0])
    if thoughts and not result["feelings"] and not result["faux_feelings"]:
        add("thought_not_feeling")
    if kind in TEMPLATE_KINDS and not result["feelings"] and not result["faux_feelings"] and not thoughts:
        add("no_feeling")
    if not result["single_issue"]:
        add("not_single_issue")
    if kind == "tension" and not result["next_step"]:
        add("no_next_step")
    if kind == "follow_up":
        if not result["highlight"]:
            add("no_highlight")
        if not result["action"]:
            add("no_action")
        if not result["question"]:
            add("no_question")
    if kind == "story":
        if not result["takeaway"]:
            add("no_takeaway")
        if not result["one_scene"]:
            add("not_one_scene")
    if kind == "appreciation" and not result.get("specific", True):
        add("not_specific")
    _limit(result, add)
    return out


def _limit(result: dict, add) -> None:
    limit, words = result["limit"], result["word_count"]
    if limit and words > limit:
        add("over_limit", words=words, limit=limit)
