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
import io.noodle.model.results.VerdictRecord;
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
        return of(cases, survivors, best, pending, collapsed, List.of());
    }

    /**
     * The lineage graph of a run, each case with badges for the verdicts that name it (a failed rail or gate:
     * red "!"; gate 0 passed: "✓") and for its failure (red "✕").
     *
     * @param verdicts the run's verdicts so far
     */
    public static Graph of(List<CaseRecord> cases, Set<String> survivors, String best, List<Pending> pending,
            Set<Integer> collapsed, List<VerdictRecord> verdicts) {
        Map<String, List<Graph.Badge>> badges = badges(cases, verdicts);
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
            nodes.add(new Graph.Node(c.name(), List.of(c.name(), figures(c)), style(c, survivors, best), WIDTH, HEIGHT,
                    badges.get(c.name())));
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
                    p.running() ? Graph.Style.RUNNING : Graph.Style.QUEUED, WIDTH, HEIGHT));
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
     * that match, with the cases they descend from as faint context and the edges between them.
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
        Set<String> pass = new HashSet<>();
        for (Graph.Node n : g.nodes()) {
            if (n.id().equals(base) || switch (show) {
            case FAILED -> n.style() == Graph.Style.ERROR;
            case KEPT -> n.style() == Graph.Style.SURVIVOR || n.style() == Graph.Style.WINNER;
            case PATH -> onPath.contains(n.id());
            case RUNNING -> n.style().unfinished();
            default -> true;
            }) {
                pass.add(n.id());
            }
        }
        return keep(g, pass);
    }

    /**
     * The nodes that pass, and as faint context the nodes they descend from (so a case stays in its stage's
     * column, joined to the base case by the ECOs that made it), with the edges between them.
     */
    static Graph keep(Graph g, Set<String> pass) {
        Map<String, List<String>> parents = new java.util.HashMap<>();
        for (Graph.Edge e : g.edges()) {
            parents.computeIfAbsent(e.to(), k -> new ArrayList<>()).add(e.from());
        }
        Set<String> shown = new HashSet<>(pass);
        List<String> todo = new ArrayList<>(pass);
        while (!todo.isEmpty()) {
            for (String p : parents.getOrDefault(todo.remove(todo.size() - 1), List.of())) {
                if (shown.add(p)) {
                    todo.add(p);
                }
            }
        }
        List<Graph.Node> nodes = new ArrayList<>();
        for (Graph.Node n : g.nodes()) {
            if (pass.contains(n.id())) {
                nodes.add(n);
            } else if (shown.contains(n.id())) {
                nodes.add(n.asContext());
            }
        }
        return new Graph(nodes, g.edges().stream().filter(e -> shown.contains(e.from()) && shown.contains(e.to())).toList());
    }

    /** The badges of each case that has any: its failure, then the verdicts that name it, in their order. */
    private static Map<String, List<Graph.Badge>> badges(List<CaseRecord> cases, List<VerdictRecord> verdicts) {
        Map<String, List<Graph.Badge>> out = new java.util.HashMap<>();
        for (CaseRecord c : cases) {
            if (c.failure() != null) {
                out.computeIfAbsent(c.name(), k -> new ArrayList<>()).add(new Graph.Badge("\u2715",
                        c.failure() + (c.failureMessage() == null ? "" : ": " + c.failureMessage()), true));
            }
        }
        for (VerdictRecord v : verdicts) {
            boolean gate0 = v.rail() != null && v.rail().startsWith("gate");
            if (v.passed() && !gate0 && !v.warning()) {
                continue; // a passed rail names every case of its stage: no news
            }
            Graph.Badge b = new Graph.Badge(v.warning() ? "\u26a0" : v.passed() ? "\u2713" : "!",
                    (v.warning() ? "warning: " : v.passed() ? "passed: " : "failed: ")
                    + v.rail() + (v.message() == null ? "" : " \u2014 " + v.message()), !v.passed());
            for (String name : v.cases()) {
                List<Graph.Badge> list = out.computeIfAbsent(name, k -> new ArrayList<>());
                if (!list.contains(b) && list.size() < 4) {
                    list.add(b);
                }
            }
        }
        return out;
    }

    /**
     * What else narrows the cases shown, beside their state: the ECO that made them, its class, and a range of
     * one metric. A null field does not narrow.
     *
     * @param classOf the class of each ECO name (the study's catalogue), for {@code ecoClass}
     */
    public record Criteria(Integer stage, String eco, String ecoClass, String metric, Double min, Double max,
            Map<String, String> classOf) {

        /** Shows everything. */
        public static final Criteria NONE = new Criteria(null, null, null, null, null, null, Map.of());

        public Criteria {
            classOf = classOf == null ? Map.of() : Map.copyOf(classOf);
        }

        /** Without a stage. */
        public Criteria(String eco, String ecoClass, String metric, Double min, Double max, Map<String, String> classOf) {
            this(null, eco, ecoClass, metric, min, max, classOf);
        }

        /** Whether nothing is narrowed. */
        public boolean none() {
            return stage == null && eco == null && ecoClass == null && (metric == null || min == null && max == null);
        }

        /** Whether a finished case passes (the base case always does). */
        public boolean test(CaseRecord c) {
            if (c.parents().isEmpty()) {
                return true;
            }
            if (stage != null && stage != c.stage()) {
                return false;
            }
            if (eco != null && !eco.equals(c.eco())) {
                return false;
            }
            if (ecoClass != null && !ecoClass.equals(classOf.get(c.eco()))) {
                return false;
            }
            if (metric != null && (min != null || max != null)) {
                Double v = c.metric(metric);
                return v != null && (min == null || v >= min) && (max == null || v <= max);
            }
            return true;
        }

        /** Whether a trial not finished yet passes: it has no metrics, so a metric range hides it. */
        public boolean test(Pending p) {
            return (stage == null || stage == p.stage()) && (eco == null || eco.equals(p.eco())) && (ecoClass == null || ecoClass.equals(classOf.get(p.eco())))
                    && (metric == null || min == null && max == null);
        }
    }

    /**
     * The part of a lineage graph the criteria keep: the base case, collapsed stages, and the cases and trials
     * that pass, with the cases they descend from as faint context and the edges between them.
     */
    public static Graph filter(Graph g, Criteria criteria, List<CaseRecord> cases, List<Pending> pending) {
        if (criteria == null || criteria.none() || g.nodes().isEmpty()) {
            return g;
        }
        Set<String> pass = new HashSet<>();
        cases.stream().filter(criteria::test).forEach(c -> pass.add(c.name()));
        pending.stream().filter(criteria::test).forEach(p -> pass.add(p.caseName()));
        pass.add(g.nodes().get(0).id());
        g.nodes().stream().filter(n -> n.id().startsWith(STAGE_NODE)).forEach(n -> pass.add(n.id()));
        pass.retainAll(g.nodes().stream().map(Graph.Node::id).collect(Collectors.toSet()));
        return keep(g, pass);
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
