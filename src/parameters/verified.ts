/**
 * Up to which date the parameter series were checked against the law (law.md sources: the Code du
 * travail as of 2026-03-27, modele-social 11.1.0 of 2026-07 with the SMIC of June 2026).
 */
import type { IsoDate } from "../core/dates.js";

/**
 * The last date for which the legal parameters were checked. A computation for a later date still
 * uses the last known values and carries the warning `PARAMETERS_NOT_VERIFIED`.
 *
 * @example
 * import { dataVerifiedUntil } from "alternance";
 * dataVerifiedUntil; //=> "2026-06-30"
 */
export const dataVerifiedUntil: IsoDate = "2026-06-30";
