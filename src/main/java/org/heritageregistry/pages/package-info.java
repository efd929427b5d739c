/**
 * The web pages under /pages: the second face over the same services as the API (reading,
 * submitting a report, reviewing, curating sources, managing accounts and tokens, signing in), with forms, CSRF tokens and errors shown at their
 * field. No rule, transaction or idempotency lives here.
 */
package org.heritageregistry.pages;
