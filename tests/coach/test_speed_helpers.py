"""The speed helpers give exactly what the plain computations they replace give."""

from __future__ import annotations

import re

import pytest

from heartspace.coach import conflict, conflict_model, safety, safety_model, structure
from heartspace.coach.rx import CHUNK, GatedPattern, gated_on, lower_same_length
from heartspace.coach.word_model import SENTENCES as SENTENCE_PATTERN

SENTENCES = [
    "he hit me again last night.",
    "i'm scared to go home!",
    "we had pasta and watched a film?",
    "she takes my bank card and my phone",
    "nobody would notice if i disappeared.",
    "thanks for dinner, it was lovely.",
]


def _plain_best(low: str):
    """What detect() did before: the first sentence with the highest log-odds, each read on its own."""
    weights = safety_model.model()
    return max(SENTENCE_PATTERN.finditer(low), key=lambda m: weights.logit(m.group()), default=None)


@pytest.mark.parametrize("low", [
    "", "   ", "...", "!?!", "he hit me.", " ".join(SENTENCES), "\n".join(SENTENCES), "\n\n".join(SENTENCES),
    "he hit me. he hit me. he hit me.",  # a tie: the first one wins
    "123. 456! он меня бьёт. me pega.\n \nhe hit me",  # sentences without words compete too
    "he hit me" + "." * 40 + "   and i'm scared" * 50, "don't. won’t! can't?",
])
def test_the_best_sentence_is_the_one_read_sentence_by_sentence(low):
    weights = safety_model.model()
    if weights is None:
        pytest.skip("no safety weights installed")
    expected, found = _plain_best(low), weights.best_sentence(low)
    assert (expected is None and found is None) or expected.span() == found.span()


@pytest.mark.parametrize("low", [
    "", "...", "oh wow. thanks so much for nothing!", "\n".join(SENTENCES), "ну да. конечно! спасибо, очень помог.",
    "you always do this. you always do this.",  # a tie: the first one wins
])
def test_the_conflict_models_best_sentences_are_those_read_one_by_one(low):
    together = conflict_model.models()
    if together is None:
        pytest.skip("no conflict weights installed")
    found = together.best_sentences(low, [0, 1, 2])
    for index in range(3):
        expected = max(SENTENCE_PATTERN.finditer(low), key=lambda m, index=index: together.logits(m.group())[index],
                       default=None)
        assert (expected is None and index not in found) or expected.span() == found[index].span()


def test_the_model_reads_the_gates_pieces_like_its_own_split():
    weights = safety_model.model()
    if weights is None:
        pytest.skip("no safety weights installed")
    low = "he  hit me\tagain.\nwe're fine, honestly 🙂"
    assert weights.logit(low, low.split()) == weights.logit(low)


def _branches_one_by_one(pattern: GatedPattern, opened: int) -> list[str]:
    """The branches to run, decided branch by branch for the whole pattern (no remembered choice)."""
    present = opened & pattern.deciding_bits
    chosen = []
    for gate, needs, mark, branch in pattern.branch_bits:
        if gate & present and (not needs or needs & present) and (not mark or mark & present):
            narrowed = branch.narrowed(present)
            if narrowed is not None:
                chosen.append(narrowed._source)
    return chosen + [branch._source for branch in pattern.always]


def _big_patterns():
    for module in (conflict, safety, structure):
        for name, value in vars(module).items():
            if isinstance(value, GatedPattern) and len(value.branches) > CHUNK:
                yield f"{module.__name__}.{name}", value
    for name, value in safety.MERGED.items():
        yield f"safety.merged.{name}", value


TEXTS = [
    "Oh sure, it's all on me. Typical. You never listen and you're SO selfish 🙄",
    "He threatened to take the kids away and checks my phone every night; I'm scared.",
    "You're such a liar. What about when you forgot my birthday? It's not my fault!",
    "Could you pick up batteries on the way home? Let's try the climbing gym on Saturday.",
    "I want to die. Nobody would miss me if I was gone.",
    "Yeah right, as if. Thanks for nothing, genius.",
]


@pytest.mark.parametrize("name,pattern", list(_big_patterns()), ids=lambda v: v if isinstance(v, str) else "")
def test_choosing_branches_chunk_by_chunk_chooses_the_same_branches(name, pattern):
    assert len(pattern._chunks) > 1, name
    for _round in range(2):  # the second round reads the remembered choices
        for text in TEXTS:
            low = lower_same_length(text)
            with gated_on(low) as gate:
                assert [branch._source for branch in pattern._active(low)] == _branches_one_by_one(pattern, gate.opened)
                plain = [(m.start(), m.end()) for m in re.compile(pattern.pattern).finditer(low)]
                assert set(plain) <= {(m.start(), m.end()) for m in pattern.finditer(low)}, name


@pytest.mark.parametrize("text", [
    "I feel hurt, sad and lonely.", "i’m so tired... you’re late AGAIN!!", "Я чувствую себя брошенной, ok?",
    "well-known fact: \"quoted\" (aside) 🙂 don't", "\tI\nfelt  lost", "", "x" * 300 + " i feel sad",
])
def test_tokens_read_piece_by_piece_are_the_whole_texts_and_their_offsets_point_at_them(text):
    from heartspace.coach.feelings import ASCII_TOKEN, TOKEN, Tokens

    low = lower_same_length(text)
    tokens = Tokens(low)
    source = low.replace("’", "'")
    pattern = ASCII_TOKEN if source.isascii() else TOKEN
    assert tokens.words == pattern.findall(source)
    assert [tokens.start(i) for i in range(len(tokens.words))] == [m.start() for m in pattern.finditer(source)]
