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

# The model named $1, read through the gateway's legacy XML route (the gateway calling
# model-service, over mutual TLS with TLS on). The gateway gives model-service 2 s to answer; a
# machine busy with builds may take longer for the first calls of a cold JVM, so a 504 is tried
# again, up to five times.
expect_gateway_serves() {
  local answer attempt
  for attempt in 1 2 3 4 5; do
    answer=$(curl -s -w '\nHTTP %{http_code}' "http://127.0.0.1:$gateway_port/api/custom" -H 'Accept: application/xml' \
      -H 'Authorization: Bearer local-dev-token')
    grep -qF "<name type=\"str\">$1</name>" <<<"$answer" && return 0
    [ "${answer##*$'\n'}" = "HTTP 504" ] || break
    echo "the gateway's answer, attempt $attempt: 504 (model-service did not answer within its read timeout); again"
    sleep 2
  done
  echo "$answer"
  tail -n 20 /var/log/gateway-legacy-adapter/gateway-legacy-adapter.log | cut -c1-2000
  fail "the model through the gateway's legacy XML: no <name type=\"str\">$1</name> in the answer above"
}

# The legacy monolith's stand-in (the one ./run-local starts), run by java from source on
# $legacy_port: the gateway asks its /auth/check about every migrated request, and the signed-in
# user's token that expect_gateway_serves sends is one it accepts.
# expect_route_modes_by_hiera: the gateway (running, from the build's package) switched to the
# monolith and back by Hiera's profile::gateway::routes, each time reloaded as the package's unit
# reloads it (its ExecReload, as systemd is not running here), never restarted. Says so and skips
# where the package's unit has no ExecReload yet.
expect_route_modes_by_hiera() {
  local pid=${service_pids[gateway-legacy-adapter]} routes=/etc/gateway-legacy-adapter/routes.yml answer
  if ! grep -q '^ExecReload=' /lib/systemd/system/gateway-legacy-adapter.service; then
    route_modes=no
    return 0
  fi
  echo "== the route switched to the monolith and back by Hiera (profile::gateway::routes), the gateway reloaded, not restarted"
  echo 'profile::gateway::routes: { custom: "legacy" }' >>"$work/data/test.yaml"
  deploy_expecting 2 deploy-route-legacy.log
  expect_line "$routes" "      mode: legacy"
  grep -qF "File[$routes]/content" "$work/deploy-route-legacy.log" || fail "the deploy did not write the route's mode to $routes"
  ! grep -F 'File[/etc/gateway-legacy-adapter/application.yml]' "$work/deploy-route-legacy.log" \
    || fail "switching the route's mode changed the gateway's operator file, whose change restarts it"
  kill -HUP "$pid"
  # The stand-in's own /api/custom holds no item: an empty list in its dicttoxml layout.
  for _ in $(seq 1 20); do
    answer=$(curl -s "http://127.0.0.1:$gateway_port/api/custom" -H 'Accept: application/xml' -H 'Authorization: Bearer local-dev-token')
    [ "$answer" = '<?xml version="1.0" encoding="UTF-8" ?><root></root>' ] && break
    sleep 1
  done
  [ "$answer" = '<?xml version="1.0" encoding="UTF-8" ?><root></root>' ] \
    || { echo "$answer"; fail "after the reload in legacy mode, /api/custom did not come from the monolith"; }
  kill -0 "$pid" 2>/dev/null || fail "the gateway stopped on the reload (SIGHUP)"
  sed -i '$d' "$work/data/test.yaml"
  deploy_expecting 2 deploy-route-migrated.log
  expect_line "$routes" "      mode: migrated"
  kill -HUP "$pid"
  for _ in $(seq 1 20); do
    curl -s "http://127.0.0.1:$gateway_port/api/custom" -H 'Accept: application/xml' -H 'Authorization: Bearer local-dev-token' \
      | grep -qF '<name type="str">acceptance</name>' && break
    sleep 1
  done
  expect_gateway_serves acceptance
  kill -0 "$pid" 2>/dev/null || fail "the gateway stopped on the reload (SIGHUP)"
  expect_equal "${service_pids[gateway-legacy-adapter]}" "$pid" "the gateway's pid across both reloads"
  route_modes=yes
}
start_monolith_stand_in() {
  java "$root_dir/gateway-legacy-adapter/src/test/java/io/carve/gateway/legacy/LegacyStandIn.java" "$legacy_port" \
    >"$work/monolith.out" 2>&1 &
  service_pids[monolith]=$!
  for _ in $(seq 1 60); do
    [ "$(curl -s -o /dev/null -w '%{http_code}' -H 'Authorization: Bearer local-dev-token' "http://127.0.0.1:$legacy_port/auth/check")" = 204 ] && return 0
    sleep 1
  done
  cat "$work/monolith.out"
  fail "the stand-in monolith did not answer its /auth/check on port $legacy_port within 60 s"
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

# tls=yes when the package's service-starter knows carve.tls.* (its configuration metadata says
# so), tls=no otherwise; CARVE_ACCEPTANCE_TLS=no forces the latter. Sets the URLs and the curl
# options the checks use.
choose_tls() {
  local deb=$1 jar=$work/jar
  tls=no
  mkdir -p "$jar"
  # The starter: a plain jar in lib/ of a package with the extracted layout, nested in the
  # executable jar of an older package.
  dpkg-deb --fsys-tarfile "$deb" | tar -xO --wildcards './usr/share/*/lib/service-starter-*.jar' >"$jar/starter.jar" 2>/dev/null || true
  if [ ! -s "$jar/starter.jar" ]; then
    dpkg-deb --fsys-tarfile "$deb" | tar -xO --wildcards './usr/share/*/*.jar' >"$jar/service.jar"
    unzip -p "$jar/service.jar" 'BOOT-INF/lib/service-starter-*.jar' >"$jar/starter.jar" 2>/dev/null || true
  fi
  if [ "${CARVE_ACCEPTANCE_TLS:-}" != no ] \
    && unzip -p "$jar/starter.jar" META-INF/spring-configuration-metadata.json 2>/dev/null | grep -q '"carve\.tls\.certificate"'; then
    tls=yes
  fi
  node=node1.carve.test
  ssl=$work/ssl
  if [ "$tls" = yes ]; then
    echo "== mutual TLS: the packages' starter knows carve.tls.*"
    model_service_url=https://localhost:$port
    model_service_health=https://localhost:$management_port/actuator/health
    gateway_health=http://127.0.0.1:$gateway_management_port/actuator/health
    curl_ca=(--cacert "$ssl/certs/ca.pem")
    node_certificate=(--cert "$ssl/certs/$node.pem" --key "$ssl/private_keys/$node.pem")
  else
    echo "== WITHOUT TLS: the packages' starter does not know carve.tls.*; the test deploys with tls: false"
    model_service_url=http://127.0.0.1:$port
    model_service_health=http://127.0.0.1:$port/actuator/health
    gateway_health=http://127.0.0.1:$gateway_port/actuator/health
    curl_ca=()
    node_certificate=()
  fi
}

# curl as the node's own services call model-service: with its certificate (with TLS on).
model_service_curl() {
  curl "${curl_ca[@]}" "${node_certificate[@]}" "$@"
}

# make_certificates DIR: a test CA standing in for the Puppet CA, laid out as the agent's ssldir
# (certs/ca.pem, certs/<certname>.pem, private_keys/<certname>.pem) with RSA keys in PKCS#1, as
# Puppet writes them; the node's certificate names it (CN and DNS SAN) and localhost, for both
# server and client use. Beside them: another CA with a certificate of the same name, and a
# certificate of the test CA for a name no service allows.
make_certificates() {
  local dir=$1
  mkdir -p "$dir/certs" "$dir/private_keys" "$dir/other" "$dir/intruder"
  make_ca "$dir/ca" "Puppet CA: acceptance" "$dir/certs/ca.pem"
  make_ca "$dir/other/ca" "Another CA" "$dir/other/ca.pem"
  issue "$dir/ca" "$dir/certs/ca.pem" "$node" "DNS:$node,DNS:localhost,IP:127.0.0.1" "$dir/certs/$node.pem" "$dir/private_keys/$node.pem"
  issue "$dir/other/ca" "$dir/other/ca.pem" "$node" "DNS:$node,DNS:localhost,IP:127.0.0.1" "$dir/other/$node.pem" "$dir/other/$node.key"
  issue "$dir/ca" "$dir/certs/ca.pem" intruder.carve.test "DNS:intruder.carve.test" "$dir/intruder/cert.pem" "$dir/intruder/key.pem"
}

make_ca() {
  local key=$1.key name=$2 certificate=$3
  openssl genrsa -traditional -out "$key" 2048 2>/dev/null
  openssl req -x509 -new -key "$key" -subj "/CN=$name" -days 2 -sha256 \
    -addext basicConstraints=critical,CA:true -addext keyUsage=critical,keyCertSign,cRLSign -out "$certificate"
}

# issue CA_BASE CA_CERTIFICATE NAME SAN CERTIFICATE KEY
issue() {
  local ca=$1 ca_certificate=$2 name=$3 san=$4 certificate=$5 key=$6
  openssl genrsa -traditional -out "$key" 2048 2>/dev/null
  openssl req -new -key "$key" -subj "/CN=$name" -out "$certificate.csr"
  printf 'subjectAltName=%s\nbasicConstraints=critical,CA:false\nkeyUsage=critical,digitalSignature,keyEncipherment\nextendedKeyUsage=serverAuth,clientAuth\n' "$san" >"$certificate.ext"
  openssl x509 -req -in "$certificate.csr" -CA "$ca_certificate" -CAkey "$ca.key" -CAcreateserial -days 2 -sha256 \
    -extfile "$certificate.ext" -out "$certificate" 2>/dev/null
  rm -f "$certificate.csr" "$certificate.ext"
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
# No systemd here: the test starts the services and PostgreSQL itself.
profile::model_service::manage_service: false
profile::gateway::manage_service: false
postgresql::server::service_manage: false
postgresql::globals::version: "$pg_version"
YAML
  if [ "$tls" = yes ]; then
    cat >>"$file" <<YAML
# The test CA's files stand in for the Puppet agent's.
carve::tls::certificate_source: "$ssl/certs/$node.pem"
carve::tls::private_key_source: "$ssl/private_keys/$node.pem"
carve::tls::ca_source: "$ssl/certs/ca.pem"
profile::model_service::allowed_callers:
  - "$node"
profile::model_service::management_port: $management_port
profile::gateway::management_port: $gateway_management_port
# Called as https://, the name its certificate has.
profile::gateway::model_service_instances:
  - "http://localhost:$port"
YAML
  else
    cat >>"$file" <<YAML
profile::model_service::tls: false
profile::gateway::tls: false
profile::gateway::model_service_instances:
  - "http://127.0.0.1:$port"
YAML
  fi
}

# The certificate, key and CA copied for each service, readable by its user alone.
check_tls_files() {
  local service name source
  for service in "${services[@]}"; do
    if [ "$tls" = no ]; then
      [ ! -e "/etc/$service/tls" ] || fail "/etc/$service/tls is there without TLS"
      continue
    fi
    expect_equal "$(stat -c '%U:%G %a' "/etc/$service/tls")" "$service:$service 500" "$service's TLS folder owner and mode"
    for name in certificate private-key ca; do
      case $name in
        certificate) source=$ssl/certs/$node.pem ;;
        private-key) source=$ssl/private_keys/$node.pem ;;
        ca) source=$ssl/certs/ca.pem ;;
      esac
      cmp -s "$source" "/etc/$service/tls/$name.pem" || fail "/etc/$service/tls/$name.pem is not a copy of $source"
    done
    expect_equal "$(stat -c '%U:%G %a' "/etc/$service/tls/private-key.pem")" "$service:$service 400" "$service's private key owner and mode"
    expect_equal "$(stat -c '%U:%G %a' "/etc/$service/tls/certificate.pem")" "$service:$service 440" "$service's certificate owner and mode"
    expect_equal "$(stat -c '%U:%G %a' "/etc/$service/tls/ca.pem")" "$service:$service 440" "$service's CA owner and mode"
  done
  if [ "$tls" = yes ]; then
    expect_line /etc/model-service/application.yml "    private-key: \"/etc/model-service/tls/private-key.pem\""
    expect_line /etc/model-service/application.yml "    - $node"
    expect_line /etc/gateway-legacy-adapter/application.yml "    server-enabled: false"
    expect_line /etc/gateway-legacy-adapter/application.yml "  address: 127.0.0.1"
  fi
}

