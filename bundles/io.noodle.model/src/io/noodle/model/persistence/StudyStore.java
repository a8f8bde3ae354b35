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
import java.util.Map;

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

    /**
     * A resource set that reads and writes {@code .noodle} files, usable without OSGi. It reads only the files
     * {@link #load} is asked for: a reference inside a study to another document (an {@code href} to a URL, a
     * FIFO, another file) is never followed.
     */
    public static ResourceSet newResourceSet() {
        ResourceSet rs = new ResourceSetImpl();
        rs.setURIConverter(new SelfContained());
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
            String name = folderOrFile.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
            if (name.endsWith(".yaml") || name.endsWith(".yml")) { // else read as XML: "content is not allowed in prolog"
                throw new StudyLoadException(folderOrFile, 0, 0, "a YAML study file (Noodle 2's flat or sectioned file, "
                        + "or this product's earlier format) is imported, not run or opened as it is: noodle import "
                        + folderOrFile + " makes a ." + StudyResourceFactory.EXTENSION
                        + " study of it in the workspace (File > Import Study in the workbench)", null);
            }
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
        URI uri = URI.createFileURI(file.toString());
        if (rs.getURIConverter() instanceof SelfContained sc) {
            sc.allowed.add(uri);
        }
        Resource r = rs.createResource(uri);
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
        refuseExternalReferences(r, file);
        StudyNames.check(study, file);
        io.noodle.model.results.LegacyResults.migrate(study, file);
        return study;
    }

    /** Refuses a study that refers to another document: it would be read when the reference is followed. */
    private static void refuseExternalReferences(Resource r, Path file) throws StudyLoadException {
        Map<EObject, java.util.Collection<org.eclipse.emf.ecore.EStructuralFeature.Setting>> proxies =
                org.eclipse.emf.ecore.util.EcoreUtil.ProxyCrossReferencer.find(r);
        EObject proxy = proxies.isEmpty() ? null : proxies.keySet().iterator().next();
        // a reference in place of a contained object (an ECO, a stage) is a proxy among the contents
        for (var it = org.eclipse.emf.ecore.util.EcoreUtil.<EObject>getAllContents(r, false); proxy == null
                && it.hasNext();) {
            EObject o = it.next();
            if (o.eIsProxy()) {
                proxy = o;
            }
        }
        if (proxy != null) {
            URI target = ((org.eclipse.emf.ecore.InternalEObject) proxy).eProxyURI();
            throw new StudyLoadException(file, 0, 0, "it refers to another document (href=\""
                    + io.noodle.core.io.Problems.escape(String.valueOf(target), 200) + "\"); a study file is "
                    + "self-contained and such references are never followed. Fix: remove the reference, or save the "
                    + "study again from the designer", null);
        }
    }

    /** Opens only the URIs {@link #load} allowed; writing is unrestricted (saving goes through it too). */
    private static final class SelfContained extends org.eclipse.emf.ecore.resource.impl.ExtensibleURIConverterImpl {
        final java.util.Set<URI> allowed = java.util.concurrent.ConcurrentHashMap.newKeySet();

        @Override
        public java.io.InputStream createInputStream(URI uri, Map<?, ?> options) throws IOException {
            if (!allowed.contains(uri)) {
                throw new IOException("refused to read " + io.noodle.core.io.Problems.escape(uri.toString(), 200)
                        + ": a study file is self-contained; references to other documents are not followed");
            }
            return super.createInputStream(uri, options);
        }
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
        // created as any new file is (the user's umask applies; createTempFile would make it 0600), then given the
        // mode of the file it replaces, so that saving never changes who may read a study
        Path tmp = dir.resolve("." + target.getFileName() + "." + Long.toUnsignedString(RANDOM.nextLong(), 36) + ".tmp");
        try {
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE, StandardOpenOption.CREATE_NEW)) {
                keepMode(target, tmp);
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

    private static final java.security.SecureRandom RANDOM = new java.security.SecureRandom();

    /** Gives {@code tmp} the POSIX mode of {@code target} when that exists (and the file system has modes). */
    private static void keepMode(Path target, Path tmp) {
        try {
            Files.setPosixFilePermissions(tmp, Files.getPosixFilePermissions(target));
        } catch (IOException | UnsupportedOperationException e) {
            // a new file, or no POSIX modes here: the default applies
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
