package org.heritageregistry.pages;

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
import org.heritageregistry.account.Roles;
import org.heritageregistry.common.ProblemException;
import org.heritageregistry.conflict.Conflict;
import org.heritageregistry.conflict.ConflictService;
import org.heritageregistry.conflict.ConflictView;
import org.heritageregistry.conflict.ConflictViews;
import org.heritageregistry.conflict.NewSettlement;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.SecurityIdentity;

/**
 * A conflict for a reviewer to work through: its reports, each with a link to decide on it, and
 * the form that settles it with a rationale. The form goes through the same service as
 * {@code POST /api/v1/conflicts/{id}/settlement}: If-Match from the version shown, four eyes,
 * only an open conflict, audited and in the change feed.
 */
@Path("/pages/review/settlement")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.REVIEWER)
public class SettlementPages {

    private static final String[] FIELDS = { FormErrors.FORM, "rationale" };

    public record SettlementForm(String rationale, String version, String idempotencyKey) {
    }

    public record SettlementPage(ConflictView conflict, SettlementForm form, FormErrors errors, boolean stale) {
    }

    private final ConflictService conflicts;
    private final ConflictViews views;
    private final Validator validator;
    private final SecurityIdentity identity;
    private final Viewer viewer;

    SettlementPages(ConflictService conflicts, ConflictViews views, Validator validator, SecurityIdentity identity, Viewer viewer) {
        this.conflicts = conflicts;
        this.views = views;
        this.validator = validator;
        this.identity = identity;
        this.viewer = viewer;
    }

    @GET
    @Operation(hidden = true)
    public String form(@QueryParam("conflict") String conflictId) {
        Conflict conflict = conflicts.require(conflictId);
        return page(conflict, new SettlementForm("", Long.toString(conflicts.representationVersion(conflict)), UUID.randomUUID().toString()),
                new FormErrors(FIELDS), false);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    @SessionBound
    public Response settle(@QueryParam("conflict") String conflictId, @RestForm String rationale, @RestForm String version,
            @RestForm String idempotencyKey) {
        Conflict conflict = conflicts.require(conflictId);
        var form = new SettlementForm(rationale == null ? "" : rationale, version,
                StaleEdit.keyOf(idempotencyKey));
        var errors = new FormErrors(FIELDS);
        var request = new NewSettlement(ReportFormPages.blankToNull(form.rationale()));
        errors.addAll(validator.validate(request));
        if (!errors.isEmpty()) {
            return PageRefusals.html(400, page(conflict, form, errors, false));
        }
        try {
            conflicts.settle(conflict.id.toString(), request, identity.getPrincipal().getName(), form.version(), form.idempotencyKey());
            return SignInPages.seeOther("/pages/review/settlement?conflict=" + conflict.id);
        } catch (ProblemException e) {
            errors.addAll(e);
            Conflict now = conflicts.require(conflictId);
            var again = StaleEdit.after(e, form.version(), form.idempotencyKey(), () -> conflicts.representationVersion(now));
            return PageRefusals.html(e.status(), page(now, new SettlementForm(form.rationale(), again.version(), again.idempotencyKey()), errors, again.stale()));
        }
    }

    @ServerExceptionMapper
    public Response unauthenticated(UnauthorizedException e, UriInfo uri) {
        return PageRefusals.signInFirst(uri);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e) {
        return PageRefusals.forbidden(viewer, Roles.REVIEWER);
    }

    @ServerExceptionMapper
    public Response problem(ProblemException e) {
        return PageRefusals.of(e);
    }

    private String page(Conflict conflict, SettlementForm form, FormErrors errors, boolean stale) {
        return PageTemplates.settlement(new SettlementPage(views.of(conflict), form, errors, stale)).render();
    }
}
