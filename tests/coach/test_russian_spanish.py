"""Russian and Spanish drafts follow the same rules as English ones (hand-written examples)."""

from __future__ import annotations

import pytest

from heartspace.coach import analyze


def codes(result):
    return [s["code"] for s in result["suggestions"]]


# --- feelings, as written, with inflections ------------------------------------------------------------------------

@pytest.mark.parametrize("text,kind,feelings", [
    ("Вчера я почувствовал тревогу, когда ты не взяла трубку.", "i_feel", ["тревогу"]),
    ("Мне было грустно и одиноко весь вечер.", "free", ["грустно", "одиноко"]),
    ("Я очень расстроилась после нашего разговора.", "free", ["расстроилась"]),
    ("Я испытываю досаду, когда планы меняются в последний момент.", "i_feel", ["досаду"]),
    ("Я так рада за тебя!", "free", ["рада"]),
    ("Me siento muy sola cuando cenas mirando el móvil.", "i_feel", ["sola"]),
    ("Estoy cansada y un poco triste esta semana.", "free", ["cansada", "triste"]),
    ("Sentí rabia cuando cancelaron la cita sin avisar.", "free", ["rabia"]),
    ("Tengo miedo de que no llegues a tiempo.", "free", ["miedo"]),
    ("Me siento orgulloso de lo que hicimos juntos.", "free", ["orgulloso"]),
])
def test_feelings_are_found_as_written(text, kind, feelings):
    result = analyze(text, kind)
    assert result["analysed"] is True
    assert result["feelings"] == feelings
    assert result["i_statement"] is True


@pytest.mark.parametrize("text", [
    "Я не злюсь на тебя, правда.",
    "Мне не обидно, просто интересно.",
    "No estoy enojada contigo.",
    "No me siento triste por eso.",
    "¿Estás cansado?",
])
def test_negated_or_asked_feelings_are_not_listed(text):
    result = analyze(text)
    assert result["feelings"] == [] and result["i_statement"] is False


@pytest.mark.parametrize("text,feeling", [
    ("Ты меня расстроил своим тоном.", "расстроил"),
    ("Me hiciste sentir avergonzada delante de todos.", "avergonzada"),
])
def test_feelings_caused_by_the_other_are_not_an_i_statement(text, feeling):
    result = analyze(text)
    assert feeling in result["feelings"] and result["i_statement"] is False
    assert "caused_by_other" in codes(result)


@pytest.mark.parametrize("text,word", [
    ("Я чувствую себя брошенной, когда ты уходишь к друзьям.", "брошенной"),
    ("Me siento ignorado cuando hablas por encima de mí.", "ignorado"),
])
def test_faux_feelings_get_a_feeling_and_a_need(text, word):
    result = analyze(text, "i_feel")
    assert result["faux_feelings"] == [word]
    faux = result["faux_feeling_suggestions"]
    assert faux[0]["suggested_feeling"] and faux[0]["suggested_need"]
    assert "faux_feeling" in codes(result)


def test_a_thought_is_not_a_feeling():
    result = analyze("Siento que no te importan mis planes.", "i_feel")
    assert result["feelings"] == [] and "thought_not_feeling" in codes(result)


# --- blame, contempt, defensiveness ---------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Ты никогда не моешь за собой посуду.",
    "Ты вечно опаздываешь.",
    "Ты хоть раз в жизни можешь прийти вовремя?",
    "Ты просто эгоист.",
    "Siempre dejas la ropa en el suelo.",
    "Nunca me escuchas cuando hablo.",
    "Eres tan egoísta.",
    "¿Alguna vez piensas en alguien más que en ti?",
])
def test_blame(text):
    result = analyze(text)
    assert result["blame"] is True and result["tone"] == "corrective"
    assert "blame" in codes(result)


@pytest.mark.parametrize("text", [
    "Никогда не знаешь, какая будет погода.",
    "Ты всегда умеешь меня рассмешить.",
    "Вчера ты забыл купить хлеб.",
    "Nunca se sabe qué pasará mañana.",
    "Siempre me haces reír.",
    "Ayer llegaste tarde a la cena.",
])
def test_not_blame(text):
    assert analyze(text)["blame"] is False


