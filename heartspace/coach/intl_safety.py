"""Safety phrases beyond English: Russian and Spanish in depth, a short list for other languages.

As in English, recall comes first: the help card costs little when shown once too often, a
missed disclosure costs a great deal. Russian and Spanish idioms that only sound violent
("убить время", "me muero de risa") are removed first. For languages the coach does not
analyse, a few unambiguous phrases (wanting to die, suicide, being hit, domestic violence)
still raise the flag, because the help card must not depend on the language someone writes in.
"""

from __future__ import annotations

import re

from heartspace.coach.intl_patterns import LeadingWord
from heartspace.coach.safety_broad import blank_fiction
from heartspace.coach.safety_ideation import ES_SELF_HARM, RU_SELF_HARM

R = re.compile
_E = "[её]"  # Russian е/ё are written interchangeably

RU_IDIOMS = R(r"\bуби(?:ть|ваю|вать)\s+время\b|\bумира(?:ю|л\w*)\s+(?:от\s+(?:смеха|скуки|любопытства|жары|стыда)|с\s+голоду)\b"
              r"|\bчуть\s+не\s+умер\w*\s+(?:от\s+смеха|со\s+смеху)\b|\bубью\s+за\s+(?:кофе|чашку|кусок)\b|\bубийственн\w*\b"
              r"|\bсмертельно\s+устал\w*\b|\bумру\s+от\s+(?:смеха|скуки)\b"
              r"|\b(?:(?:я\s+)?(?:тебя|его|её|меня)\s+)?(?:убью|прибь[её]т|прибью|убьёт|убьет)\s*(?:тебя\s*|меня\s*)?,?\s*если\s+(?:ты\s+|я\s+)?(?:опять\s+|ещё\s+раз\s+)?"
              r"(?:расскажешь|съешь|возьм[её]шь|скажешь|тронешь|приду|приду\s+с|куплю|опоздаешь)")
ES_IDIOMS = R(r"\bme\s+muero\s+(?:de\s+(?:risa|ganas|hambre|sueño|calor|frío|vergüenza|aburrimiento)|por)\b|\bmuerto\s+de\s+"
              r"(?:risa|hambre|sueño|cansancio)\b|\bmatar\s+el\s+tiempo\b|\bme\s+matas?\s+de\s+risa\b|\bmatar[ií]a\s+por\s+un\b"
              r"|\bme\s+mata\s+(?:el|la)\s+(?:calor|curiosidad|espalda|cabeza)\b"
              r"|\bme\s+quiero\s+morir\s+(?:jaja\w*|xd|de\s+(?:la\s+)?vergüenza)\b")

