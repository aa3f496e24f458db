# Sourced by .ci/run (and by tests/test_ci_scratch.py): everything a CI run writes outside the checkout
# (the bundle and PyInstaller's build folder, the PostgreSQL cluster, the tests' temporary files) goes
# under one folder, and on exit, however the run ends, every PostgreSQL server started in that folder
# is stopped and the folder is removed.  Without it each run left about 260 MB in /tmp.
#
# Needs PG_BIN (the PostgreSQL binaries, may be empty) before ci_start_postgres is called.

CI_SCRATCH=$(mktemp -d "${TMPDIR:-/tmp}/proofsheet-ci.XXXXXX")
chmod 711 "$CI_SCRATCH" # the servers run as user postgres and must reach their folders inside
export TMPDIR="$CI_SCRATCH/tmp"
mkdir -m 1777 "$TMPDIR" # like /tmp: pytest, the tests' own clusters, PyInstaller

as_postgres() { # PostgreSQL refuses to run as root
  if [ "$(id -u)" -eq 0 ]; then su postgres -c "$1"; else bash -c "$1"; fi
}

ci_start_postgres() { # $1: port; exports PROOFSHEET_TEST_PG for the storage tests
  local data="$CI_SCRATCH/postgres"
  mkdir -m 700 "$data"
  if [ "$(id -u)" -eq 0 ]; then chown postgres "$data"; fi
  as_postgres "$PG_BIN/initdb -D $data -A trust -U postgres --encoding=UTF8 --locale=C.UTF-8" >/dev/null
  as_postgres "$PG_BIN/pg_ctl -D $data -o '-p $1 -k $data -c listen_addresses=127.0.0.1' -l $data/log -w start" >/dev/null
  export PROOFSHEET_TEST_PG="postgresql+psycopg://postgres@127.0.0.1:$1/postgres"
}

ci_clean_up() {
  local status=$? pid_file
  trap - EXIT
  if [ -n "${PG_BIN:-}" ]; then
    while IFS= read -r pid_file; do # the CI server, and any a killed test left running
      as_postgres "$PG_BIN/pg_ctl -D $(dirname "$pid_file") -m immediate -w stop" >/dev/null 2>&1 || true
    done < <(find "$CI_SCRATCH" -name postmaster.pid 2>/dev/null)
  fi
  rm -rf "$CI_SCRATCH"
  exit "$status"
}
trap ci_clean_up EXIT
trap 'exit 130' INT
trap 'exit 143' TERM
