package org.heritageregistry.export;

/**
 * Texts and examples of the exports in the contract, taken from what the service answers on the
 * seeded Palmyra data (at http://localhost:8080, as an anonymous reader; long texts abridged).
 */
public final class ExportExamples {

    public static final String LINK_NEXT = "The next page as a URL with the same filters and limit: <...>; rel=\"next\". Absent on the last page.";

    /** A CSV page holds at most 100 rows; the bound keeps every string in the contract bounded. */
    public static final int CSV_MAX_LENGTH = 10_000_000;

    public static final String MONUMENTS_GEOJSON = """
            {"type": "FeatureCollection", "features": [
              {"type": "Feature", "id": "temple-of-baalshamin", "geometry": {"type": "Point", "coordinates": [38.2699, 34.5534]},
               "properties": {"id": "temple-of-baalshamin", "name": "Temple of Baalshamin", "siteId": "palmyra", "category": "TEMPLE",
                 "currentCondition": "SEVERELY_DAMAGED", "retired": false, "url": "http://localhost:8080/api/v1/monuments/temple-of-baalshamin"}},
              {"type": "Feature", "id": "temple-of-bel", "geometry": {"type": "Point", "coordinates": [38.274, 34.547]},
               "properties": {"id": "temple-of-bel", "name": "Temple of Bel", "siteId": "palmyra", "category": "TEMPLE",
                 "currentCondition": "DESTROYED", "retired": false, "url": "http://localhost:8080/api/v1/monuments/temple-of-bel"}}]}
            """;

    public static final String MONUMENTS_CSV = "id,siteId,name,alternateNames,category,latitude,longitude,currentCondition,retired,wikidata,pleiades,url\r\n"
            + "temple-of-baalshamin,palmyra,\"Temple of Baalshamin\",\"معبد بعل شمين [ar] | Temple of Baal Shamin [en] | Temple of Baal-Shamin [en]\","
            + "TEMPLE,34.5534,38.2699,SEVERELY_DAMAGED,false,Q20871005,763337277,\"http://localhost:8080/api/v1/monuments/temple-of-baalshamin\"\r\n"
            + "temple-of-bel,palmyra,\"Temple of Bel\",\"معبد بل [ar] | معبد بعل [ar] | Maʿbad Bel [ar-Latn] | Temple of Baal [en] | Great sanctuary of the Palmyrene gods [en]\","
            + "TEMPLE,34.547,38.274,DESTROYED,false,Q797481,35794949,\"http://localhost:8080/api/v1/monuments/temple-of-bel\"\r\n";

    public static final String TEMPLE_OF_BEL_GEOJSON = """
            {"type": "Feature", "id": "temple-of-bel", "geometry": {"type": "Point", "coordinates": [38.274, 34.547]},
             "properties": {"id": "temple-of-bel", "name": "Temple of Bel", "siteId": "palmyra", "category": "TEMPLE", "currentCondition": "DESTROYED",
               "retired": false, "url": "http://localhost:8080/api/v1/monuments/temple-of-bel",
               "establishedBy": {"reportId": "500c9df9-6c9e-4134-a9ce-2238c351c7a5", "condition": "DESTROYED",
                 "conditionWording": "the main building ... as well as a row of columns",
                 "eventDate": {"edtf": "2015-08-27/2015-08-31", "earliest": "2015-08-27", "latest": "2015-08-31"}, "certainty": "DEFINITE", "status": "VERIFIED",
                 "source": {"id": "6e729213-9f73-4b0c-b48e-871ddb3b54e0", "name": "UNITAR/UNOSAT", "kind": "SATELLITE_ANALYSIS", "reliability": "A", "confidential": false},
                 "submittedAt": "2015-09-01T08:00:00Z"},
               "latestClaim": {"reportId": "500c9df9-6c9e-4134-a9ce-2238c351c7a5", "condition": "DESTROYED",
                 "conditionWording": "the main building ... as well as a row of columns",
                 "eventDate": {"edtf": "2015-08-27/2015-08-31", "earliest": "2015-08-27", "latest": "2015-08-31"}, "certainty": "DEFINITE", "status": "VERIFIED",
                 "source": {"id": "6e729213-9f73-4b0c-b48e-871ddb3b54e0", "name": "UNITAR/UNOSAT", "kind": "SATELLITE_ANALYSIS", "reliability": "A", "confidential": false},
                 "submittedAt": "2015-09-01T08:00:00Z"}}}
            """;

