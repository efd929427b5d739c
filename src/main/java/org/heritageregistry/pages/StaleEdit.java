package org.heritageregistry.pages;

import java.util.UUID;
import java.util.function.LongSupplier;

import org.heritageregistry.common.ProblemException;

/**
 * The stale-edit rule of every form that changes a versioned record (a decision, a settlement, a
 * source's record or merge, an account): the form carries the version it showed, which the service
 * takes as If-Match. When the service answers 412 the form comes back showing the record as it is
 * now, with what was typed kept, the version now current and a fresh idempotency key, so that a
 * second look can go on; any other refusal keeps the version and key that were sent.
 */
record StaleEdit(boolean stale, String version, String idempotencyKey) {

    static StaleEdit after(ProblemException refusal, String sentVersion, String sentKey, LongSupplier currentVersion) {
        if (refusal.status() != 412) {
            return new StaleEdit(false, sentVersion, sentKey);
        }
        return new StaleEdit(true, Long.toString(currentVersion.getAsLong()), UUID.randomUUID().toString());
    }

    /** The idempotency key a form sent, or a new one when it sent none. */
    static String keyOf(String sent) {
        return sent == null || sent.isBlank() ? UUID.randomUUID().toString() : sent;
    }
}
