#!/usr/bin/env python3
"""Generates Sources/PubstatExtraction/Catalogue/accents.json: how to put the tone and vowel marks back on
Vietnamese written without them ("thu ngan sach nha nuoc" → "thu ngân sách nhà nước").

For each word written in ASCII, the Vietnamese word it most often stands for, and for a word after another
(a bigram) when the pair decides otherwise ("nam 2023" → "năm", "viet nam" → "nam"). The counts come from
the team's own invented bulletins (Tests/Fixtures/invented, except the files held aside for scoring and
texts that are themselves unaccented), the indicator catalogue's phrases and the gazetteer's names.
Usage: scripts/gen-accents.py   (it runs scripts/gen-catalogue.sh, which embeds the file)
"""
import collections, glob, json, os, re, subprocess, unicodedata

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CAT = os.path.join(ROOT, "Sources", "PubstatExtraction", "Catalogue")
OUT = os.path.join(CAT, "accents.json")
# files kept aside for scoring: their words must not shape anything
HELD_ASIDE = re.compile(r"^(1(0[0-6]))_")
WORD = re.compile(r"[^\W\d_]+")


def ascii_of(word):
    text = unicodedata.normalize("NFD", word.replace("Đ", "D").replace("đ", "d"))
    return "".join(c for c in text if not unicodedata.combining(c))


def words(text):
    return [w.lower() for w in WORD.findall(unicodedata.normalize("NFC", text))]


def accented(ws):
    return sum(1 for w in ws if ascii_of(w) != w) >= len(ws) * 0.15


def main():
    uni = collections.defaultdict(collections.Counter)
    bi = collections.defaultdict(collections.Counter)
    texts = []
    for path in sorted(glob.glob(os.path.join(ROOT, "Tests", "Fixtures", "invented", "*.txt"))):
        if HELD_ASIDE.match(os.path.basename(path)):
            continue
        with open(path, encoding="utf-8") as f:
            texts.append(f.read())
    with open(os.path.join(CAT, "indicators.json"), encoding="utf-8") as f:
        catalogue = f.read()
    texts += [m for m in re.findall(r'"([^"]*)"', catalogue) if not re.fullmatch(r"[a-z_0-9:./ -]*", m)]
    with open(os.path.join(CAT, "gazetteer.json"), encoding="utf-8") as f:
        for place in json.load(f)["places"]:
            texts += place["names"]
    for text in texts:
        for line in text.split("\n"):
            ws = words(line)
            if not ws or not accented(ws):
                continue
            prev = ""
            for w in ws:
                a = ascii_of(w)
                uni[a][w] += 1
                if prev:
                    bi[(prev, a)][w] += 1
                prev = a
    unigrams = {a: c.most_common(1)[0][0] for a, c in sorted(uni.items())}
    bigrams = {}
    for (p, a), c in sorted(bi.items()):
        best, n = c.most_common(1)[0]
        if best != unigrams[a] and n >= 2:
            bigrams[f"{p} {a}"] = best
    # only what changes a word is worth keeping
    unigrams = {a: w for a, w in unigrams.items() if a != w}
    with open(OUT, "w", encoding="utf-8") as f:
        f.write("{\n")
        f.write('  "generator": "scripts/gen-accents.py",\n')
        f.write('  "unigrams": {\n' + ",\n".join(f"    {json.dumps(a)}: {json.dumps(w, ensure_ascii=False)}" for a, w in unigrams.items()) + "\n  },\n")
        f.write('  "bigrams": {\n' + ",\n".join(f"    {json.dumps(a)}: {json.dumps(w, ensure_ascii=False)}" for a, w in bigrams.items()) + "\n  }\n")
        f.write("}\n")
    print(f"wrote {OUT}: {len(unigrams)} words, {len(bigrams)} pairs")
    subprocess.run([os.path.join(ROOT, "scripts", "gen-catalogue.sh")], check=True)


if __name__ == "__main__":
    main()
