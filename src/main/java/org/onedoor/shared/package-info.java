/**
 * The shared kernel: small value types and the error types every module throws. Plain Java, no Spring beans
 * (its {@code web} package: static form helpers over Spring MVC types); every module may use it without listing it.
 */
@ApplicationModule(displayName = "Shared kernel", type = ApplicationModule.Type.OPEN)
@NullMarked
package org.onedoor.shared;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
