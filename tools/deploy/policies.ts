/**
 * The privacy policy and terms of use a certified skill links to: their URLs (skill.config.json, or
 * PRIVACY.md and TERMS.md in the repository's own GitHub or GitLab remote) and the contact line
 * inside both files.
 */
import { spawnSync } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { PolicyUrls } from '../../models/source/manifest';
import type { SkillConfig } from './settings';

/** The two documents, at the top of the repository. */
export const POLICY_FILES = { privacyPolicyUrl: 'PRIVACY.md', termsOfUseUrl: 'TERMS.md' } as const;
/** The branch the default URLs point to. */
export const DEFAULT_BRANCH = 'main';

/** `https://github.com/OWNER/REPO` for a GitHub or GitLab remote URL (https or ssh); else undefined. */
export function webUrlOf(remote: string): string | undefined {
  const match =
    /^(?:https:\/\/|ssh:\/\/git@|git@)(github\.com|gitlab\.com)[:/]([\w.-]+\/[\w.-]+?)(?:\.git)?\/?$/.exec(
      remote.trim(),
    );
  return match ? `https://${match[1]}/${match[2]}` : undefined;
}

/** The file's page in the repository's web view, on {@link DEFAULT_BRANCH}. */
export function documentUrl(web: string, file: string): string {
  const blob = web.startsWith('https://gitlab.com/') ? '-/blob' : 'blob';
  return `${web}/${blob}/${DEFAULT_BRANCH}/${file}`;
}

/** The repository's `origin` remote in `root`, if git knows one. */
export function originOf(root: string): string | undefined {
  const result = spawnSync('git', ['remote', 'get-url', 'origin'], { cwd: root, encoding: 'utf8' });
  return result.status === 0 ? result.stdout.trim() : undefined;
}

/** The URLs the manifest gets, and where each came from. */
export interface ResolvedPolicies {
  urls: PolicyUrls;
  /** One line for the deployer when a URL is missing; undefined when both are set. */
  note?: string;
}

/** The configured URLs, else the repository's own PRIVACY.md and TERMS.md when the remote is known. */
export function resolvePolicies(config: SkillConfig, root: string): ResolvedPolicies {
  const origin = config.privacyPolicyUrl && config.termsOfUseUrl ? undefined : originOf(root);
  const web = origin ? webUrlOf(origin) : undefined;
  const urls: PolicyUrls = {};
  for (const key of ['privacyPolicyUrl', 'termsOfUseUrl'] as const) {
    const url = config[key] ?? (web ? documentUrl(web, POLICY_FILES[key]) : undefined);
    if (url) urls[key] = url;
  }
  const missing = (['privacyPolicyUrl', 'termsOfUseUrl'] as const).filter((key) => !urls[key]);
  return missing.length === 0
    ? { urls }
    : {
        urls,
        note:
          `no ${missing.join(' or ')} (skill.config.json, or a GitHub/GitLab "origin" remote): ` +
          'the manifest goes without; certification wants both (--privacy-url, --terms-url)',
      };
}

const CONTACT = /(<!-- contact -->)([\s\S]*?)(<!-- \/contact -->)/;

/** The contact line for an address, as PRIVACY.md and TERMS.md show it. */
export function contactLine(email: string): string {
  return `[${email}](mailto:${email})`;
}

/**
 * Writes the contact address between the `contact` markers of PRIVACY.md and TERMS.md in `root`;
 * resolves the files it changed (none when they already say it, or have no markers).
 */
export async function fillContact(root: string, email: string): Promise<string[]> {
  const changed: string[] = [];
  for (const file of Object.values(POLICY_FILES)) {
    const path = join(root, file);
    const text = await readFile(path, 'utf8').catch(() => undefined);
    if (text === undefined || !CONTACT.test(text)) continue;
    const next = text.replace(CONTACT, `$1${contactLine(email)}$3`);
    if (next === text) continue;
    await writeFile(path, next);
    changed.push(file);
  }
  return changed;
}
