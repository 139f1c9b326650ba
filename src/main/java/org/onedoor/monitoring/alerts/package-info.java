/** Drug-effect reports from any member of staff and the alerts a clinical lead issues from them, shown on every home page until acknowledged (issue 18 item 5). */
@NullMarked
package org.onedoor.monitoring.alerts;

import org.jspecify.annotations.NullMarked;
