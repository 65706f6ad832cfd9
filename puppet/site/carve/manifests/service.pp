# @summary Deploys one platform service from its Debian package: the package, its operator file
#   `/etc/<service>/application.yml`, its log folder, its TLS files, a systemd drop-in, and the
#   running service.
#
# With `tls` on (the default), the node's Puppet agent certificate, key and CA (`carve::tls`) are
# copied to `/etc/<service>/tls/`, readable by the service's user only, and the operator file points
# `carve.tls.*` at them: the service serves HTTPS requiring a client certificate from the same CA,
# answers only the callers in `allowed_callers`, and its clients present the certificate. The files
# are copied again when the agent's change; the service reloads them without a restart.
#
# The operator file is Sensitive as a whole (it may hold passwords): neither the catalog's logs nor
# reports show it. The hardening of the unit is the package's (`/lib/systemd/system/<service>.service`);
# Puppet adds a drop-in with what varies by host: JVM options and memory and task limits.
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
#   The port the service's API listens on (`server.port`); unprivileged, as the service runs
#   without capabilities. HTTPS with `tls` on and `tls_server_enabled`, HTTP otherwise.
# @param settings
#   Spring Boot properties written to the operator file, as nested hashes; merged over what this
#   type sets: the port, the address, TLS, the log file `/var/log/<service>/<service>.log` and JSON
#   (ECS) lines in it.
# @param reloadable_settings
#   Files in `/etc/<service>/` that the service reads again on `systemctl reload`, by file name,
#   each as nested hashes of Spring Boot properties (the gateway's `routes.yml`). A change to one
#   reloads the running service instead of restarting it; they hold no secrets, so the agent shows
#   their diff.
# @param sensitive_settings
#   Properties that are secrets (passwords), merged over `settings`; Sensitive, as is the whole file.
# @param address
#   The address the API listens on (`server.address`); undef leaves it to the service (all
#   interfaces with TLS, loopback only without).
# @param tls
#   Whether the service uses the node's Puppet agent certificate (`carve::tls`): copied to
#   `/etc/<service>/tls/{certificate,private-key,ca}.pem` and named by `carve.tls.*`.
# @param tls_server_enabled
#   `carve.tls.server-enabled`: off, the service uses its certificate only as a client and serves
#   plain HTTP (a public edge behind a TLS-terminating load balancer; give it an `address`).
# @param allowed_callers
#   `carve.security.allowed-callers`: the certificate names (certnames) allowed to call the
#   service's API and its metrics; with `tls` on only.
# @param management_port
#   `management.server.port`, the actuator's port (health for the load balancer, metrics for
#   allowed callers); with `tls` on only. Undef leaves the actuator on the API port.
# @param memory_max
#   The unit's `MemoryMax`: the service's memory, JVM heap (capped by the package's
#   /etc/default/<service>, 96 MB), metaspace, threads and buffers together; beyond it the kernel
#   kills the service.
# @param tasks_max
#   The unit's `TasksMax`: the service's threads.
# @param package_ensure
#   `installed`, `latest`, a version, or `absent`/`purged`.
# @param package_source
#   A local `.deb` file, installed with dpkg; when undef the package comes from the host's apt
#   repositories.
# @param java_opts
#   JVM options, passed as `JAVA_OPTS` in the unit's environment; they come after the package's
#   /etc/default/<service>, so `-Xmx` here wins over its heap cap.
# @param manage_service
#   Whether Puppet manages the service's state. Turn it off where systemd does not run.
# @param service_ensure
#   `running` or `stopped`.
# @param service_enable
#   Whether the service starts at boot.
define carve::service (
  Stdlib::Port::Unprivileged $port,
  Hash[String[1], Data] $settings = {},
  Hash[Pattern[/\A[a-z0-9][a-z0-9-]*\.yml\z/], Hash[String[1], Data]] $reloadable_settings = {},
  Optional[Sensitive[Hash[String[1], Data]]] $sensitive_settings = undef,
  Optional[Stdlib::IP::Address::Nosubnet] $address = undef,
  Boolean $tls = true,
  Boolean $tls_server_enabled = true,
  Array[String[1]] $allowed_callers = [],
  Optional[Stdlib::Port::Unprivileged] $management_port = undef,
  Carve::Memorysize $memory_max = '1G',
  Integer[32] $tasks_max = 512,
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
  $tls_dir = "/etc/${title}/tls"
  $unit_dir = "/etc/systemd/system/${title}.service.d"
  $drop_in = "${unit_dir}/carve.conf"
  $tls_files = {
    'certificate' => "${tls_dir}/certificate.pem",
    'private-key' => "${tls_dir}/private-key.pem",
    'ca'          => "${tls_dir}/ca.pem",
  }

  $address_settings = $address ? {
    undef   => {},
    default => { 'server' => { 'address' => $address } },
  }
  if $tls {
    $tls_settings = {
      'carve'      => {
        'tls'      => $tls_files + { 'server-enabled' => $tls_server_enabled },
        'security' => { 'allowed-callers' => $allowed_callers },
      },
    }
    $management_settings = $management_port ? {
      undef   => {},
      default => { 'management' => { 'server' => { 'port' => $management_port } } },
    }
  } else {
    $tls_settings = {}
    $management_settings = {}
  }
  $defaults = deep_merge({
      'server'  => { 'port' => $port },
      'logging' => {
        # The file is named for the service; a path alone would give Boot's generic spring.log.
        'file'       => { 'path' => $log_dir, 'name' => "${log_dir}/${title}.log" },
        'structured' => { 'format' => { 'file' => 'ecs' } },
      },
  }, $address_settings, $tls_settings, $management_settings)

  $package_provider = $package_source ? {
    undef   => 'apt',
    default => 'dpkg',
  }

  package { $title:
    ensure   => $package_ensure,
    provider => $package_provider,
    source   => $package_source,
  }

  # The secrets are unwrapped only to be written into content that is Sensitive again.
  $secrets = $sensitive_settings ? {
    undef   => {},
    default => $sensitive_settings.unwrap,
  }
  file { $config_file:
    ensure    => file,
    owner     => 'root',
    group     => $title,
    mode      => '0640',
    show_diff => false,
    backup    => false,
    content   => Sensitive(epp('carve/application.yml.epp', {
          'service'  => $title,
          'settings' => deep_merge($defaults, $settings, $secrets),
    })),
  }

  $reloadable_files = $reloadable_settings.map |$name, $file_settings| {
    file { "/etc/${title}/${name}":
      ensure  => file,
      owner   => 'root',
      group   => $title,
      mode    => '0640',
      content => epp('carve/reloadable.yml.epp', {
          'service'  => $title,
          'settings' => $file_settings,
      }),
    }
    "/etc/${title}/${name}"
  }

  file { $log_dir:
    ensure => directory,
    owner  => $title,
    group  => $title,
    mode   => '0750',
  }

  if $tls {
    include carve::tls
    # Readable by the service's user and nobody else. No restart when they change: the service
    # reloads them. No copy of the key in Puppet's file bucket.
    file { $tls_dir:
      ensure  => directory,
      owner   => $title,
      group   => $title,
      mode    => '0500',
      purge   => true,
      recurse => true,
      force   => true,
    }
    $tls_sources = {
      'certificate' => [$carve::tls::certificate_source, '0440'],
      'private-key' => [$carve::tls::private_key_source, '0400'],
      'ca'          => [$carve::tls::ca_source, '0440'],
    }
    $tls_sources.each |$name, $file| {
      file { $tls_files[$name]:
        ensure    => file,
        owner     => $title,
        group     => $title,
        mode      => $file[1],
        source    => $file[0],
        show_diff => false,
        backup    => false,
      }
    }
    Package[$title] -> File[$tls_dir]
  } else {
    file { $tls_dir:
      ensure  => absent,
      recurse => true,
      force   => true,
      backup  => false,
    }
  }

  # The unit of an earlier version of this type, which took the place of the package's.
  file { "/etc/systemd/system/${title}.service":
    ensure => absent,
  }
  file { $unit_dir:
    ensure => directory,
    owner  => 'root',
    group  => 'root',
    mode   => '0755',
  }
  file { $drop_in:
    ensure  => file,
    owner   => 'root',
    group   => 'root',
    mode    => '0644',
    content => epp('carve/service.drop-in.epp', {
        'service'    => $title,
        'java_opts'  => $java_opts,
        'memory_max' => $memory_max,
        'tasks_max'  => $tasks_max,
    }),
  }

  Package[$title] -> File[$config_file, $log_dir, $drop_in, $reloadable_files]

  if $manage_service {
    service { $title:
      ensure => $service_ensure,
      enable => $service_enable,
    }
    File[$config_file, $log_dir, $drop_in, "/etc/systemd/system/${title}.service"] ~> Service[$title]
    if $tls {
      File[$tls_dir, $tls_files.values] -> Service[$title]
    }
    Package[$title] ~> Service[$title]
    unless $reloadable_files.empty {
      # Reloaded, not restarted: the service reads these files again without dropping requests.
      # Only when the running service is older than a file: a service (re)started in this run, by
      # its package or Puppet, read them at start, and a SIGHUP while it starts would stop it.
      # try-reload-or-restart leaves a stopped service stopped.
      $started = "systemctl show --timestamp=us -P ActiveEnterTimestamp ${title}"
      exec { "reload ${title}":
        command     => "systemctl try-reload-or-restart ${title}",
        onlyif      => "test -n \"\$(find ${reloadable_files.join(' ')} -newermt \"\$(${started})\")\"",
        provider    => 'shell',
        path        => ['/usr/bin', '/bin'],
        refreshonly => true,
      }
      File[$reloadable_files] -> Service[$title] -> Exec["reload ${title}"]
      File[$reloadable_files] ~> Exec["reload ${title}"]
    }
  }
}