RU = {
    "violence": LeadingWord(
        r"\b(?:бь" + _E + r"т|избива\w*|избил\w*|ударил\w*|ударит|бил\w*|толкнул\w*|толка\w*|душил\w*|душит|пнул\w*|пинал\w*|"
        r"швырнул\w*|схватил\w*|таскал\w*\s+за\s+волосы)\s+(?:меня|нас|детей|ребёнка|ребенка|сына|дочь|маму|мать|бабушку)\b"
        r"|\b(?:меня|нас|детей)\s+(?:\w+\s+)?(?:бь" + _E + r"т|бьют|избива\w*|избил\w*|ударил\w*|бил\w*|толкнул\w*|душил\w*)\b"
        r"|\b(?:бь" + _E + r"т|бьют|избива\w*|избил\w*|ударил\w*|толка\w*|толкнул\w*|душ\w*|пина\w*|колот\w*)\s+(?:мою|моего|мои|моих|"
        r"нашу|нашего|наших|детей|ребёнка|ребенка|сына|дочь|сестру|брата|маму|мать|бабушку|деда|жену|мужа|её|его)\b"
        r"|\bкида\w*ся\s+на\s+(?:меня|нас|детей)\b|\bс\s+кулаками\b|\bподнима\w*\s+на\s+(?:меня|нас|детей)\s+руку\b"
        r"|\bподнял\w*\s+на\s+меня\s+руку\b|\bрукоприклад\w*|\bпобои\b|\bсиняк\w*\b|\bдомашн\w+\s+насили\w*|\bнасили\w*"
        r"|\b(?:разбил\w*|швырнул\w*|бросил\w*)\s+(?:мой\s+|мою\s+)?(?:телефон|тарелку|стакан|что-то)\s+(?:в\s+меня|об\s+стену)\b"
        r"|\b(?:разбил\w*|швырнул\w*|бросил\w*|кинул\w*|швыря\w*)\s+(?:\w+\s+){0,2}(?:о|об|в)\s+стену\b"
        r"|\b(?:выкручива\w*|выкрутил\w*|заламыва\w*|заломил\w*)\s+(?:мне\s+|ей\s+|ему\s+)?рук\w*|\bбоюсь\s+(?:за\s+свою\s+жизнь|идти\s+домой|его|е[её])\b|\bизбиени\w*"),
    "threat": LeadingWord(
        r"\bугрож\w*|\bугроз\w*|\bгрози\w*|\bпригрози\w*|\bшантаж\w*|\bубь" + _E + r"т\b|\bубью\b|\bубить\s+(?:меня|тебя|себя|его|е[её])\b|\bзабер" + _E +
        r"т\s+(?:у\s+меня\s+)?детей\b|\bотбер" + _E + r"т\s+детей\b|\bя\s+(?:тебя\s+)?уничтожу\b|\bпожалеешь\b"
        r"|\b(?:детей|их|дочь|сына|дочку)\s+(?:\w+\s+){0,2}не\s+увиж\w*|\bне\s+увиж\w*\s+(?:\w+\s+)?(?:детей|дочь|сына)\b"
        r"|\bувез[её]т\s+(?:их|детей|дочь|сына|ребёнка|ребенка)\b"
        r"|\bесли\s+я\s+(?:уйду|уйдём|расскажу|скажу|поговорю|подам)\b[^.!?]{0,80}\b(?:убь|заберёт|заберет|покончит|не\s+увижу)"),
    "coercion": LeadingWord(
        r"\bне\s+(?:разреша\w*|позволя\w*|да[её]т|дают|пуска\w*)\s+(?:мне\s+)?(?:видеться|встречаться|выходить|работать|общаться|"
        r"звонить|ходить|уходить|тратить|пользоваться|ездить)\b|\b(?:забира\w*|забрал\w*|забер" + _E + r"т|отбира\w*|отобрал\w*|"
        r"пряч\w*|спрятал\w*)\s+(?:у\s+меня\s+)?(?:\w+\s+){0,2}(?:деньги|ключи|телефон|паспорт|документы|зарплату|карту|карточку)\b"
        r"|\bконтролиру\w*\s+(?:мои\s+|все\s+|её\s+|его\s+)?(?:деньги|траты|финансы|телефон|каждый)\b|\bпроверя\w*\s+(?:мой|её|его|их)\s+телефон\b"
        r"|\bне\s+(?:пуска\w*|отпуска\w*)\s+(?:меня|её|его|нас|их)\b|\bследит\s+за\s+(?:ней|ним|ними)\b"
        r"|\bчита\w*\s+мои\s+(?:сообщения|переписк\w*)\b|\bследит\s+за\s+(?:мной|каждым)\b|\bзапира\w*\s+меня\b"
        r"|\bзапер\w*\s+меня\b|\bизолир\w*\s+меня\b|\bзапреща\w*\s+(?:мне\s+)?\w+|\bчита\w*\s+(?:все\s+)?мои\s+(?:сообщения|переписк\w*|письма)\b|\bотчитываться\s+за\s+каждый\b"),
    "sexual": LeadingWord(r"\bизнасил\w*|\bзаставил\w*\s+меня\s+(?:заняться\s+сексом|спать\s+с)\b|\bпринуждает\s+меня\b|\bдомогал\w*|\bдомогательств\w*"),
    "stalking": LeadingWord(r"\bс\s+(?:новых|разных|чужих|левых)\s+(?:номеров|аккаунтов|страниц)\b|\bждал\w*\s+(?:меня\s+|её\s+)?"
                            r"(?:у|возле|около)\s+(?:подъезда|дома|работы|двери|школы|офиса)\b|\bпреследу\w*|\bходит\s+за\s+мной\b|\bподжида\w*\s+меня\b|\bкараулит\b|\bследит\s+за\s+мной\b"),
    "self_harm": LeadingWord(
        r"\bне\s+хочу\s+(?:больше\s+)?жить\b|\bхочу\s+умереть\b|\bхочется\s+умереть\b|\bпокончить\s+с\s+собой\b|\bпокончу\s+с\s+собой\b"
        r"|\bсуицид\w*|\bсамоубий\w*|\bпорез\w*\s+себя\b|\bрез\w*\s+себя\b|\bрежу\s+себя\b|\bне\s+хочу\s+(?:больше\s+)?просыпаться\b|\bпричин\w*\s+себе\s+(?:вред|боль)\b|\bнавредить\s+себе\b"
        r"|\bлучше\s+бы\s+меня\s+не\s+было\b|\bлучше\s+без\s+меня\b|\bне\s+хочу\s+просыпаться\b|\bесли\s+меня\s+не\s+станет\b|\bменя\s+не\s+станет\b|\bисчезнуть\s+навсегда\b"
        r"|\bникто\s+(?:даже\s+)?не\s+(?:заметит|будет\s+скучать|вспомнит)\b[^.!?]{0,40}\b(?:не\s+станет|умру|исчезну|уйду)\b"
        r"|\bбез\s+меня\s+(?:\w+\s+){0,2}(?:было\s+бы|будет|стало\s+бы|станет)\s+(?:\w+\s+)?(?:лучше|легче|проще|спокойнее)\b"
        r"|\bне\s+вижу\s+смысла\s+жить\b|\bнет\s+смысла\s+жить\b|\bвыпить\s+все\s+таблетки\b|\bуйти\s+из\s+жизни\b|\bне\s+проснуться\b"),
}
ES = {
    "violence": LeadingWord(
        r"\bme\s+(?:pega|pegó|pegaba|golpea|golpeó|golpeaba|empuja|empujó|empujaba|abofete\w*|ahorc\w*|estrangul\w*|patea\w*|"
        r"pateó|agarr[óa]\s+del?\s+(?:cuello|brazo|pelo)|tir[óa]\s+(?:del\s+pelo|al\s+suelo|contra)|lastima\w*|lastimó|"
        r"hace\s+daño|hizo\s+daño|ha\s+pegado|ha\s+golpeado)\b|\b(?:les|le|nos)\s+(?:pega|pegó|golpea|golpeó)\b"
        r"|\b(?:vuelva|volver|vuelve|va|iba|quiere|quería|intentó|intenta)\s+a\s+(?:pegar|golpear|lastimar|ahorcar)\w*"
        r"|\b(?:pegarme|golpearme|pegarle|golpearle|pegarnos|pegarles)\b"
        r"|\bme\s+dio\s+(?:una\s+(?:bofetada|cachetada|paliza|patada)|un\s+(?:puñetazo|golpe|empujón))\b|\bviolencia\b"
        r"|\bmaltrat\w*|\babus(?:o|ó|a|aba|ador\w*)\b|\bmoretones?\b|\bmorados?\s+en\b|\bmiedo\s+(?:de|a)\s+(?:volver\s+a\s+casa|él|ella)\b"
        r"|\b(?:rompiste|rompió|rompe|tiraste|tiró|estrellaste|estrelló|lanzaste|lanzó)\s+(?:el|la|un|una|mi|mis|los|las)\s+\w+\s+"
        r"contra\s+(?:la\s+pared|el\s+suelo|mí)\b|\b(?:rompió|rompe|estrelló|tiró|lanzó)\s+(?:mi\s+|el\s+|un\s+|una\s+)?(?:teléfono|móvil|celular|plato|vaso|"
        r"silla)\s+(?:contra|a)\s+(?:la\s+pared|mí)\b|\bmiedo\s+por\s+mi\s+vida\b"),
    "threat": LeadingWord(
        r"\bamenaz\w*|\bme\s+va\s+a\s+matar\b|\bte\s+voy\s+a\s+matar\b|\bme\s+mata(?:rá|ría)\b|\bme\s+matar[áa]\b"
        r"|\bllevar(?:se|me)?\s+a\s+(?:los|mis|nuestros)\s+(?:niños|hijos|hijas)\b|\bquitarme\s+a\s+(?:los|mis)\s+(?:niños|hijos)\b|\bte\s+vas\s+a\s+arrepentir\b"
        r"|\bsi\s+(?:lo|la|le)?\s*(?:dejo|cuento|digo|hablo)\b[^.!?]{0,80}\b(?:mata|quita|quitará|llevará|hará\s+daño)\w*"),
    "coercion": LeadingWord(
        r"\bno\s+(?:me|la|le|lo|les|las|nos)\s+deja\w*\s+(?:ver|salir|hablar|trabajar|ir|usar|tener|llamar|estudiar|gastar|conducir)\b"
        r"|\b(?:me\s+)?(?:quita|quitó|quitará|quitaba|esconde|escondió|retiene|guarda)\s+(?:\w+\s+){0,2}(?:llaves|dinero|teléfono|"
        r"móvil|celular|pasaporte|documentos|sueldo|tarjeta|tarjetas)\b|\bcontrola\w*\s+(?:mi|el|todo\s+(?:mi|el))\s+"
        r"(?:dinero|teléfono|móvil|celular|sueldo|cuenta|gastos|ubicación)\b|\b(?:revisa|lee|mira)\s+(?:mi|mis)\s+"
        r"(?:teléfono|móvil|celular|mensajes|correos)\b|\bme\s+encierra\b|\bme\s+encerró\b|\bme\s+aísla\b|\bme\s+prohíbe\b"
        r"|\bno\s+puedo\s+(?:ver\s+a\s+mi\s+familia|salir\s+sin\s+su\s+permiso)\b|\bsin\s+su\s+permiso\b|\bme\s+obliga\b"
        r"|\bse\s+queda\s+con\s+todo\s+(?:su|mi|el)\s+(?:sueldo|dinero|salario|pensión)\b|\b(?:le|me|nos)\s+da\s+\w+\s+(?:euros|pesos|"
        r"dólares)\s+(?:a\s+la\s+semana|al\s+mes|por\s+semana)\b|\bencierra\w*\s+a\s+(?:su|mi|sus|mis)\s+(?:hijo|hija|hijos|niño|niña|"
        r"niños|hermano|hermana|madre|padre|abuela|abuelo)\b"),
    "sexual": LeadingWord(r"\bme\s+(?:obligó|forzó|violó|obliga)\s+a\s+(?:tener\s+sexo|acostarme)\b|\bviol(?:ó|ación|ada|ador)\b|\bme\s+forzó\b"
                r"|\babuso\s+sexual\b|\bacoso\s+sexual\b|\bsi\s+no\s+me\s+acost\w*\s+con\b|\b(?:enseñar|publicar|subir|mandar|pasar)\w*\s+"
                r"(?:a\s+todos\s+)?(?:las|mis|sus)\s+fotos\b|\bno\s+paró\s+cuando\s+(?:le\s+)?dije\s+que\s+no\b"),
    "stalking": LeadingWord(r"\bme\s+(?:acosa|acosaba|acecha|persigue|sigue\s+a\s+todas\s+partes|espera\s+fuera)\b|\bacoso\b|\bacosador\w*"
                            r"|\b(?:me|la|le|lo|nos)\s+(?:siguió|sigue|seguía|ha\s+seguido|persigue|persiguió|perseguía)\s+"
                            r"(?:hasta|a|por|desde)\b|\baparec\w*\s+(?:en|por)\s+(?:mi|su|nuestra)\s+(?:calle|casa|trabajo|puerta|"
                            r"oficina|escuela|gimnasio|edificio)\b|\bcuentas?\s+falsas?\b|\b(?:me|la|le|lo)\s+esper(?:a|aba|ó)\s+"
                            r"(?:a\s+la\s+salida|fuera|afuera|en\s+la\s+puerta)\b"),
    "self_harm": LeadingWord(
        r"\bme\s+quiero\s+morir\b|\bquiero\s+morir(?:me)?\b|\bno\s+quiero\s+(?:seguir\s+)?vivir\b|\bsuicid\w*|\bmatarme\b|\bquitarme\s+la"
        r"\s+vida\b|\bhacerme\s+daño\b|\blastimarme\b|\bme\s+corto\b(?!\s+(?:el|la|las|los|un|una|yo|solo|sola|mucho|poco)\b)|\bcortarme\b|\bnadie\s+me\s+(?:extrañaría|echaría\s+de\s+menos)\b"
        r"|\bmejor\s+no\s+despertar\w*|\bno\s+(?:le\s+)?veo\s+sentido\s+a\s+(?:nada|la\s+vida|vivir)\b|\bmejor\s+si\s+no\s+estuviera\b|\bmejor\s+sin\s+mí\b|\bno\s+quiero\s+despertar\b|\bdesaparecer\s+para\s+siempre\b|\bno\s+(?:tiene|le\s+veo)"
        r"\s+sentido\s+vivir\b|\bacabar\s+con\s+todo\b|\bacabar\s+con\s+mi\s+vida\b|\bno\s+despertar\b|\bojalá\s+no\s+hubiera\s+nacido\b"),
}
# Other languages: a few phrases that are hard to mistake (not analysed otherwise).
OTHER = {
    "self_harm": LeadingWord(r"\bsuic[ií]d\w*|\bselbstmord\w*|\bnicht\s+mehr\s+leben\b|\bwill\s+sterben\b|\bje\s+veux\s+mourir\b|\bme\s+tuer\b"
                   r"|\bquero\s+morrer\b|\bme\s+matar\b|\bvoglio\s+morire\b|\buccidermi\b|\bwil\s+dood\b|רוצה\s+למות|להתאבד|"
                   r"أريد\s+أن\s+أموت|انتحار|أنتحر|想死|自杀|自殺|死にたい|自殺したい|죽고\s*싶|자살"),
    "violence": LeadingWord(r"\bschlägt\s+mich\b|\bhat\s+mich\s+geschlagen\b|\bme\s+frappe\b|\bm['’]a\s+frapp[ée]e?\b|\bme\s+bate\b|\bme\s+bateu\b"
                  r"|\bmi\s+picchia\b|\bmi\s+ha\s+picchiat[oa]\b|\bslaat\s+mij\b|häusliche\s+gewalt|violence\s+conjugale|"
                  r"violência\s+doméstica|violenza\s+domestica|מרביץ\s+לי|מכה\s+אותי|يضربني|ضربني|打我|家暴|殴られ"),
    "threat": LeadingWord(r"\bdroht\s+mir\b|\bme\s+menace\b|\bme\s+ameaça\b|\bmi\s+minaccia\b|מאיים|يهددني|威胁我"),
}


