"""Russian and Spanish patterns for blame, contempt, defensiveness, tone and the kinds' parts.

Matched on the lower-cased text (intl.py). Our own patterns, written from the labelling rules.
"""

from __future__ import annotations

import re

from heartspace.coach.rx import split_top
from heartspace.coach.rx_source import group_end


def _c(source: str) -> re.Pattern:
    return re.compile(source)


def _opening_words_apart(branch: str) -> list[str]:
    """["\\bон\\s+X", "\\bона\\s+X"] for "\\b(?:он|она)\\s+X" when every alternative of the opening group
    starts with a letter and holds no group of its own (and the group is not optional); else [branch]."""
    if not branch.startswith("\\b(?:"):
        return [branch]
    end = group_end(branch, 2)
    if end < len(branch) and branch[end] in "?*+{":
        return [branch]
    alternatives = split_top(branch[5:end - 1])
    if not all(alt[:1].isalpha() and "(" not in alt for alt in alternatives):
        return [branch]
    return ["\\b" + alt + branch[end:] for alt in alternatives]


class LeadingWord:
    """An alternation whose branches start with \\b: the boundary is checked after the match.

    `re` can skip ahead to the characters a pattern may start with, but not when it starts with
    \\b: then it tries every alternative at every position. Dropping the leading \\b and
    checking "no word character before a match that starts with one" keeps the meaning at a
    fraction of the cost.
    """

    __slots__ = ("compiled", "rest")

    def __init__(self, source: str):
        # Branches that start with \\b and a letter can be skipped to; the others run as they are.
        # A branch opening with a group of words ("\\b(?:он|она)\\s+вечно") becomes one branch per
        # word, so it can be skipped to as well.
        literal, rest = [], []
        for branch in (part for top in split_top(source) for part in _opening_words_apart(top)):
            if branch.startswith("\\b") and branch[2:3].isalpha():
                literal.append(branch[2:])
            else:
                rest.append(branch)
        self.compiled = re.compile("|".join(literal)) if literal else None
        self.rest = re.compile("|".join(rest)) if rest else None

    @staticmethod
    def _ok(m: re.Match) -> bool:
        start = m.start()
        if start == 0:
            return True
        before, first = m.string[start - 1], m.string[start]
        return not ((first.isalnum() or first == "_") and (before.isalnum() or before == "_"))

    def finditer(self, text: str):
        found = [m for m in self.compiled.finditer(text) if self._ok(m)] if self.compiled is not None else []
        if self.rest is not None:
            found.extend(self.rest.finditer(text))
            found.sort(key=lambda m: (m.start(), -m.end()))
        return found

    def search(self, text: str):
        found = self.finditer(text)
        return found[0] if found else None


# --- blame ------------------------------------------------------------------------------------------------------
_RU_YOU = r"(?:ты|вы|тебя|тебе|тобой|вас|вам)"
_RU_ABSOLUTE = (r"(?:всегда|никогда|вечно|постоянно|ни\s+разу|вообще\s+когда-?нибудь|хоть\s+раз(?:\s+в\s+жизни)?|"
                r"когда-?нибудь\s+вообще|как\s+всегда|как\s+обычно|в\s+который\s+раз|каждый\s+раз|всё\s+время|все\s+время|"
                r"вообще\s+никогда|ничего\s+не|никогда\s+ничего)")
# Words that judge who someone is (after "ты" or "он/она").
_RU_TRAITS = (r"(?:эгоист\w*|ленив\w*|лентя\w*|безответственн\w*|невыносим\w*|бесчувственн\w*|жалк\w*|"
    r"ужасн\w*|эгоистичн\w*|лжец\w*|лгун\w*|вруни?\w*|безнадёжн\w*|безнадежн\w*|невнимательн\w*|равнодушн\w*|"
    r"неблагодарн\w*|мелочн\w*|жадн\w*|холодн\w*|инфантильн\w*|бессовестн\w*|неряш\w*|грязнул\w*|грубы\w*|грубая|несправедлив\w*|"
    r"ч[её]рств\w*|двуличн\w*)")
