"""Kind, specific sentences for what the coach noticed. Each suggestion: {code, message, span}.

The tone is a friend looking over your shoulder, never a grader: say what we noticed, why it
may land badly, and one thing to try instead. `span` is [start, end, text] or None.
"""

from __future__ import annotations

TEMPLATE_KINDS = ("i_feel", "tension", "story")

CODES = (
    "not_analysed", "safety", "blame", "contempt", "defensive", "faux_feeling", "caused_by_other", "thought_not_feeling",
    "no_feeling", "not_single_issue", "no_next_step", "no_highlight", "no_action", "no_question", "no_takeaway",
    "not_one_scene", "not_specific", "over_limit",
)


def _first(spans):
    return list(spans[0]) if spans else None


def build_suggestions(result: dict, kind: str, thoughts: list[tuple[int, int]]) -> list[dict]:
    out: list[dict] = []

    def add(code: str, message: str, span=None) -> None:
        out.append({"code": code, "message": message, "span": span})

    if not result["analysed"]:
        add("not_analysed", "The coach reads English, Russian and Spanish for now, so this text was not analysed. "
                            "Your words are saved just the same.")
        if result["safety"]["flag"]:
            add("safety", "What you describe may be serious, and you deserve to be safe. Help is one tap away, "
                          "whenever you want it; your words are saved either way.", _first(result["safety"]["spans"]))
        _limit(result, add)
        return out
    if result["safety"]["flag"]:
        add("safety", "What you describe sounds serious, and you deserve to be safe. Help is one tap away, "
                      "whenever you want it; your words are saved either way.", _first(result["safety"]["spans"]))
    if result["blame"]["flag"]:
        span = _first(result["blame"]["spans"])
        quoted = f"“{span[2]}”" if span else "This"
        add("blame", f"{quoted} sounds like a verdict on who they are, which is hard to hear without defending. "
                     "Try one specific moment and how it felt: “I felt … when …”.", span)
    if result["contempt"]["flag"]:
        add("contempt", "This may read as sarcasm or a put-down. Saying plainly what hurt is more likely to be heard.",
            _first(result["contempt"]["spans"]))
    if result["defensive"]["flag"]:
        add("defensive", "This turns the conversation back to them. Could you first acknowledge the part that is yours, "
                         "even a small one?", _first(result["defensive"]["spans"]))
    for faux in result["faux_feelings"]:
        add("faux_feeling", f"“{faux['word']}” is a judgement of what they did. Try a feeling of your own, like "
                            f"“{faux['suggested_feeling']}”, and the need underneath it: {faux['suggested_need']}.",
            faux["span"])
    if result["feelings"] and not result["i_statement"]:
        add("caused_by_other", "Saying they made you feel it puts the feeling in their hands. Try owning it: "
                               f"“I felt {result['feelings'][0]} when …”.")
    if thoughts and not result["feelings"] and not result["faux_feelings"]:
        start, end = thoughts[0]
        add("thought_not_feeling", "“I feel like …” or “I feel that …” introduces a thought, not a feeling. "
                                   "What did you feel: sad, worried, hurt, lonely?", None)
    if kind in TEMPLATE_KINDS and not result["feelings"] and not result["faux_feelings"] and not thoughts:
        add("no_feeling", "Name one feeling to start: “I felt …” (for example hurt, anxious, proud, relieved).")
    if not result["single_issue"]:
        add("not_single_issue", "This raises more than one issue. Picking the one that matters most today makes it "
                                "easier to resolve.")
    if kind == "tension" and not result["next_step"]:
        add("no_next_step", "End with one concrete next step you could both agree to, like a time to talk or one "
                            "small change.")
    if kind == "follow_up":
        if not result["highlight"]:
            add("no_highlight", "Name one moment from your conversation that stayed with you.")
        if not result["action"]:
            add("no_action", "Add one action: something you did or will do, like sending what you promised.")
        if not result["question"]:
            add("no_question", "The follow-up has no question yet: ask one thing for next time.")
    if kind == "story":
        if not result["takeaway"]:
            add("no_takeaway", "Finish with what it taught you: “that taught me …”, one insight you can hold on to.")
        if not result["one_scene"]:
            add("not_one_scene", "Stories land best with one scene. Pick the single moment that carries the feeling.")
    if kind == "appreciation" and not result.get("specific", True):
        add("not_specific", "Name one specific thing they did: “thank you for … when …” stays with people longer "
                            "than general praise.")
    _limit(result, add)
    return out


def _limit(result: dict, add) -> None:
    limit, words = result["limit"], result["word_count"]
    if limit and words > limit:
        add("over_limit", f"That is {words} words; this asks for {limit} or fewer. Which words could go?")
