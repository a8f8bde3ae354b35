package io.noodle.core.workspace;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;

/**
 * An exclusive lease on a folder, held through an operating-system lock on a lock file whose content
 * names the holder ({@code pid@host}, what it does, since when).
 * <p>
 * The operating system releases the lock when the holder dies, however it dies, so a lock file left by a
 * dead process is recognised as stale (its lock can be taken) and taken over; the stale holder is
 * reported by {@link #staleHolder()}. A live holder makes {@link #acquire} fail with the holder named.
 * The file itself is never deleted: deleting it would let two processes lock two different files.
 */
public final class FileLease implements AutoCloseable {

    private final Path lockFile;
    private final FileChannel channel;
    private final FileLock lock;
    private final String staleHolder;

    private FileLease(Path lockFile, FileChannel channel, FileLock lock, String staleHolder) {
        this.lockFile = lockFile;
        this.channel = channel;
        this.lock = lock;
        this.staleHolder = staleHolder;
    }

    /**
     * Takes the lease.
     *
     * @param lockFile the lock file; its folder must exist
     * @param purpose  what the holder does, written into the file for others to read (e.g. "Noodle Workbench")
     * @param what     what is being locked, for the error message (e.g. "Workspace /home/x/noodle-workspace")
     * @throws LockHeldException when a live process holds it
     * @throws IOException       when the lock file cannot be created or written
     */
    public static FileLease acquire(Path lockFile, String purpose, String what) throws LockHeldException, IOException {
        FileChannel ch = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.READ,
                StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = ch.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null; // held by this very process through another channel
        } catch (IOException e) {
            ch.close();
            throw e;
        }
        String previous = read(ch);
        if (lock == null) {
            ch.close();
            throw new LockHeldException(lockFile, previous, what);
        }
        try {
            String me = currentHolder() + " " + purpose + " since " + Instant.now();
            byte[] bytes = (me + "\n").getBytes(StandardCharsets.UTF_8);
            ch.truncate(0);
            ch.write(ByteBuffer.wrap(bytes), 0);
            ch.force(true);
        } catch (IOException e) {
            lock.release();
            ch.close();
            throw e;
        }
        return new FileLease(lockFile, ch, lock, previous);
    }

    /** @return {@code pid@host} of this process */
    public static String currentHolder() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            host = "localhost";
        }
        return ProcessHandle.current().pid() + "@" + host;
    }

    private static String read(FileChannel ch) throws IOException {
        long size = Math.min(ch.size(), 4096);
        ByteBuffer buf = ByteBuffer.allocate((int) size);
        ch.read(buf, 0);
        return new String(buf.array(), 0, buf.position(), StandardCharsets.UTF_8).strip();
    }

    /** Reads who holds (or last held) a lock file, without locking it; empty when there is no file. */
    public static String readHolder(Path lockFile) throws IOException {
        return Files.exists(lockFile) ? Files.readString(lockFile, StandardCharsets.UTF_8).strip() : "";
    }

    public Path lockFile() {
        return lockFile;
    }

    /** @return the holder recorded by a process that died holding the lease; empty when there was none */
    public String staleHolder() {
        return staleHolder;
    }

    @Override
    public void close() throws IOException {
        try {
            if (lock.isValid()) {
                channel.truncate(0);
                lock.release();
            }
        } finally {
            channel.close();
        }
    }
}