RU_BLAME = [
    # an absolute and "you" (or a second-person verb) in the same clause
    LeadingWord(r"\b" + _RU_YOU + r"\b[^.!?;,]{0,40}?\b" + _RU_ABSOLUTE + r"\b[^.!?;]{0,40}"),
    LeadingWord(r"\b" + _RU_ABSOLUTE + r"\b[^.!?;,]{0,40}?\b(?:" + _RU_YOU + r"\b|\w+(?:ешь|ёшь|ишь)(?:ся)?\b)[^.!?;]{0,30}"),
    LeadingWord(r"\b(?:ты|вы)\s+(?:же\s+|просто\s+|такой\s+|такая\s+|такие\s+|вообще\s+|настоящий\s+|настоящая\s+|ужасно\s+|"
       r"очень\s+|совсем\s+)*" + _RU_TRAITS),
    # The same said of him or her, and names that judge who they are: "он просто тряпка", "она всегда была истеричкой".
    LeadingWord(r"\b(?:он|она)\s+(?:же\s+|просто\s+|такой\s+|такая\s+|вообще\s+|настоящий\s+|настоящая\s+|совсем\s+|"
       r"(?:всегда|вечно)\s+(?:был|была)\s+)*(?:" + _RU_TRAITS + r"|тряпк\w*|псих(?:ом|ованн\w*|опат\w*)?\b|истеричк\w*|идиот\w*|дура[кч]?\w*|"
       r"придур\w*|неудачни\w*|ничтожеств\w*)"),
    LeadingWord(r"\b(?:какой|какая|какие)\s+(?:же\s+)?(?:ты|вы)\s+\w+|\bчто\s+с\s+тобой\s+не\s+так\b|\bв\s+ч[её]м\s+твоя\s+проблема\b"
       r"|\bпочему\s+(?:ты|вы)\s+(?:всегда\s+)?так(?:ой|ая|ие)?\b[^.!?]{0,20}\bвед[её]шь\b|\bтипично\b"
       r"|\bкак\s+всегда\b|\bкак\s+обычно\b|\bтебе\s+(?:вс[её]\s+равно|наплевать|плевать|не\s+до\s+меня)\b"
       r"|\b(?:ты|вы)\s+(?:хуже\s+всех|невозможн\w*|безнадёжен|безнадежен)\b|\bвсегда\s+одно\s+и\s+то\s+же\b"
       r"|\b(?:ты|вы)\s+(?:только\s+и\s+делаешь|думаешь\s+только\s+о\s+себе)\b|\bвед[её]шь\s+себя\s+как\s+ребён?нок\b"),
    # Globalising in other words: "тебе вообще плевать", "ничего нового", "лезет во всё", "думает только о себе",
    # "мой брат совершенно безответственный", "как маленький ребёнок".
    LeadingWord(r"\bтебе\s+(?:вообще\s+|просто\s+|же\s+)(?:вс[её]\s+равно|наплевать|плевать)\b|\bна\s+меня\s+(?:тебе\s+)?наплевать\b"
       r"|\bничего\s+нового\b|\bкто\s+бы\s+сомневался\b|\bкаждый\s+раз\s+одно\s+и\s+то\s+же\b|\bлез\w*\s+во\s+вс[её]\b"
       r"|\bна\s+вс[её]\s+подряд\b|\bдума\w*\s+только\s+о\s+себе\b|\bвед\w*\s+себя\s+как\s+(?:маленьк\w+\s+)?(?:ребён?ок|ребенок|дитя)\b"
       r"|\b(?:мой|моя|наш|наша)\s+[а-яё]+\s+(?:—\s+|-\s+)?(?:совершенно\s+|такой\s+|такая\s+|просто\s+)?(?:безответственн\w*|эгоист\w*|"
       r"ленив\w*|самодур\w*|скандалист\w*|хам\w*|лентя\w*|невыносим\w*)"
       r"|\b(?:он|она|они)\s+(?:\w+\s+)?(?:всегда|вечно|постоянно)\s+(?:\w+\s+)?(?:лез\w*|дума\w*\s+только|опаздыва\w*|жалу\w*|ной\w*|"
       r"ноет|врёт|врет|забыва\w*|критику\w*|перебива\w*)|\b(?:он|она|они)\s+(?:вечно|постоянно)\s+[а-яё]+(?:ет|ит|ют|ят|ёт)\b"
       r"|\bкоролев\w*\s+драмы\b|\bв\s+каждой\s+комнате\b|\bни\s+о\s+ком\s+не\s+дума\w*,?\s+кроме\s+себя\b"
       r"|\bнельзя\s+положиться\b|\b(?:ты|вы)\s+меня\s+не\s+уважа\w*|\bдля\s+тебя\s+[а-яё]+\s+важнее\b|\bнормальные\s+люди\b"),
]
_ES_ABSOLUTE = r"(?:siempre|nunca|jamás|jamas|todo\s+el\s+tiempo|cada\s+vez|como\s+siempre|para\s+variar|pa\s+variar|ni\s+una\s+vez|a\s+cada\s+rato)"
_ES_YOU_VERB = r"(?:tú|tu|te|me|\w+(?:as|es|aste|iste|abas|ías|ías)\b)"
ES_BLAME = [
    LeadingWord(r"\b" + _ES_ABSOLUTE + r"\s+(?:(?:me|te|nos|lo|la|le|les|tú|tu|no)\s+){0,3}\w+(?:as|es|aste|iste|abas|ías)\b"
       r"[^.!?;]{0,40}"),
    LeadingWord(r"\b(?:tú|usted|vos)\b[^.!?;,]{0,30}?\b" + _ES_ABSOLUTE + r"\b[^.!?;]{0,40}"),
    LeadingWord(r"(?:¿|\b)alguna\s+vez\s+(?:(?:me|te|no)\s+){0,2}\w+(?:as|es|aste|iste|abas|ías)\b[^.!?;]{0,40}"
       r"|\bpor\s+una\s+vez(?:\s+en\s+tu\s+vida)?\b|\buna\s+vez\s+en\s+tu\s+vida\b|\b(?:como|igual\s+que)\s+siempre\b"
       r"|\bpara\s+variar\b|\btodo\s+el\s+santo\s+día\b|\bnunca\s+cambias\b"),
    LeadingWord(r"\beres\s+(?:(?:un|una|tan|muy|siempre|tan|lo\s+más|la\s+persona\s+más|el\s+más|la\s+más|bien|súper|super)\s+)*"
       r"(?:egoísta|egoista|vag[oa]|irresponsable|insoportable|inútil|inutil|egocéntric[oa]|desconsiderad[oa]|mentiros[oa]|"
       r"flojo|floja|perezos[oa]|frí[oa]|egoístas|insensible|malcriad[oa]|infantil|desastre|cobarde|tacañ[oa]|"
       r"desagradecid[oa]|imposible|un\s+desastre|cruel|manipulador[a]?)\b"
       r"|\beres\s+(?:lo\s+peor|de\s+lo\s+peor|lo\s+más\s+\w+)\b|\bsiempre\s+igual\b|\bsiempre\s+lo\s+mismo\b"
       r"|\bestás\s+siendo\s+(?:egoísta|injust[oa]|infantil|insoportable|cruel)\b|\b¿?cuál\s+es\s+tu\s+problema\b"
       r"|\bqué\s+te\s+pasa\b|\bpor\s+qué\s+tienes\s+que\s+ser\s+así\b|\bno\s+te\s+importa(?:\s+nada|\s+nadie|n)?\b"
       r"|\bsolo\s+(?:me\s+)?(?:llamas|escribes|apareces|vienes|piensas\s+en\s+ti)\b|\bcompórtate\s+como\s+un\s+adulto\b"),
    # Globalising in other words: "típico de ti", "qué novedad", "cada dos por tres", "te pasas el día quejándote",
    # "todo te parece mal", "mi hermana es una dramática", "solo me buscas cuando...".
    LeadingWord(r"\btípico\b|\btipico\b|\bqué\s+novedad\b|\bnada\s+nuevo\b|\blo\s+de\s+siempre\b|\bcada\s+dos\s+por\s+tres\b"
       r"|\bte\s+pasas\s+(?:el\s+día|la\s+vida|todo\s+el\s+día|las\s+horas)\s+\w+ndo\b|\bpor\s+qué\s+tienes\s+que\s+ser\s+tan\b"
       r"|\beres\s+(?:la\s+persona|el|la)\s+más\s+\w+\s+que\s+(?:conozco|he\s+conocido)\b|\beres\s+incapaz\s+de\b(?![^.!?]*\bo\s+es\b)"
       r"|\bsolo\s+me\s+\w+(?:as|es)\s+cuando\b|\bno\s+te\s+importo\b|\bnunca\s+te\s+importa\b|\btodo\s+te\s+parece\s+mal\b"
       r"|\bno\s+hay\s+quien\s+\w+\s+(?:nada\s+)?contigo\b|\bsolo\s+piensa\s+en\s+sí\s+mism[oa]\b|\bactúas\s+como\s+(?:un|una)\s+"
       r"(?:niñ[oa]|crío|cría|bebé)\b|\bel\s+problema\s+eres\s+tú\b|\bmi\s+\w+(?:\s+de\s+\w+)?\s+es\s+(?:un|una|muy|tan|súper)?\s*"
       r"(?:dramátic[oa]|maleducad[oa]|sucísim[oa]|metomentodo|egoísta|vag[oa]|irresponsable|insoportable|inútil|mentiros[oa]|"
       r"tacañ[oa]|cotilla|pesad[oa]|desconsiderad[oa]|interesad[oa]|impresentable)\b"
       r"|\b(?:me|te|nos)\s+\w+(?:as|es)\b[^.!?;]{0,30}\ba\s+cada\s+rato\b|\bla\s+enésima\s+vez\b|\bpor\s+(?:centésima|enésima|milésima)\s+vez\b|\bpara\s+ti\s+soy\s+invisible\b|\bsoy\s+invisible\s+para\s+ti\b"
       r"|\bno\s+se\s+puede\s+contar\s+con\s+(?:él|ella|ellos|contigo|vos)\s+para\s+nada\b|\b(?:la\s+reina|el\s+rey)\s+del\s+drama\b"
       r"|\bla\s+culpa\s+siempre\s+la\s+tiene\s+otr[oa]\b|\bhacer\s+un\s+drama\s+de\s+todo\b|\bcritica\w*\s+todo\s+lo\s+que\b"
       r"|\bno\s+sabes\s+escuchar\b|\beres\s+(?:un|una)\s+(?:persona|padre|madre|hermano|hermana|amigo|amiga|pareja)\s+(?:muy\s+|tan\s+)?"
       r"(?:fría|frío|egoísta|ausente|tóxica|tóxico|cruel|insoportable|mentiros[oa]|irresponsable|desconsiderad[oa])\b"),
]
# Warm absolutes in words the valence lists do not score ("ты всегда рядом", "siempre estás ahí para
# mí"): not blame, and the trained model is not asked (it reads "always" as blame). Only without
# a catch in the clause ("всегда рядом, когда тебе что-то нужно", "pero nunca para mí").
RU_WARM_ALWAYS = re.compile(r"\bвсегда\s+(?:(?:был|была|были|так|меня|нас|мне|нам)\s+){0,2}(?:рядом|поддерж\w*|выруча\w*|помога\w*|помнишь\s+(?:про|о|мой|мои|наш)"
                            r"|находишь\s+(?:время|слова)|заботишься|на\s+моей\s+стороне|за\s+меня|готов\w*\s+помочь|мне\s+(?:помогаешь|звонишь\s+первым))")
