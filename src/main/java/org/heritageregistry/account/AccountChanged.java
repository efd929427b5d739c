package org.heritageregistry.account;

/**
 * Fired inside the transaction that changes an account's roles, state or password; observed after
 * the commit, when the sign-in cache drops the account (a request that ran between the change and
 * the commit could otherwise have remembered the old state).
 */
public record AccountChanged(String username) {
}
