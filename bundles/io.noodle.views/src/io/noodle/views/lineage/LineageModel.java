package io.noodle.views.lineage;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import io.noodle.model.results.CaseRecord;
import io.noodle.views.graph.Graph;

/**
 * What the case lineage view shows of a run, before layout: a node per case (its name, WNS/TNS or its
 * failure, and its state as a style: failed, survivor, winner, pruned, running) and an edge per ECO
 * application, labelled with the ECO and its arguments; trials planned or running appear as nodes of their
 * own; the edges from the base case to the best case are emphasised (the winning path). A stage can be
 * collapsed to one node with its counts. Cases are ordered by stage, then by WNS (the
 * best first), so the layout puts the ranks top to bottom. Free of SWT and of the engine.
 */
public final class LineageModel {

    /** Node size at zoom 1. */
    public static final double WIDTH = 190;
    public static final double HEIGHT = 50;
    /** Id prefix of a collapsed stage's node. */
    public static final String STAGE_NODE = "stage:";

    /** A trial planned or running, which has no case record yet. */
    public record Pending(String caseName, int stage, String parent, String eco, Map<String, String> arguments,
            boolean running) {
    }

    private LineageModel() {
    }

    /**
     * The lineage graph of a run.
     *
     * @param cases the finished cases, in any order
     * @param survivors the cases their stages kept
     * @param best the run's best case, or null
     * @param pending trials planned or running
     * @param collapsed the stage indexes shown as one node each
     */
    public static Graph of(List<CaseRecord> cases, Set<String> survivors, String best, List<Pending> pending,
            Set<Integer> collapsed) {
        List<CaseRecord> ordered = new ArrayList<>(cases);
        ordered.sort((a, b) -> a.stage() != b.stage() ? Integer.compare(a.stage(), b.stage())
                : Double.compare(wns(b), wns(a)) != 0 ? Double.compare(wns(b), wns(a)) : a.name().compareTo(b.name()));
        Map<String, String> nodeOf = new LinkedHashMap<>(); // case name -> node id (itself or its stage's)
        List<Graph.Node> nodes = new ArrayList<>();
        Map<Integer, List<CaseRecord>> byStage = new TreeMap<>();
        for (CaseRecord c : ordered) {
            byStage.computeIfAbsent(c.stage(), k -> new ArrayList<>()).add(c);
        }
        Set<Integer> stageNodesMade = new HashSet<>();
        for (CaseRecord c : ordered) {
            if (collapsed.contains(c.stage())) {
                String id = STAGE_NODE + c.stage();
                nodeOf.put(c.name(), id);
                if (stageNodesMade.add(c.stage())) {
                    nodes.add(stageNode(c.stage(), byStage.get(c.stage()), survivors, pending));
                }
                continue;
            }
            nodeOf.put(c.name(), c.name());
            nodes.add(new Graph.Node(c.name(), List.of(c.name(), figures(c)), style(c, survivors, best), WIDTH, HEIGHT));
        }
        for (Pending p : pending) {
            if (nodeOf.containsKey(p.caseName())) {
                continue; // finished meanwhile
            }
            if (collapsed.contains(p.stage())) {
                String id = STAGE_NODE + p.stage();
                nodeOf.put(p.caseName(), id);
                if (stageNodesMade.add(p.stage())) {
                    nodes.add(stageNode(p.stage(), List.of(), survivors, pending));
                }
                continue;
            }
            nodeOf.put(p.caseName(), p.caseName());
            nodes.add(new Graph.Node(p.caseName(), List.of(p.caseName(), p.running() ? "running" : "queued"),
                    Graph.Style.RUNNING, WIDTH, HEIGHT));
        }
        // edges: one per ECO application; between collapsed stages, one per pair of nodes with a count
        Map<String, Graph.Edge> edges = new LinkedHashMap<>();
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (CaseRecord c : ordered) {
            for (String parent : c.parents()) {
                edge(edges, counts, nodeOf.get(parent), nodeOf.get(c.name()), ecoLabel(c.eco(), c.arguments()));
            }
        }
        for (Pending p : pending) {
            if (p.parent() != null) {
                edge(edges, counts, nodeOf.get(p.parent()), nodeOf.get(p.caseName()), ecoLabel(p.eco(), p.arguments()));
            }
        }
        // the winning path: the ECO applications from the base case to the best one
        Set<String> path = new HashSet<>();
        Map<String, CaseRecord> byName = new LinkedHashMap<>();
        ordered.forEach(c -> byName.put(c.name(), c));
        List<String> todo = new ArrayList<>(best == null ? List.of() : List.of(best));
        while (!todo.isEmpty()) {
            CaseRecord c = byName.get(todo.remove(todo.size() - 1));
            if (c != null) {
                for (String p : c.parents()) {
                    if (path.add(nodeOf.getOrDefault(p, p) + "->" + nodeOf.getOrDefault(c.name(), c.name()))) {
                        todo.add(p);
                    }
                }
            }
        }
        List<Graph.Edge> out = new ArrayList<>();
        for (var e : edges.entrySet()) {
            int n = counts.get(e.getKey());
            Graph.Edge g = e.getValue();
            out.add(new Graph.Edge(g.id(), g.from(), g.to(), n == 1 ? g.label() : n + " ECO applications",
                    path.contains(g.id())));
        }
        return new Graph(nodes, out);
    }

