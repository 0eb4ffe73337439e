// Headless Chromium (the Debian package, /usr/bin/chromium) driven by its command line: --dump-dom gives the DOM
// after the page is rendered, --screenshot a PNG. Every run has a fresh profile and goes through a proxy that
// records each request it is asked for. Chromium itself, even with every background service switched off that a
// flag can switch off, still calls Google (accounts.google.com, www.google.com: an about:blank page does the
// same); those are the browser's own requests (browserOwn), anything else was asked for by the page.
import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
// the flags shared with scripts/report-screenshot.mjs
import { CHROMIUM_FLAGS } from "../../../scripts/chromium-flags.mjs";

export const CHROMIUM = process.env.CTG_CHROMIUM ?? "chromium";

export function chromiumAvailable(): boolean {
  return spawnSync(CHROMIUM, ["--version"], { stdio: "ignore" }).status === 0;
}

/** Chromium's own services, which it calls whatever the page. */
export function browserOwn(request: string): boolean {
  const host = requestHost(request);
  return /(?:^|\.)(?:google|googleapis|gstatic|gvt1)\.com$/.test(host);
}

/** The host of a recorded request: "CONNECT host:443" or an absolute URL. */
export function requestHost(request: string): string {
  if (request.startsWith("CONNECT ")) return request.slice("CONNECT ".length).replace(/:\d+$/, "");
  try {
    return new URL(request).hostname;
  } catch {
    return request;
  }
}

/** A proxy to nowhere: it answers every request 403 and remembers what was asked (URL or CONNECT host). */
export class RecordingProxy {
  readonly requests: string[] = [];

  /** the requests the pages asked for (Chromium's own left out) */
  pageRequests(): string[] {
    return this.requests.filter((r) => !browserOwn(r));
  }
  private readonly server: Server;

  constructor() {
    this.server = createServer((req, res) => {
      this.requests.push(req.url ?? "");
      res.writeHead(403).end();
    });
    this.server.on("connect", (req, socket) => {
      this.requests.push(`CONNECT ${req.url ?? ""}`);
      socket.end("HTTP/1.1 403 Forbidden\r\n\r\n");
    });
  }

  async start(): Promise<string> {
    await new Promise<void>((resolve) => this.server.listen(0, "127.0.0.1", resolve));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  close(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}

export interface ChromiumRun {
  stdout: string;
  code: number | null;
  ms: number;
}

/** Runs chromium on a local file with `extra` flags (--dump-dom, or --screenshot=… --window-size=…). */
export function runChromium(file: string, extra: readonly string[], proxy: string): Promise<ChromiumRun> {
  const profile = mkdtempSync(join(tmpdir(), "ctg-chromium-"));
  const args = [
    ...CHROMIUM_FLAGS,
    // fewer calls of Chromium's own (network time, optimisation hints, translation, sign-in...)
    "--disable-features=NetworkTimeServiceQuerying,OptimizationHints,OptimizationGuideModelDownloading,MediaRouter,Translate,AutofillServerCommunication,CertificateTransparencyComponentUpdater,PreconnectToSearch,LensOverlay,AccountConsistency,SafeBrowsing",
    "--allow-browser-signin=false",
    "--disable-default-apps",
    "--disable-extensions",
    "--no-pings",
    `--user-data-dir=${profile}`,
    `--proxy-server=${proxy}`,
    // loopback too goes through the proxy (Chromium bypasses it by default)
    "--proxy-bypass-list=<-loopback>",
    ...extra,
    pathToFileURL(file).href,
  ];
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(CHROMIUM, args, { stdio: ["ignore", "pipe", "pipe"] });
    const out: Buffer[] = [];
    child.stdout.on("data", (c: Buffer) => out.push(c));
    child.stderr.resume();
    child.on("error", reject);
    child.on("close", (code) => {
      rmSync(profile, { recursive: true, force: true });
      resolve({ stdout: Buffer.concat(out).toString("utf8"), code, ms: performance.now() - started });
    });
  });
}
