/**
 * Levels of the national framework of professional certifications (cadre national des certifications
 * professionnelles, décret n° 2019-14 du 8 janvier 2019), used by the hiring aid, the employer's
 * training contribution and the tutor check.
 */

/**
 * Level of the diploma or title prepared, in the national framework of professional certifications
 * (3 = CAP, 4 = bac, 5 = bac + 2, 6 = licence / bachelor, 7 = master / engineer, 8 = doctorate).
 *
 * @example
 * const master: DiplomaLevel = 7;
 */
export type DiplomaLevel = 3 | 4 | 5 | 6 | 7 | 8;
