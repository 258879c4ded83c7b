/**
 * The module calls both contract types make the same way: the date check (when the training dates are
 * given) and the registration deadline.
 */
import type { IsoDate } from "../core/dates.js";
import type { Locale } from "../core/explain.js";
import { checkContractDates, registrationDeadline, type CheckContractDatesResult, type DatePolicy, type ExtendedDuration, type PolicyName, type RegistrationDeadlineResult } from "../dates/index.js";
import type { SectionMaps } from "./compose.js";
import { withOptions } from "./paths.js";

/** Runs a module call, collecting its input errors at their nested paths (see `attempt`). */
export type Runner = <T>(call: () => T, map: SectionMaps[keyof SectionMaps]) => T | undefined;

/** The parts of a contract the shared calls read. */
export interface SharedParts {
  training: { trainingStart?: IsoDate | undefined; trainingEnd?: IsoDate | undefined; policy?: DatePolicy | PolicyName | undefined };
  contract: { contractStart: IsoDate; contractEnd: IsoDate; signatureDate?: IsoDate | undefined; extendedDuration?: ExtendedDuration | undefined };
}

/**
 * `checkContractDates` for the contract (`null` without training dates), and `registrationDeadline`;
 * `undefined` where the module rejected its input (the issues are collected by `run`).
 *
 * @param type - the contract type
 * @param parts - the training and the contract
 * @param run - the runner that collects input errors
 * @param maps - where the modules' fields live
 * @param locale - language
 * @param explain - the input's `explain`
 * @returns the two module results
 * @example
 * const { dates, registration } = sharedSections("apprenticeship", parsed, run, MAPS, "fr", undefined);
 */
export function sharedSections(
  type: "apprenticeship" | "professionalisation",
  parts: SharedParts,
  run: Runner,
  maps: SectionMaps,
  locale: Locale,
  explain: boolean | undefined,
): { dates: CheckContractDatesResult | null | undefined; registration: RegistrationDeadlineResult | undefined } {
  const { training, contract } = parts;
  const { trainingStart, trainingEnd } = training;
  const dates =
    trainingStart === undefined || trainingEnd === undefined
      ? null
      : run(
          () =>
            checkContractDates(
              withOptions(
                {
                  contract: type,
                  trainingStart,
                  trainingEnd,
                  contractStart: contract.contractStart,
                  contractEnd: contract.contractEnd,
                  signatureDate: contract.signatureDate,
                  policy: training.policy,
                  extendedDuration: contract.extendedDuration,
                },
                locale,
                explain,
              ),
            ),
          maps.dates,
        );
  const registration = run(() => registrationDeadline(withOptions({ contract: type, contractStart: contract.contractStart }, locale, explain)), maps.registration);
  return { dates, registration };
}
