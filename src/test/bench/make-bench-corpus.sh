#!/usr/bin/env bash
# Makes the benchmark corpus of README's performance table (generated data: never commit it): a
# Pushshift-style dump of N comments (and their submissions) in real record shapes, whose bodies are real
# text of about 62 words (about 77 tokens) each:
#   SOURCE=goemotions  Reddit comments (GoEmotions train), joined: social text, short sentences (~10 tokens);
#   SOURCE=sst         sentences of the Stanford Sentiment Treebank dev set, joined: edited text with the
#                      sentence lengths of long-form comments (~20 tokens), which the PCFG parser pays for.
#   src/test/bench/make-bench-corpus.sh 2000 /tmp/bench [goemotions|sst]  ->  DIR/RC_bench.ndjson, RS_bench.ndjson
set -euo pipefail
N=${1:?usage: make-bench-corpus.sh COMMENTS DIR [goemotions|sst]}
DIR=${2:?usage: make-bench-corpus.sh COMMENTS DIR [goemotions|sst]}
SOURCE=${3:-goemotions}
ROOT=$(cd "$(dirname "$0")/../../.." && pwd)
cd "$ROOT"
mvn -q -B -DskipTests test-compile
mkdir -p "$DIR"
CP="target/test-classes:target/classes:$(cat target/runtime-classpath.txt)"
java -cp "$CP" org.threadlens.read.pushshift.DumpGenerator RS "$N" ../shared/data > "$DIR/RS_bench.ndjson"
java -cp "$CP" org.threadlens.read.pushshift.DumpGenerator RC "$N" ../shared/data | SOURCE="$SOURCE" python3 -c '
import json, os, random, re, sys
random.seed(7)
if os.environ["SOURCE"] == "sst":
    texts = []
    for tree in open("../shared/data/sentiment/sst-dev/dev.txt", encoding="utf-8"):
        words = re.findall(r"\(\d ([^()\s]+)\)", tree)
        s = " ".join(words).replace("-LRB-", "(").replace("-RRB-", ")").replace("``", "\"").replace("\x27\x27", "\"")
        s = re.sub(r" (n\x27t|\x27s|\x27re|\x27ve|\x27ll|\x27d|\x27m|[.,;:!?)])", r"\1", s).replace("( ", "(")
        texts.append(s[:1].upper() + s[1:])
    start = lambda: ""
else:
    texts = [l.split("\t", 1)[0] for l in open("../shared/data/sentiment/goemotions-train/train.tsv", encoding="utf-8")]
    start = None
for line in sys.stdin:
    d = json.loads(line)
    body = d["body"] if start is None else ""
    if body not in ("[deleted]", "[removed]"):
        while len(body.split()) < 62:
            body = (body + " " + random.choice(texts)).strip()
    d["body"] = body
    print(json.dumps(d, ensure_ascii=False))
' > "$DIR/RC_bench.ndjson"
wc -l "$DIR"/*.ndjson
