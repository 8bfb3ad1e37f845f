# Sourced by the scripts beside it, from the project's root: what running the Spark job needs without a Spark
# distribution. Sets spark_version (SPARK_VERSION, else the project's), jars (Spark's own jars, resolved from
# Maven Central by src/test/spark/pom.xml into target/spark-home/VERSION/jars the first time), job_jar
# (target/threadlens-VERSION-spark.jar: run mvn package first) and model_jars (CoreNLP's model jars in the
# local Maven repository, M2_REPO or ~/.m2/repository).
spark_version="${SPARK_VERSION:-$(sed -n 's:.*<spark.version>\(.*\)</spark.version>.*:\1:p' pom.xml | head -1)}"
jars="$PWD/target/spark-home/$spark_version/jars"
if [ ! -f "$jars/.complete" ]; then
  mkdir -p "$jars"
  mvn -B -q -f src/test/spark/pom.xml -Dspark.version="$spark_version" dependency:copy-dependencies \
      -DoutputDirectory="$jars" >&2
  touch "$jars/.complete"
fi
job_jar=$(ls "$PWD"/target/threadlens-*-spark.jar | head -1)
m2="${M2_REPO:-$HOME/.m2/repository}"
corenlp_version=$(sed -n 's:.*<corenlp.version>\(.*\)</corenlp.version>.*:\1:p' pom.xml | head -1)
model_jars=("$m2/edu/stanford/nlp/stanford-corenlp/$corenlp_version/stanford-corenlp-$corenlp_version-models.jar"
            "$m2/edu/stanford/nlp/stanford-corenlp/$corenlp_version/stanford-corenlp-$corenlp_version-models-english.jar")
