/**
 * Puts the HTTP API on a socket (Node's `http` server through `@hono/node-server`), shuts it down
 * gracefully (stop accepting, finish the requests under way, close idle keep-alive connections, then
 * force after a delay), and runs several processes sharing the port with `node:cluster`.
 */
import cluster, { type Worker } from "node:cluster";
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { createAdaptorServer } from "@hono/node-server";
import type { Hono } from "hono";

/** Where and how to listen. */
export interface ListenOptions {
  /** TCP port; 0 picks a free one. */
  readonly port: number;
  /** Interface to listen on (`127.0.0.1` by default in the command: loopback only). */
  readonly host: string;
  /** Largest body the application accepts, bytes (the same as its own limit). */
  readonly bodyLimit: number;
}

/** A listening server. */
export interface RunningServer {
  /** Node's server. */
  readonly server: Server;
  /** The address it listens on (the real port when 0 was asked). */
  readonly address: AddressInfo;
  /** `true` once {@link RunningServer.close} was called. */
  readonly draining: () => boolean;
  /**
   * Stops accepting connections, lets the requests under way finish, closes idle keep-alive connections,
   * and after `graceMs` closes whatever is left. Resolves when the server is closed.
   */
  readonly close: (graceMs?: number) => Promise<void>;
}

/** Pending connections the kernel may queue: enough for a thousand clients connecting at once. */
const BACKLOG = 2048;

/**
 * Listens with an application.
 *
 * @param app - the application (`createApp`)
 * @param options - port, host and body limit
 * @param drainingFlag - set to `true` when closing starts (the application reads it to answer `Connection: close`)
 * @returns the running server
 * @example
 * const running = await listen(createApp(options), { port: 0, host: "127.0.0.1", bodyLimit: 1048576 }, { value: false });
 * running.address.port; // the port picked
 */
export async function listen(app: Hono, options: ListenOptions, drainingFlag: { value: boolean }): Promise<RunningServer> {
  const server = createAdaptorServer({
    fetch: app.fetch,
    // A slow client cannot hold a connection for ever: the whole request within 30 s, its headers within 10 s.
    serverOptions: { requestTimeout: 30_000, headersTimeout: 10_000, keepAliveTimeout: 5_000 },
  }) as Server;
  // `Expect: 100-continue` (curl does it above 1 KB): the client waits for "100 Continue" before sending
  // the body. Only a body within the limit is asked for; otherwise the application answers 413 at once
  // and the body is never sent.
  server.on("checkContinue", (request, response) => {
    if (Number(request.headers["content-length"] ?? 0) <= options.bodyLimit) response.writeContinue();
    server.emit("request", request, response);
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen({ port: options.port, host: options.host, backlog: BACKLOG }, () => {
      server.off("error", reject);
      resolve();
    });
  });
  let closing: Promise<void> | undefined;
  const close = (graceMs = 10_000): Promise<void> => {
    drainingFlag.value = true;
    closing ??= new Promise<void>((resolve) => {
      const sweep = setInterval(() => server.closeIdleConnections(), 100);
      const force = setTimeout(() => server.closeAllConnections(), graceMs);
      server.close(() => {
        clearInterval(sweep);
        clearTimeout(force);
        resolve();
      });
      server.closeIdleConnections();
    });
    return closing;
  };
  return { server, address: server.address() as AddressInfo, draining: () => drainingFlag.value, close };
}

/** How {@link runCluster} runs its workers. */
export interface ClusterOptions {
  /** Number of worker processes. */
  readonly workers: number;
  /** Called once, when the first worker listens. */
  readonly onListening: (address: { address: string; port: number }) => void;
  /** Writes a line about the workers (one died and was replaced). */
  readonly onEvent: (line: string) => void;
  /** Resolves when the cluster must stop (a signal). */
  readonly stop: Promise<unknown>;
}

/** The part of `node:cluster` the primary uses. */
export type ClusterPrimary = Pick<typeof cluster, "on" | "fork">;

/**
 * Primary of a cluster: forks the workers (each runs the same command and listens on the shared port),
 * replaces a worker that dies, and when `stop` resolves asks every worker to shut down gracefully
 * (SIGTERM) and resolves when they have all exited.
 *
 * @param options - number of workers, callbacks, stop
 * @param primary - `node:cluster`
 * @returns resolves when the cluster has stopped
 * @example
 * await runCluster({ workers: 2, onListening: () => {}, onEvent: () => {}, stop: firstSignal }, cluster);
 */
export function runCluster(options: ClusterOptions, primary: ClusterPrimary): Promise<void> {
  let stopping = false;
  let announced = false;
  const alive = new Set<Worker>();
  const fork = () => alive.add(primary.fork());
  return new Promise<void>((resolve) => {
    primary.on("listening", (_worker, address) => {
      if (announced) return;
      announced = true;
      options.onListening({ address: address.address ?? "", port: address.port });
    });
    primary.on("exit", (worker, code, signal) => {
      alive.delete(worker);
      if (stopping) {
        if (alive.size === 0) resolve();
        return;
      }
      options.onEvent(`worker ${worker.process.pid} exited (${signal ?? code}); starting another`);
      fork();
    });
    void options.stop.then(() => {
      stopping = true;
      if (alive.size === 0) resolve();
      for (const worker of alive) worker.process.kill("SIGTERM");
    });
    for (let index = 0; index < options.workers; index += 1) fork();
  });
}

/** The process's place in a cluster. */
export interface ClusterRole {
  /** Whether this process is a worker forked by a primary. */
  readonly isWorker: boolean;
  /** `node:cluster`, for the primary. */
  readonly primary: ClusterPrimary;
  /** For a worker whose server is closed: leaves the cluster (the channel to the primary would keep the process alive). */
  readonly leave: () => void;
}

/**
 * The role of this process in `node:cluster`.
 *
 * @example
 * clusterRole().isWorker; //=> false in the command's first process
 */
export function clusterRole(): ClusterRole {
  return { isWorker: cluster.isWorker, primary: cluster, leave: () => cluster.worker!.disconnect() };
}
