package org.onedoor.client.merge;

import org.jspecify.annotations.Nullable;
import org.onedoor.client.ClientIdentity;

/** The record to keep and, once chosen, the duplicate to merge into it, side by side. */
public record MergeComparison(
        ClientIdentity survivor, @Nullable ClientIdentity duplicate) {}
