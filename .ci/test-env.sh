#!/usr/bin/env bash
# Test environment for Profile Sync: OpenLDAP slapd and PostgreSQL 15 on loopback ports, a Samba Active Directory
# domain controller on 127.0.0.1:389, plus Chromium and ChromeDriver for the browser tests. Installs what is missing
# from Debian's packages, starts throwaway servers under one state folder, and hands their coordinates to Maven as
# -D system properties.
#
#   .ci/test-env.sh run CMD...      start everything, run CMD (mvn gets the -D properties), always stop, exit with CMD's code
#   .ci/test-env.sh start [--empty] start slapd (seeded with 1,200 people, or an empty ou=people), PostgreSQL and
#                                   the Samba AD DC (1,600 people; PROFILESYNC_AD=0 leaves it out)
#   .ci/test-env.sh stop            stop what start started
#   .ci/test-env.sh env             print the settings as shell exports (eval "$(.ci/test-env.sh env)")
#   .ci/test-env.sh status          say what is running
#   .ci/test-env.sh install         only install the Debian packages that are missing
#
# PROFILESYNC_AD=auto (default) starts the Samba AD DC when it can and otherwise warns and goes on without it (the AD
# tests skip); PROFILESYNC_AD=1 makes any Samba problem fatal; PROFILESYNC_AD=0 leaves Samba out.
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

# Samba AD DC. PROFILESYNC_AD: auto (default) starts it when it can and otherwise says why and goes on without it
# (the AD tests then skip); 1 requires it (any Samba problem fails the script); 0 leaves it out.
AD_MODE=${PROFILESYNC_AD:-auto}
# Samba's LDAP server has no port setting: it always listens on 389 (LDAP), 636 (LDAPS), 3268 and 3269 (global
# catalog). Bound to 127.0.0.1 only, so there is one test AD per machine.
AD_HOST=127.0.0.1
AD_PORT=389
AD_PORTS=(389 636 3268 3269)
AD_REALM=AD.EXAMPLE.COM
AD_DOMAIN=EXAMPLE
AD_BASE_DN=DC=ad,DC=example,DC=com
AD_PEOPLE_DN=OU=People,$AD_BASE_DN
AD_GROUPS_DN=OU=Groups,$AD_BASE_DN
AD_ADMIN_DN=CN=Administrator,CN=Users,$AD_BASE_DN
AD_READER_DN=CN=reader,CN=Users,$AD_BASE_DN
# AD's default password policy wants three kinds of characters; these meet it.
AD_ADMIN_PW=Admin-secret-1
AD_READER_PW=Reader-secret-1
AD_USER_PW=User-secret-1
AD_USERS=1600
# Setting a password costs Samba about 20 ms (it derives the Kerberos keys): only the first 50 people get one.
AD_USERS_WITH_PASSWORD=50

SLAPD=/usr/sbin/slapd
SLAPADD=/usr/sbin/slapadd
SLAPPASSWD=/usr/sbin/slappasswd
PG_BIN=/usr/lib/postgresql/15/bin
CHROMIUM=/usr/bin/chromium
CHROMEDRIVER=/usr/bin/chromedriver
PACKAGES=(slapd ldap-utils postgresql chromium chromium-driver)
SAMBA=/usr/sbin/samba
SAMBA_TOOL=/usr/bin/samba-tool
# samba-ad-dc pulls in samba, samba-dsdb-modules and winbind; samba-ad-provision (only recommended by it) holds the
# templates samba-tool domain provision needs.
SAMBA_PACKAGES=(samba-ad-dc samba-ad-provision)
# Samba's Python bindings (python3-samba) belong to the system Python, whatever python3 is first on the PATH.
SYSTEM_PYTHON=/usr/bin/python3

SLAPD_DIR=$ENV_DIR/slapd
PG_DIR=$ENV_DIR/pg
SAMBA_DIR=$ENV_DIR/samba
REPO_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
AD_PHOTO=$REPO_DIR/src/test/resources/dev/profilesync/ldap/ad-thumbnail.jpg

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

missing_samba_packages() {
  local package
  for package in "${SAMBA_PACKAGES[@]}"; do
    [[ $(dpkg-query -W -f='${db:Status-Status}' "$package" 2>/dev/null) == installed ]] || echo "$package"
  done
}

# Whether to start the AD DC at all; the other helpers only run when this says yes.
ad_wanted() { [[ $AD_MODE != 0 ]]; }