@pytest.mark.parametrize("text,flagged", [
    ("Ну конечно, ты же у нас гений 🙄", True),
    ("Ты ведёшь себя как идиот.", True),
    ("Я сама такая дура, перепутала вокзал.", False),
    ("Sí, claro, gracias por nada.", True),
    ("Qué clase de adulto no puede freír un huevo?", True),
    ("Soy un tonto, me equivoqué de día.", False),
])
def test_contempt(text, flagged):
    assert analyze(text)["contempt"] is flagged


@pytest.mark.parametrize("text", [
    "А ты сам? Ты тоже не позвонил.",
    "Это не моя вина, ты первый начал.",
    "No es mi culpa, tú empezaste.",
    "¿Y tú qué? Tampoco llamaste.",
])
def test_defensive(text):
    assert analyze(text)["defensive"] is True


@pytest.mark.parametrize("text,flagged", [
    # Minimising, the non-apology, "you started it", the sarcastic apology, the reframed denial.
    ("Подумаешь, опоздал на двадцать минут, не конец света.", True),
    ("Прости, если ты это так поняла, я просто пошутил.", True),
    ("Это ты начала, когда вспомнила про мою маму.", True),
    ("Ну извини, что я не помню все твои планы.", True),
    ("Я не орал, я просто объяснял громко.", True),
    ("Ты подумаешь о поездке до пятницы?", False),
    ("No es para tanto, solo llegué una hora tarde.", True),
    ("Encima de que te cocino, me criticas la sal.", True),
    ("¿Y tú cuándo has llamado a mi madre?", True),
    ("Te habría escrito si no tuvieras el móvil siempre apagado.", True),
    ("No es para tanto, pero anoche me empujó otra vez.", False),
    ("Hablemos del viaje el sábado, ¿te parece?", False),
])
def test_defensive_minimising_and_turning_it_round(text, flagged):
    assert analyze(text)["defensive"] is flagged


# --- tone ------------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text,tone", [
    ("Спасибо, что починил велосипед до моей поездки.", "positive"),
    ("Завтра в семь у нас ужин у Лены.", "neutral"),
    ("Прости, я был не прав, что накричал.", "positive"),
    ("Gracias por llevarme al médico el martes.", "positive"),
    ("La reunión es a las cinco en la biblioteca.", "neutral"),
    ("Me molesta que dejes los zapatos en la entrada.", "corrective"),
])
def test_tone(text, tone):
    assert analyze(text)["tone"] == tone


# --- safety --------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text,category", [
    ("Он бьёт меня, когда выпьет.", "violence"),
    ("Она угрожает забрать детей, если я уйду.", "threat"),
    ("Муж не разрешает мне видеться с подругами и забирает мою зарплату.", "coercion"),
    ("Иногда я просто не хочу жить.", "self_harm"),
    ("Хочу умереть и ничего не чувствовать.", "self_harm"),
    ("Mi novio me pega cuando se enoja.", "violence"),
    ("Me amenaza con quitarme a los niños.", "threat"),
    ("No me deja salir sin su permiso y me revisa el móvil.", "coercion"),
    ("A veces me quiero morir.", "self_harm"),
    ("Ya no quiero vivir así.", "self_harm"),
])
def test_safety_in_russian_and_spanish(text, category):
    result = analyze(text)
    assert result["safety"] is True and category in result["safety_categories"]
    assert result["tone"] == "corrective" and codes(result)[0] == "safety"


@pytest.mark.parametrize("text", [
    "Я чуть не умерла от смеха на этом фильме.",
    "Мы убили время в аэропорту за кофе.",
    "Me muero de ganas de verte.",
    "Me muero de risa con tus mensajes.",
])
def test_idioms_are_not_safety(text):
    assert analyze(text)["safety"] is False


