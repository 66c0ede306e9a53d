package io.cloudua.sip;

/**
 * What JAIN-SIP itself still holds: its dialog table and its client and server transaction tables.
 *
 * <p>Why: our own leg table can be empty while the stack still keeps a dialog we forgot to terminate
 * (a slow leak that only shows after days of traffic). Leak tests read this after driving calls. Dialogs
 * should reach zero soon after the last call ends; transactions linger by design (RFC 3261 Timers D, J, K
 * keep completed ones for up to 32 s to absorb retransmissions), so they shrink to zero only later.
 */
public record StackTables(int dialogs, int clientTransactions, int serverTransactions) {
}