# systemd-analyze's offline verdict on the package's unit with Puppet's drop-in, printed; an
# exposure above 2.5 (of 10) fails.
check_unit_security() {
  local service=$1 status=0
  systemd-analyze security --offline=true --threshold=25 --no-pager "$service.service" >"$work/security-$service.txt" 2>&1 || status=$?
  grep -E 'Overall exposure level' "$work/security-$service.txt" || { cat "$work/security-$service.txt"; fail "systemd-analyze security did not rate $service.service"; }
  [ "$status" -eq 0 ] || { cat "$work/security-$service.txt"; fail "$service.service's exposure is above 2.5"; }
}

# A caller with no certificate or one of another CA gets no TLS session from model-service; one
# of the test CA whose name is not allowed gets a 403 problem; the node's own, allowed, its answer.
expect_callers_refused() {
  local status code
  for caller in none other-ca; do
    local options=()
    [ "$caller" = other-ca ] && options=(--cert "$ssl/other/$node.pem" --key "$ssl/other/$node.key")
    status=0
    code=$(curl -s -o /dev/null -w '%{http_code}' "${curl_ca[@]}" "${options[@]}" "$model_service_url/api/v1/models") || status=$?
    [ "$status" -ne 0 ] && [ "$code" = 000 ] \
      || fail "model-service answered a caller with $caller certificate: HTTP $code (curl exit $status)"
    echo "refused at the handshake: a caller with certificate $caller (curl exit $status)"
  done
  code=$(curl -s -o "$work/intruder.json" -w '%{http_code} %{content_type}' "${curl_ca[@]}" \
    --cert "$ssl/intruder/cert.pem" --key "$ssl/intruder/key.pem" "$model_service_url/api/v1/models")
  expect_equal "$code" "403 application/problem+json" "model-service's answer to a certificate not allowed"
  echo "refused with a 403 problem: intruder.carve.test, signed by the CA but not allowed"
  expect_equal "$(model_service_curl -s -o /dev/null -w '%{http_code}' "$model_service_url/api/v1/models")" 200 "model-service's answer to the node's own certificate"
  code=$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/api/v1/models") || true
  [ "$code" != 200 ] || fail "model-service answered plain HTTP on its TLS port"
  # The actuator's port: health for anyone (above), metrics for allowed callers only.
  expect_equal "$(curl -s -o /dev/null -w '%{http_code}' "${curl_ca[@]}" "https://localhost:$management_port/actuator/prometheus")" 403 \
    "model-service's metrics to a caller with no certificate"
  expect_equal "$(curl -s -o /dev/null -w '%{http_code}' "${curl_ca[@]}" --cert "$ssl/intruder/cert.pem" --key "$ssl/intruder/key.pem" \
    "https://localhost:$management_port/actuator/prometheus")" 403 "model-service's metrics to a certificate not allowed"
  expect_equal "$(model_service_curl -s -o /dev/null -w '%{http_code}' "https://localhost:$management_port/actuator/prometheus")" 200 \
    "model-service's metrics to the node's own certificate"
  echo "model-service's metrics (management port $management_port): 403 without a certificate or with one not allowed, 200 for $node"
}