    private static final String CONTEXT = """
            "@context": {"@vocab": "http://www.cidoc-crm.org/cidoc-crm/", "crm": "http://www.cidoc-crm.org/cidoc-crm/",
              "rdfs": "http://www.w3.org/2000/01/rdf-schema#", "xsd": "http://www.w3.org/2001/XMLSchema#", "label": "rdfs:label",
              "seeAlso": {"@id": "rdfs:seeAlso", "@type": "@id"},
              "P82a_begin_of_the_begin": {"@type": "xsd:dateTime"}, "P82b_end_of_the_end": {"@type": "xsd:dateTime"}},
            """;

    private static final String BEL = """
             "@id": "http://localhost:8080/api/v1/monuments/temple-of-bel", "@type": "E22_Human-Made_Object", "label": "Temple of Bel",
             "P1_is_identified_by": [
               {"@id": "http://localhost:8080/api/v1/monuments/temple-of-bel#name", "@type": "E41_Appellation", "P190_has_symbolic_content": "Temple of Bel"},
               {"@id": "http://localhost:8080/api/v1/monuments/temple-of-bel#name-1", "@type": "E41_Appellation",
                "P190_has_symbolic_content": {"@value": "معبد بل", "@language": "ar"}}],
             "P2_has_type": {"@id": "http://localhost:8080/api/v1/terms/category/TEMPLE", "@type": "E55_Type", "label": "TEMPLE"},
             "P44_has_condition": {"@id": "http://localhost:8080/api/v1/monuments/temple-of-bel#current-condition", "@type": "E3_Condition_State",
               "P2_has_type": {"@id": "http://localhost:8080/api/v1/terms/condition/DESTROYED", "@type": "E55_Type", "label": "DESTROYED"},
               "P35i_was_identified_by": {"@id": "http://localhost:8080/api/v1/reports/500c9df9-6c9e-4134-a9ce-2238c351c7a5#assessment"}},
            """;

    private static final String UNOSAT_ASSESSMENT = """
               {"@id": "http://localhost:8080/api/v1/reports/500c9df9-6c9e-4134-a9ce-2238c351c7a5#assessment", "@type": "E14_Condition_Assessment",
                "P2_has_type": {"@id": "http://localhost:8080/api/v1/terms/verification-status/VERIFIED", "@type": "E55_Type", "label": "VERIFIED"},
                "P34_concerned": {"@id": "http://localhost:8080/api/v1/monuments/temple-of-bel"},
                "P14_carried_out_by": {"@id": "http://localhost:8080/api/v1/sources/6e729213-9f73-4b0c-b48e-871ddb3b54e0", "@type": "E39_Actor", "label": "UNITAR/UNOSAT",
                  "P2_has_type": {"@id": "http://localhost:8080/api/v1/terms/source-kind/SATELLITE_ANALYSIS", "@type": "E55_Type", "label": "SATELLITE_ANALYSIS"}},
                "P4_has_time-span": {"@id": "http://localhost:8080/api/v1/reports/500c9df9-6c9e-4134-a9ce-2238c351c7a5#event-date", "@type": "E52_Time-Span",
                  "label": "2015-08-27/2015-08-31", "P82a_begin_of_the_begin": "2015-08-27T00:00:00Z", "P82b_end_of_the_end": "2015-08-31T23:59:59Z"},
                "P35_has_identified": {"@id": "http://localhost:8080/api/v1/reports/500c9df9-6c9e-4134-a9ce-2238c351c7a5#condition", "@type": "E3_Condition_State",
                  "P2_has_type": {"@id": "http://localhost:8080/api/v1/terms/condition/DESTROYED", "@type": "E55_Type", "label": "DESTROYED"},
                  "P3_has_note": "the main building ... as well as a row of columns"},
                "seeAlso": "http://localhost:8080/api/v1/reports/500c9df9-6c9e-4134-a9ce-2238c351c7a5"}""";

