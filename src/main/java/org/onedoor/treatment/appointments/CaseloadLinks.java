package org.onedoor.treatment.appointments;

/** Links of the caseload's pager and sort headers, on "my caseload" or a team manager's view of a worker's. */
public record CaseloadLinks(String path, String sort) {

    public CaseloadLinks(String sort) {
        this("/caseload", sort);
    }

    public String pageLink(int n) {
        return path + "?sort=" + sort + "&page=" + n;
    }

    public String sortLink(String column) {
        return path + "?sort=" + column;
    }

    public String ariaSort(String column) {
        return column.equals(sort) ? "ascending" : "none";
    }
}
