// The same schedule with CommonJS require.
//   node examples/schedule.cjs
const { apprenticePaySchedule } = require("alternance");

const { periods } = apprenticePaySchedule({ birthDate: "2005-03-14", contractStart: "2025-09-01", contractEnd: "2027-08-31" });
console.log(JSON.stringify(periods.map((period) => [period.from, period.to, period.ratePercent, period.monthlyMinimum])));
