/**
 * The claim vocabulary and the shared value types: condition, certainty, cause, damage extent,
 * evidence kind, verification status, monument category, source kind and reliability (after
 * EAMENA and the Admiralty scale), and the EDTF dates, points and multilingual names that claims
 * carry. The bottom layer: it imports nothing of the registry, and every feature may use it.
 */
package org.heritageregistry.vocabulary;
