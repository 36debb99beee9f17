// Bundle budgets (issue 7), part of `npm test`: builds the production bundle into its own
// folder and fails, naming the chunk, when
//   - the JS for sign-in + the app shell + the overview's budget card exceeds 150 kB gzip
//     (index.html's entry and the sign-in and overview route chunks, with their static imports;
//     lazy chunks are not part of the first load),
//   - Recharts or the markdown renderer is in that first-load JS, or in the chunks of a page
//     that does not use it (Recharts: the overview's lazily loaded charts; markdown: the
//     transcript pages),
//   - all JS together exceeds 450 kB gzip.
// Sizes are gzip at zlib's default level, the figure `vite build` prints; kB = 1000 bytes.
//
//   node scripts/check-bundle.mjs              build into dist-bundle/, then check
//   node scripts/check-bundle.mjs --no-build   check an earlier build of this script
//   node scripts/check-bundle.mjs --out dir    another folder (dist-* is gitignored)
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

const KB = 1000;
const BUDGET_INITIAL = 150 * KB;
const BUDGET_TOTAL = 450 * KB;
const ENTRY = 'index.html';
/** The routes the first load may need: sign-in, then the overview with its budget card. */
const FIRST_LOAD_ROUTES = ['src/pages/sign-in.tsx', 'src/pages/overview.tsx'];

const HEAVY = [
  {
    name: 'Recharts',
    pattern: /node_modules\/(?:\.pnpm\/[^/]+\/node_modules\/)?(recharts|victory-vendor|d3-[a-z-]+)\//,
    pages: ['src/pages/overview.tsx'],
  },
  {
    name: 'markdown renderer',
    pattern:
      /node_modules\/(?:\.pnpm\/[^/]+\/node_modules\/)?(react-markdown|remark-[a-z-]+|micromark[a-z-]*|mdast-util-[a-z-]+|hast-util-[a-z-]+|unified|vfile[a-z-]*)\//,
    pages: ['src/pages/transcript.tsx', 'src/pages/interaction.tsx'],
  },
];

const args = process.argv.slice(2);
const outIndex = args.indexOf('--out');
const outDir = outIndex >= 0 ? args[outIndex + 1] : 'dist-bundle';
const MODULES_FILE = '.vite/chunk-modules.json';

