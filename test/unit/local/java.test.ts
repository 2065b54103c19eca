/**
 * DynamoDB Local needs Java 17+: without it the tests say so in one line, with the install command,
 * instead of failing after DynamoDB Local's start-up wait.
 */
import { mkdtempSync, symlinkSync, writeFileSync, chmodSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { javaProblem } from '../../../harness/dynamo';

/** A PATH holding only a `java` that prints this version banner (or no java at all). */
function pathWithJava(banner?: string): NodeJS.ProcessEnv {
  const dir = mkdtempSync(join(tmpdir(), 'run-coach-java-'));
  symlinkSync(process.execPath, join(dir, 'node'));
  if (banner !== undefined) {
    const java = join(dir, 'java');
    writeFileSync(java, `#!${process.execPath}\nprocess.stderr.write(${JSON.stringify(banner)});\n`);
    chmodSync(java, 0o755);
  }
  return { PATH: dir };
}

describe('the Java check before DynamoDB Local', () => {
  it('names the missing java and the command that installs it, in one line', () => {
    const problem = javaProblem(pathWithJava());
    expect(problem).toMatch(/no java was found on PATH.*apt-get install openjdk-17-jre-headless/);
    expect(problem?.split('\n')).toHaveLength(1);
  });

  it('refuses a Java older than 17, and accepts 17 and later', () => {
    expect(javaProblem(pathWithJava('java version "1.8.0_392"\n'))).toMatch(/Java 17 or later, found 8/);
    expect(javaProblem(pathWithJava('openjdk version "11.0.2" 2019-01-15\n'))).toMatch(/found 11/);
    expect(javaProblem(pathWithJava('openjdk version "17.0.15" 2025-04-15\n'))).toBeUndefined();
    expect(javaProblem(pathWithJava('openjdk version "21" 2023-09-19\n'))).toBeUndefined();
  });
});
