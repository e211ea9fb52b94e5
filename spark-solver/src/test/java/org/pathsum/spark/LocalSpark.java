package org.pathsum.spark;

import org.apache.spark.sql.SparkSession;

/**
 * The one local[2] SparkSession shared by every test class of this module (surefire runs them in
 * one JVM), created on first use and stopped by a shutdown hook: starting Spark costs seconds, so
 * each test class must not start its own.
 */
final class LocalSpark {

  private static SparkSession session;

  private LocalSpark() {}

  static synchronized SparkSession session() {
    if (session == null) {
      session =
          SparkSession.builder()
              .master("local[2]")
              .appName("spark-solver-tests")
              .config("spark.ui.enabled", "false")
              .config("spark.sql.shuffle.partitions", "2")
              .config("spark.default.parallelism", "2")
              .config("spark.driver.host", "127.0.0.1")
              .config("spark.driver.bindAddress", "127.0.0.1")
              .config("spark.sql.codegen.wholeStage", "true")
              // the generic RDD path shuffles weights that are not Serializable (GenKill)
              .config("spark.serializer", "org.apache.spark.serializer.KryoSerializer")
              .getOrCreate();
      session.sparkContext().setLogLevel("WARN");
      SparkSession s = session;
      Runtime.getRuntime().addShutdownHook(new Thread(s::stop));
    }
    return session;
  }
}
