# @summary model-service on this host, with its PostgreSQL database and user.
#
# The database, its owner and the owner's password are created on this host's PostgreSQL server
# (puppetlabs-postgresql) unless `manage_database` is off, when `db_host` names a server managed
# elsewhere.
#
# @param db_password
#   The database user's password; keep it encrypted in Hiera (hiera-eyaml) in production.
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
#   The service's HTTP port.
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
  Variant[String[1], Sensitive[String[1]]] $db_password,
  String[1] $db_name = 'model_service',
  String[1] $db_user = 'model_service',
  Stdlib::Host $db_host = 'localhost',
  Stdlib::Port $db_port = 5432,
  Boolean $manage_database = true,
  Stdlib::Port::Unprivileged $port = 8081,
  Hash[String[1], Data] $settings = {},
  String[1] $package_ensure = 'installed',
  Optional[Stdlib::Absolutepath] $package_source = undef,
  Array[String[1]] $java_opts = [],
  Boolean $manage_service = true,
) {
  $password = $db_password ? {
    Sensitive => $db_password.unwrap,
    default   => $db_password,
  }

  if $manage_database {
    include postgresql::server
    postgresql::server::db { $db_name:
      user     => $db_user,
      owner    => $db_user,
      password => postgresql::postgresql_password($db_user, $password),
      before   => Carve::Service['model-service'],
    }
  }

  $database = {
    'spring' => {
      'datasource' => {
        'url'      => "jdbc:postgresql://${db_host}:${db_port}/${db_name}",
        'username' => $db_user,
        'password' => $password,
      },
    },
    'carve'  => { 'embedded-database' => { 'enabled' => false } },
  }

  carve::service { 'model-service':
    port           => $port,
    settings       => deep_merge($database, $settings),
    package_ensure => $package_ensure,
    package_source => $package_source,
    java_opts      => $java_opts,
    manage_service => $manage_service,
  }
}
