package org.onedoor;

/** OneDoor refuses to start; the message says exactly what to set. */
class StartupRefused extends RuntimeException {

    StartupRefused(String message) {
        super(message);
    }
}
