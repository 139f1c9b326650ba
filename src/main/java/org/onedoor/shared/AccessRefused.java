package org.onedoor.shared;

/** The signed-in user may not do this; the message says why in words a user understands. Shown as 403. */
public class AccessRefused extends RuntimeException {

    public AccessRefused(String reason) {
        super(reason);
    }
}
