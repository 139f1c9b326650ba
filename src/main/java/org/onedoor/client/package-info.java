/**
 * The one client record the partnership shares: identity, contact rules, registered practice, care team, consent
 * per purpose, alerts (some sealed), problem substances and a timeline other modules add to. {@link
 * org.onedoor.client.AccessPolicy} is the single place that decides who may see a client (care team, consent,
 * break-glass); every view, search, change and export is written to the audit trail.
 * <p>
 * Merges are the one place where modules above listen <em>synchronously</em> ({@code @EventListener}, not the usual
 * {@code @ApplicationModuleListener}): {@link org.onedoor.client.ClientRecordsMerged} and
 * {@link org.onedoor.client.ClientMergeUndone} are handled in the merge's own transaction, each module moving its rows
 * with {@link org.onedoor.client.MergedRows} and a ledger keyed by the merge. A merge that leaves episodes or
 * referrals on the duplicate would count one person twice for re-presentation, payments and KPIs until a listener
 * caught up (or for ever, if it failed), so a failing listener rolls the whole merge back instead. What the
 * subject-access export covers is declared by {@link org.onedoor.client.spi.SubjectAccessSection#tables()}.
 * <p>
 * This package is the module's API. Its internal parts sit in sub-packages that other modules may not use: the
 * screens and forms in {@code web}, merging and undoing merges in {@code merge}, and the export in
 * {@code subjectaccess}; {@code spi} is the named interface through which other modules add export sections. The
 * access policy, the care team and their package-private rules stay here: they are the API other modules call, and
 * only {@link org.onedoor.client.AccessPolicy} may use the rule behind it (ADR 0006).
 */
@ApplicationModule(
        displayName = "Client record",
        allowedDependencies = {"security", "audittrail", "partnership"})
@NullMarked
package org.onedoor.client;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
