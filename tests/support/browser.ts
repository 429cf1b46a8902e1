// A real browser for the pages this package writes: Debian's headless Chromium (the toolchain
// installs it and names it in PULUMI_MEGAPORT_CHROMIUM), driven over the DevTools protocol with
// Node's own WebSocket. A page is opened from its file, its errors (exceptions, console errors,
// failed loads) collected, its DOM asked, and a screenshot taken.
import { ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";

export interface OpenedPage {
  /** Exceptions, console errors and failed requests since the page was opened. */
  errors: string[];
  /** The value of an expression evaluated in the page (JSON-serializable). */
  evaluate<T>(expression: string): Promise<T>;
  /** A PNG of the whole page. */
  screenshot(): Promise<Buffer>;
  close(): Promise<void>;
}

export interface Browser {
  open(file: string): Promise<OpenedPage>;
  close(): Promise<void>;
}

type Message = {
  id?: number;
  method?: string;
  params?: Record<string, unknown>;
  result?: unknown;
  error?: unknown;
};

export async function startBrowser(): Promise<Browser> {
  const binary = process.env.PULUMI_MEGAPORT_CHROMIUM ?? "chromium";
  const profile = mkdtempSync(join(tmpdir(), "megaport-chromium-"));
  const child: ChildProcess = spawn(
    binary,
    [
      "--headless=new",
      "--no-sandbox",
      "--disable-gpu",
      "--no-first-run",
      "--remote-debugging-port=0",
      `--user-data-dir=${profile}`,
      "about:blank",
    ],
    // A group of its own: closing kills Chromium's helper processes with it.
    { stdio: ["ignore", "ignore", "pipe"], detached: true },
  );
  const endpoint = await new Promise<string>((resolve, reject) => {
    let err = "";
    child.stderr!.on("data", (d: Buffer) => {
      err += d.toString();
      const m = /DevTools listening on (ws:\/\/\S+)/.exec(err);
      if (m) resolve(m[1]);
    });
    child.once("exit", (code) => reject(new Error(`${binary} exited with ${code}: ${err}`)));
  });
  const http = endpoint.replace(/^ws:/, "http:").replace(/\/devtools\/.*$/, "");

  const open = async (file: string): Promise<OpenedPage> => {
    const target = (await (await fetch(`${http}/json/new?about:blank`, { method: "PUT" })).json()) as {
      id: string;
      webSocketDebuggerUrl: string;
    };
    const ws = new WebSocket(target.webSocketDebuggerUrl);
    await new Promise((resolve, reject) => {
      ws.onopen = resolve;
      ws.onerror = reject;
    });
    let next = 0;
    const pending = new Map<number, (m: Message) => void>();
    const listeners: Array<(m: Message) => void> = [];
    const errors: string[] = [];
    ws.onmessage = (event) => {
      const m = JSON.parse(String(event.data)) as Message;
      if (m.id !== undefined) pending.get(m.id)?.(m);
      else listeners.forEach((l) => l(m));
    };
    const send = <T>(method: string, params: Record<string, unknown> = {}) =>
      new Promise<T>((resolve, reject) => {
        const id = ++next;
        pending.set(id, (m) =>
          m.error ? reject(new Error(`${method}: ${JSON.stringify(m.error)}`)) : resolve(m.result as T),
        );
        ws.send(JSON.stringify({ id, method, params }));
      });
    listeners.push((m) => {
      const p = m.params ?? {};
      if (m.method === "Runtime.exceptionThrown")
        errors.push(`exception: ${JSON.stringify((p.exceptionDetails as { text?: string })?.text ?? p)}`);
      if (m.method === "Runtime.consoleAPICalled" && p.type === "error")
        errors.push(`console.error: ${JSON.stringify(p.args)}`);
      if (m.method === "Log.entryAdded" && (p.entry as { level?: string })?.level === "error")
        errors.push(`log: ${(p.entry as { text?: string }).text}`);
      if (m.method === "Network.loadingFailed") errors.push(`load failed: ${JSON.stringify(p)}`);
    });
    await Promise.all(["Page.enable", "Runtime.enable", "Log.enable", "Network.enable"].map((m) => send(m)));
    const loaded = new Promise<void>((resolve) =>
      listeners.push((m) => m.method === "Page.loadEventFired" && resolve()),
    );
    await send("Page.navigate", { url: pathToFileURL(file).href });
    await loaded;
    const evaluate = async <T>(expression: string) => {
      const r = await send<{ result: { value: T }; exceptionDetails?: unknown }>("Runtime.evaluate", {
        expression,
        returnByValue: true,
      });
      if (r.exceptionDetails)
        throw new Error(`evaluating ${expression}: ${JSON.stringify(r.exceptionDetails)}`);
      return r.result.value;
    };
    return {
      errors,
      evaluate,
      screenshot: async () => {
        const size = await evaluate<{ width: number; height: number }>(
          "({ width: document.documentElement.scrollWidth, height: document.documentElement.scrollHeight })",
        );
        await send("Emulation.setDeviceMetricsOverride", { ...size, deviceScaleFactor: 1, mobile: false });
        const shot = await send<{ data: string }>("Page.captureScreenshot", { format: "png" });
        return Buffer.from(shot.data, "base64");
      },
      close: async () => {
        ws.close();
        await fetch(`${http}/json/close/${target.id}`).catch(() => undefined);
      },
    };
  };
  return {
    open,
    close: async () => {
      const exited = new Promise((resolve) => child.once("exit", resolve));
      process.kill(-child.pid!, "SIGKILL");
      await exited;
      rmSync(profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 100 });
    },
  };
}
