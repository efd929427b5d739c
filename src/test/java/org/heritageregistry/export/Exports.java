package org.heritageregistry.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/** Test helpers for the exports: reading CSV back with the CSV library, and following Link headers. */
final class Exports {

    static final String GEO_JSON = "application/geo+json";
    static final String CSV = "text/csv";
    static final String LD_JSON = "application/ld+json";

    private static final Pattern NEXT = Pattern.compile("<([^>]+)>;\\s*rel=\"next\"");

    private Exports() {
    }

    /** Rows of a CSV document by header name, parsed by jackson-dataformat-csv as RFC 4180 says. */
    static List<Map<String, String>> rows(String csv) {
        try (MappingIterator<Map<String, String>> it = new CsvMapper().readerForMapOf(String.class)
                .with(CsvSchema.emptySchema().withHeader()).readValues(csv)) {
            return it.readAll();
        } catch (java.io.IOException e) {
            throw new AssertionError("not CSV: " + e.getMessage() + "\n" + csv, e);
        }
    }

    /** The URL of the next page from a {@code Link: <...>; rel="next"} header, or null on the last page. */
    static String next(Response response) {
        String link = response.header("Link");
        if (link == null) {
            return null;
        }
        Matcher m = NEXT.matcher(link);
        if (!m.find()) {
            throw new AssertionError("Link header without rel=\"next\": " + link);
        }
        return m.group(1);
    }

    /** Every page of a list, following the Link headers from the first URL; each page's response is collected. */
    static List<Response> allPages(Supplier<RequestSpecification> caller, String accept, String firstUrl) {
        List<Response> pages = new ArrayList<>();
        String url = firstUrl;
        while (url != null) {
            Response page = caller.get().accept(accept).urlEncodingEnabled(false).get(url);
            if (page.statusCode() != 200) {
                throw new AssertionError("GET " + url + " answered " + page.statusCode() + ": " + page.asString());
            }
            pages.add(page);
            url = next(page);
            if (pages.size() > 1000) {
                throw new AssertionError("the Link headers never end");
            }
        }
        return pages;
    }
}
