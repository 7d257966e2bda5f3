"""The text coach, tested directly (plain Python, no database) with examples written for these tests."""

from __future__ import annotations

import pytest

from heartspace.coach import DEFAULT_LIMITS, KINDS, analyze

FIELDS = {"tone", "valence", "blame", "contempt", "defensive", "i_statement", "feelings", "faux_feelings", "single_issue",
          "next_step", "highlight", "action", "question", "one_scene", "takeaway", "safety", "word_count", "limit",
          "suggestions", "analysed", "language", "spans", "safety_categories", "faux_feeling_suggestions"}


def flagged(result, name):
    assert isinstance(result[name], bool)
    return result[name]


def codes(result):
    return [s["code"] for s in result["suggestions"]]


# --- the shape -------------------------------------------------------------------------------------------

@pytest.mark.parametrize("kind", KINDS)
def test_every_kind_returns_every_field(kind):
    result = analyze("I felt nervous when the car broke down; that taught me to keep a spare tyre.", kind)
    assert FIELDS <= set(result)
    assert result["tone"] in ("positive", "neutral", "corrective")
    assert -1 <= result["valence"] <= 1
    for name in ("blame", "contempt", "defensive", "safety"):
        assert result[name] is bool(result["spans"][name])
    assert set(result["spans"]) == {"blame", "contempt", "defensive", "safety"}
    for name in ("i_statement", "single_issue", "next_step", "highlight", "action", "question", "one_scene", "takeaway"):
        assert isinstance(result[name], bool)
    for suggestion in result["suggestions"]:
        assert set(suggestion) == {"code", "message", "span", "template", "params"}


def test_spans_point_into_the_text():
    text = "Honestly, you always forget the bins and you're so lazy about it."
    result = analyze(text)
    assert result["blame"]
    assert result["spans"]["blame"]
    for start, end, quoted in result["spans"]["blame"]:
        assert text[start:end] == quoted


def test_default_limits_and_overrides():
    assert DEFAULT_LIMITS == {"appreciation": 15, "follow_up": 59, "story": 225}
    assert analyze("Thanks for the soup", "appreciation")["limit"] == 15
    assert analyze("Thanks for the soup", "appreciation", limit=20)["limit"] == 20
    assert analyze("Thanks for the soup", "free")["limit"] is None


def test_word_count_counts_what_is_separated_by_spaces():
    assert analyze("I felt 😢 when you left — again")["word_count"] == 8


def test_over_the_limit_is_said_kindly_with_numbers():
    text = "Thank you for driving me to the station at dawn in the rain with a flask of tea ready"
    result = analyze(text, "appreciation")
    assert result["word_count"] == 19
    over = [s for s in result["suggestions"] if s["code"] == "over_limit"]
    assert over and "19" in over[0]["message"] and "15" in over[0]["message"]


@pytest.mark.parametrize("text", [
    "I appreciate you taking the kids so I could nap.",
    "I noticed you put your phone away at dinner. Thank you.",
    "You were so patient with Dad today, thank you.",
    "Thanks for the lift to the airport, it saved my morning.",
])
def test_an_appreciation_naming_one_thing_they_did_is_specific(text):
    result = analyze(text, "appreciation")
    assert result["specific"] is True
    assert "not_specific" not in [s["code"] for s in result["suggestions"]]


@pytest.mark.parametrize("text", [
    "Thanks for all you do.",
    "You're a star.",
    "Thanks for Saturday.",
    "Thanks for the dinner, the flowers, the card and the massage.",
    "Thank you for your help, your time and your patience this year.",
])
def test_general_praise_or_a_list_asks_for_one_specific_thing(text):
    result = analyze(text, "appreciation")
    assert result["specific"] is False
    assert "not_specific" in [s["code"] for s in result["suggestions"]]


def test_unknown_kind_is_refused_but_aliases_are_understood():
    with pytest.raises(ValueError):
        analyze("hello", "sonnet")
    assert analyze("I feel calm", "i_statement")["kind"] == "i_feel"
    assert analyze("Great chat, what next?", "followup")["kind"] == "follow_up"


# --- blame -----------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "You never help with the kids' homework.",
    "You're always on your phone when I'm talking.",
    "He is so selfish, he only thinks about his golf.",
    "For once, could you remember to lock the back door?",
    "you are such an inconsiderate person",
    "Fine, I'll clean up after the party like always.",
])
def test_blame_is_flagged(text):
    assert flagged(analyze(text), "blame")


