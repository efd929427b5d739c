package org.heritageregistry.pages;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.heritageregistry.account.Roles;
import org.heritageregistry.common.PageRequest;
import org.heritageregistry.common.Pages;
import org.heritageregistry.common.ProblemException;
import org.heritageregistry.imports.ImportJob;
import org.heritageregistry.imports.ImportJobView;
import org.heritageregistry.imports.ImportService;
import org.heritageregistry.imports.ImportState;

import io.quarkus.security.ForbiddenException;
import io.quarkus.security.identity.SecurityIdentity;

/**
 * The progress of bulk imports, for the curators who sent them (and admins, who see every one):
 * a job's page reloads itself until the job is finished. Files are sent through the API
 * (POST /api/v1/imports); these pages only follow them.
 */
@Path("/pages/imports")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({ Roles.CURATOR, Roles.ADMIN })
public class ImportPages {

    static final int LIST_PAGE = 20;

    /** A job as a page shows it: the API's view, and its progress as a whole percentage. */
    public record Job(ImportJobView view, int percent, boolean running) {
        static Job of(ImportJobView view) {
            return new Job(view, (int) Math.floor(view.progress() * 100), view.state() != ImportState.FINISHED);
        }
    }

    public record JobList(List<Job> jobs, String more) {
    }

    private final ImportService imports;
    private final SecurityIdentity identity;
    private final Viewer viewer;

    ImportPages(ImportService imports, SecurityIdentity identity, Viewer viewer) {
        this.imports = imports;
        this.identity = identity;
        this.viewer = viewer;
    }

    @GET
    @Operation(hidden = true)
    public String list(@QueryParam("cursor") String cursor) {
        var page = new PageRequest(cursor, LIST_PAGE + 1);
        var result = Pages.of(imports.listVisibleTo(identity, page), LIST_PAGE, ImportService::cursorOf,
                rows -> rows.stream().map(job -> Job.of(ImportJobView.of(job, List.of()))).toList());
        return PageTemplates.imports(new JobList(result.items(), result.nextCursor() == null ? null : "/pages/imports?cursor=" + result.nextCursor())).render();
    }

    @GET
    @Path("/{id}")
    @Operation(hidden = true)
    public String job(@PathParam("id") String id) {
        ImportJob job = imports.visibleTo(identity, id).orElseThrow(() -> ProblemException.notFound("Import", id));
        return PageTemplates.importJob(Job.of(ImportJobView.of(job, imports.failures(job.id, ImportJobView.MAX_FAILURES)))).render();
    }

    @ServerExceptionMapper
    public Response problem(ProblemException e) {
        return PageRefusals.of(e);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e) {
        return PageRefusals.forbidden(viewer, Roles.CURATOR);
    }
}
