package org.heritageregistry.pages;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
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
import org.heritageregistry.common.JsonEnums;
import org.heritageregistry.common.ProblemException;
import org.heritageregistry.report.EvidenceView;
import org.heritageregistry.report.NewReport;
import org.heritageregistry.vocabulary.ControlExtent;
import org.heritageregistry.vocabulary.CountQualifier;
import org.heritageregistry.vocabulary.IncidentKind;
import org.heritageregistry.report.SiteControl;
import org.heritageregistry.report.IncidentCount;
import org.heritageregistry.report.ReportService;
import org.heritageregistry.source.SourceService;
import org.heritageregistry.source.SourceView;
import org.heritageregistry.vocabulary.Cause;
import org.heritageregistry.vocabulary.Certainty;
import org.heritageregistry.vocabulary.Condition;
import org.heritageregistry.vocabulary.DamageExtent;
import org.heritageregistry.vocabulary.EvidenceKind;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.SecurityIdentity;

/**
 * The curator's submission form. What it posts becomes the API's {@link NewReport} and goes
 * through the same validation, the same service and the same idempotency as POST /api/v1/reports;
 * a refusal comes back as the form, with what was typed kept and each message beside its field.
 * (Its class path is /pages, like the other page classes: JAX-RS would otherwise send every
 * /pages/reports/... request here and never to the report page.)
 */
@Path("/pages")
@Produces(MediaType.TEXT_HTML)
public class ReportFormPages {

    /** Sources offered in the form's lists; a registry with more would need a search box. */
    static final int SOURCE_CHOICES = 500;

    private static final String[] FIELDS = { FormErrors.FORM, "monumentId", "siteId", "incidentKind", "condition", "conditionWording", "extent",
            "count", "countValue", "countQualifier", "countOf", "control", "controlledBy", "controlExtent", "affected", "causes", "eventDate",
            "publishedOn", "certainty", "certaintyWording", "sourceId", "relayedById", "summary", "evidenceKind", "evidenceDescription",
            "evidenceUrl", "evidenceCredit", "evidenceAcquiredOn", "evidenceLocator" };

    /** What the form shows: the values as typed (strings, so a wrong one can be shown back). */
    public record ReportForm(String monumentId, String siteId, String incidentKind, String condition, String conditionWording, String extent,
            String countValue, String countQualifier, String countOf, String controlledBy, String controlExtent, String affected, List<String> causes,
            String eventDate, String publishedOn, String certainty, String certaintyWording, String sourceId, String relayedById,
            String summary, String evidenceKind, String evidenceDescription, String evidenceUrl, String evidenceCredit,
            String evidenceAcquiredOn, String evidenceLocator, String idempotencyKey) {

        static ReportForm blank(String monumentId) {
            return new ReportForm(monumentId == null ? "" : monumentId.strip(), "", "CONDITION", "", "", "", "", "", "", "", "", "", List.of(), "", "", "",
                    "", "", "", "", "", "", "", "", "", "", UUID.randomUUID().toString());
        }
    }

    public record Choice(String value, String label, boolean selected) {
    }

    public record FormPage(ReportForm form, FormErrors errors, List<Choice> incidentKinds, List<Choice> conditions, List<Choice> extents,
            List<Choice> countQualifiers, List<Choice> controlExtents, List<Choice> causes, List<Choice> certainties, List<Choice> sources,
            List<Choice> relays, List<Choice> evidenceKinds) {
    }

    private final ReportService reports;
    private final SourceService sources;
    private final Validator validator;
    private final SecurityIdentity identity;
    private final Viewer viewer;

    ReportFormPages(ReportService reports, SourceService sources, Validator validator,
            SecurityIdentity identity, Viewer viewer) {
        this.reports = reports;
        this.sources = sources;
        this.validator = validator;
        this.identity = identity;
        this.viewer = viewer;
    }

    @GET
    @Path("/reports/new")
    @RolesAllowed(Roles.CURATOR)
    @Operation(hidden = true)
    public String form(@QueryParam("monument") String monumentId) {
        return page(ReportForm.blank(monumentId), new FormErrors(FIELDS));
    }

