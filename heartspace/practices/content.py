"""Words the practices show: daily prompts, ritual agendas, the seed's conflict rules, calming
suggestions. Plain data, no Django; templates translate each string when they show it.

All prompts and agendas are heartspace's own words. The four conflict rules and the "I" statement
example are the source text's, used as the spec.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass


def gettext_noop(text: str) -> str:
    """Marks a string for translation (so makemessages finds it) without importing Django here;
    templates translate it when they show it."""
    return text

# The source text's example, shown as written.
I_STATEMENT_EXAMPLE = gettext_noop("I feel lonely when evenings are quiet; I need fifteen minutes of focused talk together.")


@dataclass(frozen=True)
class Prompt:
    key: str
    kind: str  # worry | regret | appreciation
    text: str


DISCLOSURE_PROMPTS: tuple[Prompt, ...] = (
    Prompt("appr-small-thing", "appreciation", gettext_noop("What small thing did someone close to you do lately that made your day easier?")),
    Prompt("worry-tonight", "worry", gettext_noop("What is sitting at the back of your mind tonight that nobody knows about yet?")),
    Prompt("regret-sharp", "regret", gettext_noop("Was there a moment this week when you were sharper than you meant to be?")),
    Prompt("appr-quality", "appreciation", gettext_noop("Which quality in them did you notice today, even briefly?")),
    Prompt("worry-future", "worry", gettext_noop("What are you quietly unsure about in the weeks ahead?")),
    Prompt("regret-unsaid", "regret", gettext_noop("Is there something you wish you had said, or said differently, recently?")),
    Prompt("appr-laugh", "appreciation", gettext_noop("When did they last make you laugh, and what was it?")),
    Prompt("worry-body", "worry", gettext_noop("Where in your body do you feel today's worry, and what is it about?")),
    Prompt("regret-missed", "regret", gettext_noop("Did you miss a chance to show up for someone? Name it without judging yourself.")),
    Prompt("appr-effort", "appreciation", gettext_noop("What effort of theirs might have gone unnoticed this week?")),
    Prompt("worry-us", "worry", gettext_noop("Is anything about the two of you worrying you, even a little?")),
    Prompt("regret-phone", "regret", gettext_noop("Was there a time today you were there in body but not in attention?")),
    Prompt("appr-change", "appreciation", gettext_noop("What has changed for the better between you lately?")),
    Prompt("worry-asking", "worry", gettext_noop("What do you find hard to ask for at the moment?")),
)
PROMPTS_BY_KEY = {p.key: p for p in DISCLOSURE_PROMPTS}


def prompt_for(day: datetime.date) -> Prompt:
    """One gentle prompt a day, the same all day, rotating through the list."""
    return DISCLOSURE_PROMPTS[day.toordinal() % len(DISCLOSURE_PROMPTS)]


@dataclass(frozen=True)
class RitualTemplate:
    kind: str
    title: str
    frequency: str
    duration_minutes: int
    agenda: str
    why: str


RITUAL_TEMPLATES: tuple[RitualTemplate, ...] = (
    RitualTemplate(
        "weekly_checkin", gettext_noop("Weekly check-in"), "weekly", 20,
        gettext_noop("1. Two minutes each: how was your week, really?\n"
        "2. One thing I appreciated about you this week.\n"
        "3. Anything between us that needs a little care? One topic only.\n"
        "4. What is coming up next week, and where could we help each other?\n"
        "5. Close with something you are looking forward to together."),
        gettext_noop("A small, predictable time to talk keeps small things from piling up."),
    ),
    RitualTemplate(
        "nightly_gratitude", gettext_noop("Nightly gratitude"), "daily", 5,
        gettext_noop("1. Each name one thing from today you are grateful for about the other.\n"
        "2. Listen, and just say thank you. No need to match or top it.\n"
        "3. Optional: one word for how you feel as the day ends."),
        gettext_noop("Ending the day noticing what went well tilts attention toward each other."),
    ),
    RitualTemplate(
        "monthly_state", gettext_noop("Monthly “state of the relationship”"), "monthly", 45,
        gettext_noop("1. What went well between us this month? Be specific.\n"
        "2. Where did we drift apart, or miss each other's bids?\n"
        "3. Are our conflict rules and boundaries still right? Anything to change?\n"
        "4. One hope for next month, each.\n"
        "5. One thing we will do differently, and who does what."),
        gettext_noop("A longer look once a month catches drift before it becomes distance."),
    ),
)
RITUAL_TEMPLATES_BY_KIND = {t.kind: t for t in RITUAL_TEMPLATES}


# The source text's four conflict rules, as the starting list for every relationship.
SEED_CONFLICT_RULES: tuple[tuple[str, str], ...] = (
    ("timeouts", gettext_noop("Take a time-out when a fight escalates.")),
    ("no_name_calling", gettext_noop("No name-calling.")),
    ("no_scorekeeping", gettext_noop("Don't bring up past mistakes to score points.")),
    ("come_back", gettext_noop("Come back to resolve it once emotions have calmed.")),
)


@dataclass(frozen=True)
class Soothing:
    key: str
    title: str
    steps: tuple[str, ...]


SOOTHING_SUGGESTIONS: tuple[Soothing, ...] = (
    Soothing("slow-breath", gettext_noop("Slow breathing"), (
        gettext_noop("Breathe in through your nose for a count of four."),
        gettext_noop("Breathe out slowly through your mouth for a count of six."),
        gettext_noop("Repeat for a few minutes; a longer out-breath tells your body it is safe to settle."),
    )),
    Soothing("ground", gettext_noop("Feet on the ground"), (
        gettext_noop("Sit down and feel your feet on the floor."),
        gettext_noop("Name five things you can see and three you can hear."),
        gettext_noop("Notice the chair holding you up. You do not have to solve anything right now."),
    )),
    Soothing("move", gettext_noop("Walk it off"), (
        gettext_noop("Take a short walk, or stretch your arms and shoulders."),
        gettext_noop("Let your thoughts pass without rehearsing the argument."),
        gettext_noop("When you feel calmer, think of one thing you want them to understand, and one thing you want to understand about them."),
    )),
)


def soothing_for(index: int) -> Soothing:
    return SOOTHING_SUGGESTIONS[index % len(SOOTHING_SUGGESTIONS)]


# The listening card: our own phrasing around the source text's two phrases.
REFLECT_STARTERS = (
    gettext_noop("What I'm hearing is… Is that right?"),
    gettext_noop("So the part that hurt most was…?"),
    gettext_noop("Let me check I have it: you…"),
)
VALIDATE_STARTERS = (
    gettext_noop("That makes sense."),
    gettext_noop("Of course you felt that way, given…"),
    gettext_noop("I can see why that mattered so much."),
)
AVOID_WHILE_LISTENING = (
    gettext_noop("Fixing: “You should just…”"),
    gettext_noop("Minimising: “It's not that bad.”"),
    gettext_noop("Turning it to yourself: “That reminds me of when I…”"),
    gettext_noop("Debating the facts before they feel heard."),
)
SIT_WITH_IT = (
    gettext_noop("You don't have to make this better. Being here is the help."),
    gettext_noop("Stay close. Silence is fine."),
    gettext_noop("If you say anything: “I'm here.” “That sounds so hard.” “Take your time.”"),
    gettext_noop("Resist the urge to fix, cheer up or explain. Let the feeling be as big as it is."),
    gettext_noop("Ask, only if it fits: “Would a hug help, or shall I just sit with you?”"),
)
