package org.heritageregistry.pages;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.heritageregistry.account.Roles;
import org.heritageregistry.common.ApiProblem;
import org.heritageregistry.common.Cursor;
import org.heritageregistry.common.JsonEnums;
import org.heritageregistry.common.MergePatch;
import org.heritageregistry.common.PageParams;
import org.heritageregistry.common.PageRequest;
import org.heritageregistry.common.Pages;
import org.heritageregistry.common.ProblemException;
import org.heritageregistry.common.QueryParams;
import org.heritageregistry.source.NewSource;
import org.heritageregistry.source.Source;
import org.heritageregistry.source.SourceMerge;
import org.heritageregistry.source.SourceService;
import org.heritageregistry.source.SourceView;
import org.heritageregistry.source.SourceVisibility;
import org.heritageregistry.vocabulary.Reliability;
import org.heritageregistry.vocabulary.SourceKind;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.SecurityIdentity;

/**
 * Sources on the pages: the list with its search (the API's {@code q}: without case, accents or
 * Arabic short vowels), a source's page, and the curator's forms to register, correct and merge
 * one. Reads go through {@link SourceVisibility} and {@link SourceView} as the API's do, so an
 * anonymous reader sees a confidential source only as its kind, and a search never matches its
 * name. Writes are {@link SourceService}'s use cases (register, update, merge): the same
 * similar-name rule (409 with candidates, insisted on with allowSimilar), If-Match from the version
 * the form showed, idempotency, audit and change feed.
 */
@Path("/pages/sources")
@Produces(MediaType.TEXT_HTML)
public class SourcePages {

    static final int LIST_PAGE = 20;
    /** Sources offered as the survivor of a merge; a registry with more would need a search box. */
    static final int SURVIVOR_CHOICES = 500;

    private static final String[] FIELDS = { FormErrors.FORM, "name", "aliases", "kind", "reliability", "confidential", "description", "url",
            "allowSimilar" };
    private static final String[] MERGE_FIELDS = { FormErrors.FORM, "into" };

    public record SourceList(String q, List<SourceView> items, String nextPage, String firstPage, boolean searched) {
    }

    public record SourcePage(SourceView source, boolean registered, boolean saved, boolean merged, boolean canCurate) {
    }

    /** The form's values as typed; aliases one a line. */
    public record SourceForm(String name, String aliases, String kind, String reliability, boolean confidential, String description, String url,
            boolean allowSimilar, String version, String idempotencyKey) {
    }

    /** A form to register ({@code source} null) or correct a source; {@code similar} are the 409's candidates. */
    public record SourceFormPage(SourceView source, SourceForm form, FormErrors errors, List<ReportFormPages.Choice> kinds,
            List<ReportFormPages.Choice> reliabilities, List<ApiProblem.Candidate> similar, boolean stale) {
    }

    /** The merge: the duplicate, the survivors to choose from, and once one is chosen, what the merge will do. */
    public record MergePage(SourceView duplicate, List<ReportFormPages.Choice> survivors, SourceView survivor, String version, String idempotencyKey,
            FormErrors errors, boolean stale) {
    }

    private final SourceService sources;
    private final SourceVisibility visibility;
    private final Validator validator;
    private final SecurityIdentity identity;
    private final Viewer viewer;

    SourcePages(SourceService sources, SourceVisibility visibility, Validator validator, SecurityIdentity identity, Viewer viewer) {
        this.sources = sources;
        this.visibility = visibility;
        this.validator = validator;
        this.identity = identity;
        this.viewer = viewer;
    }