ES_WARM_ALWAYS = re.compile(r"\bsiempre\s+(?:(?:has\s+estado|estás|estas|está|esta|estuviste)\s+(?:ahí|ahi|aquí|aqui|a\s+mi\s+lado|de\s+mi\s+lado|para\s+mí|para\s+mi)"
                            r"|me\s+(?:apoyas|apoyaste|ayudas|cuidas|escuchas|defiendes|cubres|haces\s+reír|haces\s+reir)"
                            r"|(?:sacas|encuentras|tienes)\s+tiempo\s+para|te\s+acuerdas\s+de\s+(?:mi|mí|nuestro|nuestra|los|las))")
RU_WARM_CATCH = re.compile(r"\b(?:но|кроме|только|пока|когда\s+(?:тебе|вам)\s+(?:что-то\s+)?(?:нужно|надо|удобно))\b|\?")
ES_WARM_CATCH = re.compile(r"\b(?:pero|excepto|menos|salvo|solo|sólo|hasta\s+que|cuando\s+te\s+(?:conviene|interesa|hace\s+falta))\b|\?")
# Each blame pattern runs only when one of its words occurs (a substring test is far cheaper than the scan).
_RU_ABS_WORDS = ("всегда", "никогда", "вечно", "постоянно", "разу", "когда-нибудь", "когда нибудь", "хоть", "обычно",
                 "который", "каждый", "время", "ничего")
_ES_ABS_WORDS = ("siempre", "nunca", "jamás", "jamas", "tiempo", "cada", "variar", "una vez", "una  vez")
RU_BLAME_GATES = (_RU_ABS_WORDS, _RU_ABS_WORDS, ("ты", "вы"),
                  ("он", "она"),
                  ("какой", "какая", "какие", "тобой", "проблема", "почему", "типично", "как всегда", "как обычно",
                   "тебе", "только", "вед", "хуже", "невозмож", "безнад", "одно"),
                  ("тебе", "наплевать", "нового", "сомневался", "одно и то же", "во вс", "подряд", "о себе", "вед", "мой", "моя",
                   "наш", "всегда", "вечно", "постоянно", "ну ты и", "драмы", "каждой", "кроме себя", "положиться", "уважа", "важнее",
                   "нормальные", "у нас"))
ES_BLAME_GATES = (_ES_ABS_WORDS, _ES_ABS_WORDS, ("alguna vez", "una vez", "siempre", "variar", "santo", "nunca"),
                  ("eres", "siendo", "problema", "pasa", "así", "importa", "solo", "compórtate", "siempre"),
                  ("típico", "tipico", "novedad", "nuevo", "siempre", "dos por tres", "pasas", "tan", "más", "incapaz", "solo",
                   "importo", "importa", "parece", "contigo", "mism", "actúas", "problema", "mi ", "enésima", "centésima",
                   "milésima", "invisible", "contar", "drama", "culpa", "critica", "escuchar", "eres", "rato"))
# "you never know": generic, not about the other person.
RU_GENERIC = _c(r"\bникогда\s+не\s+(?:знаешь|угадаешь|поймёшь\s+заранее|догадаешься)\b|\bмало\s+ли\b")
ES_GENERIC = _c(r"\bnunca\s+se\s+sabe\b|\bnunca\s+sabes\s+(?:lo\s+que|qué|cuándo)\b|\bnunca\s+está\s+de\s+más\b")

# --- contempt -----------------------------------------------------------------------------------------------------
RU_CONTEMPT = LeadingWord(
    r"\b(?:идиот\w*|дурак\w*|дура|дуру|дурой|тупиц\w*|тупой|тупая|клоун\w*|придур\w*|кретин\w*|дебил\w*|ничтожеств\w*|"
    r"неудачни\w*|тряпк\w*|эйнштейн\w*|умник|умница\s+какая|гений\s+ты|ну\s+ты\s+и\s+гений|мамин\w*\s+сыноч\w*)\b"
    r"|🙄|\bну\s+конечно\b|\bага,?\s+конечно\b|\bда,?\s+конечно\b|\bкто\s+бы\s+говорил\b|\bсказал\w*\s+(?:тот|та|человек)\b"
    r"|\bспасибо\s+(?:большое\s+)?за\s+(?:ничего|то,\s+что\s+(?:опять|снова|в\s+очередной))\b|\bкак\s+мило\s+с\s+твоей\s+стороны\b"
    r"|\bкакой\s+взрослый\s+(?:человек\s+)?не\s+(?:может|умеет)\b|\bну\s+да,?\s+вс[её]\s+на\s+мне\b|\bглупая\s+я\b"
    r"|\bнаивная\s+я\b|\b(?:ты|вы)\s+у\s+нас\s+(?:\w+\s+)?(?:самый|самая|такой|такая|самые)\b|\bсам(?:ый|ая)\s+умн\w*\b|\bну\s+спасибо\b|\bспасибо,?\s+что\s+(?:опять|снова|в\s+очередной\s+раз|даже\s+не)\b|\bтипично\b|\bподумаешь\b|\bбраво\b[^.!?]{0,20}[!?]|\bкакая\s+новость\b|\bничего\s+нового\b"
    # Idioms of mock praise and mock pity: "ну да, ну да", "ваше величество", "может, тебе медаль выдать?", "какие мы нежные".
    r"|\bну\s+да,\s+ну\s+да\b|\bваше\s+величество\b|\bмедаль\s+(?:выдать|дать|вручить)\s*\?|\bвсего-то\b[^.!?]{0,30}\bпонадоби\w*"
    r"|\bдля\s+особо\s+одар[её]нн\w*|\b(?:ой|ах|ох),?\s+бедненьк\w*|\bкакие\s+мы\s+нежные\b|\bроман\s+написал\w*|\bсоизвол\w*"
    r"|\bсобытие\s+года\b|\bкто\s+считает\b|\bсалют\s+в\s+(?:твою|вашу|его|е[её])\s+честь\b"
    # "Не прошло и года.", "Герой, нечего сказать.", "Какое совпадение."
    r"|\bне\s+прошло\s+и\s+(?:года|полгода|века)\b|\b\w+,\s+нечего\s+сказать\b|\bкакое\s+совпадение\s*(?:[.!🙄]|$)"
    r"|\bвам\s+же\s+виднее\b|\bтебе\s+же\s+виднее\b|\bвеликий\s+критик\b|\bэксперт\s+по\s+всему\b|\bты\s+наш\s*\?"
    r"|\bспс,?\s+что\b|\bочень\s+по-дружески\b|\bвот\s+это\s+забота\b|\bзолотые\s+руки\b[^.!?]{0,5}$"
    r"|\bпросто\s+удивительно\b|\bаплодирую\s+стоя\b|\bкакие\s+мы\s+[а-яё]+ые\b|\bо\s+великий\b"
    r"|\bсупер,\s+просто\s+супер\b|\bконечно-конечно\b|\bне\s+верю\s+своим\s+глазам\b|\bну\s+ты\s+и\s+[а-яё]+(?![^.!?]*(?:😂|😄|😅|🥰|❤|люблю|обниму|солнце))|\bкоролев\w*\s+драмы\b"
    # Mock titles and awards: "ваше высочество", "Нобелевскую премию ему", "памятник тебе поставить".
    r"|\bваше\s+высочество\b|\b(?:дать|дайте|вручить|вручите|выдать|выдайте)\s+(?:(?:ему|ей|тебе|вам)\s+)?нобелев(?:к|ск)\w*|\b(?:памятник|медаль|орден)\s+(?:тебе|ему|ей|вам)\s+(?:поставить|дать|выдать|вручить)\b"
    r"|\bговорит\s+человек,?\s+который\b|\bнормальные\s+люди\b[^.!?]{0,60}[.!?]\s*но\s+это\s+не\s+про\s+тебя\b|\bооо+\w*|\bклассика\s*[.!]")
