package io.noodle.remote.ssh;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The executors a workspace knows — SSH hosts and a Ray cluster's address — kept in
 * {@code .metadata/.plugins/io.noodle.remote/executors.json} of the workspace, beside the {@code known_hosts}
 * their keys are checked against. The workbench's Preferences > Noodle > Executors page and
 * {@code ./noodle hosts} edit the same file. It holds no secret: keys stay in their files, only their paths are
 * kept.
 */
public final class HostStore {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final Path folder;

    /** The store of a workspace. */
    public HostStore(Path workspace) {
        this.folder = workspace.resolve(".metadata").resolve(".plugins").resolve("io.noodle.remote");
    }

    public Path file() {
        return folder.resolve("executors.json");
    }

    /** The known hosts file of the workspace. */
    public KnownHosts knownHosts() {
        return new KnownHosts(folder.resolve("known_hosts"));
    }

    /** What the store holds: the SSH hosts in their order and the Ray address (null when none). */
    public record Settings(List<SshHost> hosts, String rayAddress) {
        public Settings {
            hosts = List.copyOf(hosts);
        }

        public SshHost host(String name) {
            return hosts.stream().filter(h -> h.name().equals(name)).findFirst().orElse(null);
        }
    }

    /**
     * Reads the settings; a missing file holds none.
     *
     * @throws IOException naming the file, the line and what is wrong in it
     */
    public Settings read() throws IOException {
        Path f = file();
        if (!Files.exists(f)) {
            return new Settings(List.of(), null);
        }
        JsonNode root;
        try {
            root = JSON.readTree(f.toFile());
        } catch (JsonProcessingException e) {
            var at = e.getLocation();
            throw new IOException(f + (at == null ? "" : ":" + at.getLineNr() + ":" + at.getColumnNr())
                    + ": not valid JSON (" + e.getOriginalMessage() + "). Fix it, or move it away to start again");
        }
        List<SshHost> hosts = new ArrayList<>();
        for (JsonNode h : root.path("ssh_hosts")) {
            Map<String, String> tools = new LinkedHashMap<>();
            h.path("tools").fields().forEachRemaining(e -> tools.put(e.getKey(), e.getValue().asText()));
            try {
                hosts.add(new SshHost(h.path("name").asText(null), h.path("host").asText(null), h.path("port").asInt(22),
                        h.path("user").asText(null), h.hasNonNull("key") ? Path.of(h.path("key").asText()) : null,
                        h.path("slots").asInt(1), h.path("work_folder").asText(null), tools));
            } catch (IllegalArgumentException e) { // a bad value, or a path that cannot be one
                throw new IOException(f + ": " + e.getMessage());
            }
        }
        String ray = root.path("ray").path("address").asText(null);
        return new Settings(hosts, ray == null || ray.isBlank() ? null : ray);
    }

    /** Writes the settings whole (a temporary file renamed over the old one). */
    public void write(Settings s) throws IOException {
        ObjectNode root = JSON.createObjectNode();
        ArrayNode hosts = root.putArray("ssh_hosts");
        for (SshHost h : s.hosts()) {
            ObjectNode o = hosts.addObject();
            o.put("name", h.name());
            o.put("host", h.host());
            o.put("port", h.port());
            o.put("user", h.user());
            o.put("key", h.key().toString());
            o.put("slots", h.slots());
            o.put("work_folder", h.workFolder());
            ObjectNode t = o.putObject("tools");
            h.tools().forEach(t::put);
        }
        if (s.rayAddress() != null) {
            root.putObject("ray").put("address", s.rayAddress());
        }
        Files.createDirectories(folder);
        Path tmp = folder.resolve("executors.json.tmp");
        Files.write(tmp, JSON.writeValueAsBytes(root));
        try {
            Files.move(tmp, file(), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, file(), StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Adds a host, or replaces the one of its name when {@code replace}; refuses a second of one name otherwise. */
    public void put(SshHost h, boolean replace) throws IOException {
        Settings s = read();
        List<SshHost> hosts = new ArrayList<>(s.hosts());
        int at = -1;
        for (int i = 0; i < hosts.size(); i++) {
            if (hosts.get(i).name().equals(h.name())) {
                at = i;
            }
        }
        if (at >= 0 && !replace) {
            throw new IOException("a host named " + h.name() + " exists already (replace it with --replace)");
        }
        if (at >= 0) {
            hosts.set(at, h);
        } else {
            hosts.add(h);
        }
        write(new Settings(hosts, s.rayAddress()));
    }

    /** Removes a host; false when there was none of that name. */
    public boolean remove(String name) throws IOException {
        Settings s = read();
        List<SshHost> hosts = new ArrayList<>(s.hosts());
        boolean had = hosts.removeIf(h -> h.name().equals(name));
        if (had) {
            write(new Settings(hosts, s.rayAddress()));
        }
        return had;
    }
}
