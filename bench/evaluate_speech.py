"""Evaluate the quotes table against the hand-made speech gold on 40 FactRuEval-2016 dev texts.

    .venv/bin/python bench/evaluate_speech.py                       # all / tuning / checking
    .venv/bin/python bench/evaluate_speech.py --half tuning -v      # the tuning half, with errors
    .venv/bin/python bench/evaluate_speech.py --write               # also rewrite EVALUATION.md
    .venv/bin/python bench/evaluate_speech.py --half fresh -v       # the fresh gold (bench/gold/)

The gold and its scorer live outside the project (``../shared/eval/quotes``: ``devset-gold.json``
and ``quotes_eval.py``); this script runs ``python -m analysis extract`` once on the gold's
documents with this checkout on ``PYTHONPATH`` (so the figures are this tree's code), then runs the
scorer on that output three times: on all 40 documents and on each half of the split below.

**The split** is fixed before any rule was tuned: the gold's document ids in sorted order,
alternately to the tuning half (even positions) and the checking half (odd positions). Rules were
tuned by reading the errors on the tuning half only; the checking half is scored to see whether
they hold on text they were not made from. From round 3 on, both halves were tuned on (all 40
documents' errors were read), so the split only compares rounds; the held-out figure is a fresh
gold on other devset documents that the integrator scores. This script is not part of the test
run; the tests never read the gold.

**The fresh gold** (``bench/gold/quotes-fresh.json``, 40 other devset documents annotated by hand
with the same guide, its ``_doc`` lists its hard-case decisions) was the held-out set of round 3;
in round 4 it was tuned on too (its errors were read and grouped by form), so its figure is no
longer held out either: a third set, annotated by someone else, is the new held-out one, scored by
the integrator. ``--half fresh`` scores it; ``--write`` records it.
"""

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# ``../shared`` beside the checkout; a worktree one level deeper finds it one level up
DEFAULT_EVAL = next((p / "shared" / "eval" / "quotes" for p in (ROOT.parent, ROOT.parent.parent)
                     if (p / "shared" / "eval" / "quotes").is_dir()), ROOT.parent / "shared" / "eval" / "quotes")
BEGIN, END = "<!-- speech:begin -->", "<!-- speech:end -->"
SUMMARY_RE = re.compile(r"recall ([\d.]+) \((\d+)/(\d+)\), precision ([\d.]+), speaker accuracy ([\d.]+), "
                        r"mode agreement ([\d.]+)")

# Figures of the layer before the speech work of the issue "Speech on real news" (commit 01a86e0),
# measured with this script before any rule changed.
BASELINE = {
    "all": {"recall": 0.58, "found": 125, "total": 214, "precision": 0.89, "speaker": 0.78, "mode": 0.89},
    "tuning": {"recall": 0.62, "found": 72, "total": 117, "precision": 0.91, "speaker": 0.83, "mode": 0.90},
    "checking": {"recall": 0.55, "found": 53, "total": 97, "precision": 0.88, "speaker": 0.70, "mode": 0.87},
}

# Figures after the first round of that work (commit ce06188), as its run of this script wrote them.
ROUND_ONE = {
    "all": {"recall": 0.87, "found": 186, "total": 214, "precision": 0.97, "speaker": 0.94, "mode": 0.98},
    "tuning": {"recall": 0.97, "found": 113, "total": 117, "precision": 0.99, "speaker": 0.96, "mode": 0.99},
    "checking": {"recall": 0.75, "found": 73, "total": 97, "precision": 0.93, "speaker": 0.92, "mode": 0.97},
}

# Figures after the second round (commit 0bdceec), as its run of this script wrote them.
ROUND_TWO = {
    "all": {"recall": 0.91, "found": 195, "total": 214, "precision": 0.97, "speaker": 0.92, "mode": 0.99},
    "tuning": {"recall": 0.98, "found": 115, "total": 117, "precision": 1.00, "speaker": 0.96, "mode": 1.00},
    "checking": {"recall": 0.82, "found": 80, "total": 97, "precision": 0.93, "speaker": 0.88, "mode": 0.97},
}

