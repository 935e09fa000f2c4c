package io.finguard.rules.storage;

/** What FG401 wants of a bucket's lifecycle rules, each piece also what its fix writes. */
enum LifecyclePiece {

    /** Transitions, the piece the fix writes for "an expiration or a transition". */
    TRANSITIONS("an enabled rule with an expiration or a transition", "transitions"),
    NONCURRENT("a noncurrent_version_expiration (the bucket is versioned)", "noncurrent_version_expiration"),
    ABORT("an abort_incomplete_multipart_upload", "abort_incomplete_multipart_upload");

    private final String lacking;
    private final String written;

    LifecyclePiece(String lacking, String written) {
        this.lacking = lacking;
        this.written = written;
    }

    /** How a finding says the bucket lacks it. */
    String lacking() {
        return lacking;
    }

    /** How a fix description names what it writes. */
    String written() {
        return written;
    }
}
