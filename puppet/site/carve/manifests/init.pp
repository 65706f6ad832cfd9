# @summary Platform services deployed straight from Hiera, one `carve::service` each: the way
#   to deploy a service that needs no profile of its own.
#
# @example Hiera
#   carve::services:
#     report-service:
#       port: 8083
#       settings:
#         report-service:
#           page-size: 50
#
# @param services
#   `carve::service` parameters by service name.
class carve (
  Hash[Carve::Servicename, Hash[String[1], Any]] $services = {},
) {
  $services.each |$name, $parameters| {
    carve::service { $name:
      * => $parameters,
    }
  }
}
