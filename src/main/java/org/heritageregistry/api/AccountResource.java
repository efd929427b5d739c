package org.heritageregistry.api;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.heritageregistry.account.Account;
import org.heritageregistry.account.AccountPatch;
import org.heritageregistry.account.AccountService;
import org.heritageregistry.account.AccountView;
import org.heritageregistry.account.ApiTokens;
import org.heritageregistry.account.NewAccount;
import org.heritageregistry.account.NewPassword;
import org.heritageregistry.account.NewToken;
import org.heritageregistry.account.PageSessions;
import org.heritageregistry.account.Roles;
import org.heritageregistry.account.SingleSignOnIdentities;
import org.heritageregistry.account.TokenIdentityProvider;
import org.heritageregistry.account.TokenView;
import org.heritageregistry.common.PageParams;
import org.heritageregistry.common.Pages;
import org.heritageregistry.common.ProblemException;
import org.heritageregistry.common.Versions;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;

/**
 * Accounts (admins manage them) and the signed-in account's own: who am I, my password, my API
 * tokens. Issuing a token and changing the password need the password itself (Basic): a token
 * cannot mint its successors or lock its owner out.
 */
@Path("/api/v1/accounts")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Accounts")
public class AccountResource {

    private static final String MERGE_PATCH = MonumentResource.MERGE_PATCH;

    private final AccountService accounts;
    private final ApiTokens tokens;
    private final SecurityIdentity identity;
    private final ObjectMapper json;

