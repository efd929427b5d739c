// A scenario run through a client generated from openapi/openapi.yaml alone (openapi-typescript
// types, openapi-fetch calls), against a running service: it proves the contract is enough to
// integrate. Types are checked by tsc before it runs; every step also checks what came back.
import createClient from "openapi-fetch";
import type { components, paths } from "./schema.js";

type NewReport = components["schemas"]["NewReport"];
type NewDecision = components["schemas"]["NewDecision"];

const baseUrl = process.env["REGISTRY_URL"] ?? "http://localhost:8080";
// The reads also answer GeoJSON, CSV and JSON-LD when asked (Accept); this client speaks JSON, so it
// pins the media types it reads, and openapi-fetch types each answer as the JSON (or the problem).
const client = createClient<paths, "application/json" | "application/problem+json">({ baseUrl });
const basic = (user: string, password: string) => `Basic ${Buffer.from(`${user}:${password}`).toString("base64")}`;
const curator = { Authorization: basic("curator", "curator-demo") };
const reviewer = { Authorization: basic("reviewer", "reviewer-demo") };

let steps = 0;
function check(condition: unknown, what: string): asserts condition {
  if (!condition) {
    throw new Error(`client scenario failed at step ${steps + 1}: ${what}`);
  }
  steps++;
  console.log(`ok ${steps} - ${what}`);
}

async function main(): Promise<void> {
  const list = await client.GET("/api/v1/monuments", { params: { query: { site: "palmyra", limit: 5 } } });
  check(list.response.status === 200 && list.data !== undefined && list.data.items.length === 5 && list.data.nextCursor,
    "list the first page of Palmyra's monuments");

  const bel = await client.GET("/api/v1/monuments/{id}", { params: { path: { id: "temple-of-bel" } } });
  check(bel.data?.name === "Temple of Bel" && bel.data.wikidata === "Q797481", "read the Temple of Bel");

  const geo = createClient<paths, "application/geo+json">({ baseUrl, headers: { Accept: "application/geo+json" } });
  const feature = await geo.GET("/api/v1/monuments/{id}", { params: { path: { id: "temple-of-bel" } } });
  check(feature.response.headers.get("Content-Type") === "application/geo+json" && feature.data?.type === "Feature"
    && feature.data.geometry?.coordinates[0] === 38.274 && feature.data.properties.currentCondition === bel.data.currentCondition,
    "read the Temple of Bel as a GeoJSON Feature, longitude first");

  const missing = await client.GET("/api/v1/monuments/{id}", { params: { path: { id: "temple-of-nowhere" } } });
  check(missing.response.status === 404 && missing.error?.status === 404 && missing.error.title === "Not Found",
    "an unknown monument is a typed 404 problem");

  const sources = await client.GET("/api/v1/sources", { params: { query: { kind: "SATELLITE_ANALYSIS", limit: 10 } } });
  const source = sources.data?.items[0];
  check(source !== undefined, "find a satellite-imagery source");

  const today = new Date().toISOString().slice(0, 10);
  const report: NewReport = {
    monumentId: "camp-of-diocletian",
    condition: "SLIGHTLY_DAMAGED",
    conditionWording: "a collapsed section of the north wall",
    causes: ["MILITARY_USE"],
    eventDate: today,
    certainty: "HIGH",
    sourceId: source.id,
    summary: "Imagery shows a collapsed section of the north wall (client scenario).",
    evidence: [{ kind: "SATELLITE_IMAGE", description: "Imagery of the camp", credit: "client scenario", acquiredOn: today }],
  };
  const submitted = await client.POST("/api/v1/reports", { body: report, headers: curator });
  const etag = submitted.response.headers.get("ETag");
  check(submitted.response.status === 201 && submitted.data?.status === "UNVERIFIED" && etag !== null
    && submitted.response.headers.get("Location")?.endsWith(`/api/v1/reports/${submitted.data.id}`),
    "submit a report as a curator");
  const reportId = submitted.data.id;

  const ownDecision = await client.POST("/api/v1/reports/{id}/decisions", {
    params: { path: { id: reportId } }, body: { status: "VERIFIED" }, headers: curator });
  check(ownDecision.response.status === 403 && ownDecision.error?.status === 403, "a curator may not decide");

  const decision: NewDecision = { status: "VERIFIED", rationale: "Satellite imagery attached to the report." };
  const decided = await client.POST("/api/v1/reports/{id}/decisions", {
    params: { path: { id: reportId }, header: { "If-Match": etag } }, body: decision, headers: reviewer });
  check(decided.response.status === 201 && decided.data?.status === "VERIFIED" && decided.data.decidedBy === "reviewer",
    "verify it as a reviewer, with the ETag in If-Match");

  const stale = await client.POST("/api/v1/reports/{id}/decisions", {
    params: { path: { id: reportId }, header: { "If-Match": etag } }, body: { status: "DISPUTED", rationale: "late" }, headers: reviewer });
  check(stale.response.status === 412 && stale.error?.type === "/problems/stale-version", "a stale ETag is refused with 412");

  const camp = await client.GET("/api/v1/monuments/{id}", { params: { path: { id: "camp-of-diocletian" } } });
  check(camp.data?.currentCondition === "SLIGHTLY_DAMAGED" && camp.data.establishedBy?.reportId === reportId,
    "the monument's current condition follows the verified report");

  console.log(`client scenario: all ${steps} steps succeeded against ${baseUrl}`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
