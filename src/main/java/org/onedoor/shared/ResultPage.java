package org.onedoor.shared;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a longer list, with what a pager needs. Pages are numbered from 0.
 */
public record ResultPage<T>(List<T> items, int page, int size, long totalItems) {

    public static final int MAX_SIZE = 100;

    public ResultPage {
        items = List.copyOf(items);
    }

    public int totalPages() {
        return size == 0 ? 0 : (int) ((totalItems + size - 1) / size);
    }

    public boolean hasPrevious() {
        return page > 0;
    }

    public boolean hasNext() {
        return page + 1 < totalPages();
    }

    public long firstItemNumber() {
        return totalItems == 0 ? 0 : (long) page * size + 1;
    }

    public long lastItemNumber() {
        return (long) page * size + items.size();
    }

    public <R> ResultPage<R> map(Function<T, R> mapper) {
        return new ResultPage<>(items.stream().map(mapper).toList(), page, size, totalItems);
    }

    /** Keeps a requested page size within 1 to {@link #MAX_SIZE}. */
    public static int clampSize(int requested) {
        return Math.max(1, Math.min(MAX_SIZE, requested));
    }
}
