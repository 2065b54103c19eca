/**
 * The privacy and terms URLs the manifest links to, and the contact line in PRIVACY.md and TERMS.md.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  contactLine,
  documentUrl,
  fillContact,
  resolvePolicies,
  webUrlOf,
} from '../../../tools/deploy/policies';

const REPO = join(__dirname, '..', '..', '..');

function gitRepo(remote?: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'run-coach-policies-'));
  spawnSync('git', ['init', '-q'], { cwd: dir });
  if (remote) spawnSync('git', ['remote', 'add', 'origin', remote], { cwd: dir });
  return dir;
}

describe('the policy URLs', () => {
  it('reads GitHub and GitLab remotes in their https and ssh forms, and nothing else', () => {
    for (const remote of [
      'https://github.com/runner/run-coach.git',
      'https://github.com/runner/run-coach',
      'git@github.com:runner/run-coach.git',
      'ssh://git@github.com/runner/run-coach.git',
    ]) {
      expect(webUrlOf(remote)).toBe('https://github.com/runner/run-coach');
    }
    expect(webUrlOf('git@gitlab.com:runner/run-coach.git')).toBe('https://gitlab.com/runner/run-coach');
    expect(webUrlOf('https://git.example.com/runner/run-coach.git')).toBeUndefined();
    expect(webUrlOf('/srv/git/run-coach.git')).toBeUndefined();
    expect(documentUrl('https://github.com/runner/run-coach', 'PRIVACY.md')).toBe(
      'https://github.com/runner/run-coach/blob/main/PRIVACY.md',
    );
    expect(documentUrl('https://gitlab.com/runner/run-coach', 'TERMS.md')).toBe(
      'https://gitlab.com/runner/run-coach/-/blob/main/TERMS.md',
    );
  });

  it("defaults to the repository's own PRIVACY.md and TERMS.md, and the settings win", () => {
    const dir = gitRepo('git@github.com:runner/run-coach.git');
    expect(resolvePolicies({}, dir)).toEqual({
      urls: {
        privacyPolicyUrl: 'https://github.com/runner/run-coach/blob/main/PRIVACY.md',
        termsOfUseUrl: 'https://github.com/runner/run-coach/blob/main/TERMS.md',
      },
    });
    const own = resolvePolicies({ privacyPolicyUrl: 'https://example.org/privacy' }, dir);
    expect(own.urls.privacyPolicyUrl).toBe('https://example.org/privacy');
    expect(own.urls.termsOfUseUrl).toBe('https://github.com/runner/run-coach/blob/main/TERMS.md');
  });

  it('goes without, and says so, when neither a setting nor a known remote gives a URL', () => {
    const resolved = resolvePolicies({}, gitRepo());
    expect(resolved.urls).toEqual({});
    expect(resolved.note).toMatch(/certification wants both/);
  });
});

describe('the contact line', () => {
  it('is written between the markers of PRIVACY.md and TERMS.md, once', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'run-coach-contact-'));
    for (const file of ['PRIVACY.md', 'TERMS.md']) copyFileSync(join(REPO, file), join(dir, file));
    expect(await fillContact(dir, 'coach@example.com')).toEqual(['PRIVACY.md', 'TERMS.md']);
    for (const file of ['PRIVACY.md', 'TERMS.md']) {
      const text = readFileSync(join(dir, file), 'utf8');
      expect(text).toContain(`<!-- contact -->${contactLine('coach@example.com')}<!-- /contact -->`);
      expect(text).not.toContain('Alexa Skills Store page');
    }
    expect(await fillContact(dir, 'coach@example.com')).toEqual([]);
    expect(await fillContact(dir, 'other@example.com')).toEqual(['PRIVACY.md', 'TERMS.md']);
  });
});
