/**
 * Worked examples of payment contracts: recorded statements the engine and the command line must reproduce.
 */
@NullMarked
package org.onedoor.contract.examples;

import org.jspecify.annotations.NullMarked;
