#!/bin/sh
# Speed of the two engines on the same input: `threadlens annotate --engine opennlp|corenlp`.
#   src/test/bench/engine-bench.sh [INPUT]    default: ../shared/data/reddit-api/3hahrw-funny.json
# Each engine annotates INPUT once and N times (the same file given N times: N threads; N = 40 for opennlp, 3 for
# corenlp, or OPENNLP_COPIES / CORENLP_COPIES), with --threads 2, no store. The first run includes opening the
# engine (model loading, JIT warm-up); the difference between the two runs gives the steady rate, in comments
# (texts) per second, without it. ENGINES="opennlp corenlp" chooses the engines. Prints one line per engine.
set -eu
IN=${1:-../shared/data/reddit-api/3hahrw-funny.json}
ROOT=$(cd "$(dirname "$0")/../../.." && pwd)
cd "$ROOT"
[ -f target/threadlens-0.1.0.jar ] || mvn -q -Dmaven.test.skip=true -Dassembly.skipAssembly=true package
CP="target/threadlens-0.1.0.jar:$(cat target/runtime-classpath.txt)"
OUT=$(mktemp -d)
run() { # engine, inputs... -> prints "texts seconds"
  engine=$1; shift
  java -Xmx6g -cp "$CP" org.threadlens.cli.ThreadLensCommand annotate --engine "$engine" --threads 2 --no-store -q \
      --out "$OUT/o.jsonl" --force "$@" 2>&1 | sed -n 's/^annotated [0-9]* threads\{0,1\} (\([0-9]*\) texts) in \([0-9.]*\) s.*/\1 \2/p'
}
for ENGINE in ${ENGINES:-opennlp corenlp}; do
  if [ "$ENGINE" = opennlp ]; then COPIES=${OPENNLP_COPIES:-40}; else COPIES=${CORENLP_COPIES:-3}; fi
  ONE=$(run "$ENGINE" "$IN")
  MANY=$(run "$ENGINE" $(for i in $(seq "$COPIES"); do printf '%s ' "$IN"; done))
  python3 - "$ENGINE" $ONE $MANY <<'PY'
import sys
engine, t1, s1, tn, sn = sys.argv[1], int(sys.argv[2]), float(sys.argv[3]), int(sys.argv[4]), float(sys.argv[5])
steady = (tn - t1) / (sn - s1)
print(f"{engine:8} {t1} texts in {s1:.1f} s ({t1/s1:.1f}/s with loading); {tn} in {sn:.1f} s; steady {steady:.1f} texts/s")
PY
done
rm -rf "$OUT"