@pytest.mark.parametrize("text", [
    "You never know with trains on a Sunday.",
    "You can never be too careful with ladders.",
    "You never forget my mum's birthday, it means a lot.",
    "You always make me laugh when I'm down.",
    "You didn't call back this afternoon and I was worried.",
    "I'm not calling you careless, I just want us to check the stove together.",
    "My gran used to say \"you never listen to anyone\" and we'd all laugh.",
    "You never sent me the address for Saturday.",
    "Their friends are so rude to the waiters.",
])
def test_not_blame(text):
    assert not flagged(analyze(text), "blame")


# --- contempt and defensiveness ------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Oh wonderful, you forgot the tickets again.",
    "Thanks for nothing, really.",
    "Sure you did 🙄",
    "Nice one, Einstein.",
    "Says the person who left the oven on all night.",
    "What kind of adult can't book a dentist appointment?",
])
def test_contempt_is_flagged(text):
    assert flagged(analyze(text), "contempt")


@pytest.mark.parametrize("text", [
    "Ugh, the bus is late again.",
    "I got on the wrong train like a total clown, lol.",
    "Thank you so much for the flowers, they're gorgeous!",
    "You goof, you left your scarf at ours 😄 I'll bring it Friday.",
])
def test_not_contempt(text):
    assert not flagged(analyze(text), "contempt")


@pytest.mark.parametrize("text", [
    "I only shouted because you kept pushing me.",
    "Okay, but what about when you forgot my birthday?",
    "Sorry if you took it badly, but it was a joke.",
    "Why am I always the bad guy here?",
])
def test_defensive_is_flagged(text):
    assert flagged(analyze(text), "defensive")


def test_owning_it_is_not_defensive():
    result = analyze("I was tired and raised my voice. That wasn't fair to you, and I'm sorry.")
    assert not flagged(result, "defensive")
    assert result["tone"] == "positive"


# --- feelings ----------------------------------------------------------------------------------------------

def test_i_statement_with_feeling_and_need():
    result = analyze("I feel anxious when plans change at the last minute and I need a quick text.", "i_feel")
    assert result["feelings"] == ["anxious"]
    assert result["i_statement"] is True


def test_negated_feelings_are_not_listed():
    result = analyze("I don't feel angry about it any more, and I'm not upset with you.")
    assert result["feelings"] == []
    assert result["i_statement"] is False


def test_negation_then_a_real_feeling():
    assert analyze("I'm not angry, just disappointed.")["feelings"] == ["disappointed"]


def test_several_feelings_and_typos():
    assert analyze("I was hurt, lonley and a bit frustated after the call.")["feelings"] == ["hurt", "lonley", "frustated"]


def test_feeling_caused_by_the_other_is_not_an_i_statement():
    result = analyze("You made me so furious last night.")
    assert result["feelings"] == ["furious"]
    assert result["i_statement"] is False
    assert "caused_by_other" in codes(result)


def test_i_feel_like_is_a_thought():
    result = analyze("I feel like you don't want to be here.", "i_feel")
    assert result["feelings"] == []
    assert result["i_statement"] is False
    assert "thought_not_feeling" in codes(result)


def test_faux_feeling_gets_a_feeling_and_a_need():
    result = analyze("I felt ignored at dinner with your colleagues.", "i_feel")
    assert result["faux_feelings"] == ["ignored"]
    faux = result["faux_feeling_suggestions"]
    assert [f["word"] for f in faux] == ["ignored"]
    assert faux[0]["suggested_feeling"] == "lonely" and faux[0]["suggested_need"]
    message = next(s["message"] for s in result["suggestions"] if s["code"] == "faux_feeling")
    assert "“ignored” is a judgement" in message and "lonely" in message


def test_faux_feeling_inside_feel_like():
    assert analyze("I feel like I'm invisible in this house.")["faux_feelings"] == ["invisible"]


def test_a_reported_act_is_not_a_faux_feeling():
    assert analyze("My boss keeps ignoring my emails.")["faux_feelings"] == []


def test_other_peoples_feelings_and_questions_are_not_the_speakers():
    assert analyze("She felt lonely at the wedding.")["feelings"] == []
    assert analyze("Should I be worried about the test results?")["feelings"] == []


# --- tone ---------------------------------------------------------------------------------------------------

def test_warm_thanks_is_positive():
    assert analyze("Thank you for the lovely evening, I really enjoyed it!")["tone"] == "positive"


def test_logistics_is_neutral():
    assert analyze("The plumber comes at nine on Tuesday.")["tone"] == "neutral"