# Quieter signs, as people write them (2 December): a slap "only", being a burden, a goodbye, a
# child kept hungry, a grandparent left without water, a tracker sewn into a bag.
RU_MORE = {
    "violence": LeadingWord(r"\bпощ[её]чин\w*|\bтряс[её]т\s+(?:его|её|ребёнка|ребенка|сына|дочь|малыша)\b"),
    "threat": LeadingWord(r"\bнесчастн\w+\s+случа\w+\s+быва\w+"),
    "child_or_elder": LeadingWord(r"\bне\s+(?:дали|дают|даёт|дает)\s+(?:ужин\w*|еду|есть|поесть)\b|\bдерж\w+\s+(?:детей|ребёнка|ребенка|его|её)"
                                  r"\s+голодн\w+|\bеду\s+надо\s+заработать\b|\bоставля\w*\s+(?:его|её|деда|бабушку|отца|мать)\s+без\s+"
                                  r"(?:воды|еды|телефона|лекарств)\b"),
    "stalking": LeadingWord(r"\bмашин\w*\s+у\s+(?:моего|своего|нашего)\s+дома\b|\bвычислил\w*\s+(?:мой|мою|где)\b"),
    "self_harm": LeadingWord(r"\bне\s+хочу\s+больше\s+(?:здесь\s+)?быть\b|\bбыть\s+обуз\w*|\bя\s+(?:для\s+всех\s+)?обуза\b"
                             r"|\bпорез\w*\s+на\s+(?:бедре|бёдрах|руке|руках|запясть\w*)\b|\bснова\s+порез\w*|\bстою\s+на\s+(?:мосту|крыше|краю)\b"
                             r"|\bзавтра\s+(?:уже\s+)?ничего\s+не\s+будет\s+важно\b"),
}
ES_MORE = {
    "violence": LeadingWord(r"\bbofetad\w*|\baporre\w*|\bno\s+me\s+caí\b|\brompe\w*\s+la\s+cara\b"),
    "threat": LeadingWord(r"\bhacer\s+mierda\b|\bprimero\s+me\s+mata\b|\blo\s+tira\s+por\s+la\s+ventana\b"),
    "coercion": LeadingWord(r"\btuve\s+que\s+dejar\s+(?:el|la|mi)\s+\w+(?:\s+de\s+\w+)?\s+porque\s+(?:a\s+)?(?:él|ella)\b"
                            r"|\b(?:él|ella)\s+maneja\s+(?:mi|mis)\s+(?:beca|plata|dinero|sueldo|tarjeta|cuenta)\b"),
    "child_or_elder": LeadingWord(r"\ble\s+quita\w*\s+el\s+bastón\b|\blos\s+deja\s+sin\s+(?:agua|comida|comer)\b"),
    "stalking": LeadingWord(r"\bair\s*tag\b[^.!?]{0,60}\b(?:cosido|escondido|mochila|bolso|forro)\b"),
    "self_harm": LeadingWord(r"\bsoy\s+un\s+estorbo\b|\bmi\s+despedida\b|\bno\s+creo\s+que\s+(?:yo\s+)?siga\s+(?:mucho\s+)?(?:por\s+aquí|aquí)\b"
                             r"|\bqué\s+sentido\s+tiene\s+seguir\b|\bmañana\s+lo\s+entenderás\b|\bsi\s+(?:yo\s+)?(?:desaparezco|no\s+estuviera)\b"
                             r"[^.!?]{0,40}\b(?:nadie|tranquil\w*|mejor)\b"),
}

