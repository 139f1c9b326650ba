package org.onedoor.monitoring.alerts;

import java.time.Instant;

/** Who acknowledged an alert, and when. */
record Acknowledgement(String name, Instant at) {}
