package org.heritageregistry.pages;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.heritageregistry.account.Roles;
import org.heritageregistry.common.Cursor;
import org.heritageregistry.common.JsonEnums;
import org.heritageregistry.common.PageRequest;
import org.heritageregistry.common.ProblemException;
import org.heritageregistry.monument.Monument;
import org.heritageregistry.monument.MonumentPatch;
import org.heritageregistry.monument.MonumentService;
import org.heritageregistry.monument.NewMonument;
import org.heritageregistry.site.Site;
import org.heritageregistry.site.SiteService;
import org.heritageregistry.site.SiteView;
import org.heritageregistry.vocabulary.Certainty;
import org.heritageregistry.vocabulary.GeoPoint;
import org.heritageregistry.vocabulary.LocalizedName;
import org.heritageregistry.vocabulary.MonumentCategory;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.SecurityIdentity;

/**
 * Adding a monument to a site (admins, as POST /api/v1/monuments) and correcting one (curators and
 * admins, as PATCH /api/v1/monuments/{id}): its names, category, period, location with its
 * certainty and basis, identifiers, description, and the site it belongs to (moving it). Both go
 * through {@link MonumentService}'s use cases, with the version the edit form was read at as
 * If-Match: the same validation, the same rules (a retired site takes no monument, a location's
 * certainty needs a location), the same audit lines and change feed entries.
 */
@Path("/pages")
@Produces(MediaType.TEXT_HTML)
public class MonumentFormPages {

    /** Sites offered as a monument's site; a registry with more would need a search box. */
    static final int SITE_CHOICES = 500;

    private static final List<String> FIELDS = List.of(FormErrors.FORM, "id", "siteId", "name", "names", "category", "period", "latitude",
            "longitude", "locationCertainty", "locationBasis", "wikidata", "pleiades", "description");

    /** What the form shows: the values as typed. */
    public record MonumentForm(String id, String siteId, String name, String names, String category, String period, String latitude,
            String longitude, String locationCertainty, String locationBasis, String wikidata, String pleiades, String description, String version,
            String idempotencyKey) {

        static MonumentForm blank(String siteId) {
            return new MonumentForm("", siteId, "", "", "", "", "", "", "", "", "", "", "", "", UUID.randomUUID().toString());
        }

        static MonumentForm of(Monument m) {
            return new MonumentForm(m.id, m.siteId, m.name, CurationForms.namesText(m.names), JsonEnums.jsonName(m.category),
                    CurationForms.shown(m.period), CurationForms.coordinate(m.latitude), CurationForms.coordinate(m.longitude),
                    m.locationCertainty == null ? "" : JsonEnums.jsonName(m.locationCertainty), CurationForms.shown(m.locationBasis),
                    CurationForms.shown(m.wikidata), CurationForms.shown(m.pleiades), CurationForms.shown(m.description), Long.toString(m.version),
                    UUID.randomUUID().toString());
        }

        MonumentForm withVersion(long version) {
            return new MonumentForm(id, siteId, name, names, category, period, latitude, longitude, locationCertainty, locationBasis, wikidata, pleiades,
                    description, Long.toString(version), UUID.randomUUID().toString());
        }
    }

    /**
     * {@code site} is the site a new monument is added to; {@code current} the monument as it is now
     * (on the edit form), shown beside a stale form.
     */
    public record MonumentFormPage(boolean creating, SiteView site, MonumentCurrent current, MonumentForm form, FormErrors errors, boolean stale,
            List<ReportFormPages.Choice> categories, List<ReportFormPages.Choice> certainties, List<ReportFormPages.Choice> sites) {
    }

    /** The monument's record as it stands, for the stale form's "as it is now". */
    public record MonumentCurrent(String id, String siteId, String name, MonumentCategory category, GeoPoint location, Certainty locationCertainty,
            String description, boolean retired) {

        static MonumentCurrent of(Monument m) {
            return new MonumentCurrent(m.id, m.siteId, m.name, m.category, GeoPoint.of(m.latitude, m.longitude), m.locationCertainty, m.description,
                    m.retired);
        }
    }

    private final MonumentService monuments;
    private final SiteService sites;
    private final Validator validator;
    private final SecurityIdentity identity;
    private final Viewer viewer;
    private final ObjectMapper json;

    MonumentFormPages(MonumentService monuments, SiteService sites, Validator validator, SecurityIdentity identity, Viewer viewer, ObjectMapper json) {
        this.monuments = monuments;
        this.sites = sites;
        this.validator = validator;
        this.identity = identity;
        this.viewer = viewer;
        this.json = json;
    }

