package org.heritageregistry.api;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.heritageregistry.common.Cursor;
import org.heritageregistry.common.PageParams;
import org.heritageregistry.common.Pages;
import org.heritageregistry.common.ProblemException;
import org.heritageregistry.site.SiteService;
import org.heritageregistry.site.SiteView;

@Path("/api/v1/sites")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Sites")
public class SiteResource {

    private final SiteService sites;

    SiteResource(SiteService sites) {
        this.sites = sites;
    }

    @GET
    @Operation(operationId = "listSites", summary = "List sites", description = "Heritage places, ordered by id, one page at a time.")
    @APIResponse(responseCode = "200", description = "A page of sites.", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SitePage.class)))
    public SitePage list(@BeanParam PageParams paging) {
        var page = paging.toRequest();
        var result = Pages.of(sites.list(page), page.limit(), s -> Cursor.encode(s.id), rows -> rows.stream().map(SiteView::from).toList());
        return new SitePage(result.items(), result.nextCursor());
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getSite", summary = "Read a site", description = "One heritage place with its alternate names and identifiers.")
    @APIResponse(responseCode = "200", description = "The site.", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SiteView.class)))
    public SiteView get(@PathParam("id") String id) {
        return sites.find(id).map(SiteView::from).orElseThrow(() -> ProblemException.notFound("Site", id));
    }

    @Schema(name = "SitePage", description = "A page of sites.")
    public record SitePage(@Schema(required = true, maxItems = 100) java.util.List<SiteView> items,
            @Schema(description = "Cursor of the next page; absent on the last page.", maxLength = 500) String nextCursor) {
    }
}
