/**
 * Benchmarks behind {@code docs/performance.md}, run through the {@code bench} Maven profile; never part of
 * {@code verify}.
 */
@NullMarked
package org.onedoor.bench;

import org.jspecify.annotations.NullMarked;
