/**
 * One fast-check generator per public function of src/index.ts: the arguments of a call that looks
 * valid (the TypeScript types hold: dates are real `YYYY-MM-DD` days, enums are known values), with
 * values anywhere, in and out of the library's scope, in any order (an end before its start, a
 * signature after the start, a birth after the contract…), and now and then a value of the wrong
 * kind. Shared by test/properties/api.property.test.ts and the time-zone child process
 * (test/properties/support/tz-calls.ts), which samples them with a fixed seed.
 */
import fc from "fast-check";
import { APPRENTICESHIP_EXCEPTIONS, COMPANY_WEEKDAYS, CONTRACT_TYPES, EMPLOYER_KINDS, EXTENDED_DURATIONS, arrangements } from "../../../src/index.js";

const DAY = 86_400_000;

/** A real day between two years (both included), as `YYYY-MM-DD`. */
export const isoDate = (fromYear: number, toYear: number): fc.Arbitrary<string> =>
  fc
    .integer({ min: Date.UTC(fromYear, 0, 1) / DAY, max: Date.UTC(toYear, 11, 31) / DAY })
    .map((days) => new Date(days * DAY).toISOString().slice(0, 10));

/** `date + days`, for dates built from another one (contract end after its start, etc.). */
export const plusDays = (date: string, days: number): string => new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10);

/** Contract and training dates: mostly 2019–2032 (the scope), sometimes older. */
const contractDate = fc.oneof({ weight: 9, arbitrary: isoDate(2019, 2032) }, { weight: 1, arbitrary: isoDate(2000, 2018) });
/** Birth dates of apprentices and trainees, 14 to 50 years before the contract dates, and a few impossible ones. */
const birthDate = fc.oneof({ weight: 9, arbitrary: isoDate(1970, 2012) }, { weight: 1, arbitrary: isoDate(2013, 2035) });
/** A second date near a first: before it (rarely) or up to four years after. */
const after = (date: string, maxDays = 4 * 366) => fc.integer({ min: -60, max: maxDays }).map((days) => plusDays(date, days));

/** Now and then, a value of the wrong kind instead of the right one. */
const sometimesWrong = <T>(arbitrary: fc.Arbitrary<T>): fc.Arbitrary<T | unknown> =>
  fc.oneof({ weight: 19, arbitrary }, { weight: 1, arbitrary: fc.oneof(fc.constant("2025-02-30"), fc.constant(""), fc.constant(null), fc.integer(), fc.constant("31/12/2025")) });

const locale = fc.option(fc.constantFrom("fr" as const, "en" as const), { nil: undefined });
const hours = fc.oneof(fc.integer({ min: 0, max: 2000 }), fc.integer({ min: 0, max: 200_000 }).map((cents) => cents / 100));
const weeklyHours = fc.oneof(fc.integer({ min: 1, max: 48 }), fc.integer({ min: 100, max: 4_800 }).map((cents) => cents / 100));
const money = fc.integer({ min: 50_000, max: 500_000 }).map((cents) => cents / 100);

/** Drops the `undefined` fields, so that optional fields are really absent. */
const defined = <T extends Record<string, unknown>>(record: T): T =>
  Object.fromEntries(Object.entries(record).filter(([, value]) => value !== undefined)) as T;
const optional = <T>(arbitrary: fc.Arbitrary<T>) => fc.option(arbitrary, { nil: undefined, freq: 2 });

const territory = fc.constantFrom("metropole" as const, "mayotte" as const);

