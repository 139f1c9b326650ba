/**
 * What the jar's command-line tools ({@code payments}, {@code indicators}) share: choosing the tool by the first
 * argument, the exit statuses (0 done, 2 bad input naming the file, line and field, 1 anything else) and option
 * parsing that names every problem at once.
 */
@NullMarked
package org.onedoor.shared.cli;

import org.jspecify.annotations.NullMarked;
