/**
 * docs/rules.md says what the code does: its block of defaults is the code's defaults, and every
 * setting it names by key is a setting.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_SETTINGS } from '../src/core/settings';

const rules = readFileSync(join(__dirname, '../docs/rules.md'), 'utf8');

describe('docs/rules.md', () => {
  it('gives the defaults the code has, every one of them', () => {
    const block = /## 设置的默认值[^]*?```json\n([^]*?)```/u.exec(rules)?.[1];
    expect(block).toBeDefined();
    expect(JSON.parse(block as string)).toEqual(DEFAULT_SETTINGS);
  });

  it('names only settings that exist', () => {
    const keys = [...rules.matchAll(/\(`(\w+)`/gu)].map((m) => m[1]);
    expect(keys.length).toBeGreaterThan(10);
    for (const key of keys) expect(Object.keys(DEFAULT_SETTINGS)).toContain(key);
  });
});