const apprenticeTerms = contractDate.chain((contractStart) =>
  fc.record({
    birthDate: fc.oneof(birthDate, fc.integer({ min: 14 * 365, max: 40 * 365 }).map((days) => plusDays(contractStart, -days))),
    contractStart: fc.constant(contractStart),
    contractEnd: after(contractStart),
    creditedMonths: optional(fc.integer({ min: 0, max: 36 })),
    cycleYears: optional(fc.integer({ min: 1, max: 4 })),
    conventionalMinimumMonthly: optional(money),
    weeklyHours: optional(weeklyHours),
    publicSectorPoints: optional(fc.constantFrom(0 as const, 10 as const, 20 as const)),
    sameLevelDiploma: optional(fc.boolean()),
    licencePro: optional(fc.boolean()),
    previousContract: optional(fc.record({ lastYearRatePercent: fc.integer({ min: 20, max: 110 }), diplomaObtained: fc.boolean() })),
    disabledWorkerExtension: optional(fc.boolean()),
    territory: optional(territory),
    locale,
  }),
);

const professionalisationTerms = contractDate.chain((contractStart) =>
  fc.record({
    birthDate: fc.oneof(birthDate, fc.integer({ min: 15 * 365, max: 60 * 365 }).map((days) => plusDays(contractStart, -days))),
    contractStart: fc.constant(contractStart),
    contractEnd: after(contractStart, 3 * 366),
    qualification: fc.constantFrom("below-bac-pro" as const, "bac-pro-or-higher" as const),
    conventionalMinimumMonthly: optional(money),
    weeklyHours: optional(weeklyHours),
    territory: optional(territory),
    locale,
  }),
);

/** A date in the contract (between its start and its end), or now and then a little outside it. */
const withDate = <T extends { contractStart: string; contractEnd: string }>(terms: fc.Arbitrary<T>) =>
  terms.chain((t) => {
    const length = Math.max(0, Math.round((Date.parse(t.contractEnd) - Date.parse(t.contractStart)) / DAY));
    return fc.tuple(
      fc.constant(t),
      fc.oneof({ weight: 9, arbitrary: fc.integer({ min: 0, max: length }) }, { weight: 1, arbitrary: fc.integer({ min: -30, max: length + 30 }) }).map((days) => plusDays(t.contractStart, days)),
    );
  });

const training = contractDate.chain((trainingStart) => fc.record({ trainingStart: fc.constant(trainingStart), trainingEnd: after(trainingStart, 3 * 366) }));
const policy = optional(fc.constantFrom("legal" as const, "miageAixMarseille" as const));
const weekdays = fc.subarray(["mon", "tue", "wed", "thu", "fri", "sat", "sun"] as const, { minLength: 1 });

