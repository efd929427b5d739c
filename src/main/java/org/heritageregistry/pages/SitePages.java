package org.heritageregistry.pages;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.heritageregistry.account.Roles;
import org.heritageregistry.common.Cursor;
import org.heritageregistry.common.PageParams;
import org.heritageregistry.common.PageRequest;
import org.heritageregistry.common.Pages;
import org.heritageregistry.common.ProblemException;
import org.heritageregistry.monument.MonumentFilter;
import org.heritageregistry.monument.MonumentService;
import org.heritageregistry.monument.MonumentSummary;
import org.heritageregistry.site.NewSite;
import org.heritageregistry.site.Site;
import org.heritageregistry.site.SitePatch;
import org.heritageregistry.site.SiteRetirement;
import org.heritageregistry.site.SiteService;
import org.heritageregistry.site.SiteView;
import org.heritageregistry.vocabulary.Certainty;
import org.heritageregistry.vocabulary.GeoPoint;
import org.heritageregistry.vocabulary.LocalizedName;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.SecurityIdentity;

/**
 * The sites: their list, a site with its monuments on a map, and the curators' forms that add,
 * correct and (admins) retire one. Every write is the API's use case on {@link SiteService}
 * (createSite, updateSite with the version the form was read at as If-Match, retireSite), so the
 * rules, the audit lines and the change feed are the API's; a refusal comes back as the form with
 * each message beside its field, and a form read before someone else's edit gets a 412 page showing
 * the site as it is now. Forms post to their own address (POST-redirect-GET on success): the CSRF
 * token is made on the exact paths named in quarkus.rest-csrf.create-token-path, so the site id is
 * a query parameter there, not a path segment.
 */
@Path("/pages")
@Produces(MediaType.TEXT_HTML)
public class SitePages {

    private static final List<String> FIELDS = List.of(FormErrors.FORM, "id", "name", "names", "country", "latitude", "longitude", "boundary",
            "wikidata", "pleiades", "unescoId", "inDangerSince", "description");
    private static final List<String> RETIRE_FIELDS = List.of(FormErrors.FORM, "reason");

    public record SiteList(List<SiteView> sites, String nextPage, String firstPage) {
    }

    /** One monument on the site page: the list's row and where its marker goes. */
    public record SiteMonument(MonumentSummary monument, boolean approximate) {
    }

    /**
     * {@code showMap}: there is something to draw: a monument with a point, the boundary, or the
     * site's own point over tiles (without tiles that alone would be an empty grey box).
     */
    public record SitePage(SiteView site, List<SiteMonument> monuments, String moreMonuments, String map, int mapped, boolean showMap, String notice) {
    }

    /** What the site form shows: the values as typed. */
    public record SiteForm(String id, String name, String names, String country, String latitude, String longitude, String boundary,
            String wikidata, String pleiades, String unescoId, String inDangerSince, String description, String version, String idempotencyKey) {

        static SiteForm blank() {
            return new SiteForm("", "", "", "", "", "", "", "", "", "", "", "", "", UUID.randomUUID().toString());
        }

        static SiteForm of(Site s) {
            return new SiteForm(s.id, s.name, CurationForms.namesText(s.names), s.country, CurationForms.coordinate(s.latitude),
                    CurationForms.coordinate(s.longitude), CurationForms.shown(s.boundary), CurationForms.shown(s.wikidata),
                    CurationForms.shown(s.pleiades), CurationForms.shown(s.unescoId), s.inDangerSince == null ? "" : s.inDangerSince.toString(),
                    CurationForms.shown(s.description), Long.toString(s.version), UUID.randomUUID().toString());
        }

        SiteForm withVersion(long version) {
            return new SiteForm(id, name, names, country, latitude, longitude, boundary, wikidata, pleiades, unescoId, inDangerSince, description,
                    Long.toString(version), UUID.randomUUID().toString());
        }
    }

    /** {@code current} is the site as it is now (null on the new-site form), shown beside a stale form. */
    public record SiteFormPage(boolean creating, SiteView current, SiteForm form, FormErrors errors, boolean stale) {
    }

    public record RetireForm(String reason, String version, String idempotencyKey) {
    }

    public record RetirePage(SiteView site, RetireForm form, FormErrors errors, boolean stale) {
    }

    private final SiteService sites;
    private final MonumentService monuments;
    private final Validator validator;
    private final SecurityIdentity identity;
    private final Viewer viewer;
    private final ObjectMapper json;
    private final MapConfig map;

    SitePages(SiteService sites, MonumentService monuments, Validator validator, SecurityIdentity identity, Viewer viewer, ObjectMapper json,
            MapConfig map) {
        this.sites = sites;
        this.monuments = monuments;
        this.validator = validator;
        this.identity = identity;
        this.viewer = viewer;
        this.json = json;
        this.map = map;
    }