    @POST
    @Path("/reports")
    @RolesAllowed(Roles.CURATOR)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    @SessionBound
    public Response submit(@RestForm String monumentId, @RestForm String siteId, @RestForm String incidentKind, @RestForm String condition,
            @RestForm String conditionWording, @RestForm String extent, @RestForm String countValue, @RestForm String countQualifier,
            @RestForm String countOf, @RestForm String controlledBy, @RestForm String controlExtent, @RestForm String affected, @RestForm List<String> causes, @RestForm String eventDate, @RestForm String publishedOn,
            @RestForm String certainty, @RestForm String certaintyWording, @RestForm String sourceId, @RestForm String relayedById,
            @RestForm String summary, @RestForm String evidenceKind, @RestForm String evidenceDescription, @RestForm String evidenceUrl,
            @RestForm String evidenceCredit, @RestForm String evidenceAcquiredOn, @RestForm String evidenceLocator,
            @RestForm String idempotencyKey) {
        var form = new ReportForm(monumentId, siteId, incidentKind, condition, conditionWording, extent, countValue, countQualifier, countOf,
                controlledBy, controlExtent, affected, causes == null ? List.of() : causes, eventDate,
                publishedOn, certainty, certaintyWording, sourceId, relayedById, summary, evidenceKind, evidenceDescription, evidenceUrl,
                evidenceCredit, evidenceAcquiredOn, evidenceLocator, idempotencyKey == null || idempotencyKey.isBlank() ? UUID.randomUUID().toString() : idempotencyKey);
        var errors = new FormErrors(FIELDS);
        NewReport request = read(form, errors);
        errors.addAll(validator.validate(request));
        if (!errors.isEmpty()) {
            return refused(400, form, errors);
        }
        String curator = identity.getPrincipal().getName();
        try {
            var outcome = reports.submit(request, curator, form.idempotencyKey());
            return SignInPages.seeOther("/pages/reports/" + outcome.resourceId() + "?submitted=true");
        } catch (ProblemException e) {
            errors.addAll(e);
            return refused(e.status(), form, errors);
        }
    }

    @ServerExceptionMapper
    public Response unauthenticated(UnauthorizedException e, UriInfo uri) {
        return PageRefusals.signInFirst(uri);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e) {
        return PageRefusals.forbidden(viewer, Roles.CURATOR);
    }

    /** The form's strings as the API's request; what cannot be read is noted against its field. */
    private static NewReport read(ReportForm f, FormErrors errors) {
        Condition condition = errors.attempt("condition", () -> JsonEnums.parse(Condition.class, blankToNull(f.condition()), "condition"));
        DamageExtent extent = errors.attempt("extent", () -> JsonEnums.parse(DamageExtent.class, blankToNull(f.extent()), "extent"));
        Set<Cause> causes = new LinkedHashSet<>();
        for (String cause : f.causes()) {
            Cause parsed = errors.attempt("causes", () -> JsonEnums.parse(Cause.class, blankToNull(cause), "causes"));
            if (parsed != null) {
                causes.add(parsed);
            }
        }
        Certainty certainty = errors.attempt("certainty", () -> JsonEnums.parse(Certainty.class, blankToNull(f.certainty()), "certainty"));
        UUID source = errors.attempt("sourceId", () -> uuid(f.sourceId()));
        UUID relay = errors.attempt("relayedById", () -> uuid(f.relayedById()));
        List<EvidenceView> evidence = readEvidence(f, errors);
        IncidentKind kind = errors.attempt("incidentKind", () -> JsonEnums.parse(IncidentKind.class, blankToNull(f.incidentKind()), "incidentKind"));
        IncidentCount count = null;
        if (!allBlank(f.countValue(), f.countQualifier(), f.countOf())) {
            Integer value = errors.attempt("countValue", () -> f.countValue() == null || f.countValue().isBlank() ? null : Integer.valueOf(f.countValue().strip()));
            CountQualifier qualifier = errors.attempt("countQualifier", () -> JsonEnums.parse(CountQualifier.class, blankToNull(f.countQualifier()), "countQualifier"));
            count = new IncidentCount(value, qualifier, blankToNull(f.countOf()));
        }
        SiteControl control = null;
        if (!allBlank(f.controlledBy(), f.controlExtent())) {
            ControlExtent extentOfControl = errors.attempt("controlExtent", () -> JsonEnums.parse(ControlExtent.class, blankToNull(f.controlExtent()), "controlExtent"));
            control = new SiteControl(blankToNull(f.controlledBy()), extentOfControl);
        }
        return new NewReport(blankToNull(f.monumentId()), blankToNull(f.siteId()), kind, condition, blankToNull(f.conditionWording()), extent, count,
                control, blankToNull(f.affected()), causes,
                blankToNull(f.eventDate()), blankToNull(f.publishedOn()), certainty, blankToNull(f.certaintyWording()), source, relay,
                blankToNull(f.summary()), evidence, null);
    }

