package org.onedoor.client;

import java.util.List;

import org.onedoor.shared.FieldProblems;

/** Every problem with a client record change, thrown together; nothing is saved. */
public class ClientProblems extends FieldProblems {

    ClientProblems(List<FieldProblem> problems) {
        super("CLIENT_INVALID", "client record", problems);
    }

    /** Collects problems field by field. */
    static final class Collector extends FieldProblems.Collector {

        Collector() {
            super(ClientProblems::new);
        }
    }
}
