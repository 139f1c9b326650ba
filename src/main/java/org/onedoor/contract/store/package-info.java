/**
 * The contract store: commissioning contracts with their lifecycle (draft, active, ended), funding lines per
 * financial year and versioned, effective-dated rule sets, each version kept whole as the canonical contract
 * document. Import from and export to the YAML contract document; {@link org.onedoor.contract.store.Contracts} is the
 * API screens and payment runs use.
 */
@NamedInterface("store")
@NullMarked
package org.onedoor.contract.store;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
