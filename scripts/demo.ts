/**
 * `npm start`: prints today's legal parameters, computed by the library from its dated series.
 * (The library itself never reads the clock; this demo script does, and passes the date in.)
 */
import { dataVerifiedUntil, internshipMinimumHourlyRate, smicAt, socialSecurityCeilingAt } from "../src/index.js";
import { formatEuros } from "../src/core/format.js";

const today = new Date().toISOString().slice(0, 10);
const smic = smicAt(today);
const mayotte = smicAt(today, { territory: "mayotte" });
const ceiling = socialSecurityCeilingAt(today);

const lines = [
  `alternance — paramètres légaux au ${today}`,
  "",
  `SMIC horaire (métropole)         ${formatEuros(smic.hourly, "fr")}   depuis le ${smic.since} (${smic.legalBasis.join(", ")})`,
  `SMIC mensuel 35 h (métropole)    ${formatEuros(smic.monthly, "fr")}`,
  `SMIC horaire (Mayotte)           ${formatEuros(mayotte.hourly, "fr")}   mensuel ${formatEuros(mayotte.monthly, "fr")}`,
  `Plafond de la sécurité sociale   ${formatEuros(ceiling.monthly, "fr")} / mois, ${formatEuros(ceiling.hourly, "fr")} / heure`,
  `Gratification minimale de stage  ${formatEuros(internshipMinimumHourlyRate(today), "fr")} / heure (convention signée ce jour)`,
  "",
  `Paramètres vérifiés jusqu'au ${dataVerifiedUntil}.`,
  ...smic.warnings.map((warning) => `Avertissement : ${warning.message}`),
];
process.stdout.write(`${lines.join("\n")}\n`);
