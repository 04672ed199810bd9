#!/usr/bin/env python3
"""Every benchmark of issue 13 in one run, printed as one Markdown table (docs/benchmarks.md).

Each figure is the median of several runs with its spread (min-max), next to its reference
measured in the same run, alternating with it round by round so that machine load hits both
alike:

  gui      privacy-dashboard --demo / --server (local) --measure-startup vs pd_bench_empty_window;
           privacy-dashboard --archive (1G) --measure-heartbeat: longest gap of a 10 ms GUI-thread timer
  cli      privacy-dashboard-cli summary vs curl --compressed, the same URL of the same server
  server   wrk -t2 -c64 keep-alive on GET /v1/me/usage-summary (gzip) vs nginx serving the same
           bytes over TLS with the same gzip level; p99, errors, server RSS before and after
  writes   200 concurrent opt-out PUTs with distinct Idempotency-Keys: lost, history, writes/s
  reports  report --format pdf|html|csv|json of the demo member: seconds, peak RSS
  import   tests/bench/archive/run-benchmark.sh (unzip -p, the import, the Python reader)
  deploy   1 and 2 server instances on one PostgreSQL behind nginx terminating TLS (wrk)

  tests/bench/run-all.sh [--bin build/dev/bin] [--runs 5] [--only gui,cli,...]
                         [--archive-size 1G] [--archive-runs 3] [--python-runs 2] [--heartbeat-size 1G]
                         [--quick]

Wall times on a shared machine are noisy: read the spread, not only the median.
"""
import argparse
import concurrent.futures
import gzip
import http.client
import json
import os
import re
import shutil
import signal
import socket
import ssl
import statistics
import subprocess
import sys
import tempfile
import threading
import time

HERE = os.path.dirname(os.path.abspath(__file__))
SOURCE = os.path.dirname(os.path.dirname(HERE))
ROWS = []  # (group, measure, ours, reference, ratio, target, verdict)
NOTES = []


def say(text):
    print(text, file=sys.stderr, flush=True)


def median(values):
    return statistics.median(values) if values else float("nan")


def fig(values, unit, digits=0):
    if not values:
        return "—"
    number = lambda value: format(value, ",.%df" % digits)
    if len(values) == 1:
        return "%s %s" % (number(values[0]), unit)
    return "%s %s (%s–%s)" % (number(median(values)), unit, number(min(values)), number(max(values)))


def row(group, measure, ours, reference="", ratio="", target="", met=None):
    verdict = "" if met is None else ("met" if met else "**not met**")
    ROWS.append((group, measure, ours, reference, ratio, target, verdict))


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def rss_kib(pid):
    try:
        with open("/proc/%d/status" % pid) as f:
            for line in f:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


