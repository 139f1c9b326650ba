/**
 * What tests share: the integration-test context on H2 or PostgreSQL, a clock tests can move, people to act
 * as, browser-test helpers and fixture builders for records with many fields.
 */
@NullMarked
package org.onedoor.testsupport;

import org.jspecify.annotations.NullMarked;
