package org.heritageregistry.account;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;

import org.heritageregistry.audit.AuditLog;
import org.heritageregistry.common.Cursor;
import org.heritageregistry.common.PageRequest;
import org.heritageregistry.common.Preconditions;
import org.heritageregistry.common.ProblemException;

import io.quarkus.elytron.security.common.BcryptUtil;

/**
 * Accounts as the admin manages them and their holders see them: opening one, changing its roles
 * or disabling it, and a holder's change of password. Every write is audited
 * (ACCOUNT_CREATED, ACCOUNT_UPDATED, PASSWORD_CHANGED, with no password or hash in the line).
 *
 * <p>Accounts are not in the change feed: the feed is the registry's record (sites, monuments,
 * claims, decisions) for anyone to mirror, and it is public; who works on the registry, with what
 * roles, is not part of that record and would tell an outsider whose credentials to go after. The
 * audit trail (admins only) keeps who changed which account.
 *
 * <p>A change that takes something away (disabling, a role removed, a new password) applies at once
 * everywhere it can: the page sessions of a disabled account are ended, the sign-in cache drops the
 * account, and tokens read the account on every request. The one bound is the sign-in cache of
 * another instance ({@link SignInCache}).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class AccountService {

    /** Not a username: the path /accounts/me names the caller. */
    static final Set<String> RESERVED = Set.of("me");

    private final AuditLog audit;
    private final PageSessions sessions;
    private final SignInCache signIns;
    private final Event<AccountChanged> changed;
    private final int hashCost;

    AccountService(AuditLog audit, PageSessions sessions, SignInCache signIns, Event<AccountChanged> changed, AccountConfig settings) {
        this.audit = audit;
        this.sessions = sessions;
        this.signIns = signIns;
        this.changed = changed;
        this.hashCost = settings.passwordHashCost();
    }

    public Optional<Account> find(String username) {
        return username == null ? Optional.empty() : Account.findByUsername(username);
    }

    /** Keyset page ordered by username (unique, indexed). */
    public List<Account> list(PageRequest page) {
        List<String> after = Cursor.decode(page.cursor(), 1);
        if (after == null) {
            return Account.<Account>find("order by username").range(0, page.limit()).list();
        }
        return Account.<Account>find("username > ?1 order by username", after.get(0)).range(0, page.limit()).list();
    }

    public static String cursorOf(Account account) {
        return Cursor.encode(account.username);
    }

    /** The createAccount use case: a duplicate username is a 409. */
    @Transactional
    public Account create(NewAccount request, String by) {
        String username = request.username();
        if (RESERVED.contains(username)) {
            throw ProblemException.invalidField("username", "'" + username + "' is reserved");
        }
        if (Account.findByUsername(username).isPresent()) {
            throw taken(username);
        }
        Instant at = Instant.now();
        Account account = new Account();
        account.username = username;
        account.passwordHash = BcryptUtil.bcryptHash(request.password(), hashCost);
        account.roles = roles(request.roles());
        account.enabled = true;
        account.createdAt = at;
        try {
            account.persist();
            Account.flush();
        } catch (PersistenceException e) {
            throw taken(username); // created at the same moment by another request
        }
        audit.record(by, "ACCOUNT_CREATED", "account", username, Map.of("roles", request.roles().stream().map(AccountRole::value).sorted().toList()), at);
        return account;
    }

    private static ProblemException taken(String username) {
        return ProblemException.conflict("/problems/username-taken", "An account named '" + username + "' exists already");
    }

    /**
     * The updateAccount use case: a merge patch of roles and disabled, after If-Match. The last
     * enabled admin can be neither disabled nor demoted (409): the registry would have no one left to
     * manage accounts. The enabled admins' rows are locked first, in id order, so two admins demoting
     * each other at once run one after the other and the second is refused.
     */
    @Transactional
    public Account update(String username, AccountPatch patch, String by, String ifMatch) {
        Preconditions.requirePresent(ifMatch, "An account edit");
        List<Account> admins = Account.<Account>find("enabled = true and roles like ?1 order by id", "%" + Roles.ADMIN + "%")
                .withLock(LockModeType.PESSIMISTIC_WRITE).list();
        Account account = Account.<Account>find("username", username).withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional()
                .orElseThrow(() -> ProblemException.notFound("Account", username));
        Preconditions.requireMatch(ifMatch, account.version, "The account");
        Set<String> roles = patch.roles() == null ? account.roleSet() : patch.roles().stream().map(AccountRole::value).collect(Collectors.toSet());
        boolean enabled = patch.disabled() == null ? account.enabled : !patch.disabled();
        Map<String, Object> changes = new LinkedHashMap<>();
        if (!roles.equals(account.roleSet())) {
            changes.put("roles", Map.of("from", sorted(account.roleSet()), "to", sorted(roles)));
        }
        if (enabled != account.enabled) {
            changes.put("disabled", Map.of("from", !account.enabled, "to", !enabled));
        }
        if (changes.isEmpty()) {
            return account;
        }
        boolean wasAdmin = account.enabled && account.roleSet().contains(Roles.ADMIN);
        boolean staysAdmin = enabled && roles.contains(Roles.ADMIN);
        if (wasAdmin && !staysAdmin && admins.stream().noneMatch(a -> !a.username.equals(username))) {
            throw ProblemException.conflict("/problems/last-admin",
                    "'" + username + "' is the last enabled admin: it can be neither disabled nor demoted until another account holds the admin role");
        }
        Instant at = Instant.now();
        account.roles = String.join(",", sorted(roles));
        account.enabled = enabled;
        account.updatedAt = at;
        if (!enabled) {
            sessions.endAll(username, null);
        }
        forget(username);
        audit.record(by, "ACCOUNT_UPDATED", "account", username, changes, at);
        return account;
    }

    /**
     * The changePassword use case: the current password must be given (a wrong one is a 422 and
     * changes nothing). Ends the account's other page sessions ({@code keepSession}, the caller's
     * own if it came from the pages, stays) and drops the remembered sign-in. Its API tokens stay:
     * they are separate credentials with their own lifetime, revoked one by one.
     */
    @Transactional
    public void changePassword(String username, NewPassword request, String keepSession) {
        Account account = Account.<Account>find("username", username).withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional()
                .orElseThrow(() -> ProblemException.notFound("Account", username));
        if (!account.passwordHash.startsWith("$2") || !BcryptUtil.matches(request.currentPassword(), account.passwordHash)) {
            throw ProblemException.unprocessable("/problems/wrong-password", "Wrong Current Password",
                    "currentPassword is not this account's password; nothing was changed");
        }
        Instant at = Instant.now();
        account.passwordHash = BcryptUtil.bcryptHash(request.newPassword(), hashCost);
        account.updatedAt = at;
        int ended = sessions.endAll(username, keepSession);
        forget(username);
        audit.record(username, "PASSWORD_CHANGED", "account", username, Map.of("otherPageSessionsEnded", ended), at);
    }

    private void forget(String username) {
        signIns.forget(username);
        changed.fire(new AccountChanged(username));
    }

    private static String roles(List<AccountRole> roles) {
        return String.join(",", sorted(roles.stream().map(AccountRole::value).collect(Collectors.toSet())));
    }

    private static List<String> sorted(Set<String> roles) {
        return Roles.ACCOUNT_ROLES.stream().filter(roles::contains).toList();
    }
}
