#!/usr/bin/env bash
# JMH benchmarks of ThreadLens's own hot paths (reading, text preparation, record writing).
#   src/test/bench/jmh.sh [JMH OPTIONS]      e.g. src/test/bench/jmh.sh -f 1 -wi 3 -i 5 TextPreparation
# Run from anywhere; builds the test classes first. Reads ../shared/data for the reading benchmark.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../../.." && pwd)
cd "$ROOT"
mvn -q -B -DskipTests test-compile
exec java -cp "target/test-classes:target/classes:$(cat target/test-classpath.txt)" org.openjdk.jmh.Main "$@"
