/**
 * The application root: the Spring Boot entry point, the settings it checks at start-up and the refusal it
 * gives when a setting is missing. Each module is a sub-package (see its own {@code package-info.java}).
 */
@NullMarked
package org.onedoor;

import org.jspecify.annotations.NullMarked;
