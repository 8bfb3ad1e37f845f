#!/usr/bin/env bash
# Makes the benchmark corpus of README's performance table (generated data: never commit it):
# a Pushshift-style dump of N comments (and their submissions) whose bodies are real Reddit comments
# (GoEmotions train, from ../shared/data), lengthened to about 62 words (about 77 tokens) each so that comments have the
# ~77 tokens of the issue's reference measurement.
#   src/test/bench/make-bench-corpus.sh 2000 /tmp/bench    ->  /tmp/bench/RC_bench.ndjson, RS_bench.ndjson
set -euo pipefail
N=${1:?usage: make-bench-corpus.sh COMMENTS DIR}
DIR=${2:?usage: make-bench-corpus.sh COMMENTS DIR}
ROOT=$(cd "$(dirname "$0")/../../.." && pwd)
cd "$ROOT"
mvn -q -B -DskipTests test-compile
mkdir -p "$DIR"
CP="target/test-classes:target/classes:$(cat target/runtime-classpath.txt)"
java -cp "$CP" org.threadlens.read.pushshift.DumpGenerator RS "$N" ../shared/data > "$DIR/RS_bench.ndjson"
java -cp "$CP" org.threadlens.read.pushshift.DumpGenerator RC "$N" ../shared/data \
  | python3 -c '
import json, random, sys
random.seed(7)
texts = [l.split("\t", 1)[0] for l in open("../shared/data/sentiment/goemotions-train/train.tsv", encoding="utf-8")]
for line in sys.stdin:
    d = json.loads(line)
    body = d["body"]
    while len(body.split()) < 62 and body not in ("[deleted]", "[removed]"):
        body += " " + random.choice(texts)
    d["body"] = body
    print(json.dumps(d, ensure_ascii=False))
' > "$DIR/RC_bench.ndjson"
wc -l "$DIR"/*.ndjson
