# Runs a command (argv[1:]) under the seccomp filter that systemd makes of the package unit's
# SystemCallFilter=@system-service, SystemCallErrorNumber=EPERM and SystemCallArchitectures=native,
# for a machine where no systemd runs to apply it: the system calls in the group and the groups it
# names (as this machine's systemd-analyze lists them) are allowed, any other fails with EPERM,
# and one of another architecture kills the process (libseccomp's filter is for the native one).
# Needs Debian's python3-seccomp and systemd-analyze; load it after no_new_privs, as the unit does.
import errno
import os
import subprocess
import sys

import seccomp


def system_calls(group, seen):
    listing = subprocess.run(['systemd-analyze', '--no-pager', 'syscall-filter', group],
                             check=True, capture_output=True, text=True).stdout
    names = set()
    for line in listing.splitlines()[1:]:
        name = line.strip()
        if not name or name.startswith('#'):
            continue
        if name.startswith('@'):
            if name not in seen:
                seen.add(name)
                names |= system_calls(name, seen)
        else:
            names.add(name)
    return names


allowed = system_calls('@system-service', {'@system-service'})
if len(allowed) < 100:
    sys.exit(f'syscall-filter: @system-service lists only {len(allowed)} system calls')
rules = seccomp.SyscallFilter(defaction=seccomp.ERRNO(errno.EPERM))
for name in sorted(allowed):
    try:
        rules.add_rule(seccomp.ALLOW, name)
    except (RuntimeError, ValueError, OSError):
        pass  # A name this libseccomp or architecture does not know: nothing to allow.
rules.load()
os.execv(sys.argv[1], sys.argv[1:])
