/** The immutable data model shared by every stage: raw and cleaned articles, spans, stage outcomes and error codes. */
package org.storyline.model;
