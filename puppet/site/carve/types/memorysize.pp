# @summary A systemd memory size, as `MemoryMax` takes it: bytes with an optional K, M, G or T suffix
#   (powers of 1024), or `infinity`.
type Carve::Memorysize = Pattern[/\A([1-9][0-9]*[KMGT]?|infinity)\z/]
