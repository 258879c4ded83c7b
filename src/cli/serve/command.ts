/**
 * `alternance serve`: the HTTP API and the office page (dist/web/, at `/`) on a port, until SIGTERM or SIGINT (Ctrl+C), then a graceful
 * shutdown. Options: `--port` (8080), `--host` (127.0.0.1: this machine only), `--cors ORIGIN`
 * (repeatable; off by default), `--workers N` (processes sharing the port), `--body-limit BYTES`
 * (1 MiB), `--quiet` (no line per request).
 */
import type { Operation } from "../../catalogue/operation.js";
import { operations } from "../../catalogue/operations.js";
import type { Locale } from "../../core/explain.js";
import type { Io } from "../io.js";
import { parseOptions } from "../usage.js";
import { createApp, DEFAULT_BODY_LIMIT, type Page } from "./app.js";
import { inspect } from "node:util";
import { clusterRole, listen, runCluster, type ClusterRole } from "./server.js";

/** What the command needs from the package around it. */
export interface ServeContext {
  /** Version of the library. */
  readonly version: string;
  /** Reads the OpenAPI document (dist/schemas/openapi.json). */
  readonly openApi: () => string;
  /** Resolves when the server must stop; by default the first SIGTERM or SIGINT. */
  readonly stop?: Promise<unknown>;
  /** The process's place in `node:cluster` (a stand-in in tests); by default {@link clusterRole}. */
  readonly cluster?: ClusterRole;
  /** The operations served (a stand-in in tests); by default the catalogue. */
  readonly operations?: readonly Operation[];
  /** Reads the office page's files (dist/web/), served at `/`; none when absent, or when it throws (the API is served without the page). */
  readonly pages?: () => Readonly<Record<string, Page>>;
}

/** Signals that stop the server gracefully. */
const STOP_SIGNALS: readonly NodeJS.Signals[] = ["SIGTERM", "SIGINT"];

function serveHelp(locale: Locale): string {
  const fr = locale === "fr";
  return [
    fr ? "alternance serve — l'API HTTP (JSON) de toutes les fonctions" : "alternance serve — the HTTP (JSON) API of every function",
    "",
    `  --port N            ${fr ? "port (8080 par défaut ; 0 : un port libre)" : "port (default 8080; 0: a free port)"}`,
    `  --host H            ${fr ? "interface (127.0.0.1 par défaut : cette machine seulement ; 0.0.0.0 : toutes)" : "interface (default 127.0.0.1: this machine only; 0.0.0.0: all)"}`,
    `  --cors ORIGINE      ${fr ? "origine autorisée depuis un navigateur (répétable ; * : toutes ; aucune par défaut)" : "origin allowed from a browser (repeatable; *: any; none by default)"}`,
    `  --workers N         ${fr ? "processus partageant le port (1 par défaut)" : "processes sharing the port (default 1)"}`,
    `  --body-limit OCTETS ${fr ? `taille maximale d'un corps (${DEFAULT_BODY_LIMIT} par défaut)` : `largest body (default ${DEFAULT_BODY_LIMIT})`}`,
    `  --quiet             ${fr ? "sans la ligne de journal par requête" : "no log line per request"}`,
    "",
    fr
      ? "Routes : POST /v1/<fonction> (ex. /v1/apprentice-minimum-wage), GET /v1/parameters[/<id>], GET /openapi.json, GET /healthz, et GET / : la page du bureau (vérifier un contrat). Voir docs/http.md."
      : "Routes: POST /v1/<function> (e.g. /v1/apprentice-minimum-wage), GET /v1/parameters[/<id>], GET /openapi.json, GET /healthz, and GET /: the office page (check a contract). See docs/http.md.",
    "",
  ].join("\n");
}

/** A whole number from `minimum` to `maximum` written in decimal digits, or `undefined`. */
function wholeNumber(text: string, minimum: number, maximum: number): number | undefined {
  if (!/^[0-9]{1,9}$/.test(text)) return undefined;
  const value = Number(text);
  return value >= minimum && value <= maximum ? value : undefined;
}

/** The first of the stop signals (for a cluster worker, also the loss of its primary); the listeners go with it. */
function stopSignal(role: ClusterRole): Promise<void> {
  return new Promise((resolve) => {
    const events: string[] = [...STOP_SIGNALS, ...(role.isWorker ? ["disconnect"] : [])];
    const stop = () => {
      for (const event of events) process.off(event, stop);
      resolve();
    };
    for (const event of events) process.on(event, stop);
  });
}

/**
 * Runs `alternance serve` and returns the exit code once the server has stopped.
 *
 * @param argv - the arguments after `serve`
 * @param io - output streams
 * @param locale - language of the command's messages
 * @param context - version, OpenAPI document, stop signal
 * @returns 0 after a clean stop, 2 for bad usage or a port that cannot be used
 * @example
 * await runServe(["--port", "8080"], nodeIo(), "fr", { version: "1.1.0", openApi: () => readFileSync(file, "utf8") });
 */