    @GET
    @Path("/monuments/new")
    @RolesAllowed(Roles.ADMIN)
    @Operation(hidden = true)
    public String newForm(@QueryParam("site") String siteId) {
        Site site = CurationForms.site(sites, siteId);
        return page(true, site, null, MonumentForm.blank(site.id), new FormErrors(FIELDS), false);
    }

    @POST
    @Path("/monuments/new")
    @RolesAllowed(Roles.ADMIN)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    @SessionBound
    public Response create(@QueryParam("site") String siteId, @RestForm String id, @RestForm String name, @RestForm String names,
            @RestForm String category, @RestForm String period, @RestForm String latitude, @RestForm String longitude,
            @RestForm String locationCertainty, @RestForm String locationBasis, @RestForm String wikidata, @RestForm String pleiades,
            @RestForm String description, @RestForm String idempotencyKey) {
        Site site = CurationForms.site(sites, siteId);
        var form = new MonumentForm(CurationForms.text(id), site.id, CurationForms.text(name), CurationForms.text(names), CurationForms.text(category),
                CurationForms.text(period), CurationForms.text(latitude), CurationForms.text(longitude), CurationForms.text(locationCertainty),
                CurationForms.text(locationBasis), CurationForms.text(wikidata), CurationForms.text(pleiades), CurationForms.text(description), "",
                CurationForms.idempotencyKey(idempotencyKey));
        var errors = new FormErrors(FIELDS);
        NewMonument request = read(form, form.id().strip(), errors);
        CurationForms.addAll(errors, validator.validate(request), FIELDS);
        if (!errors.isEmpty()) {
            return PageRefusals.html(400, page(true, site, null, form, errors, false));
        }
        try {
            var outcome = monuments.create(request, identity.getPrincipal().getName(), form.idempotencyKey());
            return SignInPages.seeOther("/pages/sites/" + site.id + "?done=monument-added&monument=" + outcome.resourceId());
        } catch (ProblemException e) {
            if (e.status() == 409 && e.errors() == null) {
                errors.add("id", e.getMessage());
            } else {
                CurationForms.addAll(errors, e, FIELDS);
            }
            return PageRefusals.html(e.status(), page(true, site, null, form, errors, false));
        }
    }

    @GET
    @Path("/monuments/edit")
    @RolesAllowed({ Roles.CURATOR, Roles.ADMIN })
    @Operation(hidden = true)
    public String editForm(@QueryParam("monument") String id) {
        Monument monument = require(id);
        return page(false, null, MonumentCurrent.of(monument), MonumentForm.of(monument), new FormErrors(FIELDS), false);
    }

    @POST
    @Path("/monuments/edit")
    @RolesAllowed({ Roles.CURATOR, Roles.ADMIN })
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    @SessionBound
    public Response edit(@QueryParam("monument") String id, @RestForm String siteId, @RestForm String name, @RestForm String names,
            @RestForm String category, @RestForm String period, @RestForm String latitude, @RestForm String longitude,
            @RestForm String locationCertainty, @RestForm String locationBasis, @RestForm String wikidata, @RestForm String pleiades,
            @RestForm String description, @RestForm String version) {
        Monument monument = require(id);
        var form = new MonumentForm(monument.id, CurationForms.text(siteId).strip(), CurationForms.text(name), CurationForms.text(names),
                CurationForms.text(category), CurationForms.text(period), CurationForms.text(latitude), CurationForms.text(longitude),
                CurationForms.text(locationCertainty), CurationForms.text(locationBasis), CurationForms.text(wikidata), CurationForms.text(pleiades),
                CurationForms.text(description), CurationForms.version(version), UUID.randomUUID().toString());
        var errors = new FormErrors(FIELDS);
        // the edit's rules are the create's for the record as it would stand: checked here first so
        // that every wrong field is shown at once, and again by the service on the merged record
        NewMonument record = read(form, monument.id, errors);
        CurationForms.addAll(errors, validator.validate(record), FIELDS);
        if (!errors.isEmpty()) {
            return PageRefusals.html(400, page(false, null, MonumentCurrent.of(monument), form, errors, false));
        }
        int status;
        try {
            monuments.update(monument.id, MonumentPatch.read(patch(record), json), identity.getPrincipal().getName(), CurationForms.ifMatch(form.version()));
            return SignInPages.seeOther("/pages/sites/" + record.siteId() + "?done=monument-edited&monument=" + monument.id);
        } catch (ProblemException e) {
            CurationForms.addAll(errors, e, FIELDS);
            status = e.status();
        } catch (ConstraintViolationException e) {
            CurationForms.addAll(errors, e.getConstraintViolations(), FIELDS);
            status = 400;
        }
        Monument now = require(id);
        boolean stale = status == 412;
        // after a 412 the form keeps what was typed and carries the version now current
        var shown = stale ? form.withVersion(now.version) : form;
        return PageRefusals.html(status, page(false, null, MonumentCurrent.of(now), shown, errors, stale));
    }

