#!/usr/bin/env bash
# Test environment for Profile Sync: OpenLDAP slapd and PostgreSQL 15 on loopback ports, plus Chromium and
# ChromeDriver for the browser tests. Installs what is missing from Debian's packages, starts throwaway servers
# under one state folder, and hands their coordinates to Maven as -D system properties.
#
#   .ci/test-env.sh run CMD...      start everything, run CMD (mvn gets the -D properties), always stop, exit with CMD's code
#   .ci/test-env.sh start [--empty] start slapd (seeded with 1,200 people, or an empty ou=people) and PostgreSQL
#   .ci/test-env.sh stop            stop what start started
#   .ci/test-env.sh env             print the settings as shell exports (eval "$(.ci/test-env.sh env)")
#   .ci/test-env.sh status          say what is running
#   .ci/test-env.sh install         only install the Debian packages that are missing
#
# Everything here is test-only: the passwords below guard throwaway servers bound to 127.0.0.1.
# docs/testing.md describes the accounts, the seeded data and how to run one test class by hand.
set -euo pipefail

ENV_DIR=${PROFILESYNC_ENV_DIR:-/tmp/profilesync-env}
SLAPD_PORT=${PROFILESYNC_SLAPD_PORT:-3389}
PG_PORT=${PROFILESYNC_PG_PORT:-55432}
SEED_USERS=${PROFILESYNC_SEED_USERS:-1200}

BASE_DN=dc=example,dc=com
PEOPLE_DN=ou=people,$BASE_DN
ADMIN_DN=cn=admin,$BASE_DN
ADMIN_PW=admin-secret
READER_DN=cn=reader,$BASE_DN
READER_PW=reader-secret
READER_LIMIT=500
PG_USER=profilesync
PG_DB=profilesync
PG_PW=profilesync-secret

SLAPD=/usr/sbin/slapd
SLAPADD=/usr/sbin/slapadd
SLAPPASSWD=/usr/sbin/slappasswd
PG_BIN=/usr/lib/postgresql/15/bin
CHROMIUM=/usr/bin/chromium
CHROMEDRIVER=/usr/bin/chromedriver
PACKAGES=(slapd ldap-utils postgresql chromium chromium-driver)

SLAPD_DIR=$ENV_DIR/slapd
PG_DIR=$ENV_DIR/pg

say() { printf 'test-env: %s\n' "$*" >&2; }
die() { printf 'test-env: error: %s\n' "$*" >&2; exit 1; }

# ---------------------------------------------------------------- install

missing_packages() {
  [[ -x $SLAPD && -x $SLAPADD && -x $SLAPPASSWD ]] || echo slapd
  command -v ldapsearch >/dev/null && command -v ldapadd >/dev/null || echo ldap-utils
  [[ -x $PG_BIN/postgres && -x $PG_BIN/initdb && -x $PG_BIN/psql ]] || echo postgresql
  [[ -x $CHROMIUM ]] || echo chromium
  [[ -x $CHROMEDRIVER ]] || echo chromium-driver
}

POLICY_RC_D=/usr/sbin/policy-rc.d
POLICY_MARK='# written by profile-sync .ci/test-env.sh'

remove_policy_rc_d() {
  if [[ -f $POLICY_RC_D ]] && grep -qF "$POLICY_MARK" "$POLICY_RC_D"; then rm -f "$POLICY_RC_D"; fi
}