# Figures after the third round (commit ea35716), as its run of this script wrote them.
ROUND_THREE = {
    "all": {"recall": 0.96, "found": 206, "total": 214, "precision": 0.99, "speaker": 0.96, "mode": 1.00},
    "tuning": {"recall": 0.98, "found": 115, "total": 117, "precision": 1.00, "speaker": 0.96, "mode": 1.00},
    "checking": {"recall": 0.94, "found": 91, "total": 97, "precision": 0.98, "speaker": 0.97, "mode": 0.99},
}

# The fresh gold as round 3's tree scored it, before round 4 read its errors.
FRESH_BEFORE = {"recall": 0.89, "found": 158, "total": 178, "precision": 0.96, "speaker": 0.89, "mode": 0.99}
FRESH_GOLD = ROOT / "bench" / "gold" / "quotes-fresh.json"

# What the first round's single look at the checking half showed (no rule was changed after it): the gap to the
# tuning half is constructions the tuning half did not have.
ROUND_ONE_NOTE = (
    "The checking half stays below the tuning half on recall: its misses are constructions the "
    "tuning half did not show, not errors of the rules tuned: lists of predictions with no verb of "
    "saying per item (`2242 год — конец эпохи Солнца`), `предсказать`/`оценить в`/`обвинить в`, "
    "speech nouns as cues (`требование`, `фетва`), documents and bodies in oblique phrases "
    "(`по решению суда`, `источники в посольстве`), and quoted fragments of one or two words "
    "after `назвать`. Rows found there are right about as often as on the tuning half "
    "(speaker accuracy and mode agreement).")

# What round 2's single look at the checking half showed (written after its one scoring run; no
# rule was changed after it)
CHECKING_NOTE = (
    "recall rose from 0.75 to 0.82 with precision unchanged (0.93), still short of the 0.90 target; "
    "speaker accuracy fell from 0.92 to 0.88 (below the 0.90 target) and mode agreement stayed at "
    "0.97. What it still misses, by form: predictions listed inside one paragraph after `*` "
    "bullets, each with its own source phrase or none (the list rule reads paragraphs); a speech "
    "noun as the topic of a sentence with no light verb (`фетвы являются ...`, `требование "
    "правительству национализировать`); two-word quoted labels after verbs other than `назвать` "
    "(`мировым лидером`); groups' words (`мальтийцы`, `американцы`) in forms not read here. Its "
    "wrong speakers are a descriptive role phrase for a person named paragraphs before (`бывший "
    "соратник северокорейского вождя`, `87-летний политик`), a name left in the genitive by the "
    "actors step, a letter to a newspaper whose writer is taken for the newspaper (`написал письмо в "
    "газету X`, then `заявив, что ...`), and `согласно официальному заявлению` with the issuer in "
    "the sentence before. Its extra rows are content whose speaker the gold leaves unrecovered and "
    "a few one-word or topic-only complements of `рассказать`/`объявить` (`захват`).")


# What round 3 changed and what it leaves, by form (written from its reading of all 40 documents'
# errors; no rule is keyed to one document, each has its own test sentence in tests/test_speech.py)
ROUND_THREE_NOTE = (
    "the wrong speakers of round 2 came from pronouns and role nouns resolved to a person named "
    "inside what was said (a quote's own `Берлускони` for `заявил он`), masculine-or-any role nouns "
    "taken for the last man named (`актриса`), `написал письмо в газету X` giving the newspaper, an "
    "apposition comma read as `..., отметил X`, and a `что` clause taken by a verb before the one "
    "it belongs to. Round 3 made those safer: `По его словам` goes on with the speaker of the "
    "sentence before; antecedents skip quoted and reported content; a feminine role noun needs a "
    "woman; descriptive role phrases (`87-летний политик`, `бывший соратник ... вождя`) refer back "
    "while roles that bring in a new party (`источник`, `представитель`) do not; `в`/`на` + the "
    "accusative never speaks; a bare `в заявлении` points back only to a `заявление`. It also reads "
    "`*` bullet items, `согласно` + a name, `в докладе отмечается` + what is stated, an attribution "
    "opening the next paragraph, quoted labels after verbs of naming and `X, который предсказывал "
    "Y`. Left: wrong speakers from actor names the actors step leaves in an oblique case (`Хвана`, "
    "`Марку`, `Авелем`) or links to another actor (`ФАО` to `ООН`), and misses in text with typos "
    "(`горят, что`, `согласится` for `согласиться`), an infinitive of saying under `позволить`, "
    "`ссылаясь на`, a source noun whose genitive is its topic (`согласно теории смены эпох`).")


