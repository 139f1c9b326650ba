package org.onedoor.referral;

/** Who rang with an enquiry: a closed set the enquiry log and its reports branch on. */
public enum EnquiryCallerType {
    SELF("The person themselves"),
    FAMILY_OR_FRIEND("Family member, friend or carer"),
    PROFESSIONAL("A professional");

    private final String label;

    EnquiryCallerType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
