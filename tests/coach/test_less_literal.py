"""Disclosures and conflict told less literally: about someone else, with words in between, by
their signs. Our own sentences, written in other words than the rules (which name families of
phrasing, not these sentences)."""

from __future__ import annotations

import pytest

from heartspace.coach import analyze

DISCLOSED = [
    # about someone else
    "My cousin's husband hits her when the football goes badly, she told me at the wedding.",
    "Her boyfriend took her passport and her bank cards 'for safe keeping' and now she can't leave.",
    "My neighbour's ex keeps turning up outside her flat at night even though she blocked him everywhere.",
    "My friend says her partner won't let her visit her sister without him.",
    "Grandad told me the carer drags him out of bed and his arms are all bruised.",
    "My nephew said his stepmum locks his little sister in the cellar when she cries.",
    # in other words, or by the signs
    "He got a bit physical on Saturday but I covered it with make-up and nobody asked.",
    "She said she 'walked into a door' again. Third time this month.",
    "When he's angry he throws plates and I hide in the car until he's calmed down.",
    "Every week my wages go straight into his account and I have to ask for bus money.",
    "If I ever tell anyone, he says he'll post the videos of me online.",
    "He told me I can't go to choir any more after he read my messages.",
    "Someone leaves notes on my door saying what I wore that day and I never gave him my address.",
    "Since the wedding he decides which of my friends I may still see, and he reads everything I send.",
    "She goes through my receipts every night and I have to explain every coffee.",
    "I've started hiding money in a tampon box because he counts what's in my purse.",
    "He was waiting by my car at work again, I never told him where I park.",
    # self-harm, said indirectly
    "Honestly everyone would be happier if I just wasn't here any more.",
    "Sometimes on the bridge I think about jumping. I'm not going to, I think.",
    "I counted how many of my tablets it would take. Just curious, I guess.",
    "It would be simpler if I just didn't wake up tomorrow.",
    "I gave my cat to my sister so it's all sorted before I'm gone.",
    "Nobody would really miss me anyway.",
    # threats as leverage
    "She says she'll take the children abroad and I'll never see them again if I go to court.",
    "You said you'd kill yourself if I moved out, and I'm scared to go.",
    # Russian and Spanish
    "Муж сказал, что если я уйду, детей я больше не увижу.",
    "Бывший ждал меня у подъезда и пишет с новых номеров.",
    "Mi cuñado se queda con todo el sueldo de mi hermana y le da veinte euros a la semana.",
    "A veces pienso que sería mejor no despertarme.",
]

NOT_DISCLOSED = [
    "In the film the husband threatens to take the kids to Canada, and the ending made me cry.",
    "We got absolutely battered 5-0 on Saturday, the ref was a joke.",
    "My mum tracks my parcel on the app and texts me when it arrives.",
    "My sister is threatening to bring her accordion to the wedding.",
    "The saints are going to beat them 30-3 on Sunday.",
    "I'm going to take my tablets with breakfast from now on.",
    "Thanks for covering my shift after the funeral.",
]


@pytest.mark.parametrize("text", DISCLOSED)
def test_a_disclosure_in_other_words_brings_up_help(text):
    assert analyze(text)["safety"] is True, text


@pytest.mark.parametrize("text", NOT_DISCLOSED)
def test_near_misses_do_not(text):
    assert analyze(text)["safety"] is False, text


@pytest.mark.parametrize("text", [
    "I know what you mean.",
    "You mean the world to me.",
    "Do you mean next Friday?",
    "Are you cold? I can shut the window.",
    "You were a bit short with the waiter tonight and it stayed with me.",
])
def test_everyday_words_that_look_like_labels_are_not_blame(text):
    assert analyze(text)["blame"] is False, text


@pytest.mark.parametrize("text", [
    "Honestly you're being so lazy about the move.",
    "My brother is so selfish, he never asks how I am.",
    "He's such a control freak about the thermostat.",
    "You cancelled on me for the hundredth time.",
    "I feel like my needs just don't matter to you.",
    "You never help when I ask and I need you to actually show up.",
])
def test_blame_with_words_in_between_or_named_in_a_journal(text):
    assert analyze(text)["blame"] is True, text