ES_CONTEMPT = LeadingWord(
    r"\b(?:idiota|imbécil|imbecil|estúpid[oa]|estupid[oa]|tont[oa]|payas[oa]|patétic[oa]|patetic[oa]|ridícul[oa]|"
    r"einstein|inútil\s+de\s+mierda|cretin[oa]|pendej[oa]|mocos[oa]|bebé\s+llorón|niñit[oa]|nenaz[oa])\b"
    r"|🙄|\bsí,?\s+claro\b|\bclaro,?\s+como\s+no\b|\bqué\s+novedad\b|\btípico\b|\btipico\b|\bmira\s+quién\s+habla\b"
    r"|\blo\s+dice\s+(?:el|la)\s+que\b|\bgracias\s+por\s+nada\b|\bmuchas\s+gracias\s+por\s+(?:nada|otra\s+vez|volver\s+a)\b"
    r"|\bqué\s+(?:clase|tipo)\s+de\s+(?:adulto|persona)\s+no\s+(?:puede|sabe)\b|\bqué\s+detalle\s+de\s+tu\s+parte\b"
    r"|\btonta\s+de\s+mí\b|\bgracias\s+por\s+(?:volver\s+a|olvidar|ignorar|acordarte\s+de\s+nada)\b|\btonto\s+de\s+mí\b|\bbravo\b[^.!?]{0,20}[!?]|\bqué\s+genio\b|\bmenudo\s+genio\b"
    r"|\boh,?\s+claro\b|\bclaro,?\s+todo\s+es\s+culpa\s+mía\b"
    # Idioms of mock praise and mock pity: "qué descubrimiento", "¿quieres que te hagan un monumento?", "pobrecito".
    r"|\bqué\s+descubrimiento\b|\ben\s+estado\s+puro\b|\bno\s+hacía\s+falta\s+tanto\s+esfuerzo\b|\bme\s+encanta\s+enterarme\b"
    r"|\b(?:solo|sólo)\s+te\s+ha\s+costado\b|\bte\s+hagan\s+un\s+monumento\b|\bagotador\s+debe\s+(?:de\s+)?ser\b|\btu\s+famos[oa]\b"
    r"|\bqué\s+casualidad\s+que\s+siempre\b|\bvas\s+mejorando\b|\bte\s+lo\s+explico\s+despacito\b|\bpobrecit[oa],?\s+qué\s+(?:duro|difícil|horror|drama)\b"
    r"|\b(?:ay|uy),?\s+pobrecit[oa],?\s+¿"
    r"|\bgracias\s+por\s+la\s+exclusiva\b|\bllamo\s+a\s+la\s+prensa\b|\blo\s+que\s+usted\s+diga\b|\bperdón\s+por\s+existir\b"
    r"|\bqué\s+generosidad\s+la\s+tuya\b|\bmira\s+quién\s+fue\s+a\s+hablar\b|\btodo\s+un\s+masterchef\b|\bgracias\s+por\s+tanto\b"
    r"|\bcomo\s+siempre\s+fue\s+ninguna\b|\bagenda\s+de\s+ministr[oa]\b|\bque\s+seguro\s+leyó\b|\bqué\s+maduro\b"
    r"|\bimportantísim\w*|\bocupadísim\w*|\bte\s+lo\s+repito\s+despacito\b|\btenía\s+que\s+adivinar\b|\bperdón\s+por\s+(?:tener|respirar|molestar)\b"
    r"|\baplausos\s*[.!]|\b(?:la\s+reina|el\s+rey)\s+del\s+drama\b|\bgracias,?\s+oh\s+gran\b|\boh\s+gran\s+\w+"
    r"|\bla\s+gente\s+normal\b|\beres\s+(?:un|una)\s+sant[oa]\b[^.!?]{0,40}\?"
    # Mock titles and mock awards: "don perfecto", "señora eficiencia", "doctor Google", "su majestad",
    # "premio nobel", "que alguien te haga una estatua", "¿sos o te hacés?".
    r"|\b(?:don|doña|señor|señora|señorito|señorita|doctor|doctora|míster|mister)\s+(?:perfect[oa]|eficiencia|sabelotodo|google|"
    r"expert[oa]|importante|puntual(?:idad)?|responsable|organizad[oa]|list[oa]|listill[oa]|sabiond[oa]|modestia|simpatía)\b"
    r"|\b(?:su|vuestra)\s+(?:majestad|alteza|excelencia)\b|(?:^|[.!?,]\s*)premio\s+nobel\s*(?:[.!]|$)"
    r"|\b(?:dale|denle|te\s+dan|merece|mereces|que\s+te\s+den)\s+(?:el\s+|un\s+)?premio\s+nobel\b|\bnivel\s+masterchef\b"
    r"|\b(?:te|le)\s+(?:hago|hacemos|haré|hagan|haga)\s+(?:un|una)\s+(?:monumento|estatua|altar)\b|\b(?:quieres|querés)\s+una\s+medalla\b"
    r"|\bperd[oó]name\s+(?:la\s+vida|por\s+respirar|por\s+existir)\b|\b(?:sos|eres)\s+o\s+te\s+hac[eé]s\b|\bqué\s+ingenu[oa]\s+yo\b"
    # "Qué casualidad." said alone, the mock "rey de la casa", "pero claro, tú nunca...".
    r"|\bqué\s+casualidad\s*(?:[.!🙄]|$)|\b(?:el\s+rey|la\s+reina|el\s+príncipe|la\s+princesa|el\s+señorito)\s+de\s+la\s+casa\b"
    r"|\bpero\s+claro,?\s+(?:tú|usted|él|ella)\s+(?:nunca|siempre|jamás|no)\b")