    private static void edge(Map<String, Graph.Edge> edges, Map<String, Integer> counts, String from, String to,
            String label) {
        if (from == null || to == null || from.equals(to)) {
            return; // a parent the view does not show, or both in one collapsed stage
        }
        String id = from + "->" + to;
        edges.putIfAbsent(id, new Graph.Edge(id, from, to, label));
        counts.merge(id, 1, Integer::sum);
    }

    private static Graph.Node stageNode(int stage, Collection<CaseRecord> cases, Set<String> survivors,
            List<Pending> pending) {
        long failed = cases.stream().filter(c -> c.failure() != null).count();
        long kept = cases.stream().filter(c -> survivors.contains(c.name())).count();
        long waiting = pending.stream().filter(p -> p.stage() == stage).count();
        String title = stage < 0 ? "gate 0" : "stage " + stage;
        return new Graph.Node(STAGE_NODE + stage, List.of(title + ": " + cases.size() + " cases", failed + " failed, "
                + kept + " kept" + (waiting > 0 ? ", " + waiting + " to run" : "")),
                waiting > 0 ? Graph.Style.RUNNING : Graph.Style.NORMAL, WIDTH, HEIGHT);
    }

    /** Which cases the view shows. */
    public enum Show {
        ALL("All cases"), FAILED("Failed cases"), KEPT("Kept cases and the winner"), PATH("The winning path"),
        RUNNING("Running and queued trials");

        public final String label;

        Show(String label) {
            this.label = label;
        }
    }

    /**
     * The part of a lineage graph {@code show} asks for: the base case (the graph's first node) and the nodes
     * that match, with the edges between them.
     */
    public static Graph filter(Graph g, Show show) {
        if (show == Show.ALL || g.nodes().isEmpty()) {
            return g;
        }
        Set<String> onPath = new HashSet<>();
        g.edges().stream().filter(Graph.Edge::emphasised).forEach(e -> {
            onPath.add(e.from());
            onPath.add(e.to());
        });
        String base = g.nodes().get(0).id();
        List<Graph.Node> nodes = g.nodes().stream().filter(n -> n.id().equals(base) || switch (show) {
        case FAILED -> n.style() == Graph.Style.ERROR;
        case KEPT -> n.style() == Graph.Style.SURVIVOR || n.style() == Graph.Style.WINNER;
        case PATH -> onPath.contains(n.id());
        case RUNNING -> n.style() == Graph.Style.RUNNING;
        default -> true;
        }).toList();
        Set<String> kept = new HashSet<>();
        nodes.forEach(n -> kept.add(n.id()));
        return new Graph(nodes, g.edges().stream().filter(e -> kept.contains(e.from()) && kept.contains(e.to())).toList());
    }

    /** The state of a finished case as a style. */
    public static Graph.Style style(CaseRecord c, Set<String> survivors, String best) {
        if (c.failure() != null) {
            return Graph.Style.ERROR;
        }
        if (c.name().equals(best)) {
            return Graph.Style.WINNER;
        }
        if (survivors.contains(c.name())) {
            return Graph.Style.SURVIVOR;
        }
        return c.stage() < 0 ? Graph.Style.NORMAL : Graph.Style.PRUNED;
    }

    /** {@code WNS -120 ps · TNS -3.4 ns}, or the failure's type. */
    public static String figures(CaseRecord c) {
        if (c.failure() != null) {
            return c.failure().toUpperCase(Locale.ROOT).replace('_', ' ');
        }
        Double wns = c.metric("wns");
        Double tns = c.metric("tns");
        return (wns == null ? "no WNS" : "WNS " + Math.round(wns) + " ps")
                + (tns == null ? "" : " \u00b7 TNS " + Math.round(tns) + " ps");
    }

    /** {@code resize_worst paths=20 drive_steps=2}. */
    public static String ecoLabel(String eco, Map<String, String> arguments) {
        if (eco == null) {
            return "";
        }
        return arguments == null || arguments.isEmpty() ? eco : eco + " " + arguments.entrySet().stream()
                .map(a -> a.getKey() + "=" + a.getValue()).collect(Collectors.joining(" "));
    }

    private static double wns(CaseRecord c) {
        Double w = c.metric("wns");
        return w == null || c.failure() != null ? Double.NEGATIVE_INFINITY : w;
    }
}
