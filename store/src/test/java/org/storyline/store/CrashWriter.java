package org.storyline.store;

import java.nio.file.Path;

/**
 * A child process for {@link StoreCrashIT}: adds hand-built articles {@code a-00000 ... } to the embedded store in
 * {@code args[0]}, printing {@code stored ID} after each add returns, until {@code args[1]} articles were added or
 * the process is killed.
 */
public final class CrashWriter {
    private CrashWriter() {}

    public static void main(String[] args) {
        int count = Integer.parseInt(args[1]);
        try (Store store = Stores.embedded(Path.of(args[0]))) {
            for (int i = 0; i < count; i++) {
                String id = String.format("a-%05d", i);
                if (store.add(TestArticles.accepted(id, i)) == ArticleStore.Added.ARTICLE) {
                    System.out.println("stored " + id);
                    System.out.flush();
                }
            }
        }
        System.out.println("done");
    }
}
