// The process tree under a pulumi CLI, read from /proc: the fault suites kill it as the world does
// (a CI runner kills the CLI's process group, leaving the plugins Pulumi started in groups of their
// own; a crash kills everything) and then check which of its plugins are still running.
import { readdirSync, readFileSync, readlinkSync } from "node:fs";

interface ProcessInfo {
  pid: number;
  ppid: number;
  /** R, S, Z, … (a zombie has ended). */
  state: string;
  cmdline: string;
}

function readProcess(pid: number): ProcessInfo | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    // The command name is in parentheses and may hold spaces: the fields follow the last ")".
    const [state, ppid] = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    const cmdline = readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0").join(" ").trim();
    return { pid, ppid: Number(ppid), state, cmdline };
  } catch {
    return undefined; // ended while being read
  }
}

function allProcesses(): ProcessInfo[] {
  return readdirSync("/proc")
    .filter((d) => /^\d+$/.test(d))
    .flatMap((d) => readProcess(Number(d)) ?? []);
}

/** Every living process below `pid` (children, their children, …). */
export function descendants(pid: number): ProcessInfo[] {
  const all = allProcesses().filter((p) => p.state !== "Z");
  const found: ProcessInfo[] = [];
  let frontier = [pid];
  while (frontier.length > 0) {
    const children = all.filter((p) => frontier.includes(p.ppid));
    found.push(...children);
    frontier = children.map((p) => p.pid);
  }
  return found;
}

/** Whether `pid` still runs (a zombie does not). */
export function isRunning(pid: number): boolean {
  const p = readProcess(pid);
  return !!p && p.state !== "Z";
}

/** Resolves with the pids of `pids` still running after `ms`, as soon as none is. */
export async function runningAfter(pids: number[], ms: number): Promise<number[]> {
  const deadline = Date.now() + ms;
  for (;;) {
    const left = pids.filter(isRunning);
    if (left.length === 0 || Date.now() > deadline) return left;
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** SIGKILL to each pid that still runs. */
export function killAll(pids: number[]): void {
  for (const pid of pids)
    try {
      process.kill(pid, "SIGKILL");
    } catch {
      // Already gone.
    }
}

/** The socket inodes a process holds open. */
function socketInodes(pid: number): Set<string> {
  const inodes = new Set<string>();
  try {
    for (const fd of readdirSync(`/proc/${pid}/fd`)) {
      const m = /^socket:\[(\d+)\]$/.exec(safeReadlink(`/proc/${pid}/fd/${fd}`));
      if (m) inodes.add(m[1]);
    }
  } catch {
    // ended while being read
  }
  return inodes;
}

function safeReadlink(path: string): string {
  try {
    return readlinkSync(path);
  } catch {
    return "";
  }
}

/** Whether `pid` has a TCP connection open to `port` on this machine (IPv4 or IPv6). */
export function isConnectedTo(pid: number, port: number): boolean {
  const inodes = socketInodes(pid);
  const hexPort = port.toString(16).toUpperCase().padStart(4, "0");
  for (const table of ["/proc/net/tcp", "/proc/net/tcp6"]) {
    let lines: string[] = [];
    try {
      lines = readFileSync(table, "utf8").split("\n").slice(1);
    } catch {
      continue;
    }
    for (const line of lines) {
      const f = line.trim().split(/\s+/);
      // local, remote, state (01 = ESTABLISHED), …, inode (10th field)
      if (f.length > 9 && f[2].endsWith(`:${hexPort}`) && f[3] === "01" && inodes.has(f[9])) return true;
    }
  }
  return false;
}
