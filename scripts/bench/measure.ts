/**
 * Runs a command as a child process and measures its wall time and peak memory with nothing
 * installed beyond Node:
 *
 * - Every Node process in the child tree gets a preload (`NODE_OPTIONS=--require …`) that, at
 *   exit, appends its own `process.resourceUsage().maxRSS` (getrusage peak RSS, in KiB on every
 *   platform) to a log. The largest value is the reported peak RSS: exact, not sampled.
 * - On Linux the tree is also sampled through /proc every 200 ms: the largest sum of VmRSS over
 *   all live descendants ("tree peak", which also covers non-Node helpers such as esbuild) and
 *   the largest VmHWM seen, used as the peak if a process died before its exit hook ran.
 */
import { spawn } from 'node:child_process';
import { closeSync, existsSync, openSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';

export interface ProcessPeak {
  pid: number;
  maxRssKiB: number;
  command: string;
}

export interface Measurement {
  wallSeconds: number;
  /** Largest peak RSS of a single process in the tree (KiB), or undefined if unknown. */
  peakRssKiB: number | undefined;
  /** Largest sampled sum of RSS over the live tree (KiB); Linux only. */
  treePeakKiB: number | undefined;
  /** Where the peak came from: the exit hooks, or /proc sampling only. */
  peakSource: 'getrusage' | 'proc-sampling' | 'none';
  processes: ProcessPeak[];
  exitCode: number | null;
  signal: NodeJS.Signals | null;
}

export interface RunOptions {
  cwd: string;
  env: Record<string, string>;
  /** Child stdout and stderr go here. */
  logFile: string;
  /** Scratch folder for the preload hook and its report. */
  workDir: string;
}

const HOOK = `'use strict';
// Benchmark preload: report this process's peak RSS when it exits (see scripts/bench/measure.ts).
const { appendFileSync } = require('node:fs');
const { isMainThread } = require('node:worker_threads');
const target = process.env.BENCH_RSS_LOG;
if (target && isMainThread) {
  process.on('exit', () => {
    try {
      const command = process.argv.slice(1, 4).join(' ');
      appendFileSync(target, JSON.stringify({ pid: process.pid, maxRssKiB: process.resourceUsage().maxRSS, command }) + '\\n');
    } catch {}
  });
}
`;

const PROC = '/proc';
const hasProc = process.platform === 'linux' && existsSync(`${PROC}/self/status`);

/** pid → parent pid for every process visible in /proc. */
function processTable(): Map<number, number> {
  const table = new Map<number, number>();
  for (const name of readdirSync(PROC)) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`${PROC}/${name}/stat`, 'utf8');
      // Field 4 (ppid) follows the command name, which is in parentheses and may hold spaces.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      table.set(Number(name), Number(fields[1]));
    } catch {
      // The process ended between readdir and read.
    }
  }
  return table;
}

function descendants(root: number): number[] {
  const children = new Map<number, number[]>();
  for (const [pid, ppid] of processTable()) {
    const list = children.get(ppid) ?? [];
    list.push(pid);
    children.set(ppid, list);
  }
  const out: number[] = [];
  const queue = [root];
  while (queue.length > 0) {
    const pid = queue.shift() as number;
    out.push(pid);
    queue.push(...(children.get(pid) ?? []));
  }
  return out;
}

function memoryOf(pid: number): { rss: number; hwm: number } | undefined {
  try {
    const status = readFileSync(`${PROC}/${pid}/status`, 'utf8');
    const kib = (key: string) => Number(new RegExp(`^${key}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? 0);
    return { rss: kib('VmRSS'), hwm: kib('VmHWM') };
  } catch {
    return undefined;
  }
}

export async function runMeasured(command: readonly string[], options: RunOptions): Promise<Measurement> {
  const [file, ...args] = command;
  if (!file) throw new Error('Empty command');
  const hookFile = `${options.workDir}/rss-hook.cjs`;
  const report = `${options.workDir}/rss-${process.pid}-${Date.now()}.jsonl`;
  writeFileSync(hookFile, HOOK);
  writeFileSync(report, '');
  const nodeOptions = [process.env['NODE_OPTIONS'], `--require "${hookFile}"`].filter(Boolean).join(' ');
  const out = openSync(options.logFile, 'w');

  let treePeak = 0;
  let hwmPeak = 0;
  const started = performance.now();
  const child = spawn(file, args, {
    cwd: options.cwd,
    env: { ...process.env, ...options.env, NODE_OPTIONS: nodeOptions, BENCH_RSS_LOG: report },
    stdio: ['ignore', out, out],
    shell: process.platform === 'win32',
  });
  const sample = () => {
    if (!hasProc || child.pid === undefined) return;
    let sum = 0;
    for (const pid of descendants(child.pid)) {
      const memory = memoryOf(pid);
      if (!memory) continue;
      sum += memory.rss;
      hwmPeak = Math.max(hwmPeak, memory.hwm);
    }
    treePeak = Math.max(treePeak, sum);
  };
  const timer = setInterval(sample, 200);
  const { code, signal } = await new Promise<{ code: number | null; signal: NodeJS.Signals | null }>(
    (resolve, reject) => {
      child.on('error', reject);
      child.on('exit', (exitCode, exitSignal) => resolve({ code: exitCode, signal: exitSignal }));
    },
  );
  const wallSeconds = (performance.now() - started) / 1000;
  clearInterval(timer);
  closeSync(out);

  const processes: ProcessPeak[] = readFileSync(report, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as ProcessPeak)
    .sort((a, b) => b.maxRssKiB - a.maxRssKiB);
  const hooked = processes[0]?.maxRssKiB;
  return {
    wallSeconds,
    peakRssKiB: hooked ?? (hwmPeak || undefined),
    treePeakKiB: hasProc ? treePeak || undefined : undefined,
    peakSource: hooked !== undefined ? 'getrusage' : hwmPeak ? 'proc-sampling' : 'none',
    processes,
    exitCode: code,
    signal,
  };
}
