package org.onedoor.contract.document;

import java.util.List;
import java.util.regex.Pattern;

/** Builds YAML text line by line with two-space indents, quoting a value only when YAML would misread it. */
final class YamlLines {

    private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9 _.,'()&/+-]*");

    private final StringBuilder text = new StringBuilder();

    void comment(String comment) {
        text.append("# ").append(comment.replace('\n', ' ')).append('\n');
    }

    void key(int depth, String key) {
        indent(depth).append(key).append(":\n");
    }

    void line(int depth, String key, String value) {
        indent(depth).append(key).append(": ").append(value.equals("[]") ? value : scalar(value)).append('\n');
    }

    /** A number, a yes/no or a code, written as it is. */
    void value(int depth, String key, Object value) {
        indent(depth).append(key).append(": ").append(value).append('\n');
    }

    void values(int depth, String key, List<?> values) {
        indent(depth).append(key).append(": ").append(values).append('\n');
    }

    /** The first key of a new list item: "- key: value". */
    void item(int depth, String key, String value) {
        indent(depth - 1).append("  - ").append(key).append(": ").append(scalar(value)).append('\n');
    }

    void list(int depth, String key, List<String> values) {
        indent(depth).append(key).append(": [");
        for (int i = 0; i < values.size(); i++) {
            text.append(i == 0 ? "" : ", ").append(quoted(values.get(i)));
        }
        text.append("]\n");
    }

    private StringBuilder indent(int depth) {
        return text.append("  ".repeat(depth));
    }

    static String scalar(String value) {
        boolean plain = PLAIN.matcher(value).matches() && !value.endsWith(" ") && !value.contains(" #")
                && !List.of("true", "false", "yes", "no", "null", "on", "off").contains(value.toLowerCase());
        return plain ? value : quoted(value);
    }

    static String quoted(String value) {
        return '"' + value.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + '"';
    }

    @Override
    public String toString() {
        return text.toString();
    }
}
