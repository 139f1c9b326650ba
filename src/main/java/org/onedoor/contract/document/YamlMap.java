package org.onedoor.contract.document;

import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.DumperOptions.FlowStyle;
import org.yaml.snakeyaml.DumperOptions.ScalarStyle;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * A YAML mapping built key by key, in the order written, and emitted by SnakeYAML in the layout people read and diff:
 * two-space indents, list items indented under their key, lists of codes and names on one line, and a text quoted
 * only when YAML would misread it plain.
 */
final class YamlMap {

    private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9 _.,'()&/+-]*");
    /** A leading zero before a digit (007): SnakeYAML will not write it plain, as YAML 1.1 reads it as octal. */
    private static final Pattern LEADING_ZERO = Pattern.compile("0[0-9]");

    private static final List<String> WORDS = List.of("true", "false", "yes", "no", "null", "on", "off");
    private static final Resolver RESOLVER = new Resolver();

    /** The keys in the order written, each with its value (a mapping or list is built when the document is). */
    private final List<Map.Entry<String, Supplier<Node>>> entries = new ArrayList<>();

    /** A text: plain when YAML reads it back as written, double-quoted otherwise. */
    YamlMap text(String key, String value) {
        return put(key, scalar(value));
    }

    /** A number, a yes/no or a code, written as it is. */
    YamlMap value(String key, Object value) {
        return put(key, plain(value.toString()));
    }

    /** Numbers or codes on one line, as written: {@code [2, 3]}. */
    YamlMap values(String key, List<?> values) {
        return put(
                key, flow(values.stream().map(value -> plain(value.toString())).toList()));
    }

    /** Texts on one line, each quoted: {@code ["80", "81"]}. */
    YamlMap list(String key, List<String> values) {
        return put(key, flow(values.stream().map(YamlMap::quoted).toList()));
    }

    /** A mapping under {@code key}, to be filled in. */
    YamlMap map(String key) {
        YamlMap child = new YamlMap();
        entries.add(Map.entry(key, child::node));
        return child;
    }

    /** A list of mappings under {@code key}; each call of the result's {@link Items#add} starts an item. */
    Items items(String key) {
        Items items = new Items();
        entries.add(Map.entry(key, items::node));
        return items;
    }

    /** The document: a comment line, then the mapping. */
    String write(String comment) {
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(FlowStyle.BLOCK);
        options.setIndent(2);
        options.setIndicatorIndent(2);
        options.setIndentWithIndicator(true);
        options.setWidth(Integer.MAX_VALUE);
        options.setSplitLines(false);
        options.setAllowUnicode(true);
        options.setLineBreak(DumperOptions.LineBreak.UNIX);
        StringWriter out = new StringWriter();
        out.append("# ").append(comment.replace('\n', ' ')).append('\n');
        new Yaml(options).serialize(node(), out);
        return out.toString();
    }

    private Node node() {
        return new MappingNode(
                Tag.MAP,
                entries.stream()
                        .map(entry -> new NodeTuple(
                                new ScalarNode(Tag.STR, entry.getKey(), null, null, ScalarStyle.PLAIN),
                                entry.getValue().get()))
                        .toList(),
                FlowStyle.BLOCK);
    }

    private YamlMap put(String key, Node value) {
        entries.add(Map.entry(key, () -> value));
        return this;
    }

    private static Node scalar(String value) {
        boolean plain = PLAIN.matcher(value).matches()
                && !value.endsWith(" ")
                && !value.contains(" #")
                && !WORDS.contains(value.toLowerCase())
                && !LEADING_ZERO.matcher(value).lookingAt();
        return plain ? plain(value) : quoted(value);
    }

    /** Tagged as YAML would resolve it, so SnakeYAML can leave it plain with no tag. */
    private static Node plain(String value) {
        return new ScalarNode(RESOLVER.resolve(NodeId.scalar, value, true), value, null, null, ScalarStyle.PLAIN);
    }

    private static Node quoted(String value) {
        return new ScalarNode(Tag.STR, value, null, null, ScalarStyle.DOUBLE_QUOTED);
    }

    private static Node flow(List<Node> items) {
        return new SequenceNode(Tag.SEQ, items, FlowStyle.FLOW);
    }

    /** A list of mappings, written block style: {@code - key: value}. */
    static final class Items {

        private final List<YamlMap> items = new ArrayList<>();

        YamlMap add() {
            YamlMap item = new YamlMap();
            items.add(item);
            return item;
        }

        private Node node() {
            return new SequenceNode(
                    Tag.SEQ, items.stream().map(item -> (Node) item.node()).toList(), FlowStyle.BLOCK);
        }
    }
}
