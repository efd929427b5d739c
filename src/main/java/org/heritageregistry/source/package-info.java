/**
 * Sources: who makes a claim, of what kind and how reliable (A-F), and whether the identity must
 * be masked for the public (confidential). SourceVisibility decides what a caller may see.
 */
package org.heritageregistry.source;
