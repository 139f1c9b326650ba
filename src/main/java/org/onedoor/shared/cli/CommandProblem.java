package org.onedoor.shared.cli;

/**
 * A problem with what a command line was given (an option, a file, a line of it), said in words its user can act
 * on; {@link CommandLineTool} exits with status 2.
 */
public class CommandProblem extends RuntimeException {

    public CommandProblem(String message) {
        super(message);
    }
}
