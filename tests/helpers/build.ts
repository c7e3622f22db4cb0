/** Runs the real build (scripts/build.ts) with another content folder, province or output. */
import { spawnSync } from 'node:child_process';

export interface BuildRun {
  status: number | null;
  output: string;
}

export function runBuild(env: Record<string, string>): BuildRun {
  const result = spawnSync(
    process.execPath,
    ['--experimental-strip-types', '--disable-warning=ExperimentalWarning', 'scripts/build.ts'],
    { env: { ...process.env, ...env, FORCE_COLOR: '0', NO_COLOR: '1' }, encoding: 'utf8' },
  );
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}