    @GET
    @Operation(hidden = true)
    public String list(@QueryParam("q") String q, @BeanParam PageParams paging) {
        String text = QueryParams.text(q, "q", 200);
        boolean reveal = visibility.revealsConfidential();
        var page = new PageRequest(paging.cursor, LIST_PAGE + 1);
        var result = Pages.of(sources.list(null, text, reveal, page), LIST_PAGE, s -> Cursor.encode(s.id.toString()),
                rows -> rows.stream().map(s -> SourceView.of(s, reveal)).toList());
        String query = text == null ? "" : "q=" + URLEncoder.encode(text, StandardCharsets.UTF_8) + "&";
        String next = result.nextCursor() == null ? null : "/pages/sources?" + query + "cursor=" + result.nextCursor();
        String first = paging.cursor == null || paging.cursor.isBlank() ? null : "/pages/sources" + (query.isEmpty() ? "" : "?" + query.substring(0, query.length() - 1));
        return PageTemplates.sources(new SourceList(text == null ? "" : text, result.items(), next, first, text != null)).render();
    }

    @GET
    @Path("/{id}")
    @Operation(hidden = true)
    public Response source(@PathParam("id") String id, @QueryParam("registered") boolean registered, @QueryParam("saved") boolean saved,
            @QueryParam("merged") boolean merged) {
        Source source = find(id);
        if (source.mergedInto != null) {
            // as the API answers 308: the survivor bears the duplicate's names and claims now
            return Response.status(308).location(URI.create("/pages/sources/" + source.mergedInto)).build();
        }
        SourceView view = SourceView.of(source, visibility.revealsConfidential());
        return PageRefusals.html(200, PageTemplates.source(new SourcePage(view, registered, saved, merged, curates())).render());
    }

    @GET
    @Path("/new")
    @RolesAllowed(Roles.CURATOR)
    @Operation(hidden = true)
    public String registerForm() {
        var form = new SourceForm("", "", "", "", false, "", "", false, "", UUID.randomUUID().toString());
        return formPage(null, form, new FormErrors(FIELDS), List.of(), false);
    }

    @POST
    @RolesAllowed(Roles.CURATOR)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    @SessionBound
    public Response register(@RestForm String name, @RestForm String aliases, @RestForm String kind, @RestForm String reliability,
            @RestForm String confidential, @RestForm String description, @RestForm String url, @RestForm String allowSimilar,
            @RestForm String idempotencyKey) {
        var form = new SourceForm(name, aliases, kind, reliability, checked(confidential), description, url, checked(allowSimilar), "",
                StaleEdit.keyOf(idempotencyKey));
        var errors = new FormErrors(FIELDS);
        NewSource request = read(form, errors);
        if (!errors.isEmpty()) {
            return PageRefusals.html(400, formPage(null, form, errors, List.of(), false));
        }
        try {
            var outcome = sources.register(request, identity.getPrincipal().getName(), form.allowSimilar(), form.idempotencyKey());
            return SignInPages.seeOther("/pages/sources/" + outcome.resourceId() + "?registered=true");
        } catch (ProblemException e) {
            errors.addAll(e);
            return PageRefusals.html(e.status(), formPage(null, form, errors, candidates(e), false));
        }
    }

    @GET
    @Path("/edit")
    @RolesAllowed({ Roles.CURATOR, Roles.ADMIN })
    @Operation(hidden = true)
    public String editForm(@QueryParam("source") String id) {
        Source source = current(id);
        return formPage(source, formOf(source, false), new FormErrors(FIELDS), List.of(), false);
    }