@pytest.mark.parametrize("text", [
    "I felt so 'listened to' when you scrolled your phone the whole time.",
    "I felt appreciated, obviously, when you forgot our anniversary.",
    "Thanks Sam for wrecking the barbecue.",
    "Oh, you emptied the bin. Do you want a medal?",
    "It's a kettle, not rocket science.",
    "Good morning, your highness.",
    "Wow, how big of you to text back after two days.",
    "What are you, five? Put the phone down.",
])
def test_sarcasm_and_mockery_are_contempt(text):
    result = analyze(text)
    assert result["contempt"] is True, text


def test_a_feeling_word_said_in_sarcasm_is_not_an_i_statement():
    result = analyze("I felt so valued, obviously, when you left me to do the dishes.")
    assert result["contempt"] is True and result["i_statement"] is False and "valued" not in result["feelings"]
    sincere = analyze("I felt valued when you asked about my exam.")
    assert sincere["contempt"] is False


@pytest.mark.parametrize("text", [
    "That was on me, I'm sorry I snapped.",
    "It's my fault, I should have checked the time.",
])
def test_owning_it_is_not_defensive(text):
    assert analyze(text)["defensive"] is False, text


@pytest.mark.parametrize("text", [
    "You were the one who lost the tickets, not me.",
    "Me? Late? You turned up at nine.",
    "I only opened your laptop because you left it on my side of the desk.",
    "So now it's my fault the dog got out?",
    "Here we go again, nothing is ever good enough for you.",
    "I'm not the one who booked the wrong day.",
])
def test_counter_attacks_are_defensive(text):
    assert analyze(text)["defensive"] is True, text


@pytest.mark.parametrize("text", ["Yay, finally done! \\o/", "Spammer. Die.", "Hell yeah o/"])
def test_one_stray_foreign_function_word_does_not_make_english_foreign(text):
    assert analyze(text)["analysed"] is True and analyze(text)["language"] == "en", text


@pytest.mark.parametrize("text", ["Gracias", "Merci beaucoup", "Te quiero mucho"])
def test_short_foreign_phrases_still_are(text):
    assert analyze(text)["language"] != "en", text


@pytest.mark.parametrize("text", [
    "It's always about you, isn't it.",
    "There's always some excuse with you.",
    "Everything is a joke to you.",
    "Nothing is ever good enough for you.",
    "You're the one who always leaves the gate open.",
    "You're a terrible listener.",
    "Honestly, you're just not a thoughtful person.",
    "Can you stop being so dramatic about a late train?",
    "You always get to be the fun one and I'm the one who says no.",
    "Same old story every time.",
])
def test_globalising_without_you_right_before_the_absolute_is_blame(text):
    assert analyze(text)["blame"], text


@pytest.mark.parametrize("text", [
    "Stop being so hard on yourself, you did great.",
    "You always make me laugh and I love that.",
    "It's all about you today, birthday girl, have the best day!",
    "You're a wonderful listener.",
    "We go to the same cafe every Sunday.",
    "You're not a bad person, you just forgot.",
])
def test_warm_or_ordinary_lookalikes_are_not_blame(text):
    assert not analyze(text)["blame"], text


@pytest.mark.parametrize("text", ["nice one einstein", "ok clown, noted", "Well done Sherlock, the door was open."])
def test_a_jab_name_after_mock_approval_is_contempt_even_without_a_comma(text):
    assert analyze(text)["contempt"], text


@pytest.mark.parametrize("text", ["Ok Sam, see you at 6", "Thanks Maria, that was lovely", "nice one, well played!"])
def test_a_real_name_after_thanks_is_not_contempt(text):
    assert not analyze(text)["contempt"], text


@pytest.mark.parametrize("text", [
    "Honestly, you're always there for me.",
    "Grandma, you always have my back and I notice it.",
    "You're always in my thoughts this week, love.",
    "you always make time for me even on your busiest days",
    "Dad, you always remember the little things.",
    "you're always there when I need you, Noor 💛",
    "Tomás, you're always on my radar, even from Lisbon.",
    "You always show up for the kids when it counts.",
    "Ты всегда меня выручаешь, спасибо тебе.",
    "Siempre estás ahí para mí cuando lo necesito.",
])
def test_warm_absolutes_in_plain_words_are_not_blame(text):
    result = analyze(text)
    assert not result["blame"], text
    assert result["tone"] != "corrective", text


