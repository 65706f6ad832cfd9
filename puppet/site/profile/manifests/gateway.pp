# @summary gateway-legacy-adapter on this host: the legacy monolith's front door, calling the
#   model-service instances listed in Hiera and proxying everything else to the monolith.
#
# The gateway is the public edge, behind a TLS-terminating load balancer: it serves plain HTTP on
# `address` (loopback unless told otherwise) and uses the node's Puppet agent certificate only as a
# client, to call model-service over mutual TLS (`carve.tls.server-enabled: false`).
#
# @param legacy_base_url
#   The legacy monolith's base URL (`legacy.base-url`).
# @param model_service_instances
#   The model-service instances to balance between, by base URL; with `tls` on an `http://` URL is
#   called as `https://`. The host must be the instance's certname, which its certificate names.
# @param routes
#   Each migrated route's mode, by route name (`gateway.routes.<route>.mode`): `legacy` (the
#   monolith answers), `shadow` (the monolith answers; the gateway compares model-service's answer
#   with it) or `migrated` (model-service answers). Written to
#   `/etc/gateway-legacy-adapter/routes.yml`; a change reloads the gateway, no restart
#   (docs/migrating-a-route.md).
# @param shadow
#   The shadow comparison's settings (`gateway.shadow.*`: `sample-rate`, `timeout`,
#   `max-concurrent`, `ignored-fields`, `ignored-headers`, `mismatch-log`), written to
#   `routes.yml` beside the modes.
# @param port
#   The gateway's HTTP port.
# @param address
#   The address the gateway listens on, API and actuator (`server.address`,
#   `management.server.address`): the one the load balancer reaches. Loopback by default, so
#   that nothing is exposed until an operator says where.
# @param tls
#   Whether the gateway calls model-service with the node's Puppet agent certificate
#   (`carve::tls`), over mutual TLS.
# @param allowed_callers
#   The certificate names (certnames) allowed to read the gateway's metrics.
# @param management_port
#   The actuator's port (with `tls` on): health for the load balancer.
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
#   JVM options for the gateway.
# @param manage_service
#   Whether Puppet manages the running service (off where systemd does not run).
class profile::gateway (
  Stdlib::HTTPUrl $legacy_base_url,
  Array[Stdlib::HTTPUrl, 1] $model_service_instances,
  Hash[String[1], Enum['legacy', 'shadow', 'migrated']] $routes = { 'custom' => 'migrated' },
  Hash[String[1], Data] $shadow = {},
  Stdlib::Port::Unprivileged $port = 8080,
  Stdlib::IP::Address::Nosubnet $address = '127.0.0.1',
  Boolean $tls = true,
  Array[String[1]] $allowed_callers = [],
  Stdlib::Port::Unprivileged $management_port = 9080,
  Carve::Memorysize $memory_max = '1G',
  Integer[32] $tasks_max = 512,
  Hash[String[1], Data] $settings = {},
  String[1] $package_ensure = 'installed',
  Optional[Stdlib::Absolutepath] $package_source = undef,
  Array[String[1]] $java_opts = [],
  Boolean $manage_service = true,
) {
  $instances = $tls ? {
    true    => $model_service_instances.map |$url| { regsubst($url, '\Ahttp://', 'https://') },
    default => $model_service_instances,
  }
  $routing = {
    'legacy' => { 'base-url' => $legacy_base_url },
    'spring' => {
      'cloud' => {
        'discovery' => {
          'client' => {
            'simple' => {
              'instances' => {
                'model-service' => $instances.map |$url| { { 'uri' => $url } },
              },
            },
          },
        },
      },
    },
  }
  # The actuator's own port, which carve::service sets with TLS on, listens where the API does.
  $management = $tls ? {
    true    => { 'management' => { 'server' => { 'address' => $address } } },
    default => {},
  }

  $shadow_settings = $shadow.empty ? {
    true    => {},
    default => { 'shadow' => $shadow },
  }
  $route_modes = {
    'gateway' => {
      'routes' => $routes.map |$route, $mode| { [$route, { 'mode' => $mode }] }.convert_to(Hash),
    } + $shadow_settings,
  }

  carve::service { 'gateway-legacy-adapter':
    port                => $port,
    address             => $address,
    settings            => deep_merge($routing, $management, $settings),
    reloadable_settings => { 'routes.yml' => $route_modes },
    tls                 => $tls,
    tls_server_enabled  => false,
    allowed_callers     => $allowed_callers,
    management_port     => $management_port,
    memory_max          => $memory_max,
    tasks_max           => $tasks_max,
    package_ensure      => $package_ensure,
    package_source      => $package_source,
    java_opts           => $java_opts,
    manage_service      => $manage_service,
  }
}
