package org.storyline.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import org.storyline.model.AnnotatedArticle;
import org.storyline.stories.ArticleFingerprint;
import org.storyline.stories.CopyKind;
import org.storyline.stories.InMemoryStoryState;
import org.storyline.stories.StoryBuilder;
import org.storyline.stories.StoryConfig;
import org.storyline.store.Store;
import org.storyline.store.StoreException;
import org.storyline.store.StoredStory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

/**
 * {@code storyline stories}: the stored stories as CONTRACT.md section 3 JSON Lines, one story a line, ordered by
 * their first article. Each line is the JSON that {@code ingest} saved for the story; a story without one, or whose
 * saved JSON lists other articles than the store assigns to it (an ingest killed before its checkpoint), is built
 * from the store's articles instead. Reads only, so it works while an ingest runs.
 */
@Command(name = "stories", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Print the stories of a store as JSON Lines (CONTRACT.md section 3), one story a line, "
                + "ordered by their first article: id, title, articles, duplicates, outlets, first, last, summary, "
                + "timeline, disputes (then near_duplicates, independent_outlets).",
                "Stories are made by 'storyline ingest'. Works while an ingest runs."})
final class StoriesCommand implements Callable<Integer> {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Mixin
    StoreOptions storeOptions;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        try (Store store = storeOptions.openForReading()) {
            InMemoryStoryState state = null;
            for (StoredStory stored : store.stories()) {
                Optional<String> saved = stored.data().filter(data -> listsArticles(data, stored.articles()));
                if (saved.isPresent()) {
                    out.println(saved.get());
                    continue;
                }
                if (state == null) {
                    state = StoryUpdater.loadState(store);
                }
                out.println(StoryUpdater.json(build(store, stored, state)));
            }
        } catch (StoreException e) {
            throw new StorylineCommand.UserException(e.getMessage(), e);
        }
        out.flush();
        return 0;
    }

    /** Whether the saved JSON lists exactly the articles the store assigns to the story. */
    private static boolean listsArticles(String data, List<String> articles) {
        try {
            JsonNode listed = JSON.readTree(data).get("articles");
            if (listed == null || !listed.isArray() || listed.size() != articles.size()) {
                return false;
            }
            Set<String> ids = new HashSet<>();
            listed.forEach(node -> ids.add(node.asText()));
            return ids.equals(new HashSet<>(articles));
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * The story built from the store's articles and copy marks. The copy kind comes from the engine's saved state;
     * a copy it has not seen counts as a duplicate from the duplicate threshold up, else as a partial copy.
     */
    static org.storyline.stories.Story build(Store store, StoredStory stored, InMemoryStoryState state) {
        // in the order the engine received them where it knows the story, as the saved JSON lists them
        List<String> ids = state.articlesOf(stored.id());
        if (!new HashSet<>(ids).equals(new HashSet<>(stored.articles()))) {
            ids = stored.articles();
        }
        List<AnnotatedArticle> articles = new ArrayList<>();
        for (String id : ids) {
            store.article(id).ifPresent(articles::add);
        }
        Map<String, StoryBuilder.Copy> copies = new LinkedHashMap<>();
        for (StoredStory.Duplicate d : stored.duplicates()) {
            CopyKind kind = state.fingerprint(d.articleId()).flatMap(ArticleFingerprint::copyKind)
                    .orElse(d.similarity() >= StoryConfig.DEFAULT.duplicateJaccard() ? CopyKind.DUPLICATE
                            : CopyKind.PARTIAL);
            copies.put(d.articleId(), new StoryBuilder.Copy(d.duplicateOf(), kind));
        }
        return StoryBuilder.build(stored.id(), articles, copies);
    }
}
