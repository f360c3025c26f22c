/**
 * From annotated articles to stories (#5): {@link org.storyline.stories.StoryEngine} marks syndicated copies and
 * clusters each new article into a story incrementally; {@link org.storyline.stories.StoryBuilder} gives a story its
 * timeline, summary, outlets and disputes; {@link org.storyline.stories.StoryJsonWriter} writes CONTRACT.md section 3.
 */
package org.storyline.stories;
