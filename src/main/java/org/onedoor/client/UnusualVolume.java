package org.onedoor.client;

import java.time.LocalDate;

/** A day on which one user viewed more distinct clients than the threshold. */
public record UnusualVolume(String username, LocalDate day, long distinctClients, long views) {}
