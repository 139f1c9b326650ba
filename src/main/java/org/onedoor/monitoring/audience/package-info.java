/** Who is on the provider side of a figure, and counts turned into cells suppressed for everyone else. */
@NullMarked
package org.onedoor.monitoring.audience;

import org.jspecify.annotations.NullMarked;