# Self-deprecation ("я такая дура", "soy una tonta") is not contempt for the other person.
RU_SELF = _c(r"\b(?:я|мне|меня|сама|сам)\s+(?:\w+\s+){0,2}$")
ES_SELF = _c(r"\b(?:soy|yo|me\s+siento|como)\s+(?:\w+\s+){0,2}$")

# --- defensive ------------------------------------------------------------------------------------------------------
RU_DEFENSIVE = LeadingWord(
    r"\bа\s+(?:ты|вы)\s+(?:сам|сама|сами)\b|\bа\s+сам(?:а|и)?\b|\bа\s+(?:ты|вы)\s*\?|\bа\s+как\s+же\s+(?:ты|вы|тот\s+раз)\b"
    r"|\bа\s+что\s+насч[её]т\s+(?:тебя|того|вас)\b|\b(?:я|это)\s+не\s+виноват\w*\b|\bэто\s+не\s+моя\s+вина\b"
    r"|\b(?:ты|вы)\s+(?:сам|сама|сами)\s+виноват\w*\b|\b(?:ты|вы)\s+перв\w+\s+начал\w*\b|\bтолько\s+потому,?\s+что\s+ты\b"
    r"|\bпочему\s+(?:я\s+)?всегда\s+(?:я\s+)?виноват\w*\b|\bне\s+делай\s+из\s+этого\s+мою\s+проблему\b|\bа\s+ты\s+вспомни\b"
    r"|\bне\s+вали\s+(?:вс[её]\s+)?на\s+меня\b|\bизвини,?\s+но\s+ты\b|\bпрости,?\s+если\s+ты\b[^.!?]{0,40}\bно\b"
    r"|\bэто\s+не\s+моя\s+проблема\b|\bя\s+тут\s+ни\s+при\s+ч[её]м\b|\bты\s+тоже\b"
    r"|\b(?:хотя|но|а)\s+ты\s+сам[аи]?\b|\bне\s+надо\s+(?:на\s+меня\s+)?(?:это\s+)?(?:на\s+меня\s+)?вешать\b"
    r"|\bвопросы\s+не\s+ко\s+мне\b|\bа\s+я\s+(?:тут|здесь)\s+при\s+ч[её]м\b|\bа\s+кто\s+(?:вчера|в\s+прошл\w+|позавчера|тогда|"
    r"в\s+тот\s+раз)\b|\b(?:опять|снова)\s+я\s+(?:во\s+вс[её]м\s+)?виноват\w*"
    r"|\bпрости,?\s+если\s+тебя\s+(?:это\s+)?(?:задело|обидело)\b|\b(?:извини|прости)\w*,?\s+что\s+\w+,?\s+но\s+ты\b"
    r"|\bя\s+бы\s+\w+(?:\s+\w+){0,2},?\s+если\s+бы\s+(?:ты|вы)\b|\bне\s+из-за\s+меня\b|\bпрости,?\s+но\s+(?:начал\w*\s+)?ты\b"
    r"|\bпрости,?\s+если\s+[а-яё]+,?\s+но\b|\bне\s+надо\s+меня\s+(?:обвинять|винить)\b|\bне\s+надо\s+на\s+меня\s+(?:нападать|кричать|орать|наезжать)\b"
    r"|\bчего\s+ты\s+(?:сразу\s+)?на\s+меня\s+(?:кричишь|ор[её]шь|злишься|наезжаешь)\b|\bя\s+же\s+не\s+специально\b|\bэто\s+не\s+ко\s+мне\b"
    r"|\bты\s+[а-яё]+\s+тоже\b|\bа\s+не\s+я\b|\bпочему\s+я\s+(?:всегда\s+)?крайн\w*|\bты\s+сам[аи]?\s+перв\w+\s+начал\w*"
    r"|\bс\s+чего\s+мне\s+извиняться\b"
    # Minimising, the non-apology, "you started it", the sarcastic apology and the reframed denial:
    # "подумаешь, полчаса", "извини, если ты так восприняла", "ну извини, что я не идеальная",
    # "я не кричал, я просто громко говорил".
    r"|\bподумаешь\s*[,!…]"
    r"|\b(?:извини|прости)(?:те)?,?\s+если\s+(?:ты|вы)\s+(?:это\s+)?так\s+(?:восприн|понял)\w*"
    r"|\bэто\s+(?:ты|вы)\s+(?:перв\w+\s+)?начал\w*\b|\bпочему\s+во\s+вс[её]м\s+(?:всегда\s+)?виноват\w*\s+я\b"
    r"|\bну\s+(?:извини|прости)(?:те)?,?\s+что\b|\b(?:извини|прости)(?:те)?,?\s+что\s+(?:я\s+)?(?:дышу|живу|существую)\b"
    r"|\bя\s+не\s+(?:кричал|орал|злил|грубил|хамил|ругал)\w*,?\s+я\s+просто\b|\bво\s+вс[её]м\s+я\s+виноват\w*"
    # Turning it round with "между прочим": "и ваша собака, между прочим, лает с шести утра".
    r"|\b(?:ваш|ваша|ваше|ваши|твой|твоя|твоё|твое|твои)\s+[а-яё]+,?\s+между\s+прочим\b|\bа\s+(?:ты|вы),?\s+между\s+прочим\b")
