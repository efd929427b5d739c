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
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.heritageregistry.account.Roles;
import org.heritageregistry.common.JsonEnums;
import org.heritageregistry.common.PageParams;
import org.heritageregistry.common.Pages;
import org.heritageregistry.common.ProblemException;
import org.heritageregistry.idempotency.Idempotency;
import org.heritageregistry.webhook.DeliveryStatus;
import org.heritageregistry.webhook.DeliveryView;
import org.heritageregistry.webhook.NewWebhook;
import org.heritageregistry.webhook.WebhookService;
import org.heritageregistry.webhook.WebhookSubscription;
import org.heritageregistry.webhook.WebhookView;

import io.quarkus.security.identity.SecurityIdentity;

@Path("/api/v1/admin/webhooks")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Webhooks")
@RolesAllowed(Roles.ADMIN)
@SecurityRequirement(name = "adminAuth")
public class WebhookResource {

    private final WebhookService webhooks;
    private final SecurityIdentity identity;

    WebhookResource(WebhookService webhooks, SecurityIdentity identity) {
        this.webhooks = webhooks;
        this.identity = identity;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createWebhook", summary = "Subscribe a URL to changes",
            description = "Registers a receiver for the chosen kinds of change, from the next change on. Each event is POSTed as the change's JSON (as in the change feed), "
                    + "signed in Registry-Signature (t=<unix seconds>,v1=<hex HMAC-SHA256 of \"<t>.<body>\" keyed with the secret>), with its id in Registry-Event-Id. "
                    + "Events are sent in feed order per subscription and retried with exponential backoff until the receiver answers 2xx. "
                    + "The secret is returned in this answer only (also on an Idempotency-Key replay by the same admin). Needs the admin role.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = NewWebhook.class),
            examples = @ExampleObject(name = "palmyra-dashboard", summary = "A dashboard that follows the condition of Palmyra's monuments")))
    @APIResponse(responseCode = "201", description = "Subscribed; the answer carries the secret, once.",
            headers = @Header(name = "Location", description = "URL of the subscription."),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = WebhookView.class),
                    examples = @ExampleObject(name = "palmyra-dashboard", summary = "The subscription with its generated secret")))
    public Response create(@HeaderParam("Idempotency-Key") String idempotencyKey, @Valid @NotNull NewWebhook body, @Context UriInfo uri) {
        String admin = identity.getPrincipal().getName();
        var outcome = webhooks.create(body, admin, idempotencyKey);
        WebhookSubscription subscription = webhooks.find(UUID.fromString(outcome.resourceId())).orElseThrow();
        URI location = uri.getBaseUriBuilder().path(WebhookResource.class).path(subscription.id.toString()).build();
        return Idempotency.mark(Response.created(location).entity(WebhookView.withSecret(subscription)), outcome).build();
    }

    @GET
    @Operation(operationId = "listWebhooks", summary = "List webhook subscriptions", description = "Every subscription, deleted ones included, oldest first; secrets are never shown. Needs the admin role.")
    @APIResponse(responseCode = "200", description = "A page of subscriptions.", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = WebhookPage.class)))
    public WebhookPage list(@BeanParam PageParams paging) {
        var page = paging.toRequest();
        var result = Pages.of(webhooks.list(page), page.limit(), WebhookService::cursorOf, rows -> rows.stream().map(WebhookView::of).toList());
        return new WebhookPage(result.items(), result.nextCursor());
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getWebhook", summary = "Read a webhook subscription", description = "The subscription without its secret. Needs the admin role.")
    @APIResponse(responseCode = "200", description = "The subscription.", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = WebhookView.class)))
    public WebhookView get(@PathParam("id") String id) {
        return WebhookView.of(find(id));
    }

    @DELETE
    @Path("/{id}")
    @Operation(operationId = "deleteWebhook", summary = "Delete a webhook subscription",
            description = "Stops the subscription: nothing more is queued or sent and its pending deliveries are cancelled. It stays readable, marked inactive, "
                    + "with its deliveries. Deleting it again changes nothing. Needs the admin role.")
    @APIResponse(responseCode = "200", description = "Deleted: the subscription as it now stands, inactive.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = WebhookView.class)))
    public WebhookView delete(@PathParam("id") String id) {
        UUID subscription = parse(id);
        if (!webhooks.disable(subscription, identity.getPrincipal().getName())) {
            throw ProblemException.notFound("Webhook", id);
        }
        return WebhookView.of(webhooks.find(subscription).orElseThrow());
    }

    @GET
    @Path("/{id}/deliveries")
    @Operation(operationId = "listWebhookDeliveries", summary = "List a subscription's deliveries",
            description = "The subscription's events, newest first, each with its status, attempts, the last HTTP status and error, and when the next attempt is due. Needs the admin role.")
    @APIResponse(responseCode = "200", description = "A page of deliveries.", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = DeliveryPage.class),
            examples = @ExampleObject(name = "receiver-down", summary = "A receiver that answered 503 three times")))
    public DeliveryPage deliveries(@PathParam("id") String id,
            @QueryParam("status") @Parameter(description = "Only deliveries with this status.", schema = @Schema(implementation = DeliveryStatus.class)) String status,
            @BeanParam PageParams paging) {
        WebhookSubscription subscription = find(id);
        var page = paging.toRequest();
        var rows = webhooks.deliveries(subscription.id, JsonEnums.parse(DeliveryStatus.class, status, "status"), page);
        var result = Pages.of(rows, page.limit(), d -> org.heritageregistry.common.Cursor.encode(Long.toString(d.position)),
                r -> r.stream().map(DeliveryView::of).toList());
        return new DeliveryPage(result.items(), result.nextCursor());
    }

    private WebhookSubscription find(String id) {
        return webhooks.find(parse(id)).orElseThrow(() -> ProblemException.notFound("Webhook", id));
    }

    private static UUID parse(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw ProblemException.notFound("Webhook", id);
        }
    }

    @Schema(name = "WebhookPage", description = "A page of webhook subscriptions.")
    public record WebhookPage(@Schema(required = true, maxItems = 100) List<WebhookView> items,
            @Schema(description = "Cursor of the next page; absent on the last page.", maxLength = 500) String nextCursor) {
    }

    @Schema(name = "WebhookDeliveryPage", description = "A page of webhook deliveries.")
    public record DeliveryPage(@Schema(required = true, maxItems = 100) List<DeliveryView> items,
            @Schema(description = "Cursor of the next page; absent on the last page.", maxLength = 500) String nextCursor) {
    }
}