    @POST
    @Path("/edit")
    @RolesAllowed({ Roles.CURATOR, Roles.ADMIN })
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    @SessionBound
    public Response edit(@QueryParam("source") String id, @RestForm String name, @RestForm String aliases, @RestForm String kind,
            @RestForm String reliability, @RestForm String confidential, @RestForm String description, @RestForm String url,
            @RestForm String allowSimilar, @RestForm String version) {
        Source source = find(id);
        var form = new SourceForm(name, aliases, kind, reliability, checked(confidential), description, url, checked(allowSimilar), version, "");
        var errors = new FormErrors(FIELDS);
        NewSource edited = read(form, errors);
        if (!errors.isEmpty()) {
            return PageRefusals.html(400, formPage(source, form, errors, List.of(), false));
        }
        try {
            // the form shows the whole record, so its patch names every field: a cleared one is removed
            Map<String, Object> fields = new LinkedHashMap<>();
            fields.put("name", edited.name());
            fields.put("aliases", edited.aliasList());
            fields.put("kind", edited.kind());
            fields.put("reliability", edited.reliability());
            fields.put("confidential", edited.confidential());
            fields.put("description", edited.description());
            fields.put("url", edited.url());
            sources.update(source.id, new MergePatch.Fields(fields), identity.getPrincipal().getName(), form.version(), form.allowSimilar());
            return SignInPages.seeOther("/pages/sources/" + source.id + "?saved=true");
        } catch (ConstraintViolationException e) {
            errors.addAll(e.getConstraintViolations());
            return PageRefusals.html(400, formPage(source, form, errors, List.of(), false));
        } catch (ProblemException e) {
            errors.addAll(e);
            Source now = find(id);
            var again = StaleEdit.after(e, form.version(), "", () -> now.version);
            var shown = new SourceForm(form.name(), form.aliases(), form.kind(), form.reliability(), form.confidential(), form.description(), form.url(),
                    form.allowSimilar(), again.version(), "");
            return PageRefusals.html(e.status(), formPage(now, shown, errors, candidates(e), again.stale()));
        }
    }

    @GET
    @Path("/merge")
    @RolesAllowed({ Roles.CURATOR, Roles.ADMIN })
    @Operation(hidden = true)
    public String mergeForm(@QueryParam("source") String id, @QueryParam("into") String into) {
        Source duplicate = current(id);
        var errors = new FormErrors(MERGE_FIELDS);
        Source survivor = null;
        if (into != null && !into.isBlank()) {
            UUID survivorId = errors.attempt("into", () -> ReportFormPages.uuid(into));
            survivor = survivorId == null ? null : sources.find(survivorId).orElse(null);
            if (survivor == null && errors.isEmpty()) {
                errors.add("into", "no source has this id");
            }
        }
        return mergePage(duplicate, survivor, Long.toString(duplicate.version), UUID.randomUUID().toString(), errors, false);
    }

