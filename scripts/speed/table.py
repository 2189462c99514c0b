#!/usr/bin/env python3
"""Runs Dossier and the Python references on the same inputs, one core each (taskset -c 0),
and writes docs/benchmarks.md: throughput, peak RSS and the Dossier/reference ratio per stage.

Usage: table.py DOSSIER_BINARY VENV_PYTHON OUT_MD   (scripts/speed-table calls it)
SPEED_LIMIT caps the documents of the whole-chain stage (default 200).
"""
import glob, gzip, json, os, platform, re, subprocess, sys, tarfile, tempfile, time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
SHARED = os.path.join(os.path.dirname(ROOT), "shared")
DATA, EVAL = os.path.join(SHARED, "data"), os.path.join(SHARED, "eval")
dossier, python, out_md = sys.argv[1], sys.argv[2], sys.argv[3]
work = tempfile.mkdtemp(prefix="speed-table-")
pin = ["taskset", "-c", "0"] if subprocess.run(["which", "taskset"], capture_output=True).returncode == 0 else []


def measure(argv, stdout_path=None):
    """Runs argv pinned to one core; returns (wall seconds, peak RSS in MB, stdout text)."""
    out = open(stdout_path, "wb") if stdout_path else subprocess.PIPE
    t0 = time.perf_counter()
    p = subprocess.Popen(pin + argv, stdout=out, stderr=open(os.path.join(work, "stderr.log"), "ab"))
    text = p.stdout.read().decode() if p.stdout else ""
    _, status, usage = os.wait4(p.pid, 0)
    wall = time.perf_counter() - t0
    if stdout_path:
        out.close()
    if status != 0 and not (os.WIFEXITED(status) and os.WEXITSTATUS(status) == 1):
        raise SystemExit(f"{argv[:3]} failed with status {status}")
    return wall, usage.ru_maxrss / 1024.0, text


def reference(stage, inputs):
    out = os.path.join(work, f"ref-{stage}.json")
    wall, rss, text = measure([python, os.path.join(HERE, "reference.py"), stage, out] + inputs)
    seconds = json.loads(text.strip().splitlines()[-1])["seconds"]
    return seconds, rss, out


def score(args, pattern):
    r = subprocess.run(["python3"] + args, capture_output=True, text=True)
    m = re.findall(pattern, r.stdout)
    return float(m[-1]) if m else None


def size(paths):
    total = 0
    for p in paths:
        if p.endswith(".gz"):
            with gzip.open(p, "rb") as f:
                total += len(f.read())
        else:
            total += os.path.getsize(p)
    return total


rows = []


def row(stage, what, items, nbytes, d, r, quality=None, note=""):
    (ds, drss), (rs, rrss) = d, r
    rows.append({"stage": stage, "what": what, "items": items, "mb": nbytes / 1e6, "d_s": ds, "r_s": rs,
                 "d_rss": drss, "r_rss": rrss, "quality": quality, "note": note})
    print(f"{stage}: dossier {ds:.2f}s {drss:.0f}MB, reference {rs:.2f}s {rrss:.0f}MB {quality or ''}", flush=True)


def extraction_row(stage, what, folder, pattern, gold, reference_stage):
    """`dossier extract` against a Python extractor over one folder, both scored for shingle F1."""
    inputs = sorted(glob.glob(f"{folder}/{pattern}"))
    d_out = os.path.join(work, f"{reference_stage}.jsonl")
    dw, drss, _ = measure([dossier, "extract", "--format", "jsonl", folder], d_out)
    rs, rrss, r_out = reference(reference_stage, inputs)
    f1 = tuple(score([f"{EVAL}/score_extraction.py", gold, o], r"F1 ([0-9.]+)") for o in (d_out, r_out))
    row(stage, what, len(inputs), size(inputs), (dw, drss), (rs, rrss), ("shingle F1", f1))


# Extraction: news pages (gzipped HTML) to article text; plain-text cleaning: whole pages dumped to text.
extraction_row("extraction", "`dossier extract` vs trafilatura", f"{DATA}/dev/extraction/html", "*.html.gz",
               f"{DATA}/dev/extraction/ground-truth.json", "extraction")
extraction_row("plain-text cleaning", "`dossier extract` vs jusText", f"{DATA}/dev/scraped/pages", "*.txt",
               f"{DATA}/dev/scraped/ground-truth.json", "cleaning")

# Entities: CoNLL testa documents; Dossier's figure is its whole analysis (tokens, sentences,
# entities, quotes, amounts, dates), spaCy's its small English pipeline.
conll = f"{DATA}/dev/entities/conll-testa.jsonl"
records = [json.loads(l) for l in open(conll)]
tokens = sum(len(r["text"].split()) for r in records)
d_out = os.path.join(work, "e.jsonl")
dw, drss, _ = measure([dossier, "analyze", conll], d_out)
rs, rrss, r_out = reference("entities", [conll])
g = f"{DATA}/dev/entities/conll-testa-gold.json"
f1 = score([f"{EVAL}/score_entities.py", conll, g, d_out], r"typed F1 ([0-9.]+)"), score(
    [f"{EVAL}/score_entities.py", conll, g, r_out], r"typed F1 ([0-9.]+)")
row("entities", "`dossier analyze` (all of it) vs spaCy en_core_web_sm", len(records), os.path.getsize(conll),
    (dw, drss), (rs, rrss), ("typed F1", f1),
    f"{tokens / dw:,.0f} vs {tokens / rs:,.0f} tokens/s")

