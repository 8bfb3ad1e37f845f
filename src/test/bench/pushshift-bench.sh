#!/bin/sh
# Throughput and memory of `threadlens read` on a synthetic Pushshift month (see DumpGenerator).
#   src/test/bench/pushshift-bench.sh COMMENTS [DIR]     e.g. src/test/bench/pushshift-bench.sh 3000000 /tmp/psbench
# Generates DIR/RC_bench<N>.zst and DIR/RS_bench<N>.zst with zstd --long=31 (once; never inside the repo),
# runs the floor (zstd -d --long=31 | wc -l) and the read, and prints wall time, MB/s of compressed input,
# the ratio to the floor, max RSS and the GC log's heap peaks. Extra JVM options: JAVA_OPTS.
set -eu
N=${1:?usage: pushshift-bench.sh COMMENTS [DIR]}
DIR=${2:-/tmp/psbench}
ROOT=$(cd "$(dirname "$0")/../../.." && pwd)
mkdir -p "$DIR"
cd "$ROOT"
[ -f target/threadlens-0.1.0.jar ] || mvn -q -Dmaven.test.skip=true package
[ -d target/test-classes/org/threadlens/read/pushshift ] || mvn -q test-compile
GEN="target/test-classes:target/classes:$(cat target/runtime-classpath.txt)"
RC="$DIR/RC_bench$N.zst"; RS="$DIR/RS_bench$N.zst"
for KIND in RC RS; do
  OUT="$DIR/${KIND}_bench$N.zst"
  [ -f "$OUT" ] || java -cp "$GEN" org.threadlens.read.pushshift.DumpGenerator $KIND "$N" ../shared/data \
      | zstd -q --long=31 -T1 -o "$OUT"
done
BYTES=$(( $(stat -L -c %s "$RS") + $(stat -L -c %s "$RC") ))
/usr/bin/time -f "%e %M" -o "$DIR/floor.time" sh -c "zstd -d --long=31 -c '$RS' '$RC' | wc -l" > "$DIR/floor.lines"
CP="target/threadlens-0.1.0.jar:$(cat target/runtime-classpath.txt)"
/usr/bin/time -f "%e %M %U %S" -o "$DIR/read.time" java ${JAVA_OPTS:-} -Xlog:gc:file="$DIR/gc-$N.log" -cp "$CP" \
    org.threadlens.cli.ThreadLensCommand read --out - --tmp "$DIR" "$RS" "$RC" > /dev/null
python3 - "$BYTES" "$DIR/floor.time" "$DIR/read.time" "$DIR/gc-$N.log" "$DIR/floor.lines" <<'PY'
import re, sys
size = int(sys.argv[1]) / 1e6
floor_s, floor_rss = open(sys.argv[2]).read().split()[:2]
read_s, rss, user, sys_ = open(sys.argv[3]).read().split()[:4]
used = live = committed = 0
for line in open(sys.argv[4]):
    m = re.search(r'(\d+)M->(\d+)M\((\d+)M\)', line)
    if m:
        used, live, committed = max(used, int(m[1])), max(live, int(m[2])), max(committed, int(m[3]))
print(f"input: {size:.1f} MB compressed, {open(sys.argv[5]).read().strip()} lines")
print(f"floor (zstd -d --long=31 | wc -l): {float(floor_s):.1f} s = {size/float(floor_s):.1f} MB/s, zstd max RSS {int(floor_rss)//1024} MB")
print(f"threadlens read: {float(read_s):.1f} s = {size/float(read_s):.2f} MB/s (ratio to floor {float(floor_s)/float(read_s):.3f}),"
      f" CPU {float(user)+float(sys_):.0f} s, max RSS {int(rss)//1024} MB")
print(f"heap (GC log): peak used {used} MB, peak live after GC {live} MB, peak committed {committed} MB")
PY
