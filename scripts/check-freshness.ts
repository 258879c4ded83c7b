/**
 * `npm run check:freshness`: are the library's legal values those of the newest modele-social
 * (URSSAF's publicodes rules)? Installs its newest release and the publicodes it needs into a temporary
 * folder (never into the project), compares month by month from 2021-01 to the model's horizon (the
 * last month a compared rule of the model changes value, at least 6 months past `dataVerifiedUntil`)
 * the series of scripts/freshness/comparisons.ts, prints every difference and every value the model
 * knows after `dataVerifiedUntil`, and exits 1 when there is any (2 when the model cannot be installed).
 * Not part of CI: it depends on the registry's newest release. Routine: docs/maintenance.md.
 *
 *   npm run check:freshness [-- --modele-social 11.1.0] [--from 2021-01] [--until 2027-06] [--lang en] [--keep]
 */
import { parseArgs } from "node:util";
import { dataVerifiedUntil } from "../src/parameters/verified.js";
import { findings, formatReport, horizon, runChecks } from "./freshness/check.js";
import { comparisons } from "./freshness/comparisons.js";
import { installModel, type InstalledModel } from "./freshness/model.js";

const { values } = parseArgs({
  options: {
    "modele-social": { type: "string", default: "latest" },
    from: { type: "string", default: "2021-01" },
    until: { type: "string" },
    lang: { type: "string", default: "fr" },
    keep: { type: "boolean", default: false },
  },
});
const locale = values.lang === "en" ? "en" : "fr";
const month = /^\d{4}-(0[1-9]|1[0-2])$/;
for (const option of ["from", "until"] as const) {
  if (values[option] !== undefined && !month.test(values[option])) {
    process.stderr.write(`check:freshness : --${option} YYYY-MM\n`);
    process.exit(2);
  }
}

let model: InstalledModel;
try {
  process.stdout.write(locale === "fr" ? `Installation de modele-social@${values["modele-social"]}…\n` : `Installing modele-social@${values["modele-social"]}…\n`);
  model = await installModel(values["modele-social"]);
} catch (error) {
  process.stderr.write(`check:freshness : ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(2);
}

try {
  process.stdout.write(`modele-social ${model.version}, publicodes ${model.publicodesVersion} (${model.directory})\n`);
  const report = runChecks(model.engine, comparisons, {
    from: values.from,
    to: values.until ?? horizon(model.rules, comparisons, dataVerifiedUntil),
    verifiedUntil: dataVerifiedUntil,
  });
  process.stdout.write(`${formatReport(report, locale).join("\n")}\n`);
  const count = findings(report);
  process.exitCode = count.differences + count.beyondVerified > 0 ? 1 : 0;
} finally {
  if (values.keep) process.stdout.write(`${model.directory}\n`);
  else model.remove();
}