def test_complaint_is_corrective():
    assert analyze("Why did you leave the gate open? The dog got out.")["tone"] == "corrective"


def test_emoji_carry_feeling():
    assert analyze("😍😍 best day")["tone"] == "positive"
    assert analyze("today 😭😭")["valence"] < 0


# --- template parts ---------------------------------------------------------------------------------------------

def test_follow_up_parts():
    full = analyze("Loved hearing about your new allotment. I've emailed you the seed list. "
                   "What should we plant together next time?", "follow_up")
    assert full["highlight"] and full["action"] and full["question"]
    bare = analyze("Nice catching up! Take care.", "follow_up")
    assert not bare["highlight"] and not bare["action"] and not bare["question"]
    assert {"no_highlight", "no_action", "no_question"} <= set(codes(bare))


def test_story_parts():
    good = analyze("I felt terrified when I gave my first toast at my brother's wedding; "
                   "that taught me that people are rooting for you.", "story")
    assert good["one_scene"] and good["takeaway"]
    vague = analyze("I felt lost for most of my twenties and that taught me some things.", "story")
    assert not vague["one_scene"] and not vague["takeaway"]


def test_tension_with_next_step():
    result = analyze("I felt hurt when you made plans for my birthday without asking. "
                     "Can we talk about what happened and agree one next step?", "tension")
    assert result["next_step"] and result["single_issue"] and not flagged(result, "blame")
    assert "no_next_step" not in codes(result)


def test_kitchen_sinking_is_more_than_one_issue():
    result = analyze("You left the car on empty, and another thing, you never call your sister back.", "tension")
    assert result["single_issue"] is False


def test_vague_wishes_are_not_next_steps():
    assert analyze("I just need you to try harder.")["next_step"] is False
    assert analyze("Coffee on Thursday at 10?")["next_step"] is True


@pytest.mark.parametrize("text", ["Walk 7pm?", "Walk 7 pm?", "Walk at 7pm?", "Call me 10:30am?"])
def test_a_time_written_onto_its_number_is_a_next_step(text):
    # "7pm" is one word: the time must be found without "at" and without a space before "pm".
    assert analyze(text, "tension")["next_step"] is True


# --- safety --------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "He grabbed me by the wrist and I have bruises on my arm.",
    "She said she'd take the kids away if I ever leave.",
    "He won't let me see my friends and takes my bank card.",
    "Sometimes I think everyone would be better off without me.",
    "I keep thinking about ending my life.",
    "He follows me home from work even though I blocked him.",
])
def test_safety_is_flagged_and_suggests_help(text):
    result = analyze(text)
    assert result["safety"] is True
    assert result["tone"] == "corrective"
    assert codes(result)[0] == "safety"


@pytest.mark.parametrize("text", [
    "This humidity is murder on my hair.",
    "I could kill for a cup of tea right now.",
    "We nearly died laughing at the quiz.",
    "I'm dying to hear how the interview went!",
    "He texts to make sure I got home safe and I love that.",
])
def test_idioms_are_not_safety(text):
    assert analyze(text)["safety"] is False


# --- text that is not English, or not text ------------------------------------------------------------------

@pytest.mark.parametrize("text,language", [
    ("הרגשתי לבד כשלא התקשרת", "he"),
    ("شعرت بالوحدة عندما لم تتصل", "ar"),
    ("Ich war so traurig, als du nicht angerufen hast.", "de"),
    ("你昨天没有给我打电话，我很难过。", "zh"),
])
def test_non_english_is_not_analysed(text, language):
    result = analyze(text, "i_feel")
    assert result["analysed"] is False and result["language"] == language
    assert codes(result) == ["not_analysed"]
    assert result["feelings"] == [] and not result["blame"] and result["tone"] == "neutral"


def test_english_with_a_foreign_word_is_still_analysed():
    result = analyze("I felt so happy at the fiesta with your cousins, gracias for inviting me.")
    assert result["analysed"] is True and "happy" in result["feelings"]


@pytest.mark.parametrize("text", ["", "   \n\t", "!!!", "🙂", "a\u200bb", "<script>alert(1)</script>"])
def test_empty_and_odd_texts_never_fail(text):
    result = analyze(text, "follow_up")
    assert FIELDS <= set(result)


def test_huge_text_is_answered():
    text = "I feel calm when we walk by the river and you never rush me. " * 1700  # about 100 kB
    assert len(text) > 100_000
    result = analyze(text, "free")
    assert result["word_count"] == 14 * 1700
    assert result["feelings"] == ["calm"]