    @GET
    @Path("/sites")
    @Operation(hidden = true)
    public TemplateInstance list(@BeanParam PageParams paging) {
        var page = paging.toRequest();
        var result = Pages.of(sites.list(page), page.limit(), s -> Cursor.encode(s.id), rows -> rows.stream().map(SiteView::from).toList());
        String next = result.nextCursor() == null ? null : "/pages/sites?cursor=" + result.nextCursor();
        String first = paging.cursor == null || paging.cursor.isBlank() ? null : "/pages/sites";
        return PageTemplates.sites(new SiteList(result.items(), next, first));
    }

    @GET
    @Path("/sites/{id}")
    @Operation(hidden = true)
    public TemplateInstance site(@PathParam("id") String id, @QueryParam("done") String done, @QueryParam("monument") String monumentId) {
        Site site = CurationForms.site(sites, id);
        var page = new PageRequest(null, PageRequest.MAX_LIMIT);
        var result = Pages.of(monuments.list(new MonumentFilter(site.id, null, null, null), page), page.limit(), m -> Cursor.encode(m.id),
                rows -> rows.stream().map(MonumentSummary::from).toList());
        List<SiteMonument> shown = result.items().stream().map(m -> new SiteMonument(m, approximate(m.locationCertainty()))).toList();
        String more = result.nextCursor() == null ? null : "/pages/monuments?site=" + site.id;
        int mapped = (int) shown.stream().filter(m -> m.monument().location() != null).count();
        boolean showMap = mapped > 0 || site.boundary != null || (site.latitude != null && map.usableTileUrl().isPresent());
        return PageTemplates.site(new SitePage(SiteView.from(site), shown, more, mapData(site, shown), mapped, showMap, notice(done, monumentId)));
    }

    @GET
    @Path("/sites/new")
    @RolesAllowed({ Roles.CURATOR, Roles.ADMIN })
    @Operation(hidden = true)
    public String newForm() {
        return PageTemplates.siteForm(new SiteFormPage(true, null, SiteForm.blank(), new FormErrors(FIELDS), false)).render();
    }

    @POST
    @Path("/sites/new")
    @RolesAllowed({ Roles.CURATOR, Roles.ADMIN })
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    @SessionBound
    public Response create(@RestForm String id, @RestForm String name, @RestForm String names, @RestForm String country, @RestForm String latitude,
            @RestForm String longitude, @RestForm String boundary, @RestForm String wikidata, @RestForm String pleiades, @RestForm String unescoId,
            @RestForm String inDangerSince, @RestForm String description, @RestForm String idempotencyKey) {
        var form = new SiteForm(CurationForms.text(id), CurationForms.text(name), CurationForms.text(names), CurationForms.text(country),
                CurationForms.text(latitude), CurationForms.text(longitude), CurationForms.text(boundary), CurationForms.text(wikidata),
                CurationForms.text(pleiades), CurationForms.text(unescoId), CurationForms.text(inDangerSince), CurationForms.text(description), "",
                CurationForms.idempotencyKey(idempotencyKey));
        var errors = new FormErrors(FIELDS);
        NewSite request = read(form, form.id().strip(), errors);
        CurationForms.addAll(errors, validator.validate(request), FIELDS);
        if (!errors.isEmpty()) {
            return PageRefusals.html(400, PageTemplates.siteForm(new SiteFormPage(true, null, form, errors, false)).render());
        }
        try {
            var outcome = sites.create(request, identity.getPrincipal().getName(), form.idempotencyKey());
            return SignInPages.seeOther("/pages/sites/" + outcome.resourceId() + "?done=site-created");
        } catch (ProblemException e) {
            if (e.status() == 409 && e.errors() == null) {
                errors.add("id", e.getMessage());
            } else {
                CurationForms.addAll(errors, e, FIELDS);
            }
            return PageRefusals.html(e.status(), PageTemplates.siteForm(new SiteFormPage(true, null, form, errors, false)).render());
        }
    }

    @GET
    @Path("/sites/edit")
    @RolesAllowed({ Roles.CURATOR, Roles.ADMIN })
    @Operation(hidden = true)
    public String editForm(@QueryParam("site") String id) {
        Site site = CurationForms.site(sites, id);
        return PageTemplates.siteForm(new SiteFormPage(false, SiteView.from(site), SiteForm.of(site), new FormErrors(FIELDS), false)).render();
    }