ES_DEFENSIVE = LeadingWord(
    r"\bno\s+es\s+(?:mi\s+culpa|culpa\s+mía|mi\s+problema)\b|(?:¿|\b)y\s+tú\s+qu[ée]\b|(?:¿|\b)y\s+tú\s*\?|\btú\s+también\b"
    r"|\btú\s+empezaste\b|\b(?:solo\s+)?lo\s+hice\s+porque\s+tú\b|\bsolo\s+lo\s+hice\s+porque\b"
    r"|\bpor\s+qué\s+siempre\s+(?:soy\s+yo|tengo\s+yo)\b|\bsiempre\s+soy\s+yo\s+(?:el|la)\s+mal[oa]\b"
    r"|\blo\s+siento\s+si\s+te\b[^.!?]{0,40}\bpero\b|\bperdón,?\s+pero\s+tú\b|\bpues\s+tú\b|\by\s+qué\s+hay\s+de\s+(?:ti|cuando)\b"
    r"|\bno\s+me\s+eches\s+(?:la\s+culpa|a\s+mí)\b|\bno\s+tengo\s+la\s+culpa\b|\byo\s+no\s+tengo\s+nada\s+que\s+ver\b"
    r"|\bmira\s+quién\s+habla\b|\bno\s+lo\s+conviertas\s+en\s+mi\s+problema\b"
    r"|\bmira\s+quién\s+fue\s+a\s+hablar\b|\blo\s+dice\s+(?:el|la)\s+que\b|\ba\s+mí\s+no\s+me\s+(?:mires|metas|eches)\b"
    r"|\bfue\s+porque\s+tú\b|\bno\s+es\s+cosa\s+mía\b|\b(?:perdona|perdón|lo\s+siento),?\s+pero\s+(?:tú|empezaste)\b"
    r"|\bsiento\s+que\s+te\s+lo\s+hayas\s+tomado\b|\bno\s+me\s+ech(?:es|éis)\s+la\s+bronca\b|\bla\s+culpa\s+es\s+(?:toda\s+)?mía\b"
    r"|\bpero\s+tú\s+tampoco\b|\by\s+qué\s+me\s+dices\s+de\b|\b(?:la\s+mala|el\s+malo)\s+de\s+la\s+película\s+soy\s+yo\b"
    r"|\byo\s+siempre\s+(?:la|el)\s+culpable\b|\bsi\s+tú\s+no\s+hubieras\b|\by\s+quién\s+(?:se\s+)?\w+ó\b"
    r"|\bsolo\s+te\s+\w+é\s+porque\b|\bel\s+problema\s+eres\s+tú\b"
    r"|\byo\s+también\s+(?:trabajo|me\s+canso|estoy\s+cansad[oa])\b|\bhaberlo\s+dicho\b|\byo\s+no\s+fui\s+(?:el|la)\s+que\b"
    r"|\bperdón\s+si\s+te\s+\w+,?\s+pero\b|\bno\s+me\s+culpes\b|\by\s+yo\s+qué\s+pinto\b|\bsi\s+no\s+hubieras\b"
    r"|\bsi\s+(?:tú\s+)?me\s+hubieras\b|\bno\s+me\s+ataques\b|\b(?:la|el)\s+que\s+empezó\s+fuiste\s+tú\b|\bempezaste\s+tú\b"
    r"|\bno\s+hagas\s+de\s+esto\s+mi\s+problema\b|\beres\s+tú\s+(?:el|la)\s+que\b|\bno\s+fue\s+por\s+mí\b"
    r"|\bte\s+\w+é\s+porque\s+(?:tú\s+)?(?:nunca|no)\b|\by\s+tú\s+sí\b|\bpor\s+qué\s+me\s+gritas\b|\bpedir\s+perdón\s+yo\b"
    r"|\bacuérdate\s+de\s+cuando\s+(?:tú|te)\b|\byo\s+soy\s+(?:el|la)\s+mal[oa]\b|\bhabría\s+\w+(?:\s+\w+){0,3}\s+si\s+no\s+me\s+hubier\w+"
    # Minimising, "it was you, not me", "after I came to help", cross-complaining and "if you didn't
    # always...": "no es para tanto", "fuiste tú, no yo", "encima de que vengo a ayudarte".
    r"|\bno\s+es\s+para\s+tanto\b(?!,?\s+pero)|\bfuiste\s+tú,?\s+no\s+yo\b|\bencima\s+de\s+que\b|\bpor\s+qué\s+siempre\s+me\s+toca\s+a\s+mí\b"
    r"|\by\s+tú\s+cuándo\b|\bno\s+empieces\b|\bhablemos\s+también\s+de\s+(?:cuando|lo\s+de|tu|tus)\b|\bno\s+pienso\s+disculparme\b"
    r"|\bhabría\s+\w+(?:\s+\w+){0,3}\s+si\s+no\s+(?:tuvieras|estuvieras|fueras|hicieras)\b"
    r"|\bno\s+me\s+(?:digas|vengas\s+con)\s+que\s+(?:fui\s+yo|yo\b|es\s+culpa\s+mía|la\s+culpa\s+es\s+mía)")

# --- apology, gratitude, complaint, next step -------------------------------------------------------------------
RU_APOLOGY = LeadingWord(r"\b(?:прости(?:те)?|извини(?:те)?|мне\s+(?:очень\s+)?жаль|я\s+(?:был|была)\s+не\s+прав\w*|"
                r"это\s+была\s+моя\s+ошибка|моя\s+вина|я\s+виноват\w*,?\s+(?:и|прости))\b")
ES_APOLOGY = LeadingWord(r"\b(?:lo\s+siento(?:\s+mucho)?|perdón|perdona(?:me)?|disculpa(?:me)?|me\s+equivoqué|fue\s+mi\s+culpa|"
                r"no\s+estuvo\s+bien\s+de\s+mi\s+parte|te\s+pido\s+perdón)\b")
RU_THANKS = LeadingWord(r"\b(?:спасибо|благодарю|благодарна|благодарен|ценю|я\s+так\s+рада|я\s+так\s+рад)\b")
ES_THANKS = LeadingWord(r"\b(?:gracias|te\s+agradezco|agradecid[oa]|valoro\s+mucho|aprecio\s+mucho)\b")
RU_COMPLAINT = LeadingWord(
    r"\bпочему\s+(?:ты|вы)\b|\bзачем\s+(?:ты|вы)\b|\b(?:хватит|перестань|прекрати)\b|\bменя\s+(?:бесит|раздражает|злит|"
    r"обижает|обидело|задело|расстраивает|расстроило)\b|\bне\s+(?:нормально|честно|справедливо|ок)\b|\bнам\s+надо\s+поговорить\b"
    r"|\b(?:ты|вы)\s+(?:опять|снова|не)\s+\w+(?:л|ла|ли)\b|\b(?:ты|вы)\s+[^.!?]{0,40}\bне\s+\w+(?:л|ла|ли)\b|\b(?:опять|снова)\s+(?:ты|вы)\b|\bкогда\s+ты\s+не\s+\w+(?:л|ла)\b"
    r"|\bмне\s+не\s+нравится\b|\bтак\s+нельзя\b")
ES_COMPLAINT = LeadingWord(
    r"\bpor\s+qué\s+(?:no\s+)?(?:me\s+)?\w+(?:as|es|aste|iste)\b|\bdeja\s+de\b|\bme\s+(?:molesta|molestó|fastidia|"
    r"duele|dolió|enoja|enojó|enfada|enfadó|hiere|hirió)\b|\bno\s+es\s+justo\b|\bya\s+basta\b|\btenemos\s+que\s+hablar\b"
    r"|\bno\s+me\s+gusta\b|\bcuando\s+no\s+(?:me\s+)?\w+(?:as|es|aste|iste)\b|\botra\s+vez\b|\bde\s+nuevo\b")
RU_NEXT_STEP = LeadingWord(
    r"\bдавай(?:те)?\b|\bможем\s+(?:ли\s+мы\s+)?(?:поговорить|обсудить|договориться|попробовать|встретиться)\b"
    r"|\bдоговорить\w*\b|\bпредлагаю\b|\bмне\s+(?:нужно|важно|хочется),?\s+чтобы\s+ты\b|\bне\s+мог(?:ла|ли)?\s+бы\s+(?:ты|вы)\b"
    r"|\b(?:поговорим|обсудим|встретимся|увидимся|созвонимся|сходим|пойд[её]м|съездим|попробуем|сделаем|решим|"
    r"договоримся|поужинаем|погуляем)\b|\bя\s+(?:отправлю|пришлю|позвоню|напишу|забронирую|куплю|сделаю|заберу|приду|"
    r"приеду|запишу)\b|\bкупи(?:те)?\b|\bзабери\b|\bпозвони\b|\bнапиши\b|\bпожалуйста,?\s+\w+(?:й|и|ите)\b"
    r"|\b(?:можешь|можете|сможешь|сможете)\s+(?:ли\s+)?\w+(?:ть|ти)\b|\bго\s+(?:в|на|гулять|ко\s+мне|к\s+нам)\b")
