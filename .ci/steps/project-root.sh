# Sourced by the steps, not run: goes to the project the step serves, the nearest folder above the
# step with a Maven wrapper: the platform's root for .ci/steps/, a service's own for the copy its
# build unpacks into target/carve-ci/steps/. Leaves the step's own folder in steps_dir.
steps_dir=$(cd "$(dirname "$0")" && pwd)
cd "$steps_dir"
until [[ -x mvnw || $PWD == / ]]; do cd ..; done
[[ -x mvnw ]] || { echo "${0##*/}: no Maven wrapper (mvnw) in any folder above $steps_dir" >&2; exit 2; }
