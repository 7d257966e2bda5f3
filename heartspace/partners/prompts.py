"""Questions one person can invite the other to answer. Our own words, light to deep.

The idea of escalating, mutual self-disclosure follows Aron's research; none of the wording is his.
"""

from __future__ import annotations

from django.utils.translation import gettext_lazy as _

PROMPTS: dict[str, object] = {
    "small-joy": _("What small thing made you glad this week, that I might not know about?"),
    "recharge": _("When you are worn out, what helps you most: company, quiet, or something else?"),
    "proud-quietly": _("What have you done lately that you are quietly proud of?"),
    "understood": _("When did you last feel really understood by me? What did I do?"),
    "miss": _("What do you miss about us, or about how things used to be?"),
    "worry-carrying": _("What worry have you been carrying on your own?"),
    "need-more": _("What is one thing you would like more of between us?"),
    "hard-to-say": _("Is there something you have found hard to say to me? You can say only part of it."),
    "childhood-comfort": _("What comforted you as a child when you were upset?"),
    "future-us": _("Picture us a year from now, closer than today. What is different?"),
}

EXERCISES = {
    "vulnerability": _("Vulnerability exercise: five minutes each, one speaks about a fear while the other mirrors and validates, then swap."),
    "connection_check": _("Connection Check: phone-free presence, three questions, a short story each, one micro-commitment and a closing appreciation."),
}


def prompt_choices():
    return [("", _("Write my own question"))] + [(key, text) for key, text in PROMPTS.items()]
