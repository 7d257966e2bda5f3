"""The coach's word lists, written for this project.

Feelings are grouped by core feeling in the spirit of NVC feelings inventories and the
feeling wheel (Willcox); the lists and the suggested feelings and needs are our own.
Faux feelings are words that sound like feelings but describe what someone else did to the
speaker ("ignored" is a judgement of the other person); each maps to a feeling and a need the
person may be closer to.
"""

from __future__ import annotations

FEELINGS_BY_CORE: dict[str, tuple[str, ...]] = {
    "joy": (
        "happy", "glad", "joyful", "delighted", "thrilled", "overjoyed", "elated", "excited", "cheerful",
        "content", "pleased", "grateful", "thankful", "relieved", "hopeful", "proud", "amused", "touched",
        "moved", "inspired", "energized", "energised", "refreshed", "confident", "optimistic", "satisfied",
        "tender", "affectionate", "curious", "eager", "enthusiastic", "ecstatic", "blissful", "fulfilled",
        "encouraged", "reassured", "giddy", "jubilant", "buoyant", "upbeat", "chuffed", "stoked", "psyched",
        "invigorated", "alive", "playful", "fascinated", "intrigued", "appreciative", "happier", "excited",
        "emotional", "teary", "choked up", "sentimental", "grateful", "blessed",
    ),
    "peace": (
        "calm", "peaceful", "relaxed", "comfortable", "safe", "secure", "serene", "centered", "centred",
        "at ease", "at peace", "settled", "grounded", "rested", "mellow", "tranquil", "content",
    ),
    "sadness": (
        "sad", "lonely", "heartbroken", "disappointed", "discouraged", "hopeless", "miserable", "down",
        "blue", "gloomy", "depressed", "despondent", "devastated", "grieving", "hurt", "sorrowful",
        "melancholy", "homesick", "wistful", "unhappy", "upset", "crushed", "dejected", "downcast",
        "forlorn", "heavy-hearted", "low", "glum", "sadder", "lonelier", "alone", "isolated", "empty",
        "gutted", "bereft", "disheartened", "despairing", "regretful", "remorseful", "nostalgic",
    ),
    "fear": (
        "afraid", "scared", "frightened", "terrified", "anxious", "nervous", "worried", "uneasy",
        "apprehensive", "panicky", "panicked", "tense", "stressed", "overwhelmed", "insecure", "vulnerable",
        "shaky", "jittery", "alarmed", "petrified", "fearful", "wary", "edgy", "on edge", "restless",
        "unsettled", "uncomfortable", "stressed out", "freaked out", "spooked", "distressed", "troubled",
        "concerned", "helpless", "powerless", "hesitant",
    ),
    "anger": (
        "angry", "furious", "irritated", "annoyed", "frustrated", "mad", "resentful", "bitter", "livid",
        "enraged", "exasperated", "aggravated", "agitated", "irate", "fed up", "cross", "indignant",
        "outraged", "disgusted", "grumpy", "irked", "peeved", "pissed", "pissed off", "ticked off", "hostile",
        "impatient", "jealous", "envious",
    ),
    "shame": (
        "embarrassed", "ashamed", "guilty", "humiliated", "mortified", "self-conscious", "awkward",
        "sheepish", "exposed", "small",
    ),
    "confusion": (
        "confused", "puzzled", "torn", "conflicted", "ambivalent", "uncertain", "unsure", "perplexed",
        "bewildered", "doubtful", "lost", "baffled", "disoriented",
    ),
    "tiredness": (
        "tired", "exhausted", "drained", "weary", "worn out", "burnt out", "burned out", "depleted",
        "sleepy", "fatigued", "spent", "wiped out", "run down",
    ),
    "surprise": ("surprised", "shocked", "stunned", "amazed", "astonished", "startled", "dazed"),
    "numbness": ("numb", "bored", "indifferent", "detached", "disconnected", "stuck", "flat", "apathetic"),
}

# Words that are feelings in "I feel X" but are not when used about the other person.
FEELINGS: dict[str, str] = {}
for _core, _words in FEELINGS_BY_CORE.items():
    for _word in _words:
        FEELINGS.setdefault(_word, _core)

# Common misspellings people type when upset; the feeling is reported as written.
FEELING_TYPOS: dict[str, str] = {
    "lonley": "lonely", "lonly": "lonely", "anxous": "anxious", "anxios": "anxious", "frustated": "frustrated",
    "frusterated": "frustrated", "dissapointed": "disappointed", "disapointed": "disappointed",
    "embarassed": "embarrassed", "embarrased": "embarrassed", "greatful": "grateful", "releived": "relieved",
    "exausted": "exhausted", "exhuasted": "exhausted", "overwhelmd": "overwhelmed", "scard": "scared",
    "woried": "worried", "worryed": "worried", "nervus": "nervous", "jelous": "jealous", "jealus": "jealous",
    "angery": "angry", "confussed": "confused", "hapy": "happy", "happpy": "happy", "saad": "sad",
    "terified": "terrified", "frightend": "frightened", "stresed": "stressed", "ashammed": "ashamed",
    "resentfull": "resentful", "hopefull": "hopeful", "gratefull": "grateful", "thankfull": "thankful",
}

# Everyday words that are feelings only after "feel"/"felt" ("I feel low", not "I'm down for pizza").
FEEL_ONLY = frozenset("""down low small lost cross flat spent alive moved touched safe exposed stuck alone empty blue
content settled heavy sorry""".split())


