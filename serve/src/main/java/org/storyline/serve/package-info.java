/** The HTTP server: the JSON API over a store and the web UI; {@link org.storyline.serve.StorylineServer} starts it. */
package org.storyline.serve;
