package org.onedoor.contract.document;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.onedoor.shared.Text;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * One node of a contract document with its place in the file, so every problem names the file, the line and the
 * field ("nel-2016.yaml line 14, rules[1].rate: …"). Unknown keys are refused, so a misspelt setting never passes
 * silently as its default.
 */
final class DocumentNode {

    private final String file;
    private final String path;
    private final Node node;

    DocumentNode(String file, String path, Node node) {
        this.file = file;
        this.path = path;
        this.node = node;
    }

    String path() {
        return path;
    }

    int line() {
        return node.getStartMark().getLine() + 1;
    }

    ContractDocumentProblem problem(String message) {
        return new ContractDocumentProblem(file, line(), path.isEmpty() ? "(document)" : path, message);
    }

    /** This node as a mapping allowed to hold only {@code allowed} keys. */
    DocumentNode mapping(Set<String> allowed) {
        if (!(node instanceof MappingNode mapping)) {
            throw problem("must be a mapping of keys to values");
        }
        for (NodeTuple tuple : mapping.getValue()) {
            String key = ((ScalarNode) tuple.getKeyNode()).getValue();
            if (!allowed.contains(key)) {
                throw new DocumentNode(file, child(key), tuple.getKeyNode())
                        .problem("is not a known setting here; expected one of " + new TreeSet<>(allowed));
            }
        }
        return this;
    }

    Optional<DocumentNode> optional(String key) {
        if (node instanceof MappingNode mapping) {
            for (NodeTuple tuple : mapping.getValue()) {
                if (tuple.getKeyNode() instanceof ScalarNode scalar
                        && scalar.getValue().equals(key)) {
                    Node value = tuple.getValueNode();
                    boolean empty = value instanceof ScalarNode s
                            && (s.getValue().isBlank()
                                    || s.getValue().equals("~")
                                    || s.getValue().equals("null"));
                    return empty ? Optional.empty() : Optional.of(new DocumentNode(file, child(key), value));
                }
            }
        }
        return Optional.empty();
    }

    DocumentNode required(String key) {
        return optional(key).orElseThrow(() -> new DocumentNode(file, child(key), node).problem("is missing"));
    }

    List<DocumentNode> items() {
        if (!(node instanceof SequenceNode sequence)) {
            throw problem("must be a list");
        }
        List<DocumentNode> items = new ArrayList<>();
        for (int i = 0; i < sequence.getValue().size(); i++) {
            items.add(new DocumentNode(
                    file, path + "[" + i + "]", sequence.getValue().get(i)));
        }
        return items;
    }

    String text() {
        if (!(node instanceof ScalarNode scalar) || scalar.getValue().isBlank()) {
            throw problem("must be a value");
        }
        if (Text.hasControlCharacter(scalar.getValue())) {
            // YAML's escapes (\0, \e …) make characters that no text field accepts and PostgreSQL cannot store.
            throw problem("contains a control character (such as NUL or ESC), which cannot be stored: remove it");
        }
        return scalar.getValue().trim();
    }

    BigDecimal money() {
        BigDecimal amount = decimal();
        if (amount.signum() < 0) {
            throw problem("must not be negative: " + text());
        }
        if (amount.scale() > 2) {
            throw problem("must be pounds and pence, at most two decimals: " + text());
        }
        return amount.setScale(2);
    }

    BigDecimal decimal() {
        try {
            BigDecimal value = new BigDecimal(text().replace("_", "")).stripTrailingZeros();
            return value.scale() < 0 ? value.setScale(0) : value;
        } catch (NumberFormatException e) {
            throw problem("must be a number, not " + text());
        }
    }

    int whole() {
        try {
            return Integer.parseInt(text().replace("_", ""));
        } catch (NumberFormatException e) {
            throw problem("must be a whole number, not " + text());
        }
    }

    boolean yesNo() {
        return switch (text().toLowerCase(Locale.ROOT)) {
            case "true", "yes" -> true;
            case "false", "no" -> false;
            default -> throw problem("must be true or false, not " + text());
        };
    }

    LocalDate date() {
        try {
            return LocalDate.parse(text());
        } catch (DateTimeParseException e) {
            throw problem("must be a date as yyyy-MM-dd, not " + text());
        }
    }

    YearMonth month() {
        try {
            return YearMonth.parse(text());
        } catch (DateTimeParseException e) {
            throw problem("must be a month as yyyy-MM, not " + text());
        }
    }

    <E extends Enum<E>> E choice(Class<E> type) {
        String value = text().toUpperCase(Locale.ROOT).replace('-', '_');
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(value)) {
                return constant;
            }
        }
        List<String> names = new ArrayList<>();
        for (E constant : type.getEnumConstants()) {
            names.add(constant.name());
        }
        throw problem("must be one of " + names + ", not " + text());
    }

    List<String> texts() {
        List<String> values = new ArrayList<>();
        for (DocumentNode item : items()) {
            values.add(item.text());
        }
        return values;
    }

    private String child(String key) {
        return path.isEmpty() ? key : path + "." + key;
    }
}