export async function runServe(argv: readonly string[], io: Io, locale: Locale, context: ServeContext): Promise<number> {
  const fr = locale === "fr";
  const fail = (message: string): number => {
    io.stderr.write(`alternance serve : ${message}\n`);
    return 2;
  };
  let values: { port?: string; host?: string; cors?: string[]; workers?: string; "body-limit"?: string; quiet?: boolean; lang?: string; help?: boolean };
  try {
    ({ values } = parseOptions(
      argv,
      {
        port: { type: "string" },
        host: { type: "string" },
        cors: { type: "string", multiple: true },
        workers: { type: "string" },
        "body-limit": { type: "string" },
        quiet: { type: "boolean" },
        lang: { type: "string" },
        width: { type: "string" },
        help: { type: "boolean", short: "h" },
      },
      locale,
    ) as { values: typeof values });
  } catch (error) {
    return fail((error as Error).message);
  }
  if (values.help) {
    io.stdout.write(serveHelp(locale));
    return 0;
  }
  const port = wholeNumber(values.port ?? "8080", 0, 65535);
  if (port === undefined) return fail(`--port : ${fr ? "un nombre entier de 0 à 65535" : "a whole number from 0 to 65535"}`);
  const workers = wholeNumber(values.workers ?? "1", 1, 64);
  if (workers === undefined) return fail(`--workers : ${fr ? "un nombre entier de 1 à 64" : "a whole number from 1 to 64"}`);
  const bodyLimit = wholeNumber(values["body-limit"] ?? String(DEFAULT_BODY_LIMIT), 1, 100 * 1024 * 1024);
  if (bodyLimit === undefined) return fail(`--body-limit : ${fr ? "un nombre d'octets de 1 à 104857600" : "a number of bytes from 1 to 104857600"}`);
  const host = values.host ?? "127.0.0.1";
  const corsOrigins = (values.cors ?? []).flatMap((origin) => origin.split(",")).map((origin) => origin.trim()).filter((origin) => origin.length > 0);
  let openApi: string;
  try {
    openApi = context.openApi();
  } catch {
    return fail(fr ? "document OpenAPI introuvable (dist/schemas/openapi.json) : lancez « npm run build »" : "OpenAPI document not found (dist/schemas/openapi.json): run `npm run build`");
  }
  const role = context.cluster ?? clusterRole();
  let pages: Readonly<Record<string, Page>> = {};
  try {
    pages = context.pages?.() ?? {};
  } catch {
    // The API does not need the page: it is served without it, and the primary says so once.
    if (!role.isWorker) {
      io.stderr.write(
        fr
          ? "alternance serve : page du bureau introuvable (dist/web/) : lancez « npm run build » ; l'API est servie sans elle\n"
          : "alternance serve: office page not found (dist/web/): run `npm run build`; the API is served without it\n",
      );
    }
  }
  const withPage = Object.keys(pages).length > 0;
  const announce = (address: string, listeningPort: number) =>
    io.stderr.write(
      fr
        ? `alternance : API HTTP${withPage ? " et page du bureau" : ""} sur http://${address.includes(":") ? `[${address}]` : address}:${listeningPort}${workers > 1 ? ` (${workers} processus)` : ""} — arrêt : Ctrl+C ou SIGTERM\n`
        : `alternance: HTTP API${withPage ? " and office page" : ""} on http://${address.includes(":") ? `[${address}]` : address}:${listeningPort}${workers > 1 ? ` (${workers} processes)` : ""} — stop: Ctrl+C or SIGTERM\n`,
    );

  const stopping = () => io.stderr.write(fr ? "alternance : arrêt, fin des requêtes en cours…\n" : "alternance: stopping, finishing the requests under way…\n");
  if (workers > 1 && !role.isWorker) {
    const stop = context.stop ?? stopSignal(role);
    void stop.then(stopping);
    await runCluster(
      {
        workers,
        stop,
        onListening: ({ address, port: listeningPort }) => announce(address || host, listeningPort),
        onEvent: (line) => io.stderr.write(`alternance serve : ${line}\n`),
      },
      role.primary,
    );
    return 0;
  }

  const draining = { value: false };
  const app = createApp({
    operations: context.operations ?? operations,
    version: context.version,
    openApi,
    bodyLimit,
    corsOrigins,
    ...(values.quiet ? {} : { log: (line: string) => io.stderr.write(`${line}\n`) }),
    logError: (error) => io.stderr.write(`alternance serve : ${fr ? "erreur interne" : "internal error"} : ${inspect(error)}\n`),
    pages,
    draining: () => draining.value,
  });
  let running;
  try {
    running = await listen(app, { port, host, bodyLimit }, draining);
  } catch (error) {
    return fail(`${fr ? "impossible d'écouter sur" : "cannot listen on"} ${host}:${port} (${(error as Error).message})`);
  }
  // A worker's primary speaks for the cluster.
  if (!role.isWorker) announce(running.address.address, running.address.port);
  await (context.stop ?? stopSignal(role));
  if (!role.isWorker) stopping();
  await running.close();
  if (role.isWorker) role.leave();
  return 0;
}