@pytest.mark.parametrize("text,language", [
    ("הוא מרביץ לי כשהוא כועס", "he"),
    ("Ich will nicht mehr leben.", "de"),
    ("有时候我想死", "zh"),
])
def test_other_languages_are_not_analysed_but_safety_still_shows(text, language):
    result = analyze(text)
    assert result["analysed"] is False and result["language"] == language
    assert result["safety"] is True
    assert codes(result)[:2] == ["not_analysed", "safety"]


def test_short_spanish_disclosure_is_caught_even_if_it_looks_english():
    assert analyze("me pega")["safety"] is True


# --- structure ----------------------------------------------------------------------------------------------------

def test_russian_tension_script_with_a_next_step():
    result = analyze("Я почувствовала обиду, когда ты ушёл без слов. Давай в субботу спокойно обсудим, как быть.",
                     "tension")
    assert result["feelings"] == ["обиду"] and result["i_statement"] and result["next_step"]
    assert "no_next_step" not in codes(result) and result["tone"] == "corrective"


def test_spanish_follow_up_parts():
    result = analyze("Me encantó cuando hablamos de tu viaje a Perú. Te mando las fotos mañana. "
                     "¿Qué te gustaría hacer la próxima vez?", "follow_up")
    assert result["highlight"] and result["action"] and result["question"]


def test_spanish_story_takeaway():
    result = analyze("Me sentí perdida el primer día en la nueva ciudad; eso me enseñó que pedir ayuda no es "
                     "una debilidad.", "story")
    assert result["takeaway"] is True and result["one_scene"] is True and "perdida" in result["feelings"]


@pytest.mark.parametrize("text,specific", [
    ("Спасибо, что забрал детей из школы, когда я задержалась.", True),
    ("Спасибо за всё.", False),
    ("Gracias por preparar la cena cuando llegué tarde.", True),
    ("Gracias por todo.", False),
])
def test_appreciation_specific(text, specific):
    assert analyze(text, "appreciation")["specific"] is specific


@pytest.mark.parametrize("text", ["Я " * 5000, "¡¡¡" * 3000 + " 😡" * 100, "Ты\u202e всегда\u200f"])
def test_ugly_russian_and_spanish_never_raise(text):
    result = analyze(text, "tension")
    assert result["word_count"] == len(text.split())


@pytest.mark.parametrize("text", [
    "Она кидается на меня с кулаками, когда злится.",
    "Он пригрозил, что выложит мои фото.",
    "Мне не разрешают выходить из дома одной.",
    "Он читает все мои сообщения и запрещает общаться с сестрой.",
    "Я снова порезала себя вчера вечером.",
    "Отчим бьёт мою младшую сестру.",
    "Me amenazó con matarme si lo dejo.",
    "Dice que se va a llevar a los niños si me voy.",
    "Me obligó a tener sexo aunque le dije que no.",
    "He pensado en quitarme la vida.",
    "A veces me corto para sentir algo.",
    "Tengo miedo de que me vuelva a pegar.",
])
def test_more_ways_of_saying_it_are_safety(text):
    # Short Spanish is easily mistaken for English or Italian; its safety phrases are read anyway.
    assert analyze(text)["safety"] is True


@pytest.mark.parametrize("text", [
    "Мы поссорились из-за посуды, потом помирились.",
    "Он хлопнул дверью, но потом извинился.",
    "Мама часто звонит, волнуется.",
    "Discutimos por los platos pero lo arreglamos.",
    "Me escribe para saber si llegué bien y me encanta.",
    "Este calor me mata.",
])
def test_ordinary_friction_is_not_safety(text):
    assert analyze(text)["safety"] is False


def test_the_feeling_after_a_denied_one_counts():
    assert analyze("No estoy enfadado, solo cansado.")["feelings"] == ["cansado"]
    assert analyze("Я не злюсь, просто устала.")["feelings"] == ["устала"]


def test_one_missed_event_is_a_complaint_not_blame():
    result = analyze("Вчера ты пришёл поздно и не предупредил.")
    assert result["blame"] is False and result["tone"] == "corrective"


