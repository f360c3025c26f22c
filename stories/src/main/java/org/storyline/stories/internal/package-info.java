/** Internal to the stories module (text features, MinHash, sentence splitting, scoring): not a public API. */
package org.storyline.stories.internal;
