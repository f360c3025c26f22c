/** Where ingested articles live: SQL tables, a full-text index and table export; entry point {@link org.storyline.store.Stores}. */
package org.storyline.store;
