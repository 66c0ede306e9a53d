package io.cloudua.sip;

/** The outcome of asking a leg to do something: done, not allowed in its current state, or the leg is over. */
public enum LegAction {
    DONE,
    WRONG_STATE,
    ENDED
}
