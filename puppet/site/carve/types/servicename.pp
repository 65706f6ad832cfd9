# @summary A platform service's name: its Debian package, system user, unit and folders are named after it.
type Carve::Servicename = Pattern[/\A[a-z][a-z0-9]*(-[a-z0-9]+)*\z/]
