# @summary Deploys one platform service from its Debian package: the package, its operator file
#   `/etc/<service>/application.yml`, its log folder, a systemd unit, and the running service.
#
# The title is the service's name (`model-service`, `gateway-legacy-adapter`).
#
# @example
#   carve::service { 'model-service':
#     port     => 8081,
#     settings => { 'spring' => { 'datasource' => { 'url' => 'jdbc:postgresql://db1:5432/model_service' } } },
#   }
#
# @param port
#   The HTTP port the service listens on (`server.port`); unprivileged, as the service runs
#   without capabilities.
# @param settings
#   Spring Boot properties written to the operator file, as nested hashes; merged over what this
#   type sets: the port, the log file `/var/log/<service>/<service>.log` and JSON (ECS) lines in it.
# @param package_ensure
#   `installed`, `latest`, a version, or `absent`/`purged`.
# @param package_source
#   A local `.deb` file, installed with dpkg; when undef the package comes from the host's apt
#   repositories.
# @param java_opts
#   JVM options, passed as `JAVA_OPTS` in the unit's environment.
# @param manage_service
#   Whether Puppet manages the service's state. Turn it off where systemd does not run.
# @param service_ensure
#   `running` or `stopped`.
# @param service_enable
#   Whether the service starts at boot.
define carve::service (
  Stdlib::Port::Unprivileged $port,
  Hash[String[1], Data] $settings = {},
  String[1] $package_ensure = 'installed',
  Optional[Stdlib::Absolutepath] $package_source = undef,
  Array[String[1]] $java_opts = [],
  Boolean $manage_service = true,
  Stdlib::Ensure::Service $service_ensure = 'running',
  Boolean $service_enable = true,
) {
  assert_type(Carve::Servicename, $title) |$expected, $actual| {
    fail("carve::service: '${title}' is not a service name (lower case words joined by '-')")
  }
  require carve::java

  $config_file = "/etc/${title}/application.yml"
  $log_dir = "/var/log/${title}"
  $unit_file = "/etc/systemd/system/${title}.service"
  $defaults = {
    'server'  => { 'port' => $port },
    'logging' => {
      # The file is named for the service; a path alone would give Boot's generic spring.log.
      'file'       => { 'path' => $log_dir, 'name' => "${log_dir}/${title}.log" },
      'structured' => { 'format' => { 'file' => 'ecs' } },
    },
  }

  $package_provider = $package_source ? {
    undef   => 'apt',
    default => 'dpkg',
  }

  package { $title:
    ensure   => $package_ensure,
    provider => $package_provider,
    source   => $package_source,
  }

  file { $config_file:
    ensure    => file,
    owner     => 'root',
    group     => $title,
    mode      => '0640',
    show_diff => false,
    content   => epp('carve/application.yml.epp', {
        'service'  => $title,
        'settings' => deep_merge($defaults, $settings),
    }),
  }

  file { $log_dir:
    ensure => directory,
    owner  => $title,
    group  => $title,
    mode   => '0750',
  }

  file { $unit_file:
    ensure  => file,
    owner   => 'root',
    group   => 'root',
    mode    => '0644',
    content => epp('carve/service.unit.epp', {
        'service'   => $title,
        'log_dir'   => $log_dir,
        'java_opts' => $java_opts,
    }),
  }

  Package[$title] -> File[$config_file, $log_dir, $unit_file]

  if $manage_service {
    service { $title:
      ensure => $service_ensure,
      enable => $service_enable,
    }
    File[$config_file, $log_dir, $unit_file] ~> Service[$title]
    Package[$title] ~> Service[$title]
  }
}