def test_spans_point_into_the_original_text_in_later_sentences():
    text = "Ты вечно опаздываешь. Я чувствую себя брошенной."
    result = analyze(text, "tension")
    faux = result["faux_feeling_suggestions"][0]
    start, end, written = faux["span"]
    assert text[start:end] == written == "брошенной" and faux["word"] == "брошенной"
    assert result["spans"]["blame"]
    for span in result["spans"]["blame"]:
        assert text[span[0]:span[1]] == span[2]


@pytest.mark.parametrize("text,feelings", [
    ("Me dio mucha rabia que no vinieras.", ["rabia"]),
    ("Me puse muy nerviosa en la reunión.", ["nerviosa"]),
    ("Ella estaba triste ayer.", []),
    ("Мне стало стыдно за свои слова.", ["стыдно"]),
    ("Он очень расстроился, когда узнал.", []),
    ("Я скучаю по тебе.", []),
])
def test_whose_feeling_it_is(text, feelings):
    assert analyze(text)["feelings"] == feelings


@pytest.mark.parametrize("text", [
    "Ну да, ну да, ты всё помнишь. Поэтому мы опять без хлеба.",
    "Ах, простите, ваше величество, что спросила про деньги.",
    "Вынес мусор без напоминания? Может, тебе медаль выдать?",
    "Объясняю для особо одарённых: ключи висят у двери.",
    "Ой, бедненький, пришлось самому погладить рубашку.",
    "Спасибо, что соизволил ответить через неделю.",
    "Qué descubrimiento, el lavavajillas también se vacía.",
    "Te lo explico despacito: la basura sale los martes.",
    "Gracias por la exclusiva, me entero por Instagram de tu viaje.",
    "Has quemado la tortilla otra vez. Todo un MasterChef.",
    "¿Hablamos? Si tu agenda de ministro te lo permite.",
])
def test_mock_praise_and_mock_pity_idioms_are_contempt(text):
    result = analyze(text)
    assert result["analysed"] and result["contempt"] is True, text


@pytest.mark.parametrize("text", [
    "Pobrecito mi vida, te mojaste todito, ven que te seco el pelo.",
    "Тебе надо медаль дать за всю эту посуду, спасибо огромное.",
    "У тебя золотые руки, спасибо за полку!",
    "Gracias por todo, de verdad.",
])
def test_tender_pity_and_real_thanks_are_not(text):
    assert analyze(text)["contempt"] is False, text


@pytest.mark.parametrize("text, label", [
    ("Мне кажется, тебе вообще плевать на мою работу.", "blame"),
    ("Ты опять занят? Ничего нового.", "blame"),
    ("Свекровь лезет во всё, даже в шторы.", "blame"),
    ("Мой брат совершенно безответственный.", "blame"),
    ("Хватит вести себя как маленький ребёнок.", "blame"),
    ("Típico de ti, dijiste que venías y nada.", "blame"),
    ("Me interrumpes cada dos por tres cuando hablo con tu madre.", "blame"),
    ("Te pasas el día criticando a todo el mundo.", "blame"),
    ("Siento que solo me buscas cuando te hace falta algo.", "blame"),
    ("Mi cuñada es una metomentodo.", "blame"),
    ("Мне обидно, когда ты говоришь, что я ною, но ты сам ноешь больше всех.", "defensive"),
    ("Не надо на меня это вешать, отчёт собирала Света.", "defensive"),
    ("А я тут при чём? Я была в командировке.", "defensive"),
    ("A mí no me mires, la idea fue tuya.", "defensive"),
    ("Perdona, pero empezaste tú criticando a mi familia.", "defensive"),
    ("Ya, no te llamé, pero tú tampoco me escribiste.", "defensive"),
    ("Claro, ahora la mala de la película soy yo.", "defensive"),
])
def test_globalising_and_counter_moves_in_everyday_russian_and_spanish(text, label):
    result = analyze(text)
    assert result["analysed"] and result[label] is True, text


