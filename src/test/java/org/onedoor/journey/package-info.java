/**
 * Browser tests that follow a person's journey through several modules in a real Chromium, with screenshots.
 */
@NullMarked
package org.onedoor.journey;

import org.jspecify.annotations.NullMarked;
