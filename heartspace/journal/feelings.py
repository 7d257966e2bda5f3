"""The feelings vocabulary and the needs list: plain Python, no Django.

Compiled for heartspace in our own words. The shape (a few core feelings, each
spreading out into milder and stronger words) follows the idea of Gloria Willcox's
feeling wheel; the split between feelings, needs and "thoughts dressed as feelings"
follows Marshall Rosenberg's Nonviolent Communication. The words, grouping and
definitions are ours.

Every picker in the app reads from here; a word that is not in the list is still
accepted everywhere as the person's own word.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

MILD, MODERATE, STRONG = "mild", "moderate", "strong"
INTENSITIES = (MILD, MODERATE, STRONG)

# Limits for words typed into a picker (a feeling is a word or a short phrase).
MAX_WORD_CHARS = 40
MAX_FEELINGS_PER_ENTRY = 12


@dataclass(frozen=True)
class Core:
    key: str
    label: str
    summary: str
    pleasant: bool


@dataclass(frozen=True)
class Feeling:
    word: str
    core: str
    intensity: str
    definition: str


@dataclass(frozen=True)
class Need:
    word: str
    group: str
    definition: str


@dataclass(frozen=True)
class Interpretation:
    """A word that sounds like a feeling but describes what someone else did to you."""

    word: str
    note: str
    feelings_underneath: tuple[str, ...]


CORES: tuple[Core, ...] = (
    Core("joy", "Joy", "Something is going well, and you want more of it.", True),
    Core("calm", "Calm", "Your body and mind have room to rest.", True),
    Core("love", "Love and connection", "You feel close to someone, or open towards them.", True),
    Core("surprise", "Surprise", "Something unexpected has caught your attention.", True),
    Core("sadness", "Sadness", "Something that mattered is missing, lost or out of reach.", False),
    Core("fear", "Fear", "Something feels uncertain or unsafe, and you are bracing for it.", False),
    Core("anger", "Anger", "Something feels unfair, or a limit of yours has been crossed.", False),
    Core("shame", "Shame and guilt", "You feel exposed, not good enough, or sorry for what you did.", False),
    Core("tired", "Tired and numb", "Your energy or your feelings have gone quiet or flat.", False),
)

_F = Feeling
FEELINGS: tuple[Feeling, ...] = (
    # joy
    _F("content", "joy", MILD, "Quietly satisfied; nothing needs to change right now."),
    _F("pleased", "joy", MILD, "Glad about how something turned out."),
    _F("glad", "joy", MILD, "A light, simple happiness about something."),
    _F("cheerful", "joy", MILD, "In a bright mood that comes out in how you talk and move."),
    _F("amused", "joy", MILD, "Something struck you as funny."),
    _F("satisfied", "joy", MILD, "What you wanted or worked for has been met."),
    _F("hopeful", "joy", MILD, "Expecting that something good may come."),
    _F("happy", "joy", MODERATE, "Plainly feeling good about your life or this moment."),
    _F("delighted", "joy", MODERATE, "Happily surprised by something lovely."),
    _F("grateful", "joy", MODERATE, "Aware of a gift, a kindness or a piece of luck, and warm about it."),
    _F("proud", "joy", MODERATE, "Pleased with something you (or someone close) did or became."),
    _F("playful", "joy", MODERATE, "In the mood to joke, tease gently or try things for fun."),
    _F("eager", "joy", MODERATE, "Keen to start or to see what happens next."),
    _F("optimistic", "joy", MODERATE, "Trusting that things will work out."),
    _F("inspired", "joy", MODERATE, "Moved to create, change or act by something you saw or heard."),
    _F("joyful", "joy", STRONG, "Full of happiness that is hard to keep inside."),
    _F("elated", "joy", STRONG, "Lifted high by good news or success."),
    _F("thrilled", "joy", STRONG, "Excited and delighted at once, often with a rush in the body."),
    _F("overjoyed", "joy", STRONG, "So happy it almost brings tears."),
    _F("exhilarated", "joy", STRONG, "Buzzing with energy after something daring or wonderful."),
    _F("blissful", "joy", STRONG, "Completely happy and at one with the moment."),
    # calm
    _F("relaxed", "calm", MILD, "Your muscles and thoughts have loosened."),
    _F("comfortable", "calm", MILD, "At ease where you are, with nothing pinching."),
    _F("at ease", "calm", MILD, "Not on guard; you can be as you are."),
    _F("mellow", "calm", MILD, "Slow and soft, in no hurry."),
    _F("rested", "calm", MILD, "Your body has had the sleep or break it needed."),
    _F("settled", "calm", MILD, "Things have found their place, and so have you."),
    _F("peaceful", "calm", MODERATE, "Free of inner conflict for now."),
    _F("relieved", "calm", MODERATE, "A worry or weight has lifted."),
    _F("safe", "calm", MODERATE, "You sense no threat; you can lower your guard."),
    _F("steady", "calm", MODERATE, "Able to stay upright inside whatever is happening."),
    _F("refreshed", "calm", MODERATE, "Renewed, as after fresh air, water or a good break."),
    _F("centred", "calm", MODERATE, "In touch with yourself and what matters to you."),
    _F("serene", "calm", STRONG, "A deep, clear calm that is hard to disturb."),
    _F("tranquil", "calm", STRONG, "Still inside, like water with no wind."),
    _F("fulfilled", "calm", STRONG, "Your life or this moment feels whole and enough."),
    _F("grounded", "calm", STRONG, "Firmly rooted in your body and your values."),
    # love and connection
    _F("friendly", "love", MILD, "Well-disposed towards someone and open to contact."),
    _F("warm", "love", MILD, "Gentle goodwill towards someone."),
    _F("fond", "love", MILD, "A soft liking for someone you know."),
    _F("open", "love", MILD, "Willing to let someone in and to hear them."),
    _F("accepted", "love", MILD, "Taken as you are, without needing to perform."),
    _F("included", "love", MILD, "Part of the group or the plan, not left outside."),
    _F("affectionate", "love", MODERATE, "Wanting to show care through words or touch."),
    _F("close", "love", MODERATE, "Little distance between you and someone else."),
    _F("caring", "love", MODERATE, "Concerned for how someone is and wanting them to be well."),
    _F("tender", "love", MODERATE, "Gentle and soft towards someone, perhaps a little raw."),
    _F("appreciated", "love", MODERATE, "Noticed and valued for what you bring."),
    _F("connected", "love", MODERATE, "Linked with someone; you understand each other."),
    _F("trusting", "love", MODERATE, "Confident that someone means you well."),
    _F("understood", "love", MODERATE, "Someone got what you meant and how it felt."),
    _F("loving", "love", STRONG, "Full of love and wanting to give it."),
    _F("adoring", "love", STRONG, "Deeply admiring and loving someone."),
    _F("devoted", "love", STRONG, "Committed to someone with your whole heart."),
    _F("cherished", "love", STRONG, "Held as precious by someone."),
    _F("passionate", "love", STRONG, "Intense desire or love that fills you."),
    _F("compassionate", "love", STRONG, "Moved by someone's suffering and wanting to ease it."),
    # surprise
    _F("curious", "surprise", MILD, "Wanting to know more."),
    _F("intrigued", "surprise", MILD, "Your interest has been caught by something puzzling."),
    _F("puzzled", "surprise", MILD, "Something does not add up yet."),
    _F("distracted", "surprise", MILD, "Your attention keeps being pulled elsewhere."),
    _F("surprised", "surprise", MODERATE, "Caught off guard by something you did not expect."),
    _F("startled", "surprise", MODERATE, "A sudden jolt from something unexpected."),
    _F("confused", "surprise", MODERATE, "Unable to make sense of what is going on."),
    _F("amazed", "surprise", MODERATE, "Struck by something remarkable."),
    _F("moved", "surprise", MODERATE, "Touched by something, often close to tears."),
    _F("astonished", "surprise", STRONG, "Greatly surprised; you can hardly believe it."),
    _F("shocked", "surprise", STRONG, "Knocked back by something sudden and often upsetting."),
    _F("stunned", "surprise", STRONG, "So surprised that you cannot think or move for a moment."),
    _F("awestruck", "surprise", STRONG, "Filled with wonder at something vast or beautiful."),
    _F("bewildered", "surprise", STRONG, "Completely lost about what is happening or what to do."),
    # sadness
    _F("disappointed", "sadness", MILD, "Something did not turn out the way you hoped."),
    _F("wistful", "sadness", MILD, "A soft longing for something past or out of reach."),
    _F("low", "sadness", MILD, "Your mood has sunk a little."),
    _F("blue", "sadness", MILD, "A mild, grey sadness."),
    _F("homesick", "sadness", MILD, "Missing a place or people that feel like home."),
    _F("nostalgic", "sadness", MILD, "Remembering earlier times with fondness and a little ache."),
    _F("sad", "sadness", MODERATE, "Feeling the loss of something that mattered."),
    _F("lonely", "sadness", MODERATE, "Wanting connection that is not there right now."),
    _F("hurt", "sadness", MODERATE, "Pained by what someone said or did."),
    _F("discouraged", "sadness", MODERATE, "Losing the heart to keep trying."),
    _F("regretful", "sadness", MODERATE, "Wishing you had done something differently."),
    _F("left out", "sadness", MODERATE, "Not included when you wanted to be."),
    _F("helpless", "sadness", MODERATE, "Feeling unable to change what is happening."),
    _F("grieving", "sadness", STRONG, "Mourning a loss that has changed your life."),
    _F("heartbroken", "sadness", STRONG, "Crushed by the loss of love or of a hope."),
    _F("despairing", "sadness", STRONG, "Having lost hope that things can get better."),
    _F("devastated", "sadness", STRONG, "Overwhelmed by a painful loss or blow."),
    _F("hopeless", "sadness", STRONG, "Unable to see a way forward."),
    _F("anguished", "sadness", STRONG, "In deep emotional pain."),
    _F("miserable", "sadness", STRONG, "Very unhappy, with little relief in sight."),
    # fear
    _F("uneasy", "fear", MILD, "A vague sense that something is not right."),
    _F("nervous", "fear", MILD, "Jittery about something coming up."),
    _F("hesitant", "fear", MILD, "Holding back, unsure whether to go ahead."),
    _F("unsure", "fear", MILD, "Not knowing what to think or do."),
    _F("wary", "fear", MILD, "Watchful, expecting you might need to protect yourself."),
    _F("tense", "fear", MILD, "Tight in body or mind, braced for something."),
    _F("anxious", "fear", MODERATE, "Worried about what might happen, often felt in the body."),
    _F("worried", "fear", MODERATE, "Your mind keeps returning to a possible problem."),
    _F("scared", "fear", MODERATE, "Frightened of something that could hurt you."),
    _F("insecure", "fear", MODERATE, "Doubting your worth or your place with someone."),
    _F("vulnerable", "fear", MODERATE, "Open to being hurt, because you let something show."),
    _F("overwhelmed", "fear", MODERATE, "More is happening than you can take in or handle."),
    _F("apprehensive", "fear", MODERATE, "Expecting something unpleasant ahead."),
    _F("stressed", "fear", MODERATE, "Under pressure that is more than feels manageable."),
    _F("afraid", "fear", STRONG, "Strong fear that something bad will happen."),
    _F("terrified", "fear", STRONG, "Extremely frightened."),
    _F("panicked", "fear", STRONG, "Fear so sudden and strong that it is hard to think."),
    _F("dread", "fear", STRONG, "A heavy fear of something you know is coming."),
    _F("petrified", "fear", STRONG, "So afraid that you freeze."),
    _F("frantic", "fear", STRONG, "Wildly anxious, rushing without a clear plan."),
    _F("desperate", "fear", STRONG, "Feeling you must find a way out, whatever it takes."),
    # anger
    _F("irritated", "anger", MILD, "Bothered by something small and repeated."),
    _F("annoyed", "anger", MILD, "Mildly angry at something in your way."),
    _F("impatient", "anger", MILD, "Wanting something to happen faster than it is."),
    _F("grumpy", "anger", MILD, "In a bad temper that leaks into everything."),
    _F("bothered", "anger", MILD, "Something is nagging at you."),
    _F("touchy", "anger", MILD, "Quick to feel criticised or to snap."),
    _F("frustrated", "anger", MODERATE, "Blocked from something you want, again and again."),
    _F("angry", "anger", MODERATE, "Strong displeasure at something that seems wrong or unfair."),
    _F("resentful", "anger", MODERATE, "Carrying old anger about being treated unfairly."),
    _F("exasperated", "anger", MODERATE, "Fed up after too many tries."),
    _F("bitter", "anger", MODERATE, "Angry and hurt for a long time about something unfair."),
    _F("jealous", "anger", MODERATE, "Afraid of losing someone's attention or love to another."),
    _F("envious", "anger", MODERATE, "Wanting what someone else has."),
    _F("defensive", "anger", MODERATE, "Ready to protect yourself from blame or attack."),
    _F("furious", "anger", STRONG, "Very angry, with a lot of heat in the body."),
    _F("enraged", "anger", STRONG, "Anger so strong it is hard to control."),
    _F("livid", "anger", STRONG, "Extremely angry, usually about something specific."),
    _F("hostile", "anger", STRONG, "Wanting to push someone away or hit back."),
    _F("outraged", "anger", STRONG, "Shocked and angry at something you see as deeply wrong."),
    _F("disgusted", "anger", STRONG, "Strongly repelled by something or someone."),
    # shame and guilt
    _F("self-conscious", "shame", MILD, "Very aware of how others might be seeing you."),
    _F("awkward", "shame", MILD, "Uncomfortable and unsure how to act."),
    _F("sheepish", "shame", MILD, "A little embarrassed about something you did."),
    _F("shy", "shame", MILD, "Held back by nervousness around others."),
    _F("flustered", "shame", MILD, "Thrown off balance and unable to think clearly."),
    _F("embarrassed", "shame", MODERATE, "Uncomfortable because something about you was seen."),
    _F("guilty", "shame", MODERATE, "Feeling you did something wrong and wanting to put it right."),
    _F("ashamed", "shame", MODERATE, "Feeling that something is wrong with who you are."),
    _F("inadequate", "shame", MODERATE, "Feeling not good enough for what is asked of you."),
    _F("exposed", "shame", MODERATE, "Seen in a way you did not choose."),
    _F("remorseful", "shame", MODERATE, "Sorry for harm you caused and wishing to repair it."),
    _F("foolish", "shame", MODERATE, "Feeling you looked silly or made a poor choice."),
    _F("humiliated", "shame", STRONG, "Made to feel small in front of others."),
    _F("mortified", "shame", STRONG, "Deeply embarrassed, wishing to disappear."),
    _F("worthless", "shame", STRONG, "Feeling you have no value at all (a feeling, not a fact)."),
    _F("unlovable", "shame", STRONG, "Fearing no one could love the real you (a feeling, not a fact)."),
    _F("disgraced", "shame", STRONG, "Feeling you have lost others' respect."),
    _F("self-loathing", "shame", STRONG, "Turning harsh dislike on yourself."),
    # tired and numb
    _F("tired", "tired", MILD, "Low on energy; rest would help."),
    _F("bored", "tired", MILD, "Nothing around you holds your interest."),
    _F("flat", "tired", MILD, "Not much feeling in any direction."),
    _F("restless", "tired", MILD, "Unable to settle, without knowing why."),
    _F("distant", "tired", MILD, "A step removed from people or from your own feelings."),
    _F("drained", "tired", MODERATE, "Used up by people, work or worry."),
    _F("weary", "tired", MODERATE, "Tired in a deep way that sleep does not quite fix."),
    _F("withdrawn", "tired", MODERATE, "Pulling back from contact to protect yourself."),
    _F("indifferent", "tired", MODERATE, "Not caring much either way, perhaps as protection."),
    _F("disconnected", "tired", MODERATE, "Cut off from others or from yourself."),
    _F("exhausted", "tired", STRONG, "Completely out of energy."),
    _F("burnt out", "tired", STRONG, "Worn down by a long stretch of giving more than you had."),
    _F("numb", "tired", STRONG, "Feeling nothing, often after feeling too much."),
    _F("empty", "tired", STRONG, "A hollow sense that something vital is missing."),
    _F("shut down", "tired", STRONG, "Switched off inside so as not to feel or respond."),
)

NEED_GROUPS: tuple[tuple[str, str], ...] = (
    ("connection", "Connection"),
    ("honesty", "Honesty"),
    ("autonomy", "Choice and space"),
    ("meaning", "Meaning"),
    ("peace", "Peace"),
    ("wellbeing", "Body and safety"),
    ("play", "Play"),
)

_N = Need
NEEDS: tuple[Need, ...] = (
    _N("acceptance", "connection", "Being taken as you are."),
    _N("affection", "connection", "Warmth shown in words, time or touch."),
    _N("appreciation", "connection", "Having what you do and who you are noticed."),
    _N("belonging", "connection", "Being part of a group or a pair that counts you in."),
    _N("closeness", "connection", "Little distance between you and someone who matters."),
    _N("companionship", "connection", "Someone alongside you, even in quiet."),
    _N("consideration", "connection", "Your needs being taken into account."),
    _N("empathy", "connection", "Someone trying to feel what it is like to be you."),
    _N("intimacy", "connection", "Letting someone know your inner life, and knowing theirs."),
    _N("reassurance", "connection", "Hearing that you and the bond are all right."),
    _N("respect", "connection", "Being treated as someone whose view matters."),
    _N("support", "connection", "Help when something is heavy."),
    _N("to be heard", "connection", "Someone listening until they understand."),
    _N("to be seen", "connection", "Someone noticing what is true for you."),
    _N("trust", "connection", "Being able to rely on someone's goodwill."),
    _N("attention", "connection", "Someone's focus, freely given, for a while."),
    _N("authenticity", "honesty", "Being able to be real rather than perform."),
    _N("clarity", "honesty", "Knowing where you stand and what is meant."),
    _N("integrity", "honesty", "Acting in line with what you value."),
    _N("openness", "honesty", "Things being said rather than hidden."),
    _N("choice", "autonomy", "Deciding for yourself."),
    _N("freedom", "autonomy", "Room to move, think and act."),
    _N("independence", "autonomy", "Being able to stand on your own."),
    _N("space", "autonomy", "Time and room that are only yours."),
    _N("contribution", "meaning", "Making a difference to someone's life."),
    _N("growth", "meaning", "Learning and becoming more yourself."),
    _N("purpose", "meaning", "A sense that what you do matters."),
    _N("creativity", "meaning", "Making something new."),
    _N("understanding", "meaning", "Making sense of what happened."),
    _N("ease", "peace", "Things being less of a struggle."),
    _N("harmony", "peace", "Getting along without strain."),
    _N("order", "peace", "Enough structure to know what comes next."),
    _N("hope", "peace", "Believing things can get better."),
    _N("rest", "wellbeing", "Sleep, breaks and time to recover."),
    _N("safety", "wellbeing", "Being free from threat or harm."),
    _N("touch", "wellbeing", "Physical contact that is welcome."),
    _N("nourishment", "wellbeing", "Food, water and care for your body."),
    _N("movement", "wellbeing", "Using your body; getting out and about."),
    _N("fun", "play", "Enjoyment for its own sake."),
    _N("humour", "play", "Laughing together."),
    _N("adventure", "play", "Something new and a little daring."),
)

INTERPRETATIONS: tuple[Interpretation, ...] = (
    Interpretation("abandoned", "says someone left you", ("lonely", "scared", "hurt")),
    Interpretation("betrayed", "says someone broke your trust", ("hurt", "angry", "shocked")),
    Interpretation("ignored", "says someone did not respond to you", ("lonely", "hurt", "frustrated")),
    Interpretation("rejected", "says someone turned you away", ("hurt", "sad", "ashamed")),
    Interpretation("unappreciated", "says someone did not value what you did", ("sad", "resentful", "tired")),
    Interpretation("manipulated", "says someone steered you for their own ends", ("angry", "wary", "confused")),
    Interpretation("criticised", "says someone judged you", ("hurt", "defensive", "embarrassed")),
    Interpretation("misunderstood", "says someone got you wrong", ("frustrated", "lonely", "sad")),
    Interpretation("pressured", "says someone pushed you", ("anxious", "resentful", "tense")),
    Interpretation("unheard", "says someone did not listen", ("frustrated", "lonely", "discouraged")),
    Interpretation("let down", "says someone did not do what you expected", ("disappointed", "sad", "hurt")),
    Interpretation("used", "says someone took advantage of you", ("angry", "hurt", "resentful")),
    Interpretation("attacked", "says someone went for you", ("scared", "angry", "defensive")),
    Interpretation("invisible", "says others do not notice you", ("lonely", "sad", "hurt")),
)


_SPACES = re.compile(r"\s+")


def normalize(word: str) -> str:
    """The form a word is compared and stored in: NFC, case-folded, single spaces, trimmed."""
    text = unicodedata.normalize("NFC", str(word or ""))
    text = text.replace("\u200b", "").replace("\u200d", "").replace("\ufeff", "")
    return _SPACES.sub(" ", text).strip().casefold()


_BY_WORD: dict[str, Feeling] = {normalize(f.word): f for f in FEELINGS}
_CORES_BY_KEY: dict[str, Core] = {c.key: c for c in CORES}
_NEEDS_BY_WORD: dict[str, Need] = {normalize(n.word): n for n in NEEDS}
_INTERPRETATIONS_BY_WORD: dict[str, Interpretation] = {normalize(i.word): i for i in INTERPRETATIONS}


def all_words() -> list[Feeling]:
    """Every feeling, in vocabulary order (by core, then mild to strong)."""
    return list(FEELINGS)


def word_list() -> list[str]:
    """Just the words, alphabetical: what a datalist offers."""
    return sorted(f.word for f in FEELINGS)


def lookup(word: str) -> Feeling | None:
    """The vocabulary entry for a word, ignoring case and extra spaces; None if unknown."""
    return _BY_WORD.get(normalize(word))


def is_known(word: str) -> bool:
    return normalize(word) in _BY_WORD


def core(key: str) -> Core | None:
    return _CORES_BY_KEY.get(key)


def by_core() -> list[tuple[Core, dict[str, list[Feeling]]]]:
    """[(core, {"mild": [...], "moderate": [...], "strong": [...]}), ...] in CORES order."""
    grouped = []
    for c in CORES:
        levels: dict[str, list[Feeling]] = {level: [] for level in INTENSITIES}
        for feeling in FEELINGS:
            if feeling.core == c.key:
                levels[feeling.intensity].append(feeling)
        grouped.append((c, levels))
    return grouped


def search(query: str = "", core_key: str = "", intensity: str = "") -> list[Feeling]:
    """Feelings whose word or definition contains the query, optionally one core and intensity."""
    needle = normalize(query)
    found = []
    for feeling in FEELINGS:
        if core_key and feeling.core != core_key:
            continue
        if intensity and feeling.intensity != intensity:
            continue
        if needle and needle not in normalize(feeling.word) and needle not in normalize(feeling.definition):
            continue
        found.append(feeling)
    # Word matches first, so typing "sad" puts "sad" above words whose definition mentions it.
    found.sort(key=lambda f: (0 if needle and needle in normalize(f.word) else 1))
    return found


def needs() -> list[Need]:
    return list(NEEDS)


def needs_by_group() -> list[tuple[str, str, list[Need]]]:
    return [(key, label, [n for n in NEEDS if n.group == key]) for key, label in NEED_GROUPS]


def lookup_need(word: str) -> Need | None:
    return _NEEDS_BY_WORD.get(normalize(word))


def interpretation(word: str) -> Interpretation | None:
    """For words like "ignored" or "betrayed": what they say about the other person, and feelings that may sit underneath."""
    return _INTERPRETATIONS_BY_WORD.get(normalize(word))


def split_words(text: str, known_word=None) -> list[str]:
    """Parse what someone typed into a picker ("anxious, Lonely;  tired") into distinct words.

    Keeps the person's own spelling for unknown words, uses the vocabulary's spelling for
    known ones, drops empties and duplicates, and keeps the order they were typed in.
    `known_word` is the lookup to use (default: feelings; pass lookup_need for needs).
    """
    find = known_word or lookup
    seen: set[str] = set()
    words: list[str] = []
    for raw in re.split(r"[,;\n]+", str(text or "")):
        key = normalize(raw)
        if not key or key in seen:
            continue
        seen.add(key)
        known = find(key)
        words.append(known.word if known else _SPACES.sub(" ", unicodedata.normalize("NFC", raw)).strip())
    return words


def describe(word: str) -> dict:
    """Everything a page may show about one word the person used."""
    feeling = lookup(word)
    if feeling:
        c = _CORES_BY_KEY[feeling.core]
        return {"word": feeling.word, "known": True, "core": c.key, "core_label": c.label,
                "intensity": feeling.intensity, "definition": feeling.definition, "pleasant": c.pleasant}
    reading = interpretation(word)
    return {"word": word, "known": False, "core": "", "core_label": "", "intensity": "",
            "definition": "", "pleasant": None,
            "interpretation": reading}