@pytest.mark.parametrize("text", [
    "Она всегда приходит вовремя, за это я её и ценю.",
    "Mi hermana es muy cariñosa con los niños.",
    "Lo siento, llegué tarde. Fue culpa mía.",
])
def test_warm_and_owning_lookalikes_in_russian_and_spanish_are_neither(text):
    result = analyze(text)
    assert result["blame"] is False and result["defensive"] is False, text


@pytest.mark.parametrize("text, label", [
    ("Ну ты и тормоз, опять ключи в машине.", "contempt"),
    ("Ой, какие мы обидчивые сегодня.", "contempt"),
    ("Я бы пришла вовремя, если бы вы не задержали меня на работе.", "defensive"),
    ("Прости, но начала ты, когда сказала про мою зарплату.", "defensive"),
    ("Чего ты сразу на меня кричишь? Я же не специально.", "defensive"),
    ("Он вечно перекладывает работу на других.", "blame"),
    ("Che, vos nunca devolvés nada de lo que te prestan.", "blame"),
    ("Javier es un impresentable, no se puede contar con él para nada.", "blame"),
    ("Me cambias los planes a cada rato y así no hay manera.", "blame"),
    ("Ay, perdona, olvidaba que estás ocupadísimo con cosas importantísimas.", "contempt"),
    ("Yo no fui el que dijo que podíamos ir andando.", "defensive"),
    ("No me culpes, hice lo que pude.", "defensive"),
])
def test_more_everyday_russian_and_spanish_conflict(text, label):
    result = analyze(text)
    assert result["analysed"] and result[label] is True, text


@pytest.mark.parametrize("text", [
    "Ну ты и соня 😄 я уже сварила кофе, вставай, солнце.",
    "Ты такой зануда со своими шахматами, но мне нравится.",
])
def test_affectionate_russian_teasing_is_not_contempt(text):
    result = analyze(text)
    assert result["contempt"] is False and result["blame"] is False, text


@pytest.mark.parametrize("text", [
    "Да ничего страшного, просто дал пощёчину, все так живут.",
    "Я устал быть обузой, скоро это закончится.",
    "Снова порезы на бедре, там никто не видит.",
    "Мачеха оставляет его без воды и без телефона.",
    "Me ha dado dos bofetadas cuando bebe.",
    "Soy un estorbo para todos, mi familia respiraría tranquila si yo no estuviera.",
    "Le pedí que se fuera y me dijo que primero me mata.",
    "Encontré un AirTag cosido en el forro de la mochila de mi hijo.",
])
def test_quiet_signs_of_harm_in_russian_and_spanish_bring_up_help(text):
    assert analyze(text)["safety"] is True, text


@pytest.mark.parametrize("text", [
    "Я тебя убью, если ты опять расскажешь маме про мой пирсинг раньше меня 😤",
    "Me quiero morir jaja, le di like a una foto vieja de mi ex.",
    "В сериале муж забирает у жены паспорт, смотрела и думала, как мне повезло.",
    "Fuimos a un escape room de zombis y el actor me persiguió por el pasillo.",
])
def test_jokes_idioms_and_stories_in_russian_and_spanish_do_not(text):
    assert analyze(text)["safety"] is False, text


@pytest.mark.parametrize("text", [
    "Claro, don perfecto, tú nunca llegas tarde a nada.",
    "Muy bien, doctora Google, ya que sabes tanto hazlo tú.",
    "Sacaste la basura sin que te lo pidiera. Que alguien te haga una estatua.",
    "Ну что, ваше высочество, посуду сегодня помоем или опять завтра?",
    "Вынес мусор сам? Памятник тебе поставить?",
])
def test_mock_titles_and_awards_are_contempt(text):
    assert analyze(text)["contempt"], text


@pytest.mark.parametrize("text", [
    "Doña Carmen del quinto nos trajo churros, qué amor.",
    "Mi primo ganó una medalla en natación, estamos orgullosísimos.",
    "Смотрели фильм про Нобелевскую премию по физике, очень понравился.",
])
def test_real_titles_and_awards_are_not(text):
    assert not analyze(text)["contempt"], text
