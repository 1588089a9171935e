/** `npm run bench -- [--out FILE] [--only read,store,…] [--quick] [--reuse-build]` */
export const FAMILIES = ['engine', 'size', 'read', 'reread', 'store', 'popup', 'host'] as const;
export type Family = (typeof FAMILIES)[number];

export interface BenchArgs {
  out: string | null;
  only: Set<Family>;
  quick: boolean;
  reuseBuild: boolean;
}

export const USAGE = `usage: npm run bench -- [--out FILE] [--only ${FAMILIES.join(',')}] [--quick] [--reuse-build]
  --out FILE      also write the figures as JSON
  --only LIST     run only these measure families
  --quick         fewer repetitions (a smoke run, figures are noisier)
  --reuse-build   use the builds in .output/bench when present instead of building again`;

export function parseArgs(argv: readonly string[]): BenchArgs {
  const a: BenchArgs = { out: null, only: new Set(FAMILIES), quick: false, reuseBuild: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--out') a.out = argv[++i] ?? null;
    else if (arg === '--quick') a.quick = true;
    else if (arg === '--reuse-build') a.reuseBuild = true;
    else if (arg === '--only') {
      const list = (argv[++i] ?? '').split(',').map((s) => s.trim()).filter(Boolean);
      const bad = list.filter((f) => !(FAMILIES as readonly string[]).includes(f));
      if (bad.length || list.length === 0) throw new Error(`unknown family ${bad.join(', ')}\n${USAGE}`);
      a.only = new Set(list as Family[]);
    } else if (arg === '--help' || arg === '-h') throw new Error(USAGE);
    else throw new Error(`unknown argument ${arg}\n${USAGE}`);
  }
  if (argv.includes('--out') && !a.out) throw new Error(`--out needs a file\n${USAGE}`);
  return a;
}
