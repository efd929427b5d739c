package org.heritageregistry.pages;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
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
import org.heritageregistry.common.Cursor;
import org.heritageregistry.common.JsonEnums;
import org.heritageregistry.common.PageRequest;
import org.heritageregistry.common.Pages;
import org.heritageregistry.common.ProblemException;
import org.heritageregistry.conflict.ConflictFilter;
import org.heritageregistry.conflict.ConflictService;
import org.heritageregistry.conflict.ConflictState;
import org.heritageregistry.conflict.ConflictView;
import org.heritageregistry.conflict.ConflictViews;
import org.heritageregistry.report.DamageReport;
import org.heritageregistry.report.EvidenceView;
import org.heritageregistry.report.ReportFilter;
import org.heritageregistry.report.ReportService;
import org.heritageregistry.report.ReportView;
import org.heritageregistry.report.ReportViews;
import org.heritageregistry.review.DecisionView;
import org.heritageregistry.review.NewDecision;
import org.heritageregistry.review.ReviewService;
import org.heritageregistry.vocabulary.EvidenceKind;
import org.heritageregistry.vocabulary.VerificationStatus;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.SecurityIdentity;

/**
 * The reviewer's pages: a queue of the reports waiting for a decision (unverified ones, and the
 * pairs in open conflicts), and the decision form. A decision goes through the API's validation
 * and {@link ReviewService#decide}, so the four-eyes rule, the evidence rules and If-Match (the
 * version the reviewer read) hold here as there.
 */
@Path("/pages/review")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.REVIEWER)
public class ReviewPages {

    static final int QUEUE_PAGE = 20;

    private static final String[] FIELDS = { FormErrors.FORM, "status", "rationale", "corroboratingReportId", "evidenceKind", "evidenceDescription",
            "evidenceUrl", "evidenceCredit", "evidenceAcquiredOn" };

    public record QueuePage(List<ReportView> unverified, String moreUnverified, List<ConflictView> conflicts, String moreConflicts) {
    }

    public record DecisionForm(String status, String rationale, String corroboratingReportId, String evidenceKind, String evidenceDescription,
            String evidenceUrl, String evidenceCredit, String evidenceAcquiredOn, String version, String idempotencyKey) {
    }

    public record DecisionPage(ReportView report, List<DecisionView> decisions, DecisionForm form, FormErrors errors,
            List<ReportFormPages.Choice> statuses, List<ReportFormPages.Choice> corroborating, List<ReportFormPages.Choice> evidenceKinds,
            boolean stale) {
    }

    private final ReportService reports;
    private final ReportViews views;
    private final ReviewService review;
    private final ConflictService conflicts;
    private final ConflictViews conflictViews;
    private final Validator validator;
    private final SecurityIdentity identity;
    private final Viewer viewer;

    ReviewPages(ReportService reports, ReportViews views, ReviewService review, ConflictService conflicts, ConflictViews conflictViews,
            Validator validator, SecurityIdentity identity, Viewer viewer) {
        this.reports = reports;
        this.views = views;
        this.review = review;
        this.conflicts = conflicts;
        this.conflictViews = conflictViews;
        this.validator = validator;
        this.identity = identity;
        this.viewer = viewer;
    }

    @GET
    @Operation(hidden = true)
    public String queue(@QueryParam("cursor") String cursor, @QueryParam("conflictCursor") String conflictCursor) {
        var page = new PageRequest(cursor, QUEUE_PAGE + 1);
        var waiting = Pages.of(reports.list(new ReportFilter(null, null, VerificationStatus.UNVERIFIED, null, null, null, null, true, null, null), page),
                QUEUE_PAGE, ReportService::cursorOf, rows -> rows);
        var open = Pages.of(conflicts.list(new ConflictFilter(null, null, null, ConflictState.OPEN, null), new PageRequest(conflictCursor, QUEUE_PAGE + 1)), QUEUE_PAGE,
                c -> Cursor.encode(c.id.toString()), rows -> rows);
        String moreUnverified = waiting.nextCursor() == null ? null : "/pages/review?cursor=" + waiting.nextCursor();
        String moreConflicts = open.nextCursor() == null ? null : "/pages/review?conflictCursor=" + open.nextCursor();
        return PageTemplates.review(new QueuePage(views.of(waiting.items()), moreUnverified, conflictViews.of(open.items()), moreConflicts)).render();
    }

    @GET
    @Path("/decision")
    @Operation(hidden = true)
    public String decisionForm(@QueryParam("report") String reportId) {
        DamageReport report = find(reportId);
        var form = new DecisionForm("", "", "", "", "", "", "", "", Long.toString(report.version), UUID.randomUUID().toString());
        return page(report, form, new FormErrors(FIELDS), false);
    }

