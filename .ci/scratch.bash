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

ci_start_postgres() { # $1: port; exports PROOFSHEET_TEST_PG(_OWNER) (TLS, verify-full) and PGPASSFILE (scram-sha-256)
  # Like a newsroom's server: TLS only, with a throwaway certificate authority and a server certificate for
  # 127.0.0.1 made here, and scram-sha-256 passwords; the password reaches libpq from a pgpass file, never a URL.
  # The database "proofsheet" gets its roles from `proofsheet db init-roles` (needs the installed command on
  # PATH), as a desk's IT would set it up: the tests run as an editor login that may only read and write rows
  # (PROOFSHEET_TEST_PG), and create their throwaway schemas and tables as the owner (PROOFSHEET_TEST_PG_OWNER).
  local data="$CI_SCRATCH/postgres" tls="$CI_SCRATCH/pg-tls" password owner_password editor_password tls_query
  mkdir -m 700 "$data"
  mkdir -m 755 "$tls"
  openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj "/CN=Proofsheet CI CA" \
    -keyout "$tls/ca.key" -out "$tls/ca.crt" >/dev/null 2>&1
  openssl req -newkey rsa:2048 -nodes -subj "/CN=127.0.0.1" \
    -keyout "$tls/server.key" -out "$tls/server.csr" >/dev/null 2>&1
  printf 'subjectAltName=IP:127.0.0.1\n' >"$tls/san.ext"
  openssl x509 -req -in "$tls/server.csr" -CA "$tls/ca.crt" -CAkey "$tls/ca.key" -CAcreateserial -days 2 \
    -extfile "$tls/san.ext" -out "$tls/server.crt" >/dev/null 2>&1
  password=$(openssl rand -hex 24)
  printf '%s\n' "$password" >"$tls/password"
  chmod 600 "$tls/server.key" "$tls/password" "$tls/ca.key"
  if [ "$(id -u)" -eq 0 ]; then chown postgres "$data" "$tls/server.key" "$tls/server.crt" "$tls/password"; fi
  as_postgres "$PG_BIN/initdb -D $data -U postgres --auth-local=trust --auth-host=scram-sha-256 \
    --pwfile=$tls/password --encoding=UTF8 --locale=C.UTF-8" >/dev/null
  rm -f "$tls/password"
  as_postgres "printf 'local all all trust\nhostssl all all 127.0.0.1/32 scram-sha-256\n' > $data/pg_hba.conf"
  as_postgres "$PG_BIN/pg_ctl -D $data -o '-p $1 -k $data -c listen_addresses=127.0.0.1 -c ssl=on \
    -c ssl_cert_file=$tls/server.crt -c ssl_key_file=$tls/server.key' -l $data/log -w start" >/dev/null
  owner_password=$(openssl rand -hex 24)
  editor_password=$(openssl rand -hex 24)
  { # passwords on psql's standard input, never on a command line
    printf 'CREATE DATABASE proofsheet;\n'
    printf "CREATE ROLE proofsheet_ci_editor LOGIN PASSWORD '%s';\n" "$editor_password"
  } | as_postgres "$PG_BIN/psql -X -q -v ON_ERROR_STOP=1 -h $data -p $1 -U postgres -d postgres" >/dev/null
  {
    printf '127.0.0.1:%s:*:postgres:%s\n' "$1" "$password"
    printf '127.0.0.1:%s:proofsheet:proofsheet_owner:%s\n' "$1" "$owner_password"
    printf '127.0.0.1:%s:proofsheet:proofsheet_ci_editor:%s\n' "$1" "$editor_password"
  } >"$CI_SCRATCH/pgpass"
  chmod 600 "$CI_SCRATCH/pgpass"
  export PGPASSFILE="$CI_SCRATCH/pgpass"
  tls_query="sslmode=verify-full&sslrootcert=$tls/ca.crt"
  proofsheet db init-roles --url "postgresql+psycopg://postgres@127.0.0.1:$1/proofsheet?$tls_query" \
    --grant-to proofsheet_ci_editor >/dev/null
  printf "ALTER ROLE proofsheet_owner PASSWORD '%s';\n" "$owner_password" |
    as_postgres "$PG_BIN/psql -X -q -v ON_ERROR_STOP=1 -h $data -p $1 -U postgres -d proofsheet" >/dev/null
  export PROOFSHEET_TEST_PG="postgresql+psycopg://proofsheet_ci_editor@127.0.0.1:$1/proofsheet?$tls_query"
  export PROOFSHEET_TEST_PG_OWNER="postgresql+psycopg://proofsheet_owner@127.0.0.1:$1/proofsheet?$tls_query"
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
