# Helpers of bin/acceptance: assertions, PostgreSQL, the signed apt repository, the service
# process, the test's Hiera and the clean-up that leaves the machine as it found it.

fail() {
  echo "acceptance: FAILED: $*" >&2
  exit 1
}

expect_equal() {
  [ "$1" = "$2" ] || fail "$3: expected '$2', got '$1'"
}

expect_line() {
  grep -qxF -- "$2" "$1" || fail "$1 has no line '$2'"
}

# The model named $1, read through the gateway's legacy XML route.
expect_gateway_serves() {
  expect_equal "$(curl -s "http://127.0.0.1:$gateway_port/api/custom" -H 'Accept: application/xml' | grep -o "<name type=\"str\">$1</name>")" \
    "<name type=\"str\">$1</name>" "the model through the gateway's legacy XML"
}

find_package() {
  local debs=("$1"/*_all.deb)
  [ -f "${debs[0]}" ] || fail "no .deb in $1: build it first (./mvnw verify builds it before this test)"
  [ ${#debs[@]} -eq 1 ] || fail "more than one .deb in $1: ${debs[*]}"
  echo "${debs[0]}"
}

# The machine's first PostgreSQL cluster, started if it is not running (and stopped again after).
start_postgresql() {
  read -r pg_version pg_cluster pg_status < <(pg_lsclusters -h | awk 'NR == 1 { print $1, $2, $4 }')
  [ -n "${pg_version:-}" ] || fail "no PostgreSQL cluster on this machine (apt-get install postgresql creates one)"
  pg_conf=/etc/postgresql/$pg_version/$pg_cluster
  cp -p "$pg_conf/pg_hba.conf" "$pg_conf/postgresql.conf" "$work/"
  if [ "$pg_status" != online ]; then
    pg_ctlcluster "$pg_version" "$pg_cluster" start
    started_postgresql=yes
  fi
  if [ -n "$(cd / && runuser -u postgres -- psql -tA -c "select 1 from pg_database where datname = 'model_service'")" ]; then
    fail "PostgreSQL $pg_version/$pg_cluster already has a model_service database; the test would drop it. Drop it first."
  fi
  owns_database=yes
  if ! dpkg -s openjdk-17-jre-headless >/dev/null 2>&1; then
    installed_java=yes
  fi
  db_password=$(head -c 12 /dev/urandom | od -An -tx1 | tr -d ' \n')
}

# What the test's host has of its own, over the staging environment's data: deploy --data.
write_test_data() {
  local file=$1
  mkdir -p "$(dirname "$file")"
  cat >"$file" <<YAML
---
role::platform::services:
  - model-service
  - gateway-legacy-adapter
profile::model_service::db_password: "$db_password"
profile::model_service::port: $port
profile::gateway::port: $gateway_port
profile::gateway::legacy_base_url: "http://127.0.0.1:$legacy_port"
profile::gateway::model_service_instances:
  - "http://127.0.0.1:$port"
# No systemd here: the test starts the services and PostgreSQL itself.
profile::model_service::manage_service: false
profile::gateway::manage_service: false
postgresql::server::service_manage: false
postgresql::globals::version: "$pg_version"
YAML
}

# A throwaway signing key, given to publish-debs as the CI's secret store would.
make_signing_key() {
  local gnupg=$work/gnupg
  mkdir -m 0700 "$gnupg"
  GNUPGHOME=$gnupg gpg --batch --quiet --passphrase '' --quick-gen-key 'Carve acceptance test <acceptance@carve.example>' ed25519 sign 1d 2>/dev/null
  CARVE_APT_SIGNING_KEY=$(GNUPGHOME=$gnupg gpg --batch --armor --export-secret-keys)
  export CARVE_APT_SIGNING_KEY
  GNUPGHOME=$gnupg gpgconf --kill all
}

# The package as a previous release of it: the same files under an older version, whose default
# operator file differed (one comment line more), as a new release's defaults often do.
repack_deb() {
  local deb=$1 version=$2 out=$3 root package
  mkdir -p "$out"
  root=$(mktemp -d "$out/repack.XXXXXX")
  chmod 0755 "$root"
  dpkg-deb -R "$deb" "$root"
  sed -i "s/^Version: .*/Version: $version/" "$root/DEBIAN/control"
  package=$(sed -n 's/^Package: //p' "$root/DEBIAN/control")
  printf '# The defaults of %s %s.\n' "$package" "$version" >>"$root/etc/$package/application.yml"
  (cd "$root" && find . -path ./DEBIAN -prune -o -type f -printf '%P\0' | LC_ALL=C sort -z | xargs -0 md5sum) >"$root/DEBIAN/md5sums"
  dpkg-deb -Zgzip -z1 --root-owner-group -b "$root" "$out/${package}_${version}_all.deb" >/dev/null
  rm -rf "$root"
}

# Serves the repository over HTTP on the loopback, with the WEBrick that Puppet's Ruby brings.
serve_repository() {
  local dir=$1 port=$2
  ruby -run -e httpd -- --bind-address=127.0.0.1 --port="$port" "$dir" >"$work/repository.log" 2>&1 &
  repository_pid=$!
  for _ in $(seq 30); do
    curl -sf -o /dev/null "http://127.0.0.1:$port/dists/bookworm/InRelease" && return 0
    sleep 1
  done
  cat "$work/repository.log"
  fail "the apt repository's HTTP server did not answer on port $port"
}

# The apt files that puppetlabs-apt creates when they are missing, so that the clean-up removes
# only what the run made.
apt_files=(/etc/apt/sources.list /etc/apt/preferences /etc/apt/apt.conf.d/15update-stamp /var/lib/apt/periodic/update-success-stamp)
note_apt_files() {
  local file
  apt_files_noted=yes
  apt_files_found=()
  for file in "${apt_files[@]}"; do
    [ -e "$file" ] && apt_files_found+=("$file")
  done
  return 0
}

# Starts /usr/bin/<service> as its user, with a clean environment, as systemd would.
start_service() {
  local service=$1 output=$2
  (cd / && exec env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin LANG=C.UTF-8 \
    setpriv --reuid="$service" --regid="$service" --init-groups /usr/bin/"$service") >"$output" 2>&1 &
  service_pids[$service]=$!
}

wait_for_health() {
  local service=$1 url=$2 seconds=$3 output=$4 body
  for _ in $(seq "$seconds"); do
    body=$(curl -s "$url" || true)
    # The overall status comes last; a component's "status":"UP" is not enough.
    case "$body" in
      *'"status":"UP"}') echo "$url: $body"; return 0 ;;
    esac
    kill -0 "${service_pids[$service]}" 2>/dev/null || { cat "$output"; fail "$service exited before it was healthy"; }
    sleep 1
  done
  cat "$output"
  fail "$url was not UP within $seconds s (last answer: ${body:-none})"
}

