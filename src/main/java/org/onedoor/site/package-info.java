/**
 * The user-interface shell: the page layout with the partnership's name, navigation by role, the home page, and the
 * mapping of the shared error types to error pages and RFC 9457 problem details. Nothing depends on it.
 */
@ApplicationModule(
        displayName = "Site shell",
        allowedDependencies = {"security", "partnership", "referral", "client"})
@NullMarked
package org.onedoor.site;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
