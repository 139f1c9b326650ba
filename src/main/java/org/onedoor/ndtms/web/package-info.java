/** The NDTMS import screens: upload a file, read its validation report, confirm the load, and the history. */
@NullMarked
package org.onedoor.ndtms.web;

import org.jspecify.annotations.NullMarked;