stop_service() {
  local service=$1 expected=$2 status=0
  kill -TERM "${service_pids[$service]}"
  wait "${service_pids[$service]}" || status=$?
  unset "service_pids[$service]"
  expect_equal "$status" "$expected" "$service's exit status after SIGTERM"
}

cleanup() {
  local status=$?
  set +e
  for pid in "${service_pids[@]}"; do
    kill -KILL "$pid" 2>/dev/null
    wait "$pid" 2>/dev/null
  done
  for service in "${services[@]}"; do
    dpkg --purge "$service" >/dev/null 2>&1
    getent passwd "$service" >/dev/null && deluser --system --quiet "$service" 2>/dev/null
    getent group "$service" >/dev/null && delgroup --system --quiet "$service"
    rm -rf "/etc/$service" "/var/log/$service" "/etc/systemd/system/$service.service"
  done
  [ -n "${repository_pid:-}" ] && kill "$repository_pid" 2>/dev/null && wait "$repository_pid" 2>/dev/null
  rm -f /etc/apt/sources.list.d/carve-platform.list /usr/share/keyrings/carve-platform.asc
  if [ -n "${repo_port:-}" ]; then
    rm -f /var/lib/apt/lists/127.0.0.1:"${repo_port}"_*
  fi
  if [ "${apt_files_noted:-}" = yes ]; then
    for file in "${apt_files[@]}"; do
      [[ " ${apt_files_found[*]-} " == *" $file "* ]] || rm -f "$file"
    done
  fi
  for service in "${services[@]}"; do
    rm -f /var/cache/apt/archives/"${service}"_*.deb
  done
  if [ "${owns_database:-}" = yes ]; then
    # FORCE: PostgreSQL may not have closed the stopped service's connections yet.
    (cd / && PGOPTIONS='-c client_min_messages=warning' runuser -u postgres -- psql -q \
      -c 'DROP DATABASE IF EXISTS model_service WITH (FORCE)' -c 'DROP ROLE IF EXISTS model_service')
  fi
  if [ -n "${pg_conf:-}" ]; then
    cp -p "$work/pg_hba.conf" "$work/postgresql.conf" "$pg_conf/" 2>/dev/null
    if [ "${started_postgresql:-}" = yes ]; then
      pg_ctlcluster "$pg_version" "$pg_cluster" stop
    else
      pg_ctlcluster "$pg_version" "$pg_cluster" reload
    fi
  fi
  if [ "${installed_java:-}" = yes ]; then
    apt-get purge -y -qq openjdk-17-jre-headless >/dev/null 2>&1
  fi
  rm -rf "$work"
  exit "$status"
}