ES_NEXT_STEP = LeadingWord(
    r"\bnecesito\s+que\b|\b¿?podemos\s+(?:hablar|acordar|quedar|probar|vernos|ir)\b|\bacordar\b|\bvamos\s+a\b"
    r"|\b¿?qué\s+tal\s+si\b|\bhablamos\s+(?:el|la|mañana|esta|este|luego|después|del|sobre|de|cuando)\b|\b(?:hablemos|nos\s+vemos|quedamos|hagamos|probemos|cenamos|comemos|veámonos|"
    r"vayamos|lo\s+intentamos)\b|\bte\s+propongo\b|\bpropongo\b|\b¿?podrías\b|\bpor\s+favor,?\s+\w+\b|\bhagamos\b"
    r"|\b(?:te\s+)?(?:mando|envío|enviaré|mandaré|llamo|llamaré|reservo|reservaré|compro|compraré|escribo)\b|\bvoy\s+a\s+"
    r"(?:mandar|enviar|llamar|reservar|comprar|escribir|preparar|hablar)\b|\b\w+(?:emos)\s+antes\s+de\b|\bquedamos\b"
    r"|\b(?:pásame|mándame|llámame|avísame|escríbeme|tráeme|recuérdame)\b|\bnos\s+apuntamos\b|\bpaso\s+a\s+por\s+ti\b")
# "мне нужно, чтобы ты больше помогал", "necesito que las cosas cambien": a wish, not a step.
RU_VAGUE = _c(r"\bнадо\s+поговорить\.?$|\bхочу,?\s+чтобы\s+вс[её]\s+было\s+по-другому\b"
              r"|\bчтобы\s+ты\s+(?:мне\s+)?(?:больше\s+(?:помогал|старал|думал|ценил)\w*|был[аи]?\s+[а-яё]+ее|старал\w*\s+больше)\s*[.!]?$"
              r"|\bо\s+ч[её]м\s+(?:поговорим|поговорить|будем\s+говорить)\b[^.!?]*\?")
ES_VAGUE = _c(r"\bnecesito\s+que\s+(?:las\s+cosas\s+cambien|me\s+tengas\s+más\s+en\s+cuenta|cambies|te\s+esfuerces(?:\s+más)?|"
              r"me\s+valores(?:\s+más)?|me\s+escuches\s+más)\s*[.!]?$|\ba\s+ver\s+si\b[^.!?]*\bpronto\b|\bde\s+qué\s+(?:quieres\s+que\s+)?hablemos\b")
# A day or time ahead: with something done or arranged ("записала нас на 12-е", "ya reservé para el día 20"), a step.
RU_WHEN = _c(r"\b(?:в|во|на|к|до)\s+(?:понедельник|вторник|сред[уы]|четверг|пятниц[уы]|суббот[уы]|воскресенье|выходны\w+)\b"
             r"|\b(?:завтра|послезавтра)\b|\bна\s+следующей\s+неделе\b|\b\d{1,2}-(?:е|го)\b|\bв\s+\d{1,2}(?::\d\d)?\b|\bс\s+понедельника\b")
ES_WHEN = _c(r"\b(?:lunes|martes|miércoles|jueves|viernes|sábado|domingo)\b|(?<!esta\s)(?<!la\s)\bmañana\b|\besta\s+(?:tarde|noche|semana)\b"
             r"|\bla\s+semana\s+que\s+viene\b|\bel\s+(?:día\s+)?\d{1,2}\b|\ba\s+las\s+\d")

# --- kinds' parts -----------------------------------------------------------------------------------------------------
RU_HIGHLIGHT = LeadingWord(r"\b(?:больше\s+всего|особенно)\b|\bмне\s+(?:очень\s+)?(?:понравил\w+|запомнил\w+)\b|\bбыло\s+(?:здорово|приятно"
                  r"|классно)\s+(?:услышать|узнать|поговорить\s+о|вспомнить)\b"
                  # "думаю о том, что ты рассказала", "спасибо, что рассказала про...", "тронуло, как ты рассказывал".
                  r"|\b(?:думаю|вспоминаю)\s+о\s+том,?\s+что\s+(?:ты|вы)\b|\b(?:рассказал|поделил|поделилась|рассказывал)\w*\s+(?:про|о|об|со\s+мной)\b"
                  r"|\bтронул\w*,?\s+как\s+(?:ты|вы)\b|\bто,?\s+что\s+(?:ты|вы)\s+(?:сказал|рассказал)\w*\s+(?:про|о|об)\b"
                  # "спасибо, что выслушал про маму", "круто, что поговорили про школу", "ваш совет начинать с...".
                  r"|\b(?:выслушал|поговорили|пообщались|обсудили|поболтали|вспомнили)\w*\s+(?:про|о|об)\b|\b(?:ваш|твой)\s+совет\b"
                  # "Главное для меня —", "Самое важное:", "разговор про переезд", "про отпуск поговорили", "обсудили машину".
                  r"|\b(?:главное|самое\s+важное|самое\s+главное)(?:\s+для\s+меня)?\s*[:—–-]|\bразговор\w*\s+(?:про|о|об)\b"
                  r"|\bпро\s+[а-яё]+\s+(?:поговорили|вспомнили)\b|\bобсудили\s+[а-яё]+")
ES_HIGHLIGHT = LeadingWord(r"\bme\s+(?:encantó|gustó\s+mucho|gustó|quedé\s+con)\b(?!\s+(?:vernos|verte|veros|el\s+rato|este\s+rato|hablar\s*[.,!]))"
                  r"|\blo\s+que\s+más\b|\bsobre\s+todo\b|\bme\s+hizo\s+"
                  r"(?:mucha\s+)?ilusión\b|\bfue\s+(?:genial|precioso|bonito)\s+(?:hablar|escuchar|oír)\s+(?:de|sobre|lo\s+de|contigo\s+(?:de|sobre))\b"
                  # "lo que me dijiste de mi madre", "gracias por contarme lo de...", "me quedé pensando en...".
                  r"|\blo\s+que\s+(?:me\s+)?(?:dijiste|contaste|explicaste)\s+(?:de|sobre|del|acerca)\b|\bgracias\s+por\s+(?:contarme|escucharme\s+con|"
                  r"explicarme|hablarme\s+de)\s+(?:lo\s+de|lo\s+del|lo\s+que|tu|sobre)\b|\bme\s+quedé\s+pensando\s+en\b|\bgracias\s+por\s+contármelo\b"
                  # "me ayudó mucho cuando dijiste...", "me emocionó cuando me habló de...", "qué risa lo de la excursión".
                  r"|\bcuando\s+(?:me\s+)?(?:dijiste|contaste|hablaste|explicaste|dijo|contó|habló|explicó)\b|\bqué\s+(?:risa|bonito|lindo|"
                  r"gracioso|fuerte)\s+lo\s+de\b"
                  # "Lo mejor fue...", "sobre lo que hablamos del colegio", "nuestra charla sobre la boda", "me quedo con lo de...".
                  r"|\blo\s+mejor\s+fue\b|\bsobre\s+lo\s+que\s+hablamos\b|\bnuestra\s+(?:charla|conversación)\s+(?:sobre|de)\b"
                  r"|\bme\s+quedo\s+con\s+lo\s+de\b|\bmomento\s+estrella\b|\bhablar\s+de\s+(?:tu|tus|lo\s+de)\b")
