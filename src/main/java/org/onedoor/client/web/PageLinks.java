package org.onedoor.client.web;

import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** Links to other pages of a list shown on the current page, keeping its other query parameters. */
record PageLinks(String current, String parameter) {

    /** For the current request, paging with the given query parameter. */
    static PageLinks of(String parameter) {
        var self = ServletUriComponentsBuilder.fromCurrentRequest()
                .replaceQueryParam(parameter)
                .build();
        String query = self.getQuery();
        return new PageLinks(self.getPath() + (query == null ? "" : "?" + query), parameter);
    }

    public String pageLink(int page) {
        return current + (current.contains("?") ? "&" : "?") + parameter + "=" + page;
    }
}
