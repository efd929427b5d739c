/**
 * Review: reviewers' decisions on reports and the rules they obey (four eyes, strong evidence for
 * VERIFIED, independent corroboration, rationale); ReviewService.decide is the use case.
 */
package org.heritageregistry.review;
