/** The indicators' JSON API under {@code /api/v1/indicators}: a client of the module API like any other. */
@NullMarked
package org.onedoor.indicators.web;

import org.jspecify.annotations.NullMarked;
