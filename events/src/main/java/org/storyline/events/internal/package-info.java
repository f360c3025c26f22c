/** Internal helpers of the events module (tokens, inflections, compiled trigger patterns): not a public API. */
package org.storyline.events.internal;