    @POST
    @Path("/sites/edit")
    @RolesAllowed({ Roles.CURATOR, Roles.ADMIN })
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    @SessionBound
    public Response edit(@QueryParam("site") String id, @RestForm String name, @RestForm String names, @RestForm String country,
            @RestForm String latitude, @RestForm String longitude, @RestForm String boundary, @RestForm String wikidata, @RestForm String pleiades,
            @RestForm String unescoId, @RestForm String inDangerSince, @RestForm String description, @RestForm String version) {
        Site site = CurationForms.site(sites, id);
        var form = new SiteForm(site.id, CurationForms.text(name), CurationForms.text(names), CurationForms.text(country), CurationForms.text(latitude),
                CurationForms.text(longitude), CurationForms.text(boundary), CurationForms.text(wikidata), CurationForms.text(pleiades),
                CurationForms.text(unescoId), CurationForms.text(inDangerSince), CurationForms.text(description), CurationForms.version(version),
                UUID.randomUUID().toString());
        var errors = new FormErrors(FIELDS);
        // the edit's rules are the create's, for the record as it would stand: checked here first so
        // that every wrong field is shown at once, and again by the service on the merged record
        NewSite record = read(form, site.id, errors);
        CurationForms.addAll(errors, validator.validate(record), FIELDS);
        if (!errors.isEmpty()) {
            return PageRefusals.html(400, PageTemplates.siteForm(new SiteFormPage(false, SiteView.from(site), form, errors, false)).render());
        }
        try {
            sites.update(site.id, SitePatch.read(patch(record), json), identity.getPrincipal().getName(), CurationForms.ifMatch(form.version()));
            return SignInPages.seeOther("/pages/sites/" + site.id + "?done=site-edited");
        } catch (ProblemException e) {
            CurationForms.addAll(errors, e, FIELDS);
            return refusedEdit(e.status(), form, errors);
        } catch (ConstraintViolationException e) {
            CurationForms.addAll(errors, e.getConstraintViolations(), FIELDS);
            return refusedEdit(400, form, errors);
        }
    }

    @GET
    @Path("/sites/retire")
    @RolesAllowed(Roles.ADMIN)
    @Operation(hidden = true)
    public String retireForm(@QueryParam("site") String id) {
        Site site = CurationForms.site(sites, id);
        return PageTemplates.siteRetire(new RetirePage(SiteView.from(site), new RetireForm("", Long.toString(site.version), UUID.randomUUID().toString()),
                new FormErrors(RETIRE_FIELDS), false)).render();
    }

    @POST
    @Path("/sites/retire")
    @RolesAllowed(Roles.ADMIN)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    @SessionBound
    public Response retire(@QueryParam("site") String id, @RestForm String reason, @RestForm String version, @RestForm String idempotencyKey) {
        Site site = CurationForms.site(sites, id);
        var form = new RetireForm(CurationForms.text(reason), CurationForms.version(version), CurationForms.idempotencyKey(idempotencyKey));
        var errors = new FormErrors(RETIRE_FIELDS);
        var request = new SiteRetirement(CurationForms.optional(form.reason()));
        CurationForms.addAll(errors, validator.validate(request), RETIRE_FIELDS);
        if (!errors.isEmpty()) {
            return PageRefusals.html(400, PageTemplates.siteRetire(new RetirePage(SiteView.from(site), form, errors, false)).render());
        }
        try {
            sites.retire(site.id, request, identity.getPrincipal().getName(), CurationForms.ifMatch(form.version()), form.idempotencyKey());
            return SignInPages.seeOther("/pages/sites/" + site.id + "?done=site-retired");
        } catch (ProblemException e) {
            CurationForms.addAll(errors, e, RETIRE_FIELDS);
            Site now = CurationForms.site(sites, id);
            boolean stale = e.status() == 412;
            var shown = stale ? new RetireForm(form.reason(), Long.toString(now.version), UUID.randomUUID().toString()) : form;
            return PageRefusals.html(e.status(), PageTemplates.siteRetire(new RetirePage(SiteView.from(now), shown, errors, stale)).render());
        }
    }

    @ServerExceptionMapper
    public Response unauthenticated(UnauthorizedException e, UriInfo uri) {
        return PageRefusals.signInFirst(uri);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, ResourceInfo resource) {
        return PageRefusals.forbidden(viewer, rolesOf(resource));
    }

    @ServerExceptionMapper
    public Response problem(ProblemException e) {
        return PageRefusals.of(e);
    }

    /** "curator or admin": the roles the refused page or form takes, as its annotation names them. */
    static String rolesOf(ResourceInfo resource) {
        RolesAllowed roles = resource == null || resource.getResourceMethod() == null ? null : resource.getResourceMethod().getAnnotation(RolesAllowed.class);
        return roles == null ? Roles.CURATOR : String.join(" or ", roles.value());
    }

