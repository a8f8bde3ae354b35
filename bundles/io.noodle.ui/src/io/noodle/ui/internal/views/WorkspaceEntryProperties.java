package io.noodle.ui.internal.views;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import org.eclipse.core.runtime.IAdapterFactory;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;
import org.eclipse.ui.views.properties.PropertyDescriptor;

import io.noodle.core.workspace.WorkspaceEntries;

/** Read-only properties of a workspace entry for the Properties view: name, kind, location, size, modified. */
public final class WorkspaceEntryProperties extends ReadOnlyProperties {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneId.systemDefault());
    private static final String[] KEYS = { "Name", "Kind", "Location", "Size", "Modified" };

    private final Path path;

    WorkspaceEntryProperties(Path path) {
        this.path = path;
    }

    @Override
    public IPropertyDescriptor[] getPropertyDescriptors() {
        IPropertyDescriptor[] d = new IPropertyDescriptor[KEYS.length];
        for (int i = 0; i < KEYS.length; i++) {
            PropertyDescriptor pd = new PropertyDescriptor(KEYS[i], KEYS[i]);
            pd.setCategory("File");
            d[i] = pd;
        }
        return d;
    }

    @Override
    public Object getPropertyValue(Object id) {
        return switch ((String) id) {
        case "Name" -> path.getFileName().toString();
        case "Kind" -> kind();
        case "Location" -> path.toString();
        case "Size" -> attr(a -> a.isDirectory() ? "" : a.size() + " bytes");
        case "Modified" -> attr(a -> TIME.format(a.lastModifiedTime().toInstant()));
        default -> null;
        };
    }

    private String kind() {
        if (WorkspaceEntries.isStudyFolder(path)) {
            return "Study folder";
        }
        if (WorkspaceEntries.isStudyFile(path)) {
            return "Study";
        }
        return Files.isDirectory(path) ? "Folder" : "File";
    }

    private String attr(java.util.function.Function<BasicFileAttributes, String> f) {
        try {
            return f.apply(Files.readAttributes(path, BasicFileAttributes.class));
        } catch (IOException e) {
            return "(gone)";
        }
    }

    /** Registered in plugin.xml for {@link Path}, so the Properties view shows the selected entry. */
    public static final class Factory implements IAdapterFactory {
        @Override
        public <T> T getAdapter(Object adaptable, Class<T> adapterType) {
            if (adaptable instanceof Path p && adapterType == IPropertySource.class) {
                return adapterType.cast(new WorkspaceEntryProperties(p));
            }
            return null;
        }

        @Override
        public Class<?>[] getAdapterList() {
            return new Class<?>[] { IPropertySource.class };
        }
    }
}
