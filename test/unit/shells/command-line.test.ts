/** The CLI reads what a person types: negative stock changes, quoted reasons, `--opt=value`. */
import { describe, expect, it } from 'vitest';
import { UsageError, type OptionSpec } from '../../../src/main/cli/command';
import { parseCommandLine } from '../../../src/main/cli/parse-command-line';

const specs: Record<string, OptionSpec> = {
  reason: { type: 'string', description: 'why' },
  json: { type: 'boolean', description: 'as JSON' },
};

describe('reading a command line', () => {
  it('takes a negative number as a stock change, not as an option', () => {
    expect(parseCommandLine(['TEE-M', '-3', '--reason', 'Damaged'], specs)).toEqual({
      positionals: ['TEE-M', '-3'],
      options: { reason: 'Damaged' },
    });
  });

  it('accepts --name=value, flags, and everything after -- as arguments', () => {
    expect(parseCommandLine(['--reason=Found one', '--json', '--', '--odd-sku'], specs)).toEqual({
      positionals: ['--odd-sku'],
      options: { reason: 'Found one', json: true },
    });
  });

  it('refuses unknown options and options missing their value', () => {
    expect(() => parseCommandLine(['--force'], specs)).toThrow(UsageError);
    expect(() => parseCommandLine(['--reason'], specs)).toThrow(/--reason needs a value/);
    expect(() => parseCommandLine(['--json=yes'], specs)).toThrow(/takes no value/);
  });
});
