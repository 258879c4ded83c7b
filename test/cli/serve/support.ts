/**
 * Test support for the HTTP API over real sockets on 127.0.0.1: start the application on a free port in
 * the test process, send raw requests with `node:http` (full control of headers, chunked and slow
 * bodies, one connection each), and read the answers.
 */
import { request as httpRequest, Agent, type IncomingHttpHeaders } from "node:http";
import { connect } from "node:net";
import { createApp, type AppOptions } from "../../../src/cli/serve/app.js";
import { listen, type RunningServer } from "../../../src/cli/serve/server.js";
import { defineOperation, type Operation } from "../../../src/catalogue/operation.js";
import { operations } from "../../../src/catalogue/operations.js";

/** An operation whose function fails with an internal error (not an AlternanceInputError), at `/v1/failing`. */
export function failingOperation(message: string): Operation {
  return defineOperation({
    name: "failing",
    summary: { fr: "échoue", en: "fails" },
    input: operations[0]!.input,
    result: "Health",
    run: () => {
      throw new TypeError(message);
    },
    example: {},
  });
}

/** A running application and what it logged. */
export interface TestServer extends RunningServer {
  /** `http://127.0.0.1:<port>`. */
  readonly url: string;
  /** Lines logged, one per request. */
  readonly lines: string[];
  /** Internal errors logged. */
  readonly errors: unknown[];
}

/** A stand-in OpenAPI document (the real one is checked in test/catalogue/openapi.test.ts and through the built command). */
export const OPENAPI_STUB = '{"openapi":"3.1.0","info":{"title":"alternance","version":"test"},"paths":{}}';

/** Starts the application on a free port of 127.0.0.1. */
export async function startTestServer(options: Partial<AppOptions> = {}): Promise<TestServer> {
  const lines: string[] = [];
  const errors: unknown[] = [];
  const draining = { value: false };
  const app = createApp({
    operations,
    version: "test",
    openApi: OPENAPI_STUB,
    log: (line) => lines.push(line),
    logError: (error) => errors.push(error),
    draining: () => draining.value,
    ...options,
  });
  const running = await listen(app, { port: 0, host: "127.0.0.1", bodyLimit: options.bodyLimit ?? 1024 * 1024 }, draining);
  return { ...running, url: `http://127.0.0.1:${running.address.port}`, lines, errors };
}

/** An answer read whole. */
export interface Answer {
  status: number;
  headers: IncomingHttpHeaders;
  text: string;
  /** The body parsed as JSON (`undefined` when it is not JSON). */
  json: Record<string, unknown>;
}

/** What to send. */
export interface Sent {
  method?: string;
  headers?: Record<string, string | number>;
  /** The body, sent at once; or chunks sent one after the other with `pauseMs` between them. */
  body?: string | Buffer;
  chunks?: Array<string | Buffer>;
  pauseMs?: number;
  /** Called once the first chunk is written (e.g. to stop the server mid-upload). */
  afterFirstChunk?: () => void;
  agent?: Agent | false;
}

/** Sends one request on its own connection and reads the whole answer. */
export function send(url: string, path: string, sent: Sent = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    // Like curl, stop sending once the server has answered (a 413 comes before the body is all sent), and
    // then ignore the server closing the connection under the rest of the body.
    let answered = false;
    const req = httpRequest(`${url}${path}`, { method: sent.method ?? "GET", headers: sent.headers ?? {}, agent: sent.agent ?? false }, (res) => {
      answered = true;
      const parts: Buffer[] = [];
      res.on("data", (part: Buffer) => parts.push(part));
      res.on("end", () => {
        const text = Buffer.concat(parts).toString("utf8");
        let json: Record<string, unknown> = {};
        try {
          json = JSON.parse(text) as Record<string, unknown>;
        } catch {
          // not JSON
        }
        resolve({ status: res.statusCode ?? 0, headers: res.headers, text, json });
      });
      res.on("error", reject);
    });
    req.on("error", (error) => {
      if (!answered) reject(error);
    });
    req.on("socket", (socket) => socket.on("error", () => undefined));
    if (sent.chunks) {
      const chunks = [...sent.chunks];
      const next = (first: boolean) => {
        if (answered) return;
        const chunk = chunks.shift();
        if (chunk === undefined) {
          req.end();
          return;
        }
        req.write(chunk);
        if (first) sent.afterFirstChunk?.();
        setTimeout(() => next(false), sent.pauseMs ?? 0);
      };
      next(true);
    } else {
      req.end(sent.body);
    }
  });
}

/**
 * Writes raw bytes on one connection (the request head, then body chunks every `pauseMs` until the
 * server answers or closes) and returns everything the server sent, once `done` holds on it or the
 * connection closes.
 */
export function rawExchange(port: number, head: string, chunks: readonly Buffer[], done: (received: string) => boolean, pauseMs = 2): Promise<string> {
  return new Promise((resolve) => {
    let received = "";
    const socket = connect(port, "127.0.0.1", () => {
      socket.write(head);
      const pending = [...chunks];
      const next = () => {
        const chunk = pending.shift();
        if (chunk === undefined || socket.destroyed || received.length > 0) return;
        socket.write(chunk);
        setTimeout(next, pauseMs);
      };
      next();
    });
    const finish = () => {
      socket.destroy();
      resolve(received);
    };
    socket.on("data", (part: Buffer) => {
      received += part.toString("utf8");
      if (done(received)) finish();
    });
    socket.on("error", () => undefined);
    socket.on("close", finish);
  });
}

/** Resolves once `condition` holds (checked every 10 ms). */
export async function waitFor(condition: () => boolean | Promise<boolean>): Promise<void> {
  while (!(await condition())) await new Promise((resolve) => setTimeout(resolve, 10));
}

/** Number of open connections of a server. */
export function connections(server: { getConnections(callback: (error: Error | null, count: number) => void): void }): Promise<number> {
  return new Promise((resolve) => server.getConnections((_error, count) => resolve(count)));
}

/** Posts a JSON body (an object is serialised) with `Content-Type: application/json`. */
export function post(url: string, path: string, body: unknown, headers: Record<string, string> = {}): Promise<Answer> {
  return send(url, path, {
    method: "POST",
    headers: { "Content-Type": "application/json", ...headers },
    body: typeof body === "string" ? body : JSON.stringify(body),
  });
}

/** An Io that keeps what is written. */
export function memoryIo() {
  const out: string[] = [];
  const err: string[] = [];
  return {
    io: { stdout: { write: (text: string) => out.push(text) }, stderr: { write: (text: string) => err.push(text) }, today: () => "2026-03-15" },
    stdout: () => out.join(""),
    stderr: () => err.join(""),
  };
}

/** The port announced on stderr (`http://127.0.0.1:<port>`), once it is. */
export async function announcedPort(stderr: () => string): Promise<number> {
  await waitFor(() => /http:\/\/127\.0\.0\.1:\d+/.test(stderr()));
  return Number(/http:\/\/127\.0\.0\.1:(\d+)/.exec(stderr())![1]);
}