    @POST
    @Path("/decision")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    @SessionBound
    public Response decide(@QueryParam("report") String reportId, @RestForm String status, @RestForm String rationale,
            @RestForm String corroboratingReportId, @RestForm String evidenceKind, @RestForm String evidenceDescription,
            @RestForm String evidenceUrl, @RestForm String evidenceCredit, @RestForm String evidenceAcquiredOn, @RestForm String version,
            @RestForm String idempotencyKey) {
        DamageReport report = find(reportId);
        var form = new DecisionForm(status, rationale, corroboratingReportId, evidenceKind, evidenceDescription, evidenceUrl, evidenceCredit,
                evidenceAcquiredOn, version, StaleEdit.keyOf(idempotencyKey));
        var errors = new FormErrors(FIELDS);
        NewDecision request = read(form, errors);
        errors.addAll(validator.validate(request));
        if (!errors.isEmpty()) {
            return PageRefusals.html(400, page(report, form, errors, false));
        }
        String reviewer = identity.getPrincipal().getName();
        try {
            review.decide(report.id, request, reviewer, form.version(), form.idempotencyKey());
            return SignInPages.seeOther("/pages/reports/" + report.id + "?decided=true");
        } catch (ProblemException e) {
            errors.addAll(e);
            DamageReport now = find(reportId);
            var again = StaleEdit.after(e, form.version(), form.idempotencyKey(), () -> now.version);
            return PageRefusals.html(e.status(), page(now, withVersion(form, again), errors, again.stale()));
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

    private static NewDecision read(DecisionForm f, FormErrors errors) {
        VerificationStatus status = errors.attempt("status", () -> JsonEnums.parse(VerificationStatus.class, ReportFormPages.blankToNull(f.status()), "status"));
        UUID corroborating = errors.attempt("corroboratingReportId", () -> ReportFormPages.uuid(f.corroboratingReportId()));
        List<EvidenceView> evidence = List.of();
        if (!ReportFormPages.allBlank(f.evidenceKind(), f.evidenceDescription(), f.evidenceUrl(), f.evidenceCredit(), f.evidenceAcquiredOn())) {
            EvidenceKind kind = errors.attempt("evidenceKind", () -> JsonEnums.parse(EvidenceKind.class, ReportFormPages.blankToNull(f.evidenceKind()), "evidence[0].kind"));
            LocalDate acquired = errors.attempt("evidenceAcquiredOn", () -> ReportFormPages.blankToNull(f.evidenceAcquiredOn()) == null ? null
                    : LocalDate.parse(f.evidenceAcquiredOn().strip()));
            evidence = List.of(new EvidenceView(kind, ReportFormPages.blankToNull(f.evidenceDescription()), ReportFormPages.blankToNull(f.evidenceUrl()),
                    ReportFormPages.blankToNull(f.evidenceCredit()), acquired, null));
        }
        return new NewDecision(status, ReportFormPages.blankToNull(f.rationale()), corroborating, evidence);
    }

    private String page(DamageReport report, DecisionForm form, FormErrors errors, boolean stale) {
        List<ReportFormPages.Choice> others = new ArrayList<>();
        for (DamageReport other : report.monumentId == null ? List.<DamageReport>of()
                : reports.list(ReportFilter.ofMonument(report.monumentId, null, true), new PageRequest(null, PageRequest.MAX_LIMIT))) {
            // only a claim of the same kind can corroborate (the rule compares conditions)
            if (!other.id.equals(report.id) && other.incidentKind == report.incidentKind) {
                var claim = views.claim(other);
                String label = claim.condition() + ", " + claim.eventDate().edtf() + ", " + (claim.source().name() == null ? "confidential source" : claim.source().name());
                others.add(new ReportFormPages.Choice(other.id.toString(), label, other.id.toString().equals(form.corroboratingReportId())));
            }
        }
        List<ReportFormPages.Choice> statuses = Arrays.stream(VerificationStatus.values()).map(v -> {
            String wire = JsonEnums.jsonName(v);
            return new ReportFormPages.Choice(wire, wire.toLowerCase(java.util.Locale.ROOT), wire.equals(form.status()));
        }).toList();
        return PageTemplates.decision(new DecisionPage(views.of(report), review.decisionsOn(report).stream().map(DecisionView::from).toList(),
                form, errors, statuses, others, ReportFormPages.choices(EvidenceKind.values(), List.of(form.evidenceKind() == null ? "" : form.evidenceKind())),
                stale)).render();
    }

    private DamageReport find(String reportId) {
        return reports.require(reportId == null ? null : reportId.strip());
    }

    private static DecisionForm withVersion(DecisionForm f, StaleEdit again) {
        return new DecisionForm(f.status(), f.rationale(), f.corroboratingReportId(), f.evidenceKind(), f.evidenceDescription(), f.evidenceUrl(),
                f.evidenceCredit(), f.evidenceAcquiredOn(), again.version(), again.idempotencyKey());
    }

}
