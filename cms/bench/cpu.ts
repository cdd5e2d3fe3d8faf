import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';

/**
 * CPU time spent by the processes of a run, read from Linux's /proc: where a submission's time goes
 * (the CMS processes, PostgreSQL, the load generator with its proxy), and how busy the machine's
 * cores were meanwhile (with whatever else ran on them). On a system without /proc it reports nothing.
 */

const TICKS_PER_SECOND = (() => {
  try {
    return Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
  } catch {
    return 100;
  }
})();

export const CPU_ACCOUNTING = existsSync('/proc/stat');

interface ProcStat {
  pid: number;
  parent: number;
  /** user + system time of the process and of its children already ended, in seconds. */
  seconds: number;
}

function readStat(pid: number): ProcStat | undefined {
  let text: string;
  try {
    text = readFileSync(`/proc/${pid}/stat`, 'utf8');
  } catch {
    return undefined;
  }
  // The command name (field 2) is in parentheses and may hold spaces: fields count from after it.
  const fields = text.slice(text.lastIndexOf(')') + 2).split(' ');
  const ticks = [11, 12, 13, 14].reduce((sum, index) => sum + Number(fields[index]), 0);
  return { pid, parent: Number(fields[1]), seconds: ticks / TICKS_PER_SECOND };
}

function allStats(): ProcStat[] {
  return readdirSync('/proc')
    .filter((name) => /^\d+$/.test(name))
    .map((name) => readStat(Number(name)))
    .filter((stat): stat is ProcStat => stat !== undefined);
}

/** CPU seconds of each process tree (a process and all its descendants alive now), by name. */
export function treeSeconds(roots: Record<string, readonly number[]>): Record<string, number> {
  if (!CPU_ACCOUNTING) return {};
  const stats = allStats();
  const children = new Map<number, ProcStat[]>();
  for (const stat of stats) children.set(stat.parent, [...(children.get(stat.parent) ?? []), stat]);
  const byPid = new Map(stats.map((stat) => [stat.pid, stat]));
  const treeOf = (pid: number): number => (byPid.get(pid)?.seconds ?? 0) + (children.get(pid) ?? []).reduce((sum, child) => sum + treeOf(child.pid), 0);
  return Object.fromEntries(Object.entries(roots).map(([name, pids]) => [name, pids.reduce((sum, pid) => sum + treeOf(pid), 0)]));
}

/** The machine's cores: busy and total time so far (all processes, this run's and anyone else's). */
export function machineTicks(): { busy: number; total: number; cores: number } {
  if (!CPU_ACCOUNTING) return { busy: 0, total: 0, cores: 0 };
  const lines = readFileSync('/proc/stat', 'utf8').split('\n');
  const [user, nice, system, idle, iowait, irq, softirq, steal] = lines[0]!.split(/\s+/).slice(1, 9).map(Number) as number[];
  const busy = user! + nice! + system! + irq! + softirq! + steal!;
  return { busy, total: busy + idle! + iowait!, cores: lines.filter((line) => /^cpu\d/.test(line)).length };
}

/** The postmaster's pid of a cluster: the first line of its data directory's postmaster.pid. */
export function postmasterPid(dataDir: string): number | undefined {
  try {
    return Number(readFileSync(`${dataDir}/postmaster.pid`, 'utf8').split('\n')[0]) || undefined;
  } catch {
    return undefined;
  }
}

export interface CpuWindow {
  /** CPU seconds per process tree during the window. */
  seconds: Record<string, number>;
  /** Share of the machine's cores busy during the window (0–1), whoever used them. */
  machineBusy: number;
  cores: number;
}

/** Starts counting; the returned function ends the window and tells what was spent in it. */
export function cpuWindow(roots: () => Record<string, readonly number[]>): () => CpuWindow {
  const before = treeSeconds(roots());
  const machineBefore = machineTicks();
  return () => {
    const after = treeSeconds(roots());
    const machineAfter = machineTicks();
    const total = machineAfter.total - machineBefore.total;
    return {
      seconds: Object.fromEntries(Object.entries(after).map(([name, seconds]) => [name, seconds - (before[name] ?? 0)])),
      machineBusy: total > 0 ? (machineAfter.busy - machineBefore.busy) / total : 0,
      cores: machineAfter.cores,
    };
  };
}
