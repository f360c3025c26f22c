/** The Spark job: the extract pipeline over Hadoop-compatible paths, Parquet tables out (issue #7). */
package org.storyline.spark;
