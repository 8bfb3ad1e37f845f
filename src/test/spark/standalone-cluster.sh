#!/usr/bin/env bash
# Runs the Spark job on a real Spark standalone cluster on this machine: a master and two workers, each its own
# JVM started from Spark's own classes (the jars src/test/spark/pom.xml resolves from Maven Central, as a Spark
# distribution has them), listening on the loopback address only; the job is submitted through Spark's
# SparkSubmit with the job jar, and its tasks run on executor JVMs the workers launch. Everything is stopped
# when the script ends, however it ends.
#
#   src/test/spark/standalone-cluster.sh WORK_DIR [spark-submit options] -- [job arguments]
#   e.g. src/test/spark/standalone-cluster.sh /tmp/cluster -- --structure-only --out /tmp/out RS_2024-01.ndjson
#
# A worker launches an executor with SPARK_HOME/jars on its classpath (Spark's launcher builds the command), so
# WORK_DIR/spark-home/jars holds links to Spark's jars, the job jar and CoreNLP's model jars, and
# SPARK_SCALA_VERSION tells the launcher which Scala Spark is built for (it would look for a build tree
# otherwise). Logs: WORK_DIR/master.log, worker-1.log, worker-2.log, and the executors' under
# WORK_DIR/work. Needs: mvn package done (target/threadlens-VERSION-spark.jar).
# Environment: SPARK_VERSION (default: the project's), EXECUTOR_MEMORY (default 2g), TIMEOUT_S (default 600).
# Exit: the job's, or 3 if the master did not start, 4 if the workers did not register.
set -euo pipefail
home="$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)"
work="${1:?usage: standalone-cluster.sh WORK_DIR [spark-submit options] -- [job arguments]}"
shift
mkdir -p "$work"
work="$(cd "$work" && pwd)"
cd "$home"
source src/test/spark/spark-jars.sh

spark_home="$work/spark-home"
rm -rf "$spark_home"
mkdir -p "$spark_home/jars" "$work/work"
ln -s "$jars"/*.jar "$spark_home/jars/"
ln -s "$job_jar" "$spark_home/jars/"
for m in "${model_jars[@]}"; do ln -s "$m" "$spark_home/jars/"; done

opens=$(sed -n 's:.*<spark.java.options>\(.*\)</spark.java.options>.*:\1:p' pom.xml | head -1)
export SPARK_HOME="$spark_home" SPARK_SCALA_VERSION=2.13 SPARK_LOCAL_IP=127.0.0.1 SPARK_LOCAL_HOSTNAME=localhost
export SPARK_WORKER_DIR="$work/work"
pids=()
stop() {
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
  for p in "${pids[@]}"; do wait "$p" 2>/dev/null || true; done
  rm -rf "$spark_home"   # links only; the logs stay
}
trap stop EXIT

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])' 2>/dev/null \
  || echo $(( 20000 + RANDOM % 20000 )); }
port=$(free_port)
java -Xmx512m $opens -cp "$spark_home/jars/*" org.apache.spark.deploy.master.Master --host 127.0.0.1 --port "$port" \
    --webui-port 0 > "$work/master.log" 2>&1 &
pids+=($!)
for _ in $(seq 1 120); do grep -q "I have been elected leader" "$work/master.log" && break; sleep 0.5; done
grep -q "I have been elected leader" "$work/master.log" || { echo "the master did not start: $work/master.log" >&2; exit 3; }
for w in 1 2; do
  java -Xmx512m $opens -cp "$spark_home/jars/*" org.apache.spark.deploy.worker.Worker --host 127.0.0.1 --cores 1 \
      --memory "${EXECUTOR_MEMORY:-2g}" --webui-port 0 --work-dir "$work/work" "spark://127.0.0.1:$port" \
      > "$work/worker-$w.log" 2>&1 &
  pids+=($!)
done
registered() { cat "$work"/worker-*.log 2>/dev/null | grep -c "Successfully registered with master" || true; }
for _ in $(seq 1 120); do [ "$(registered)" -ge 2 ] && break; sleep 0.5; done
[ "$(registered)" -ge 2 ] || { echo "the workers did not register: $work/worker-*.log" >&2; exit 4; }

submit=()
while [ $# -gt 0 ] && [ "$1" != "--" ]; do submit+=("$1"); shift; done
[ $# -gt 0 ] && shift
timeout "${TIMEOUT_S:-600}" java -Xmx2g $opens -cp "$spark_home/jars/*" org.apache.spark.deploy.SparkSubmit \
    --master "spark://127.0.0.1:$port" --deploy-mode client --conf spark.log.level=WARN --conf spark.ui.enabled=false \
    --conf spark.executor.memory="${EXECUTOR_MEMORY:-2g}" --conf spark.cores.max=2 \
    --conf "spark.executor.extraJavaOptions=$opens" --conf spark.driver.host=127.0.0.1 \
    "${submit[@]}" --class org.threadlens.cli.SparkSubmit "$job_jar" "$@"
