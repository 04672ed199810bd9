#!/usr/bin/env bash
# A throw-away PostgreSQL cluster for the tests and benchmarks (Debian's postgresql package; no
# mock): `run COMMAND...` runs COMMAND with PD_TEST_POSTGRES_URL set to a cluster's maintenance
# database: the one in PD_POSTGRES_CLUSTER_URL when set (scripts/test.sh starts one for the whole
# run), else a private cluster started for COMMAND and stopped after it. `start DIR` makes a cluster in DIR (initdb), starts it on a free loopback port with its
# socket in DIR, and prints its URL postgresql://pd_test@127.0.0.1:PORT/postgres (also written
# to DIR/url); `stop DIR` stops it and deletes DIR. Trust authentication on 127.0.0.1 only: a
# cluster for one test run, never for data.
#
# PostgreSQL refuses to run as root: run as root, the cluster belongs to the unprivileged
# `postgres` system user (created by the package), started through runuser; as any other user
# it runs as that user. Exit status 2 when PostgreSQL is not installed.
set -euo pipefail

command=${1:-}
dir=${2:-}
if [[ "$command" == run ]]; then
    shift
    if [[ -n "${PD_POSTGRES_CLUSTER_URL:-}" ]]; then
        PD_TEST_POSTGRES_URL=$PD_POSTGRES_CLUSTER_URL exec "$@"
    fi
    private=$(mktemp -d /tmp/pd-postgres.XXXXXX)
    trap '"$0" stop "$private"' EXIT
    url=$("$0" start "$private")
    status=0
    PD_TEST_POSTGRES_URL=$url "$@" || status=$?
    exit "$status"
fi
[[ ( "$command" == start || "$command" == stop ) && -n "$dir" ]] || {
    echo "usage: $0 start|stop DIR | run COMMAND..." >&2
    exit 64
}

bin=""
for candidate in /usr/lib/postgresql/*/bin; do
    [[ -x "$candidate/initdb" ]] && bin=$candidate
done
if [[ -z "$bin" ]]; then
    echo "postgres-test-cluster: PostgreSQL is not installed (Debian package postgresql)" >&2
    exit 2
fi

as_owner=()
if [[ "$(id -u)" -eq 0 ]]; then
    id postgres >/dev/null 2>&1 || { echo "postgres-test-cluster: running as root needs the postgres user" >&2; exit 1; }
    as_owner=(runuser -u postgres --)
fi

if [[ "$command" == stop ]]; then
    if [[ -f "$dir/cluster/postmaster.pid" ]]; then
        "${as_owner[@]}" "$bin/pg_ctl" -D "$dir/cluster" -m immediate -w stop >/dev/null 2>&1 || true
    fi
    rm -rf "$dir"
    exit 0
fi

mkdir -p "$dir"
dir=$(cd "$dir" && pwd)
if [[ -f "$dir/url" && -f "$dir/cluster/postmaster.pid" ]]; then
    cat "$dir/url" # already running
    exit 0
fi
[[ ${#as_owner[@]} -gt 0 ]] && chown postgres "$dir"
port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
"${as_owner[@]}" "$bin/initdb" -D "$dir/cluster" -U pd_test --auth=trust -E UTF8 --locale=C.UTF-8 -N >"$dir/initdb.log" 2>&1 || {
    cat "$dir/initdb.log" >&2
    exit 1
}
# Fast and small: a test cluster needs no durability across a power cut.
options="-h 127.0.0.1 -p $port -k $dir -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
options+=" -c max_connections=200 -c shared_buffers=64MB"
"${as_owner[@]}" "$bin/pg_ctl" -D "$dir/cluster" -l "$dir/server.log" -o "$options" -w -t 30 start >/dev/null || {
    cat "$dir/server.log" >&2
    exit 1
}
url="postgresql://pd_test@127.0.0.1:$port/postgres"
echo "$url" >"$dir/url"
echo "$url"
