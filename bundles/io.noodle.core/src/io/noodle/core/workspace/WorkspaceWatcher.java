package io.noodle.core.workspace;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;
import static java.nio.file.StandardWatchEventKinds.OVERFLOW;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Watches the folders of a workspace (to a fixed depth, hidden folders excluded) and reports which
 * folders changed. Bursts of file-system events are coalesced: the listener receives one set of changed
 * folders per quiet period, on the watcher's own thread.
 */
public final class WorkspaceWatcher implements AutoCloseable {

    /** Folders deeper than this below the root are not watched (run data can hold thousands). */
    public static final int MAX_DEPTH = 3;
    private static final long QUIET_MILLIS = 100;

    private final Path root;
    private final WatchService service;
    private final Map<WatchKey, Path> keys = new HashMap<>();
    private final Consumer<Set<Path>> listener;
    private final Thread thread;

    /**
     * Starts watching.
     *
     * @param listener called with the folders whose content changed (the root when events were lost)
     */
    public WorkspaceWatcher(Path root, Consumer<Set<Path>> listener) throws IOException {
        this.root = root.toAbsolutePath().normalize();
        this.listener = listener;
        this.service = FileSystems.getDefault().newWatchService();
        registerTree(this.root);
        this.thread = Thread.ofPlatform().daemon().name("noodle-workspace-watcher").start(this::loop);
    }

    private void registerTree(Path dir) {
        int base = root.relativize(dir).getNameCount() - (dir.equals(root) ? 1 : 0);
        try (Stream<Path> s = Files.walk(dir, Math.max(0, MAX_DEPTH - base))) {
            s.filter(Files::isDirectory).filter(p -> p.equals(dir) || !hiddenBelowRoot(p)).forEach(this::register);
        } catch (IOException | java.io.UncheckedIOException e) {
            // vanished while walking: nothing to watch there
        }
    }

    private boolean hiddenBelowRoot(Path p) {
        for (Path part : root.relativize(p)) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    private void register(Path dir) {
        try {
            WatchKey key = dir.register(service, ENTRY_CREATE, ENTRY_DELETE, ENTRY_MODIFY);
            synchronized (keys) {
                keys.put(key, dir);
            }
        } catch (IOException e) {
            // vanished or unreadable: not watched
        }
    }

    private void loop() {
        try {
            while (true) {
                WatchKey first = service.take();
                Set<Path> changed = new LinkedHashSet<>();
                handle(first, changed);
                WatchKey next;
                while ((next = service.poll(QUIET_MILLIS, TimeUnit.MILLISECONDS)) != null) {
                    handle(next, changed);
                }
                if (!changed.isEmpty()) {
                    listener.accept(Set.copyOf(changed));
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            // closed
        }
    }

    private void handle(WatchKey key, Set<Path> changed) {
        Path dir;
        synchronized (keys) {
            dir = keys.get(key);
        }
        for (WatchEvent<?> ev : key.pollEvents()) {
            if (ev.kind() == OVERFLOW || dir == null) {
                changed.add(root);
                continue;
            }
            Path child = dir.resolve((Path) ev.context());
            if (WorkspaceEntries.isHidden(child)) {
                continue;
            }
            changed.add(dir);
            if (ev.kind() == ENTRY_CREATE && Files.isDirectory(child)) {
                registerTree(child);
            }
        }
        if (!key.reset()) {
            synchronized (keys) {
                keys.remove(key);
            }
        }
    }

    @Override
    public void close() throws IOException {
        service.close();
        thread.interrupt();
    }
}
