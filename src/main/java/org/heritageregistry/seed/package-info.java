/**
 * The Palmyra data set of 2015-2016, loaded into an empty database at the first start, through
 * the same services and rules as every write, each report traceable to its line in the source
 * texts.
 */
package org.heritageregistry.seed;
