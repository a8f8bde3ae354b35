package io.noodle.core.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The lease against a real second JVM: a live holder is refused with its pid named; a holder killed with
 * SIGKILL leaves a stale file whose lease is taken over.
 */
class FileLeaseTest {

    /** A separate program that takes the same kind of lock and holds it until it is killed. */
    private static final String HOLDER = """
            import java.nio.channels.FileChannel;
            import java.nio.file.*;
            public class Holder {
                public static void main(String[] a) throws Exception {
                    FileChannel ch = FileChannel.open(Path.of(a[0]), StandardOpenOption.CREATE,
                            StandardOpenOption.READ, StandardOpenOption.WRITE);
                    ch.lock();
                    ch.write(java.nio.ByteBuffer.wrap((ProcessHandle.current().pid() + "@otherhost holder\\n").getBytes()));
                    ch.force(true);
                    System.out.println("locked");
                    System.out.flush();
                    Thread.sleep(600_000);
                }
            }
            """;

    @TempDir
    Path tmp;

    @Test
    void secondLeaseInTheSameProcessIsRefusedWithTheHolderNamed() throws Exception {
        Path lock = tmp.resolve("x.lock");
        try (FileLease first = FileLease.acquire(lock, "first", "Thing")) {
            LockHeldException e = assertThrows(LockHeldException.class, () -> FileLease.acquire(lock, "second", "Thing"));
            assertTrue(e.holder().startsWith(FileLease.currentHolder() + " first since "), e.holder());
            assertTrue(e.getMessage().startsWith("Thing is in use by " + FileLease.currentHolder()), e.getMessage());
        }
        try (FileLease again = FileLease.acquire(lock, "again", "Thing")) {
            assertEquals("", again.staleHolder(), "a cleanly closed lease leaves no stale holder");
        }
    }

    @Test
    void liveHolderInAnotherProcessIsRefusedAndItsDeathFreesTheLease() throws Exception {
        Path lock = tmp.resolve("run.lock");
        Path src = tmp.resolve("Holder.java");
        Files.writeString(src, HOLDER);
        String java = ProcessHandle.current().info().command().orElse("java");
        Process holder = new ProcessBuilder(java, src.toString(), lock.toString()).redirectErrorStream(true).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8));
            assertEquals("locked", out.readLine());
            String expected = holder.pid() + "@otherhost holder";

            LockHeldException e = assertThrows(LockHeldException.class, () -> FileLease.acquire(lock, "me", "Run"));
            assertEquals(expected, e.holder());
            assertTrue(e.getMessage().contains(expected), e.getMessage());

            holder.destroyForcibly(); // SIGKILL: no chance to clean up
            assertTrue(holder.waitFor(10, TimeUnit.SECONDS));
            try (FileLease taken = FileLease.acquire(lock, "me", "Run")) {
                assertEquals(expected, taken.staleHolder());
                assertTrue(FileLease.readHolder(lock).startsWith(FileLease.currentHolder() + " me since "));
            }
        } finally {
            holder.destroyForcibly();
        }
    }
}
