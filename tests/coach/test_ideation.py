"""Suicidal thoughts, self-harm and violence in everyday words (safety_ideation.py), and the
everyday uses of the same words that are not disclosures. Our own sentences, written for these tests."""

from __future__ import annotations

import pytest

from heartspace.coach import analyze, safety


@pytest.mark.parametrize("text", [
    "I'm honestly so tired of waking up every day.",
    "Honestly so tired of waking up at all, most mornings I wish I hadn't.",
    "Some days I just don't see the point in carrying on.",
    "There's nothing left to live for now that she's gone.",
    'I stopped caring whether I live or die months ago.',
    "I've been wanting to die for years, I just never said it.",
    'I just want to sleep forever.',
    'All I want is to sleep and never wake up.',
    "I'd rather not wake up tomorrow tbh.",
    'I keep thinking about dying, like every day.',
    "Not planning on being around by the summer, so don't book me.",
    'Everyone would be happier without me.',
    'Honestly the world would be better without me existing.',
    'Everyone would be happier without me being around.',
    'The only thing keeping me alive is my little brother.',
    'The only thing stopping me is my mum.',
    "I'm drinking a lot and kind of hoping it kills me.",
    'I spent last night reading about painless ways to die.',
    'How many sleeping pills would it take, asking for me.',
    "I've been stockpiling my tablets in a shoebox.",
    'I cut again last week, deeper this time.',
    'Two years clean from self-harm and I broke it on Sunday.',
    'I carved his name into my arm with a compass.',
    "I've been stubbing cigarettes out on my thighs.",
    'I make myself sick after every meal so nobody notices.',
    "I've been purging again after dinner.",
    'Sometimes I want to crash my car on the way home.',
    'I thought about stepping in front of the train this morning.',
    'I nearly drove into the river last night on purpose.',
    # told in passing
    "honestly thinking about jumping, it's that bad tonight",
    "punched myself again after the call with dad",
    "I've got the tablets lined up and I keep staring at them.",
    "Thanks for keeping my blades at yours this month.",
    "thank you for ringing the samaritans with me last night",
    "looked up the highest bridge in the county. don't ask.",
    "if I vanished would anyone even notice",
    "I swallowed most of my pills on Friday and told nobody.",
    "Sitting on the bathroom floor with a razor, again.",
])
def test_self_harm_in_everyday_words_is_found_by_the_phrases(text):
    spans, categories = safety.detect(text)
    assert categories == ["self_harm"], (text, spans)
    assert analyze(text)["safety"] is True


@pytest.mark.parametrize("text", [
    "Жить надоело, честно. Каждый день одно и то же.",
    "Всё чаще думаю о том, чтобы всё закончить.",
    "Смотрела, с какого этажа наверняка.",
    "Иногда хочется шагнуть под поезд.",
    "Опять режу руки, никто не знает.",
    "Коплю таблетки в коробке из-под чая.",
    "Quiero dejar de existir un tiempo.",
    "Llevo días pensando en tirarme del puente.",
    "Siento que sobro en todas partes.",
    "Me corto los brazos cuando nadie mira.",
    "Me corto las venas cuando estoy sola.",
    "Voy guardando las pastillas que me recetan.",
    "Me volví a cortar el domingo y no se lo he dicho a nadie.",
    "Думала шагнуть с крыши, но позвонила сестре.",
])
def test_russian_and_spanish_ideation_is_found(text):
    assert analyze(text)["safety"] is True


@pytest.mark.parametrize("text", [
    "My flatmate slammed me into the fridge over the washing up.",
    "Last week she cracked a plate over my shoulder.",
    "She scratched my face up again, it will heal.",
    'He "accidentally" shut the car door on my hand. Third time.',
    "He is belt strict with my son, and my son is seven.",
    "Wore sunglasses to the recital, not for the sun.",
    "Things got a little rough last night, can I stay at yours?",
    "I'm in the bathroom with the lock on, he's smashing things.",
    "I felt sick when you shook the baby to make her stop crying.",
    "He cut my hair off because I went out without asking.",
    # told in passing
    "I felt furious when you smacked Mia across the face for spilling juice.",
    "my ex broke my nose last spring and now he's texting again",
    "got slapped in the hallway again tonight",
    "he cornered me in the garage and wouldn't let me past",
    "my supervisor keeps grabbing me when nobody's around",
    # every form of the verb, and holding someone against a wall
    "That night my stepdad was strangling me on the landing.",
    "she tried to smother him with a pillow while he slept",
    "Dario had me up against the wall again before the guests came.",
    "he held me against the fridge until I said sorry",
])
def test_violence_told_by_what_was_done_is_found_by_the_phrases(text):
    spans, categories = safety.detect(text)
    assert categories == ["violence"], (text, spans)


