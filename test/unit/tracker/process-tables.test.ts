// The process tables' parsing and command construction against recorded outputs (macOS `ps`, Windows CIM), the real `ps` on this machine, and the Windows code path run with its platform injected.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { DescentRecorder } from '../../../src/core/tracker/descent.js';
import { readStat } from '../../../src/core/tracker/proc-table.js';
import {
  chooseProcessTableKind,
  useProcessTable,
  withCommands,
  type ProcessInfo,
} from '../../../src/core/tracker/process-table.js';
import { createPsTable, parsePsOutput, psArgs } from '../../../src/core/tracker/ps-table.js';
import { terminate } from '../../../src/core/tracker/terminate.js';
import { windowsKillList } from '../../../src/core/tracker/windows-kill.js';
import { linuxOnly } from '../../support/platform.js';
import {
  createWindowsTable,
  parseDmtf,
  parseWindowsProcesses,
  taskkillArgs,
  windowsQueryCommand,
  type WindowsQueryRunner,
} from '../../../src/core/tracker/windows-table.js';

const fixture = (name: string) =>
  readFileSync(
    fileURLToPath(new URL(`../../fixtures/process-tables/${name}`, import.meta.url)),
    'utf8',
  );

afterEach(() => useProcessTable(undefined));

describe('choosing the table', () => {
  it('follows the platform, and the environment variable where the choice runs there', () => {
    expect(chooseProcessTableKind('linux', {})).toBe('proc');
    expect(chooseProcessTableKind('darwin', {})).toBe('ps');
    expect(chooseProcessTableKind('freebsd', {})).toBe('ps');
    expect(chooseProcessTableKind('win32', {})).toBe('windows');
    expect(chooseProcessTableKind('linux', { TESTWARDEN_PROCESS_TABLE: 'ps' })).toBe('ps');
    expect(() => chooseProcessTableKind('darwin', { TESTWARDEN_PROCESS_TABLE: 'proc' })).toThrow(
      'TESTWARDEN_PROCESS_TABLE: expected ps on darwin, got "proc"',
    );
    expect(() => chooseProcessTableKind('linux', { TESTWARDEN_PROCESS_TABLE: 'PS' })).toThrow(
      'expected proc or ps on linux, got "PS"',
    );
  });
});

describe('ps (macOS)', () => {
  it('asks for fields both macOS and procps know; command lines only for named pids', () => {
    expect(psArgs(undefined, 'darwin')).toEqual([
      '-A',
      '-o',
      'pid=,ppid=,pgid=,stat=,rss=,lstart=',
    ]);
    expect(psArgs([12, 13], 'darwin')).toEqual([
      '-ww',
      '-o',
      'pid=,ppid=,pgid=,stat=,rss=,lstart=,command=',
      '-p',
      '12,13',
    ]);
    // procps reads every process for -p; -q reads only the named ones.
    expect(psArgs([12, 13], 'linux')).toEqual([
      '-ww',
      '-o',
      'pid=,ppid=,pgid=,stat=,rss=,lstart=,command=',
      '-q',
      '12,13',
    ]);
    const [swept] = parsePsOutput('  5133  5120  5133 Ss    1840 Sat Dec  5 16:49:03 2026\n');
    expect(swept).toMatchObject({ pid: 5133, rssBytes: 1840 * 1024, command: undefined });
  });

  it('parses a recorded macOS listing: start times, zombies, spaces in commands', () => {
    const list = parsePsOutput(fixture('macos-ps.txt'));
    expect(list).toHaveLength(7);
    expect(list[3]).toEqual({
      pid: 5133,
      ppid: 5120,
      pgrp: 5133,
      startTime: Date.UTC(2026, 11, 5, 16, 49, 3) / 1000,
      zombie: false,
      rssBytes: 1840 * 1024,
      command: 'sh -c npm test -- "my file.test.js"',
    });
    expect(list[5]).toMatchObject({ pid: 5141, zombie: true, command: '(sh)' });
    expect(list[6]).toMatchObject({
      startTime: Date.UTC(2026, 9, 15, 6, 5, 9) / 1000,
      command: '/Applications/Some App.app/Contents/MacOS/Some App --flag=a b',
    });
    expect(parsePsOutput('garbage\n  12 x\n')).toEqual([]);
  });

  it.skipIf(linuxOnly('real ps against /proc', '/proc'))(
    'reads this machine through the real ps: the same process, parent and start second as /proc',
    () => {
      const table = createPsTable();
      const [self] = table.list([process.pid]);
      expect(self).toMatchObject({ pid: process.pid, ppid: process.ppid, zombie: false });
      expect(self!.rssBytes).toBeGreaterThan(10 * 1024 * 1024);
      expect(self!.command).toContain('node');
      // procps derives lstart from the boot time and field 22 of stat, as /proc does.
      const stat = readStat(process.pid)!;
      const btime = Number(/^btime (\d+)/m.exec(readFileSync('/proc/stat', 'utf8'))![1]);
      expect(Math.abs(self!.startTime - (btime + stat.startTime / 100))).toBeLessThanOrEqual(1);
      expect(table.list([2 ** 22 + 7])).toEqual([]);
      expect(table.problem).toBeUndefined();
      expect(table.list().length).toBeGreaterThan(3);
    },
  );

  it.skipIf(linuxOnly('real ps sweeps and command look-ups', 'procps ps'))(
    'sweeps without command lines, then looks up only the ones asked for, checking the start time',
    () => {
      const table = createPsTable();
      const sweep = table.list();
      const self = sweep.find((p) => p.pid === process.pid)!;
      expect(self).toMatchObject({ ppid: process.ppid, command: undefined });
      expect(sweep.every((p) => p.command === undefined)).toBe(true);
      const before = table.sweeps;
      const [named, reused, gone] = withCommands(
        [self, { ...self, pid: process.ppid, startTime: 1 }, { ...self, pid: 2 ** 22 + 7 }],
        table,
      );
      expect(table.sweeps).toBe(before + 1);
      expect(named!.command).toContain('node');
      // Another process holds that pid now (its start time differs): no command is taken from it.
      expect(reused!.command).toBeUndefined();
      expect(gone!.command).toBeUndefined();
      expect(withCommands([named!], table)).toEqual([named]);
      expect(table.sweeps).toBe(before + 1);
    },
  );

  it('says so when ps cannot run, instead of crashing', async () => {
    const table = createPsTable('/nonexistent/ps');
    expect(table.list()).toEqual([]);
    expect(table.problem).toMatch(/^ps could not run: .*ENOENT/);
    expect(await table.listAsync()).toEqual([]);
  });
});