@pytest.mark.parametrize("text", [
    "You're always there for everyone except me.",
    "you always have my back... until your mates call",
    "You're always there when you need something.",
    "You're always there when I need you, except the one night it mattered.",
    "Ты всегда рядом, только когда тебе что-то нужно.",
    "Siempre estás ahí para todos menos para mí.",
    "You always find a way to make me feel small.",
])
def test_warm_words_with_a_catch_are_still_blame(text):
    assert analyze(text)["blame"], text


@pytest.mark.parametrize("text", [
    "You never tell me anything about your plans.",
    "You never let me finish a single thought at dinner.",
    "You never pay your half of the gas bill unless I nag.",
    "Honestly you make everything about yourself.",
    "He complains about everything, the neighbours, the food, the weather.",
    "You're so negative about everything I suggest.",
    "I can't count on you for anything these days.",
    "You ruin every birthday with a sulk.",
    "I feel like you only ring me when you need a lift.",
    "Do you ever actually listen when I talk?",
    "I'm not the unreasonable one here, you are.",
    "Stop behaving like a toddler.",
    "Nothing is ever his fault, apparently.",
    "You do whatever you like and the rest of us tidy up.",
    "My brother treats everyone like servants.",
    "Mum is so stubborn about the doctor.",
    "I'll walk the dog then. Like I do every night.",
    "You're the one who's constantly late for pickup.",
    "You cut me off constantly when I'm talking.",
    "Yet another weekend where you vanish to the golf course.",
    "I feel like I'm the only one in this house who actually cleans.",
])
def test_habitual_criticism_in_everyday_words_is_blame(text):
    assert analyze(text)["blame"], text


@pytest.mark.parametrize("text", [
    "You never let me walk to the station alone after dark.",
    "you never let me pay when we go out, you softie",
    "I think about you all the time.",
    "I miss you every single day you're away.",
    "You can tell me about everything, I mean it.",
    "Thank you for everything you did for Gran.",
    "We talked about everything on the drive home.",
    "you make everything better",
    "You never let me know you were in town, next time call!",
])
def test_care_and_fondness_with_absolutes_are_not_blame(text):
    assert not analyze(text)["blame"], text


@pytest.mark.parametrize("text", [
    "You emptied the dishwasher. Should we alert the media?",
    "Oh, you replied within a day. Want a medal?",
    "Look who finally remembered we had plans.",
    "Must be lovely, not having to think about money.",
    "You got up before noon. What a rare sight.",
    "Thanks for the tip, Captain Obvious.",
    "Great parenting advice from the guy who forgot the school run twice.",
    "Oh, so you DO know where the hoover lives.",
    "Sorry for caring whether you got home safe.",
    "Congrats on figuring out the washing machine at thirty.",
])
def test_mock_celebration_and_mock_titles_are_contempt(text):
    assert analyze(text)["contempt"], text


@pytest.mark.parametrize("text", [
    "Should I call the plumber or will you?",
    "She got a standing ovation at the recital!",
    "Congrats on the new job!!",
    "Sorry for the late reply, long day.",
    "Must be lovely having your sister close by, I'm a bit jealous.",
    "Look who's here! Come and give me a hug.",
    "That must be so hard for you, I'm here whenever you want to talk.",
    "It must be tough being so far from your family this Christmas.",
])
def test_everyday_lookalikes_of_mockery_are_not_contempt(text):
    assert not analyze(text)["contempt"], text


@pytest.mark.parametrize("text", [
    "And who forgot to book the taxi last time?",
    "Why am I getting the blame? I wasn't even home.",
    "Sorry if I upset you, but you were shouting too.",
    "Fine, I forgot the card, but you never reminded me either.",
    "I only did what your mum asked. Take it up with her.",
    "If the pasta's cold, that's the microwave, not me.",
    "Don't look at me, I haven't touched your charger.",
    "Please don't pin the mix-up on me.",
])
def test_turning_it_round_is_defensive(text):
    assert analyze(text)["defensive"], text