cmd_install() {
  local missing
  mapfile -t missing < <(missing_packages)
  ((${#missing[@]} == 0)) && return 0
  if ((EUID != 0)); then
    die "missing Debian packages: ${missing[*]}. Install them as root: apt-get update && apt-get install -y --no-install-recommends ${PACKAGES[*]}"
  fi
  say "installing ${missing[*]} (apt-get update, then apt-get install)"
  # The servers run from this script on their own ports; keep the packages' init scripts from starting system
  # copies (slapd on 389, the 15/main cluster on 5432). Exit code 101 is "action forbidden" for invoke-rc.d.
  if [[ ! -e $POLICY_RC_D ]]; then
    printf '#!/bin/sh\n%s\nexit 101\n' "$POLICY_MARK" >"$POLICY_RC_D"
    chmod 755 "$POLICY_RC_D"
  fi
  # slapd's own default database is not needed; this script writes its own configuration.
  echo 'slapd slapd/no_configuration boolean true' | debconf-set-selections
  local apt_opts=(-q -o DPkg::Lock::Timeout=600)
  local rc=0
  apt-get "${apt_opts[@]}" update >/dev/null || rc=$?
  if ((rc == 0)); then
    DEBIAN_FRONTEND=noninteractive apt-get "${apt_opts[@]}" install -y --no-install-recommends "${PACKAGES[@]}" \
      >"/tmp/profilesync-apt.log" 2>&1 || rc=$?
  fi
  remove_policy_rc_d
  ((rc == 0)) || die "apt-get failed (exit $rc); see /tmp/profilesync-apt.log"
  mapfile -t missing < <(missing_packages)
  ((${#missing[@]} == 0)) || die "still missing after apt-get install: ${missing[*]}"
}

# ---------------------------------------------------------------- helpers

port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# Runs a PostgreSQL program as the postgres user when we are root (PostgreSQL refuses to run as root).
as_pg() {
  if ((EUID == 0)); then (cd / && runuser -u postgres -- "$@"); else "$@"; fi
}

# True when pid $1 is program $2 started on our state folder: a pid file left by a killed server may name a
# recycled pid, possibly another copy of the same program (someone else's PostgreSQL, say).
ours() {
  local pid=$1 name=$2
  [[ $pid =~ ^[0-9]+$ && -r /proc/$pid/comm ]] || return 1
  [[ $(cat "/proc/$pid/comm") == "$name"* ]] || return 1
  local cmdline
  cmdline=$(tr '\0' ' ' <"/proc/$pid/cmdline")
  [[ $cmdline == *"$ENV_DIR/"* ]]
}

# Stops a server this script started: TERM, then KILL after 10 s.
stop_pid() {
  local pid=$1 name=$2 i
  ours "$pid" "$name" || return 0
  kill "$pid" 2>/dev/null || return 0
  for ((i = 0; i < 100; i++)); do
    [[ -e /proc/$pid ]] || return 0
    sleep 0.1
  done
  say "$name (pid $pid) did not stop within 10 s; killing it"
  kill -9 "$pid" 2>/dev/null || true
}

require_free_port() {
  local port=$1 what=$2 var=$3
  if port_open "$port"; then
    die "port 127.0.0.1:$port ($what) is taken by a process this script did not start (state folder $ENV_DIR). Stop it, or choose another port: $var=NNNN $0 ..."
  fi
}

# ---------------------------------------------------------------- slapd

write_slapd_config() {
  local admin_hash=$1
  cat <<EOF
dn: cn=config
objectClass: olcGlobal
cn: config
olcPidFile: $SLAPD_DIR/slapd.pid
olcArgsFile: $SLAPD_DIR/slapd.args
olcLogLevel: none

dn: cn=module{0},cn=config
objectClass: olcModuleList
cn: module{0}
olcModulePath: /usr/lib/ldap
olcModuleLoad: back_mdb

dn: cn=schema,cn=config
objectClass: olcSchemaConfig
cn: schema

include: file:///etc/ldap/schema/core.ldif
include: file:///etc/ldap/schema/cosine.ldif
include: file:///etc/ldap/schema/inetorgperson.ldif

dn: olcDatabase={-1}frontend,cn=config
objectClass: olcDatabaseConfig
objectClass: olcFrontendConfig
olcDatabase: {-1}frontend
olcSizeLimit: $READER_LIMIT
olcAccess: {0}to dn.base="" by * read
olcAccess: {1}to dn.base="cn=Subschema" by * read

dn: olcDatabase={0}config,cn=config
objectClass: olcDatabaseConfig
olcDatabase: {0}config
olcAccess: {0}to * by * none

dn: olcDatabase={1}mdb,cn=config
objectClass: olcDatabaseConfig
objectClass: olcMdbConfig
olcDatabase: {1}mdb
olcSuffix: $BASE_DN
olcRootDN: $ADMIN_DN
olcRootPW: $admin_hash
olcDbDirectory: $SLAPD_DIR/data
olcDbMaxSize: 2147483648
olcDbNoSync: TRUE
olcDbCheckpoint: 65536 5
olcDbIndex: objectClass eq
olcDbIndex: uid eq
olcDbIndex: entryUUID eq
olcDbIndex: modifyTimestamp eq
olcDbIndex: mail eq
olcSizeLimit: $READER_LIMIT
olcLimits: {0}dn.exact="$READER_DN" size.soft=$READER_LIMIT size.hard=$READER_LIMIT size.prtotal=unlimited size.pr=$READER_LIMIT
olcAccess: {0}to attrs=userPassword by self write by anonymous auth by * none
olcAccess: {1}to * by users read by * none
EOF
}

# The directory tree: base, the reader account, ou=people and ou=groups, then $1 people.
# Deterministic so tests can assert on it; docs/testing.md describes the shape.
write_seed() {
  local users=$1 reader_hash=$2
  cat <<EOF
dn: $BASE_DN
objectClass: dcObject
objectClass: organization
dc: example
o: Example Corp

dn: $READER_DN
objectClass: organizationalRole
objectClass: simpleSecurityObject
cn: reader
description: Ordinary read-only account with a size limit of $READER_LIMIT
userPassword: $reader_hash

dn: $PEOPLE_DN
objectClass: organizationalUnit
ou: people

dn: ou=groups,$BASE_DN
objectClass: organizationalUnit
ou: groups

EOF
  awk -v n="$users" -v people="$PEOPLE_DN" 'BEGIN {
    ng = split("Alice Bruno Chen Dana Emil Fatima Goran Hana Ivan Julia Kofi Lena Mateo Nadia Omar Priya Quentin Rosa Sven Tara", gn, " ");
    ns = split("Anderson Becker Costa Dubois Eriksen Fischer Garcia Hansen Ito Jensen Kowalski Lopez Moreau Nakamura Olsen Petrov Quinn Rossi Schmidt Tanaka Ueda Varga Weber Xu Yilmaz Zhang Brown Novak Silva Khan", sn, " ");
    nt = split("Engineer|Senior Engineer|Engineering Manager|Product Manager|Designer|Support Specialist|Sales Representative|Director", ti, "|");
    nd = split("Engineering|Product|Design|Support|Sales|Marketing|Finance|Legal|People|Operations|Research|Security", de, "|");
    nl = split("Berlin|Lisbon|Sydney|Toronto|Tokyo|Nairobi", lo, "|");
    for (i = 0; i < n; i++) {
      uid = sprintf("user%04d", i);
      g = gn[i % ng + 1]; s = sn[int(i / ng) % ns + 1];
      printf "dn: uid=%s,%s\n", uid, people;
      print "objectClass: inetOrgPerson";
      printf "uid: %s\ncn: %s %s\nsn: %s\ngivenName: %s\ndisplayName: %s %s\n", uid, g, s, s, g, g, s;
      printf "mail: %s@example.com\n", uid;
      printf "title: %s\n", ti[i % nt + 1];
      printf "departmentNumber: %s\n", de[i % nd + 1];
      printf "ou: %s\n", de[i % nd + 1];
      printf "l: %s\n", lo[i % nl + 1];
      printf "employeeNumber: %d\n", 100000 + i;
      printf "telephoneNumber: +1 555 %04d\n", i;
      if (i > 0) printf "manager: uid=user%04d,%s\n", int(i / 10), people;
      print "";
    }
  }'
}

slapd_start() {
  local users=$1
  require_free_port "$SLAPD_PORT" slapd PROFILESYNC_SLAPD_PORT
  rm -rf "$SLAPD_DIR"
  mkdir -p "$SLAPD_DIR/slapd.d" "$SLAPD_DIR/data"
  write_slapd_config "$("$SLAPPASSWD" -s "$ADMIN_PW")" >"$SLAPD_DIR/config.ldif"
  "$SLAPADD" -n 0 -F "$SLAPD_DIR/slapd.d" -l "$SLAPD_DIR/config.ldif" >"$SLAPD_DIR/slapadd.log" 2>&1 \
    || die "slapadd of the configuration failed; see $SLAPD_DIR/slapadd.log"
  # slapadd (offline) is the fastest loader and adds entryUUID, entryCSN and the timestamps like a live add.
  write_seed "$users" "$("$SLAPPASSWD" -s "$READER_PW")" >"$SLAPD_DIR/seed.ldif"
  "$SLAPADD" -q -b "$BASE_DN" -F "$SLAPD_DIR/slapd.d" -l "$SLAPD_DIR/seed.ldif" >>"$SLAPD_DIR/slapadd.log" 2>&1 \
    || die "slapadd of the seed data failed; see $SLAPD_DIR/slapadd.log"
  # Without -d slapd forks into the background and writes olcPidFile.
  "$SLAPD" -h "ldap://127.0.0.1:$SLAPD_PORT/" -F "$SLAPD_DIR/slapd.d" >"$SLAPD_DIR/slapd.log" 2>&1 \
    || die "slapd did not start; see $SLAPD_DIR/slapd.log (more detail: $SLAPD -d 1 -h ldap://127.0.0.1:$SLAPD_PORT/ -F $SLAPD_DIR/slapd.d)"
  local i
  for ((i = 0; i < 100; i++)); do
    if ldapsearch -x -LLL -H "ldap://127.0.0.1:$SLAPD_PORT" -D "$READER_DN" -w "$READER_PW" \
      -b "$BASE_DN" -s base dn >/dev/null 2>&1; then
      say "slapd on ldap://127.0.0.1:$SLAPD_PORT ($users people under $PEOPLE_DN)"
      return 0
    fi
    sleep 0.1
  done
  die "slapd did not answer on 127.0.0.1:$SLAPD_PORT within 10 s; see $SLAPD_DIR/slapd.log"
}

slapd_stop() {
  [[ -f $SLAPD_DIR/slapd.pid ]] || return 0
  stop_pid "$(cat "$SLAPD_DIR/slapd.pid")" slapd
  rm -f "$SLAPD_DIR/slapd.pid"
}

# ---------------------------------------------------------------- PostgreSQL

pg_start() {
  require_free_port "$PG_PORT" PostgreSQL PROFILESYNC_PG_PORT
  rm -rf "$PG_DIR"
  mkdir -p "$PG_DIR/data" "$PG_DIR/run"
  if ((EUID == 0)); then chown -R postgres:postgres "$PG_DIR"; fi
  chmod 700 "$PG_DIR/data"
  as_pg "$PG_BIN/initdb" -D "$PG_DIR/data" -U postgres -E UTF8 --locale=C.UTF-8 \
    --auth-local=trust --auth-host=scram-sha-256 >"$ENV_DIR/initdb.log" 2>&1 \
    || die "initdb failed; see $ENV_DIR/initdb.log"
  # A throwaway cluster: durability settings off for speed.
  cat >>"$PG_DIR/data/postgresql.conf" <<EOF
listen_addresses = '127.0.0.1'
port = $PG_PORT
unix_socket_directories = '$PG_DIR/run'
fsync = off
synchronous_commit = off
full_page_writes = off
max_connections = 50
EOF
  as_pg "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/postgres.log" -w -t 60 start >/dev/null \
    || die "PostgreSQL did not start; see $PG_DIR/postgres.log"
  as_pg "$PG_BIN/psql" -X -q -h "$PG_DIR/run" -p "$PG_PORT" -U postgres -d postgres -v ON_ERROR_STOP=1 \
    -c "CREATE ROLE $PG_USER LOGIN PASSWORD '$PG_PW'" \
    -c "CREATE DATABASE $PG_DB OWNER $PG_USER" >/dev/null \
    || die "could not create the $PG_USER role and database; see $PG_DIR/postgres.log"
  say "PostgreSQL on 127.0.0.1:$PG_PORT (database $PG_DB, user $PG_USER)"
}

pg_stop() {
  [[ -f $PG_DIR/data/postmaster.pid ]] || return 0
  local pid
  pid=$(head -n 1 "$PG_DIR/data/postmaster.pid")
  ours "$pid" postgres || return 0
  as_pg "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -m fast -w -t 30 stop >/dev/null 2>&1 || stop_pid "$pid" postgres
}

# ---------------------------------------------------------------- settings handed to the tests

# `start` records the ports it used, so `env` and `status` report them without the variables being set again.
load_started_ports() {
  [[ -r $ENV_DIR/ports ]] || return 0
  local key value
  while IFS='=' read -r key value; do
    case $key in
      slapd) SLAPD_PORT=$value ;;
      pg) PG_PORT=$value ;;
    esac
  done <"$ENV_DIR/ports"
}

maven_props() {
  cat <<EOF
-Dprofilesync.slapd.url=ldap://127.0.0.1:$SLAPD_PORT
-Dprofilesync.slapd.bindDn=$READER_DN
-Dprofilesync.slapd.password=$READER_PW
-Dprofilesync.slapd.baseDn=$BASE_DN
-Dprofilesync.slapd.adminDn=$ADMIN_DN
-Dprofilesync.slapd.adminPassword=$ADMIN_PW
-Dprofilesync.pg.url=jdbc:postgresql://127.0.0.1:$PG_PORT/$PG_DB
-Dprofilesync.pg.user=$PG_USER
-Dprofilesync.pg.password=$PG_PW
-Dprofilesync.chromedriver=$CHROMEDRIVER
-Dprofilesync.chromium=$CHROMIUM
EOF
}

cmd_env() {
  cat <<EOF
export PROFILESYNC_SLAPD_URL=ldap://127.0.0.1:$SLAPD_PORT
export PROFILESYNC_SLAPD_BIND_DN=$READER_DN
export PROFILESYNC_SLAPD_PASSWORD=$READER_PW
export PROFILESYNC_SLAPD_BASE_DN=$BASE_DN
export PROFILESYNC_SLAPD_PEOPLE_DN=$PEOPLE_DN
export PROFILESYNC_SLAPD_ADMIN_DN=$ADMIN_DN
export PROFILESYNC_SLAPD_ADMIN_PASSWORD=$ADMIN_PW
export PROFILESYNC_PG_URL=jdbc:postgresql://127.0.0.1:$PG_PORT/$PG_DB
export PROFILESYNC_PG_USER=$PG_USER
export PROFILESYNC_PG_PASSWORD=$PG_PW
export PROFILESYNC_CHROMEDRIVER=$CHROMEDRIVER
export PROFILESYNC_CHROMIUM=$CHROMIUM
export PROFILESYNC_MAVEN_ARGS="$(maven_props | tr '\n' ' ' | sed 's/ $//')"
EOF
}

# ---------------------------------------------------------------- commands

cmd_start() {
  local users=$SEED_USERS
  case ${1:-} in
    --empty) users=0 ;;
    "") ;;
    *) die "unknown option for start: $1 (expected --empty)" ;;
  esac
  cmd_install
  cmd_stop
  # A start that fails half-way must not leave one server behind.
  [[ $STOP_ON_EXIT == always ]] || STOP_ON_EXIT=on-failure
  mkdir -p "$ENV_DIR"
  chmod 755 "$ENV_DIR"
  printf 'slapd=%d\npg=%d\n' "$SLAPD_PORT" "$PG_PORT" >"$ENV_DIR/ports"
  slapd_start "$users"
  pg_start
  say "chromium: $("$CHROMIUM" --version 2>/dev/null | head -n 1), chromedriver: $("$CHROMEDRIVER" --version 2>/dev/null | cut -d' ' -f1-2)"
  [[ $STOP_ON_EXIT == always ]] || STOP_ON_EXIT=never
  say "started; stop with: $0 stop"
  say "for Maven, add these properties (or: eval \"\$($0 env)\"; mvn ... \$PROFILESYNC_MAVEN_ARGS):"
  maven_props | sed 's/^/  /' >&2
}