# What round 4 changed, by form (written from its reading of the fresh gold's errors; no rule is keyed
# to one document, each has its own test sentence in tests/test_speech.py)
ROUND_FOUR_NOTE = (
    "The fresh gold was tuned on in this round: its misses and wrong speakers were read and grouped "
    "by general form, so its figure below is no longer held out (a third set, annotated by someone "
    "else, is; the integrator scores it). Misses fixed: beliefs stated by a short adjective or a "
    "verb of doubt, with or without `не` (`уверен, что`, `убеждены, что`, `сомневаются, что`); "
    "`клянутся, что`, `оповестил о том, что`; a verdict after `как` (`оценил итоги как приемлемые`, "
    "`расценил ... как ...`) and `считает X ошибочным`; `даёт объяснение ..., что`; a contrast "
    "with no verb of saying of its own stays in the content (`заявил, что A, но B`); a modal before "
    "a quoted adverbial keeps the row reported; the `о` phrase of `предупредил X и Y о Z` however "
    "the parse hangs it; a quotation closing a sentence attributed after it takes the sentence's "
    "words before it; an unattributed quotation closing a paragraph whose earlier sentence "
    "reported a person's words goes on with that person; a present the tagger read as a future "
    "(`клянутся`); `продолжал он` as an attribution set off by commas or after a quote. Wrong "
    "speakers fixed: a "
    "describing participle's subtree never names the speaker; `они` goes back to the plural speaker "
    "or subject of the sentence before; `она` goes on with a body whose name's gender agrees; "
    "antecedents skip the words the cue attributes and accept a name in the attribution that "
    "splits a quote; a country in the genitive of a body name the actors step did not take is not "
    "the speaker; a newspaper's page is where, not who. Rows dropped: `Не исключено, что` (the "
    "writer's hedge), passive directives (`призваны проголосовать`), a `как` attribution's reach "
    "into the next clause's `что`, a colon listing the people who answered. Left, by form: speaker "
    "names from the actors step (`Министерство внутренних дел` without `Пакистана`, `Коммерсант` "
    "for `Коммерсантъ`, `Последняя` for the company named before, `помощник Хиллари Клинтон` for a "
    "person named earlier), a `сказал он` quote whose antecedent is a name the actors step did not "
    "take (direct speech is read before the reported sentence that names him), first-person words with "
    "no quotation marks, a source the tagger reads "
    "as a foreign word (`Согласно comScore`), and parse errors that hang a `что` clause on a quote's "
    "verb.")


def split(docs):
    """``(tuning, checking)``: sorted ids, alternately."""
    docs = sorted(docs)
    return docs[0::2], docs[1::2]


def gold_subset(gold, docs, folder, name):
    data = dict(gold)
    data["docs"] = {d: gold["docs"][d] for d in docs}
    path = Path(folder) / ("%s.json" % name)
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def extract(texts, docs, folder):
    inp, out = Path(folder) / "in", Path(folder) / "out"
    inp.mkdir()
    for d in docs:
        (inp / ("%s.txt" % d)).write_bytes((texts / ("%s.txt" % d)).read_bytes())
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    python = ROOT / ".venv" / "bin" / "python"
    run = subprocess.run([str(python if python.exists() else sys.executable), "-m", "analysis", "extract",
                          str(inp), "--out", str(out)], cwd=ROOT, env=env, capture_output=True, text=True)
    if not (out / "quotes.csv").exists():
        sys.exit("extract wrote no quotes.csv (exit %d): %s" % (run.returncode, run.stderr[-500:]))
    return out


