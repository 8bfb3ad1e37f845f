#!/usr/bin/env bash
# Runs the Spark job the way spark-submit runs it, without a Spark distribution (none can be downloaded
# here): Spark's own jars (resolved from Maven Central by src/test/spark/pom.xml into
# target/spark-home/SPARK_VERSION/jars) are the JVM's classpath, as bin/spark-submit makes them, and
# org.apache.spark.deploy.SparkSubmit, spark-submit's own main class, loads the job jar and --jars in its
# child class loader, behind Spark's classes. So the job meets Spark's Jackson, protobuf, commons and
# logging first, as on a cluster.
#
#   src/test/spark/spark-submit-layout.sh [spark-submit options] -- [job arguments]
#   e.g. src/test/spark/spark-submit-layout.sh --master 'local[2]' -- --out /tmp/out RC_2024-01.zst
#
# Needs: mvn package done (target/threadlens-VERSION-spark.jar). Environment:
#   SPARK_VERSION   the Spark to run on (default: the project's); any 4.x that Maven Central serves
#   JAVA_HEAP       the driver's heap (default 6g; in local mode the executors are its threads)
#   JAVA_OPTS       more JVM options (e.g. -Xlog:gc:file=gc.log to measure the heap CoreNLP needs)
set -euo pipefail
home="$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)"
cd "$home"
source src/test/spark/spark-jars.sh
models=$(IFS=,; echo "${model_jars[*]}")

submit=()
while [ $# -gt 0 ] && [ "$1" != "--" ]; do submit+=("$1"); shift; done
[ $# -gt 0 ] && shift

# What bin/spark-class adds to every Spark JVM on Java 17 (org.apache.spark.launcher.JavaModuleOptions).
opens=$(sed -n 's:.*<spark.java.options>\(.*\)</spark.java.options>.*:\1:p' pom.xml | head -1)
export SPARK_LOCAL_IP="${SPARK_LOCAL_IP:-127.0.0.1}"
exec java -Xmx"${JAVA_HEAP:-6g}" ${JAVA_OPTS:-} $opens -cp "$jars/*" org.apache.spark.deploy.SparkSubmit \
    --conf spark.log.level=WARN --conf spark.ui.enabled=false \
    "${submit[@]}" --class org.threadlens.cli.SparkSubmit --jars "$models" "$job_jar" "$@"