# The service's JVM runs under a seccomp filter more than this shell does: syscall-filter.py's.
expect_syscall_filter() {
  local service=$1 mine theirs
  mine=$(sed -n 's/^Seccomp_filters:\t//p' /proc/self/status)
  theirs=$(sed -n 's/^Seccomp_filters:\t//p' "/proc/${service_pids[$service]}/status")
  case "$(readlink "/proc/${service_pids[$service]}/exe")" in
    */java) ;;
    *) fail "$service's process is not a JVM: $(readlink "/proc/${service_pids[$service]}/exe")" ;;
  esac
  [ "${theirs:-0}" -gt "${mine:-0}" ] || fail "$service's JVM runs under no system call filter of its own (Seccomp_filters $theirs, this shell's $mine)"
  echo "$service's JVM runs under SystemCallFilter=@system-service (seccomp filters: $theirs)"
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

# Starts /usr/bin/<service> as its user, with a clean environment, no new privileges and the
# package unit's system call filter, as systemd would.
start_service() {
  local service=$1 output=$2
  (cd / && exec env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin LANG=C.UTF-8 \
    setpriv --reuid="$service" --regid="$service" --init-groups --no-new-privs \
    /usr/bin/python3 -c "$syscall_filter" /usr/bin/"$service") >"$output" 2>&1 &
  service_pids[$service]=$!
}

wait_for_health() {
  local service=$1 url=$2 seconds=$3 output=$4 body
  for _ in $(seq "$seconds"); do
    body=$(curl -s "${curl_ca[@]}" "$url" || true)
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
    rm -rf "/etc/$service" "/var/log/$service" "/etc/systemd/system/$service.service" "/etc/systemd/system/$service.service.d"
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