    private Response refusedEdit(int status, SiteForm form, FormErrors errors) {
        Site now = CurationForms.site(sites, form.id());
        boolean stale = status == 412;
        // after a 412 the form keeps what was typed and carries the version now current, so that a
        // second look at the site as it is now (shown above the form) can go on
        var shown = stale ? form.withVersion(now.version) : form;
        return PageRefusals.html(status, PageTemplates.siteForm(new SiteFormPage(false, SiteView.from(now), shown, errors, stale)).render());
    }

    /** The form as the API's record; what cannot be read is noted against its field. */
    private NewSite read(SiteForm f, String id, FormErrors errors) {
        List<LocalizedName> names = CurationForms.names(f.names(), errors);
        GeoPoint location = CurationForms.point(f.latitude(), f.longitude(), errors);
        JsonNode boundary = null;
        if (CurationForms.optional(f.boundary()) != null) {
            try {
                boundary = json.readTree(f.boundary());
            } catch (JsonProcessingException e) {
                errors.add("boundary", "is not JSON: paste a GeoJSON Polygon or MultiPolygon, or leave it empty");
            }
        }
        LocalDate inDanger = null;
        if (CurationForms.optional(f.inDangerSince()) != null) {
            try {
                inDanger = LocalDate.parse(f.inDangerSince().strip());
            } catch (DateTimeParseException e) {
                errors.add("inDangerSince", "must be a day as YYYY-MM-DD, such as 2013-06-20");
            }
        }
        return new NewSite(id, CurationForms.optional(f.name()), names, CurationForms.optional(f.country()), location, boundary,
                CurationForms.optional(f.wikidata()), CurationForms.optional(f.pleiades()), CurationForms.optional(f.unescoId()), inDanger,
                CurationForms.optional(f.description()));
    }

    /**
     * The whole form as a merge patch: every editable field, a blank one as null (removed). The
     * service keeps only what changed, so an unchanged field writes nothing; the patch is read by
     * {@link SitePatch#read}, as the API's PATCH body is.
     */
    private JsonNode patch(NewSite r) {
        ObjectNode patch = json.createObjectNode();
        patch.put("name", r.name());
        patch.set("names", json.valueToTree(r.names()));
        patch.put("country", r.country());
        patch.set("location", r.location() == null ? null : json.valueToTree(r.location()));
        patch.set("boundary", r.boundary());
        patch.put("wikidata", r.wikidata());
        patch.put("pleiades", r.pleiades());
        patch.put("unescoId", r.unescoId());
        patch.put("inDangerSince", r.inDangerSince() == null ? null : r.inDangerSince().toString());
        // a null value is written as JSON null: a removal, as in the API's patch
        patch.put("description", r.description());
        return patch;
    }

    /**
     * The map's data, read by /static/site-map.js from the element's data-map attribute (the pages'
     * Content-Security-Policy allows no inline script): the tile URL when one is configured, the
     * site's boundary and point, and each monument with a point, marked approximate when its
     * location certainty is LOW or NEGLIGIBLE.
     */
    private String mapData(Site site, List<SiteMonument> shown) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("tiles", map.usableTileUrl().orElse(null));
        data.put("attribution", map.tileAttribution().orElse(null));
        data.put("site", site.latitude == null || site.longitude == null ? null : Map.of("lat", site.latitude, "lon", site.longitude));
        try {
            data.put("boundary", site.boundary == null ? null : json.readTree(site.boundary));
            data.put("monuments", shown.stream().filter(m -> m.monument().location() != null).map(m -> {
                Map<String, Object> marker = new LinkedHashMap<>();
                marker.put("id", m.monument().id());
                marker.put("name", m.monument().name());
                marker.put("lat", m.monument().location().latitude());
                marker.put("lon", m.monument().location().longitude());
                marker.put("certainty", m.monument().locationCertainty() == null ? null : m.monument().locationCertainty().name());
                marker.put("approximate", m.approximate());
                marker.put("href", "/pages/monuments/" + m.monument().id());
                return marker;
            }).toList());
            return json.writeValueAsString(data);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored boundary is canonical JSON (SiteBoundary)", e);
        }
    }

    static boolean approximate(Certainty certainty) {
        return certainty == Certainty.LOW || certainty == Certainty.NEGLIGIBLE;
    }

    private static String notice(String done, String monument) {
        if (done == null) {
            return null;
        }
        String which = monument == null || !monument.matches(NewSite.ID_PATTERN) ? "The monument" : "The monument " + monument;
        return switch (done) {
            case "site-created" -> "The site is recorded.";
            case "site-edited" -> "Your changes to the site are recorded.";
            case "site-retired" -> "The site is retired: it stays readable with its monuments, and takes no new ones.";
            case "monument-added" -> which + " is added to this site.";
            case "monument-edited" -> "Your changes to " + which.replaceFirst("^The", "the") + " are recorded.";
            default -> null;
        };
    }
}
