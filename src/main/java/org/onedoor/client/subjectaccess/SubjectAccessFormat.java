package org.onedoor.client.subjectaccess;

/** How a subject-access export is delivered. */
public enum SubjectAccessFormat {
    JSON("Machine-readable (JSON)", "json"),
    HTML("Readable and printable (HTML)", "html");

    private final String label;
    private final String extension;

    SubjectAccessFormat(String label, String extension) {
        this.label = label;
        this.extension = extension;
    }

    public String label() {
        return label;
    }

    public String extension() {
        return extension;
    }
}
