package io.noodle.model.persistence;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.XMIException;

import io.noodle.model.NoodlePackage;
import io.noodle.model.Study;

/**
 * Loads and saves studies. A study is a folder holding {@code <name>.noodle} (XMI) and its run data.
 * Saving is atomic: the bytes go to a temporary file in the same folder, are forced to disk, and the file
 * is renamed over the old one, so a crash leaves either the old or the new study, never half of one.
 */
public final class StudyStore {

    private StudyStore() {
    }

    /** A resource set that reads and writes {@code .noodle} files, usable without OSGi. */
    public static ResourceSet newResourceSet() {
        ResourceSet rs = new ResourceSetImpl();
        rs.getPackageRegistry().put(NoodlePackage.eNS_URI, NoodlePackage.eINSTANCE);
        rs.getResourceFactoryRegistry().getExtensionToFactoryMap().put(StudyResourceFactory.EXTENSION,
                new StudyResourceFactory());
        return rs;
    }

    /**
     * The study file of a study folder (the one {@code .noodle} file in it), or the file itself.
     *
     * @throws StudyLoadException when there is none or more than one
     */
    public static Path studyFile(Path folderOrFile) throws StudyLoadException {
        if (Files.isRegularFile(folderOrFile)) {
            return folderOrFile;
        }
        if (!Files.isDirectory(folderOrFile)) {
            throw new StudyLoadException(folderOrFile, 0, 0, "no such study file or folder", null);
        }
        List<Path> found = new ArrayList<>();
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(folderOrFile, "*." + StudyResourceFactory.EXTENSION)) {
            ds.forEach(found::add);
        } catch (IOException e) {
            throw new StudyLoadException(folderOrFile, 0, 0, "cannot list the folder: " + e.getMessage(), e);
        }
        if (found.size() != 1) {
            throw new StudyLoadException(folderOrFile, 0, 0, found.isEmpty()
                    ? "the folder holds no ." + StudyResourceFactory.EXTENSION + " study file"
                    : "the folder holds several study files " + found + "; name one", null);
        }
        return found.get(0);
    }

    /** Loads a study from a study file or folder into a new resource set. */
    public static Study load(Path folderOrFile) throws StudyLoadException {
        return load(folderOrFile, newResourceSet());
    }

    /**
     * Loads a study into the given resource set.
     *
     * @throws StudyLoadException with file, line and column for malformed XML, a foreign file, or a file
     *                            whose root is not a study
     */
    public static Study load(Path folderOrFile, ResourceSet rs) throws StudyLoadException {
        Path file = studyFile(folderOrFile).toAbsolutePath().normalize();
        Resource r = rs.createResource(URI.createFileURI(file.toString()));
        if (r == null) {
            throw new StudyLoadException(file, 0, 0, "not a ." + StudyResourceFactory.EXTENSION + " file", null);
        }
        try {
            r.load(null);
        } catch (IOException e) {
            throw located(file, e);
        } catch (RuntimeException e) {
            throw new StudyLoadException(file, 0, 0, "unreadable study: " + e, e);
        }
        if (!r.getErrors().isEmpty()) {
            Resource.Diagnostic d = r.getErrors().get(0);
            throw new StudyLoadException(file, d.getLine(), d.getColumn(), d.getMessage(), null);
        }
        if (r.getContents().isEmpty() || !(r.getContents().get(0) instanceof Study study)) {
            EObject root = r.getContents().isEmpty() ? null : r.getContents().get(0);
            throw new StudyLoadException(file, 1, 0, "the file holds " + (root == null ? "nothing"
                    : "a " + root.eClass().getName()) + ", not a study", null);
        }
        StudyNames.check(study, file);
        io.noodle.model.results.LegacyResults.migrate(study, file);
        return study;
    }

    private static StudyLoadException located(Path file, IOException e) {
        Throwable t = e;
        while (t != null) {
            if (t instanceof XMIException x) {
                return new StudyLoadException(file, x.getLine(), x.getColumn(), clean(x.getMessage()), e);
            }
            if (t instanceof org.xml.sax.SAXParseException sp) {
                return new StudyLoadException(file, sp.getLineNumber(), sp.getColumnNumber(), clean(sp.getMessage()), e);
            }
            if (t instanceof NoSuchFileException) {
                return new StudyLoadException(file, 0, 0, "no such file", e);
            }
            t = t.getCause();
        }
        return new StudyLoadException(file, 0, 0, clean(String.valueOf(e.getMessage())), e);
    }

    /** EMF prefixes messages with the exception class and repeats the location; keep the sentence. */
    private static String clean(String m) {
        if (m == null) {
            return "unreadable";
        }
        String s = m.replaceFirst("^[\\w.]+Exception: ", "");
        int at = s.indexOf(" (file:");
        return at > 0 ? s.substring(0, at) : s;
    }

    /**
     * Saves the study into {@code <folder>/<study name>.noodle}, atomically, and points its resource at
     * that file.
     *
     * @return the file written
     */
    public static Path save(Study study, Path folder) throws IOException {
        StudyNames.Unsafe unsafe = StudyNames.firstUnsafe(study);
        if (unsafe != null) {
            throw new IOException(unsafe.message());
        }
        Path file = io.noodle.core.io.FileTrees.child(folder, study.getName() + "." + StudyResourceFactory.EXTENSION);
        saveAs(study, file);
        return file;
    }

    /** Saves the study into exactly this file, atomically. */
    public static void saveAs(Study study, Path file) throws IOException {
        Path target = file.toAbsolutePath().normalize();
        Resource r = study.eResource();
        if (r == null) {
            r = newResourceSet().createResource(URI.createFileURI(target.toString()));
            r.getContents().add(study);
        } else {
            r.setURI(URI.createFileURI(target.toString()));
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 * 1024);
        r.save(bytes, null);
        writeAtomically(target, bytes.toByteArray());
    }

    /** Writes a file so that readers and crashes see either the old or the new content, never a mix. */
    public static void writeAtomically(Path target, byte[] content) throws IOException {
        writeAtomically(target, content, true);
    }

    /**
     * Writes a file by rename, so readers never see a partial file. With {@code durable} the bytes and the
     * rename are forced to disk first (a crash keeps the old or the new file); without, a crash may lose the
     * new file but never leaves a half-written one (for files that can be rebuilt, such as telemetry).
     */
    public static void writeAtomically(Path target, byte[] content, boolean durable) throws IOException {
        Path dir = target.getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, "." + target.getFileName() + ".", ".tmp");
        try {
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                ByteBuffer buf = ByteBuffer.wrap(content);
                while (buf.hasRemaining()) {
                    ch.write(buf);
                }
                if (durable) {
                    ch.force(true);
                }
            }
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            if (durable) {
                forceDirectory(dir);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    private static void forceDirectory(Path dir) {
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException e) {
            // some file systems cannot sync a directory; the rename itself is still atomic
        }
    }
}
