import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from './config';

describe('loadConfig', () => {
  it('uses defaults: port 8080 and ./data', () => {
    const result = loadConfig({}, {});
    expect(result.ok && result.config.port).toBe(8080);
    expect(result.ok && result.config.dataDir).toBe(path.resolve('data'));
  });
  it('lets flags win over environment variables', () => {
    const result = loadConfig({ port: '9000' }, { PORT: '7000', KINBRIDGE_DATA: '/tmp/kb' });
    expect(result.ok && result.config.port).toBe(9000);
    expect(result.ok && result.config.dataDir).toBe('/tmp/kb');
  });
  it('explains every problem in plain words with the variable name', () => {
    const result = loadConfig({}, { PORT: 'eighty', DATABASE_URL: 'mysql://x' });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.errors.join('\n')).toMatch(/port \(PORT\)/);
      expect(result.errors.join('\n')).toMatch(/databaseUrl \(DATABASE_URL\): must start with postgres/);
    }
  });
});