def score(scorer, gold_path, texts, out, verbose):
    args = [sys.executable, str(scorer), "--gold", str(gold_path), "--texts", str(texts), "--out", str(out)]
    if not verbose:
        args.append("--quiet")
    run = subprocess.run(args, cwd=ROOT, capture_output=True, text=True)
    if run.returncode:
        sys.exit("scorer failed: %s" % run.stderr[-500:])
    match = SUMMARY_RE.search(run.stdout)
    if not match:
        sys.exit("scorer printed no summary: %s" % run.stdout[-500:])
    r, found, total, p, s, m = match.groups()
    return run.stdout, {"recall": float(r), "found": int(found), "total": int(total), "precision": float(p),
                        "speaker": float(s), "mode": float(m)}


def line(name, f):
    if not f:
        return "| %s | | | | |" % name
    return "| %s | %.2f (%d/%d) | %.2f | %.2f | %.2f |" % (
        name, f["recall"], f["found"], f["total"], f["precision"], f["speaker"], f["mode"])


def section(figures, docs):
    tuning, checking = split(docs)
    rows = ["| documents | recall | precision | speaker accuracy | mode agreement |",
            "| --- | --- | --- | --- | --- |"]
    for half in ("all", "tuning", "checking"):
        rows.append(line("%s, before" % half, BASELINE[half]))
        rows.append(line("%s, round 1" % half, ROUND_ONE[half]))
        rows.append(line("%s, round 2" % half, ROUND_TWO[half]))
        rows.append(line("%s, round 3" % half, ROUND_THREE[half]))
        rows.append(line("%s, after" % half, figures[half]))
    fresh = ["| documents | recall | precision | speaker accuracy | mode agreement |",
             "| --- | --- | --- | --- | --- |",
             line("fresh, round 3 (before round 4)", FRESH_BEFORE), line("fresh, after", figures.get("fresh"))]
    return "\n".join([
        BEGIN,
        "## Speech (quotes.csv) on the FactRuEval-2016 speech gold",
        "",
        "`bench/evaluate_speech.py` runs `python -m analysis extract` on the 40 FactRuEval-2016 dev "
        "documents of the hand-made speech gold (`shared/eval/quotes/devset-gold.json`, its `_doc` "
        "states the conventions) and scores `quotes.csv` with the gold's own scorer (`quotes_eval.py`): "
        "recall of gold items, precision of rows, speaker accuracy and direct/reported agreement on the "
        "items found. The documents were split before any tuning, sorted ids alternately: in rounds 1 "
        "and 2, rules were tuned on the tuning half (%d documents) only, by reading its errors; the "
        "checking half (%d documents) was scored once at the end of each round. \"Before\" is the layer as it was "
        "before this work, \"round 1\" after its first round (commit ce06188), \"round 2\" after "
        "its second (commit 0bdceec), \"round 3\" after its third (commit ea35716), \"after\" this "
        "tree (round 4)." % (len(tuning), len(checking)),
        "",
        "**How honest the checking figure is.** Round 1's look at the checking half was summarised by "
        "general form, not by document (its note is kept below). Round 2 wrote rules for those forms "
        "and for others of the same families from sentences written for the tests, looked at the "
        "tuning half's errors only, and scored the checking half once, at its end; no rule changed "
        "after that. So round 2's checking figure is not blind: the kinds of construction its misses "
        "had were known, though not its sentences. **From round 3 on, both halves were tuned on**: "
        "round 3 read the errors of all 40 documents (first for the wrong speakers that took the "
        "checking half's speaker accuracy from 0.92 to 0.88), so neither half's figure is held out any "
        "more; the split is kept only to compare with the rounds before. Round 3's held-out figure "
        "was a fresh gold on other devset documents, annotated separately; **round 4 tuned on that "
        "fresh gold too** (its figures before and after are below), so the held-out figure is now a "
        "third set, annotated by someone else and scored by the integrator, who adds it here.",
        "",
    ] + rows + ["", "Round 1's look at the checking half: " + ROUND_ONE_NOTE, "",
                "Round 2's look at the checking half: " + CHECKING_NOTE, "",
                "Round 3 (all 40 documents): " + ROUND_THREE_NOTE, "",
                "Round 4 (the fresh gold, `bench/gold/quotes-fresh.json`, 40 other devset documents): "
                + ROUND_FOUR_NOTE, ""] + fresh + ["",
                "Tuning: " + ", ".join(tuning) + ".", "",
                "Checking: " + ", ".join(checking) + ".", END])


