/**
 * The office page's HTML document, written at build time (scripts/web.ts): the form of html.ts with the
 * French labels of the library's own lists, the example contract to load, and the links to the page's
 * style, script and the library bundle. A Content-Security-Policy forbids any network access: what is
 * typed (birth dates are personal data) never leaves the browser.
 */
import { EMPLOYER_KINDS, EXTENDED_DURATIONS, POLICY_NAMES, policies } from "../index.js";
import { employerLabel } from "../eligibility/employers.js";
import { APPRENTICESHIP_EXCEPTIONS, exceptionLabel } from "../eligibility/exceptions.js";
import { benefitLabel } from "../eligibility/rules.js";
import { qualificationLabel, territoryLabel } from "../pay/labels.js";
import type { ExtendedDuration, MinorWorkingTimeDerogation, Qualification, Territory } from "../index.js";
import type { WebFileName } from "./files.js";
import { formHtml, type OptionLabels } from "./html.js";
import { escapeHtml } from "./render.js";


/** Levels of the national framework of professional certifications (décret n° 2019-14), with the usual diplomas. */
const DIPLOMA_LEVELS: readonly [number, string][] = [
  [3, "CAP, BEP"],
  [4, "baccalauréat, brevet professionnel"],
  [5, "bac + 2 : BTS, DEUST"],
  [6, "bac + 3 : licence, BUT, bachelor"],
  [7, "bac + 5 : master, diplôme d'ingénieur"],
  [8, "doctorat"],
];

const EXTENDED: Readonly<Record<ExtendedDuration, string>> = {
  "disabled-worker": "travailleur handicapé reconnu : apprentissage jusqu'à 4 ans (R6222-46)",
  "high-level-athlete": "sportif de haut niveau : apprentissage jusqu'à 4 ans (R6222-60)",
  "branch-agreement-24": "accord de branche : contrat de professionnalisation jusqu'à 24 mois (L6325-12)",
  "priority-public-36": "public prioritaire : contrat de professionnalisation jusqu'à 36 mois (L6325-11)",
};

const DEROGATIONS: Readonly<Record<MinorWorkingTimeDerogation, string>> = {
  "site-activity": "chantiers du bâtiment, travaux publics, espaces paysagers : 10 h par jour, 40 h par semaine (R3162-1)",
  "labour-inspector": "autorisée par l'inspecteur du travail : 5 h de plus par semaine (L3162-1)",
};

const capitalised = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

/**
 * The French choices of every list of the form, from the library's lists and labels.
 *
 * @returns each list's values and labels, the default first
 * @example
 * optionLabels().policies.map((option) => option.value); //=> ["legal", "miageAixMarseille"]
 */
export function optionLabels(): OptionLabels {
  const QUALIFICATIONS: readonly Qualification[] = ["below-bac-pro", "bac-pro-or-higher"];
  const TERRITORIES: readonly Territory[] = ["metropole", "mayotte"];
  return {
    exceptions: APPRENTICESHIP_EXCEPTIONS.map((value) => ({ value, label: capitalised(exceptionLabel[value].fr) })),
    benefits: (Object.keys(benefitLabel) as (keyof typeof benefitLabel)[]).map((value) => ({ value, label: capitalised(benefitLabel[value].fr) })),
    employerKinds: [{ value: "", label: "— choisir —" }, ...EMPLOYER_KINDS.map((value) => ({ value, label: capitalised(employerLabel[value].fr) }))],
    sectors: [
      { value: "", label: "— non renseigné —" },
      { value: "private", label: "Privé" },
      { value: "public", label: "Public" },
    ],
    diplomaLevels: [{ value: "", label: "— non renseigné —" }, ...DIPLOMA_LEVELS.map(([level, diplomas]) => ({ value: String(level), label: `Niveau ${level} (${diplomas})` }))],
    qualifications: [{ value: "", label: "— choisir —" }, ...QUALIFICATIONS.map((value) => ({ value, label: capitalised(qualificationLabel(value, "fr")) }))],
    policies: POLICY_NAMES.map((value) => ({ value, label: value === "legal" ? "La loi seulement" : (policies[value].name ?? value) })),
    derogations: [{ value: "", label: "Aucune" }, ...(Object.keys(DEROGATIONS) as MinorWorkingTimeDerogation[]).map((value) => ({ value, label: capitalised(DEROGATIONS[value]) }))],
    extendedDurations: [{ value: "", label: "Aucune" }, ...EXTENDED_DURATIONS.map((value) => ({ value, label: capitalised(EXTENDED[value]) }))],
    territories: TERRITORIES.map((value) => ({ value, label: capitalised(territoryLabel(value, "fr")) })),
  };
}

/** The files the page loads, next to it. */
const LOADED: Readonly<Record<"style" | "library" | "script", WebFileName>> = { style: "office.css", library: "alternance.global.js", script: "office.js" };

/**
 * Forbids every network access and every script or style not loaded from the page's own folder; `file:`
 * lets the same page run opened from the disk.
 */
const CONTENT_SECURITY_POLICY = "default-src 'none'; script-src 'self' file:; style-src 'self' file:; img-src 'self' data:; form-action 'none'; base-uri 'none'";

/**
 * The whole document.
 *
 * @param context - the library's version (shown at the foot) and the example contract the « load the example » button fills in
 * @returns the HTML of dist/web/index.html
 * @example
 * pageHtml({ version: "1.1.0", example: { kind: "apprenticeship", name: "MIAGE", input } }).startsWith("<!doctype html>"); //=> true
 */
export function pageHtml(context: { readonly version: string; readonly example: { readonly kind: "apprenticeship"; readonly name: string; readonly input: unknown } }): string {
  const example = JSON.stringify(context.example).replace(/</g, "\\u003c");
  return `<!doctype html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}">
<meta name="referrer" content="no-referrer">
<title>Vérifier un contrat d'alternance — alternance</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="${LOADED.style}">
<script src="${LOADED.library}" defer></script>
<script src="${LOADED.script}" defer></script>
</head>
<body>
<a class="skip" href="#result">Aller au résultat</a>
<header class="page-header">
<h1>Vérifier un contrat d'alternance</h1>
<p>Apprentissage ou contrat de professionnalisation : l'âge, les dates, le tuteur, la durée du travail d'un mineur, les heures de formation et le salaire minimum période par période, avec l'article de loi de chaque règle.</p>
<p class="privacy">Tout est calculé dans ce navigateur, sans connexion : les données saisies ne quittent pas cet ordinateur.</p>
<noscript><p class="error-block">Cette page calcule avec JavaScript : activez-le pour vérifier un contrat.</p></noscript>
</header>
<main>
<form id="contract-form" data-contract="apprenticeship" novalidate>
<div class="form-tools"><button type="button" id="load-example" class="secondary">Charger l'exemple : ${escapeHtml(context.example.name)}</button></div>
${formHtml(optionLabels())}
<div class="form-actions"><button type="submit" id="check">Vérifier le contrat</button><button type="button" id="clear" class="secondary">Tout effacer</button><button type="button" id="print" class="secondary">Imprimer</button></div>
</form>
<div id="result" class="result" aria-live="polite" tabindex="-1"></div>
</main>
<footer class="page-footer"><p>alternance ${escapeHtml(context.version)} — règles de l'alternance, exactes et citées. Le résultat ne remplace pas la lecture des textes ni l'avis de votre OPCO.</p></footer>
<script type="application/json" id="example-contract">${example}</script>
</body>
</html>
`;
}
