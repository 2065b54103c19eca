import { Metrics } from '@aws-lambda-powertools/metrics';
import {
  METRIC_NAMES,
  METRICS_NAMESPACE,
  powertoolsMetrics,
  recordingMetrics,
  SERVICE_NAME,
  STORE_OPERATIONS,
} from '../../../lambda/core/metrics';
import { launchRequest } from '../../../harness/envelopes';
import { skillUnderTest, testDeps } from '../../../harness/skill';

interface EmfLine {
  _aws: { CloudWatchMetrics: { Namespace: string; Dimensions: string[][]; Metrics: { Name: string }[] }[] };
  [key: string]: unknown;
}

/** Everything written to stdout while `run` runs. */
function stdoutOf(run: () => void): string {
  const lines: string[] = [];
  const spy = jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    lines.push(String(chunk));
    return true;
  });
  try {
    run();
  } finally {
    spy.mockRestore();
  }
  return lines.join('');
}

/** The EMF lines Powertools writes to stdout while `run` runs. */
function emfOf(run: () => void): EmfLine[] {
  return stdoutOf(run)
    .split('\n')
    .filter((line) => line.startsWith('{'))
    .map((line) => JSON.parse(line) as EmfLine);
}

describe('the metrics port', () => {
  it('names come from a closed list, and dimensions can only be a store operation', () => {
    expect(METRIC_NAMES).toEqual(
      expect.arrayContaining(['StoreFailure', 'UnconfirmedSave', 'RestDayLogged']),
    );
    expect(STORE_OPERATIONS).toContain('logRestDay');
  });

  it('the recorder keeps every count, by name and operation', () => {
    const metrics = recordingMetrics();
    metrics.count('StoreFailure', { operation: 'logRestDay' });
    metrics.count('StoreFailure', { operation: 'recent' });
    metrics.count('RestDayLogged');
    metrics.flush();
    expect(metrics.total('StoreFailure')).toBe(2);
    expect(metrics.total('StoreFailure', 'recent')).toBe(1);
    expect(metrics.total('RestDayLogged')).toBe(1);
    expect(metrics.flushes).toBe(1);
  });
});

describe('Powertools (CloudWatch embedded metric format)', () => {
  const saved = { ...process.env };
  beforeEach(() => {
    delete process.env.POWERTOOLS_DEV;
    delete process.env.POWERTOOLS_METRICS_DISABLED;
  });
  afterEach(() => {
    process.env = { ...saved };
  });

  it('a store failure goes out at once with its operation, and into the invocation total with the service only', () => {
    const metrics = powertoolsMetrics(
      new Metrics({ namespace: METRICS_NAMESPACE, serviceName: SERVICE_NAME }),
    );
    const immediate = emfOf(() => {
      metrics.count('StoreFailure', { operation: 'logRestDay' });
    });
    expect(immediate).toHaveLength(1);
    expect(immediate[0]!._aws.CloudWatchMetrics[0]).toEqual({
      Namespace: 'RunCoach',
      Dimensions: [['service', 'operation']],
      Metrics: [{ Name: 'StoreFailure', Unit: 'Count' }],
    });
    expect(immediate[0]).toMatchObject({ service: 'run-coach', operation: 'logRestDay', StoreFailure: 1 });

    const flushed = emfOf(() => {
      metrics.count('RestDayLogged');
      metrics.flush();
    });
    expect(flushed).toHaveLength(1);
    expect(flushed[0]!._aws.CloudWatchMetrics[0]?.Dimensions).toEqual([['service']]);
    expect(flushed[0]).toMatchObject({ service: 'run-coach', StoreFailure: 1, RestDayLogged: 1 });
    expect(Object.keys(flushed[0]!).sort()).toEqual(['RestDayLogged', 'StoreFailure', '_aws', 'service']);
  });

  it('an invocation that counted nothing writes nothing (not even the "no metrics" warning)', () => {
    const metrics = powertoolsMetrics(
      new Metrics({ namespace: METRICS_NAMESPACE, serviceName: SERVICE_NAME }),
    );
    const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
    const written = stdoutOf(() => {
      metrics.flush();
    });
    expect(written).toBe('');
    expect(warn).not.toHaveBeenCalled();
    warn.mockRestore();
  });
});

describe('createSkill flushes the metrics once per invocation', () => {
  it('after an answered request', async () => {
    const deps = testDeps();
    await skillUnderTest(deps)(launchRequest());
    expect(deps.metrics).toMatchObject({ flushes: 1 });
  });

  it('after a request that fails, too', async () => {
    const deps = testDeps();
    await expect(skillUnderTest(deps)({ not: 'an envelope' } as never)).rejects.toThrow();
    expect(deps.metrics).toMatchObject({ flushes: 1 });
  });

  it('refuses to be built without a skill id', () => {
    expect(() => skillUnderTest(testDeps({ skillId: '' }))).toThrow(/skill ID/);
  });
});
