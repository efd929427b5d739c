package org.heritageregistry.pages;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.heritageregistry.account.Account;
import org.heritageregistry.account.AccountPatch;
import org.heritageregistry.account.AccountRole;
import org.heritageregistry.account.AccountService;
import org.heritageregistry.account.AccountView;
import org.heritageregistry.account.ApiTokens;
import org.heritageregistry.account.NewAccount;
import org.heritageregistry.account.NewPassword;
import org.heritageregistry.account.NewToken;
import org.heritageregistry.account.PageSessions;
import org.heritageregistry.account.Roles;
import org.heritageregistry.account.TokenScope;
import org.heritageregistry.account.TokenView;
import org.heritageregistry.common.JsonEnums;
import org.heritageregistry.common.PageRequest;
import org.heritageregistry.common.Pages;
import org.heritageregistry.common.ProblemException;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.security.Authenticated;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.SecurityIdentity;

/**
 * Accounts on the pages. For admins, the list with the form that opens an account and, per account,
 * the form that changes its roles or disables it; for everyone signed in, "my account": the change
 * of password and the personal API tokens (issue, list, revoke). Each form is one use case of
 * {@link AccountService} or {@link ApiTokens}, as the accounts API's are: the last enabled admin
 * stays (409, shown as a message), If-Match is the version the form showed, every write is audited.
 * A token's secret is on the one page that answers its issuing, sent {@code Cache-Control:
 * no-store}, and never again.
 */
@Path("/pages")
@Produces(MediaType.TEXT_HTML)
public class AccountPages {

    static final int LIST_PAGE = 50;

    private static final String[] NEW_FIELDS = { FormErrors.FORM, "username", "password", "roles" };
    private static final String[] EDIT_FIELDS = { FormErrors.FORM, "roles", "disabled" };
    private static final String[] PASSWORD_FIELDS = { FormErrors.FORM, "currentPassword", "newPassword" };
    private static final String[] TOKEN_FIELDS = { FormErrors.FORM, "name", "scopes", "expiresAt" };

    /** The new-account form as typed; the password is never sent back. */
    public record NewAccountForm(String username, List<ReportFormPages.Choice> roles) {
    }

    public record AccountList(List<AccountView> items, String nextPage, String firstPage, NewAccountForm form, FormErrors errors, String created) {
    }

    public record AccountEditPage(AccountView account, List<ReportFormPages.Choice> roles, boolean disabled, String version, FormErrors errors,
            boolean stale, boolean saved) {
    }

    public record TokenForm(String name, List<ReportFormPages.Choice> scopes, String expiresAt) {
    }

    public record MyAccountPage(AccountView account, List<TokenView> tokens, FormErrors passwordErrors, TokenForm tokenForm, FormErrors tokenErrors,
            boolean passwordChanged, boolean revoked) {
    }

    public record TokenIssuedPage(TokenView token) {
    }

    private final AccountService accounts;
    private final ApiTokens tokens;
    private final Validator validator;
    private final SecurityIdentity identity;
    private final Viewer viewer;
    private final ObjectMapper json;

