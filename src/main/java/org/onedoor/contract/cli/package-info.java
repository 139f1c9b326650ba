/**
 * The {@code payments} command line: runs the payment engine on a contract document and an NDTMS-layout activity
 * file, writes the statement lines and prints the totals; problems with its arguments exit with status 2.
 */
@NullMarked
package org.onedoor.contract.cli;

import org.jspecify.annotations.NullMarked;
