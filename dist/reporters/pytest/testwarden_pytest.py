"""pytest plugin (``-p testwarden_pytest``): testwarden's per-test events, one JSON object a line.

Writes to the file named by TESTWARDEN_EVENTS; does nothing without it. Counts follow pytest's
own terminal summary: a setup error is an ``error`` (not a failure), a teardown error adds an
error to a test that passed, xfail/xpass come from ``wasxfail``.
"""

import json
import os
import re
import time

SCHEMA_VERSION = 1
MAX_MESSAGE = 8 * 1024
MAX_TITLE = 1024
MAX_TITLES = 32
_LOCATION = re.compile(r"^(.+?):(\d+): ")
# One encoder for every line: json.dumps with options other than the defaults builds a new one per call.
_encode = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode


class _Writer:
    def __init__(self, path):
        self._fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)

    def emit(self, event):
        self.write(_encode(event))

    def write(self, line):
        # One write per line, as the test starts or ends: a kill never loses a finished test.
        os.write(self._fd, (line + "\n").encode("utf-8", "replace"))

    def close(self):
        os.close(self._fd)


def _clip(text, limit):
    text = str(text)
    return text if len(text) <= limit else text[:limit] + "\u2026"


def _ident(nodeid):
    parts = nodeid.split("::")
    titles = [_clip(p, MAX_TITLE) for p in parts[1:]][:MAX_TITLES]
    return {"file": _clip(parts[0], MAX_TITLE), "titles": titles, "nodeId": _clip(nodeid, 4 * MAX_TITLE)}


def _ident_fields(nodeid):
    """A test's identity as the text of its JSON fields (`"file":…,"titles":[…],"nodeId":…`), sent at its start and its end."""
    return _encode(_ident(nodeid))[1:-1]


def _failure(report):
    text = report.longreprtext or ""
    crash = getattr(getattr(report.longrepr, "reprcrash", None), "message", None)
    lines = text.strip().splitlines()
    failure = {"message": _clip(crash or (lines[-1] if lines else "failed"), MAX_MESSAGE)}
    if text:
        failure["stack"] = _clip(text, MAX_MESSAGE)
    location = getattr(getattr(report.longrepr, "reprcrash", None), "path", None)
    lineno = getattr(getattr(report.longrepr, "reprcrash", None), "lineno", None)
    if location and lineno:
        try:
            location = os.path.relpath(location)
        except ValueError:
            pass
        failure["file"] = location.replace(os.sep, "/")
        failure["line"] = int(lineno)
    elif isinstance(report.longrepr, tuple) and len(report.longrepr) == 3:
        failure["file"], failure["line"] = str(report.longrepr[0]), int(report.longrepr[1]) + 1
        failure["message"] = _clip(report.longrepr[2], MAX_MESSAGE)
    return failure


class TestwardenPlugin:
    def __init__(self, writer):
        self.writer = writer
        self.tests = {}

    def pytest_sessionstart(self, session):
        self.writer.emit({"v": SCHEMA_VERSION, "type": "run-start", "framework": "pytest", "pid": os.getpid(), "time": _now()})

    def pytest_collectreport(self, report):
        if report.skipped:
            # A module skipped while collecting counts as one skipped in pytest's summary: one entry here too.
            event = {"type": "test-end", "file": _clip(report.nodeid, MAX_TITLE), "titles": [], "nodeId": _clip(report.nodeid, MAX_TITLE), "status": "skipped", "time": _now()}
            self.writer.emit(event)
        elif report.failed:
            self.writer.emit({"type": "file-error", "file": _clip(report.nodeid, MAX_TITLE), "failure": _failure(report), "time": _now()})

    def pytest_collection_finish(self, session):
        if session.config.option.collectonly:
            for item in session.items:
                self.writer.emit({"type": "collected", **_ident(item.nodeid)})

    def pytest_runtest_logstart(self, nodeid, location):
        ident = _ident_fields(nodeid)
        self.tests[nodeid] = {"status": None, "duration": 0.0, "failure": None, "errors": 0, "ident": ident}
        self.writer.write('{"type":"test-start",%s,"time":%d}' % (ident, _now()))

    def pytest_runtest_logreport(self, report):
        state = self.tests.get(report.nodeid)
        if state is None:
            state = self.tests[report.nodeid] = {"status": None, "duration": 0.0, "failure": None, "errors": 0}
        state["duration"] += report.duration or 0.0
        wasxfail = hasattr(report, "wasxfail")
        if report.when == "call" or (report.when == "setup" and not report.passed):
            if wasxfail and report.skipped:
                state["status"] = "xfail"
            elif wasxfail and report.passed:
                state["status"] = "xpass"
            elif report.skipped:
                state["status"] = "skipped"
            elif report.passed:
                state["status"] = "passed"
            elif report.when == "setup":
                state["status"] = "error"
                state["failure"] = _failure(report)
            else:
                state["status"] = "failed"
                state["failure"] = _failure(report)
            if report.skipped and not wasxfail and isinstance(report.longrepr, tuple):
                state["reason"] = _clip(report.longrepr[2], MAX_MESSAGE)
        elif report.when == "teardown" and report.failed:
            # pytest counts an error in teardown besides the test's own result.
            state["errors"] += 1
            state["failure"] = state["failure"] or _failure(report)

    def pytest_runtest_logfinish(self, nodeid, location):
        state = self.tests.pop(nodeid, None)
        if state is None or state["status"] is None:
            return
        event = {"status": state["status"], "durationMs": round(state["duration"] * 1000)}
        if state["errors"]:
            event["teardownErrors"] = state["errors"]
        if state["failure"]:
            event["failure"] = state["failure"]
        event["time"] = _now()
        ident = state.get("ident") or _ident_fields(nodeid)
        self.writer.write('{"type":"test-end",%s,%s' % (ident, _encode(event)[1:]))

    def pytest_terminal_summary(self, terminalreporter, exitstatus):
        if exitstatus == 2:
            # Interrupted (a collection error stops the session before any test runs, or Ctrl-C):
            # pytest did not run what it collected, so this is not the end of its report.
            return
        stats = terminalreporter.stats
        summary = {k: len(stats.get(k, [])) for k in ("passed", "failed", "skipped", "xfailed", "xpassed", "error")}
        self.writer.emit({"type": "run-end", "summary": summary, "time": _now()})


def _now():
    return int(time.time() * 1000)


def pytest_configure(config):
    path = os.environ.get("TESTWARDEN_EVENTS")
    # Under pytest-xdist only the controller writes: workers' reports reach it through the same hooks.
    if not path or hasattr(config, "workerinput"):
        return
    plugin = TestwardenPlugin(_Writer(path))
    config.pluginmanager.register(plugin, "testwarden-events")
    config._testwarden_writer = plugin.writer


def pytest_collection_modifyitems(session, config, items):
    """Leaves out the node ids listed in TESTWARDEN_DESELECT (one a line): tests a resumed run already has."""
    path = os.environ.get("TESTWARDEN_DESELECT")
    if not path:
        return
    with open(path, encoding="utf-8") as listed:
        settled = {line.rstrip("\n") for line in listed if line.strip()}
    keep, drop = [], []
    for item in items:
        (drop if item.nodeid in settled else keep).append(item)
    if drop:
        config.hook.pytest_deselected(items=drop)
        items[:] = keep


def pytest_unconfigure(config):
    writer = getattr(config, "_testwarden_writer", None)
    if writer is not None:
        writer.close()