@pytest.mark.parametrize("text", [
    "Who left the milk out? It's gone warm.",
    "Don't look at me like that, you'll make me laugh.",
    "Dinner's on me tonight!",
])
def test_ordinary_questions_and_jokes_are_not_defensive(text):
    assert not analyze(text)["defensive"], text


@pytest.mark.parametrize("text", [
    "Honestly they'd all cope without me.",
    "Some nights I think the kids would be better off with the insurance money.",
    "I keep looking at the box and thinking I could just take the whole packet.",
    "I drove out to the bridge after work and sat near the edge for an hour.",
    "She had finger marks on her neck and said it was nothing.",
    "He grabbed my wrist so hard I couldn't move it.",
    "My ex has been going through my bins again.",
    "I've started giving all my stuff away, it feels tidier.",
    "Он выкрутил мне руку, когда я хотела уйти.",
])
def test_quiet_signs_of_harm_bring_up_help(text):
    assert analyze(text)["safety"] is True, text


@pytest.mark.parametrize("text", [
    "The office would manage without me for a week, so I booked Lisbon.",
    "We stood near the edge of the cliff for a photo, what a view.",
    "I sat on the edge of the bed and had a good cry, then felt better.",
    "He held my face and kissed me at the station.",
    "I'll take them all to the park on Saturday morning.",
    "My flatmate opened one of my letters by mistake and apologised.",
])
def test_everyday_lookalikes_of_those_signs_do_not(text):
    assert analyze(text)["safety"] is False, text


@pytest.mark.parametrize("text, kind", [
    ("I felt annoyed when the lead got left at the park. Can we talk and agree one next step? Or is that too much to ask?", "tension"),
    ("I felt judged when you sighed at my coat. Can we talk? Or do I need an appointment first?", "tension"),
    ("I feel hopeful when you say you'll call. Oh wait, you never do.", "i_feel"),
    ("Thanks for replying to my email from March. Only took four reminders.", "appreciation"),
    ("Thanks for helping with the shopping for once.", "appreciation"),
    ("Highlight: the budget. Action: I'll make the spreadsheet. Question: should I draw you a diagram too?", "follow_up"),
    ("I felt fed up when my coworker skipped the handover; that taught me he's a little dictator.", "story"),
    ("I feel tired when you talk over me, which, surprise surprise, is every meeting.", "i_feel"),
])
def test_sarcasm_tucked_into_the_apps_forms_is_contempt(text, kind):
    assert analyze(text, kind)["contempt"], text


@pytest.mark.parametrize("text", [
    "I slept like a baby after the walk.",
    "Oh wait, you never saw the film? We have to watch it!",
    "Thanks, professor! That talk on tides was brilliant.",
    "Bring a bottle if you can manage it.",
    "Is that too much to ask, love? I just miss you.",
])
def test_lookalikes_of_tucked_in_sarcasm_are_not_contempt(text):
    assert not analyze(text)["contempt"], text


@pytest.mark.parametrize("text, kind", [
    ("Thank you, Auntie, for letting us sleep over when Dad gets the belt out.", "appreciation"),
    ("Thanks for taking the pills off me last night. I'm still here.", "appreciation"),
    ("Thanks for swapping cars with me so my ex can't find me.", "appreciation"),
    ("I felt horrified when you hit Milo with the wooden spoon. Can we talk and agree one next step?", "tension"),
    ("I felt unsafe when you followed me from work and waited by the gym. Can we talk and agree one next step?", "tension"),
    ("I feel scared when he checks every account I have and I need a bank of my own.", "i_feel"),
    ("I feel numb, and I need you to have the cat after I'm gone.", "i_feel"),
    ("Got permission to see Jo for an hour. Phone on speaker so he could listen.", "free"),
    ("His words: 'leave and I'll burn your whole life down.'", "free"),
])
def test_disclosures_inside_the_apps_forms_bring_up_help(text, kind):
    assert analyze(text, kind)["safety"] is True, text


