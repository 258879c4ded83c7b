/**
 * The library's scope (API.md §0): contracts concluded from 2019-01-01; internship conventions signed
 * from 2015-09-01. Earlier dates are rejected with `OUT_OF_SCOPE`.
 */
import type { IsoDate } from "./dates.js";

/**
 * First contract date in scope for apprenticeship and professionalisation contracts (the 2019 reform,
 * loi n° 2018-771 « Avenir professionnel »).
 *
 * @example
 * CONTRACT_SCOPE_START; //=> "2019-01-01"
 */
export const CONTRACT_SCOPE_START: IsoDate = "2019-01-01";
