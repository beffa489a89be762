import fs from 'node:fs';
import path from 'node:path';
import { ESLint } from 'eslint';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// The import boundaries of eslint.config.js, checked through ESLint's own API on code that
// crosses them. The imports point at real files (picked from disk, since files move between
// folders), because the path rules see only imports the resolver can follow.

const root = path.resolve(import.meta.dirname, '../..');
const eslint = new ESLint({ cwd: root });

/** An import path (without extension) to some real .ts/.tsx module in src/features/<feature>/. */
function moduleOf(feature: string): string {
  const dir = path.join(root, 'src/features', feature);
  const file = fs
    .readdirSync(dir)
    .sort()
    .find((name) => /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name));
  if (!file) throw new Error(`no module in src/features/${feature}`);
  return `${feature}/${file.replace(/\.tsx?$/, '')}`;
}

async function messages(code: string, file: string): Promise<{ ruleId: string | null; message: string }[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(root, file) });
  return (result?.messages ?? []).map(({ ruleId, message }) => ({ ruleId, message }));
}

async function boundaryErrors(code: string, file: string): Promise<string[]> {
  return (await messages(code, file)).filter((m) => m.ruleId === 'import-x/no-restricted-paths').map((m) => m.message);
}

describe('import boundaries (eslint.config.js)', { timeout: 60_000 }, () => {
  const history = moduleOf('history');
  const workout = moduleOf('workout');
  const templates = moduleOf('templates');

  it('rejects a feature importing another feature through ../../features/', async () => {
    const errors = await boundaryErrors(
      `import * as m from '../../features/${history}';\nexport const n = m;\n`,
      'src/features/templates/foo.tsx',
    );
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain('A feature does not import another feature');
  });

  it('rejects a feature importing another feature through ../', async () => {
    const errors = await boundaryErrors(`import * as m from '../${history}';\nexport const n = m;\n`, 'src/features/templates/foo.tsx');
    expect(errors).toHaveLength(1);
  });

  it('rejects ui/ importing a feature', async () => {
    const errors = await boundaryErrors(`import * as m from '../features/${workout}';\nexport const n = m;\n`, 'src/ui/foo.tsx');
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain('ui/');
  });

  it('rejects store/ importing a feature', async () => {
    const errors = await boundaryErrors(`import * as m from '../features/${history}';\nexport const n = m;\n`, 'src/store/foo.ts');
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain('store/');
  });

  it('allows an import inside the same feature, however it is spelled', async () => {
    const file = templates.split('/')[1];
    expect(await messages(`import * as m from './${file}';\nexport const n = m;\n`, 'src/features/templates/foo.tsx')).toEqual([]);
    expect(
      await messages(`import * as m from '../../features/${templates}';\nexport const n = m;\n`, 'src/features/templates/foo.tsx'),
    ).toEqual([]);
  });

  it('lets a folder inside domain/ import domain/ one level up, and nothing outside it', async () => {
    const file = 'src/domain/exercise-mapping/foo.ts';
    expect(await messages(`import * as m from '../set-values';\nexport const n = m;\n`, file)).toEqual([]);
    const escaping = await messages(`import * as m from '../../ui/format';\nexport const n = m;\n`, file);
    expect(escaping.map((m) => m.ruleId)).toEqual(['no-restricted-imports', 'import-x/no-restricted-paths']);
  });

  it('rejects an import the resolver cannot follow (a zone could not see it)', async () => {
    const found = await messages(
      `import * as m from '../history/no-such-module';\nexport const n = m;\n`,
      'src/features/templates/foo.tsx',
    );
    expect(found.map((m) => m.ruleId)).toContain('import-x/no-unresolved');
  });

  describe('import cycles', () => {
    // no-cycle follows imports on disk, so the two modules are real files in a folder of their own.
    let dir = '';
    beforeAll(() => {
      dir = fs.mkdtempSync(path.join(root, 'src/domain/lint-cycle-'));
      fs.writeFileSync(path.join(dir, 'a.ts'), "import { b } from './b';\nexport const a = (): number => b() + 1;\n");
      fs.writeFileSync(path.join(dir, 'b.ts'), "import { a } from './a';\nexport const b = (): number => a() + 1;\n");
    });
    afterAll(() => {
      if (dir) fs.rmSync(dir, { recursive: true, force: true });
    });

    it('reports a two-file cycle', async () => {
      const results = await eslint.lintFiles([path.join(dir, 'a.ts'), path.join(dir, 'b.ts')]);
      const cycles = results.map((r) => r.messages.filter((m) => m.ruleId === 'import-x/no-cycle').length);
      expect(cycles).toEqual([1, 1]);
    });
  });
});