def test_a_threat_to_stab_is_a_threat():
    assert safety.detect("He threatened to stab me if I called my sister.")[1] == ["threat"]


@pytest.mark.parametrize(("text", "category"), [
    ("Thank you for talking me down from the bridge that night.", "self_harm"),
    ("Some nights I sit in the car with the engine running in the garage.", "self_harm"),
    ("Honestly I can't see a future where I'm still here.", "self_harm"),
    ("Sorry for everything. Please take care of the dog.", "self_harm"),
    ("Thanks for hiding all the razors before I got home.", "self_harm"),
    ("Last night was the first night in months without being hit.", "violence"),
    ("He came at me with a bottle when I said no.", "violence"),
    ("The mechanic found a tracker under my car. My ex.", "stalking"),
    ("She was standing outside my office at six again.", "stalking"),
    ("'You know what happens if you tell,' he whispered.", "threat"),
    ("He said it's me or your friends, pick one.", "coercion"),
    ("She makes me ask permission before I buy groceries.", "coercion"),
    ("They lock Nan in her room when they go out.", "coercion"),
])
def test_what_short_notes_tell_in_a_few_words_is_found_by_the_phrases(text, category):
    spans, categories = safety.detect(text)
    assert category in categories, (text, spans)


@pytest.mark.parametrize("text", [
    "Thanks for talking me down off the ledge about the exam.",
    "I put an AirTag in my bag so I don't lose it.",
    "Sorry for everything I said last night, look after yourself.",
    "First winter in years without getting hit by the flu!",
    "He came at me with a question about the rota.",
    "Nonna tried to smother me with kisses at the station.",
    "My manager tried to drown me in paperwork this week.",
    "I locked myself in my room to revise.",
    "Can't see a future where I'm in management, honestly.",
])
def test_the_same_few_words_in_everyday_life_are_not_phrases_of_harm(text):
    assert safety.detect(text) == ([], []), text


@pytest.mark.parametrize("text", [
    # everyday life
    "I'm so tired of waking up at 5 for this job.",
    "She walked into the room and I just froze, it was so awkward.",
    "I cut my hair really short on purpose, new look!",
    "Honestly I'm done with living in this flat.",
    "I don't see the point in going on the trip if you're not coming.",
    "I don't see the point in carrying on with this project.",
    'Everyone will be fine without me at the party.',
    'The kids will be happier without me nagging for an hour, ha.',
    "I'm thinking about dying my hair pink.",
    'I could sleep forever after that hike.',
    "I'd rather not wake up early on Saturday.",
    'The only thing stopping me from quitting is the pay.',
    'How many tablets should I take for a migraine?',
    'I cut the onions every night for the soup.',
    'The seatbelt cut into my shoulder when he braked.',
    'These new boots are cutting into my ankles.',
    "I make myself sick with worry whenever she's late.",
    'Budget cuts again this year, new cuts to the library.',
    'We walked into the bus station at midnight.',
    'I jumped off the train at the wrong stop.',
    'I want to crash on the sofa all weekend.',
    'Fresh cuts of lamb at the market today.',
    'He was purging old files from the server again.',
    "I'm so over waking up to his alarm.",
    'His words cut deeper than any knife.',
    'I just want to not exist on social media for a while, deleting the apps.',
    "I've been wanting to die my hair blue for years.",
    # accidents, pets and weather
    "The cat scratched my face when I tried to bathe her.",
    "I accidentally shut the car door on my hand, ouch.",
    "Shake the baby bottle before you warm it.",
    "Things got a bit rough financially this year.",
    "The waves slammed me into the rocks, I was fine.",
    "Sunglasses on, not for the sun, just hungover lol.",
    # sport, work and jokes
    "He keeps grabbing me a coffee on his way in, so sweet.",
    "Thinking about jumping in the lake after the run!",
    "We rang the crisis team at work about the server outage.",
    "Threatened to leave the group chat if we kept posting memes.",
    "Jiu jitsu tonight: got choked out twice and tapped, loving it.",
    "I got choked up during the wedding speech.",
    "My sister's going to strangle me when she finds out I told Mum first.",
    "I tried to choke down the dry chicken to be polite.",
    "Quería morirme de vergüenza cuando me caí en la boda.",
    # Russian and Spanish
    "Хочу всё закончить с ремонтом до Нового года.",
    "Устала жить в этой квартире с соседями.",
    "Лет в семнадцать я резала руки. Сейчас шрамы побелели, всё позади.",
    "Me corto el pelo yo misma, ¿qué tal?",
    "Me quemo con el sol enseguida.",
    "Tengo ganas de morirme de risa con esta serie.",
    "Esta empresa va a dejar de existir en enero.",
])
def test_the_same_words_in_everyday_life_bring_up_no_card(text):
    result = analyze(text)
    assert result["safety"] is False, (text, result["spans"]["safety"])
