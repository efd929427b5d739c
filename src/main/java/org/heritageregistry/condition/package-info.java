/**
 * The derivation: what the registry holds as a monument's condition over time, from its VERIFIED
 * and CORROBORATED reports, recomputed with its conflicts inside every write that changes its
 * claims (DerivedState observes ClaimsChanged).
 */
package org.heritageregistry.condition;