    AccountPages(AccountService accounts, ApiTokens tokens, Validator validator, SecurityIdentity identity, Viewer viewer, ObjectMapper json) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.validator = validator;
        this.identity = identity;
        this.viewer = viewer;
        this.json = json;
    }

    // --- admins: the accounts ---

    @GET
    @Path("/accounts")
    @RolesAllowed(Roles.ADMIN)
    @Operation(hidden = true)
    public String accounts(@QueryParam("cursor") String cursor, @QueryParam("created") String created) {
        return accountList(cursor, new NewAccountForm("", roleChoices(List.of())), new FormErrors(NEW_FIELDS), created);
    }

    @POST
    @Path("/accounts")
    @RolesAllowed(Roles.ADMIN)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    @SessionBound
    public Response create(@RestForm String username, @RestForm String password, @RestForm List<String> roles) {
        List<String> chosen = roles == null ? List.of() : roles;
        var form = new NewAccountForm(username == null ? "" : username.strip(), roleChoices(chosen));
        var errors = new FormErrors(NEW_FIELDS);
        List<AccountRole> parsed = new ArrayList<>();
        for (String role : chosen) {
            AccountRole value = errors.attempt("roles", () -> JsonEnums.parse(AccountRole.class, role, "roles"));
            if (value != null && !parsed.contains(value)) {
                parsed.add(value);
            }
        }
        var request = new NewAccount(form.username().isEmpty() ? null : form.username(), password, parsed);
        errors.addAll(validator.validate(request));
        if (!errors.isEmpty()) {
            return PageRefusals.html(400, accountList(null, form, errors, null));
        }
        try {
            Account account = accounts.create(request, identity.getPrincipal().getName());
            return SignInPages.seeOther("/pages/accounts/edit?account=" + account.username + "&created=true");
        } catch (ProblemException e) {
            // a taken name is about the name
            errors.addAll(e, "username");
            return PageRefusals.html(e.status(), accountList(null, form, errors, null));
        }
    }

    @GET
    @Path("/accounts/edit")
    @RolesAllowed(Roles.ADMIN)
    @Operation(hidden = true)
    public String accountForm(@QueryParam("account") String username, @QueryParam("saved") boolean saved, @QueryParam("created") boolean created) {
        Account account = require(username);
        AccountView view = AccountView.of(account);
        return PageTemplates.account(new AccountEditPage(view, roleChoices(view.roles().stream().map(JsonEnums::jsonName).toList()), view.disabled(),
                Long.toString(account.version), new FormErrors(EDIT_FIELDS), false, saved || created)).render();
    }

    @POST
    @Path("/accounts/edit")
    @RolesAllowed(Roles.ADMIN)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    @SessionBound
    public Response changeAccount(@QueryParam("account") String username, @RestForm List<String> roles, @RestForm String disabled,
            @RestForm String version) {
        Account account = require(username);
        List<String> chosen = roles == null ? List.of() : roles;
        boolean disable = "true".equals(disabled);
        var errors = new FormErrors(EDIT_FIELDS);
        try {
            // the form is read as the API reads its merge patch, so it refuses what the API refuses
            ObjectNode body = json.createObjectNode();
            body.putArray("roles").addAll(chosen.stream().map(json.getNodeFactory()::textNode).toList());
            body.put("disabled", disable);
            AccountPatch patch = AccountPatch.read(body, json);
            accounts.update(account.username, patch, identity.getPrincipal().getName(), version);
            return SignInPages.seeOther("/pages/accounts/edit?account=" + account.username + "&saved=true");
        } catch (ProblemException e) {
            errors.addAll(e);
            Account now = require(username);
            var again = StaleEdit.after(e, version, "", () -> now.version);
            var page = new AccountEditPage(AccountView.of(now), roleChoices(chosen), disable, again.version(), errors, again.stale(), false);
            return PageRefusals.html(e.status(), PageTemplates.account(page).render());
        }
    }

    // --- everyone signed in: my account ---

    @GET
    @Path("/account")
    @Authenticated
    @Operation(hidden = true)
    public String myAccount(@QueryParam("passwordChanged") boolean passwordChanged, @QueryParam("revoked") boolean revoked) {
        return myPage(new FormErrors(PASSWORD_FIELDS), new TokenForm("", scopeChoices(List.of()), ""), new FormErrors(TOKEN_FIELDS), passwordChanged,
                revoked);
    }

    @POST
    @Path("/account/password")
    @Authenticated
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    @SessionBound
    public Response changePassword(@RestForm String currentPassword, @RestForm String newPassword) {
        var errors = new FormErrors(PASSWORD_FIELDS);
        var request = new NewPassword(currentPassword == null || currentPassword.isEmpty() ? null : currentPassword,
                newPassword == null || newPassword.isEmpty() ? null : newPassword);
        errors.addAll(validator.validate(request));
        if (errors.isEmpty()) {
            try {
                // this browser's session stays; the account's others end (AccountService.changePassword)
                accounts.changePassword(me(), request, identity.getAttribute(PageSessions.ATTRIBUTE));
                return SignInPages.seeOther("/pages/account?passwordChanged=true");
            } catch (ProblemException e) {
                // the one refusal that names no field is the wrong current password
                errors.addAll(e, "currentPassword");
                return PageRefusals.html(e.status(), myPage(errors, new TokenForm("", scopeChoices(List.of()), ""), new FormErrors(TOKEN_FIELDS), false, false));
            }
        }
        return PageRefusals.html(400, myPage(errors, new TokenForm("", scopeChoices(List.of()), ""), new FormErrors(TOKEN_FIELDS), false, false));
    }

    @POST
    @Path("/account/tokens")
    @Authenticated
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    @SessionBound
    public Response issueToken(@RestForm String name, @RestForm List<String> scopes, @RestForm String expiresAt) {
        List<String> chosen = scopes == null ? List.of() : scopes;
        var form = new TokenForm(name == null ? "" : name, scopeChoices(chosen), expiresAt == null ? "" : expiresAt.strip());
        var errors = new FormErrors(TOKEN_FIELDS);
        List<TokenScope> parsed = chosen.stream().map(s -> errors.attempt("scopes", () -> JsonEnums.parse(TokenScope.class, s, "scopes")))
                .filter(Objects::nonNull).distinct().toList();
        Instant expires = errors.attempt("expiresAt", () -> form.expiresAt().isEmpty() ? null
                : LocalDate.parse(form.expiresAt()).atStartOfDay(ZoneOffset.UTC).toInstant());
        var request = new NewToken(ReportFormPages.blankToNull(form.name()), parsed, expires);
        errors.addAll(validator.validate(request));
        if (errors.isEmpty()) {
            try {
                TokenView issued = tokens.issue(me(), request);
                // the secret is on this page only: no cache may keep it, and no redirect re-shows it
                return Response.status(201).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).header("Cache-Control", "no-store")
                        .entity(PageTemplates.tokenIssued(new TokenIssuedPage(issued)).render()).build();
            } catch (ProblemException e) {
                // scopes the account's roles do not grant are refused without a field
                errors.addAll(e, "scopes");
                return PageRefusals.html(e.status(), myPage(new FormErrors(PASSWORD_FIELDS), form, errors, false, false));
            }
        }
        return PageRefusals.html(400, myPage(new FormErrors(PASSWORD_FIELDS), form, errors, false, false));
    }

    @POST
    @Path("/account/tokens/revoke")
    @Authenticated
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    @SessionBound
    public Response revokeToken(@RestForm String token) {
        UUID id;
        try {
            id = UUID.fromString(token == null ? "" : token.strip());
        } catch (IllegalArgumentException e) {
            throw ProblemException.notFound("Token", token);
        }
        tokens.revoke(me(), id);
        return SignInPages.seeOther("/pages/account?revoked=true");
    }

    @ServerExceptionMapper
    public Response unauthenticated(UnauthorizedException e, UriInfo uri) {
        return PageRefusals.signInFirst(uri);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e) {
        return PageRefusals.forbidden(viewer, Roles.ADMIN);
    }

    @ServerExceptionMapper
    public Response problem(ProblemException e) {
        return PageRefusals.of(e);
    }

    private String accountList(String cursor, NewAccountForm form, FormErrors errors, String created) {
        var page = new PageRequest(cursor, LIST_PAGE + 1);
        var result = Pages.of(accounts.list(page), LIST_PAGE, AccountService::cursorOf, rows -> rows.stream().map(AccountView::of).toList());
        String next = result.nextCursor() == null ? null : "/pages/accounts?cursor=" + result.nextCursor();
        String first = cursor == null || cursor.isBlank() ? null : "/pages/accounts";
        return PageTemplates.accounts(new AccountList(result.items(), next, first, form, errors, created)).render();
    }

    private String myPage(FormErrors passwordErrors, TokenForm tokenForm, FormErrors tokenErrors, boolean passwordChanged, boolean revoked) {
        Account account = require(me());
        return PageTemplates.myAccount(new MyAccountPage(AccountView.of(account), tokens.list(me()), passwordErrors, tokenForm, tokenErrors,
                passwordChanged, revoked)).render();
    }

    private Account require(String username) {
        return accounts.find(username == null ? null : username.strip()).orElseThrow(() -> ProblemException.notFound("Account", username));
    }

    private String me() {
        return identity.getPrincipal().getName();
    }

    private static List<ReportFormPages.Choice> roleChoices(List<String> selected) {
        return ReportFormPages.choices(AccountRole.values(), selected);
    }

    private static List<ReportFormPages.Choice> scopeChoices(List<String> selected) {
        return ReportFormPages.choices(TokenScope.values(), selected);
    }
}
