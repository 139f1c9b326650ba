package org.onedoor.contract.evidence;

import java.time.YearMonth;

/**
 * The distinct clients in treatment in one calendar month, counted by the contract's counting rule from a frozen
 * snapshot of the evidence.
 */
public record ClientMonths(YearMonth month, int clients) {

    public ClientMonths {
        if (clients < 0) {
            throw new IllegalArgumentException("A month cannot have fewer than no clients in treatment");
        }
    }
}
