// Apprentice pay schedule for a 2-year contract, with the library's ESM build.
//   node examples/schedule.mjs
import { apprenticePaySchedule, checkApprenticeshipEligibility } from "alternance";

const contract = { birthDate: "2005-03-14", contractStart: "2025-09-01", contractEnd: "2027-08-31" };

const eligibility = checkApprenticeshipEligibility({ birthDate: contract.birthDate, contractStart: contract.contractStart });
console.log(`Éligible : ${eligibility.eligible ? "oui" : "non"} (${eligibility.ageAtStart} ans au début du contrat)`);

const { periods } = apprenticePaySchedule(contract);
for (const period of periods) {
  console.log(`${period.from} → ${period.to}  année ${period.contractYear}  ${period.ageBand.padEnd(7)}  ${String(period.ratePercent).padStart(3)} %  ${period.monthlyMinimum.toFixed(2)} €`);
}
