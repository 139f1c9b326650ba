package org.onedoor.treatment.groupwork;

import org.jspecify.annotations.Nullable;

/** Enrolling a client by their reference. */
record EnrolForm(@Nullable String client) {}
