#!/usr/bin/env python3
"""Multiplies seven-oh's content N times, for the scale benchmark (bench-compare/scale.sh).

    multiply.py CONTENT_DIR OUT_DIR N

Copies CONTENT_DIR to OUT_DIR, then adds N - 1 copies of every entry (FAQ, topic, symptom, risk): copy k of
entry `id` is `id-copy{k}`, its title gets a made-up word of its own, its aliases and paraphrases get that
word too, its links (related, symptoms) point at the copies of the same round, and its body starts with a
sentence of six more made-up words. A worst case for the index: every copy brings new words and postings.
The copies pass the compiler's checks.
"""

import json
import shutil
import sys
import tomllib
from pathlib import Path

CONSONANTS = "bdfgklmnprstvz"
VOWELS = "aeiou"
KINDS = ["faqs", "topics", "symptoms", "risks"]
TITLE = {"faqs": "question", "topics": "title", "symptoms": "name", "risks": "name"}


def made_up(n):
    """The n-th made-up word: three or more consonant-vowel syllables, after a leading 'q' so that no
    English word (or a typo of one) is among them."""
    syllables = []
    n += 70 * 70
    while n:
        n, r = divmod(n, len(CONSONANTS) * len(VOWELS))
        syllables.append(CONSONANTS[r // len(VOWELS)] + VOWELS[r % len(VOWELS)])
    return "q" + "".join(syllables)


def value(v):
    if isinstance(v, list):
        return "[" + ", ".join(value(x) for x in v) + "]"
    if isinstance(v, str):
        return json.dumps(v, ensure_ascii=False)
    return json.dumps(v)


def main():
    src, out, n = Path(sys.argv[1]), Path(sys.argv[2]), int(sys.argv[3])
    if out.exists():
        shutil.rmtree(out)
    shutil.copytree(src, out)
    counter = 0
    for kind in KINDS:
        for path in sorted((src / kind).glob("*.md")):
            text = path.read_text()
            _, front, body = text.split("+++\n", 2)
            fields = tomllib.loads(front)
            for k in range(1, n):
                word = made_up(counter)
                counter += 1
                body_words = [made_up(counter + i) for i in range(6)]
                counter += 6
                f = dict(fields)
                title = f[TITLE[kind]]
                if title.endswith("?"):
                    f[TITLE[kind]] = f"{title[:-1]} {word}?"
                else:
                    f[TITLE[kind]] = f"{title} {word}"
                if "aliases" in f:
                    # A lookup key holds 64 letters and digits; an alias too long with the word is left out.
                    f["aliases"] = [
                        f"{a} {word}" for a in f["aliases"] if sum(c.isalnum() for c in a) + len(word) <= 64
                    ]
                if "paraphrases" in f:
                    f["paraphrases"] = [f"{p} {word}" for p in f["paraphrases"]]
                for links in ("related", "symptoms"):
                    if links in f:
                        f[links] = [f"{i}-copy{k}" for i in f[links]]
                sentence = " ".join(body_words).capitalize() + ".\n\n"
                lines = "".join(f"{key} = {value(v)}\n" for key, v in f.items())
                (out / kind / f"{path.stem}-copy{k}.md").write_text(f"+++\n{lines}+++\n{sentence}{body}")
    print(f"{counter} made-up words", file=sys.stderr)


if __name__ == "__main__":
    main()