if (!args.includes('--no-build')) {
  const { build } = await import('vite');
  const started = performance.now();
  await build({
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true, manifest: true, reportCompressedSize: false },
    plugins: [
      {
        // The manifest says which chunk imports which; this says which packages each chunk holds.
        name: 'waa-chunk-modules',
        apply: 'build',
        generateBundle(_options, bundle) {
          const modules = {};
          for (const chunk of Object.values(bundle)) {
            if (chunk.type !== 'chunk') continue;
            modules[chunk.fileName] = Object.entries(chunk.modules)
              .filter(([, info]) => info.renderedLength > 0)
              // Weight for sharing the chunk's size out by module: each one's code gzipped alone.
              .map(([id, info]) => [
                relative(process.cwd(), id.replace(/^\0/, '')),
                info.code ? gzipSync(info.code).length : info.renderedLength,
              ]);
          }
          this.emitFile({ type: 'asset', fileName: MODULES_FILE, source: JSON.stringify(modules) });
        },
      },
    ],
  });
  console.log(`Built ${outDir}/ in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

const manifestPath = join(outDir, '.vite/manifest.json');
const modulesPath = join(outDir, MODULES_FILE);
if (!existsSync(manifestPath) || !existsSync(modulesPath)) {
  console.error(`No build of this script in ${outDir}/ (run without --no-build).`);
  process.exit(2);
}
/** @type {Record<string, {file: string, imports?: string[], dynamicImports?: string[], isEntry?: boolean, isDynamicEntry?: boolean, src?: string}>} */
const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
/** @type {Record<string, [id: string, weight: number][]>} */
const chunkModules = JSON.parse(readFileSync(modulesPath, 'utf8'));

const files = readdirSync(join(outDir, 'assets')).filter((f) => f.endsWith('.js'));
const size = new Map(
  files.map((f) => {
    const code = readFileSync(join(outDir, 'assets', f));
    return [`assets/${f}`, { raw: code.length, gzip: gzipSync(code).length }];
  }),
);

/** Chunk files a manifest key loads: itself and its static imports, or (`lazy`) everything. */
function closure(keys, { lazy = false } = {}) {
  const seen = new Set();
  const out = new Set();
  const visit = (key) => {
    if (seen.has(key)) return;
    seen.add(key);
    const item = manifest[key];
    if (!item) throw new Error(`${key} is not in ${manifestPath}`);
    if (item.file.endsWith('.js')) out.add(item.file);
    for (const next of item.imports ?? []) visit(next);
    // A page's lazy parts belong to it; the entry's lazy imports are every other page.
    if (lazy && key !== ENTRY) for (const next of item.dynamicImports ?? []) visit(next);
  };
  keys.forEach(visit);
  return out;
}

function heavyIn(file) {
  const found = new Map();
  for (const [id] of chunkModules[file] ?? []) {
    for (const lib of HEAVY) {
      const match = id.match(lib.pattern);
      if (match) found.set(lib.name, [...new Set([...(found.get(lib.name) ?? []), match[1]])]);
    }
  }
  return found;
}

const failures = [];
const initial = closure([ENTRY, ...FIRST_LOAD_ROUTES]);
const pages = Object.entries(manifest)
  .filter(([key, item]) => item.isDynamicEntry && key.startsWith('src/pages/'))
  .map(([key]) => key);
const pageChunks = new Map(pages.map((page) => [page, closure([page], { lazy: true })]));
const shared = closure([ENTRY]);

// Who loads each chunk: the first load, or the pages (with their lazy parts) that need it.
const loadedBy = new Map();
for (const file of size.keys()) {
  const users = pages
    .filter((page) => pageChunks.get(page).has(file) && !shared.has(file))
    .map((page) => page.replace(/^src\/pages\/|\.tsx$/g, ''));
  loadedBy.set(
    file,
    initial.has(file) ? ['FIRST LOAD', ...users.filter((u) => u !== 'sign-in' && u !== 'overview')] : users,
  );
}

const listPackages = (packages) =>
  packages.length > 3
    ? `${packages.slice(0, 3).join(', ')} and ${packages.length - 3} more`
    : packages.join(', ');
for (const file of initial) {
  for (const [lib, packages] of heavyIn(file)) {
    failures.push(
      `${file} is loaded for sign-in/shell/budget card but holds ${lib} (${listPackages(packages)})`,
    );
  }
}
for (const file of size.keys()) {
  if (initial.has(file)) continue;
  for (const [lib, packages] of heavyIn(file)) {
    const rule = HEAVY.find((h) => h.name === lib);
    const wrong = pages.filter((page) => pageChunks.get(page).has(file) && !rule.pages.includes(page));
    if (wrong.length) {
      failures.push(
        `${file} holds ${lib} (${listPackages(packages)}) and is loaded by ${wrong.join(', ')}, which do not use it`,
      );
    }
  }
}

const sum = (set) => [...set].reduce((total, file) => total + (size.get(file)?.gzip ?? 0), 0);
const initialGzip = sum(initial);
const totalGzip = sum(new Set(size.keys()));
if (initialGzip > BUDGET_INITIAL) {
  const biggest = [...initial].sort((a, b) => size.get(b).gzip - size.get(a).gzip).slice(0, 3);
  failures.push(
    `first-load JS is ${fmt(initialGzip)} kB gzip, over ${fmt(BUDGET_INITIAL)} kB; biggest: ${biggest
      .map((f) => `${f} (${fmt(size.get(f).gzip)} kB)`)
      .join(', ')}`,
  );
}
if (totalGzip > BUDGET_TOTAL) {
  const biggest = [...size.keys()].sort((a, b) => size.get(b).gzip - size.get(a).gzip).slice(0, 3);
  failures.push(
    `all JS is ${fmt(totalGzip)} kB gzip, over ${fmt(BUDGET_TOTAL)} kB; biggest: ${biggest
      .map((f) => `${f} (${fmt(size.get(f).gzip)} kB)`)
      .join(', ')}`,
  );
}

function fmt(bytes) {
  return (bytes / KB).toFixed(1);
}

const rows = [...size.entries()].sort((a, b) => b[1].gzip - a[1].gzip);
const nameWidth = Math.max(...rows.map(([f]) => f.length));
console.log(
  `\n${'chunk'.padEnd(nameWidth)}  ${'raw kB'.padStart(7)}  ${'gzip kB'.padStart(7)}  loaded by · heavy libraries`,
);
for (const [file, s] of rows) {
  const libs = [...heavyIn(file).keys()];
  const users = loadedBy.get(file);
  const who = users.length ? users.join(', ') : shared.has(file) ? 'FIRST LOAD' : 'lazy';
  console.log(
    `${file.padEnd(nameWidth)}  ${fmt(s.raw).padStart(7)}  ${fmt(s.gzip).padStart(7)}  ${who}${libs.length ? ` · ${libs.join(', ')}` : ''}`,
  );
}
console.log(
  `\nFirst load (sign-in + shell + budget card): ${fmt(initialGzip)} kB gzip of ${fmt(BUDGET_INITIAL)} kB, ${initial.size} chunks`,
);
console.log(`All JS: ${fmt(totalGzip)} kB gzip of ${fmt(BUDGET_TOTAL)} kB, ${size.size} chunks`);

// Where the first load's bytes come from: each chunk's gzip shared out by its modules' sizes.
const byPackage = new Map();
for (const file of initial) {
  const modules = chunkModules[file] ?? [];
  const weights = modules.reduce((total, [, weight]) => total + weight, 0) || 1;
  for (const [id, bytes] of modules) {
    const name =
      id.match(/node_modules\/(@radix-ui|(?:@[^/]+\/)?[^/]+)/)?.[1] ??
      (id.startsWith('src/') ? id.split('/').slice(0, 2).join('/') : 'other');
    byPackage.set(name, (byPackage.get(name) ?? 0) + (size.get(file).gzip * bytes) / weights);
  }
}
const top = [...byPackage].sort((a, b) => b[1] - a[1]).slice(0, 10);
console.log(
  `First load by package (≈ gzip kB): ${top.map(([name, bytes]) => `${name} ${fmt(bytes)}`).join(' · ')}`,
);

if (failures.length) {
  console.error(`\nBundle budget check FAILED:\n${failures.map((f) => `  - ${f}`).join('\n')}`);
  process.exit(1);
}
console.log('Bundle budgets: PASS');
