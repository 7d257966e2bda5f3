"""Russian and Spanish word lists for the coach (our own lists; forms and stems, matched lower-case).

Russian inflects heavily, so feelings and valence words are stems matched at the start of a word
("тревог" finds тревога, тревогу, тревожно is listed separately). Spanish lists carry the
gender and number forms ("frustrad" finds frustrado, frustrada, frustrados). Short stems that
would swallow unrelated words ("рад" in "ради") are listed as whole forms instead.
"""

from __future__ import annotations

# --- feelings: (stem, valence sign) ------------------------------------------------------------------------------
RU_FEELING_STEMS = {
    # unpleasant
    "тревог": -1, "тревожн": -1, "тревожусь": -1, "беспокой": -1, "беспокою": -1, "беспокоюсь": -1, "волнуюсь": -1,
    "волновал": -1, "волнение": -1, "взволнован": -1, "грусть": -1, "грустн": -1, "грущу": -1, "печал": -1, "тоск": -1,
    "одинок": -1, "обид": -1, "обижен": -1, "обижа": -1, "расстро": -1, "разочаров": -1, "злюсь": -1, "злилась": -1,
    "злился": -1, "злость": -1, "злост": -1, "зла": -1, "зол": -1, "злая": -1, "разозлил": -1, "гнев": -1, "ярост": -1,
    "бешенств": -1, "раздражен": -1, "раздражени": -1, "досад": -1, "страх": -1, "боюсь": -1, "боялась": -1, "боялся": -1,
    "испуг": -1, "испугал": -1, "напуган": -1, "страшно": -1, "стыд": -1, "стыжусь": -1, "неловк": -1, "смущ": -1,
    "растерян": -1, "устал": -1, "усталост": -1, "измотан": -1, "вымотан": -1, "опустошен": -1, "опустошён": -1,
    "беспомощн": -1, "безнадёжн": -1, "безнадежн": -1, "отчаян": -1, "ревную": -1, "ревност": -1, "ревновал": -1,
    "завид": -1, "нервнича": -1, "нервн": -1, "паник": -1, "подавлен": -1, "уныни": -1, "горе": -1, "горько": -1,
    "больно": -1, "боль": -1, "обеспокоен": -1, "встревожен": -1, "огорч": -1, "задет": -1, "вину": -1, "виноват": -1,
    "тяжело": -1, "плохо": -1, "паршиво": -1, "злит": -1, "бесит": -1,
    # pleasant
    "рад": 1, "рада": 1, "рады": 1, "радост": 1, "радуюсь": 1, "обрадовал": 1, "счастлив": 1, "счасть": 1,
    "благодарн": 1, "спокойн": 1, "спокойстви": 1, "облегчени": 1, "горжусь": 1, "гордост": 1, "горд": 1, "вдохновл": 1,
    "восторг": 1, "любопытн": 1, "довол": 1, "умиротвор": 1, "нежност": 1, "воодушевл": 1, "тепло": 1, "легко": 1,
    "тронут": 1, "растроган": 1, "хорошо": 1, "весело": 1, "уютно": 1, "надежд": 1, "уверенн": 1,
}
# Words that start like a feeling stem but are not feelings.
RU_NOT_FEELINGS = frozenset({"ради", "радио", "горечь", "горел", "город", "города", "городе", "гордон", "больница",
                             "больнице", "больницу", "больше", "больший", "зола", "золото", "зло",
                             "тоскана", "горелка", "устало", "страхов", "страховка", "страховку",
                             "боли", "больной", "больная", "нервы", "плохой", "плохая", "плохое"})
# Feelings that only count after an explicit frame ("мне плохо", "я чувствую вину"), never on their own.
RU_FRAME_ONLY = ("вину", "виноват", "тяжело", "плохо", "паршиво", "хорошо", "легко", "тепло", "больно", "боль", "горе",
                 "горько", "злит", "бесит", "весело", "уютно", "надежд", "уверенн", "страшно", "стыд", "неловк", "спокойн")
# Emotion verbs in the first person (present tense) or the reflexive past: they carry their own subject.
RU_FIRST_PERSON_VERBS = ("тревожусь", "беспокоюсь", "волнуюсь", "грущу", "злюсь", "боюсь", "ревную", "нервничаю",
                         "радуюсь", "горжусь", "стыжусь", "переживаю", "расстроилась", "расстроился", "обиделась",
                         "обиделся", "испугалась", "испугался", "разозлилась", "разозлился", "разочаровалась",
                         "разочаровался", "злилась", "злился", "боялась", "боялся", "обрадовалась", "обрадовался",
                         "растерялась", "растерялся", "устала", "устал", "волновалась", "волновался", "нервничала",
                         "нервничал", "ревновала", "ревновал", "огорчилась", "огорчился", "смутилась", "смутился",
                         "переживала", "переживал")

