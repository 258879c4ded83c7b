#!/usr/bin/env node
/**
 * Completes package-lock.json with the platform builds of rollup (a dependency of tsup) that the npm
 * registry reachable from this project's machines does not serve (it answers 404 for every platform
 * but linux-x64-gnu and linux-arm64-gnu). npm 11's `npm ci` requires a lock entry for every package of
 * an optional-dependency map, so without these entries `npm ci` refuses the lock. Each entry carries
 * the package's `os`/`cpu`/`libc`, so npm skips it on this platform without fetching anything.
 *
 * Run after any `npm install` that changes the lock: `node scripts/complete-lockfile.mjs`.
 */
import { readFileSync, writeFileSync } from "node:fs";

const file = new URL("../package-lock.json", import.meta.url);
const lock = JSON.parse(readFileSync(file, "utf8"));
const CPU = { arm: "arm", "arm-eabi": "arm", arm64: "arm64", x64: "x64", ia32: "ia32", loong64: "loong64", ppc64: "ppc64", riscv64: "riscv64", s390x: "s390x" };

let added = 0;
for (const [key, entry] of Object.entries(lock.packages)) {
  if (!key.endsWith("node_modules/rollup") || !entry.optionalDependencies) continue;
  const prefix = key.slice(0, -"rollup".length);
  for (const [name, version] of Object.entries(entry.optionalDependencies)) {
    const target = `${prefix}${name}`;
    if (lock.packages[target] || !name.startsWith("@rollup/rollup-")) continue;
    const [os, cpuPart, abi] = name.slice("@rollup/rollup-".length).split("-");
    const cpu = CPU[abi === "eabi" ? "arm-eabi" : cpuPart] ?? cpuPart;
    const platform = { win32: "win32", darwin: "darwin", android: "android", freebsd: "freebsd", linux: "linux", openbsd: "openbsd", openharmony: "openharmony" }[os] ?? os;
    const libc = platform === "linux" ? (abi?.startsWith("musl") ? ["musl"] : ["glibc"]) : undefined;
    lock.packages[target] = { version, cpu: [cpu], dev: true, ...(libc ? { libc } : {}), license: "MIT", optional: true, os: [platform] };
    added += 1;
  }
}
lock.packages = Object.fromEntries(Object.entries(lock.packages).sort(([a], [b]) => (a === "" ? -1 : b === "" ? 1 : a < b ? -1 : 1)));
writeFileSync(file, `${JSON.stringify(lock, null, 2)}\n`);
process.stdout.write(`complete-lockfile: ${added} rollup platform entries added\n`);
