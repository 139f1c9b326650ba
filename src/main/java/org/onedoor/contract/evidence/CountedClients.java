package org.onedoor.contract.evidence;

import java.util.List;

/**
 * One page of the pseudonymous client keys a month counts as in treatment, in key order, and how many there are in
 * all: what a per-client-per-month statement line's quantity is made of.
 */
public record CountedClients(List<String> keys, int total, int offset, int pageSize) {

    public CountedClients {
        keys = List.copyOf(keys);
    }

    public boolean hasPrevious() {
        return offset > 0;
    }

    public boolean hasNext() {
        return offset + keys.size() < total;
    }

    public int first() {
        return keys.isEmpty() ? 0 : offset + 1;
    }

    public int last() {
        return offset + keys.size();
    }
}
