package org.onedoor.shared;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a longer list, with what a pager needs. Pages are numbered from 0.
 */
public record ResultPage<T>(List<T> items, int page, int size, long totalItems) {

    public static final int MAX_SIZE = 100;

    /**
     * The last page index any list offers. A page asked for beyond it (or below 0) is taken as the nearest end, so no
     * page number, however typed, gives a negative or overflowing OFFSET.
     */
    public static final int MAX_INDEX = 1_000_000;

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

    /** The 0-based page index for a page number counted from 1, as pages and the API take it: 1 and below give 0. */
    public static int indexOf(int pageNumber) {
        return clampIndex((long) pageNumber - 1);
    }

    /** Keeps a page index within 0 to {@link #MAX_INDEX}. */
    public static int clampIndex(long index) {
        return (int) Math.max(0, Math.min(MAX_INDEX, index));
    }

    /** The rows to skip for a page index and size: never negative, never overflowing. */
    public static long offset(long index, int size) {
        return (long) clampIndex(index) * Math.max(0, size);
    }

    /** Keeps a requested page size within 1 to {@link #MAX_SIZE}. */
    public static int clampSize(int requested) {
        return Math.max(1, Math.min(MAX_SIZE, requested));
    }
}
