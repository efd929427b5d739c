/**
 * What every feature and both faces share and that is not vocabulary: problem documents (RFC
 * 9457) and their mappers, strict JSON and query parameters, cursors and pages, ETags and
 * preconditions, the body-size limits and the contract's conventions filter.
 */
package org.heritageregistry.common;