    /** The resident's claim to AP: a confidential source, so the public sees an eyewitness without a name. */
    private static final String RESIDENT_ASSESSMENT = """
               {"@id": "http://localhost:8080/api/v1/reports/030d7e6a-647d-45e3-8d12-0cb1640b10da#assessment", "@type": "E14_Condition_Assessment",
                "P2_has_type": {"@id": "http://localhost:8080/api/v1/terms/verification-status/VERIFIED", "@type": "E55_Type", "label": "VERIFIED"},
                "P34_concerned": {"@id": "http://localhost:8080/api/v1/monuments/temple-of-bel"},
                "P14_carried_out_by": {"@id": "http://localhost:8080/api/v1/sources/a2c6a1e9-cfef-4485-97d2-957ccf9d561f", "@type": "E39_Actor",
                  "P2_has_type": {"@id": "http://localhost:8080/api/v1/terms/source-kind/EYEWITNESS", "@type": "E55_Type", "label": "EYEWITNESS"}},
                "P4_has_time-span": {"@id": "http://localhost:8080/api/v1/reports/030d7e6a-647d-45e3-8d12-0cb1640b10da#event-date", "@type": "E52_Time-Span",
                  "label": "2015-08-30~", "P82a_begin_of_the_begin": "2015-08-23T00:00:00Z", "P82b_end_of_the_end": "2015-09-06T23:59:59Z"},
                "P35_has_identified": {"@id": "http://localhost:8080/api/v1/reports/030d7e6a-647d-45e3-8d12-0cb1640b10da#condition", "@type": "E3_Condition_State",
                  "P2_has_type": {"@id": "http://localhost:8080/api/v1/terms/condition/DESTROYED", "@type": "E55_Type", "label": "DESTROYED"},
                  "P3_has_note": "It is total destruction ... only the wall of the temple remains"},
                "seeAlso": "http://localhost:8080/api/v1/reports/030d7e6a-647d-45e3-8d12-0cb1640b10da"}""";

    public static final String TEMPLE_OF_BEL_JSONLD = "{" + CONTEXT + BEL + " \"P34i_was_assessed_by\": [\n" + UNOSAT_ASSESSMENT + "]}";

    public static final String TEMPLE_OF_BEL_HISTORY_JSONLD = "{" + CONTEXT + BEL + " \"P34i_was_assessed_by\": [\n" + RESIDENT_ASSESSMENT + ",\n"
            + UNOSAT_ASSESSMENT + "]}";

    public static final String REPORTS_CSV = "id,lineageId,revision,supersedes,supersededBy,monumentId,condition,conditionWording,extent,causes,eventDate,"
            + "eventEarliest,eventLatest,publishedOn,certainty,certaintyWording,sourceId,sourceName,sourceKind,sourceConfidential,relayedById,relayedByName,"
            + "status,summary,evidenceKinds,submittedBy,submittedAt,url\r\n"
            + "\"500c9df9-6c9e-4134-a9ce-2238c351c7a5\",\"500c9df9-6c9e-4134-a9ce-2238c351c7a5\",1,,,temple-of-bel,DESTROYED,"
            + "\"the main building ... as well as a row of columns\",,EXPLOSIVES,2015-08-27/2015-08-31,2015-08-27,2015-08-31,2015-08-31,DEFINITE,"
            + "\"confirmed from satellite images\",\"6e729213-9f73-4b0c-b48e-871ddb3b54e0\",UNITAR/UNOSAT,SATELLITE_ANALYSIS,false,,,VERIFIED,"
            + "\"UNITAR/UNOSAT confirmed from satellite images the destruction of the main building of the Temple of Bel and a row of columns; "
            + "the temple was standing on imagery of 27 Aug and gone on 31 Aug 2015.\",SATELLITE_IMAGE;ARTICLE,palmyra-seed,2015-09-01T08:00:00Z,"
            + "\"http://localhost:8080/api/v1/reports/500c9df9-6c9e-4134-a9ce-2238c351c7a5\"\r\n"
            + "\"030d7e6a-647d-45e3-8d12-0cb1640b10da\",\"030d7e6a-647d-45e3-8d12-0cb1640b10da\",1,,,temple-of-bel,DESTROYED,"
            + "\"It is total destruction ... only the wall of the temple remains\",\"91-100%\",EXPLOSIVES,2015-08-30~,2015-08-23,2015-09-06,2015-08-31~,HIGH,"
            + "\"\"\"It is total destruction,\"\" one Palmyra resident told the Associated Press news agency\",\"a2c6a1e9-cfef-4485-97d2-957ccf9d561f\",,"
            + "EYEWITNESS,true,\"f4a11630-a422-4df5-a1df-24cab4825b8c\",\"Associated Press (AP)\",VERIFIED,"
            + "\"\"\"It is total destruction.\"\" \"\"The bricks and columns are on the ground.\"\" \"\"It was an explosion the deaf would hear\"\"; "
            + "only the wall of the temple remains.\",ARTICLE;ARTICLE,palmyra-seed,2015-08-31T12:10:00Z,"
            + "\"http://localhost:8080/api/v1/reports/030d7e6a-647d-45e3-8d12-0cb1640b10da\"\r\n";

    private ExportExamples() {
    }
}