@pytest.mark.parametrize("text", [
    "The thriller we watched where the ex stalks her was too tense, comedy next time please.",
    "My novel's villain keeps her passport locked away. Too much?",
    "That true-crime podcast about the stalker gave me chills.",
    "The new puppy keeps following me from room to room.",
    "My girlfriend made me quit smoking and I'm grateful.",
])
def test_stories_pets_and_kind_nagging_do_not(text):
    assert analyze(text)["safety"] is False, text


@pytest.mark.parametrize("text", [
    "It'd be lovely if just for once the bins went out without a reminder.",
    "It's never enough for you, is it?",
    "You don't remember a single thing I tell you.",
    "You can't let anything go, can you?",
    "I feel like I'm talking to a wall whenever I bring it up.",
    "Please stop treating me like your personal assistant.",
    "You have zero respect for anyone's privacy.",
    "She's the flakiest friend I have ever had.",
    "I felt hurt when you forgot. Can we talk? You only ever turn up when there's food.",
    "You left the lights on again, for about the hundredth time.",
])
def test_more_everyday_globalising_is_blame(text):
    assert analyze(text)["blame"], text


@pytest.mark.parametrize("text", [
    "Thanks for once again hosting us, the lasagne was perfect.",
    "Oh sorry, I forgot you're the expert on everything now.",
])
def test_not_globalising_blame(text):
    assert not analyze(text)["blame"], text


@pytest.mark.parametrize("text", [
    "Sorry you took it so personally, but someone had to say it.",
    "Sorry I shouted, but honestly you pushed me to it.",
    "Maybe don't lecture me about money when you bought a new bike.",
    "Before you start on me about the overdraft, remember who booked the holiday.",
    "If you'd listened the first time I wouldn't have had to repeat it.",
    "I wasn't being rude, I was being honest.",
    "So I'm the bad guy for wanting a clean kitchen?",
    "You're not exactly easy to live with either, you know.",
])
def test_more_counter_moves_are_defensive(text):
    assert analyze(text)["defensive"], text


def test_an_apology_with_you_know_is_not_a_counter_move():
    assert not analyze("I'm sorry I was late, but you know what the trains are like, I'll leave earlier.")["defensive"]


@pytest.mark.parametrize("text", [
    "He made a scene when I tried to leave and then he grabbed me by the throat.",
    "She caused a scene where she threw a glass at me.",
])
def test_making_a_scene_is_not_talk_about_a_film(text):
    assert analyze(text)["safety"] is True, text


def test_a_disclosure_before_a_mention_of_a_book_still_brings_up_help():
    assert analyze("I keep thinking everyone would be better off without me, like in that novel.")["safety"] is True
    assert analyze("In that novel the husband threatens to take the kids.")["safety"] is False


@pytest.mark.parametrize("text", [
    "Great, so you \"accidentally\" booked golf on my birthday. Again.",
    "Nice of you to \"pop in\" for ten minutes at your own son's party.",
    "you 'tidied' the kitchen by moving everything onto my desk",
    "Tell me more about your 'urgent' work call that had a crowd cheering in it.",
])
def test_their_own_word_in_scare_quotes_is_contempt(text):
    result = analyze(text)
    assert result["contempt"], text
    for start, end, quoted in result["spans"]["contempt"]:
        assert text[start:end] == quoted


@pytest.mark.parametrize("text", [
    "You said \"fine\" and walked out, and I didn't know what that meant.",
    "My brother calls you \"the calm one\", and he means it kindly.",
    "Her boss gives her 'bonus points' for staying late, she laughs about it.",
    "Can you print the form labelled \"urgent\" for me?",
    "I loved it when you called the dog \"sir\" all weekend 😂",
])
def test_quoted_speech_and_labels_are_not_scare_quotes(text):
    assert not analyze(text)["contempt"], text