RU_ACTION = LeadingWord(r"\bя\s+(?:уже\s+)?(?:отправлю|пришлю|позвоню|напишу|забронирую|куплю|сделаю|отправил\w*|прислал\w*|"
               r"забронировал\w*|купил\w*|записал\w*|скинул\w*|скину|найду|нашл\w*)\b|\bдавай(?:те)?\s+(?:в|на|попробуем|сходим"
               r"|съездим|встретимся)\b"
               # First-person futures say who without "я" ("завтра в 10 позвоню в банк"); "уже" + a past deed
               # ("уже позвонила в клинику"); "договорились:" and what was taken on ("беру на себя").
               r"|\b(?:позвоню|напишу|отправлю|пришлю|скину|куплю|закажу|забронирую|запишусь|запишу|отменю|оплачу|подам|поговорю|"
               r"схожу|зайду|принесу|привезу|отпишусь|перезвоню)\b|\bуже\s+(?:\w+\s+)?(?:позвонил|написал|отправил|прислал|забронировал|"
               r"купил|записал|скинул|отменил|удалил|поговорил|сказал|заказал|оплатил|подал|сходил|съездил|договорил)\w*"
               r"|\bдоговорились\s*[:,—-]|\bберу\s+на\s+себя\b|\b(?:пойду|поеду)\s+(?:к|в|на)\b"
               # "я уже перенёс отчёт" (a past deed after "уже", not a state: "я уже устала"), and a
               # first-person future with its day: "в субботу заеду".
               r"|\bя\s+уже\s+(?!устал|понял|забыл|соскучил|привык|решил|думал|знал|начал|успокоил|был|была)[а-яё]+(?:л|ла|ли|с|сла)\b"
               r"|\b(?:в|во)\s+(?:понедельник|вторник|среду|четверг|пятницу|субботу|воскресенье)\s+(?:я\s+)?"
               r"(?!хочу|могу|надеюсь|постараюсь|попробую|буду\s+скучать)[а-яё]+[уюё]\b")
ES_ACTION = LeadingWord(r"\b(?:te\s+)?(?:mando|mandé|envío|envié|enviaré|mandaré|llamo|llamaré|reservé|reservo|compré|pasaré|paso)\b"
               r"|\bya\s+(?:reservé|compré|mandé|envié|te\s+\w+é)\b|\bvoy\s+a\s+(?:mandar|enviar|llamar|reservar|comprar|"
               r"buscar|escribir)\b|\bvamos\s+a\s+(?:probar|ir|hacer|vernos)\b|\bprobemos\b"
               # "ya" + a first-person past ("ya cancelé", "ya te pedí la cita", "ya hablé con ella"), "ya he llamado",
               # and first-person futures ("te escribiré", "la llamaré"), but not "ya sé" nor "intentaré".
               r"|\bya\s+(?:me\s+|te\s+|le\s+|les\s+|lo\s+|la\s+|se\s+lo\s+|se\s+la\s+)?(?!sé\b|fui\b|vi\b|veré\b)\w+[éí]\b"
               r"|\bya\s+(?:me\s+|te\s+|le\s+|les\s+|lo\s+|la\s+)?(?:dije|hice|puse|traje)\b"
               # A first-person present with its day: "mañana hablo con Rubén", "el sábado paso por tu casa".
               r"|\b(?:mañana|el\s+(?:lunes|martes|miércoles|jueves|viernes|sábado|domingo)|esta\s+(?:tarde|noche))\s+(?:le\s+|te\s+|lo\s+|la\s+)?"
               r"(?!tengo\b|quiero\b|puedo\b|intento\b|trato\b|no\b)\w+o\b"
               r"|\bya\s+(?:te\s+|le\s+|lo\s+|la\s+)?he\s+\w+(?:ado|ido)\b"
               r"|\b(?!intentar|pensar|tratar|procurar|ver\b)\w{2,}(?:aré|eré|iré)\b")
# Questions about the past, not the next talk: "помнишь, как...?", "а ты раньше...?", "¿te acuerdas de...?".
RU_BACKWARD_QUESTION = _c(r"\bпомнишь\b|\bраньше\b|\bа\s+(?:ты|вы)\s+тогда\b|\bв\s+прошлый\s+раз\s+(?:был|была|были|ты)\b|\bв\s+итоге\b"
                          r"|\bкогда-то\b")
ES_BACKWARD_QUESTION = _c(r"\b(?:te|se)\s+acuerda[sn]?\b|\brecuerdas\b|\bte\s+acordás\b|\bse\s+llamaba\b|\baquella\s+vez\b"
                          r"|\ben\s+aquel(?:la)?\s+(?:entonces|época)\b")
RU_TAKEAWAY = _c(r"\b(?:научил[аои]?\s+меня|я\s+(?:тогда\s+|наконец\s+|потом\s+|сразу\s+)?(?:понял|поняла|усвоил\w*|узнал\w*),?\s+что"
                 r"|теперь\s+(?:я\s+)?(?:знаю|понимаю)|с\s+тех\s+пор\s+(?:я|мы)|с\s+того\s+(?:дня|вечера|раза)\s+(?:я|мы))\b\s*[,:—-]?\s*"
                 r"(?:что\s+)?(?:\w+[\s,:—-]+){3,}")
ES_TAKEAWAY = _c(r"\b(?:me\s+enseñó|aprendí|entendí|ahora\s+sé|desde\s+entonces|desde\s+(?:ese|aquel)\s+día|desde\s+(?:esa|aquella)\s+noche)"
                 r"\b\s*[,:]?\s*(?:que\s+|a\s+)?(?:\w+[\s,:]+){3,}")
RU_MANY_SCENES = _c(r"\bвсю\s+жизнь\b|\bвсе\s+(?:эти\s+)?годы\b|\bв\s+детстве\b|\bвсё\s+время,?\s+пока\b|\bгодами\b")
ES_MANY_SCENES = _c(r"\btoda\s+mi\s+vida\b|\btodos\s+(?:esos|estos|los)\s+años\b|\bdurante\s+años\b|\bde\s+niñ[oa]\b")
RU_GENERIC_THANKS = _c(r"\bза\s+вс[её]\b|\bза\s+то,?\s+что\s+ты\s+(?:есть|такой|такая)\b|\bты\s+лучш\w+\s*[.!]?$")
ES_GENERIC_THANKS = _c(r"\bpor\s+todo\b|\bpor\s+ser\s+(?:tú|como\s+eres)\b|\beres\s+(?:lo\s+mejor|un\s+sol|una\s+joya)\s*[.!]?$")
RU_ISSUE_MARKERS = _c(r"\b(?:и|а)\s+(?:ещ[её]|к\s+тому\s+же)\b|\bплюс\s+ко\s+всему\b|\bне\s+говоря\s+уже\b|\bи\s+вообще\b")
ES_ISSUE_MARKERS = _c(r"\badem[áa]s\b|\by\s+encima\b|\by\s+para\s+colmo\b|\by\s+otra\s+cosa\b|\by\s+ni\s+hablar\s+de\b")
