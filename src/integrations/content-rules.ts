/**
 * Astro integration that runs the content validator before a build. Astro alone stops at the
 * first invalid entry and lets a broken reference pass with exit code 0; this reports every
 * problem in every file and fails the build before anything is written.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { siteConfig } from '../config.ts';
import { loadAreas } from '../lib/area.ts';
import { formatIssues, summarize } from '../lib/validation/format.ts';
import { validateContent } from '../lib/validation/validate-content.ts';

export function contentRules(): AstroIntegration {
  return {
    name: 'etalase-content-rules',
    hooks: {
      'astro:config:setup': async ({ command, config, logger }) => {
        if (command !== 'build') return;
        const areas = await loadAreas(siteConfig.provinceCode);
        const result = await validateContent({
          root: fileURLToPath(config.root),
          contentDir: siteConfig.contentDir,
          areas,
          provinceCode: siteConfig.provinceCode,
          // Merged content with a neutralised body problem still builds; PRs are refused for it.
          bodyFindings: 'warning',
          verdictCache: siteConfig.verdictCache,
        });
        const errors = new Set(result.issues.filter((i) => i.severity === 'error'));
        for (const line of formatIssues(result.issues)) {
          // formatIssues keeps the issues' order; a line is an error's unless it is a warning's.
          if (line.includes(' peringatan ')) logger.warn(line);
          else logger.error(line);
        }
        const summary = result.fatal ? 'Konten tidak dapat diperiksa.' : summarize(result.issues, result.files);
        if (result.fatal || errors.size > 0) {
          logger.error(`Konten tidak valid; situs tidak dibangun. ${summary}`);
          // Exit instead of throwing: Astro would print a stack trace into this file, which
          // tells a contributor nothing. Nothing has been written yet at this point.
          process.exit(1);
        }
        logger.info(summary);
      },
    },
  };
}