def timed(command, env=None):
    """Runs command; returns (seconds, peak RSS KiB, stdout)."""
    with tempfile.NamedTemporaryFile() as out:
        start = time.perf_counter()
        done = subprocess.run(["/usr/bin/time", "-f", "%M", "-o", out.name] + command, env=env,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        seconds = time.perf_counter() - start
        if done.returncode != 0:
            raise RuntimeError("%s failed (%d): %s" % (command[0], done.returncode, done.stderr.decode()[-500:]))
        peak = int(open(out.name).read().strip().splitlines()[-1] or 0)
        return seconds, peak, done.stdout.decode(errors="replace")


class Server:
    """privacy-api-server --demo on a free port in its own directory."""

    def __init__(self, bin_dir, work, extra=(), data=None, demo=True):
        self.data = data or os.path.join(work, "server-%d" % free_port())
        args = [os.path.join(bin_dir, "privacy-api-server"), "--data-dir", self.data, "--listen", "127.0.0.1:0",
                "--rate-limit", "0", "--connections-per-peer", "512"] + list(extra)
        if demo:
            args.append("--demo")
        self.log = open(self.data + ".log", "wb")
        self.process = subprocess.Popen(args, stdout=subprocess.PIPE, stderr=self.log)
        line = self.process.stdout.readline().decode()
        match = re.match(r"listening on (https://\S+)", line)
        if not match:
            raise RuntimeError("the server did not start: %s" % open(self.data + ".log").read()[-800:])
        self.url = match.group(1)
        self.port = int(self.url.rsplit(":", 1)[1])
        self.ca = os.path.join(self.data, "tls", "ca.pem")
        self.token_file = os.path.join(self.data, "demo-token")

    @property
    def token(self):
        return open(self.token_file).read().strip()

    def stop(self):
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(10)
            except subprocess.TimeoutExpired:
                self.process.kill()
        self.log.close()


def curl(server, path, *extra):
    return subprocess.run(["curl", "-sS", "--fail", "--cacert", server.ca, "-H", "Authorization: Bearer " + server.token]
                          + list(extra) + [server.url + path], stdout=subprocess.PIPE, check=True).stdout


# ---------------------------------------------------------------------------------------------
def bench_gui(args, work):
    say("gui: start-up, %d runs each" % args.runs)
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"), no_proxy="*",
               NO_PROXY="*", HOME=os.path.join(work, "home"), XDG_CONFIG_HOME=os.path.join(work, "config"),
               XDG_DATA_HOME=os.path.join(work, "xdg-data"))
    empty = os.path.join(args.bin, "pd_bench_empty_window")
    app = os.path.join(args.bin, "privacy-dashboard")
    if not (os.path.exists(empty) and os.path.exists(app)):
        NOTES.append("GUI start not measured: build privacy-dashboard and pd_bench_empty_window")
        return
    server = Server(args.bin, work)
    try:
        variants = {
            "demo": [app, "--demo", "--measure-startup"],
            "local server": [app, "--server", server.url, "--ca-file", server.ca, "--token-file", server.token_file,
                             "--measure-startup"],
        }
        wall = {"empty": [], "demo": [], "local server": []}
        main = {"empty": [], "demo": [], "local server": []}
        peak = {"empty": [], "demo": [], "local server": []}
        for _ in range(args.runs):
            for name, command in [("empty", [empty])] + list(variants.items()):
                seconds, kib, out = timed(command, env)
                wall[name].append(seconds * 1000)
                peak[name].append(kib / 1024)
                found = re.search(r"startup-ms: (\d+)", out)
                if found:
                    main[name].append(float(found.group(1)))
        for name in variants:
            ratio = median(wall[name]) / median(wall["empty"])
            row("GUI", "start to populated overview, %s (wall)" % name, fig(wall[name], "ms"),
                "empty QMainWindow " + fig(wall["empty"], "ms"), "%.2f×" % ratio, "≤ 1.5×", ratio <= 1.5)
            if main[name] and main["empty"]:
                row("GUI", "main() to painted overview, %s" % name, fig(main[name], "ms"),
                    "empty QMainWindow " + fig(main["empty"], "ms"),
                    "%.2f×" % (median(main[name]) / max(median(main["empty"]), 1)))
        row("GUI", "peak RSS, demo", fig(peak["demo"], "MB", 1), "empty QMainWindow " + fig(peak["empty"], "MB", 1),
            "", "< 120 MB", max(peak["demo"]) < 120)
        bench_gui_from_cache(args, server, env)
    finally:
        server.stop()
    bench_heartbeat(args, app, env)


