package io.noodle.core.workspace;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** What the Studies navigator lists: the visible folders and files of a workspace, studies marked. */
public final class WorkspaceEntries {

    /** File name ending of a study model (see the model bundle). */
    public static final String STUDY_EXTENSION = ".noodle";

    private static final Comparator<Path> FOLDERS_FIRST = Comparator
            .comparing((Path p) -> !Files.isDirectory(p))
            .thenComparing(p -> p.getFileName().toString().toLowerCase(Locale.ROOT))
            .thenComparing(p -> p.getFileName().toString());

    private WorkspaceEntries() {
    }

    /**
     * The visible children of a folder: folders first, then files, each by name; names starting with a
     * dot (such as {@code .metadata}) are hidden. A folder that vanished or cannot be read has none.
     */
    public static List<Path> children(Path folder) {
        List<Path> out = new ArrayList<>();
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(folder)) {
            for (Path p : ds) {
                if (!isHidden(p)) {
                    out.add(p);
                }
            }
        } catch (IOException e) {
            return List.of();
        }
        out.sort(FOLDERS_FIRST);
        return out;
    }

    public static boolean isHidden(Path p) {
        Path name = p.getFileName();
        return name != null && name.toString().startsWith(".");
    }

    /** A study file is a {@code .noodle} model file. */
    public static boolean isStudyFile(Path p) {
        return p.getFileName().toString().endsWith(STUDY_EXTENSION) && Files.isRegularFile(p);
    }

    /** A study folder holds at least one study file. */
    public static boolean isStudyFolder(Path p) {
        if (!Files.isDirectory(p)) {
            return false;
        }
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(p, "*" + STUDY_EXTENSION)) {
            return ds.iterator().hasNext();
        } catch (IOException e) {
            return false;
        }
    }
}
