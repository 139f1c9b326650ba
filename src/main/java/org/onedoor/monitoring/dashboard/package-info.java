/**
 * The dashboards by role (issue 18 item 1) at {@code /monitoring}: headline indicators from the indicators engine
 * with a 12-month trend, and contract's payment summary. Commissioners see the partnership with filters and small
 * numbers suppressed; provider-side staff (lead provider, partners, GP practices) see their own organisation's figures
 * unsuppressed. Every table downloads as CSV or XLSX exactly as shown. Also the commissioner's home-page figures,
 * fetched by the home page with {@code hx-get}.
 */
@NullMarked
package org.onedoor.monitoring.dashboard;

import org.jspecify.annotations.NullMarked;
