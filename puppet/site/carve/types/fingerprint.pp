# @summary An OpenPGP key's fingerprint as gpg prints it: 40 upper-case hexadecimal digits.
type Carve::Fingerprint = Pattern[/\A[0-9A-F]{40}\z/]