ES_FEELING_STEMS = {
    "triste": -1, "tristeza": -1, "sola": -1, "solo": -1, "solos": -1, "solas": -1, "soledad": -1, "frustrad": -1,
    "frustración": -1, "enojad": -1, "enfadad": -1, "molest": -1, "furios": -1, "rabia": -1, "ira": -1, "ansios": -1,
    "ansiedad": -1, "nervios": -1, "preocupad": -1, "preocupación": -1, "asustad": -1, "miedo": -1, "dolid": -1,
    "herid": -1, "decepcionad": -1, "decepción": -1, "desilusionad": -1, "avergonzad": -1, "vergüenza": -1,
    "culpable": -1, "culpa": -1, "celos": -1, "agotad": -1, "cansad": -1, "abrumad": -1, "agobiad": -1,
    "estresad": -1, "desesperad": -1, "impotente": -1, "impotencia": -1, "confundid": -1, "incómod": -1, "incomod": -1,
    "insegur": -1, "aburrid": -1, "angustiad": -1, "angustia": -1, "pena": -1, "desanimad": -1, "deprimid": -1,
    "irritad": -1, "hart": -1, "tens": -1, "inquiet": -1, "celoso": -1, "celosa": -1, "resentid": -1, "dolor": -1,
    "mal": -1, "fatal": -1, "perdid": -1, "vací": -1, "vacía": -1, "insignificante": -1, "sobrepasad": -1,
    "feliz": 1, "felices": 1, "content": 1, "alegre": 1, "alegría": 1, "agradecid": 1, "tranquil": 1, "aliviad": 1,
    "alivio": 1, "orgullos": 1, "emocionad": 1, "ilusionad": 1, "entusiasmad": 1, "esperanzad": 1, "calma": 1, "paz": 1,
    "conmovid": 1, "encantad": 1, "relajad": 1, "animad": 1, "bien": 1, "genial": 1, "satisfech": 1, "cómod": 1,
}
ES_NOT_FEELINGS = frozenset({"molestia", "solamente", "iras", "irá", "iran", "irán", "mala", "malo", "malos", "malas",
                             "penas", "contenido", "contenidos", "contenedor", "tensión", "culpas", "tranquilamente",
                             "malestar", "bienvenido", "bienvenida", "tenemos", "tenía", "tengo",
                             "tenis", "herida", "heridas", "tenedor", "tensar"})
ES_FRAME_ONLY = ("solo", "solos", "mal", "fatal", "bien", "genial", "culpa", "pena", "dolor", "paz", "calma", "ira",
                 "tens", "hart", "cómod", "animad", "content")

# --- faux feelings: (form stem, suggested feeling, suggested need) --------------------------------------------------
RU_FAUX = {
    "брошенн": ("одиноко", "близость"), "брошен": ("одиноко", "близость"), "покинут": ("одиноко", "близость"),
    "игнорируем": ("одиноко", "внимание"), "проигнорирован": ("одиноко", "внимание"), "отвергнут": ("больно", "принятие"),
    "использованн": ("грустно", "взаимность"), "использован": ("грустно", "взаимность"), "преданн": ("больно", "доверие"),
    "предан": ("больно", "доверие"), "униженн": ("больно", "уважение"), "унижен": ("больно", "уважение"),
    "непонят": ("одиноко", "понимание"), "невидим": ("одиноко", "быть замеченной"), "ненужн": ("грустно", "значимость"),
    "лишн": ("грустно", "принадлежность"), "обманут": ("больно", "доверие"), "недооценен": ("грустно", "признание"),
    "недооценён": ("грустно", "признание"), "атакованн": ("страшно", "безопасность"), "манипулир": ("растерянно", "честность"),
    "осужденн": ("неловко", "принятие"), "осуждённ": ("неловко", "принятие"),
    "заброшенн": ("одиноко", "забота"), "неуслышанн": ("одиноко", "быть услышанной"),
}
ES_FAUX = {
    "ignorad": ("solo/a", "conexión"), "abandonad": ("solo/a", "cercanía"), "rechazad": ("dolido/a", "aceptación"),
    "manipulad": ("confundido/a", "honestidad"), "traicionad": ("dolido/a", "confianza"), "utilizad": ("triste", "reciprocidad"),
    "usad": ("triste", "reciprocidad"), "invisible": ("solo/a", "ser visto/a"), "incomprendid": ("frustrado/a", "comprensión"),
    "atacad": ("asustado/a", "seguridad"), "criticad": ("dolido/a", "aceptación"), "presionad": ("agobiado/a", "autonomía"),
    "despreciad": ("dolido/a", "respeto"), "menospreciad": ("dolido/a", "respeto"), "humillad": ("dolido/a", "respeto"),
    "juzgad": ("incómodo/a", "aceptación"), "excluid": ("triste", "pertenencia"), "desatendid": ("solo/a", "cuidado"),
    "engañad": ("dolido/a", "confianza"), "infravalorad": ("triste", "reconocimiento"),
    "desvalorizad": ("triste", "reconocimiento"), "controlad": ("agobiado/a", "autonomía"),
}

