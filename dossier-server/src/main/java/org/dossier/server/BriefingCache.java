package org.dossier.server;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

/**
 * The briefings of recently viewed stories, so that a story page opened again is served at once.
 *
 * <p>Bounded and least-recently-used: a {@link LinkedHashMap} in access order drops its eldest entry past
 * {@code capacity}. The key is the story id together with a version of its membership (a hash of the ids of the
 * articles briefed), so a story that gained articles since it was cached is briefed again rather than served
 * stale. Each entry is a future: when several clients open the same new story at once, one of them briefs it and
 * the others wait for that result instead of briefing it again. A briefing that fails is not kept.
 */
final class BriefingCache {
    /** Which briefing: a story as it stood when briefed. */
    record Key(String storyId, String version) {
        Key {
            Objects.requireNonNull(storyId, "storyId");
            Objects.requireNonNull(version, "version");
        }
    }

    private final int capacity;
    private final Map<Key, CompletableFuture<StoryBriefing>> entries;

    BriefingCache(int capacity) {
        this.capacity = capacity;
        this.entries = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Key, CompletableFuture<StoryBriefing>> eldest) {
                return size() > BriefingCache.this.capacity;
            }
        };
    }

    /** The cached briefing for {@code key}, or the one {@code brief} makes (on this thread) and caches. */
    StoryBriefing get(Key key, Supplier<StoryBriefing> brief) {
        CompletableFuture<StoryBriefing> mine = new CompletableFuture<>();
        CompletableFuture<StoryBriefing> existing;
        synchronized (entries) {
            existing = entries.putIfAbsent(key, mine);
        }
        if (existing != null) {
            return join(existing);
        }
        try {
            StoryBriefing made = brief.get();
            mine.complete(made);
            return made;
        } catch (RuntimeException | Error e) {
            synchronized (entries) {
                entries.remove(key, mine);
            }
            mine.completeExceptionally(e);
            throw e;
        }
    }

    /** How many briefings are held. */
    int size() {
        synchronized (entries) {
            return entries.size();
        }
    }

    private static StoryBriefing join(CompletableFuture<StoryBriefing> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw e;
        }
    }
}
