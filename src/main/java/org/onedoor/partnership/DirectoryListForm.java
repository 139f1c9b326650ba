package org.onedoor.partnership;

import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.onedoor.shared.ResultPage;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The query of a directory list as typed in its search form and links: text, one filter, "include those who have
 * left", sort column, order and page. Builds the links the pager and sortable headers need, keeping the rest.
 *
 * @param q      search text
 * @param filter the filter's value (an organisation type, or an organisation id)
 * @param left   "true" to include those who have left
 */
record DirectoryListForm(
        String path,
        String filterName,
        Set<String> sortable,
        String defaultSort,
        @Nullable String q,
        @Nullable String filter,
        @Nullable String left,
        @Nullable String sort,
        @Nullable String order,
        @Nullable String page) {

    public String text() {
        return q == null ? "" : q.strip();
    }

    public boolean includeLeft() {
        return "true".equals(left);
    }

    public String sortColumn() {
        return sort != null && sortable.contains(sort) ? sort : defaultSort;
    }

    public boolean descending() {
        return "desc".equals(order);
    }

    public int pageIndex() {
        try {
            return page == null ? 0 : ResultPage.indexOf(Integer.parseInt(page.strip()));
        } catch (NumberFormatException tampered) {
            return 0;
        }
    }

    public boolean filtered() {
        return !text().isEmpty() || (filter != null && !filter.isBlank()) || includeLeft();
    }

    /** The link to page {@code number} (counted from 1) of the same list. */
    public String pageLink(int number) {
        return link(sortColumn(), descending(), number);
    }

    /** The link that sorts by {@code column}: ascending first, reversed when already sorted by it. */
    public String sortLink(String column) {
        boolean reverse = column.equals(sortColumn()) && !descending();
        return link(column, reverse, 1);
    }

    /** {@code ascending}, {@code descending} or {@code none}, as aria-sort wants. */
    public String ariaSort(String column) {
        return !column.equals(sortColumn()) ? "none" : descending() ? "descending" : "ascending";
    }

    private String link(String column, boolean reverse, int number) {
        UriComponentsBuilder link = UriComponentsBuilder.fromPath(path);
        if (!text().isEmpty()) {
            link.queryParam("q", text());
        }
        if (filter != null && !filter.isBlank()) {
            link.queryParam(filterName, filter);
        }
        if (includeLeft()) {
            link.queryParam("left", "true");
        }
        link.queryParam("sort", column).queryParam("order", reverse ? "desc" : "asc");
        if (number > 1) {
            link.queryParam("page", number);
        }
        return link.encode().build().toUriString();
    }
}
