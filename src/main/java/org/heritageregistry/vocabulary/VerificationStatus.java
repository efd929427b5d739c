package org.heritageregistry.vocabulary;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Review status of a report: UNVERIFIED (new), CORROBORATED (agreed by an independent source), VERIFIED (strong evidence), DISPUTED (contradicted), REJECTED (false or withdrawn). */
@Schema(name = "VerificationStatus", description = "Review status of a report: UNVERIFIED (new), CORROBORATED (agreed by an independent source), VERIFIED (strong evidence), DISPUTED (contradicted), REJECTED (false or withdrawn).")
public enum VerificationStatus {
    UNVERIFIED, CORROBORATED, VERIFIED, DISPUTED, REJECTED
}