    AccountResource(AccountService accounts, ApiTokens tokens, SecurityIdentity identity, ObjectMapper json) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.identity = identity;
        this.json = json;
    }

    @GET
    @RolesAllowed(Roles.ADMIN)
    @SecurityRequirement(name = "basicAuth")
    @Operation(operationId = "listAccounts", summary = "List accounts", description = "Every account, ordered by username, with its roles and state; never a password. Needs the admin role.")
    @APIResponse(responseCode = "200", description = "A page of accounts.", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = AccountPage.class),
            examples = @ExampleObject(name = "demo-accounts", summary = "The first accounts of the demo registry",
                    value = "{\"items\":[{\"username\":\"admin\",\"roles\":[\"admin\"],\"disabled\":false,\"createdAt\":\"2026-01-05T09:00:00Z\"},"
                            + "{\"username\":\"curator\",\"roles\":[\"curator\"],\"disabled\":false,\"createdAt\":\"2026-01-05T09:00:00Z\"}],\"nextCursor\":\"Y3VyYXRvcg\"}")))
    public AccountPage list(@BeanParam PageParams paging) {
        var page = paging.toRequest();
        var result = Pages.of(accounts.list(page), page.limit(), AccountService::cursorOf, rows -> rows.stream().map(AccountView::of).toList());
        return new AccountPage(result.items(), result.nextCursor());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @SecurityRequirement(name = "basicAuth")
    @Operation(operationId = "createAccount", summary = "Open an account",
            description = "Opens an account with a first password (" + NewAccount.MIN_PASSWORD + " to " + NewAccount.MAX_PASSWORD
                    + " characters, after NIST SP 800-63B) and its roles. A username already taken is a 409. Needs the admin role.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = NewAccount.class),
            examples = @ExampleObject(name = "reviewer3", summary = "A third reviewer",
                    value = "{\"username\":\"reviewer3\",\"password\":\"correct horse battery staple\",\"roles\":[\"reviewer\"]}")))
    @APIResponse(responseCode = "201", description = "Opened.", headers = {
            @Header(name = "Location", description = "URL of the account."), @Header(name = "ETag", description = "The account's version.") },
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AccountView.class),
                    examples = @ExampleObject(name = "reviewer3", summary = "The new reviewer",
                            value = "{\"username\":\"reviewer3\",\"roles\":[\"reviewer\"],\"disabled\":false,\"createdAt\":\"2026-02-01T10:15:00Z\"}")))
    @APIResponse(responseCode = "409", ref = "Conflict")
    public Response create(@Valid @NotNull NewAccount body, @Context UriInfo uri) {
        Account account = accounts.create(body, identity.getPrincipal().getName());
        URI location = uri.getBaseUriBuilder().path(AccountResource.class).path(account.username).build();
        return Response.created(location).tag(Versions.tag(account.version, true)).entity(AccountView.of(account)).build();
    }

    @GET
    @Path("/me")
    @Authenticated
    @SecurityRequirement(name = "basicAuth")
    @Operation(operationId = "getMyAccount", summary = "Read the signed-in account", description = "Who the credentials sign in as: username, roles and state.")
    @APIResponse(responseCode = "200", description = "The signed-in account.", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = AccountView.class),
            examples = @ExampleObject(name = "reviewer", summary = "The demo reviewer",
                    value = "{\"username\":\"reviewer\",\"roles\":[\"reviewer\"],\"disabled\":false,\"createdAt\":\"2026-01-05T09:00:00Z\"}")))
    public AccountView whoAmI() {
        return AccountView.of(accounts.find(me()).orElseThrow(() -> ProblemException.notFound("Account", me())));
    }

    @POST
    @Path("/me/password")
    @Consumes(MediaType.APPLICATION_JSON)
    @Authenticated
    @SecurityRequirement(name = "basicAuth")
    @Operation(operationId = "changeMyPassword", summary = "Change the signed-in account's password",
            description = "Needs the current password (a wrong one is a 422 and changes nothing) and the new one. The account's page sessions in other browsers end, "
                    + "and the old password stops working at once on this instance (within registry.login.cache-ttl on the others). API tokens stay valid. "
                    + "Needs HTTP Basic: an API token cannot change the password (403).")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = NewPassword.class),
            examples = @ExampleObject(name = "reviewer", summary = "The demo reviewer chooses a passphrase",
                    value = "{\"currentPassword\":\"reviewer-demo\",\"newPassword\":\"a longer passphrase of my own\"}")))
    @APIResponse(responseCode = "204", description = "Changed.")
    @APIResponse(responseCode = "422", ref = "RuleViolated")
    public Response changePassword(@Valid @NotNull NewPassword body) {
        requirePassword("change the password");
        accounts.changePassword(me(), body, identity.getAttribute(PageSessions.ATTRIBUTE));
        return Response.noContent().build();
    }

    @POST
    @Path("/me/tokens")
    @Consumes(MediaType.APPLICATION_JSON)
    @Authenticated
    @SecurityRequirement(name = "basicAuth")
    @Operation(operationId = "createMyToken", summary = "Issue a personal API token",
            description = "Issues a token for the signed-in account, to send as 'Authorization: Bearer <token>'. The answer holds the secret, once: only its SHA-256 is kept. "
                    + "Scopes: read (read as the account), report (curator), review (reviewer), admin (admin); each needs the account's role (403 otherwise), "
                    + "and a token acts only with the roles its account still holds. Expires at expiresAt (default 90 days, at most a year). "
                    + "Needs HTTP Basic: an API token cannot issue tokens (403).")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = NewToken.class),
            examples = @ExampleObject(name = "curator-uploader", summary = "A curator's token for a script that submits reports",
                    value = "{\"name\":\"Report uploader\",\"scopes\":[\"read\",\"report\"],\"expiresAt\":\"2026-06-30T00:00:00Z\"}")))
    @APIResponse(responseCode = "201", description = "Issued; the answer carries the secret, once.",
            headers = @Header(name = "Location", description = "URL of the token."),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TokenView.class),
                    examples = @ExampleObject(name = "curator-uploader", summary = "The token with its secret",
                            value = "{\"id\":\"0d8f4e6a-5b7c-4d2e-9f10-3a4b5c6d7e8f\",\"name\":\"Report uploader\",\"scopes\":[\"read\",\"report\"],"
                                    + "\"createdAt\":\"2026-02-01T10:15:00Z\",\"expiresAt\":\"2026-06-30T00:00:00Z\","
                                    + "\"token\":\"hr_q7Hx2H9sV0bqgq8m1lqvO2bqS1yF6q0c2vQ7w1k3N5E\"}")))
    @APIResponse(responseCode = "422", ref = "RuleViolated")
    public Response createToken(@Valid @NotNull NewToken body, @Context UriInfo uri) {
        requirePassword("issue tokens");
        TokenView issued = tokens.issue(me(), body);
        URI location = uri.getBaseUriBuilder().path(AccountResource.class).path("me/tokens").path(issued.id().toString()).build();
        return Response.created(location).entity(issued).build();
    }

    @GET
    @Path("/me/tokens")
    @Authenticated
    @SecurityRequirement(name = "basicAuth")
    @Operation(operationId = "listMyTokens", summary = "List the signed-in account's API tokens",
            description = "The account's tokens that still work (neither revoked nor expired), newest first, at most " + 50 + "; never their secrets.")
    @APIResponse(responseCode = "200", description = "The tokens.", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = TokenList.class),
            examples = @ExampleObject(name = "curator-uploader", summary = "One token",
                    value = "{\"items\":[{\"id\":\"0d8f4e6a-5b7c-4d2e-9f10-3a4b5c6d7e8f\",\"name\":\"Report uploader\",\"scopes\":[\"read\",\"report\"],"
                            + "\"createdAt\":\"2026-02-01T10:15:00Z\",\"expiresAt\":\"2026-06-30T00:00:00Z\",\"lastUsedAt\":\"2026-02-03T08:41:00Z\"}]}")))
    public TokenList listTokens() {
        return new TokenList(tokens.list(me()));
    }

    @GET
    @Path("/me/tokens/{id}")
    @Authenticated
    @SecurityRequirement(name = "basicAuth")
    @Operation(operationId = "getMyToken", summary = "Read one of the signed-in account's API tokens",
            description = "A token that still works, without its secret; another account's token, a revoked or an expired one is a 404.")
    @APIResponse(responseCode = "200", description = "The token.", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = TokenView.class)))
    public TokenView getToken(@PathParam("id") String tokenId) {
        UUID id = parse(tokenId);
        return tokens.list(me()).stream().filter(t -> t.id().equals(id)).findFirst().orElseThrow(() -> ProblemException.notFound("Token", tokenId));
    }

    @DELETE
    @Path("/me/tokens/{id}")
    @Authenticated
    @SecurityRequirement(name = "basicAuth")
    @Operation(operationId = "revokeMyToken", summary = "Revoke one of the signed-in account's API tokens",
            description = "The token stops working at once, on every instance. Revoking it again, or another account's token, is a 404.")
    @APIResponse(responseCode = "204", description = "Revoked.")
    public Response revokeToken(@PathParam("id") String tokenId) {
        tokens.revoke(me(), parse(tokenId));
        return Response.noContent().build();
    }

    @GET
    @Path("/{username}")
    @RolesAllowed(Roles.ADMIN)
    @SecurityRequirement(name = "basicAuth")
    @Operation(operationId = "getAccount", summary = "Read an account",
            description = "The account's roles and state, with an ETag to send in If-Match when changing it. Needs the admin role.")
    @APIResponse(responseCode = "200", description = "The account.", headers = @Header(name = "ETag", description = "The account's version."),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AccountView.class),
                    examples = @ExampleObject(name = "reviewer", summary = "The demo reviewer",
                            value = "{\"username\":\"reviewer\",\"roles\":[\"reviewer\"],\"disabled\":false,\"createdAt\":\"2026-01-05T09:00:00Z\"}")))
    public Response get(@PathParam("username") @Parameter(description = "Username.", example = "reviewer", schema = @Schema(type = SchemaType.STRING, maxLength = 64)) String username,
            @Context Request request) {
        Account account = accounts.find(username).orElseThrow(() -> ProblemException.notFound("Account", username));
        return Versions.conditionalGet(request, Versions.tag(account.version, true), AccountView.of(account));
    }

    @PATCH
    @Path("/{username}")
    @Consumes(MERGE_PATCH)
    @RolesAllowed(Roles.ADMIN)
    @SecurityRequirement(name = "basicAuth")
    @Operation(operationId = "updateAccount", summary = "Change an account's roles, or disable it",
            description = "A JSON Merge Patch (RFC 7396) with roles (the whole list) and disabled. A disabled account stops working at once: its page sessions end, "
                    + "its API tokens are refused, its Basic credentials are refused on this instance at once and on other instances within registry.login.cache-ttl. "
                    + "Removing a role narrows its tokens at their next request. The last enabled admin can be neither disabled nor demoted (409). "
                    + "Needs the ETag you read in If-Match (428 without it, 412 when stale). Needs the admin role.")
    @RequestBody(required = true, content = @Content(mediaType = MERGE_PATCH, schema = @Schema(implementation = AccountPatch.class),
            examples = {
                    @ExampleObject(name = "disable", summary = "Disable the account 'curator2'", value = "{\"disabled\":true}"),
                    @ExampleObject(name = "make-curator-too", summary = "The reviewer also curates", value = "{\"roles\":[\"reviewer\",\"curator\"]}") }))
    @APIResponse(responseCode = "200", description = "Changed (or unchanged when the patch changes nothing); the account as GET shows it.",
            headers = @Header(name = "ETag", description = "The account's new version."),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AccountView.class)))
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "428", ref = "PreconditionRequired")
    public Response update(@PathParam("username") @Parameter(description = "Username.", example = "curator2", schema = @Schema(type = SchemaType.STRING, maxLength = 64)) String username,
            @HeaderParam("If-Match") @Parameter(description = "The account's ETag as last read. Required: without it the answer is 428.") String ifMatch,
            byte[] body) throws java.io.IOException {
        var patch = AccountPatch.read(body == null || body.length == 0 ? null : json.readTree(body), json);
        Account account = accounts.update(username, patch, identity.getPrincipal().getName(), ifMatch);
        Account now = accounts.find(account.username).orElseThrow();
        return Response.ok(AccountView.of(now)).tag(Versions.tag(now.version, true)).build();
    }

    private String me() {
        return identity.getPrincipal().getName();
    }

    /**
     * A token signs in for what its scopes allow, never to manage the credentials themselves; a person
     * signed in through the organisation's provider has no account here, so no password or personal token.
     */
    private void requirePassword(String what) {
        if (identity.getAttribute(TokenIdentityProvider.TOKEN) != null) {
            throw ProblemException.forbidden("/problems/password-required", "Forbidden", "An API token cannot " + what + "; sign in with the account's password (HTTP Basic)");
        }
        if (identity.getAttribute(SingleSignOnIdentities.SUBJECT) != null) {
            throw ProblemException.forbidden("/problems/password-required", "Forbidden",
                    "A token of the organisation's identity provider cannot " + what + ": it names no account of the registry; use the provider's own tokens");
        }
    }

    private static UUID parse(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw ProblemException.notFound("Token", id);
        }
    }

    @Schema(name = "AccountPage", description = "A page of accounts.")
    public record AccountPage(@Schema(required = true, maxItems = 100) List<AccountView> items,
            @Schema(description = "Cursor of the next page; absent on the last page.", maxLength = 500) String nextCursor) {
    }

    @Schema(name = "ApiTokenList", description = "The account's tokens that still work, newest first.")
    public record TokenList(@Schema(required = true, maxItems = 50) List<TokenView> items) {
    }
}
