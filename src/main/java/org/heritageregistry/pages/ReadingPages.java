package org.heritageregistry.pages;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.heritageregistry.common.Cursor;
import org.heritageregistry.common.JsonEnums;
import org.heritageregistry.common.PageParams;
import org.heritageregistry.common.Pages;
import org.heritageregistry.common.ProblemException;
import org.heritageregistry.common.QueryParams;
import org.heritageregistry.condition.HistoryView;
import org.heritageregistry.dossier.AsOf;
import org.heritageregistry.dossier.MonumentReads;
import org.heritageregistry.dossier.MonumentView;
import org.heritageregistry.monument.MonumentFilter;
import org.heritageregistry.monument.MonumentService;
import org.heritageregistry.monument.MonumentSummary;
import org.heritageregistry.report.DamageReport;
import org.heritageregistry.report.ReportService;
import org.heritageregistry.report.ReportView;
import org.heritageregistry.report.ReportViews;
import org.heritageregistry.review.DecisionView;
import org.heritageregistry.review.ReviewService;
import org.heritageregistry.vocabulary.Condition;
import org.heritageregistry.vocabulary.MonumentCategory;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import io.quarkus.qute.TemplateInstance;

/**
 * The pages that read: the monument list, a monument with its timeline (now or as of a day), a
 * report with its decisions. Rendered on the server from the same services and views as the API:
 * the same filters and their 400s, the same derived condition and history, the same masking of
 * confidential sources for the caller. They are not part of the API contract.
 */
@Path("/pages")
@Produces(MediaType.TEXT_HTML)
public class ReadingPages {

    /** A choice in a filter's select; value "" is "any". */
    public record Option(String value, boolean selected) {
    }

    public record MonumentList(String site, String q, List<Option> categories, List<Option> conditions,
            List<MonumentSummary> items, String nextPage, String firstPage) {
    }

    public record MonumentPage(MonumentView monument, HistoryView history, Timeline timeline, String asOf, Instant recordedBefore) {
    }

    public record ReportPage(ReportView report, List<DecisionView> decisions, boolean submitted, boolean decided) {
    }

    private final MonumentService monuments;
    private final MonumentReads reads;
    private final ReportService reports;
    private final ReportViews views;
    private final ReviewService review;

    ReadingPages(MonumentService monuments, MonumentReads reads, ReportService reports, ReportViews views, ReviewService review) {
        this.monuments = monuments;
        this.reads = reads;
        this.reports = reports;
        this.views = views;
        this.review = review;
    }

    @GET
    @Path("/monuments")
    @Operation(hidden = true)
    public TemplateInstance monuments(@QueryParam("site") String site, @QueryParam("category") String category,
            @QueryParam("condition") String condition, @QueryParam("q") String text, @BeanParam PageParams paging, @Context UriInfo uri) {
        // the API's parsing: a bad value is a 400 naming the field
        var filter = new MonumentFilter(QueryParams.text(site, "site", 80), JsonEnums.parse(MonumentCategory.class, category, "category"),
                JsonEnums.parse(Condition.class, condition, "condition"), QueryParams.text(text, "q", 200));
        var page = paging.toRequest();
        var result = Pages.of(monuments.list(filter, page), page.limit(), m -> Cursor.encode(m.id), rows -> rows);
        String next = result.nextCursor() == null ? null : uri.getRequestUriBuilder().replaceQueryParam("cursor", result.nextCursor()).build().toString();
        String first = paging.cursor == null || paging.cursor.isBlank() ? null : uri.getRequestUriBuilder().replaceQueryParam("cursor").build().toString();
        return PageTemplates.monuments(new MonumentList(filter.siteId(), filter.text(),
                options(MonumentCategory.values(), filter.category()), options(Condition.values(), filter.condition()),
                result.items().stream().map(MonumentSummary::from).toList(), relative(next), relative(first)));
    }

    @GET
    @Path("/monuments/{id}")
    @Operation(hidden = true)
    public TemplateInstance monument(@PathParam("id") String id, @QueryParam(AsOf.PARAMETER) String asOf) {
        var recordedBefore = AsOf.recordedBefore(asOf);
        MonumentView view;
        HistoryView history;
        if (recordedBefore.isPresent()) {
            var recorded = reads.recorded(id, recordedBefore.get());
            view = reads.view(recorded);
            history = reads.history(recorded);
        } else {
            boolean revealed = views.revealsConfidential();
            long version = monuments.version(id).orElseThrow(() -> ProblemException.notFound("Monument", id));
            view = (MonumentView) reads.view(id, revealed, version).answer();
            history = (HistoryView) reads.history(id, revealed, version).answer();
        }
        return PageTemplates.monument(new MonumentPage(view, history, Timeline.of(history), asOf == null ? "" : asOf.strip(), recordedBefore.orElse(null)));
    }

    @GET
    @Path("/reports/{id}")
    @Operation(hidden = true)
    public TemplateInstance report(@PathParam("id") String id, @QueryParam("submitted") boolean submitted, @QueryParam("decided") boolean decided) {
        DamageReport report = reports.require(id);
        return PageTemplates.report(new ReportPage(views.of(report), review.decisionsOn(report).stream().map(DecisionView::from).toList(), submitted, decided));
    }

    /** Refusals on a page are pages too (404, 400 naming the field), never problem JSON or a stack trace. */
    @ServerExceptionMapper
    public Response problem(ProblemException e) {
        return PageRefusals.of(e);
    }

    private static <E extends Enum<E>> List<Option> options(E[] values, E selected) {
        return Arrays.stream(values).map(v -> new Option(JsonEnums.jsonName(v), v == selected)).toList();
    }

    /** Links stay relative to the host the reader used: path and query only. */
    private static String relative(String absolute) {
        if (absolute == null) {
            return null;
        }
        var u = UriBuilder.fromUri(absolute).build();
        return u.getRawPath() + (u.getRawQuery() == null ? "" : "?" + u.getRawQuery());
    }
}
