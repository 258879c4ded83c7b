/**
 * Up to which date the parameter series were checked against the law (docs/parameters.md:
 * the Code du travail as of 2026-03-27, modele-social 11.1.0 released on 2026-07-16, OpenFisca-France
 * of 2026-07-23 for the SMIC and the ceiling). Nothing official after that was reachable, so the date
 * goes no later than 2026-07-16.
 */
import type { IsoDate } from "../core/dates.js";

/**
 * The last date for which the legal parameters were checked. A computation for a later date still
 * uses the last known values and carries the warning `PARAMETERS_NOT_VERIFIED`.
 *
 * @example
 * import { dataVerifiedUntil } from "alternance";
 * dataVerifiedUntil; //=> "2026-07-16"
 */
export const dataVerifiedUntil: IsoDate = "2026-07-16";
