/**
 * Types of the JSON answers that have no exported TypeScript type of their own: the results of the
 * functions that return a bare value (answered as an object with one named field, so that every answer
 * is an object that can grow), the generic pay schedules named for each contract, and the answers of
 * the HTTP API's own routes (errors, health, parameter series). The output JSON Schemas and the OpenAPI
 * document are generated from these declarations (scripts/schemas.ts).
 */
import type { DatedSeries } from "../core/dated.js";
import type { IsoDate } from "../core/dates.js";
import type { InputIssue } from "../core/errors.js";
import type { PublicHoliday } from "../core/calendar.js";
import type { ApprenticeAgeBand } from "../parameters/apprenticeship-grid.js";
import type { ProfessionalisationAgeBand } from "../pay/professionalisation.js";
import type { PaySchedule } from "../pay/schedule.js";

/**
 * Answer of `addWorkingDays` over JSON.
 *
 * @example
 * const answer: AddWorkingDaysResult = { date: "2026-05-11" };
 */
export interface AddWorkingDaysResult {
  /** The working day reached. */
  date: IsoDate;
}

/**
 * Answer of `countWorkingDays` over JSON.
 *
 * @example
 * const answer: CountWorkingDaysResult = { count: 17 };
 */
export interface CountWorkingDaysResult {
  /** Number of working days from `from` to `to`, both included. */
  count: number;
}

/**
 * Answer of `frenchPublicHolidays` over JSON.
 *
 * @example
 * const answer: FrenchPublicHolidaysResult = { holidays: [{ date: "2026-01-01", name: { fr: "Jour de l'an", en: "New Year's Day" } }] };
 */
export interface FrenchPublicHolidaysResult {
  /** The 11 public holidays of the year, in date order. */
  holidays: PublicHoliday[];
}

/**
 * Answer of `internshipMinimumHourlyRate` over JSON.
 *
 * @example
 * const answer: InternshipMinimumHourlyRateResult = { minimumHourlyRate: 4.5 };
 */
export interface InternshipMinimumHourlyRateResult {
  /** Minimum gratification per hour of presence, euros. */
  minimumHourlyRate: number;
}

/**
 * Answer of `toIsoDate` over JSON.
 *
 * @example
 * const answer: ToIsoDateResult = { date: "2025-09-01" };
 */
export interface ToIsoDateResult {
  /** The date, `YYYY-MM-DD`. */
  date: IsoDate;
}

/**
 * Result of `apprenticePaySchedule`.
 *
 * @example
 * const schedule: ApprenticePayScheduleResult = apprenticePaySchedule({ birthDate: "2006-04-10", contractStart: "2025-09-01", contractEnd: "2026-08-31" });
 */
export type ApprenticePayScheduleResult = PaySchedule<ApprenticeAgeBand>;

/**
 * Result of `professionalisationPaySchedule`.
 *
 * @example
 * const schedule: ProfessionalisationPayScheduleResult = professionalisationPaySchedule({ birthDate: "2006-01-15", contractStart: "2025-09-01", contractEnd: "2026-08-31", qualification: "bac-pro-or-higher" });
 */
export type ProfessionalisationPayScheduleResult = PaySchedule<ProfessionalisationAgeBand>;

/**
 * The `code` of an HTTP error answer: the `code` of the library's `AlternanceInputError` for bad input
 * (`INVALID_INPUT`, `OUT_OF_SCOPE`), or what the request got wrong.
 *
 * @example
 * const code: ProblemCode = "MALFORMED_JSON";
 */
export type ProblemCode =
  | "INVALID_INPUT"
  | "OUT_OF_SCOPE"
  | "MALFORMED_JSON"
  | "NESTING_TOO_DEEP"
  | "BODY_TOO_LARGE"
  | "UNSUPPORTED_MEDIA_TYPE"
  | "NOT_FOUND"
  | "METHOD_NOT_ALLOWED"
  | "INTERNAL_ERROR";

/**
 * An HTTP error answer: RFC 9457 problem details (`application/problem+json`), with the library's
 * issues for bad input. Never a stack trace.
 *
 * @example
 * const problem: Problem = { type: "about:blank", title: "Bad Request", status: 400, code: "INVALID_INPUT",
 *   detail: "Données invalides : birthDate : champ obligatoire manquant",
 *   issues: [{ path: ["birthDate"], code: "REQUIRED", message: "birthDate : champ obligatoire manquant" }] };
 */
export interface Problem {
  /** Always `"about:blank"`: the status and `code` say what kind of problem it is. */
  type: "about:blank";
  /** The phrase of the HTTP status, e.g. `"Bad Request"`. */
  title: string;
  /** The HTTP status. */
  status: number;
  /** What went wrong, in the requested language. */
  detail: string;
  /** Stable code. */
  code: ProblemCode;
  /** For bad input: every wrong field (`path`, `code`, `message`), as `AlternanceInputError.issues`. */
  issues?: InputIssue[];
  /** For an unknown route or method: every route the server answers, e.g. `"POST /v1/smic-at"`. */
  routes?: string[];
}

/**
 * Answer of `GET /healthz`.
 *
 * @example
 * const health: Health = { status: "ok", version: "1.1.0", dataVerifiedUntil: "2026-07-16" };
 */
export interface Health {
  /** Always `"ok"` while the server answers. */
  status: "ok";
  /** Version of the library. */
  version: string;
  /** Day up to which the legal parameters were checked (`dataVerifiedUntil`). */
  dataVerifiedUntil: IsoDate;
}

/**
 * Answer of `GET /v1/parameters`: every dated legal parameter series.
 *
 * @example
 * const index: ParameterSeriesIndex = { series: [{ id: "smic.hourly.metropole", label: { fr: "SMIC horaire", en: "Hourly SMIC" }, unit: "€/h" }] };
 */
export interface ParameterSeriesIndex {
  /** The series, in the order of docs/parameters.md; `GET /v1/parameters/<id>` gives one. */
  series: Array<{
    /** Stable id. */
    id: string;
    /** What it is. */
    label: {
      /** In French. */
      fr: string;
      /** In English. */
      en: string;
    };
    /** Unit for display. */
    unit: string;
  }>;
}

/**
 * Answer of `GET /v1/parameters/<id>`: one dated series, every value with the day it applies from
 * and the texts that set it.
 *
 * @example
 * const series: ParameterSeries = parameterSeries[0]!;
 */
export type ParameterSeries = DatedSeries<unknown>;
