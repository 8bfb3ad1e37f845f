package org.threadlens;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The strongly connected components of more than one node in a dependency graph (Tarjan's algorithm), each
 * as its sorted members, sorted by first member. A self-reference is not a cycle. Not thread-safe.
 */
final class PackageCycles {
    private final Map<String, Set<String>> graph;
    private final Map<String, Integer> index = new HashMap<>();
    private final Map<String, Integer> low = new HashMap<>();
    private final Deque<String> stack = new ArrayDeque<>();
    private final Set<String> onStack = new HashSet<>();
    private final List<List<String>> cycles = new ArrayList<>();

    PackageCycles(Map<String, Set<String>> graph) {
        this.graph = graph;
    }

    List<List<String>> find() {
        for (String node : new TreeSet<>(graph.keySet())) {
            if (!index.containsKey(node)) {
                visit(node);
            }
        }
        cycles.sort((a, b) -> a.get(0).compareTo(b.get(0)));
        return cycles;
    }

    private void visit(String node) {
        index.put(node, index.size());
        low.put(node, index.get(node));
        stack.push(node);
        onStack.add(node);
        for (String next : graph.getOrDefault(node, Set.of())) {
            if (!index.containsKey(next)) {
                visit(next);
                low.put(node, Math.min(low.get(node), low.get(next)));
            } else if (onStack.contains(next)) {
                low.put(node, Math.min(low.get(node), index.get(next)));
            }
        }
        if (low.get(node).equals(index.get(node))) {
            TreeSet<String> component = new TreeSet<>();
            String member;
            do {
                member = stack.pop();
                onStack.remove(member);
                component.add(member);
            } while (!member.equals(node));
            if (component.size() > 1) {
                cycles.add(List.copyOf(component));
            }
        }
    }
}