# Faux feeling -> (a feeling the person may be closer to, a need underneath).
FAUX_FEELINGS: dict[str, tuple[str, str]] = {
    "abandoned": ("lonely", "connection and reassurance"),
    "ignored": ("lonely", "connection and to be noticed"),
    "rejected": ("hurt", "acceptance and belonging"),
    "manipulated": ("uneasy", "honesty and choice"),
    "betrayed": ("hurt", "trust and honesty"),
    "unappreciated": ("disappointed", "appreciation"),
    "underappreciated": ("disappointed", "appreciation"),
    "misunderstood": ("frustrated", "understanding"),
    "used": ("resentful", "mutuality and respect"),
    "attacked": ("scared", "safety and respect"),
    "criticized": ("hurt", "acceptance and appreciation"),
    "criticised": ("hurt", "acceptance and appreciation"),
    "invisible": ("lonely", "to be seen"),
    "unseen": ("lonely", "to be seen"),
    "unheard": ("frustrated", "to be heard"),
    "disrespected": ("hurt", "respect"),
    "neglected": ("lonely", "care and attention"),
    "pressured": ("anxious", "choice and space"),
    "pressurised": ("anxious", "choice and space"),
    "pressured into": ("anxious", "choice and space"),
    "let down": ("disappointed", "reliability and trust"),
    "left out": ("lonely", "inclusion and belonging"),
    "excluded": ("lonely", "inclusion and belonging"),
    "unloved": ("sad", "love and affection"),
    "unwanted": ("lonely", "belonging"),
    "cheated": ("angry", "fairness and honesty"),
    "cheated on": ("hurt", "trust and honesty"),
    "dismissed": ("hurt", "to be taken seriously"),
    "belittled": ("hurt", "respect"),
    "patronized": ("irritated", "respect and equality"),
    "patronised": ("irritated", "respect and equality"),
    "judged": ("uneasy", "acceptance"),
    "blamed": ("hurt", "fairness and understanding"),
    "bullied": ("scared", "safety"),
    "cornered": ("anxious", "space and choice"),
    "controlled": ("frustrated", "autonomy"),
    "smothered": ("overwhelmed", "space"),
    "suffocated": ("overwhelmed", "space"),
    "taken for granted": ("resentful", "appreciation"),
    "unsupported": ("discouraged", "support"),
    "unimportant": ("sad", "to matter"),
    "insignificant": ("sad", "to matter"),
    "overlooked": ("disappointed", "recognition"),
    "intimidated": ("scared", "safety"),
    "interrupted": ("frustrated", "to be heard"),
    "provoked": ("irritated", "respect"),
    "put down": ("hurt", "respect"),
    "threatened": ("scared", "safety"),
    "trapped": ("anxious", "freedom and choice"),
    "mocked": ("hurt", "respect"),
    "lied to": ("hurt", "honesty"),
    "exploited": ("angry", "fairness"),
    "undervalued": ("disappointed", "appreciation"),
    "unvalued": ("disappointed", "appreciation"),
    "forgotten": ("sad", "to matter"),
    "deceived": ("hurt", "honesty"),
    "dumped on": ("resentful", "fairness"),
    "guilt-tripped": ("uneasy", "choice"),
    "shut out": ("lonely", "connection"),
    "brushed off": ("hurt", "to be taken seriously"),
    "second-guessed": ("frustrated", "trust"),
    "micromanaged": ("frustrated", "autonomy and trust"),
    "unfairly treated": ("angry", "fairness"),
    "picked on": ("hurt", "respect"),
    "ganged up on": ("hurt", "fairness and support"),
    "talked down to": ("irritated", "respect"),
    "replaced": ("hurt", "security in the relationship"),
    "unwelcome": ("uneasy", "belonging"),
    "unsupported by you": ("discouraged", "support"),
}

# Character words: calling the person one of these is criticism of who they are.
CHARACTER_WORDS = frozenset("""
selfish lazy useless pathetic careless inconsiderate rude arrogant stupid idiot idiotic thoughtless immature childish
irresponsible unreliable controlling manipulative liar hopeless clueless mean cold cruel heartless dramatic crazy insane
ridiculous impossible unbearable petty needy clingy paranoid narcissist narcissistic jerk slob disaster nightmare unfair
dishonest two-faced spoiled spoilt ungrateful entitled incompetent disgusting hypocrite hypocritical coward cowardly cheap
stingy stubborn sloppy toxic annoying insensitive self-centered self-centred self-absorbed selfabsorbed egotistical bossy
nagging nag whiny greedy loser psycho hysterical irrational unreasonable lazybones useless moron moronic dumb worthless
disrespectful condescending passive-aggressive fake flaky untrustworthy negligent obsessive possessive vain shallow
ignorant judgmental judgemental snob snobby spineless gutless pig brat clown muppet fool foolish incapable sulky moody
cheater cheat bully fraud slacker touchy oversensitive overdramatic snake gossip
""".split())

# Words that judge who someone is only after "too": "you're way too sensitive" (but "sensitive to my needs" is praise).
TOO_TRAITS = frozenset("sensitive emotional uptight touchy jealous insecure negative defensive precious".split())

# Names that insult whoever they are aimed at (contempt, and blame as a label).
INSULT_NAMES = frozenset("""
idiot moron clown loser jerk fool slob pig brat muppet dumbass dummy imbecile cretin nitwit halfwit dimwit numpty
prat twit doofus buffoon snake
""".split())
# Praise words that mock only as a sarcastic form of address: "Nice one, Einstein."
SARCASTIC_NAMES = frozenset("einstein genius sherlock princess mastermind champ drama-queen majesty highness comedian "
                            "hotshot smartypants smarty-pants snowflake smartass smartarse picasso".split())

# Positive interpretation words the guidelines keep out of both feeling lists.
POSITIVE_INTERPRETATIONS = frozenset("loved supported appreciated valued cared heard seen understood respected".split())