# --- valence: stems with a weight (feelings above count too) ----------------------------------------------------
RU_VALENCE = {
    "спасибо": 2.0, "благодар": 2.0, "люблю": 2.5, "любим": 2.0, "обожаю": 2.5, "ценю": 2.0, "прекрасн": 2.5,
    "замечательн": 2.5, "отличн": 2.0, "чудесн": 2.5, "классн": 2.0, "здорово": 2.0, "хорош": 1.5, "лучш": 1.5,
    "молодец": 2.0, "мил": 1.5, "добр": 1.5, "заботл": 2.0, "поддерж": 1.5, "помог": 1.5, "приятн": 2.0, "красив": 1.5,
    "вкусн": 1.5, "удовольств": 2.0, "ура": 2.0, "обним": 1.5, "поздравля": 2.0, "гордим": 2.0, "восхит": 2.5,
    "удивительн": 1.5, "рассмеш": 2.0, "смеш": 1.0, "улыба": 2.0, "радуешь": 2.0, "помнишь": 1.0, "находишь": 1.0,
    "выслуш": 1.5, "понима": 1.0, "умеешь": 1.0, "великолепн": 2.5, "нравит": 1.5, "понравил": 1.5, "скучаю": 0.5,
    "плох": -1.5, "ужасн": -2.5, "кошмар": -2.5, "ненавиж": -3.0, "отвратит": -2.5, "бесит": -2.5, "раздража": -2.0,
    "достал": -1.5, "надоел": -2.0, "надоело": -2.0, "хватит": -1.5, "опять": -0.8, "снова": -0.3, "виноват": -1.5,
    "ошибк": -1.0, "проблем": -1.0, "ссор": -1.5, "крич": -2.0, "оскорб": -2.5, "врёшь": -2.5, "врешь": -2.5, "лжёшь": -2.5,
    "ложь": -2.0, "обман": -2.0, "глуп": -2.0, "туп": -2.0, "эгоист": -2.5, "ленив": -2.0, "безответствен": -2.0,
    "невыносим": -2.5, "жаль": -1.0, "к сожалению": -1.0, "разброса": -1.0, "забыл": -1.0, "опоздал": -1.0,
    "не отвечал": -1.0, "не позвонил": -1.0, "молчишь": -1.0, "игнорир": -2.0, "больниц": -0.5, "болит": -1.5,
    "бьёт": -3.0, "бьет": -3.0, "угрож": -3.0, "страдан": -2.5, "слёз": -1.5, "слез": -1.5, "плачу": -1.5,
}
ES_VALENCE = {
    "gracias": 2.0, "agradezco": 2.0, "agradecid": 2.0, "te quiero": 2.5, "te amo": 3.0, "amo": 2.0, "encant": 2.5,
    "maravillos": 2.5, "genial": 2.0, "increíble": 2.0, "estupend": 2.0, "precios": 2.0, "bonit": 1.5, "lind": 1.5,
    "hermos": 2.0, "excelente": 2.5, "buen": 1.5, "mejor": 1.5, "gust": 1.5, "feliz": 2.0, "felic": 2.0, "alegr": 2.0,
    "orgullos": 2.0, "valoro": 2.0, "aprecio": 2.0, "cariño": 2.0, "abrazo": 1.5, "rico": 1.0, "rica": 1.0,
    "divertid": 1.5, "perfect": 2.0, "bravo": 1.0, "apoyo": 1.5, "ayuda": 1.0, "ayudaste": 1.5, "disfrut": 2.0, "hacerme reír": 2.0, "haces reír": 2.0, "sonreír": 2.0, "recuerdas": 1.0,
    "acuerdas": 1.0, "escuchas": 0.8, "apoyas": 1.5, "cuidas": 1.5, "sabes cómo": 1.0,
    "mal": -1.5, "horrible": -2.5, "terrible": -2.5, "odio": -3.0, "asco": -2.5, "molest": -2.0, "fastidi": -2.0,
    "harto": -2.0, "harta": -2.0, "basta": -1.5, "otra vez": -0.8, "culpa": -1.5, "problema": -1.0, "pelea": -1.5,
    "grit": -2.0, "insult": -2.5, "mient": -2.5, "mentira": -2.0, "engañ": -2.0, "estúpid": -2.5, "tont": -2.0,
    "egoísta": -2.5, "egoista": -2.5, "vago": -2.0, "vaga": -2.0, "irresponsable": -2.0, "insoportable": -2.5,
    "inútil": -2.5, "lástima": -1.0, "olvid": -1.0, "tarde": -0.5, "dejas": -0.8, "ignor": -2.0, "llor": -1.5,
    "pega": -2.5, "golpe": -3.0, "amenaz": -3.0, "sufr": -2.5, "duele": -2.0, "quita": -1.0, "miedo": -2.5,
}
RU_NEGATORS = frozenset({"не", "ни", "нет", "никогда", "без"})
ES_NEGATORS = frozenset({"no", "ni", "nunca", "jamás", "jamas", "tampoco", "sin"})
