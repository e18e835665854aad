// Starts a unit already inside its cgroup: a tiny /bin/sh wrapper moves itself in, then execs the unit's program (same pid, nothing born outside).
/**
 * Node's spawn cannot place a child in a cgroup before it runs, and moving it afterwards
 * races with its first fork. The wrapper writes its own pid (`$$`) to the cgroup's
 * `cgroup.procs` and only then `exec`s the program, so the unit's leader and everything it
 * starts are members from their first instruction. The cgroup path and the argv are separate
 * arguments (`"$1"`, `"$@"`), never text in the script, so no path or argument can inject
 * anything. `exec` keeps the pid, so the spawned pid, the process group and the exit status
 * are the program's own.
 */
const SCRIPT =
  'echo $$ > "$1/cgroup.procs" || { echo "testwarden: could not enter cgroup $1" >&2; exit 122; }; shift; exec "$@"';

/** Exit status of the wrapper when it could not enter the cgroup (the program never ran). */
export const CGROUP_ENTRY_FAILED_EXIT = 122;

/** `$0` of the wrapper, as it shows in `ps` for the instant before the exec. */
const WRAPPER_NAME = 'testwarden-cgroup-enter';

export const CGROUP_SHELL = '/bin/sh';

/**
 * The command to spawn instead of `program args`. Spawn it as before (detached, same env and
 * stdio). A program that cannot be found or run no longer fails the spawn: the shell reports
 * it on stderr and exits 127 (not found) or 126 (not executable).
 */
export function wrapCommandForCgroup(
  cgroupPath: string,
  program: string,
  args: readonly string[],
): { program: string; args: string[] } {
  return {
    program: CGROUP_SHELL,
    args: ['-c', SCRIPT, WRAPPER_NAME, cgroupPath, program, ...args],
  };
}
