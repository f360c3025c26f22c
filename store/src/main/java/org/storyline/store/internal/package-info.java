/** Internal to the store module (the JDBC backends, the Lucene index, Parquet writing); not a public API, may change. */
package org.storyline.store.internal;