    @POST
    @Path("/merge")
    @RolesAllowed({ Roles.CURATOR, Roles.ADMIN })
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    @SessionBound
    public Response merge(@QueryParam("source") String id, @RestForm String into, @RestForm String version, @RestForm String idempotencyKey) {
        Source duplicate = find(id);
        var errors = new FormErrors(MERGE_FIELDS);
        UUID survivorId = errors.attempt("into", () -> ReportFormPages.uuid(into));
        if (survivorId == null && errors.isEmpty()) {
            errors.add("into", "choose the source that stays");
        }
        Source survivor = survivorId == null ? null : sources.find(survivorId).orElse(null);
        String key = StaleEdit.keyOf(idempotencyKey);
        if (!errors.isEmpty()) {
            return PageRefusals.html(400, mergePage(duplicate, survivor, version, key, errors, false));
        }
        try {
            var outcome = sources.merge(duplicate.id, new SourceMerge(survivorId), identity.getPrincipal().getName(), version, key);
            return SignInPages.seeOther("/pages/sources/" + outcome.resourceId() + "?merged=true");
        } catch (ProblemException e) {
            errors.addAll(e);
            Source now = find(id);
            var again = StaleEdit.after(e, version, key, () -> now.version);
            return PageRefusals.html(e.status(), mergePage(now, survivor, again.version(), again.idempotencyKey(), errors, again.stale()));
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

    @ServerExceptionMapper
    public Response problem(ProblemException e) {
        return PageRefusals.of(e);
    }

    /** The form's strings as the API's registration; a merged edit is validated as one too (SourceService.update). */
    private NewSource read(SourceForm f, FormErrors errors) {
        SourceKind kind = errors.attempt("kind", () -> JsonEnums.parse(SourceKind.class, ReportFormPages.blankToNull(f.kind()), "kind"));
        Reliability reliability = errors.attempt("reliability",
                () -> JsonEnums.parse(Reliability.class, ReportFormPages.blankToNull(f.reliability()), "reliability"));
        List<String> aliases = f.aliases() == null ? List.of() : f.aliases().lines().map(String::strip).filter(a -> !a.isEmpty()).toList();
        NewSource request = new NewSource(ReportFormPages.blankToNull(f.name()), kind, reliability, f.confidential(),
                ReportFormPages.blankToNull(f.description()), ReportFormPages.blankToNull(f.url()), aliases);
        errors.addAll(validator.validate(request));
        return request;
    }

    private static SourceForm formOf(Source s, boolean allowSimilar) {
        return new SourceForm(s.name, String.join("\n", s.aliases), JsonEnums.jsonName(s.kind), JsonEnums.jsonName(s.reliability), s.confidential,
                s.description == null ? "" : s.description, s.url == null ? "" : s.url, allowSimilar, Long.toString(s.version), "");
    }

    private String formPage(Source source, SourceForm form, FormErrors errors, List<ApiProblem.Candidate> similar, boolean stale) {
        return PageTemplates.sourceForm(new SourceFormPage(source == null ? null : SourceView.of(source, true), form, errors,
                ReportFormPages.choices(SourceKind.values(), List.of(nullToBlank(form.kind()))),
                Arrays.stream(Reliability.values()).map(r -> new ReportFormPages.Choice(r.name(), r.name() + ": " + reliabilityMeaning(r),
                        r.name().equals(form.reliability()))).toList(),
                similar, stale)).render();
    }

    private String mergePage(Source duplicate, Source survivor, String version, String key, FormErrors errors, boolean stale) {
        boolean reveal = visibility.revealsConfidential();
        List<ReportFormPages.Choice> survivors = sources.choices(SURVIVOR_CHOICES).stream().filter(s -> !s.id.equals(duplicate.id))
                .map(s -> new ReportFormPages.Choice(s.id.toString(), Sources.label(SourceView.of(s, reveal)) + " (" + JsonEnums.jsonName(s.kind)
                        + (s.confidential ? ", confidential" : "") + ")", survivor != null && survivor.id.equals(s.id)))
                .toList();
        return PageTemplates.sourceMerge(new MergePage(SourceView.of(duplicate, reveal), survivors, survivor == null ? null : SourceView.of(survivor, reveal),
                version, key, errors, stale)).render();
    }

    private static List<ApiProblem.Candidate> candidates(ProblemException e) {
        return e.candidates() == null ? List.of() : e.candidates();
    }

    /** A source by the id in the address; an id that is not one is a 404, as in the API. */
    private Source find(String id) {
        return parse(id).flatMap(sources::find).orElseThrow(() -> ProblemException.notFound("Source", id));
    }

    /** A source to edit or merge: a merged one takes no more (the service's 409, shown before the form is filled in). */
    private Source current(String id) {
        Source source = find(id);
        if (source.mergedInto != null) {
            throw ProblemException.conflict("/problems/already-merged",
                    "This source was merged into another (/pages/sources/" + source.mergedInto + "); edit that source instead");
        }
        return source;
    }

    private boolean curates() {
        return identity.hasRole(Roles.CURATOR) || identity.hasRole(Roles.ADMIN);
    }

    private static Optional<UUID> parse(String id) {
        try {
            return id == null ? Optional.empty() : Optional.of(UUID.fromString(id.strip()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static boolean checked(String box) {
        return box != null && (box.equals("true") || box.equals("on"));
    }

    private static String nullToBlank(String value) {
        return value == null ? "" : value;
    }

    private static String reliabilityMeaning(Reliability r) {
        return switch (r) {
            case A -> "completely reliable";
            case B -> "usually reliable";
            case C -> "fairly reliable";
            case D -> "not usually reliable";
            case E -> "unreliable";
            case F -> "cannot be judged";
        };
    }
}
