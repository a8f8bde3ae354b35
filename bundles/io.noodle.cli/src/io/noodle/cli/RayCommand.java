package io.noodle.cli;

import java.io.IOException;
import java.util.List;

import io.noodle.remote.ray.LocalRayCluster;
import io.noodle.remote.ray.RayInstall;

/**
 * {@code noodle ray up [--workers N] [--cpus C] | down | status}: a real Ray cluster on this machine, bound to
 * loopback, for {@code run-study --executor ray} and the workbench's run dialog.
 */
final class RayCommand {

    static final String USAGE = "usage: noodle ray up [--workers N] [--cpus C] | down | status";

    private RayCommand() {
    }

    static int run(List<String> args, CliContext ctx) {
        if (args.isEmpty()) {
            ctx.err().println(USAGE);
            return NoodleCli.EXIT_USAGE;
        }
        try {
            RayInstall ray = RayInstall.find();
            switch (args.get(0)) {
            case "up" -> {
                int workers = 1;
                int cpus = Math.max(1, Runtime.getRuntime().availableProcessors() / 2);
                for (int i = 1; i < args.size(); i++) {
                    String a = args.get(i);
                    if ((!a.equals("--workers") && !a.equals("--cpus")) || i + 1 >= args.size()) {
                        ctx.err().println(USAGE);
                        return NoodleCli.EXIT_USAGE;
                    }
                    int v;
                    try {
                        v = Integer.parseInt(args.get(++i));
                    } catch (NumberFormatException e) {
                        v = -1;
                    }
                    if (v < (a.equals("--workers") ? 0 : 1) || v > 256) {
                        ctx.err().println("noodle ray up: " + a + " needs a number from " + (a.equals("--workers") ? 0
                                : 1) + " to 256, not '" + args.get(i) + "'");
                        return NoodleCli.EXIT_USAGE;
                    }
                    if (a.equals("--workers")) {
                        workers = v;
                    } else {
                        cpus = v;
                    }
                }
                ctx.out().println("starting a Ray cluster: a head and " + workers + " worker node(s) of " + cpus
                        + " CPU(s) on 127.0.0.1 ...");
                LocalRayCluster c = LocalRayCluster.up(ray, ray.clusterState(), workers, cpus);
                ctx.out().println("ray cluster up: address " + c.address() + ", dashboard " + c.dashboard());
                ctx.out().println("run a study on it: noodle run-study <study> --executor ray; stop it: noodle ray down");
                return NoodleCli.EXIT_OK;
            }
            case "down" -> {
                boolean had = LocalRayCluster.down(ray.clusterState());
                ctx.out().println(had ? "ray cluster stopped" : "no Ray cluster of this project runs");
                return NoodleCli.EXIT_OK;
            }
            case "status" -> {
                LocalRayCluster c = LocalRayCluster.read(ray.clusterState());
                if (c == null || !c.alive()) {
                    ctx.out().println("no Ray cluster of this project runs (start one with noodle ray up)");
                    return NoodleCli.EXIT_PROBLEM;
                }
                ctx.out().println("ray cluster: address " + c.address() + ", dashboard " + c.dashboard() + ", "
                        + c.nodePorts().size() + " node(s)");
                ctx.out().print(c.status(ray));
                return NoodleCli.EXIT_OK;
            }
            default -> {
                ctx.err().println(USAGE);
                return NoodleCli.EXIT_USAGE;
            }
            }
        } catch (IOException e) {
            ctx.err().println("noodle ray: " + e.getMessage());
            return NoodleCli.EXIT_PROBLEM;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            ctx.err().println("noodle ray: interrupted");
            return NoodleCli.EXIT_PROBLEM;
        }
    }
}
