"""Self-check for phrases.tsv (written without the project's code; imports nothing from it).

Run: python3 tests/corpus/number_phrases/check_phrases.py
Checks every row: columns and vocabularies, that `span` occurs exactly once in
`sentence`, that value/low/high agree with the qualifier and are whole numbers of
people in 1..100,000,000, and that an independent little number-phrase reader
gets the same numbers and the same hedge from the span. It also warns about
digits or number words outside the span (each sentence should hold one figure;
only the distractor groups may contain other, non-figure numbers).
Exit status 1 if any row fails.
"""
import csv
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
COLUMNS = ["group", "sentence", "span", "value", "low", "high", "qualifier", "category"]
CATEGORIES = {"killed", "wounded", "casualties", "captured", "missing", "deployed", "exchanged"}
QUALIFIERS = {"exact", "approximate", "at_least", "at_most", "range", "vague"}
DISTRACTOR_GROUPS = {"ordinals_units", "hedge_position"}  # may hold non-figure numbers
# hedge_position rows whose hedge is a verb outside the span (PHENOMENA.md #11)
VERB_HEDGES = {"surpassed": "at_least", "exceeded": "at_least", "topped": "at_least"}

UNITS = {w: i for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen".split())}
TENS = {w: 10 * i for i, w in enumerate("_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()) if w != "_"}
MULT = {"hundred": 100, "dozen": 12, "dozens": 12}              # multiply the current group
SCALE = {"thousand": 10**3, "k": 10**3, "million": 10**6, "millions": 10**6, "m": 10**6, "mn": 10**6,
         "lakh": 10**5, "lakhs": 10**5, "crore": 10**7, "crores": 10**7}  # close a group

HEDGES = [  # (words at the start of the span, qualifier); longest first when matching
    ("no fewer than", "at_least"), ("at least", "at_least"), ("more than", "at_least"),
    ("well over", "at_least"), ("just over", "at_least"), ("a little over", "at_least"),
    ("slightly more than", "at_least"), ("in excess of", "at_least"), ("a minimum of", "at_least"),
    ("upwards of", "at_least"), ("over", "at_least"),
    ("no more than", "at_most"), ("not more than", "at_most"), ("a maximum of", "at_most"),
    ("up to", "at_most"), ("nearly", "at_most"), ("almost", "at_most"), ("close to", "at_most"),
    ("just under", "at_most"), ("as many as", "at_most"), ("fewer than", "at_most"),
    ("less than", "at_most"), ("approaching", "at_most"),
    ("an estimated", "approximate"), ("the estimated", "approximate"), ("an approximate", "approximate"),
    ("approximately", "approximate"), ("about", "approximate"), ("around", "approximate"),
    ("roughly", "approximate"), ("some", "approximate"),
]
TAIL_HEDGES = [("or more", "at_least"), ("and more", "at_least"), ("at least", "at_least"),
               ("or fewer", "at_most"), ("or less", "at_most"), ("or so", "approximate")]
RANGE_LEADS = ["somewhere between", "anywhere from", "between", "from"]
VAGUE_WORDS = {"dozens", "hundreds", "thousands", "millions", "lakhs", "scores", "several", "few", "couple", "many"}
NUMBER_WORDS = set(UNITS) | set(TENS) | {"hundred", "thousand", "million", "lakh", "crore", "dozen",
                                          "dozens", "hundreds", "thousands", "millions", "half", "quarter"}


def norm(s):
    s = s.replace("\u00a0", " ").replace("\u202f", " ").replace("\u2013", "-").replace("\u2014", "-")
    return re.sub(r"\s*-\s*", "-", s.lower()).strip()


DIGITS = re.compile(
    r"\d{1,2}(?:,\d\d)+,\d{3}(?!\d)"            # Indian grouping 1,50,000 / 12,00,000
    r"|\d{1,3}(?:,\d{3})+(?![\d])"               # 12,503
    r"|\d{1,3}(?: \d{3})+(?![\d])"               # 40 000 (after NBSP normalisation)
    r"|\d+(?:[.,]\d+)?½?|½"                      # 4500, 1.2, 2,5 (decimal), 1.005, 1½
)


def digit_value(tok, next_word):
    tok = tok.replace("½", ".5") if tok != "½" else "0.5"
    if re.fullmatch(r"\d{1,2}(?:,\d\d)+,\d{3}", tok) and not re.fullmatch(r"\d{1,3}(?:,\d{3})+", tok):
        return int(tok.replace(",", ""))
    if re.fullmatch(r"\d{1,3}(?:[, ]\d{3})+", tok):
        return int(re.sub(r"[, ]", "", tok))
    if re.fullmatch(r"\d{1,3}(?:\.\d{3})+", tok) and next_word not in SCALE and next_word not in MULT:
        return int(tok.replace(".", ""))            # 12.500 soldiers: dot as thousands separator
    return float(tok.replace(",", "."))             # 1.2 (million), 2,5 (million)


def tokens(s):
    out, i = [], 0
    while i < len(s):
        if s[i] == "-" and out and out[-1][0] == "num" and i + 1 < len(s) and s[i + 1].isdigit():
            out.append(("p", "-"))  # 200-300, 3-4 million: a range dash between two numbers
            i += 1
            continue
        if s[i] in " -":
            i += 1
            continue
        m = DIGITS.match(s, i)
        if m:
            # glued suffix: 1.2m, 12k, 40k, 2.3k
            j = m.end()
            out.append(("num", m.group()))
            m2 = re.match(r"(k|mn|m)(?![a-z])", s[j:])
            if m2:
                out.append(("w", m2.group(1)))
                j += len(m2.group())
            i = j
            continue
        m = re.match(r"[a-z']+", s[i:])
        if m:
            out.append(("w", m.group()))
            i += len(m.group())
            continue
        out.append(("p", s[i]))
        i += 1
    return out


def evaluate(toks):
    """Value of a run of number tokens, or None."""
    total, cur, last_scale, seen, a_one = 0.0, 0.0, None, False, False
    i = 0
    while i < len(toks):
        kind, t = toks[i]
        nxt = toks[i + 1][1] if i + 1 < len(toks) else None
        if kind == "num":
            cur += digit_value(t, nxt)
            seen, last_scale = True, None
        elif t in UNITS or t in TENS:
            cur += UNITS.get(t, TENS.get(t, 0))
            seen, last_scale = True, None
        elif t in ("a", "an"):
            if cur == 0:
                cur, a_one = 1.0, True
        elif t == "and" and nxt == "a" and i + 2 < len(toks) and toks[i + 2][1] in ("half", "quarter"):
            frac = 0.5 if toks[i + 2][1] == "half" else 0.25
            if last_scale and last_scale[1] == "scale":
                total += frac * last_scale[0]
            elif last_scale:
                cur += frac * last_scale[0]
            else:
                cur += frac
            i += 3
            continue
        elif t == "and":
            pass
        elif t in ("half", "quarter", "quarters"):
            frac = 0.5 if t == "half" else 0.25
            cur = (cur if cur else 1.0) * frac
            seen = True
        elif t == "of":
            pass
        elif t in MULT:
            cur = (cur if cur else 1.0) * MULT[t]
            last_scale, seen = (MULT[t], "mult"), True
        elif t in SCALE:
            total += (cur if cur else 1.0) * SCALE[t]
            cur, last_scale, seen = 0.0, (SCALE[t], "scale"), True
        else:
            return None
        i += 1
    return total + cur if seen else None


NUMBERISH = set(UNITS) | set(TENS) | set(MULT) | set(SCALE) | {"a", "an", "and", "half", "quarter", "quarters", "of"}


def number_run(toks):
    """Longest leading run of tokens that can belong to a number phrase."""
    run = []
    for k, t in toks:
        if k == "num" or (k == "w" and t in NUMBERISH):
            run.append((k, t))
        else:
            break
    # trailing glue words do not belong to the number
    while run and run[-1][1] in ("and", "a", "an", "of"):
        run.pop()
    # "dozens"/"millions"/"lakhs" alone (no count before them) are vague, not numbers
    if run and not any(k == "num" or t in UNITS or t in TENS or t in ("a", "an", "half", "quarter", "quarters")
                       or t in ("hundred", "thousand", "million", "dozen", "lakh", "crore") for k, t in run):
        return []
    return run


def strip_lead(s, leads):
    for lead in sorted(leads, key=len, reverse=True):
        if s.startswith(lead + " "):
            return s[len(lead) + 1:], lead
    return s, None


def read_span(span):
    """-> (qualifier, value, low, high) read independently from the span text."""
    s = norm(span)
    s = re.sub(r"^(a |an )?(force|army|contingent) of ", "", s)
    if not re.search(r"\d", s) and re.match(
            r"(several |many |a few |a couple of |some (?=hundreds|thousands|dozens))?"
            r"(dozens|hundreds|thousands|millions|lakhs|scores|tens|dozen|hundred|thousand)\b", s) \
            and not re.match(r"(dozen|hundred|thousand)\b", s):
        return "vague", None, None, None
    qual = None
    s2, lead = strip_lead(s, RANGE_LEADS)
    if lead is None:
        s2, h = strip_lead(s, [h for h, _ in HEDGES])
        if h:
            qual = dict(HEDGES)[h]
    toks = tokens(s2)
    # trailing hedges after the number and noun
    tail = None
    for th, tq in TAIL_HEDGES:
        if re.search(r"(^|\s|\d)" + re.escape(th) + r"(\s|$)", s2):
            tail = tq
    low_run = number_run(toks)
    if not low_run:
        return None
    rest = toks[len(low_run):]
    # range connector?
    if rest and rest[0][1] in ("to", "through", "-", "or", "and"):
        # "N or more" / "N and more" / "N or so" find no number after the connector
        r2 = rest[1:]
        r2s = " ".join(t for _, t in r2)
        r2s2, _ = strip_lead(r2s, [h for h, _ in HEDGES])
        hi_run = number_run(tokens(r2s2))
        if hi_run:
            lo_v, hi_v = evaluate(low_run), evaluate(hi_run)
            # scale distribution: "20 to 30 thousand", "five to six hundred", "two to three dozen"
            scales = [t for _, t in hi_run if t in SCALE or t in MULT]
            if scales and not any(t in SCALE or t in MULT for _, t in low_run):
                f = SCALE.get(scales[-1], MULT.get(scales[-1]))
                if lo_v * f <= hi_v:
                    lo_v *= f
            return "range", None, lo_v, hi_v
    if lead in ("between", "somewhere between"):
        # split the run at an "and" so that both halves are numbers
        words = low_run
        for j, (k, t) in enumerate(words):
            if t == "and" and j > 0:
                a, b = evaluate(words[:j]), evaluate(words[j + 1:])
                if a is not None and b is not None and b > a:
                    scales = [t2 for _, t2 in words[j + 1:] if t2 in SCALE]
                    if scales and not any(t2 in SCALE for _, t2 in words[:j]):
                        a *= SCALE[scales[-1]]
                    return "range", None, a, b
    v = evaluate(low_run)
    if v is None:
        return None
    return (qual or tail or "exact"), v, None, None


def as_int(x):
    return int(round(x)) if x is not None else None


def main(path=HERE / "phrases.tsv"):
    bad, warn = 0, 0
    with open(path, encoding="utf-8", newline="") as f:
        rd = csv.reader(f, delimiter="\t")
        header = next(rd)
        if header != COLUMNS:
            print("bad header", header)
            return 1
        rows = list(rd)
    groups = {}
    for n, r in enumerate(rows, 2):
        errs = []
        if len(r) != len(COLUMNS):
            print(f"line {n}: {len(r)} columns")
            bad += 1
            continue
        g, sent, span, value, low, high, qual, cat = r
        groups[g] = groups.get(g, 0) + 1
        if cat not in CATEGORIES:
            errs.append(f"category {cat!r}")
        if qual not in QUALIFIERS:
            errs.append(f"qualifier {qual!r}")
        c = sent.count(span)
        if c != 1:
            errs.append(f"span occurs {c} times")
        nums = {}
        for name, x in (("value", value), ("low", low), ("high", high)):
            if x == "":
                nums[name] = None
            elif re.fullmatch(r"[1-9]\d*", x) and 1 <= int(x) <= 100_000_000:
                nums[name] = int(x)
            else:
                errs.append(f"{name} {x!r} is not a whole number in 1..1e8")
        if qual == "range":
            if nums["value"] is not None or nums["low"] is None or nums["high"] is None or not nums["low"] < nums["high"]:
                errs.append("range needs empty value and low < high")
        elif qual == "vague":
            if any(v is not None for v in nums.values()):
                errs.append("vague needs value, low, high empty")
        elif nums["value"] is None or nums["low"] is not None or nums["high"] is not None:
            errs.append("needs value only")
        # independent reading of the span
        got = read_span(span)
        if got is None:
            errs.append("span not readable by the checker")
        else:
            gq, gv, gl, gh = got
            want_q = qual
            verb = next((v for v in VERB_HEDGES if v in sent), None)
            if g == "hedge_position" and verb:
                want_q = "exact"  # the hedge is the verb, outside the span
                if qual != VERB_HEDGES[verb]:
                    errs.append(f"verb hedge {verb!r} should give {VERB_HEDGES[verb]}")
            if gq != want_q:
                errs.append(f"checker reads qualifier {gq}")
            if (as_int(gv), as_int(gl), as_int(gh)) != (nums["value"], nums["low"], nums["high"]):
                errs.append(f"checker reads value={as_int(gv)} low={as_int(gl)} high={as_int(gh)}")
        # one figure per sentence: nothing number-like outside the span
        if g not in DISTRACTOR_GROUPS:
            outside = sent.replace(span, " ")
            if re.search(r"\d", outside):
                errs.append("digits outside the span")
            words = set(re.findall(r"[a-z]+", outside.lower())) & NUMBER_WORDS
            words -= {"one"} if "one of" in outside.lower() else set()
            if words:
                print(f"warning line {n}: number words outside span: {sorted(words)}  | {sent}")
                warn += 1
        if errs:
            bad += 1
            print(f"line {n} [{g}] {span!r}: " + "; ".join(errs))
    print(f"{len(rows)} rows, {bad} failing, {warn} warnings")
    for g, c in groups.items():
        print(f"  {g}: {c}")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:]))
