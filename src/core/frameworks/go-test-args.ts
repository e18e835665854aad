// Splits the arguments given to `go test` after `--` into flags and package patterns, knowing which flags take a value, so `go list` gets only what it accepts.

/** `go test` flags (and the test binary's) that take a value; written apart (`-count 1`) the next argument is theirs. */
const TEST_VALUE_FLAGS = new Set([
  'bench',
  'benchtime',
  'blockprofile',
  'blockprofilerate',
  'count',
  'coverprofile',
  'cpu',
  'cpuprofile',
  'exec',
  'fuzz',
  'fuzzcachedir',
  'fuzzminimizetime',
  'fuzztime',
  'list',
  'memprofile',
  'memprofilerate',
  'mutexprofile',
  'mutexprofilefraction',
  'o',
  'outputdir',
  'parallel',
  'run',
  'shuffle',
  'skip',
  'timeout',
  'trace',
  'vet',
]);

/** Build flags that take a value, which `go list` accepts as `go test` does. */
const BUILD_VALUE_FLAGS = new Set([
  'asmflags',
  'buildmode',
  'buildvcs',
  'compiler',
  'gccgoflags',
  'gcflags',
  'installsuffix',
  'ldflags',
  'mod',
  'modfile',
  'overlay',
  'p',
  'pgo',
  'pkgdir',
  'tags',
  'toolexec',
]);

/** Boolean build flags `go list` accepts and that can change which packages build. */
const BUILD_BOOL_FLAGS = new Set(['asan', 'linkshared', 'modcacherw', 'msan', 'race', 'trimpath']);

/** `-cover*` are build flags in newer Go and test flags in older: never for `go list`. */
const COVER_VALUE_FLAGS = new Set(['covermode', 'coverpkg']);

export interface GoTestArgs {
  /** Every flag with its value, in order, as `go test` takes them (package patterns left out). */
  flags: string[];
  /** The build flags alone, for `go list`. */
  buildFlags: string[];
  /** Package patterns (`./...`, `./pkg`, import paths). */
  packages: string[];
  /** `-args` and what follows it: the test binary's own arguments. */
  binaryArgs: string[];
}

export function splitGoTestArgs(args: readonly string[]): GoTestArgs {
  const out: GoTestArgs = { flags: [], buildFlags: [], packages: [], binaryArgs: [] };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (!arg.startsWith('-') || arg === '-') {
      out.packages.push(arg);
      continue;
    }
    const name = arg.replace(/^--?/, '').split('=')[0]!;
    if (name === 'args') {
      out.binaryArgs = args.slice(i);
      break;
    }
    const inline = arg.includes('=');
    const bare = name.replace(/^test\./, '');
    const takesValue =
      TEST_VALUE_FLAGS.has(bare) || BUILD_VALUE_FLAGS.has(name) || COVER_VALUE_FLAGS.has(name);
    const flag = takesValue && !inline && i + 1 < args.length ? [arg, args[++i]!] : [arg];
    out.flags.push(...flag);
    if (BUILD_VALUE_FLAGS.has(name) || BUILD_BOOL_FLAGS.has(name)) out.buildFlags.push(...flag);
  }
  return out;
}

/** The packages a whole run names: those given after `--` replace `./...`, they are not added to it. */
export function packagesOrAll(args: GoTestArgs): string[] {
  return args.packages.length > 0 ? args.packages : ['./...'];
}