def test_none_is_treated_as_empty():
    assert analyze(None)["word_count"] == 0


def test_a_list_of_grievances_is_more_than_one_issue_but_a_list_of_thanks_is_fine():
    assert analyze("I'm fed up with the unpaid bills, the muddy boots in the hall, and the late nights.")["single_issue"] is False
    assert analyze("Thanks for the dinner, the flowers, and the card!")["single_issue"] is True


def test_logistics_request_is_a_next_step():
    assert analyze("Grab some batteries on the way home. Pick up the kids at four.")["next_step"] is True


@pytest.mark.parametrize("text", ["He's a genius with engines.", "She is a baby, she sleeps all afternoon.",
                                  "You're a genius, the shelf looks perfect!"])
def test_praise_and_plain_facts_are_not_name_calling(text):
    result = analyze(text)
    assert not result["blame"] and not result["contempt"]


@pytest.mark.parametrize("text", [
    "I felt a little hurt when the plans changed without a word. Can we talk about it and agree one next step? Love you.",
    "I felt worried when the bills piled up. Can we talk about money on Sunday and agree one next step?",
])
def test_a_tension_script_reads_as_corrective_however_kindly_worded(text):
    assert analyze(text, "tension")["tone"] == "corrective"


@pytest.mark.parametrize("text, tone", [
    ("I feel lonely when dinner is spent on phones and I need an hour without them.", "corrective"),
    ("I feel ignored when my messages sit unread and I need a quick reply.", "corrective"),
    ("I feel calm and happy when we walk on Sundays and I need more of that.", "positive"),
    ("Me siento feliz cuando paseamos los domingos y necesito más de eso.", "positive"),
    ("Мне одиноко, когда ты весь вечер в телефоне, и мне нужно, чтобы мы ужинали без телефонов.", "corrective"),
])
def test_an_i_feel_statement_leans_the_way_its_feeling_does(text, tone):
    assert analyze(text, "i_feel")["tone"] == tone


@pytest.mark.parametrize("text, action", [
    ("Great chat! Let's do it again.", False),
    ("We'll catch up soon!", False),
    ("Lovely evening. Let's do it again on Friday at Luigi's.", True),
    ("I'll book the climbing wall for Saturday.", True),
])
def test_a_follow_up_action_is_a_concrete_step_not_a_wish(text, action):
    assert analyze(text, "follow_up")["action"] is action


@pytest.mark.parametrize("text", [
    "What you said about feeling invisible at work really landed.",
    "Hearing you talk about the allotment made my week.",
    "I'm glad we finally talked about the holidays.",
    "You mentioned the new job three times, so it clearly matters.",
])
def test_a_follow_up_that_singles_out_one_topic_has_a_highlight(text):
    assert analyze(text, "follow_up")["highlight"] is True


def test_a_follow_up_with_only_general_thanks_has_no_highlight():
    assert analyze("That was lovely, thanks.", "follow_up")["highlight"] is False


@pytest.mark.parametrize("text, feelings", [
    ("Honestly I'm gutted about the match but mostly relieved it's over.", ["gutted", "relieved"]),
    ("I was so nervous before the call, and then weirdly calm.", ["nervous", "calm"]),
    ("I'm sad about the match but she's relieved.", ["sad"]),
    ("I was upset at first, but not angry.", ["upset"]),
])
def test_a_second_feeling_later_in_the_sentence_is_the_speakers_too(text, feelings):
    assert analyze(text)["feelings"] == feelings


@pytest.mark.parametrize("text, feelings", [
    ("I was tired after work, and my boss made me furious.", ["tired", "furious"]),
    ("I was sad at lunch, and later the film made me so happy.", ["sad", "happy"]),
])
def test_reading_ahead_for_a_second_feeling_skips_nothing_after_it(text, feelings):
    assert analyze(text)["feelings"] == feelings


def test_made_me_feel_names_the_feeling_but_not_as_owned():
    result = analyze("You made me feel so small in front of everyone.")
    assert result["feelings"] == ["small"] and result["i_statement"] is False


@pytest.mark.parametrize("text, tone", [
    ("I felt calm when Grandad taught me to fish; that taught me patience.", "positive"),
    ("I felt ashamed when I lied to my sister about the money; that taught me to own it sooner.", "neutral"),
    ("Me sentí feliz cuando terminé mi primera carrera; eso me enseñó que los pasos pequeños suman.", "positive"),
])
def test_a_story_is_warm_or_reflective_by_the_feeling_it_names(text, tone):
    assert analyze(text, "story")["tone"] == tone
