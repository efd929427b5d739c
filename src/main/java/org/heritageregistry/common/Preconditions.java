package org.heritageregistry.common;

/**
 * The If-Match check for writes: a stale tag is a 412 and nothing changes. Both the revealed and
 * the public form of a tag name the same version.
 */
public final class Preconditions {

    private Preconditions() {
    }

    /** @param ifMatch the header as sent, or null when the client sent none */
    public static void requireMatch(String ifMatch, long currentVersion, String what) {
        if (ifMatch == null || ifMatch.isBlank()) {
            return;
        }
        for (String tag : ifMatch.split(",")) {
            String value = tag.strip();
            if (value.equals("*")) {
                return;
            }
            value = value.replaceFirst("^W/", "").replace("\"", "").replaceFirst("-public$", "");
            if (value.equals(Long.toString(currentVersion))) {
                return;
            }
        }
        throw stale(what);
    }

    /** A write that must name the version it was based on: 428 without If-Match. */
    public static void requirePresent(String ifMatch, String what) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ProblemException(428, "/problems/if-match-required", "Precondition Required",
                    what + " needs the ETag you read in If-Match, so that nobody's change is overwritten unseen", null);
        }
    }

    public static ProblemException stale(String what) {
        return new ProblemException(412, "/problems/stale-version", "Precondition Failed",
                what + " has changed since you read it (If-Match is stale); read it again and retry", null);
    }
}
