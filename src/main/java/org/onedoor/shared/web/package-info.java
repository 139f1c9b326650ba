/**
 * What every module's HTML forms share: problems put beside their fields, the error summary in the order the
 * fields appear, and the try, flash and redirect of a POST. Static helpers over Spring MVC types; no beans and no
 * module of OneDoor is used here.
 */
@NullMarked
package org.onedoor.shared.web;

import org.jspecify.annotations.NullMarked;
