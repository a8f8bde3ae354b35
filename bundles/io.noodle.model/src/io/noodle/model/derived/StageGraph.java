package io.noodle.model.derived;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.Set;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.util.EcoreEList;

import io.noodle.model.DependencyKind;
import io.noodle.model.NoodlePackage;
import io.noodle.model.Stage;
import io.noodle.model.StageDependency;
import io.noodle.model.Study;

/** The stage DAG of a study: inputs, dependency kinds, cycle detection and a deterministic order. */
public final class StageGraph {

    private StageGraph() {
    }

    /** Stages whose survivors feed {@code stage}, in the order of the study's dependencies. */
    public static EList<Stage> inputsOf(Stage stage) {
        List<Stage> in = new ArrayList<>();
        Study study = stage.getStudy();
        if (study != null) {
            for (StageDependency d : study.getDependencies()) {
                if (d.getTo() == stage && d.getFrom() != null && !in.contains(d.getFrom())) {
                    in.add(d.getFrom());
                }
            }
        }
        return new EcoreEList.UnmodifiableEList<>((org.eclipse.emf.ecore.InternalEObject) stage,
                NoodlePackage.Literals.STAGE__INPUTS, in.size(), in.toArray());
    }

    /**
     * Every stage's inputs, in the order of the study's dependencies, built in one pass over them: for code that
     * asks for the inputs of many stages (asking each stage costs a pass over all dependencies).
     */
    public static Map<Stage, List<Stage>> inputs(Study study) {
        Map<Stage, List<Stage>> in = new HashMap<>();
        Map<Stage, Set<Stage>> seen = new HashMap<>();
        study.getStages().forEach(st -> in.put(st, new ArrayList<>()));
        for (StageDependency d : study.getDependencies()) {
            if (d.getTo() != null && d.getFrom() != null && seen.computeIfAbsent(d.getTo(), k -> new java.util.HashSet<>())
                    .add(d.getFrom())) {
                in.computeIfAbsent(d.getTo(), k -> new ArrayList<>()).add(d.getFrom());
            }
        }
        return in;
    }

    /** Stages fed by {@code stage}. */
    public static List<Stage> dependentsOf(Stage stage) {
        List<Stage> out = new ArrayList<>();
        Study study = stage.getStudy();
        if (study != null) {
            for (StageDependency d : study.getDependencies()) {
                if (d.getFrom() == stage && d.getTo() != null && !out.contains(d.getTo())) {
                    out.add(d.getTo());
                }
            }
        }
        return out;
    }

    /**
     * Convergence when the downstream stage has several inputs; branching when the upstream stage feeds
     * several stages; sequential otherwise.
     */
    public static DependencyKind kindOf(StageDependency d) {
        if (d.getTo() != null && inputsOf(d.getTo()).size() > 1) {
            return DependencyKind.CONVERGENCE;
        }
        if (d.getFrom() != null && dependentsOf(d.getFrom()).size() > 1) {
            return DependencyKind.BRANCHING;
        }
        return DependencyKind.SEQUENTIAL;
    }

    /** A cycle of the stage graph as the stages on it (first repeated at the end), if there is one. */
    public static Optional<List<Stage>> findCycle(Study study) {
        Map<Stage, List<Stage>> next = successors(study);
        Map<Stage, Integer> state = new HashMap<>(); // 1 = on stack, 2 = done
        for (Stage start : study.getStages()) {
            if (state.containsKey(start)) {
                continue;
            }
            // iterative DFS keeping the path
            ArrayDeque<Stage> path = new ArrayDeque<>();
            ArrayDeque<java.util.Iterator<Stage>> its = new ArrayDeque<>();
            path.push(start);
            its.push(next.getOrDefault(start, List.of()).iterator());
            state.put(start, 1);
            while (!path.isEmpty()) {
                java.util.Iterator<Stage> it = its.peek();
                if (it.hasNext()) {
                    Stage n = it.next();
                    Integer s = state.get(n);
                    if (s == null) {
                        state.put(n, 1);
                        path.push(n);
                        its.push(next.getOrDefault(n, List.of()).iterator());
                    } else if (s == 1) {
                        List<Stage> cycle = new ArrayList<>();
                        List<Stage> onPath = new ArrayList<>(path);
                        java.util.Collections.reverse(onPath);
                        cycle.addAll(onPath.subList(onPath.indexOf(n), onPath.size()));
                        cycle.add(n);
                        return Optional.of(cycle);
                    }
                } else {
                    state.put(path.pop(), 2);
                    its.pop();
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The stages in an order where every stage comes after its inputs; among stages ready at the same
     * time, declaration order decides (so the order does not depend on anything but the study).
     *
     * @throws IllegalStateException when the graph has a cycle
     */
    public static List<Stage> topologicalOrder(Study study) {
        Map<Stage, List<Stage>> next = successors(study);
        Map<Stage, Integer> indegree = new LinkedHashMap<>();
        study.getStages().forEach(s -> indegree.put(s, 0));
        next.values().forEach(list -> list.forEach(t -> indegree.merge(t, 1, Integer::sum)));
        Map<Stage, Integer> position = new HashMap<>();
        for (Stage st : study.getStages()) {
            position.putIfAbsent(st, position.size());
        }
        PriorityQueue<Stage> ready = new PriorityQueue<>(Comparator.comparingInt(position::get));
        indegree.forEach((s, d) -> {
            if (d == 0) {
                ready.add(s);
            }
        });
        List<Stage> order = new ArrayList<>();
        while (!ready.isEmpty()) {
            Stage s = ready.poll();
            order.add(s);
            for (Stage t : next.getOrDefault(s, List.of())) {
                if (indegree.merge(t, -1, Integer::sum) == 0) {
                    ready.add(t);
                }
            }
        }
        if (order.size() != indegree.size()) {
            throw new IllegalStateException("the stage graph of study " + study.getName() + " has a cycle");
        }
        return order;
    }

    private static Map<Stage, List<Stage>> successors(Study study) {
        Map<Stage, List<Stage>> next = new LinkedHashMap<>();
        Set<Stage> own = new LinkedHashSet<>(study.getStages());
        for (StageDependency d : study.getDependencies()) {
            if (d.getFrom() != null && d.getTo() != null && own.contains(d.getFrom()) && own.contains(d.getTo())) {
                List<Stage> l = next.computeIfAbsent(d.getFrom(), k -> new ArrayList<>());
                if (!l.contains(d.getTo())) {
                    l.add(d.getTo());
                }
            }
        }
        return next;
    }
}