    @ServerExceptionMapper
    public Response unauthenticated(UnauthorizedException e, UriInfo uri) {
        return PageRefusals.signInFirst(uri);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, ResourceInfo resource) {
        return PageRefusals.forbidden(viewer, SitePages.rolesOf(resource));
    }

    @ServerExceptionMapper
    public Response problem(ProblemException e) {
        return PageRefusals.of(e);
    }

    private NewMonument read(MonumentForm f, String id, FormErrors errors) {
        List<LocalizedName> names = CurationForms.names(f.names(), errors);
        GeoPoint location = CurationForms.point(f.latitude(), f.longitude(), errors);
        MonumentCategory category = errors.attempt("category",
                () -> JsonEnums.parse(MonumentCategory.class, CurationForms.optional(f.category()), "category"));
        Certainty certainty = errors.attempt("locationCertainty",
                () -> JsonEnums.parse(Certainty.class, CurationForms.optional(f.locationCertainty()), "locationCertainty"));
        return new NewMonument(id, CurationForms.optional(f.siteId()), CurationForms.optional(f.name()), category, CurationForms.optional(f.period()),
                location, certainty, CurationForms.optional(f.locationBasis()), CurationForms.optional(f.wikidata()), CurationForms.optional(f.pleiades()),
                CurationForms.optional(f.description()), names);
    }

    /** The whole form as a merge patch (a blank field is null: removed), read by {@link MonumentPatch#read} as the API's PATCH body is. */
    private JsonNode patch(NewMonument r) {
        ObjectNode patch = json.createObjectNode();
        patch.put("siteId", r.siteId());
        patch.put("name", r.name());
        patch.set("names", json.valueToTree(r.names()));
        patch.put("category", r.category() == null ? null : JsonEnums.jsonName(r.category()));
        patch.put("period", r.period());
        patch.set("location", r.location() == null ? null : json.valueToTree(r.location()));
        patch.put("locationCertainty", r.locationCertainty() == null ? null : JsonEnums.jsonName(r.locationCertainty()));
        patch.put("locationBasis", r.locationBasis());
        patch.put("wikidata", r.wikidata());
        patch.put("pleiades", r.pleiades());
        patch.put("description", r.description());
        return patch;
    }

    private String page(boolean creating, Site site, MonumentCurrent current, MonumentForm form, FormErrors errors, boolean stale) {
        List<ReportFormPages.Choice> siteChoices = new ArrayList<>();
        if (!creating) {
            boolean listed = false;
            for (Site s : siteChoices()) {
                boolean selected = s.id.equals(form.siteId());
                listed |= selected;
                siteChoices.add(new ReportFormPages.Choice(s.id, s.name + " (" + s.id + ")" + (s.retired ? ", retired" : ""), selected));
            }
            if (!listed && !form.siteId().isEmpty()) {
                siteChoices.add(new ReportFormPages.Choice(form.siteId(), form.siteId(), true));
            }
        }
        return PageTemplates.monumentForm(new MonumentFormPage(creating, site == null ? null : SiteView.from(site), current, form, errors, stale,
                ReportFormPages.choices(MonumentCategory.values(), List.of(form.category())),
                ReportFormPages.choices(Certainty.values(), List.of(form.locationCertainty())), siteChoices)).render();
    }

    private List<Site> siteChoices() {
        List<Site> all = new ArrayList<>();
        String cursor = null;
        while (all.size() < SITE_CHOICES) {
            List<Site> page = sites.list(new PageRequest(cursor, PageRequest.MAX_LIMIT));
            // the list reads one row beyond the page, to know whether another follows
            all.addAll(page.subList(0, Math.min(page.size(), PageRequest.MAX_LIMIT)));
            if (page.size() <= PageRequest.MAX_LIMIT) {
                break;
            }
            cursor = Cursor.encode(page.get(PageRequest.MAX_LIMIT - 1).id);
        }
        return all;
    }

    private Monument require(String id) {
        String key = id == null ? "" : id.strip();
        return monuments.find(key).orElseThrow(() -> ProblemException.notFound("Monument", key));
    }
}
