package org.onedoor.treatment.appointments;

/** Links of the caseload's pager and sort headers. */
public record CaseloadLinks(String sort) {

    public String pageLink(int n) {
        return "/caseload?sort=" + sort + "&page=" + n;
    }

    public String sortLink(String column) {
        return "/caseload?sort=" + column;
    }

    public String ariaSort(String column) {
        return column.equals(sort) ? "ascending" : "none";
    }
}
