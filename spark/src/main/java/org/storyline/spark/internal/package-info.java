/** Internal to the Spark job: file listing, Hadoop input files, row conversion, per-executor pipelines; not API. */
package org.storyline.spark.internal;
