package org.zonelab.scenario;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A YAML value with its position, as read by {@link YamlReader}: a map, a list or a scalar. Nodes are
 * immutable once read; an alias shares the node of its anchor.
 */
sealed interface Node permits Node.MapNode, Node.ListNode, Node.ScalarNode {

    /** Where the value starts. */
    Position pos();

    /** Number of nodes in this value, counting shared (aliased) nodes each time they appear. */
    long weight();

    /** A short description for error messages, e.g. {@code text "abc"} or {@code a list}. */
    String describe();

    /** What kind of value this is, without its content: {@code text}, {@code a number}, {@code a list}. */
    String kindText();

    /** One key of a map, with the key's own position. */
    record Entry(String key, Position keyPos, Node value) {
    }

    /** A map, in file order. */
    record MapNode(Position pos, Map<String, Entry> entries, long weight) implements Node {
        public MapNode {
            entries = Collections.unmodifiableMap(new LinkedHashMap<>(entries));
        }

        Entry entry(String key) {
            return entries.get(key);
        }

        Node get(String key) {
            Entry e = entries.get(key);
            return e == null ? null : e.value();
        }

        @Override
        public String describe() {
            return "a map";
        }

        @Override
        public String kindText() {
            return "a map";
        }
    }

    /** A list. */
    record ListNode(Position pos, List<Node> items, long weight) implements Node {
        public ListNode {
            items = List.copyOf(items);
        }

        @Override
        public String describe() {
            return "a list";
        }

        @Override
        public String kindText() {
            return "a list";
        }
    }

    /** A scalar: text, number, boolean or null. {@code number} is set for INTEGER and REAL. */
    record ScalarNode(Position pos, Kind kind, String text, Number number) implements Node {

        enum Kind { TEXT, INTEGER, REAL, BOOLEAN, NULL }

        @Override
        public long weight() {
            return 1;
        }

        @Override
        public String describe() {
            return switch (kind) {
                case TEXT -> "text " + Text.quote(text);
                case INTEGER, REAL -> "the number " + Text.shorten(text);
                case BOOLEAN -> "the boolean " + text;
                case NULL -> "an empty value";
            };
        }

        @Override
        public String kindText() {
            return switch (kind) {
                case TEXT -> "text";
                case INTEGER, REAL -> "a number";
                case BOOLEAN -> "a boolean";
                case NULL -> "an empty value";
            };
        }
    }
}
