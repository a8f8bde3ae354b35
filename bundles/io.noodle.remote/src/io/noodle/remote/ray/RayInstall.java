package io.noodle.remote.ray;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where Ray is: the virtual environment {@code ./noodle} installs the pinned {@code ray[default]} into (in the
 * project folder, ignored by git), named by the environment variable {@code NOODLE_RAY_VENV} (or the system
 * property {@code noodle.ray.venv}); its Python runs the driver, its {@code ray} command starts clusters.
 */
public record RayInstall(Path venv) {

    /** The installation the script named, checked. */
    public static RayInstall find() throws IOException {
        String v = System.getProperty("noodle.ray.venv", System.getenv("NOODLE_RAY_VENV"));
        if (v == null || v.isBlank()) {
            throw new IOException("Ray is not installed for Noodle: run ./noodle ray up (it installs the pinned "
                    + "ray[default] into a virtual environment in the project folder), or start the workbench and the "
                    + "command line through ./noodle");
        }
        RayInstall r = new RayInstall(Path.of(v));
        if (!Files.isExecutable(r.python()) || !Files.isExecutable(r.ray())) {
            throw new IOException("Ray's virtual environment " + v + " is incomplete (no bin/python or bin/ray): remove "
                    + "it and run ./noodle ray up again to install it");
        }
        return r;
    }

    /**
     * Where {@code ./noodle ray up} records the project's local cluster: beside the environment, or where the
     * system property {@code noodle.ray.state} (or the variable {@code NOODLE_RAY_STATE}) says: tests keep theirs
     * apart from a user's cluster.
     */
    public Path clusterState() {
        String p = System.getProperty("noodle.ray.state", System.getenv("NOODLE_RAY_STATE"));
        return p != null ? Path.of(p) : venv.toAbsolutePath().getParent().resolve(".noodle").resolve("ray-cluster.json");
    }

    /**
     * The cluster to run on: the address given, else the workspace's (Preferences > Noodle > Executors), else
     * the project's local cluster when it runs.
     */
    public String address(String given, String workspaceAddress) throws IOException {
        if (given != null && !given.isBlank()) {
            return given;
        }
        if (workspaceAddress != null) {
            return workspaceAddress;
        }
        LocalRayCluster c = LocalRayCluster.read(clusterState());
        if (c != null && c.alive()) {
            return c.address();
        }
        throw new IOException("no Ray cluster: start one on this machine with ./noodle ray up, or give a cluster's "
                + "address with --ray HOST:PORT (or in Preferences > Noodle > Executors)");
    }

    public Path python() {
        return venv.resolve("bin/python");
    }

    public Path ray() {
        return venv.resolve("bin/ray");
    }

    /** The driver program shipped in this bundle, written into {@code folder} (fresh each time: it may change). */
    public static Path driver(Path folder) throws IOException {
        Files.createDirectories(folder);
        Path f = folder.resolve("noodle_ray_driver.py");
        try (var in = RayInstall.class.getResourceAsStream("/ray/noodle_ray_driver.py")) {
            if (in == null) {
                throw new IOException("the Ray driver is missing from the io.noodle.remote bundle");
            }
            Path tmp = folder.resolve("noodle_ray_driver.py.tmp");
            Files.write(tmp, in.readAllBytes());
            Files.move(tmp, f, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        return f;
    }
}