def write(figures, docs):
    path = ROOT / "EVALUATION.md"
    text = path.read_text(encoding="utf-8")
    new = section(figures, docs)
    if BEGIN in text and END in text:
        head, rest = text.split(BEGIN, 1)
        text = head + new + rest.split(END, 1)[1]
    else:
        text = text.rstrip("\n") + "\n\n" + new + "\n"
    path.write_text(text, encoding="utf-8")


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("eval_dir", nargs="?", default=str(DEFAULT_EVAL),
                    help="folder of quotes_eval.py and devset-gold.json (default ../shared/eval/quotes)")
    ap.add_argument("--texts", help="folder of the devset texts (default: ../../factru-devset from eval_dir)")
    ap.add_argument("--half", choices=("all", "tuning", "checking", "fresh"), action="append",
                    help="score only these (default: all, tuning, checking; fresh: bench/gold/quotes-fresh.json)")
    ap.add_argument("-v", "--verbose", action="store_true", help="print the scorer's error lists")
    ap.add_argument("--write", action="store_true", help="write the speech section of EVALUATION.md")
    args = ap.parse_args()
    eval_dir = Path(args.eval_dir).resolve()
    scorer, gold_file = eval_dir / "quotes_eval.py", eval_dir / "devset-gold.json"
    texts = Path(args.texts).resolve() if args.texts else (eval_dir / ".." / ".." / "factru-devset").resolve()
    for path in (scorer, gold_file, texts):
        if not path.exists():
            sys.exit("missing: %s" % path)
    gold = json.loads(gold_file.read_text(encoding="utf-8"))
    docs = sorted(gold["docs"])
    tuning, checking = split(docs)
    halves = {"all": docs, "tuning": tuning, "checking": checking}
    golds = dict.fromkeys(halves, gold)
    if FRESH_GOLD.exists():
        golds["fresh"] = json.loads(FRESH_GOLD.read_text(encoding="utf-8"))
        halves["fresh"] = sorted(golds["fresh"]["docs"])
    wanted = args.half or ["all", "tuning", "checking"]
    if args.write:
        wanted = ["all", "tuning", "checking"] + (["fresh"] if "fresh" in halves else [])
    missing = [h for h in wanted if h not in halves]
    if missing:
        sys.exit("missing: %s" % FRESH_GOLD)
    figures = {}
    with tempfile.TemporaryDirectory(prefix="speech-eval-") as folder:
        needed = sorted(set().union(*(halves[h] for h in wanted)))
        out = extract(texts, needed, folder)
        for half in wanted:
            path = gold_subset(golds[half], halves[half], folder, half)
            report, figures[half] = score(scorer, path, texts, out, args.verbose)
            print("== %s (%d docs)" % (half, len(halves[half])))
            print(report.rstrip() if args.verbose else report.strip().splitlines()[-1])
    if args.write:
        write(figures, docs)
        print("wrote the speech section of %s" % (ROOT / "EVALUATION.md"))


if __name__ == "__main__":
    main()
