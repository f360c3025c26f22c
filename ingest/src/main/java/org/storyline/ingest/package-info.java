/** Readers that pull raw articles, one at a time, out of files, archives, feeds and directories. */
package org.storyline.ingest;
