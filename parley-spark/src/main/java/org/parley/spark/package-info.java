/**
 * The Apache Spark engine for sweeps ({@link org.parley.spark.SparkEngine}), registered with
 * {@link java.util.ServiceLoader} so that {@code parley sweep --engine spark} finds it when this module is on the
 * class path. Nothing else in Parley depends on Spark.
 */
package org.parley.spark;
