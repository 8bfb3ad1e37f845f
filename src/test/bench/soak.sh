#!/usr/bin/env bash
# Soak run (never part of the build): annotate N generated Pushshift comments (real 2024 record shapes and
# real Reddit bodies, from ../shared/data: DumpGenerator) into a store with the light OpenNLP engine, in a
# JVM with a fixed heap, sampling the heap every INTERVAL seconds with jstat (old generation used, whole heap
# used) and logging every collection (-Xlog:gc). The heap after collections must stay flat after warm-up.
#   src/test/bench/soak.sh 120000 /tmp/soak [ENGINE] [HEAP] [INTERVAL]
# prints the samples as a table: seconds, old-gen used MB, heap used MB, comments stored so far.
set -euo pipefail
N=${1:?usage: soak.sh COMMENTS DIR [ENGINE] [HEAP] [INTERVAL]}
DIR=${2:?usage: soak.sh COMMENTS DIR [ENGINE] [HEAP] [INTERVAL]}
ENGINE=${3:-opennlp}
HEAP=${4:-1g}
INTERVAL=${5:-10}
ROOT=$(cd "$(dirname "$0")/../../.." && pwd)
cd "$ROOT"
mvn -q -B -o -DskipTests test-compile
mkdir -p "$DIR"
CP="target/test-classes:target/classes:$(cat target/runtime-classpath.txt)"
[ -s "$DIR/RC_soak.ndjson" ] || java -cp "$CP" org.threadlens.read.pushshift.DumpGenerator RC "$N" ../shared/data > "$DIR/RC_soak.ndjson"
[ -s "$DIR/RS_soak.ndjson" ] || java -cp "$CP" org.threadlens.read.pushshift.DumpGenerator RS "$N" ../shared/data > "$DIR/RS_soak.ndjson"
rm -f "$DIR/soak.duckdb" "$DIR/soak.duckdb.wal" "$DIR/gc.log" "$DIR/jstat.log"
start=$(date +%s)
java -Xmx"$HEAP" -Xms"$HEAP" -Xlog:gc:file="$DIR/gc.log":uptime -cp "$CP" org.threadlens.cli.ThreadLensCommand \
  annotate --engine "$ENGINE" --threads 2 -q --db "$DIR/soak.duckdb" "$DIR/RS_soak.ndjson" "$DIR/RC_soak.ndjson" \
  > "$DIR/soak.out" 2> "$DIR/soak.err" &
pid=$!
# jstat -gc columns: S0C S1C S0U S1U EC EU OC OU MC MU ... (KB); sampled until the run ends
jstat -gc -t "$pid" "${INTERVAL}s" > "$DIR/jstat.log" 2>/dev/null &
jstat_pid=$!
wait "$pid" || echo "annotate exited with $?" >&2
kill "$jstat_pid" 2>/dev/null || true
end=$(date +%s)
tail -3 "$DIR/soak.err"
echo "wall: $((end - start)) s"
echo "seconds  old_used_MB  heap_used_MB"
awk 'NR > 1 && $1 ~ /^[0-9.]+$/ { printf "%7.0f  %11.1f  %12.1f\n", $1, $9 / 1024, ($4 + $5 + $7 + $9) / 1024 }' "$DIR/jstat.log"
echo "heap after each old/mixed or every 20th young collection (gc.log):"
grep -E "Pause (Full|Young \(Mixed\)|Young \(Concurrent)|Pause Young" "$DIR/gc.log" | awk 'NR % 20 == 1 || /Full|Mixed|Concurrent/' | sed -E 's/.*\[([0-9.]+s)\].*Pause ([A-Za-z ()]+) ([0-9]+M->[0-9]+M\([0-9]+M\)).*/\1 \2 \3/' | head -60
