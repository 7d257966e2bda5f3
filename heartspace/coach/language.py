"""Which language is this? The coach reads English, Russian and Spanish; anything else is "not analysed", never guessed at.

Two cheap signals: the script of the letters (Cyrillic, Hebrew, Arabic, Greek, CJK... are not
English), and for Latin-script text the share of common function words from English versus
Spanish, Portuguese, French, German, Italian and Dutch.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from heartspace.coach.rx import pieces_of

_LETTERS = re.compile(r"[^\W\d_]+")
_ASCII_LETTERS = re.compile(r"[a-z]+")

ENGLISH = frozenset("""
i you he she it we they me my your his her our their the a an and or but if when because so to of in on at for
with from about as is am are was were be been being have has had do does did not don't didn't can can't could would
should will won't just this that these those there here what who how why where which than then too very really
feel felt like need want love thank thanks please sorry today tonight again always never all some any more much
i'm it's that's you're we're they're i've i'll let's ok okay yes no up out by after before over
""".split())

FOREIGN = {
    "es": frozenset("""el la los las un una unos unas y o pero que de del en con por para es son está estoy estás
    siento sentí me te se mi mis tu tus su sus nos cuando porque muy más nunca siempre yo tú él ella nosotros
    hoy ayer mañana también pues aquí allí eso esto esta este como qué quiero necesito gracias hola sí
    hablar hablamos tengo tienes triste tranquila tranquilo cansada cansado sola solo bebe pega quita llaves dinero
    dinero familia casa trabajo hijos niños vivir morir quiero puedo puedes hacer hace hizo dijo dice dejas dejó llegas
    escuchas ayudas siento sentí llamaste llamas tarde noche anoche ayer semana contigo conmigo ti mí algo nada todo
    todos todas otra otro vez ahora después antes sin sobre entre hasta desde donde dónde cuándo cómo quién bien mal
    mucho mucha poco poca tanto ya aún todavía mejor peor eres somos era fue ser estar hay había tener ir voy vas va
    vamos podemos necesitas cuando enojada enojado miedo asustada asustado preocupada preocupado aunque veces pensado
    sentir dije dijo lo le les si van nadie amenazó amenaza obligó pegó golpeó empujó quitarme matarme llevar no dio
    da puse pone estaba estamos están vinieras vienes viniste fuiste hiciste dijiste llamaste mismo igual peor""".split()),
    "pt": frozenset("""o os as um uma e mas que de do da dos das em com por para é são estou está sinto me te
    se meu minha teu tua seu sua nós quando porque muito mais nunca sempre eu você ele ela hoje também
    isso isto obrigado obrigada não sim""".split()),
    "fr": frozenset("""le la les un une des et ou mais que de du en avec pour est sont suis je tu il elle nous
    vous ils elles mon ma mes ton ta tes son sa ses quand parce très plus jamais toujours aujourd'hui aussi
    ce cette merci oui non pas ne me te se""".split()),
    "de": frozenset("""der die das ein eine und oder aber dass von mit für ist sind bin ich du er sie wir ihr
    mein meine dein deine sein seine wenn weil sehr mehr nie immer heute auch nicht ja nein danke mich dich
    sich uns euch""".split()),
    "it": frozenset("""il lo la gli le un una e o ma che di del della in con per è sono sono io tu lui lei noi
    voi mio mia tuo tua quando perché molto più mai sempre oggi anche non sì grazie mi ti si""".split()),
    "nl": frozenset("""de het een en of maar dat van met voor is zijn ben ik jij je hij zij wij mijn jouw
    wanneer omdat heel meer nooit altijd vandaag ook niet ja nee dank""".split()),
}
# Words English shares with these languages carry no signal.
_SHARED = ENGLISH & frozenset().union(*FOREIGN.values())
_ENGLISH_ONLY = ENGLISH - _SHARED
# Foreign function words that also read as English (or as a stray letter: "\\o/", ":O"), so they
# do not make a short text foreign on their own ("Spammer. Die.").
_READS_AS_ENGLISH = frozenset({"die", "sin", "o", "y", "e", "a"})
_ACCENTS = frozenset("ñ¿¡ãõçàâêîôûëïüœæßäöéáíóú")


@lru_cache(maxsize=4096)
def _script(ch: str) -> str:
    if ch.isascii():
        return "latin"
    name = unicodedata.name(ch, "")
    for script in ("LATIN", "CYRILLIC", "HEBREW", "ARABIC", "GREEK", "CJK", "HIRAGANA", "KATAKANA", "HANGUL",
                   "DEVANAGARI", "THAI", "ARMENIAN", "GEORGIAN", "BENGALI", "TAMIL", "ETHIOPIC"):
        if name.startswith(script):
            return script.lower()
    return "other"


_SCRIPT_LANGUAGE = {"cyrillic": "ru", "hebrew": "he", "arabic": "ar", "greek": "el", "cjk": "zh", "hiragana": "ja",
                    "katakana": "ja", "hangul": "ko", "devanagari": "hi", "thai": "th"}


@lru_cache(maxsize=2048)
def detect(text: str) -> str:
    """'en' for English; a language code, 'other', or 'unknown' (no letters at all) otherwise."""
    if text.isascii():
        if _plainly_english(text):
            return "en"
    elif _CYRILLIC.search(text) and _plainly_cyrillic(text):  # (one scan spares other scripts the count)
        return "ru"
    # The same words: in ASCII text the letters are a-z once lower-cased, and a plain range scans faster.
    words = (_ASCII_LETTERS if text.isascii() else _LETTERS).findall(text.lower())
    if not words:
        return "unknown"
    if not text.isascii():
        lang = _by_script(words)
        if lang is not None:
            return lang
    # Plainly English (at least 3 English words and a quarter of all words): stop counting as soon
    # as that is certain, and count no other language's words.
    needed = max(3, -(-len(words) // 4))
    english = 0
    for w in words:
        if w in _ENGLISH_ONLY:
            english += 1
            if english >= needed:
                return "en"
    best, best_hits = "en", english
    for code, vocabulary in FOREIGN.items():
        hits = sum(1 for w in words if w in vocabulary and w not in _SHARED)
        if hits > best_hits:
            best, best_hits = code, hits
    if best != "en":
        accented = any(ch in _ACCENTS for ch in text.lower())
        # One stray foreign word in an English sentence is not enough: ask for a clear lead.
        if best_hits >= 2 and (best_hits >= english * 1.5 + 1 or (accented and best_hits > english)):
            return best
        if english == 0 and (accented or _telling_hits(words, FOREIGN[best]) * 3 >= len(words) > 0):
            return best
        return "en"
    return "en"


# The English-only count of a piece is kept above this bit, its word count below (a piece of text
# holds far fewer words), so that one sum adds both.
_ENGLISH_SHIFT = 32


class _PieceCounts(dict):
    """Per whitespace piece of ASCII text: how many words, plus how many of them are English-only
    shifted by _ENGLISH_SHIFT, remembered (pieces recur); the cap bounds memory for odd input."""

    __slots__ = ()

    def __missing__(self, piece: str) -> int:
        found = _ASCII_LETTERS.findall(piece.lower())
        counts = len(found) + (sum(1 for w in found if w in _ENGLISH_ONLY) << _ENGLISH_SHIFT)
        if len(self) < 50_000:
            self[piece] = counts
        return counts


_PIECE_COUNTS = _PieceCounts()


def _plainly_english(text: str) -> bool:
    """The test detect() ends with for plainly English ASCII text (at least 3 English-only words and
    a quarter of all words), counted piece by piece: no word holds white space, and pieces recur."""
    total = sum(map(_PIECE_COUNTS.__getitem__, pieces_of(text)))  # (one C-level pass over the pieces)
    words, english = total & ((1 << _ENGLISH_SHIFT) - 1), total >> _ENGLISH_SHIFT
    return words > 0 and english >= max(3, -(-words // 4))


def _telling_hits(words: list[str], vocabulary: frozenset) -> int:
    return sum(1 for w in words if w in vocabulary and w not in _SHARED and w not in _READS_AS_ENGLISH)


_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
# Per whitespace piece of other text: (letters in its words, how many of them Cyrillic), remembered.
_PIECE_LETTERS: dict[str, tuple[int, int]] = {}


def _plainly_cyrillic(text: str) -> bool:
    """The first test of _by_script (nine letters in ten Cyrillic), counted piece by piece as in
    _plainly_english: lower-casing a piece alone changes no letter into a non-letter or out of Cyrillic."""
    letters = cyrillic = 0
    cache = _PIECE_LETTERS
    for piece in text.split():
        counts = cache.get(piece)
        if counts is None:
            joined = "".join(_LETTERS.findall(piece.lower()))
            counts = len(joined), len(_CYRILLIC.findall(joined))
            if len(cache) < 50_000:  # the cap bounds memory for odd input
                cache[piece] = counts
        letters += counts[0]
        cyrillic += counts[1]
    return letters > 0 and cyrillic * 10 >= letters * 9


def _by_script(words: list[str]) -> str | None:
    """The language a non-Latin script implies, or None when the letters are mostly Latin."""
    joined = "".join(words)
    if joined.isascii():
        return None  # (Latin letters only, as in English with an emoji: the count below would say so)
    if len(_CYRILLIC.findall(joined)) * 10 >= len(joined) * 9:
        return "ru"  # plainly Cyrillic: no need to name every letter's script
    counts: dict[str, int] = {}
    letters = 0
    for word in words:
        if word.isascii():
            counts["latin"] = counts.get("latin", 0) + len(word)
            letters += len(word)
            continue
        for ch in word:
            script = _script(ch)
            counts[script] = counts.get(script, 0) + 1
            letters += 1
    main_script = max(counts, key=counts.get)
    if main_script != "latin" or counts.get("latin", 0) < letters * 0.6:
        return _SCRIPT_LANGUAGE.get(main_script, "other") if main_script != "latin" else "other"
    return None


# Words that start a Spanish safety phrase, for English-detected text that may be Spanish after all
# ("me pega" has no word the language guess can count on).
ES_TRIGGERS = ("peg", "golpe", "empuj", "amenaz", "morir", "vivir", "matar", "suicid", "quit", "deja", "maltrat",
               "abus", "violen", "lastim", "acos", "oblig", "forz", "viol", "cort", "daño", "sin mí", "llevar",
               "controla", "revisa", "persig", "encierr", "prohíb", "bofet", "paliza", "ahorc", "estrangul")


def spanish_safety_words(low: str) -> bool:
    """Could this (English-looking) text hold a Spanish safety phrase? Cheap substring tests."""
    return any(map(low.__contains__, ES_TRIGGERS))
