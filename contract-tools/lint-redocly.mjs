// Redocly exits non-zero only on errors; the contract must also have no warnings.
import { execFileSync } from "node:child_process";

let output;
try {
  output = execFileSync("npx", ["redocly", "lint", "--config", "redocly.yaml", "--format", "summary", "../openapi/openapi.yaml"],
    { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
} catch (e) {
  process.stdout.write(e.stdout ?? "");
  process.stderr.write(e.stderr ?? "");
  process.exit(1);
}
process.stdout.write(output);
if (/warning/i.test(output)) {
  console.error("Redocly reported warnings: fix them or switch the rule off in redocly.yaml with a reason.");
  process.exit(1);
}
