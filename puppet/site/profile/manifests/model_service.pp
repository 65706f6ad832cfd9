# @summary model-service on this host, with its PostgreSQL database and user.
#
# The database, its owner and the owner's password are created on this host's PostgreSQL server
# (puppetlabs-postgresql) unless `manage_database` is off, when `db_host` names a server managed
# elsewhere. The password stays Sensitive from Hiera to the host: in the operator file's content
# and as the role's SCRAM-SHA-256 verifier (the server's `password_encryption` is
# `scram-sha-256`, set in `data/common.yaml`).
#
# With `tls` on (the default) the API serves HTTPS on `port`, requiring a client certificate from
# the Puppet CA, and answers only `allowed_callers`; the actuator is on `management_port`.
#
# @param db_password
#   The database user's password, Sensitive: a plain String would sit in the catalog in clear as
#   this class's parameter. `data/common.yaml` has Hiera convert it (`lookup_options`,
#   `convert_to: Sensitive`); keep it encrypted in Hiera (hiera-eyaml) in production. ASCII:
#   PostgreSQL normalizes other characters (SASLprep) before hashing, which
#   `carve::scram_sha256` does not.
# @param db_name
#   The database's name.
# @param db_user
#   The database user the service connects as; it owns the database.
# @param db_host
#   The PostgreSQL server's host name or address.
# @param db_port
#   The PostgreSQL server's port.
# @param manage_database
#   Whether to manage the PostgreSQL server, database and user on this host.
# @param port
#   The service's API port (HTTPS with `tls` on).
# @param tls
#   Whether the service uses the node's Puppet agent certificate (`carve::tls`) to serve mutual
#   TLS.
# @param allowed_callers
#   The certificate names (certnames) allowed to call the API and read its metrics.
# @param management_port
#   The actuator's port (with `tls` on): health for anyone, metrics for allowed callers.
# @param memory_max
#   The unit's `MemoryMax`.
# @param tasks_max
#   The unit's `TasksMax`.
# @param settings
#   Further properties for the operator file, merged over those this profile sets.
# @param package_ensure
#   `installed` (a host keeps the version it has), `latest`, a version (to upgrade or roll back
#   to), or `absent`/`purged`. `.ci/steps/deploy` sets it: `latest`, or the version it is given.
# @param package_source
#   A local `.deb` to install instead of the apt repository's package.
# @param java_opts
#   JVM options for the service.
# @param manage_service
#   Whether Puppet manages the running service (off where systemd does not run).
class profile::model_service (
  Sensitive[String[1]] $db_password,
  String[1] $db_name = 'model_service',
  String[1] $db_user = 'model_service',
  Stdlib::Host $db_host = 'localhost',
  Stdlib::Port $db_port = 5432,
  Boolean $manage_database = true,
  Stdlib::Port::Unprivileged $port = 8081,
  Boolean $tls = true,
  Array[String[1]] $allowed_callers = [],
  Stdlib::Port::Unprivileged $management_port = 9081,
  Carve::Memorysize $memory_max = '1G',
  Integer[32] $tasks_max = 512,
  Hash[String[1], Data] $settings = {},
  String[1] $package_ensure = 'installed',
  Optional[Stdlib::Absolutepath] $package_source = undef,
  Array[String[1]] $java_opts = [],
  Boolean $manage_service = true,
) {
  $password = $db_password
  if $manage_database {
    include postgresql::server
    # Declared before postgresql::server::db, which then leaves the role to it: puppetlabs-postgresql
    # 6.7 would put an md5 hash of the password, in clear, into the catalog.
    postgresql::server::role { $db_user:
      password_hash => false,
      before        => Postgresql::Server::Database[$db_name],
    }
    postgresql::server::db { $db_name:
      user     => $db_user,
      owner    => $db_user,
      password => false,
      before   => Carve::Service['model-service'],
    }
    # Through the environment, as puppetlabs-postgresql does, so that psql's command line does not
    # show it; set again only when the role's verifier differs.
    $verifier = carve::scram_sha256($db_user, $password, $db_name)
    postgresql_psql { "ALTER ROLE ${db_user} PASSWORD (SCRAM-SHA-256)":
      command     => "ALTER ROLE \"${db_user}\" PASSWORD '\$NEWPGPASSWD'",
      unless      => "SELECT 1 FROM pg_authid WHERE rolname = '${db_user}' AND rolpassword = '\$NEWPGPASSWD'",
      environment => $verifier.unwrap |$hash| { Sensitive(["NEWPGPASSWD=${hash}"]) },
      db          => $postgresql::server::default_database,
      port        => $postgresql::server::port,
      psql_user   => $postgresql::server::user,
      psql_group  => $postgresql::server::group,
      psql_path   => $postgresql::server::psql_path,
      require     => Postgresql::Server::Role[$db_user],
      before      => Carve::Service['model-service'],
    }
  }

  $database = {
    'spring' => {
      'datasource' => {
        'url'      => "jdbc:postgresql://${db_host}:${db_port}/${db_name}",
        'username' => $db_user,
      },
    },
    'carve'  => { 'embedded-database' => { 'enabled' => false } },
  }

  carve::service { 'model-service':
    port               => $port,
    settings           => deep_merge($database, $settings),
    sensitive_settings => $password.unwrap |$clear| {
      Sensitive({ 'spring' => { 'datasource' => { 'password' => $clear } } })
    },
    tls                => $tls,
    allowed_callers    => $allowed_callers,
    management_port    => $management_port,
    memory_max         => $memory_max,
    tasks_max          => $tasks_max,
    package_ensure     => $package_ensure,
    package_source     => $package_source,
    java_opts          => $java_opts,
    manage_service     => $manage_service,
  }
}
