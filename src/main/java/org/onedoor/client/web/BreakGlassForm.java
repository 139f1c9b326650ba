package org.onedoor.client.web;

import org.jspecify.annotations.Nullable;

/** The reason someone gives to open a record with break-glass, as typed. */
record BreakGlassForm(@Nullable String reason) {}
