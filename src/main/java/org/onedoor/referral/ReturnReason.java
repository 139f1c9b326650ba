package org.onedoor.referral;

/** Why a receiving organisation gives a referral back to the single point of contact; the words say the rest. */
public enum ReturnReason {
    NOT_ON_OUR_MENU("We do not offer what the person needs"),
    NO_CAPACITY("We have no capacity at the moment"),
    NOT_REGISTERED_HERE("The person is not registered with us"),
    NEEDS_SPECIALIST("The person needs a specialist service"),
    PERSON_DECLINED("The person does not want our help"),
    OTHER("Another reason");

    private final String label;

    ReturnReason(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