describe('Windows (CIM)', () => {
  it('parses DMTF dates with their offset', () => {
    const at = Date.UTC(2026, 11, 5, 16, 52, 41) * 1000 + 123456;
    expect(parseDmtf('20261205165241.123456+000')).toBe(at);
    // An hour east of UTC: 17:52 local is 16:52 UTC.
    expect(parseDmtf('20261205175241.123456+060')).toBe(at);
    expect(parseDmtf('20261205115241.123456-300')).toBe(at);
    expect(parseDmtf('2026120516524.123456+000')).toBeUndefined();
    expect(parseDmtf('********165241.123456+000')).toBeUndefined();
    expect(parseDmtf('')).toBeUndefined();
  });

  it('parses the recorded query output: quotes doubled, commas and newlines inside, null command lines', () => {
    const list = parseWindowsProcesses(fixture('windows-cim.csv'));
    expect(list.map((p) => p.pid)).toEqual([0, 4, 6012, 6020, 6100, 6101, 6200]);
    expect(list[0]).toMatchObject({ pid: 0, ppid: 0, startTime: 0, command: '' });
    expect(list[2]).toEqual({
      pid: 6012,
      ppid: 5880,
      pgrp: undefined,
      startTime: Date.UTC(2026, 11, 5, 16, 49, 2) * 1000 + 123456,
      zombie: false,
      rssBytes: 61206528,
      command:
        '"C:\\Program Files\\nodejs\\node.exe" D:\\a\\_actions\\x\\testwarden\\v1\\dist\\main\\index.js',
    });
    expect(list[3]!.command).toBe(
      'C:\\Windows\\system32\\cmd.exe /d /s /c "npm test -- "my file.test.js""',
    );
    expect(list[5]!.command).toBe(`python -c "print('a,b')"`);
    expect(list[6]!.command).toBe('line one\r\nline two');
  });

  it('builds the query as an encoded command (no quoting to get wrong), one filter for several pids', () => {
    const { program, args } = windowsQueryCommand([6020, 6100]);
    expect(program).toBe('powershell.exe');
    expect(args.slice(0, 4)).toEqual([
      '-NoLogo',
      '-NoProfile',
      '-NonInteractive',
      '-EncodedCommand',
    ]);
    const script = Buffer.from(args[4]!, 'base64').toString('utf16le');
    expect(script).toContain(
      "Get-CimInstance -ClassName Win32_Process -Filter 'ProcessId=6020 OR ProcessId=6100'",
    );
    expect(script).toContain("ToString('yyyyMMddHHmmss.ffffff', $inv) + '+000'");
    expect(script).toContain('ConvertTo-Csv -NoTypeInformation');
    expect(taskkillArgs([6020, 6100])).toEqual(['/F', '/T', '/PID', '6020', '/PID', '6100']);
  });

  /** A Windows machine as the recorded query shows it; taskkill removes a process and what descends from it. */
  function fakeWindows() {
    let live = parseWindowsProcesses(fixture('windows-cim.csv'));
    const calls: string[][] = [];
    const answer = (args: string[]) => {
      const script = Buffer.from(args[4]!, 'base64').toString('utf16le');
      const wanted = [...script.matchAll(/ProcessId=(\d+)/g)].map((m) => Number(m[1]));
      const rows = live.filter((p) => wanted.length === 0 || wanted.includes(p.pid));
      const header = '"ProcessId","ParentProcessId","CreationDate","WorkingSetSize","CommandLine"';
      const dmtf = (us: number) =>
        us === 0
          ? ''
          : new Date(Math.floor(us / 1000)).toISOString().replace(/\D/g, '').slice(0, 14) +
            `.${String(us % 1_000_000).padStart(6, '0')}+000`;
      const q = (v: string | number) => `"${String(v).replace(/"/g, '""')}"`;
      const lines = rows.map((p) =>
        [p.pid, p.ppid, dmtf(p.startTime), p.rssBytes, p.command ?? ''].map(q).join(','),
      );
      return { stdout: [header, ...lines].join('\r\n'), status: 0 };
    };
    const runner: WindowsQueryRunner = {
      sync: (_program, args) => answer(args),
      async: (_program, args) => Promise.resolve(answer(args)),
      run(program, args) {
        calls.push([program, ...args]);
        const roots = args.filter((_, i) => args[i - 1] === '/PID').map(Number);
        const doomed = new Set(roots);
        for (let grew = true; grew;) {
          grew = false;
          for (const p of live)
            if (doomed.has(p.ppid) && !doomed.has(p.pid)) grew = doomed.add(p.pid).size > 0;
        }
        live = live.filter((p) => !doomed.has(p.pid));
        return Promise.resolve(0);
      },
    };
    return { table: createWindowsTable(runner), calls, live: () => live };
  }

  it('kills only what still carries its recorded start time', () => {
    const { table } = fakeWindows();
    const list = table.list();
    const start = (pid: number) => list.find((p) => p.pid === pid)!.startTime;
    expect(
      windowsKillList(
        {
          leader: { pid: 6020, startTime: start(6020) },
          processes: [
            { pid: 6101, startTime: start(6101) + 1 }, // reused pid: left alone
            { pid: 6200, startTime: start(6200) },
            { pid: 9999, startTime: 1 }, // gone
          ],
        },
        table,
      ).map((p) => p.pid),
    ).toEqual([6020, 6200]);
    expect(windowsKillList({ leader: { pid: 6020, startTime: 5 } }, table)).toEqual([]);
  });

  it('terminate() on Windows: taskkill /F /T on the verified leader and descendants, then polls the table', async () => {
    const { table, calls, live } = fakeWindows();
    useProcessTable(table);
    const list = table.list();
    const start = (pid: number) => list.find((p) => p.pid === pid)!.startTime;
    const gone = await terminate(
      {
        pgid: 6020,
        leaderStartTime: start(6020),
        processes: [
          { pid: 6101, startTime: start(6101) },
          { pid: 4, startTime: start(4) + 1 },
        ],
      },
      { graceMs: 5000 },
    );
    expect(gone).toBe(true);
    expect(calls).toEqual([['taskkill', '/F', '/T', '/PID', '6020', '/PID', '6101']]);
    expect(live().map((p) => p.pid)).toEqual([0, 4, 6012]);
  });

  it('descent by parent id: Windows keeps a dead parent id, and a child never predates its parent', () => {
    const { table } = fakeWindows();
    const sweep = table.list();
    const at = (pid: number) => sweep.find((p) => p.pid === pid)!;
    const recorder = new DescentRecorder(
      { pid: 6020, startTime: at(6020).startTime },
      { groups: false },
    );
    recorder.record(sweep);
    expect(recorder.alive(sweep).map((p) => p.pid)).toEqual([6100, 6200]);
    // The middle process exits; its child still names it as parent and stays the unit's.
    const later: ProcessInfo[] = sweep.filter((p) => p.pid !== 6100);
    // A newcomer reuses the unit's pid: its children are not the unit's.
    later.push({ ...at(6020), pid: 7000, ppid: 6020, startTime: at(6020).startTime - 5 });
    recorder.record(later);
    expect(recorder.alive(later).map((p) => p.pid)).toEqual([6200]);
  });
});
