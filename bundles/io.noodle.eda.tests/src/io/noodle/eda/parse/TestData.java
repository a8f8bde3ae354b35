package io.noodle.eda.parse;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Path;

import org.eclipse.core.runtime.FileLocator;
import org.osgi.framework.FrameworkUtil;

/** Files of the test fragment's {@code data/} folder. */
public final class TestData {

    private TestData() {
    }

    public static Path path(String name) {
        try {
            var entries = FrameworkUtil.getBundle(TestData.class).findEntries("data", name, false); // fragments too
            URL url = FileLocator.toFileURL(entries.nextElement());
            return Path.of(url.toURI());
        } catch (IOException | java.net.URISyntaxException | NullPointerException | java.util.NoSuchElementException e) {
            throw new IllegalStateException("test data " + name + " not found", e);
        }
    }
}