def bench_gui_from_cache(args, server, env):
    """Start to the overview showing the summary kept from last time (the encrypted cache). The cache
    needs a keychain: the runs happen inside scripts/with-test-keyring.sh (a private D-Bus session and
    GNOME Keyring), which runs this script again with --gui-from-cache-inner, alternating with the
    empty window in the same session."""
    keyring = os.path.join(SOURCE, "scripts", "with-test-keyring.sh")
    command = [keyring, sys.executable, os.path.abspath(__file__), "--gui-from-cache-inner", "--bin", args.bin,
               "--runs", str(args.runs), "--cache-server", server.url, server.ca, server.token_file]
    done = subprocess.run(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    if done.returncode == 77:
        NOTES.append("GUI start from the cache not measured: no test keyring (dbus-daemon, gnome-keyring)")
        return
    if done.returncode != 0:
        raise RuntimeError("GUI start from the cache failed: %s" % done.stderr.decode(errors="replace")[-600:])
    found = json.loads(done.stdout.decode().strip().splitlines()[-1])
    ratio = median(found["cache"]) / median(found["empty"])
    row("GUI", "start to populated overview, from the cache (wall; keychain on a private D-Bus session)",
        fig(found["cache"], "ms"), "empty QMainWindow, same session " + fig(found["empty"], "ms"),
        "%.2f×" % ratio, "≤ 1.5×", ratio <= 1.5)


def gui_from_cache_inner(args):
    """Inside the test keyring: one run against the server fills the cache, then the measured runs,
    each of which must end at the cached summary ("startup-summary: cache")."""
    url, ca, token_file = args.cache_server
    empty = os.path.join(args.bin, "pd_bench_empty_window")
    app = [os.path.join(args.bin, "privacy-dashboard"), "--server", url, "--ca-file", ca, "--token-file", token_file,
           "--measure-startup"]
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"), no_proxy="*", NO_PROXY="*")
    timed(app, env)  # fills the cache (the window waits for the cache write before it closes)
    wall = {"empty": [], "cache": []}
    for _ in range(args.runs):
        seconds, _, _ = timed([empty], env)
        wall["empty"].append(seconds * 1000)
        seconds, _, out = timed(app, env)
        if "startup-summary: cache" not in out:
            raise RuntimeError("the overview did not show the cached summary first: %s" % out[-300:])
        wall["cache"].append(seconds * 1000)
    print(json.dumps(wall))
    return 0


def archive_of_size(args, size):
    """The generated LinkedIn-format archive run-benchmark.sh uses (made once, kept in its work directory)."""
    workdir = args.archive_workdir or os.path.join(SOURCE, "build", "bench-archive")
    os.makedirs(workdir, exist_ok=True)
    path = os.path.join(workdir, "Complete_LinkedInDataExport_06-30-2024-%s.zip" % size)
    if not os.path.exists(path):
        say("gui: generating a %s archive (once)" % size)
        subprocess.run(["/usr/bin/python3", os.path.join(SOURCE, "tests", "fixtures", "make_linkedin_archive.py"),
                        "--era", "2024", "--seed", "3", "--size", size, path], stdout=subprocess.DEVNULL, check=True)
    return path


def bench_heartbeat(args, app, env):
    """The GUI's own import of a big archive (privacy-dashboard --archive … --measure-heartbeat): the
    longest gap of a 10 ms timer on the GUI thread while the worker imports."""
    size = args.heartbeat_size
    archive = archive_of_size(args, size)
    runs = max(1, args.archive_runs)
    say("gui: heartbeat during the import of a %s archive, %d runs" % (size, runs))
    gaps, seconds, beats = [], [], []
    for _ in range(runs):
        _, _, out = timed([app, "--archive", archive, "--region", "DE", "--measure-heartbeat"], env)
        gap = re.search(r"heartbeat-max-gap-ms: (\d+)", out)
        if not gap:
            raise RuntimeError("privacy-dashboard --measure-heartbeat printed no gap: %s" % out[-300:])
        gaps.append(float(gap.group(1)))
        seconds.append(float(re.search(r"heartbeat-seconds: ([\d.]+)", out).group(1)))
        beats.append(int(re.search(r"heartbeat-beats: (\d+)", out).group(1)))
    row("GUI", "longest gap of a 10 ms heartbeat on the GUI thread, %s archive import" % size, fig(gaps, "ms"),
        "import %s, %s beats" % (fig(seconds, "s", 1), format(int(median(beats)), ",")), "", "< 50 ms",
        max(gaps) < 50)


def bench_cli(args, work):
    say("cli: summary vs curl, %d runs each" % (args.runs * 3))
    server = Server(args.bin, work)
    env = dict(os.environ, no_proxy="*", NO_PROXY="*", PRIVACY_DASHBOARD_DATA_DIR=os.path.join(work, "cli-data"),
               HOME=os.path.join(work, "home"))
    try:
        cli = [os.path.join(args.bin, "privacy-dashboard-cli"), "--server", server.url, "--ca-file", server.ca,
               "--token-file", server.token_file, "summary"]
        reference = ["curl", "-sS", "--fail", "--compressed", "--cacert", server.ca, "-H",
                     "Authorization: Bearer " + server.token, "-o", "/dev/null", server.url + "/v1/me/usage-summary"]
        ours, theirs, json_runs = [], [], []
        for _ in range(2):  # warm the page cache and the server's summary cache
            timed(cli, env)
            timed(reference, env)
        for _ in range(args.runs * 3):
            ours.append(timed(cli, env)[0] * 1000)
            theirs.append(timed(reference, env)[0] * 1000)
            json_runs.append(timed(cli[:-1] + ["--json", "summary"], env)[0] * 1000)
        ratio = median(ours) / median(theirs)
        row("CLI", "`summary` against the local server", fig(ours, "ms"), "curl --compressed " + fig(theirs, "ms"),
            "%.2f×" % ratio, "≤ 1.5×", ratio <= 1.5)
        row("CLI", "`--json summary`", fig(json_runs, "ms"), "curl " + fig(theirs, "ms"),
            "%.2f×" % (median(json_runs) / median(theirs)))
    finally:
        server.stop()


def parse_wrk(text):
    result = {"rps": 0.0, "p99": float("nan"), "errors": 0, "requests": 0}
    m = re.search(r"Requests/sec:\s+([\d.]+)", text)
    if m:
        result["rps"] = float(m.group(1))
    m = re.search(r"(\d+) requests in", text)
    if m:
        result["requests"] = int(m.group(1))
    m = re.search(r"^\s+99%\s+([\d.]+)(us|ms|s)\s*$", text, re.M)
    if m:
        result["p99"] = float(m.group(1)) * {"us": 0.001, "ms": 1.0, "s": 1000.0}[m.group(2)]
    m = re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", text)
    if m:
        result["errors"] += sum(int(x) for x in m.groups())
    m = re.search(r"Non-2xx or 3xx responses: (\d+)", text)
    if m:
        result["errors"] += int(m.group(1))
    return result


def wrk(url, token, seconds, connections=64):
    command = ["wrk", "-t2", "-c%d" % connections, "-d%ds" % seconds, "--latency", "-H", "Accept-Encoding: gzip",
               "-H", "Authorization: Bearer " + token, url]
    return parse_wrk(subprocess.run(command, stdout=subprocess.PIPE, check=True).stdout.decode())


NGINX_CONF = """
{user}
worker_processes {workers};
pid {dir}/nginx.pid;
error_log {dir}/error.log;
events {{ worker_connections 1024; }}
http {{
    access_log off;
    client_body_temp_path {dir}/tmp; proxy_temp_path {dir}/tmp; fastcgi_temp_path {dir}/tmp;
    uwsgi_temp_path {dir}/tmp; scgi_temp_path {dir}/tmp;
    keepalive_requests 1000000;
    gzip on; gzip_types application/json; gzip_comp_level {level}; gzip_min_length 1024; gzip_vary on;
    {upstream}
    server {{
        listen 127.0.0.1:{port} ssl;
        ssl_certificate {dir}/server.pem; ssl_certificate_key {dir}/server.key;
        ssl_protocols TLSv1.2 TLSv1.3;
        {locations}
    }}
}}
"""


class Nginx:
    def __init__(self, work, name, tls_dir, upstream="", locations="", workers=2, level=6):
        self.dir = os.path.join(work, name)
        os.makedirs(os.path.join(self.dir, "tmp"), exist_ok=True)
        os.chmod(self.dir, 0o755)
        shutil.copy(os.path.join(tls_dir, "server.pem"), self.dir)
        shutil.copy(os.path.join(tls_dir, "server.key"), self.dir)
        self.port = free_port()
        conf = NGINX_CONF.format(user="user root;" if os.getuid() == 0 else "", workers=workers, dir=self.dir,
                                 level=level, upstream=upstream, port=self.port, locations=locations)
        open(os.path.join(self.dir, "nginx.conf"), "w").write(conf)
        self.process = subprocess.Popen(["nginx", "-c", os.path.join(self.dir, "nginx.conf"), "-p", self.dir, "-g",
                                         "daemon off;"], stderr=subprocess.DEVNULL)
        for _ in range(100):
            try:
                socket.create_connection(("127.0.0.1", self.port), 0.2).close()
                break
            except OSError:
                time.sleep(0.05)
        self.url = "https://127.0.0.1:%d" % self.port

    def stop(self):
        self.process.terminate()
        self.process.wait(10)


def bench_server(args, work):
    seconds = 5 if args.quick else 10
    rounds = max(3, args.runs // 2) if not args.quick else 2
    say("server: wrk -t2 -c64 %d s, %d rounds against ours and nginx" % (seconds, rounds))
    server = Server(args.bin, work)
    nginx = None
    try:
        path = "/v1/me/usage-summary"
        body = curl(server, path)
        gz = curl(server, path, "-H", "Accept-Encoding: gzip")
        if gzip.decompress(gz) != body:  # asOf moved on between the two: once more
            body = curl(server, path)
            gz = curl(server, path, "-H", "Accept-Encoding: gzip")
        tls = os.path.join(server.data, "tls")
        nginx_root = os.path.join(work, "nginx-static-root")
        os.makedirs(nginx_root + "/v1/me", exist_ok=True)
        # The very bytes our server sends: the JSON, and its gzip as served (gzip_static), so nginx
        # spends nothing on compressing either (our server compresses once per second too).
        open(nginx_root + path, "wb").write(body)
        open(nginx_root + path + ".gz", "wb").write(gz)
        for name in (path, path + ".gz"):
            os.chmod(nginx_root + name, 0o644)
        nginx = Nginx(work, "nginx-static", tls, locations="location = %s { root %s; default_type application/json; "
                      "gzip_static on; }" % (path, nginx_root))
        check = subprocess.run(["curl", "-sS", "--compressed", "-k", nginx.url + path], stdout=subprocess.PIPE).stdout
        if check != body:
            raise RuntimeError("nginx does not serve the same bytes")
        wrk(server.url + path, server.token, 2)  # warm up
        wrk(nginx.url + path, server.token, 2)
        rss_before = rss_kib(server.process.pid)
        ours, theirs = [], []
        for _ in range(rounds):
            ours.append(wrk(server.url + path, server.token, seconds))
            theirs.append(wrk(nginx.url + path, server.token, seconds))
        rss_after = rss_kib(server.process.pid)
        ratio = median([r["rps"] for r in ours]) / median([r["rps"] for r in theirs])
        errors = sum(r["errors"] for r in ours)
        row("server", "GET usage-summary, gzip, wrk -t2 -c64 keep-alive TLS (req/s)",
            fig([r["rps"] for r in ours], "req/s"), "nginx, same bytes (gzip_static): " + fig([r["rps"] for r in theirs], "req/s"),
            "%.2f×" % ratio, "≥ 0.5×", ratio >= 0.5)
        p99 = [r["p99"] for r in ours]
        row("server", "p99 latency", fig(p99, "ms", 1), "nginx " + fig([r["p99"] for r in theirs], "ms", 1), "",
            "< 20 ms", median(p99) < 20)
        row("server", "errors (socket + non-2xx) in %d requests" % sum(r["requests"] for r in ours), str(errors),
            "nginx %d" % sum(r["errors"] for r in theirs), "", "0", errors == 0)
        row("server", "server RSS before → after the load", "%.1f → %.1f MB" % (rss_before / 1024, rss_after / 1024),
            "", "", "flat", rss_after < rss_before * 1.2 + 10 * 1024)
        row("server", "summary body: JSON → gzip", "%s → %s bytes" % (format(len(body), ","), format(len(gz), ",")), "",
            "%.1f%%" % (100.0 * len(gz) / len(body)))
        # 304: the client that has the current ETag.
        etag = re.search(rb"(?im)^etag: (.+?)\r?$", subprocess.run(
            ["curl", "-sS", "-D", "-", "-o", "/dev/null", "--cacert", server.ca, "-H", "Authorization: Bearer " + server.token,
             server.url + path], stdout=subprocess.PIPE).stdout).group(1).decode()
        not_modified = subprocess.run(["wrk", "-t2", "-c64", "-d%ds" % max(2, seconds // 2), "--latency", "-H",
                                       "If-None-Match: " + etag, "-H", "Authorization: Bearer " + server.token,
                                       server.url + path], stdout=subprocess.PIPE).stdout.decode()
        nm = parse_wrk(not_modified)
        row("server", "GET usage-summary with If-None-Match → 304 (req/s)", "%s req/s, p99 %.1f ms" % (
            format(round(nm["rps"]), ","), nm["p99"]), "", "", "", None)
    finally:
        if nginx:
            nginx.stop()
        server.stop()


def put_setting(server, key, opted_out, context):
    connection = http.client.HTTPSConnection("127.0.0.1", server.port, context=context, timeout=60)
    body = json.dumps({"optedOut": opted_out})
    connection.request("PUT", "/v1/me/settings/ai-training", body, {
        "Authorization": "Bearer " + server.token, "Content-Type": "application/json", "If-Match": "*",
        "Idempotency-Key": key})
    response = connection.getresponse()
    data = response.read()
    connection.close()
    return response.status, data


def history(server):
    return json.loads(curl(server, "/v1/me/settings/ai-training/history?limit=5000"))["history"]


def bench_writes(args, work):
    say("writes: 200 concurrent opt-out PUTs")
    server = Server(args.bin, work)
    try:
        context = ssl.create_default_context(cafile=server.ca)
        before = len(history(server))
        barrier = threading.Barrier(200)

        def one(i):
            barrier.wait()
            return put_setting(server, "bench-%d" % i, i % 2 == 0, context)

        start = time.perf_counter()
        with concurrent.futures.ThreadPoolExecutor(200) as pool:
            results = list(pool.map(one, range(200)))
        elapsed = time.perf_counter() - start
        ok = [json.loads(data)["confirmationId"] for status, data in results if status == 200]
        after = history(server)
        ids = {entry.get("confirmationId") for entry in after}
        lost = 200 - len(ok) + sum(1 for c in ok if c not in ids)
        consistent = len(after) == before + 200 and len(set(ok)) == 200
        row("writes", "200 concurrent opt-out PUTs, distinct keys", "%.0f writes/s (%.2f s)" % (200 / elapsed, elapsed),
            "", "", "0 lost, history consistent", lost == 0 and consistent)
        row("writes", "lost / history entries added", "%d lost, %d added" % (lost, len(after) - before), "", "",
            "0 / 200", lost == 0 and len(after) - before == 200)
    finally:
        server.stop()


def bench_reports(args, work):
    say("reports: every format, %d runs each" % args.runs)
    server = Server(args.bin, work)
    env = dict(os.environ, no_proxy="*", NO_PROXY="*", PRIVACY_DASHBOARD_DATA_DIR=os.path.join(work, "cli-data"),
               HOME=os.path.join(work, "home"), QT_QPA_PLATFORM="offscreen")
    try:
        for fmt in ("pdf", "html", "csv", "json"):
            times, peaks = [], []
            for _ in range(args.runs):
                output = os.path.join(work, "report." + fmt)
                seconds, kib, _ = timed([os.path.join(args.bin, "privacy-dashboard-cli"), "--server", server.url,
                                         "--ca-file", server.ca, "--token-file", server.token_file, "report", "--format",
                                         fmt, "--output", output, "--force"], env)
                times.append(seconds * 1000)
                peaks.append(kib / 1024)
            row("reports", "demo member, %s (%s bytes), peak RSS %.0f MB" % (
                fmt.upper(), format(os.path.getsize(output), ","), max(peaks)), fig(times, "ms"), "", "", "< 1 s",
                max(times) < 1000)
    finally:
        server.stop()


def bench_import(args, work):
    say("import: run-benchmark.sh --size %s --runs %d --python-runs %d" % (args.archive_size, args.archive_runs,
                                                                         args.python_runs))
    workdir = os.path.join(args.archive_workdir or os.path.join(SOURCE, "build", "bench-archive"))
    subprocess.run([os.path.join(HERE, "archive", "run-benchmark.sh"), "--cli",
                    os.path.join(args.bin, "privacy-dashboard-cli"), "--size", args.archive_size, "--runs",
                    str(args.archive_runs), "--python-runs", str(args.python_runs), "--workdir", workdir],
                   stdout=subprocess.DEVNULL, check=True)

    def times(name):
        rows = [line.split() for line in open(os.path.join(workdir, name + ".times")) if line.strip()]
        return [float(r[0]) for r in rows], [int(r[1]) / 1024 for r in rows]

    unzip, _ = times("unzip")
    ours, rss = times("import")
    python, _ = times("python")
    vs_unzip = median(ours) / median(unzip)
    vs_python = median(python) / median(ours)
    row("import", "%s archive: import (s)" % args.archive_size, fig(ours, "s", 2), "unzip -p " + fig(unzip, "s", 2),
        "%.2f×" % vs_unzip, "≤ 0.6×", vs_unzip <= 0.6)
    row("import", "%s archive: Python reader is slower by" % args.archive_size, "%.1f×" % vs_python,
        "Python " + fig(python, "s", 1), "", "≥ 10×", vs_python >= 10)
    row("import", "import peak RSS", fig(rss, "MB", 1), "", "", "< 100 MB", max(rss) < 100)


def bench_deploy(args, work):
    cluster_script = os.path.join(SOURCE, "scripts", "postgres-test-cluster.sh")
    pg_dir = tempfile.mkdtemp(prefix="pd-bench-postgres.")
    try:
        url = subprocess.run([cluster_script, "start", pg_dir], stdout=subprocess.PIPE, check=True).stdout.decode().strip()
    except (subprocess.CalledProcessError, FileNotFoundError):
        NOTES.append("deploy not measured: PostgreSQL not installed")
        shutil.rmtree(pg_dir, ignore_errors=True)
        return
    seconds = 5 if args.quick else 10
    say("deploy: 1 and 2 instances on PostgreSQL behind nginx, wrk %d s" % seconds)
    servers, proxies = [], []
    try:
        database = url.rsplit("/", 1)[0] + "/pd_bench"
        subprocess.run(["psql", "-X", "-q", "-d", url, "-c", "CREATE DATABASE pd_bench"], check=True)
        data = os.path.join(work, "deploy-data")
        servers.append(Server(args.bin, work, ["--database", database], data=data))
        servers.append(Server(args.bin, work, ["--database", database], data=data, demo=False))
        token = servers[0].token
        results = {}
        for count in (1, 2):
            upstream = "upstream api { %s keepalive 64; }" % " ".join(
                "server 127.0.0.1:%d;" % s.port for s in servers[:count])
            locations = ("location / { proxy_pass https://api; proxy_http_version 1.1; "
                         "proxy_set_header Connection \"\"; proxy_ssl_session_reuse on; }")
            proxy = Nginx(work, "nginx-proxy-%d" % count, os.path.join(data, "tls"), upstream=upstream,
                          locations=locations)
            proxies.append(proxy)
            wrk(proxy.url + "/v1/me/usage-summary", token, 2)
            results[count] = [wrk(proxy.url + "/v1/me/usage-summary", token, seconds) for _ in range(2)]
            proxy.stop()
        for count in (1, 2):
            rps = [r["rps"] for r in results[count]]
            row("deploy", "%d instance%s on PostgreSQL behind nginx (TLS both hops), summary req/s" % (
                count, "s" if count > 1 else ""), fig(rps, "req/s"), "", "%.2f×" % (median(rps) / median(
                    [r["rps"] for r in results[1]])), "", None)
            row("deploy", "  p99 / errors, %d instance%s" % (count, "s" if count > 1 else ""), "%.1f ms / %d" % (
                median([r["p99"] for r in results[count]]), sum(r["errors"] for r in results[count])))
    finally:
        for server in servers:
            server.stop()
        subprocess.run([cluster_script, "stop", pg_dir])


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--bin", default=os.path.join(SOURCE, "build", "dev", "bin"))
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--only", default="gui,cli,server,writes,reports,import,deploy")
    parser.add_argument("--archive-size", default="1G")
    parser.add_argument("--archive-runs", type=int, default=3)
    parser.add_argument("--python-runs", type=int, default=2)
    parser.add_argument("--archive-workdir")
    parser.add_argument("--heartbeat-size", default="1G", help="archive the GUI imports under the heartbeat probe")
    parser.add_argument("--quick", action="store_true", help="smoke run: 2 runs, 8M archive, short wrk runs")
    parser.add_argument("--gui-from-cache-inner", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--cache-server", nargs=3, metavar=("URL", "CA", "TOKEN_FILE"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.gui_from_cache_inner:
        args.bin = os.path.abspath(args.bin)
        return gui_from_cache_inner(args)
    if args.quick:
        args.runs = 2
        args.archive_size, args.archive_runs, args.python_runs = "8M", 1, 1
        args.heartbeat_size = "8M"
    args.bin = os.path.abspath(args.bin)
    benches = {"gui": bench_gui, "cli": bench_cli, "server": bench_server, "writes": bench_writes,
               "reports": bench_reports, "import": bench_import, "deploy": bench_deploy}
    started = time.time()
    failed = False
    with tempfile.TemporaryDirectory(prefix="pd-bench.") as work:
        os.chmod(work, 0o755)
        for name in args.only.split(","):
            try:
                benches[name](args, work)
            except Exception as error:  # one broken benchmark does not hide the others
                failed = True
                NOTES.append("%s failed: %s" % (name, error))
                say("%s failed: %s" % (name, error))
    load = os.getloadavg()
    print("Run %s UTC on %s: %d cores, %s, load average at the end %.1f; %d runs per figure unless said; "
          "took %.0f s.\n" % (time.strftime("%Y-%m-%d %H:%M", time.gmtime(started)), socket.gethostname(),
                              os.cpu_count(), cpu_model(), load[0], args.runs, time.time() - started))
    print("| group | measure | ours: median (min–max) | reference, same run | ratio | target | |")
    print("|---|---|---:|---:|---:|---|---|")
    for r in ROWS:
        print("| " + " | ".join(r) + " |")
    for note in NOTES:
        print("\n* " + note)
    return 1 if failed else 0


def cpu_model():
    try:
        for line in open("/proc/cpuinfo"):
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return "unknown CPU"


if __name__ == "__main__":
    sys.exit(main())