# A Samba problem: fatal when PROFILESYNC_AD=1, otherwise said loudly and the run goes on without AD.
ad_problem() {
  if [[ $AD_MODE == 1 ]]; then die "Samba AD DC: $*"; fi
  say "WARNING: Samba AD DC not started: $*"
  say "WARNING: the Active Directory tests will be skipped (PROFILESYNC_AD=1 makes this an error, PROFILESYNC_AD=0 silences it)"
}

cmd_install() {
  local missing missing_samba=()
  mapfile -t missing < <(missing_packages)
  if ad_wanted; then mapfile -t missing_samba < <(missing_samba_packages); fi
  ((${#missing[@]} + ${#missing_samba[@]} == 0)) && return 0
  if ((EUID != 0)); then
    ((${#missing[@]} == 0)) \
      || die "missing Debian packages: ${missing[*]}. Install them as root: apt-get update && apt-get install -y --no-install-recommends ${PACKAGES[*]}"
    ad_problem "missing Debian packages ${missing_samba[*]}; install them as root: apt-get install -y --no-install-recommends ${SAMBA_PACKAGES[*]}"
    AD_MODE=0
    return 0
  fi
  say "installing $(echo "${missing[*]} ${missing_samba[*]}" | xargs) (apt-get update, then apt-get install)"
  # The servers run from this script on their own ports; keep the packages' init scripts from starting system
  # copies (slapd on 389, the 15/main cluster on 5432, samba-ad-dc, winbind). Exit code 101 is "action forbidden"
  # for invoke-rc.d.
  if [[ ! -e $POLICY_RC_D ]]; then
    printf '#!/bin/sh\n%s\nexit 101\n' "$POLICY_MARK" >"$POLICY_RC_D"
    chmod 755 "$POLICY_RC_D"
  fi
  # slapd's own default database is not needed; this script writes its own configuration.
  echo 'slapd slapd/no_configuration boolean true' | debconf-set-selections
  local apt_opts=(-q -o DPkg::Lock::Timeout=600)
  local rc=0
  apt-get "${apt_opts[@]}" update >/dev/null || rc=$?
  local samba_rc=0
  if ((rc != 0 && ${#missing[@]} == 0)); then samba_rc=$rc rc=0 missing_samba=(); fi
  if ((rc == 0 && ${#missing[@]} > 0)); then
    DEBIAN_FRONTEND=noninteractive apt-get "${apt_opts[@]}" install -y --no-install-recommends "${PACKAGES[@]}" \
      >"/tmp/profilesync-apt.log" 2>&1 || rc=$?
  fi
  # Samba on its own: a Samba that cannot be installed costs the AD tests, not the whole run (unless PROFILESYNC_AD=1).
  if ((rc == 0 && ${#missing_samba[@]} > 0)); then
    DEBIAN_FRONTEND=noninteractive apt-get "${apt_opts[@]}" install -y --no-install-recommends "${SAMBA_PACKAGES[@]}" \
      >"/tmp/profilesync-apt-samba.log" 2>&1 || samba_rc=$?
  fi
  remove_policy_rc_d
  ((rc == 0)) || die "apt-get failed (exit $rc); see /tmp/profilesync-apt.log"
  mapfile -t missing < <(missing_packages)
  ((${#missing[@]} == 0)) || die "still missing after apt-get install: ${missing[*]}"
  if ad_wanted; then
    mapfile -t missing_samba < <(missing_samba_packages)
    if ((samba_rc != 0 || ${#missing_samba[@]} > 0)); then
      ad_problem "apt-get could not install ${SAMBA_PACKAGES[*]} (exit $samba_rc); see /tmp/profilesync-apt-samba.log"
      AD_MODE=0
    fi
  fi
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
  [[ $cmdline == *"$ENV_DIR/"* ]] && return 0
  # samba replaces its command line with "samba: root process"; it keeps its pid file open instead.
  [[ $name == samba ]] && readlink "/proc/$pid/fd/"* 2>/dev/null | grep -qxF "$SAMBA_DIR/run/samba.pid"
}

# True when pid $1 has exited: no longer in /proc, or a zombie its parent has not reaped yet (a daemon's parent is
# init, which in a container may be slow to reap).
gone() {
  local stat
  stat=$(cat "/proc/$1/stat" 2>/dev/null) || return 0
  stat=${stat##*) }
  [[ ${stat%% *} == Z ]]
}

# Stops a server this script started: TERM, then KILL after 10 s.
stop_pid() {
  local pid=$1 name=$2 i
  ours "$pid" "$name" || return 0
  kill "$pid" 2>/dev/null || return 0
  for ((i = 0; i < 100; i++)); do
    gone "$pid" && return 0
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

# ---------------------------------------------------------------- Samba AD DC

# Samba's own configuration, replacing the one provisioning wrote: every directory under the state folder, the LDAP
# service only (no DNS, Kerberos, SMB, RPC, NetBIOS, replication), on 127.0.0.1 only.
write_samba_config() {
  cat <<EOF
# Written by .ci/test-env.sh: a throwaway test domain controller. Test-only settings, never for a real DC.
[global]
	netbios name = DC1
	realm = $AD_REALM
	workgroup = $AD_DOMAIN
	server role = active directory domain controller
	server services = ldap
	interfaces = $AD_HOST
	bind interfaces only = yes
	# Simple binds over plain LDAP, as the tests make them on loopback. A real DC keeps the default (yes).
	ldap server require strong auth = no
	private dir = $SAMBA_DIR/private
	lock directory = $SAMBA_DIR/lock
	state directory = $SAMBA_DIR/state
	cache directory = $SAMBA_DIR/cache
	binddns dir = $SAMBA_DIR/bind-dns
	pid directory = $SAMBA_DIR/run
	ncalrpc dir = $SAMBA_DIR/run/ncalrpc
	winbindd socket directory = $SAMBA_DIR/run/winbindd
	ntp signd socket directory = $SAMBA_DIR/run/ntp_signd
	logging = file
	log level = 1
EOF
}

# The people: CN=user0000 ... under OU=People, the same names, titles, departments and cities as slapd's
# (docs/testing.md describes the shape). $1: marker written on OU=People, so start knows the server that answers
# is this one. Passwords (unicodePwd: the quoted password in UTF-16LE) only for the first $AD_USERS_WITH_PASSWORD.
write_ad_seed() {
  local marker=$1 user_pw reader_pw photo
  user_pw=$(printf '"%s"' "$AD_USER_PW" | iconv -f UTF-8 -t UTF-16LE | base64 -w 0)
  reader_pw=$(printf '"%s"' "$AD_READER_PW" | iconv -f UTF-8 -t UTF-16LE | base64 -w 0)
  photo=$(base64 -w 0 "$AD_PHOTO")
  cat <<EOF
dn: $AD_READER_DN
objectClass: user
sAMAccountName: reader
userPrincipalName: reader@${AD_REALM,,}
description: Ordinary read-only account for the tests
unicodePwd:: $reader_pw
userAccountControl: 66048

dn: $AD_PEOPLE_DN
objectClass: organizationalUnit
description: $marker

dn: $AD_GROUPS_DN
objectClass: organizationalUnit

EOF
  awk -v n="$AD_USERS" -v with_pw="$AD_USERS_WITH_PASSWORD" -v people="$AD_PEOPLE_DN" -v groups="$AD_GROUPS_DN" \
    -v realm="${AD_REALM,,}" -v pw="$user_pw" -v photo="$photo" 'BEGIN {
    ng = split("Alice Bruno Chen Dana Emil Fatima Goran Hana Ivan Julia Kofi Lena Mateo Nadia Omar Priya Quentin Rosa Sven Tara", gn, " ");
    ns = split("Anderson Becker Costa Dubois Eriksen Fischer Garcia Hansen Ito Jensen Kowalski Lopez Moreau Nakamura Olsen Petrov Quinn Rossi Schmidt Tanaka Ueda Varga Weber Xu Yilmaz Zhang Brown Novak Silva Khan", sn, " ");
    nt = split("Engineer|Senior Engineer|Engineering Manager|Product Manager|Designer|Support Specialist|Sales Representative|Director", ti, "|");
    nd = split("Engineering|Product|Design|Support|Sales|Marketing|Finance|Legal|People|Operations|Research|Security", de, "|");
    nl = split("Berlin|Lisbon|Sydney|Toronto|Tokyo|Nairobi", lo, "|");
    for (i = 0; i < n; i++) {
      u = sprintf("user%04d", i);
      g = gn[i % ng + 1]; s = sn[int(i / ng) % ns + 1];
      printf "dn: CN=%s,%s\n", u, people;
      print "objectClass: user";
      printf "sAMAccountName: %s\nuserPrincipalName: %s@%s\n", u, u, realm;
      printf "givenName: %s\nsn: %s\ndisplayName: %s %s\n", g, s, g, s;
      printf "mail: %s@%s\n", u, realm;
      printf "title: %s\n", ti[i % nt + 1];
      printf "department: %s\n", de[i % nd + 1];
      printf "l: %s\n", lo[i % nl + 1];
      printf "employeeNumber: %d\n", 100000 + i;
      printf "telephoneNumber: +1 555 %04d\n", i;
      if (i > 0) printf "manager: CN=user%04d,%s\n", int(i / 10), people;
      if (i % 100 == 0) printf "thumbnailPhoto:: %s\n", photo;
      # 512: a normal enabled account; 544: enabled, no password required (and none set); 546: disabled.
      if (i < with_pw) printf "unicodePwd:: %s\nuserAccountControl: 512\n", pw;
      else if (i % 100 == 99) print "userAccountControl: 546";
      else print "userAccountControl: 544";
      print "";
    }
    # More members than MaxValRange (1500): a plain read gets them all from Samba, a ranged one in slices.
    printf "dn: CN=all-staff,%s\nobjectClass: group\nsAMAccountName: all-staff\n", groups;
    for (i = 0; i < n; i++) printf "member: CN=user%04d,%s\n", i, people;
    print "";
  }'
}

# Adds the seed to the provisioned database before Samba starts, in one transaction, as the system: the offline
# counterpart of slapadd (over LDAP, setting passwords would also need an encrypted connection).
load_ad_seed() {
  "$SYSTEM_PYTHON" - "$SAMBA_DIR/etc/smb.conf" "$SAMBA_DIR/private/sam.ldb" "$SAMBA_DIR/seed.ldif" <<'EOF'
import sys
from samba.auth import system_session
from samba.param import LoadParm
from samba.samdb import SamDB

conf, url, ldif = sys.argv[1:4]
lp = LoadParm()
lp.load(conf)
db = SamDB(url=url, session_info=system_session(lp), lp=lp)
with open(ldif, encoding="utf-8") as seed:
    text = seed.read()
db.transaction_start()
try:
    db.add_ldif(text)
except Exception:
    db.transaction_cancel()
    raise
db.transaction_commit()
EOF
}

ad_search_marker() {
  ldapsearch -x -LLL -o ldif-wrap=no -o nettimeout=2 -l 5 -H "ldap://$AD_HOST:$AD_PORT" -D "$AD_READER_DN" \
    -w "$AD_READER_PW" -b "$AD_PEOPLE_DN" -s base description 2>/dev/null | sed -n 's/^description: //p'
}

# Provisions a new domain under $SAMBA_DIR, seeds it and starts Samba. Returns non-zero (after ad_problem) when
# something fails, so that the caller can go on without AD.
samba_start() {
  local port times=() mark=$EPOCHREALTIME
  # Seconds since the last call, for the timing line.
  lap() {
    times+=("$1 $(awk -v a="$mark" -v b="$EPOCHREALTIME" 'BEGIN { printf "%.1f", b - a }') s")
    mark=$EPOCHREALTIME
  }
  if ((EUID != 0)); then
    ad_problem "this script starts it only as root (as in CI)"
    return 1
  fi
  [[ -x $SAMBA && -x $SAMBA_TOOL && -x $SYSTEM_PYTHON ]] || { ad_problem "$SAMBA or $SAMBA_TOOL is missing"; return 1; }
  for port in "${AD_PORTS[@]}"; do
    if port_open "$port"; then
      ad_problem "port $AD_HOST:$port is taken by a process this script did not start (Samba's LDAP ports are fixed: ${AD_PORTS[*]})"
      return 1
    fi
  done
  rm -rf "$SAMBA_DIR"
  mkdir -p "$SAMBA_DIR"
  # --targetdir keeps every file of the new domain under the state folder; no DNS backend, no system files.
  if ! "$SAMBA_TOOL" domain provision --targetdir="$SAMBA_DIR" --realm="$AD_REALM" --domain="$AD_DOMAIN" \
    --server-role=dc --dns-backend=NONE --host-name=dc1 --host-ip="$AD_HOST" --adminpass="$AD_ADMIN_PW" \
    >"$SAMBA_DIR/provision.log" 2>&1; then
    ad_problem "samba-tool domain provision failed; see $SAMBA_DIR/provision.log"
    return 1
  fi
  lap provision
  mkdir -p "$SAMBA_DIR/lock" "$SAMBA_DIR/cache" "$SAMBA_DIR/run" "$SAMBA_DIR/log"
  write_samba_config >"$SAMBA_DIR/etc/smb.conf"
  local marker="profilesync test-env $ENV_DIR $$ $EPOCHREALTIME"
  write_ad_seed "$marker" >"$SAMBA_DIR/seed.ldif" || { ad_problem "could not write the seed"; return 1; }
  if ! load_ad_seed >"$SAMBA_DIR/seed.log" 2>&1; then
    ad_problem "loading the seed failed; see $SAMBA_DIR/seed.log"
    return 1
  fi
  lap seed
  # -M single: one process (LDAP requests are served in turn, plenty for tests). Without -i it forks into the
  # background and writes run/samba.pid. -l puts its log, log.samba, under the state folder from the first line on.
  if ! (cd "$SAMBA_DIR" && "$SAMBA" -s "$SAMBA_DIR/etc/smb.conf" -M single -l "$SAMBA_DIR/log" \
    >"$SAMBA_DIR/log/start.log" 2>&1); then
    ad_problem "samba did not start; see $SAMBA_DIR/log/start.log and $SAMBA_DIR/log/log.samba"
    return 1
  fi
  # The first start generates a self-signed TLS key for LDAPS (about 1.5 s), then LDAP answers.
  local pid= deadline=$((SECONDS + 60))
  while ((SECONDS < deadline)); do
    [[ -n $pid ]] || pid=$(cat "$SAMBA_DIR/run/samba.pid" 2>/dev/null || true)
    if [[ -n $pid ]] && gone "$pid"; then
      ad_problem "samba (pid $pid) exited; see $SAMBA_DIR/log/log.samba"
      return 1
    fi
    if [[ -n $pid && $(ad_search_marker) == "$marker" ]]; then
      lap start
      say "Samba AD DC on ldap://$AD_HOST:$AD_PORT ($AD_USERS people under $AD_PEOPLE_DN; $(printf '%s, ' "${times[@]}" | sed 's/, $//'))"
      return 0
    fi
    sleep 0.1
  done
  ad_problem "samba did not answer on $AD_HOST:$AD_PORT within 60 s; see $SAMBA_DIR/log/log.samba"
  return 1
}

samba_stop() {
  [[ -f $SAMBA_DIR/run/samba.pid ]] || return 0
  stop_pid "$(head -n 1 "$SAMBA_DIR/run/samba.pid")" samba
  rm -f "$SAMBA_DIR/run/samba.pid"
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
      ad) AD_STARTED=$value ;;
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
  ((AD_STARTED)) || return 0
  cat <<EOF
-Dprofilesync.ad.url=ldap://$AD_HOST:$AD_PORT
-Dprofilesync.ad.bindDn=$AD_READER_DN
-Dprofilesync.ad.password=$AD_READER_PW
-Dprofilesync.ad.baseDn=$AD_BASE_DN
-Dprofilesync.ad.adminDn=$AD_ADMIN_DN
-Dprofilesync.ad.adminPassword=$AD_ADMIN_PW
-Dprofilesync.ad.userPassword=$AD_USER_PW
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
EOF
  if ((AD_STARTED)); then
    cat <<EOF
export PROFILESYNC_AD_URL=ldap://$AD_HOST:$AD_PORT
export PROFILESYNC_AD_BIND_DN=$AD_READER_DN
export PROFILESYNC_AD_PASSWORD=$AD_READER_PW
export PROFILESYNC_AD_BASE_DN=$AD_BASE_DN
export PROFILESYNC_AD_PEOPLE_DN=$AD_PEOPLE_DN
export PROFILESYNC_AD_ADMIN_DN=$AD_ADMIN_DN
export PROFILESYNC_AD_ADMIN_PASSWORD=$AD_ADMIN_PW
export PROFILESYNC_AD_USER_PASSWORD=$AD_USER_PW
EOF
  else
    echo "# Samba AD DC not running: no PROFILESYNC_AD_* settings"
  fi
  cat <<EOF
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
  AD_STARTED=0
  if ad_wanted; then
    if samba_start; then
      AD_STARTED=1
      echo "ad=1" >>"$ENV_DIR/ports"
    else
      samba_stop
    fi
  fi
  say "chromium: $("$CHROMIUM" --version 2>/dev/null | head -n 1), chromedriver: $("$CHROMEDRIVER" --version 2>/dev/null | cut -d' ' -f1-2)"
  [[ $STOP_ON_EXIT == always ]] || STOP_ON_EXIT=never
  say "started; stop with: $0 stop"
  say "for Maven, add these properties (or: eval \"\$($0 env)\"; mvn ... \$PROFILESYNC_MAVEN_ARGS):"
  maven_props | sed 's/^/  /' >&2
}

cmd_stop() {
  slapd_stop
  pg_stop
  samba_stop
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
  if running "$SAMBA_DIR/run/samba.pid" samba; then
    echo "samba AD DC: running on ldap://$AD_HOST:$AD_PORT"
  elif ((AD_STARTED)); then
    echo "samba AD DC: not running"
    rc=3
  else
    echo "samba AD DC: not started (PROFILESYNC_AD=0, or it could not start: see start's output)"
  fi
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
AD_STARTED=0
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
  case $AD_MODE in
    auto | 0 | 1) ;;
    *) die "PROFILESYNC_AD must be auto, 1 or 0, not '$AD_MODE'" ;;
  esac
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
