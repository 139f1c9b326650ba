package org.onedoor.client;

import org.jspecify.annotations.Nullable;

/** The record to keep and, once chosen, the duplicate to merge into it, side by side. */
public record MergeComparison(ClientIdentity survivor, @Nullable ClientIdentity duplicate) {
}
