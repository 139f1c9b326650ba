package org.onedoor.shared;

/** A record asked for by its identifier does not exist (or is not visible to the asker). Shown as 404. */
public class NotFound extends RuntimeException {

    public NotFound(String what, Object id) {
        super(what + " " + id + " was not found");
    }
}
