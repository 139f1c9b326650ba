package org.onedoor.indicators;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * One count as a reader outside the provider side may see it: shown, hidden because it is small (1 to 4, shown as
 * "&lt;5"), or hidden so that a small count cannot be worked out from a total or another cell ("[c]"). A hidden cell
 * carries no value.
 */
public record Cell(@Nullable Long value, Hidden hidden) {

    /** Why a count is not shown. */
    public enum Hidden {
        NONE,
        SMALL,
        SECONDARY
    }

    public Cell {
        if ((hidden == Hidden.NONE) != (value != null)) {
            throw new IllegalArgumentException("a shown cell has a value and a hidden one none");
        }
    }

    static Cell shown(long value) {
        return new Cell(value, Hidden.NONE);
    }

    static Cell hidden(Hidden why) {
        return new Cell(null, why);
    }

    public boolean shown() {
        return hidden == Hidden.NONE;
    }

    /** The words a table shows: the count, "&lt;5" or "[c]". */
    @JsonProperty("text")
    public String text() {
        return switch (hidden) {
            case NONE -> String.valueOf(value);
            case SMALL -> "<5";
            case SECONDARY -> "[c]";
        };
    }
}
