package org.storyline.store;

import java.util.List;
import java.util.Optional;

/**
 * The story engine's tables: which story each article belongs to, which articles copy others, and what the engine
 * keeps per story. Articles themselves are never removed or rewritten here; copies stay stored as evidence.
 *
 * <p>Design decision: assignments are written after the article's own transaction, not inside it, so the story
 * engine stays outside the ingest path's all-or-nothing write. An ingest killed between the two leaves articles
 * without a story; {@link #articlesWithoutStory()} lists them so the next run assigns them.
 */
public interface StoryStore {
    /** Puts the article into the story (moving it out of any other); the story exists once it has an article. */
    void assignStory(String articleId, String storyId);

    /** The story of the article, if it has been assigned one. */
    Optional<String> storyOf(String articleId);

    /** Moves every article of story {@code from} into {@code into} and drops {@code from}'s record. */
    void mergeStories(String from, String into);

    /** Records that {@code articleId} copies {@code duplicateOf} (similarity in [0, 1]); replaces an earlier mark. */
    void markDuplicate(String articleId, String duplicateOf, double similarity);

    /** Stores the story's title and engine data (JSON), replacing what was there. */
    void saveStory(String storyId, String title, String data);

    /** Every story with at least one article, ordered by its first article; articles in the order they were added. */
    List<StoredStory> stories();

    /** Stored articles that belong to no story yet, in the order they were added. */
    List<String> articlesWithoutStory();

    /**
     * Appends a segment of the story engine's state (opaque bytes, e.g. {@code InMemoryStoryState.takeSegment}) in one
     * transaction: a process killed meanwhile leaves the segments saved before. With {@code replace}, the segment
     * replaces every earlier one (it then holds the whole state).
     */
    void saveEngineState(byte[] segment, boolean replace);

    /** The engine state's segments in the order they were saved; empty in a new store. */
    List<byte[]> loadEngineState();
}
