"""Speed of the text coach on 60-word drafts, on one core (target >= 2,000 analyses/s, <= 0.5 ms each).

Also prints the engine's import time, its first-call time (lexicon and model weights load
lazily), and vaderSentiment's polarity_scores on the same texts for comparison.
Self-contained: the drafts are generated here. Prints figures; asserts nothing.

Run: .venv/bin/python benchmarks/coach_speed.py [--texts N] [--rounds R]
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

# Sentences of the kind people draft here (written for this benchmark), mixed into 60-word texts.
SENTENCES = [
    "I felt hurt when you cancelled dinner without telling me.",
    "Can we talk about what happened and agree one next step?",
    "Thank you for staying up with me when the news came.",
    "You never listen to me and you are so selfish.",
    "I feel lonely when the evenings are quiet and I need ten minutes together.",
    "Loved hearing about your trip to the coast last weekend.",
    "I sent you the article about hiking boots this morning.",
    "What would you like to plan for next month?",
    "I was scared when I lost my job last spring; that taught me to ask for help sooner.",
    "Oh great, late again, thanks a lot.",
    "I feel like you would rather be anywhere else when we visit my parents.",
    "Today was hard and I could not focus at work.",
    "My sister called and we laughed about the old house.",
    "I'm sorry I snapped at you, that wasn't fair.",
    "Could you pick up batteries on the way home?",
    "I felt ignored at the party when you stayed in the kitchen all night.",
    "It meant a lot that you remembered my interview.",
    "We should book the cabin before the prices go up.",
    "He gets angry when I see my friends and checks my phone.",
    "You always leave the dishes in the sink for me.",
    "I'm proud of how we handled the move together.",
    "Let's try the climbing gym on Saturday morning.",
    "I don't feel angry anymore, just tired and a bit sad.",
    "You never know what the weather will do up there 🙂",
]
KINDS = ["free", "i_feel", "tension", "appreciation", "follow_up", "story"]
# The same kinds of sentence in Russian and Spanish (read by their own word lists).
SENTENCES_RU_ES = {
    "ru": [
        "Я почувствовала обиду, когда ты отменил ужин и ничего не сказал.",
        "Можем поговорить о том, что случилось, и договориться об одном шаге?",
        "Спасибо, что не спал со мной всю ночь, когда пришли новости.",
        "Ты никогда меня не слушаешь, ты просто эгоист.",
        "Мне одиноко по вечерам, и мне нужно десять минут вместе.",
        "Я отправлю тебе статью про походные ботинки завтра утром.",
        "Что бы ты хотел запланировать на следующий месяц?",
        "Он злится, когда я вижусь с друзьями, и проверяет мой телефон.",
        "Прости, что сорвалась на тебя, это было нечестно.",
    ],
    "es": [
        "Me sentí dolida cuando cancelaste la cena sin avisarme.",
        "¿Podemos hablar de lo que pasó y acordar un próximo paso?",
        "Gracias por quedarte despierto conmigo cuando llegó la noticia.",
        "Nunca me escuchas y eres tan egoísta.",
        "Me siento sola por las noches y necesito diez minutos juntos.",
        "Te mando el artículo sobre las botas de montaña mañana.",
        "¿Qué te gustaría planear para el mes que viene?",
        "Se enoja cuando veo a mis amigas y me revisa el móvil.",
        "Perdón por gritarte, no estuvo bien de mi parte.",
    ],
}


def drafts(n: int, words: int = 60, sentences: list[str] | None = None) -> list[tuple[str, str]]:
    rng = random.Random(5)
    sentences = sentences or SENTENCES
    out = []
    for _ in range(n):
        pieces: list[str] = []
        while len(pieces) < words:
            pieces.extend(rng.choice(sentences).split())
        out.append((" ".join(pieces[:words]), rng.choice(KINDS)))
    return out


def import_time() -> float:
    code = "import time; t=time.perf_counter(); from heartspace.coach import analyze; print(time.perf_counter()-t)"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT,
                            env={**os.environ, "PYTHONPATH": str(ROOT)})
    return float(result.stdout.strip()) * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--texts", type=int, default=2000)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})  # one core

    imported_ms = statistics.median(import_time() for _ in range(3))
    started = time.perf_counter()
    from heartspace.coach import analyze

    analyze("warm up: loading the lexicon and the model weights", "free")
    first_call_ms = (time.perf_counter() - started) * 1000

    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    vader = SentimentIntensityAnalyzer()
    all_texts = drafts(args.texts * args.rounds)
    # CPU time of this process, rounds interleaved: fair on a machine other work is sharing.
    # Every round reads new texts, so no cache inside the coach can help it.
    coach_rates, vader_rates = [], []
    for round_number in range(args.rounds):
        texts = all_texts[round_number * args.texts:(round_number + 1) * args.texts]
        start = time.process_time()
        for text, kind in texts:
            analyze(text, kind)
        coach_rates.append(len(texts) / (time.process_time() - start))
        start = time.process_time()
        for text, _kind in texts:
            vader.polarity_scores(text)
        vader_rates.append(len(texts) / (time.process_time() - start))

    coach_rate, vader_rate = max(coach_rates), max(vader_rates)
    print(f"text coach speed, {len(texts)} drafts of 60 words, best of {args.rounds} rounds, one core, CPU time:")
    print(f"  engine import: {imported_ms:.1f} ms; first call (lexicon + weights load): {first_call_ms:.0f} ms")
    print(f"  coach analyze():          {coach_rate:8.0f} analyses/s ({1000 / coach_rate:.3f} ms each)  target >= 2,000/s "
          f"{'met' if coach_rate >= 2000 else 'MISSED'}")
    print(f"  VADER polarity_scores():  {vader_rate:8.0f} texts/s    ({1000 / vader_rate:.3f} ms each)")
    print(f"  ratio coach / VADER: {coach_rate / vader_rate:.2f}x (the coach does much more than sentiment)")
    for lang, sentences in SENTENCES_RU_ES.items():
        texts = drafts(args.texts, sentences=sentences)
        rates = []
        for _ in range(args.rounds):
            start = time.process_time()
            for text, kind in texts:
                analyze(text, kind)
            rates.append(len(texts) / (time.process_time() - start))
        rate = max(rates)
        print(f"  coach analyze(), {lang} drafts: {rate:8.0f} analyses/s ({1000 / rate:.3f} ms each)")


if __name__ == "__main__":
    main()