# Suicidal thoughts and self-harm in everyday words (safety_ideation.py).
RU_IDEATION = {"self_harm": LeadingWord(RU_SELF_HARM)}
ES_IDEATION = {"self_harm": LeadingWord(ES_SELF_HARM)}


def _scan(patterns: dict, text: str, cleaned: str, spans: list, categories: list) -> None:
    for category, pattern in patterns.items():
        for m in pattern.finditer(cleaned):
            spans.append([m.start(), m.end(), text[m.start():m.end()]])
            if category not in categories:
                categories.append(category)


def _blank(pattern: re.Pattern, low: str) -> str:
    return pattern.sub(lambda m: " " * len(m.group()), low)


def clean(low: str, lang: str) -> str:
    """The lower-cased text with talk of fiction, and the language's idioms, blanked (same length)."""
    low = blank_fiction(low)
    if lang == "ru":
        return _blank(RU_IDIOMS, low)
    return _blank(ES_IDIOMS, low) if lang == "es" else low


def detect(text: str, low: str, lang: str) -> tuple[list[list], list[str]]:
    """Spans and categories for `lang` ("ru", "es", or any other code for the short list)."""
    spans: list[list] = []
    categories: list[str] = []
    cleaned = clean(low, lang)
    _scan(RU if lang == "ru" else ES if lang == "es" else OTHER, text, cleaned, spans, categories)
    if lang in ("ru", "es"):
        _scan(RU_MORE if lang == "ru" else ES_MORE, text, cleaned, spans, categories)
        _scan(RU_IDEATION if lang == "ru" else ES_IDEATION, text, cleaned, spans, categories)
    spans.sort()
    return spans, categories


# The cheap "could this be Spanish safety text?" test lives in language.py, so English drafts need
# not load this module; it is re-exported here.
from heartspace.coach.language import ES_TRIGGERS, spanish_safety_words  # noqa: E402,F401