@pytest.mark.parametrize(("text", "category"), [
    ("Scratched my arms till they bled again after the exam results. It's the only thing that helps.", "self_harm"),
    ("I've been hoping I just won't wake up some mornings.", "self_harm"),
    ("On the motorway I keep thinking about steering into the barrier.", "self_harm"),
    ("I looked up how many of my sleeping tablets would be enough. Just looking.", "self_harm"),
    ("Hit my own thighs with the hairbrush on purpose until I calmed down.", "self_harm"),
    ("My uncle spat in Mum's face at the christening and nobody said a word.", "violence"),
    ("He dragged her up the stairs by her hair, I heard it through the wall.", "violence"),
    ("Picked up the kitchen knife and kept it in his hand for the whole argument.", "violence"),
    ("If you block me again you won't like what happens next.", "threat"),
    ("She said she'd drown the cat if I moved out.", "threat"),
    ("At 42 I need her permission to buy a coffee with my own card.", "coercion"),
])
def test_harm_told_plainly_brings_up_help(text, category):
    result = analyze(text)
    assert result["safety"], text
    assert category in result["safety_categories"], result["safety_categories"]


@pytest.mark.parametrize("text", [
    "I cut my fringe short on purpose, don't laugh.",
    "Burned my hand on the grill, definitely not on purpose 🙃",
    "Thinking about driving over to the coast on Saturday, want to come?",
    "How much paracetamol is safe for a six-year-old? The box is confusing.",
    "The kids vanish for hours at the park and come back filthy.",
    "He held the bread knife while we argued about whether sourdough is worth it 😂",
    "Need his permission to use the photos in my portfolio, he took them.",
    "My brother's going to burn a CD of old songs for the party.",
    "Thinking about walking into the office tomorrow and asking for a raise.",
    "I'll burn your toast if you keep distracting me while I cook 😂",
])
def test_plain_lookalikes_do_not(text):
    assert not analyze(text)["safety"], text


@pytest.mark.parametrize("text", [
    "My mum never listens to a single thing I tell her about work.",
    "My older brother is always the one who leaves before the washing up.",
    "Auntie Sue always has an opinion about my weight.",
])
def test_a_journal_line_about_someone_with_an_absolute_is_blame(text):
    assert analyze(text)["blame"], text


@pytest.mark.parametrize("text", [
    "My dad always says \"measure twice, cut once\" and he's right.",
    "My gran always knows what to say when I'm low.",
    "Your mate Ollie is always late, but he's lovely.",
    "My sister never sent the photos from Sunday, I'll ask her.",
])
def test_sayings_warmth_third_parties_and_one_event_are_not(text):
    assert not analyze(text)["blame"], text


@pytest.mark.parametrize("text", [
    "Good news I suppose, he didn't punch me this time when the bill came.",
    "I feel scared when you slap me in front of the kids, and I need it to stop.",
    "My ex broke my jaw two years ago and he's just moved back to town.",
    "The childminder smacks my 3-year-old when she won't nap.",
    "He made me sleep in the garage because I was late home.",
    "He keeps saying I owe him sex after he pays for dinner.",
    "For a year he only allowed me to see my sister on his birthday.",
])
def test_more_plain_harm_brings_up_help(text):
    assert analyze(text)["safety"], text


@pytest.mark.parametrize("text", [
    "I broke my nose skiing in February, it's healed now.",
    "We didn't hit any traffic this time, home by six!",
    "The kids made me sleep on the sofa bed so they could have a sleepover in my room 😂",
    "My boss allowed me to leave early to see my sister's play.",
])
def test_more_plain_lookalikes_do_not(text):
    assert not analyze(text)["safety"], text


@pytest.mark.parametrize("text", [
    "Reminder number four, but who's counting, the bins go out tonight.",
    "You'd be late for your own wedding, honestly.",
    "He couldn't fight his way out of a paper bag, never mind fix the boiler.",
    "You put one plate in the dishwasher. Shall we throw you a parade?",
    "Cool cool cool, so I'm driving everyone again.",
    "Sure, I'll stay late, it's not like I have a life.",
    "Could you at least pretend to care when I talk about my day?",
    "Oh I forgot, you're far too important to answer texts from your sister.",
])
def test_put_downs_and_mock_courtesy_are_contempt(text):
    assert analyze(text)["contempt"], text


@pytest.mark.parametrize("text", [
    "Cool, see you at seven!",
    "She threw a parade float together for the school fete in one night, amazing.",
    "You're too important to me to let this fight go on.",
    "Just following up on the quote you sent, could we start in May?",
])
def test_their_lookalikes_are_not(text):
    assert not analyze(text)["contempt"], text