    /** The form has room for one evidence item; left blank, the report has none. */
    private static List<EvidenceView> readEvidence(ReportForm f, FormErrors errors) {
        if (allBlank(f.evidenceKind(), f.evidenceDescription(), f.evidenceUrl(), f.evidenceCredit(), f.evidenceAcquiredOn(), f.evidenceLocator())) {
            return List.of();
        }
        EvidenceKind kind = errors.attempt("evidenceKind", () -> JsonEnums.parse(EvidenceKind.class, blankToNull(f.evidenceKind()), "evidence[0].kind"));
        LocalDate acquired = errors.attempt("evidenceAcquiredOn", () -> f.evidenceAcquiredOn() == null || f.evidenceAcquiredOn().isBlank() ? null
                : LocalDate.parse(f.evidenceAcquiredOn().strip()));
        return List.of(new EvidenceView(kind, blankToNull(f.evidenceDescription()), blankToNull(f.evidenceUrl()), blankToNull(f.evidenceCredit()),
                acquired, blankToNull(f.evidenceLocator())));
    }

    private Response refused(int status, ReportForm form, FormErrors errors) {
        return PageRefusals.html(status, page(form, errors));
    }

    private String page(ReportForm f, FormErrors errors) {
        List<SourceView> known = sources.choices(SOURCE_CHOICES).stream().map(s -> SourceView.of(s, true)).toList();
        List<Choice> sourceChoices = new ArrayList<>();
        List<Choice> relayChoices = new ArrayList<>();
        for (SourceView s : known) {
            String label = s.name() + " (" + JsonEnums.jsonName(s.kind()) + (s.confidential() ? ", confidential" : "") + ")";
            sourceChoices.add(new Choice(s.id().toString(), label, s.id().toString().equals(f.sourceId())));
            relayChoices.add(new Choice(s.id().toString(), label, s.id().toString().equals(f.relayedById())));
        }
        return PageTemplates.reportForm(new FormPage(f, errors, choices(IncidentKind.values(), List.of(nullToBlank(f.incidentKind()))),
                choices(Condition.values(), List.of(nullToBlank(f.condition()))), choices(DamageExtent.values(), List.of(nullToBlank(f.extent()))),
                choices(CountQualifier.values(), List.of(nullToBlank(f.countQualifier()))), choices(ControlExtent.values(), List.of(nullToBlank(f.controlExtent()))),
                choices(Cause.values(), f.causes()),
                choices(Certainty.values(), List.of(nullToBlank(f.certainty()))), sourceChoices, relayChoices,
                choices(EvidenceKind.values(), List.of(nullToBlank(f.evidenceKind()))))).render();
    }

    static <E extends Enum<E>> List<Choice> choices(E[] values, List<String> selected) {
        return Arrays.stream(values).map(v -> {
            String wire = JsonEnums.jsonName(v);
            return new Choice(wire, wire.replace('_', ' ').toLowerCase(java.util.Locale.ROOT), selected.contains(wire));
        }).toList();
    }

    static UUID uuid(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return UUID.fromString(value.strip());
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    private static String nullToBlank(String value) {
        return value == null ? "" : value;
    }

    static boolean allBlank(String... values) {
        return Arrays.stream(values).allMatch(v -> v == null || v.isBlank());
    }
}
