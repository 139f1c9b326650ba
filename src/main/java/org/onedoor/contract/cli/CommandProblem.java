package org.onedoor.contract.cli;

/** A problem with what the command line was given, said in words a commissioner can act on; exits with status 2. */
class CommandProblem extends RuntimeException {

    CommandProblem(String message) {
        super(message);
    }
}
