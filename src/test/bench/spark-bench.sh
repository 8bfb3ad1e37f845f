#!/bin/sh
# Throughput of the Spark job in local mode against the single-machine path, on the same synthetic Pushshift
# dump (DumpGenerator: real Reddit comment texts from GoEmotions), with the same engine settings and cores:
#   src/test/bench/spark-bench.sh COMMENTS [CORES] [DIR]       e.g. src/test/bench/spark-bench.sh 2000 2 /tmp/sparkbench
# Runs bin/threadlens annotate --threads CORES, bin/threadlens spark --master local[CORES] (one JVM, Spark on
# the classpath) and the spark-submit layout (src/test/spark/spark-submit-layout.sh), each from a cold start
# (model loading included; the job's own "in N s" excludes the JVM's start), and prints comments/s and the
# maximum RSS. Extra CoreNLP options for all three: BENCH_OPTS (e.g. "-P parse.maxtime=0").
set -eu
N=${1:?usage: spark-bench.sh COMMENTS [CORES] [DIR]}
CORES=${2:-2}
DIR=${3:-/tmp/sparkbench}
ROOT=$(cd "$(dirname "$0")/../../.." && pwd)
mkdir -p "$DIR"
cd "$ROOT"
ls target/threadlens-*-spark.jar >/dev/null 2>&1 || mvn -q -Dmaven.test.skip=true package
[ -d target/test-classes/org/threadlens/read/pushshift ] || mvn -q test-compile
GEN="target/test-classes:target/classes:$(cat target/runtime-classpath.txt)"
for KIND in RC RS; do
  OUT="$DIR/${KIND}_bench$N.zst"
  [ -f "$OUT" ] || java -cp "$GEN" org.threadlens.read.pushshift.DumpGenerator $KIND "$N" ../shared/data \
      | zstd -q --long=31 -T1 -o "$OUT"
done
RS="$DIR/RS_bench$N.zst"; RC="$DIR/RC_bench$N.zst"
OPTS=${BENCH_OPTS:-}
rm -rf "$DIR/single.jsonl" "$DIR/spark-out" "$DIR/submit-out"
export THREADLENS_REBUILD=0
/usr/bin/time -f "%e %M" -o "$DIR/single.time" bin/threadlens annotate --no-store -q --threads "$CORES" $OPTS \
    --out "$DIR/single.jsonl" "$RS" "$RC" 2> "$DIR/single.log"
/usr/bin/time -f "%e %M" -o "$DIR/spark.time" bin/threadlens spark --master "local[$CORES]" $OPTS \
    --out "$DIR/spark-out" "$RS" "$RC" 2> "$DIR/spark.log"
/usr/bin/time -f "%e %M" -o "$DIR/submit.time" src/test/spark/spark-submit-layout.sh --master "local[$CORES]" -- $OPTS \
    --out "$DIR/submit-out" "$RS" "$RC" > "$DIR/submit.log" 2>&1
python3 - "$DIR" <<'PY'
import glob, json, re, sys
d = sys.argv[1]
comments = sum(len(json.loads(l)["comments"]) for l in open(d + "/single.jsonl"))
def report(name, label):
    wall, rss = open(f"{d}/{name}.time").read().split()[:2]
    log = open(f"{d}/{name}.log").read()
    m = re.search(r" in ([0-9.]+) s", log)
    inner = f", {comments / float(m[1]):.1f} comments/s in the command's own time ({m[1]} s)" if m else ""
    print(f"{label}: {float(wall):.0f} s wall = {comments / float(wall):.1f} comments/s{inner}, max RSS {int(rss) // 1024} MB")
print(f"{comments} comments and posts")
report("single", "threadlens annotate --threads N")
report("spark", "threadlens spark --master local[N]")
report("submit", "spark-submit layout, local[N]")
PY
