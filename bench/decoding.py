"""How well ``decode_bytes`` picks the single-byte codec, and how often it accepts garbage.

Real Russian news (the FactRuEval-2016 devset, 122 texts) is encoded in each candidate codec and
decoded back: whole texts, their first lines (headlines, often short), the first lines in capitals
(wire headlines are often ALL-CAPS), and the first two words. A decoding is right when both the
codec and the text come back. Garbage: random printable bytes and Latin-1 text, which no Cyrillic
codec should accept. With ``--held-out`` the bigram table is rebuilt from the even-numbered texts
and only the odd-numbered ones are decoded, so that the figures are not measured on the texts the
table was counted from.

    PYTHONPATH=. python bench/decoding.py /work/shared/factru-devset [--held-out]
"""

import argparse
import collections
import random
import re
import sys
from pathlib import Path

import analysis.decoding as decoding
from analysis import ArticleError, decode_bytes

CODECS = ("cp1251", "koi8_r", "cp866")
LATIN_1 = [  # sentences in German, French, Spanish, Portuguese with their accented letters
    "Viele Grüße aus München, schöne Straße und ein großes Dankeschön.",
    "Le président français a reçu à l'Élysée son homologue, déjà très préoccupé.",
    "El señor ministro español habló después de la reunión en Bruselas mañana.",
    "O presidente português não comentou a decisão da União Europeia até agora.",
    "Die Außenminister trafen sich in Genf, um über die Lösung zu sprechen.",
]


def first_words(text, n):
    return " ".join(text.split()[:n])


def variants(text):
    first = next((line.strip() for line in text.splitlines() if line.strip()), "")
    return {"text": text, "first line": first, "first line, CAPITALS": first.upper(),
            "two words": first_words(first, 2)}


def held_out_table(texts):
    """Bigram log-probabilities counted from ``texts`` only (as data/russian_bigrams.csv is counted)."""
    counts = collections.Counter()
    for text in texts:
        for word in re.findall(r"[а-яё]+", text.lower()):
            word = "_" + word + "_"
            counts.update(a + b for a, b in zip(word, word[1:]))
    path = Path("/tmp/held_out_bigrams.csv")
    path.write_text("bigram,count,source\n" + "".join("%s,%d,held out\n" % kv for kv in sorted(counts.items())),
                    encoding="utf-8")
    decoding.BIGRAMS = path
    decoding.bigram_log_probs.cache_clear()


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("devset")
    parser.add_argument("--held-out", action="store_true")
    args = parser.parse_args()
    files = sorted(Path(args.devset).glob("*.txt"))
    texts = [f.read_text(encoding="utf-8") for f in files]
    if args.held_out:
        if hasattr(decoding, "bigram_log_probs"):
            held_out_table(texts[0::2])
        texts = texts[1::2]
    right, total = collections.Counter(), collections.Counter()
    for text in texts:
        for kind, sample in variants(text).items():
            for codec in CODECS:
                data = sample.encode(codec, "replace")
                expected = data.decode(codec)
                if not re.search("[а-яА-ЯёЁ]", expected):
                    continue
                total[kind] += 1
                try:
                    got = decode_bytes(data)
                except ArticleError:
                    continue
                right[kind] += got == (expected, codec)
    for kind in total:
        print("%-22s %4d of %4d right (%.1f%%)" % (kind, right[kind], total[kind], 100 * right[kind] / total[kind]))
    rng = random.Random(0)
    accepted = 0
    for _ in range(200):
        data = bytes(rng.randrange(32, 256) for _ in range(4000))
        try:
            decode_bytes(data)
            accepted += 1
        except ArticleError:
            pass
    print("random printable bytes: %d of 200 accepted" % accepted)
    latin = sum(1 for s in LATIN_1 if accepts(s.encode("latin-1")))
    print("Latin-1 sentences:      %d of %d accepted" % (latin, len(LATIN_1)))


def accepts(data):
    try:
        decode_bytes(data)
        return True
    except ArticleError:
        return False


if __name__ == "__main__":
    sys.exit(main())
