/**
 * A varied cohort for the batch benchmark and for byte-for-byte comparisons of the batch's output
 * before and after a change (issue 14): apprenticeship (60 %), professionalisation (32 %),
 * work-study-internship (5 %) and unknown contract types (3 %); ages 14 to 45; contracts of 1 to 4 years
 * from 2019 to 2026; French and ISO dates; Mayotte; tutors, agreed pay, minors' hours, employer columns;
 * about 7 % of rows with a wrong cell (an impossible date, a missing end, a word or a number that cannot
 * be read, a start before the scope). Rows come from a fixed pseudo-random sequence: the same count
 * gives the same file.
 *
 *   node test/bench/varied-cohort.mjs [rows] > cohort.csv      (default 2 000)
 */
import { fileURLToPath } from "node:url";

const COLUMNS = ["id", "contract", "birthDate", "contractStart", "contractEnd", "signatureDate", "trainingStart", "trainingEnd", "trainingHours", "qualification", "employer", "jobSeeker", "benefits", "conventionalMinimumMonthly", "weeklyHours", "exceptions", "previousContractEnd", "extendedDuration", "territory", "policy", "completedLowerSecondary", "legalRepresentative", "diplomaLevel", "companyHeadcount", "practicalTrainingStart", "creditedMonths", "dailyHours", "workingTimeDerogation", "agreedMonthlyPay", "tutor.birthDate", "tutor.experienceYears", "tutor.diplomaLevel", "tutor.apprenticesSupervised", "tutor.isEmployer"];

/**
 * The lines of a varied cohort file (header first, `;`-separated), `rows` rows.
 *
 * @example
 * variedCohort(2).length; //=> 3
 */
export function variedCohort(rows) {
  let seed = 12345;
  const random = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
  const pick = (list) => list[Math.floor(random() * list.length)];
  const maybe = (share, value) => (random() < share ? value() : "");
  const pad = (n) => String(n).padStart(2, "0");
  const iso = (y, m, d) => `${y}-${pad(m)}-${pad(d)}`;
  const french = (date) => date.split("-").reverse().join("/");
  const lines = [COLUMNS.join(";")];
  for (let index = 0; index < rows; index += 1) {
    const r = { id: `G${index}` };
    const kind = random();
    r.contract = kind < 0.6 ? pick(["apprenticeship", "apprentissage", "capp"]) : kind < 0.92 ? pick(["professionalisation", "professionnalisation", "cpro"]) : kind < 0.97 ? "work-study-internship" : pick(["", "cdi", "stage"]);
    const y = pick([2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026]);
    const m = 1 + Math.floor(random() * 12);
    const d = 1 + Math.floor(random() * 28);
    const start = iso(y, m, d);
    const years = pick([1, 1, 2, 2, 3, 4]);
    const age = pick([14, 15, 16, 17, 18, 19, 20, 22, 25, 28, 29, 30, 31, 35, 45]);
    r.birthDate = iso(y - age, 1 + Math.floor(random() * 12), 1 + Math.floor(random() * 28));
    if (random() < 0.3) r.birthDate = french(r.birthDate);
    r.contractStart = start;
    r.contractEnd = iso(y + years, m, d === 1 ? 1 : d - 1);
    if (random() < 0.2) r.signatureDate = iso(y, m, Math.max(1, d - 3));
    if (random() < 0.7) {
      r.trainingStart = iso(y, m, 1);
      r.trainingEnd = iso(y + years, m, 1);
      r.policy = pick(["", "", "miageAixMarseille", "legal", "legale"]);
    }
    if (random() < 0.6) r.trainingHours = String(pick([150, 300, 400, 512, 590, 800, 1056, 2000]));
    const apprenticeship = /^(appr|capp)/.test(r.contract);
    if (/^(prof|cpro)/.test(r.contract)) {
      r.qualification = pick(["bac-pro-or-higher", "below-bac-pro", "bac-pro-ou-plus", "inferieur-bac-pro"]);
      r.employer = pick(["private", "prive", "public-industrial-commercial", "temporary-work-agency", "state"]);
      r.jobSeeker = maybe(0.3, () => pick(["oui", "non", "true"]));
      r.benefits = maybe(0.15, () => pick(["rsa", "ass|aah", "former-cui"]));
    }
    r.conventionalMinimumMonthly = maybe(0.2, () => pick(["1900", "2150", "2400,50"]));
    r.weeklyHours = maybe(0.2, () => pick(["28", "35", "39", "37,5"]));
    if (apprenticeship) {
      r.exceptions = maybe(0.1, () => pick(["disabled-worker", "rqth", "business-project", "previous-contract-broken"]));
      if (r.exceptions === "previous-contract-broken") r.previousContractEnd = iso(y, Math.max(1, m - 1), 1);
      r.completedLowerSecondary = maybe(0.1, () => pick(["oui", "non"]));
      r.practicalTrainingStart = maybe(0.2, () => iso(y, m, d));
      r.creditedMonths = maybe(0.1, () => pick(["6", "12"]));
      r.companyHeadcount = maybe(0.4, () => pick(["5", "50", "249", "250", "1000"]));
    }
    r.extendedDuration = maybe(0.05, () => pick(["disabled-worker", "high-level-athlete"]));
    r.territory = maybe(0.15, () => pick(["metropole", "mayotte"]));
    r.legalRepresentative = maybe(0.2, () => pick(["oui", "non"]));
    r.diplomaLevel = maybe(0.5, () => pick(["3", "4", "5", "6", "7", "8"]));
    r.dailyHours = maybe(0.2, () => pick(["7", "8", "9", "10"]));
    r.workingTimeDerogation = maybe(0.05, () => pick(["site-activity", "labour-inspector", "chantier"]));
    r.agreedMonthlyPay = maybe(0.2, () => `${start}=${pick(["500", "800", "1200"])}|${iso(y + 1, m, d)}=${pick(["900", "1100", "1500,5"])}`);
    if (random() < 0.3) {
      r["tutor.birthDate"] = iso(y - pick([17, 25, 40]), 3, 3);
      r["tutor.experienceYears"] = pick(["0,5", "1", "2", "6"]);
      if (apprenticeship && random() < 0.5) r["tutor.diplomaLevel"] = pick(["5", "7"]);
      r["tutor.apprenticesSupervised"] = maybe(0.4, () => pick(["1", "2", "3", "4"]));
      r["tutor.isEmployer"] = maybe(0.2, () => pick(["oui", "non"]));
    }
    const wrong = random();
    if (wrong < 0.02) r.birthDate = "2003-02-30";
    else if (wrong < 0.04) r.contractEnd = "";
    else if (wrong < 0.05) r.weeklyHours = "abc";
    else if (wrong < 0.06) r.territory = "mars";
    else if (wrong < 0.07) r.contractStart = "2015-01-01";
    lines.push(COLUMNS.map((column) => r[column] ?? "").join(";"));
  }
  return lines;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) process.stdout.write(`${variedCohort(Number(process.argv[2] ?? 2000)).join("\n")}\n`);