/** Arguments of one call, per public function. */
export const apiArguments: Readonly<Record<string, fc.Arbitrary<unknown[]>>> = {
  addWorkingDays: fc.tuple(sometimesWrong(contractDate), fc.integer({ min: -400, max: 400 }), fc.record({ kind: fc.constantFrom("ouvrables" as const, "ouvres" as const), locale })),
  countWorkingDays: contractDate.chain((from) =>
    fc.tuple(fc.constant(from), sometimesWrong(after(from, 800)), fc.record({ kind: fc.constantFrom("ouvrables" as const, "ouvres" as const), locale })),
  ),
  // Mostly years of the library's calendar, sometimes anything else (0, −1, 1.5, NaN, 2200…): those must
  // give an AlternanceInputError (they once gave « 0-01-01 » or « NaN-NaN-NaN »).
  frenchPublicHolidays: fc.tuple(fc.oneof({ weight: 4, arbitrary: fc.integer({ min: 1900, max: 2199 }) }, { weight: 1, arbitrary: fc.oneof(fc.integer(), fc.double()) })),
  internshipMinimumHourlyRate: fc.tuple(sometimesWrong(contractDate), fc.record({ locale })),
  // A Date anywhere in the library's years with a zone (overseas and far zones too), a French or ISO
  // text, now and then something else (a serial number, an impossible day, an unknown zone).
  toIsoDate: fc.oneof(
    fc.tuple(
      fc.date({ min: new Date(Date.UTC(1900, 0, 2)), max: new Date(Date.UTC(2199, 11, 30)), noInvalidDate: true }),
      fc
        .record({
          timeZone: optional(fc.constantFrom("Europe/Paris", "Indian/Reunion", "America/Martinique", "Pacific/Kiritimati", "Pacific/Pago_Pago", "UTC", "Europe/Pariss")),
          locale,
        })
        .map(defined),
    ),
    fc.tuple(isoDate(1900, 2199)),
    fc.tuple(isoDate(1900, 2199).map((date) => `${date.slice(8)}/${date.slice(5, 7)}/${date.slice(0, 4)}`)),
    fc.tuple(sometimesWrong(contractDate)),
  ),
  smicAt: fc.tuple(sometimesWrong(contractDate), fc.record({ territory: optional(territory), locale }).map(defined)),
  socialSecurityCeilingAt: fc.tuple(sometimesWrong(contractDate), fc.record({ locale }).map(defined)),
  internshipGratification: contractDate.chain((conventionSignedOn) =>
    fc.tuple(
      fc
        .record({
          presenceHours: fc.oneof(
            hours,
            fc
              .tuple(fc.integer({ min: 0, max: 11 }), fc.array(fc.integer({ min: 0, max: 22_000 }).map((cents) => cents / 100), { minLength: 1, maxLength: 8 }))
              .map(([firstMonth, list]) =>
                list.map((value, index) => ({ month: plusDays(conventionSignedOn, (firstMonth + index) * 31).slice(0, 7), hours: value })),
              ),
          ),
          conventionSignedOn: sometimesWrong(fc.constant(conventionSignedOn)),
          hourlyRate: optional(fc.integer({ min: 300, max: 2_000 }).map((cents) => cents / 100)),
          host: optional(fc.constantFrom("private" as const, "public" as const)),
          locale,
        })
        .map(defined),
    ),
  ),
  internshipPresence: contractDate.chain((start) =>
    fc.tuple(
      fc
        .record({
          start: fc.constant(start),
          end: sometimesWrong(after(start, 400)),
          hoursPerDay: optional(fc.integer({ min: 1, max: 40 }).map((halves) => halves / 4)),
          weekdays: optional(weekdays),
          excludePublicHolidays: optional(fc.boolean()),
          absences: optional(fc.array(after(start, 200), { maxLength: 5 })),
          trainingDates: optional(fc.array(after(start, 200), { maxLength: 5 })),
          locale,
        })
        .map(defined),
    ),
  ),
  checkApprenticeshipEligibility: contractDate.chain((contractStart) =>
    fc.tuple(
      fc
        .record({
          birthDate: fc.oneof(birthDate, fc.integer({ min: 13 * 365, max: 40 * 365 }).map((days) => plusDays(contractStart, -days))),
          contractStart: fc.constant(contractStart),
          signatureDate: optional(fc.integer({ min: -120, max: 10 }).map((days) => plusDays(contractStart, days))),
          completedLowerSecondary: optional(fc.boolean()),
          exceptions: optional(fc.subarray([...APPRENTICESHIP_EXCEPTIONS])),
          previousContractEnd: optional(fc.integer({ min: -800, max: 30 }).map((days) => plusDays(contractStart, days))),
          exceptionAgeReading: optional(fc.constantFrom("text" as const, "service-public" as const)),
          locale,
        })
        .map(defined),
    ),
  ),
  checkProfessionalisationEligibility: contractDate.chain((contractStart) =>
    fc.tuple(
      fc
        .record({
          birthDate: fc.oneof(birthDate, fc.integer({ min: 14 * 365, max: 60 * 365 }).map((days) => plusDays(contractStart, -days))),
          contractStart: fc.constant(contractStart),
          jobSeeker: optional(fc.boolean()),
          benefits: optional(fc.subarray(["rsa", "ass", "aah", "former-cui"] as const)),
          employer: fc.constantFrom(...EMPLOYER_KINDS),
          locale,
        })
        .map(defined),
    ),
  ),
  trainingHoursRequirement: contractDate.chain((contractStart) =>
    fc.tuple(
      fc
        .record({
          contract: fc.constantFrom("apprenticeship" as const, "professionalisation" as const),
          contractStart: fc.constant(contractStart),
          contractEnd: sometimesWrong(after(contractStart)),
          annualHours: optional(fc.integer({ min: 100, max: 2_000 })),
          contractHours: optional(hours),
          extendedAbove25: optional(fc.boolean()),
          locale,
        })
        .map(defined),
    ),
  ),
  checkApprenticeshipContract: contractDate.chain((contractStart) =>
    fc.tuple(
      fc
        .record({
          apprentice: fc.record({ birthDate: sometimesWrong(birthDate), legalRepresentative: optional(fc.boolean()) }).map(defined),
          tutor: optional(fc.record({ birthDate, experienceYears: fc.integer({ min: 0, max: 10 }), diplomaLevel: optional(fc.integer({ min: 3, max: 8 })), apprenticesSupervised: optional(fc.integer({ min: 1, max: 4 })) }).map(defined)),
          training: fc.oneof(fc.constant({ diplomaLevel: 6 }), after(contractStart).map((trainingEnd) => ({ diplomaLevel: 6, trainingStart: contractStart, trainingEnd }))),
          contract: fc
            .record({
              contractStart: fc.constant(contractStart),
              contractEnd: after(contractStart),
              weeklyHours: optional(weeklyHours),
              dailyHours: optional(fc.integer({ min: 1, max: 12 })),
              practicalTrainingStart: optional(after(contractStart, 200)),
              agreedMonthlyPay: optional(money.map((amount) => [{ from: contractStart, amount }])),
            })
            .map(defined),
          locale,
        })
        .map(defined),
    ),
  ),
  checkProfessionalisationContract: contractDate.chain((contractStart) =>
    fc.tuple(
      fc
        .record({
          beneficiary: fc.record({ birthDate: sometimesWrong(birthDate), jobSeeker: optional(fc.boolean()) }).map(defined),
          employer: fc.record({ kind: fc.constantFrom("private" as const, "state" as const) }),
          tutor: optional(fc.record({ birthDate, experienceYears: fc.integer({ min: 0, max: 10 }), isEmployer: optional(fc.boolean()) }).map(defined)),
          training: fc.record({ qualification: fc.constantFrom("below-bac-pro" as const, "bac-pro-or-higher" as const), trainingHours: optional(hours) }).map(defined),
          contract: fc.record({ contractStart: fc.constant(contractStart), contractEnd: after(contractStart), agreedMonthlyPay: optional(money.map((amount) => [{ from: contractStart, amount }])) }).map(defined),
          locale,
        })
        .map(defined),
    ),
  ),
  checkTrainingHours: contractDate.chain((contractStart) =>
    fc.tuple(
      fc
        .record({
          contract: fc.constantFrom("apprenticeship" as const, "professionalisation" as const),
          contractStart: fc.constant(contractStart),
          contractEnd: after(contractStart),
          annualHours: optional(fc.integer({ min: 100, max: 2_000 })),
          contractHours: optional(hours),
          extendedAbove25: optional(fc.boolean()),
          trainingHours: hours,
          locale,
        })
        .map(defined),
    ),
  ),
  defineArrangements: fc.tuple(
    fc.oneof(
      fc.constant(arrangements.miageAixMarseille),
      fc.constant({ ...arrangements.miageAixMarseille, advice: [] }),
      fc.constant({ ...arrangements.miageAixMarseille, programmes: [] }),
      fc.constant({ id: "x" }),
    ),
    fc.record({ locale }).map(defined),
  ),
  recommendArrangement: fc.tuple(
    fc
      .record({
        programme: fc.oneof({ weight: 9, arbitrary: fc.constantFrom("L3I", "M1", "M2") }, { weight: 1, arbitrary: fc.constant("M3") }),
        workStudy: optional(fc.boolean()),
        contractPossible: optional(fc.boolean()),
        employerSignsApprenticeship: optional(fc.boolean()),
        birthDate: fc.option(birthDate, { nil: undefined, freq: 8 }),
        contractStart: fc.option(contractDate, { nil: undefined, freq: 8 }),
        status: fc.option(fc.oneof({ weight: 9, arbitrary: fc.constantFrom("FI", "FC") }, { weight: 1, arbitrary: fc.constant("XX") }), { nil: undefined, freq: 8 }),
        locale,
      })
      .map(defined),
  ),
  contractWindows: fc.tuple(
    fc
      .tuple(training, fc.constantFrom(...CONTRACT_TYPES), policy, locale)
      .map(([dates, contract, chosen, language]) => defined({ contract, ...dates, policy: chosen, locale: language })),
  ),
  checkContractDates: fc.tuple(
    fc
      .tuple(training, fc.constantFrom(...CONTRACT_TYPES), policy, locale, fc.integer({ min: -200, max: 200 }), fc.integer({ min: -200, max: 200 }))
      .chain(([dates, contract, chosen, language, startShift, endShift]) =>
        fc
          .record({
            signatureDate: optional(fc.integer({ min: -60, max: 10 }).map((days) => plusDays(dates.trainingStart, startShift + days))),
            extendedDuration: optional(fc.constantFrom(...EXTENDED_DURATIONS)),
            validation: optional(
              fc.tuple(fc.integer({ min: -60, max: 5 }), fc.integer({ min: 0, max: 30 }), fc.boolean(), fc.boolean()).map(([validated, before, withValidated, withRequested]) =>
                defined({
                  missionValidatedOn: withValidated ? plusDays(dates.trainingStart, startShift + validated) : undefined,
                  validationRequestedOn: withRequested ? plusDays(dates.trainingStart, startShift + validated - before) : undefined,
                }),
              ),
            ),
          })
          .map(({ validation, ...extra }) =>
            defined({
              contract,
              ...dates,
              contractStart: plusDays(dates.trainingStart, startShift),
              contractEnd: plusDays(dates.trainingEnd, endShift),
              policy: chosen,
              locale: language,
              ...extra,
              ...validation,
            }),
          ),
      ),
  ),
  registrationDeadline: fc.tuple(
    fc.record({ contract: fc.constantFrom("apprenticeship" as const, "professionalisation" as const), contractStart: sometimesWrong(contractDate), locale }).map(defined),
  ),
  trialPeriodEnd: contractDate.chain((contractStart) =>
    fc.tuple(
      fc
        .record({
          contractStart: fc.constant(contractStart),
          companyWeekdays: fc.oneof({ weight: 9, arbitrary: fc.subarray([...COMPANY_WEEKDAYS], { minLength: 1 }) }, { weight: 1, arbitrary: fc.constant([]) }),
          trainingDates: optional(fc.array(after(contractStart, 120), { maxLength: 20 })),
          absences: optional(fc.array(after(contractStart, 120), { maxLength: 5 })),
          locale,
        })
        .map(defined),
    ),
  ),
  apprenticeMinimumWage: fc
    .tuple(withDate(apprenticeTerms), fc.boolean())
    .map(([[terms, date], withEnd]) => [defined({ ...terms, contractEnd: withEnd ? terms.contractEnd : undefined, date })]),
  apprenticePaySchedule: fc
    .tuple(apprenticeTerms, fc.option(fc.integer({ min: -90, max: 40 }), { nil: undefined, freq: 2 }))
    .map(([terms, shift]) => [defined({ ...terms, signatureDate: shift === undefined ? undefined : plusDays(terms.contractStart, shift) })]),
  professionalisationMinimumWage: withDate(professionalisationTerms).map(([terms, date]) => [defined({ ...terms, date })]),
  professionalisationPaySchedule: professionalisationTerms.map((terms) => [defined(terms)]),
  apprenticeshipHiringAid: contractDate.chain((contractStart) =>
    fc.tuple(
      fc
        .record({
          signatureDate: fc.integer({ min: -200, max: 10 }).map((days) => plusDays(contractStart, days)),
          contractStart: fc.constant(contractStart),
          contractEnd: after(contractStart, 3 * 366),
          diplomaLevel: fc.constantFrom(3 as const, 4 as const, 5 as const, 6 as const, 7 as const, 8 as const),
          companyHeadcount: fc.oneof(fc.integer({ min: 0, max: 300 }), fc.integer({ min: 0, max: 5_000_000 })),
          employer: optional(fc.constantFrom("private" as const, "public" as const)),
          disabledWorker: optional(fc.boolean()),
          overseas: optional(fc.boolean()),
          largeCompanyCommitment: optional(fc.boolean()),
          birthDate: optional(fc.integer({ min: 15 * 365, max: 35 * 365 }).map((days) => plusDays(contractStart, -days))),
          locale,
        })
        .map(defined),
    ),
  ),
  employerTrainingContribution: fc.tuple(
    fc
      .record({
        signatureDate: sometimesWrong(contractDate),
        diplomaLevel: fc.constantFrom(3 as const, 4 as const, 5 as const, 6 as const, 7 as const, 8 as const),
        afterRupture: optional(fc.boolean()),
        trialPeriodRupture: optional(fc.record({ fundingLevel: money, daysPerformed: fc.integer({ min: 1, max: 120 }) })),
        employer: optional(fc.constantFrom("private" as const, "public" as const)),
        locale,
      })
      .map(defined),
  ),
  netPay: fc.tuple(
    fc
      .record({
        contract: fc.constantFrom("apprenticeship" as const, "professionalisation" as const),
        grossMonthly: fc.oneof(fc.integer({ min: 0, max: 600_000 }).map((cents) => cents / 100), fc.integer({ min: 0, max: 4_000_000 }).map((cents) => cents / 100)),
        month: fc.constant(""),
        signatureDate: contractDate,
        employer: optional(fc.constantFrom("private" as const, "public" as const)),
        alsaceMoselle: optional(fc.boolean()),
        healthEmployeeMonthly: optional(fc.integer({ min: 0, max: 10_000 }).map((cents) => cents / 100)),
        healthEmployerMonthly: optional(fc.integer({ min: 0, max: 10_000 }).map((cents) => cents / 100)),
        locale,
      })
      .chain((input) =>
        // The month paid: mostly on or after the signature, now and then before it or malformed.
        sometimesWrong(fc.integer({ min: -40, max: 1_200 }).map((days) => plusDays(input.signatureDate, days).slice(0, 7))).map((month) => defined({ ...input, month })),
      ),
  ),
  incomeTaxExemption: fc.tuple(
    fc
      .record({
        year: fc.oneof({ weight: 9, arbitrary: fc.integer({ min: 2019, max: 2032 }) }, { weight: 1, arbitrary: fc.oneof(fc.integer(), fc.double()) }),
        taxableIncome: optional(fc.integer({ min: 0, max: 5_000_000 }).map((cents) => cents / 100)),
        locale,
      })
      .map(defined),
  ),
  familyBenefitsIncomeCeiling: fc.tuple(fc.record({ date: sometimesWrong(contractDate), locale }).map(defined)),
  benefitsInKindDeduction: fc.tuple(
    fc
      .record({
        contract: fc.constantFrom("apprenticeship" as const, "professionalisation" as const),
        grossMonthly: money,
        items: fc.array(
          fc.record({ label: optional(fc.constantFrom("repas", "logement")), socialSecurityValue: fc.integer({ min: 0, max: 100_000 }).map((cents) => cents / 100), quantity: optional(fc.integer({ min: 0, max: 93 })) }).map(defined),
          { maxLength: 4 },
        ),
        signatureDate: optional(contractDate),
        locale,
      })
      .map(defined),
  ),
  examLeave: fc.tuple(
    fc
      .record({
        status: fc.constantFrom("apprentice" as const, "student-employee" as const),
        firstExamDate: sometimesWrong(contractDate),
        plannedWorkingDays: fc.option(fc.integer({ min: 0, max: 1_000 }), { nil: undefined, freq: 5 }),
        locale,
      })
      .map(defined),
  ),
};
