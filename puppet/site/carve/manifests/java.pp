# @summary The Java runtime the platform's services run on, installed before any of them.
#
# A service's package depends on a Java 17 or newer runtime; apt brings one by itself, but a
# package installed from a local file (dpkg) needs it there first.
#
# @param package
#   The Debian package of the runtime.
# @param manage_package
#   Whether to install it; off leaves Java to the host.
class carve::java (
  String[1] $package = 'openjdk-17-jre-headless',
  Boolean $manage_package = true,
) {
  if $manage_package {
    package { $package:
      ensure => installed,
    }
  }
}