cmd_stop() {
  slapd_stop
  pg_stop
  rm -f "$ENV_DIR/ports"
}

running() { # pidfile program
  [[ -r $1 ]] && ours "$(head -n 1 "$1")" "$2"
}

cmd_status() {
  local rc=0
  load_started_ports
  if running "$SLAPD_DIR/slapd.pid" slapd; then echo "slapd: running on ldap://127.0.0.1:$SLAPD_PORT"; else echo "slapd: not running"; rc=3; fi
  if running "$PG_DIR/data/postmaster.pid" postgres; then echo "postgresql: running on 127.0.0.1:$PG_PORT"; else echo "postgresql: not running"; rc=3; fi
  return $rc
}

cmd_run() {
  (($# > 0)) || die "run needs a command, e.g.: $0 run mvn -B -ntp verify"
  STOP_ON_EXIT=always
  cmd_start
  eval "$(cmd_env)"
  local cmd=("$@")
  case $(basename "$1") in
    mvn | mvnw) mapfile -t -O "${#cmd[@]}" cmd < <(maven_props) ;;
  esac
  if ((${#cmd[@]} > $#)); then say "running: $* (plus the -D properties above)"; else say "running: $* (settings in PROFILESYNC_* variables)"; fi
  local rc=0
  "${cmd[@]}" || rc=$?
  say "$1 exited with $rc; stopping the servers"
  return $rc
}

STOP_ON_EXIT=never
on_exit() {
  local rc=$?
  trap - EXIT
  remove_policy_rc_d
  if [[ $STOP_ON_EXIT == always || ($STOP_ON_EXIT == on-failure && $rc != 0) ]]; then
    cmd_stop || say "stopping the servers failed; run: $0 stop"
  fi
  exit "$rc"
}

main() {
  trap on_exit EXIT
  trap 'exit 130' INT
  trap 'exit 143' TERM
  local command=${1:-}
  (($# > 0)) && shift
  case $command in
    run) cmd_run "$@" ;;
    start) cmd_start "$@" ;;
    stop) cmd_stop; say "stopped" ;;
    env) load_started_ports; cmd_env ;;
    status) cmd_status ;;
    install) cmd_install ;;
    *)
      sed -n '2,/^set -euo/p' "$0" | sed '$d' | sed 's/^# \{0,1\}//' >&2
      [[ -z $command || $command == -h || $command == --help || $command == help ]] || die "unknown command: $command"
      ;;
  esac
}

main "$@"
