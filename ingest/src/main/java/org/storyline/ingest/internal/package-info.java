/** Internal to the ingest module: not public API, may change without notice. */
package org.storyline.ingest.internal;
