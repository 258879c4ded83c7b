#!/usr/bin/env python3
"""Vérifie un contrat d'apprentissage auprès de `alternance serve` (Python, bibliothèque standard seule).

    python3 check_contract.py [URL] [--contract FICHIER.json]

- URL : l'adresse du serveur (sinon la variable ALTERNANCE_URL, sinon http://127.0.0.1:8080, l'adresse
  par défaut de `alternance serve`).
- --contract : le contrat, au format de l'entrée de checkApprenticeshipContract (docs/contract.md) ; par
  défaut le contrat du master MIAGE d'Aix-Marseille (examples/contract-miage.json), écrit ci-dessous.

Envoie POST /v1/check-apprenticeship-contract et affiche le verdict, chaque règle non respectée avec ses
articles, et les avertissements. Code de sortie : 0 contrat conforme, 1 contrat non conforme, 2 erreur
(données refusées par le serveur — réponse application/problem+json —, erreur HTTP, serveur injoignable).

Checks an apprenticeship contract against `alternance serve` (Python standard library only). Exit code 0
when the contract is valid, 1 when it is not, 2 on an error (input refused with a problem+json 400, any
other HTTP error, server unreachable). Messages are in French (Accept-Language: fr).
"""

import argparse
import json
import os
import sys
import urllib.error
import urllib.request

DEFAULT_URL = "http://127.0.0.1:8080"
ROUTE = "/v1/check-apprenticeship-contract"

# examples/contract-miage.json : le master MIAGE d'Aix-Marseille en apprentissage.
MIAGE_CONTRACT = {
    "apprentice": {"birthDate": "2004-03-10"},
    "employer": {"sector": "private", "headcount": 120},
    "tutor": {"birthDate": "1980-06-15", "experienceYears": 8, "diplomaLevel": 7, "apprenticesSupervised": 2},
    "training": {
        "diplomaLevel": 7,
        "trainingStart": "2025-09-01",
        "trainingEnd": "2027-09-03",
        "trainingHours": 1056,
        "policy": "miageAixMarseille",
    },
    "contract": {
        "signatureDate": "2025-07-15",
        "contractStart": "2025-09-04",
        "contractEnd": "2027-09-03",
        "practicalTrainingStart": "2025-09-08",
        "weeklyHours": 35,
        "dailyHours": 7,
        "agreedMonthlyPay": [
            {"from": "2025-09-04", "amount": 1000},
            {"from": "2026-09-04", "amount": 1150},
        ],
    },
}


class ApiError(Exception):
    """Une réponse d'erreur du serveur (problem+json, RFC 9457) ou un serveur injoignable."""

    def __init__(self, message, issues=()):
        super().__init__(message)
        self.issues = list(issues)


def post_json(base_url, route, body, timeout=30):
    """POST d'un objet JSON ; rend la réponse décodée, ou lève ApiError."""
    request = urllib.request.Request(
        base_url.rstrip("/") + route,
        data=json.dumps(body).encode("utf-8"),
        headers={"Content-Type": "application/json", "Accept": "application/json", "Accept-Language": "fr"},
        method="POST",
    )
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            return json.load(response)
    except urllib.error.HTTPError as error:
        # 400 (données invalides), 404, 413, 415… : un objet problem+json, jamais une pile d'appels.
        raise problem_of(error) from None
    except (urllib.error.URLError, OSError) as error:
        reason = getattr(error, "reason", error)
        raise ApiError(f"serveur injoignable à {base_url} : {reason}") from None


def problem_of(error):
    """L'ApiError d'une réponse HTTP d'erreur, lue comme un problem+json (RFC 9457) quand c'en est un.

    Un problem+json porte `status`, `title` (le libellé du statut), `code` (stable : INVALID_INPUT,
    MALFORMED_JSON, NOT_FOUND…), `detail` (le message, dans la langue demandée) et, pour une donnée
    invalide (400), `issues` : un objet par champ en cause, `path` (ex. ["apprentice", "birthDate"]),
    `code` et `message` (qui nomme déjà le champ).
    """
    try:
        problem = json.load(error) if "json" in error.headers.get("Content-Type", "") else {}
    except ValueError:
        problem = {}
    code = problem.get("code")
    headline = f"HTTP {error.code}{f' {code}' if code else ''} ({problem.get('title') or error.reason})"
    issues = [issue.get("message", "") for issue in problem.get("issues", [])]
    detail = problem.get("detail")
    return ApiError(f"{headline}{f' : {detail}' if detail and not issues else ''}", issues)


def report(result):
    """Le verdict, les règles non respectées et les avertissements, en français."""
    lines = []
    violations = result["violations"]
    if result["valid"]:
        lines.append("Contrat conforme.")
    else:
        count = len(violations)
        lines.append(f"Contrat non conforme : {count} règle{'s non respectées' if count > 1 else ' non respectée'}.")
    for violation in violations:
        basis = " ; ".join(violation.get("legalBasis", []))
        field = violation.get("field")
        lines.append(f"  ✗ [{violation['code']}] {violation['message']}")
        if basis:
            lines.append(f"      base légale : {basis}")
        if field:
            lines.append(f"      champ : {field}")
    for warning in result.get("warnings", []):
        lines.append(f"  ! {warning['message']}")
    return "\n".join(lines)


def main(argv=None):
    parser = argparse.ArgumentParser(description="Vérifie un contrat d'apprentissage auprès de alternance serve.")
    parser.add_argument("url", nargs="?", default=os.environ.get("ALTERNANCE_URL") or DEFAULT_URL, help=f"adresse du serveur (ALTERNANCE_URL, sinon {DEFAULT_URL})")
    parser.add_argument("--contract", help="fichier JSON du contrat (par défaut : le contrat MIAGE)")
    args = parser.parse_args(argv)

    if args.contract:
        with open(args.contract, encoding="utf-8") as file:
            contract = json.load(file)
    else:
        contract = MIAGE_CONTRACT

    try:
        result = post_json(args.url, ROUTE, {**contract, "explain": False})
    except ApiError as error:
        print(f"Erreur : {error}", file=sys.stderr)
        for issue in error.issues:
            print(f"  - {issue}", file=sys.stderr)
        return 2

    print(report(result))
    return 0 if result["valid"] else 1


if __name__ == "__main__":
    sys.exit(main())
