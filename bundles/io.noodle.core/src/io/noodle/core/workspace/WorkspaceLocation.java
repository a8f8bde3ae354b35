package io.noodle.core.workspace;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;

/** Turns the platform's instance location (set with {@code -data}) into a folder. */
public final class WorkspaceLocation {

    private WorkspaceLocation() {
    }

    /**
     * @param url the instance location URL, or null when none is set
     * @return the folder; the default workspace when no location is set
     * @throws WorkspaceException when the location is not a local folder
     */
    public static Path toFolder(URL url) throws WorkspaceException {
        if (url == null) {
            return NoodleWorkspace.defaultLocation();
        }
        if (!"file".equals(url.getProtocol())) {
            throw new WorkspaceException("Workspace location " + url + " is not a local folder. Use -data <folder>.");
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException | IllegalArgumentException e) {
            return Path.of(url.getPath()); // Equinox keeps unencoded file URLs (spaces and all)
        }
    }
}
