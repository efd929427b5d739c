package org.heritageregistry.api;

import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.heritageregistry.common.Cursor;
import org.heritageregistry.common.PageParams;
import org.heritageregistry.common.ProblemException;
import org.heritageregistry.common.Versions;
import org.heritageregistry.feed.Change;
import org.heritageregistry.feed.ChangeFeed;
import org.heritageregistry.feed.ChangeView;

@Path("/api/v1/changes")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Changes")
public class ChangeResource {

    private final ChangeFeed feed;

    ChangeResource(ChangeFeed feed) {
        this.feed = feed;
    }

    @GET
    @Operation(operationId = "listChanges", summary = "Read the change feed",
            description = "Every change in commit order: reports submitted and corrected, decisions, changes of a monument's established condition, monuments added and retired. "
                    + "Start without `after` (from the beginning) and pass the page's `nextCursor` as `after` to resume: a position is only ever handed out after every "
                    + "earlier one has committed, so resuming misses and repeats nothing, across restarts and with concurrent writers. `nextCursor` is present on every page, "
                    + "also the last (then it is where to poll from). The page carries an ETag; poll with If-None-Match to get a bodiless 304 while nothing is new. "
                    + "Entries name entities and states only, never sources, so they are the same for every caller.")
    @APIResponse(responseCode = "200", description = "The changes after the cursor, oldest first.",
            headers = @Header(name = "ETag", description = "The position of the last change on the page (or of the cursor, when the page is empty)."),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ChangePage.class),
                    examples = @ExampleObject(name = "elahbel-verified", summary = "A reviewer verifies ASOR's report on the Tower of Elahbel, and its condition becomes DESTROYED")))
    @APIResponse(responseCode = "304", description = "Nothing new since the ETag in If-None-Match.")
    public Response list(
            @QueryParam("after") @Parameter(description = "Cursor of the last change already seen (a change's `cursor` or a page's `nextCursor`); absent to start at the beginning.",
                    example = "djEfNTc", schema = @Schema(type = SchemaType.STRING, maxLength = 500)) String after,
            @QueryParam("limit") @Parameter(description = "Page size.", schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100", defaultValue = "20")) String limit,
            @Context Request request) {
        long from = position(after);
        PageParams paging = new PageParams();
        paging.limit = limit;
        int size = paging.toRequest().limit();
        List<Change> fetched = feed.after(from, size);
        boolean more = fetched.size() > size;
        List<Change> rows = more ? fetched.subList(0, size) : fetched;
        long last = rows.isEmpty() ? from : rows.get(rows.size() - 1).position;
        ChangePage page = new ChangePage(rows.stream().map(ChangeView::from).toList(), ChangeView.cursorOf(last), more);
        return Versions.conditionalGet(request, Versions.tag(last, true), page);
    }

    private static long position(String after) {
        if (after == null || after.isEmpty()) {
            return 0;
        }
        try {
            long position = after.length() > 500 ? -1 : Long.parseLong(Cursor.decode(after, 1).get(0));
            if (position >= 0) {
                return position;
            }
        } catch (ProblemException | NumberFormatException e) {
            // answered below, naming this parameter
        }
        throw ProblemException.invalidField("after", "is not a cursor this feed issued; start again without it");
    }

    @Schema(name = "ChangePage", description = "A page of the change feed.")
    public record ChangePage(@Schema(required = true, maxItems = 100) List<ChangeView> items,
            @Schema(description = "Where to resume: pass it as `after`. Present on every page; on the last one it is where to poll from.", maxLength = 500,
                    required = true) String nextCursor,
            @Schema(description = "Whether more changes follow right away.", required = true) boolean hasMore) {
    }
}
