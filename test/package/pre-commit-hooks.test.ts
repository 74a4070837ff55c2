// .pre-commit-hooks.yaml: the hooks pre-commit installs from this repository
// (language: node installs the package, so `entry` names its bin). Checked
// against what pre-commit reads: id, entry, language, pass_filenames, files.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

interface Hook {
  readonly id: string;
  readonly name: string;
  readonly entry: string;
  readonly language: string;
  readonly pass_filenames: boolean;
  readonly files: string;
}

const hooks = parse(readFileSync('.pre-commit-hooks.yaml', 'utf8')) as Hook[];
const manifest = JSON.parse(readFileSync('package.json', 'utf8')) as { bin: Record<string, string> };

describe('.pre-commit-hooks.yaml', () => {
  it('has the validate and lint hooks, run on the whole project when a YAML file changes', () => {
    expect(hooks.map((hook) => hook.id)).toEqual(['grantform-validate', 'grantform-lint']);
    for (const hook of hooks) {
      expect(hook.language, hook.id).toBe('node');
      expect(hook.pass_filenames, hook.id).toBe(false);
      const files = new RegExp(hook.files);
      for (const name of ['access/sales.yaml', 'grantform.yml']) expect(files.test(name), `${hook.id} ${name}`).toBe(true);
      for (const name of ['README.md', 'yaml/notes.txt']) expect(files.test(name), `${hook.id} ${name}`).toBe(false);
    }
  });

  it('runs the package bin with the command its id names', () => {
    for (const hook of hooks) {
      const [bin, command] = hook.entry.split(' ');
      expect(Object.keys(manifest.bin)).toContain(bin);
      expect(hook.id).toBe(`grantform-${command}`);
    }
  });
});