# Dates: TempEval-3 documents; dateparser's search_dates pass.
te3 = f"{DATA}/dev/dates/te3-train.jsonl"
n = sum(1 for _ in open(te3))
dw, drss, _ = measure([dossier, "analyze", te3], os.path.join(work, "d.jsonl"))
rs, rrss, _ = reference("dates", [te3])
row("dates", "`dossier analyze` (all of it) vs dateparser search_dates", n, os.path.getsize(te3), (dw, drss),
    (rs, rrss))

# Near-duplicates and clustering: ECB+ documents into events.
ecb = f"{DATA}/dev/clustering/ecbplus.jsonl"
labels = f"{DATA}/dev/clustering/ecbplus-labels.json"
n = sum(1 for _ in open(ecb))
d_out = os.path.join(work, "ev.json")
dw, drss, _ = measure([dossier, "stories", "--level", "events", ecb], d_out)
rs, rrss, r_out = reference("clustering", [ecb])
f1 = score([f"{EVAL}/score_clusters.py", labels, d_out], r"([0-9]\.[0-9]+)"), score(
    [f"{EVAL}/score_clusters.py", labels, r_out], r"([0-9]\.[0-9]+)")
row("near-duplicates + clustering", "`dossier stories --level events` (with analysis) vs MinHash LSH + TF-IDF "
    "average linkage", n, os.path.getsize(ecb), (dw, drss), (rs, rrss), ("BCubed F1", f1))

# The whole pipeline on BBC stories (plain text): analyze and stories against the chain.
limit = int(os.environ.get("SPEED_LIMIT", "200"))
bbc = os.path.join(work, "bbc")
with tarfile.open(f"{DATA}/bulk/bbc.tar.gz") as t:
    members = sorted((m for m in t.getmembers() if m.isfile() and m.name.endswith(".txt")), key=lambda m: m.name)
    chosen = members[:limit]
    for k, m in enumerate(chosen):
        data = t.extractfile(m).read()
        os.makedirs(bbc, exist_ok=True)
        with open(os.path.join(bbc, f"{k:05d}.txt"), "wb") as f:
            f.write(data)
files = sorted(glob.glob(bbc + "/*.txt"))
aw, arss, _ = measure([dossier, "analyze", bbc], os.devnull)
sw, srss, _ = measure([dossier, "stories", bbc], os.devnull)
rs, rrss, _ = reference("chain", files)
row("whole pipeline", "`dossier analyze` + `dossier stories` vs jusText → spaCy → dateparser → MinHash → "
    "TF-IDF clustering", len(files), size(files), (aw + sw, max(arss, srss)), (rs, rrss),
    note=f"analyze alone {aw:.2f} s, stories (analysis again + linking) {sw:.2f} s")

# The table.
cpu = next((l.split(":", 1)[1].strip() for l in open("/proc/cpuinfo") if l.startswith("model name")), "unknown")
mem = next((l.split()[1] for l in open("/proc/meminfo") if l.startswith("MemTotal")), "0")
load = open("/proc/loadavg").read().split()[:3]
versions = subprocess.run([python, "-c", "import importlib.metadata as m; print(', '.join(f'{p} {m.version(p)}' for p in "
                           "['trafilatura','jusText','spacy','dateparser','datasketch','scikit-learn']))"],
                          capture_output=True, text=True).stdout.strip()
model = subprocess.run([python, "-c", "import sys; sys.path.insert(0, %r); import reference as r; "
                        "n = r.load_spacy(); print(n.meta.get('name'), n.meta.get('version'), n.pipe_names)" % HERE],
                       capture_output=True, text=True).stdout.strip()
lines = [
    "# Speed table: Dossier against the Python news stack",
    "",
    "Regenerate with `scripts/speed-table` (creates a virtual environment, installs the Python tools from pip, "
    "builds `dossier` in release mode, runs both sides on the same inputs from `../shared/data`, one core each "
    "with `taskset -c 0`, and rewrites this file).",
    "",
    f"Machine: {cpu}, {os.cpu_count()} cores, {int(mem) // 1024 // 1024} GiB; {platform.platform()}; "
    f"load average at the end {' '.join(load)} (other builds shared the machine: read ratios, not absolutes).",
    f"Python {platform.python_version()}: {versions}. spaCy model: {model or 'none'}.",
    "",
    "Timing: Dossier is timed as whole commands (start-up, reading, writing JSON included); the references are "
    "timed inside their process from the first input read to the last result (imports and model loading left out, "
    "which favours them). Dossier's `analyze` always does all of its analysis, so its entity and date rows compare "
    "the whole analysis against one Python tool. MB are input bytes after decompression. Peak RSS is the process's "
    "maximum resident set (wait4).",
    "",
    "| stage | compared | docs | MB | Dossier MB/s | ref MB/s | Dossier docs/s | ref docs/s | Dossier/ref speed "
    "| Dossier RSS MB | ref RSS MB | quality (Dossier / ref) | notes |",
    "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|---|",
]
for r in rows:
    q = ""
    if r["quality"]:
        name, (a, b) = r["quality"]
        q = f"{name} {a if a is not None else '?'} / {b if b is not None else '?'}"
    lines.append(
        f"| {r['stage']} | {r['what']} | {r['items']} | {r['mb']:.1f} | {r['mb'] / r['d_s']:.2f} | "
        f"{r['mb'] / r['r_s']:.2f} | {r['items'] / r['d_s']:.1f} | {r['items'] / r['r_s']:.1f} | "
        f"{r['r_s'] / r['d_s']:.1f}× | {r['d_rss']:.0f} | {r['r_rss']:.0f} | {q} | {r['note']} |")
lines += ["", "Ratios above 1× mean Dossier is faster. Targets (issue 16): extraction ≥ 20× trafilatura at higher F1; "
          "whole `analyze` ≥ 20× the Python chain's MB/s on one core.", ""]
open(out_md, "w").write("\n".join(lines))
print("wrote", out_md)
