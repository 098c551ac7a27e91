"""The Debian packages a frozen bundle needs: the system libraries its files name (DT_NEEDED),
as ``ldd`` resolves them here, mapped to the packages that own them with ``dpkg -S``.

    python3 packaging/deb_depends.py dist/footcare              one package name a line
    python3 packaging/deb_depends.py dist/footcare --libraries  each library and its package
    python3 packaging/deb_depends.py dist/footcare --check PKG...
        checks that PKG... (the package's Depends) are exactly those packages, and that every
        library ldd loads, also indirectly, comes with them (their dependencies, recursively)

scripts/build-deb.sh writes ``Depends:`` from dpkg-shlibdeps (which adds the minimum versions
from the libraries' symbols files); scripts/check-deb.sh runs --check on the built package, so
a bundle that starts loading another system library cannot ship without it. Plain functions
on text, so the tests check the parsing without a bundle. Standard library only: it runs with
the system's python3.
"""

from __future__ import annotations

import re
import subprocess
import sys
from collections.abc import Iterable
from pathlib import Path

# "libfoo.so.1 => /usr/lib/x86_64-linux-gnu/libfoo.so.1 (0x...)" or "/lib64/ld-linux... (0x...)"
_RESOLVED = re.compile(r"^\s*(?:\S+\s+=>\s+)?(/\S+)\s+\(0x[0-9a-f]+\)\s*$")
_NOT_FOUND = re.compile(r"^\s*(\S+)\s+=>\s+not found\s*$")


class DependsError(Exception):
    """A library the bundle needs is missing here, or no package owns it."""


def elf_files(bundle: Path) -> list[Path]:
    """Every ELF file of the bundle (its program, libraries, extension modules, plugins)."""
    found = []
    for path in sorted(bundle.rglob("*")):
        if path.is_file() and not path.is_symlink():
            with path.open("rb") as file:
                if file.read(4) == b"\x7fELF":
                    found.append(path)
    return found


def resolved_libraries(ldd_output: str, bundle: Path) -> tuple[set[str], set[str]]:
    """(system libraries, names not found) in ``ldd`` output: paths inside the bundle are
    its own and left out."""
    inside = str(bundle.resolve()) + "/"
    system, missing = set(), set()
    for line in ldd_output.splitlines():
        if match := _NOT_FOUND.match(line):
            missing.add(match.group(1))
        elif (match := _RESOLVED.match(line)) and not match.group(1).startswith(inside):
            system.add(match.group(1))
    return system, missing


def needed_names(readelf_output: str) -> set[str]:
    """The DT_NEEDED names in ``readelf -d`` output."""
    return set(re.findall(r"\(NEEDED\)\s+Shared library: \[([^\]]+)\]", readelf_output))


def resolved_by_name(ldd_output: str) -> dict[str, str]:
    """{name: path} of the "name => path" lines of ``ldd`` output."""
    found = {}
    for line in ldd_output.splitlines():
        parts = line.split()
        if len(parts) >= 3 and parts[1] == "=>" and parts[2].startswith("/"):
            found[parts[0]] = parts[2]
    return found


def system_libraries(bundle: Path) -> tuple[set[str], set[str]]:
    """(the system libraries the bundle's files name themselves, every system library ldd
    loads for them, also through other libraries)."""
    direct, loaded, missing = set(), set(), set()
    inside = str(bundle.resolve()) + "/"
    for path in elf_files(bundle):
        # ldd says "not a dynamic executable" (exit 1) for static files: nothing to add.
        ldd = subprocess.run(["ldd", str(path)], capture_output=True, text=True, check=False)
        system, not_found = resolved_libraries(ldd.stdout, bundle)
        loaded |= system
        missing |= not_found
        readelf = subprocess.run(
            ["readelf", "-d", str(path)], capture_output=True, text=True, check=False
        )
        paths = resolved_by_name(ldd.stdout)
        for name in needed_names(readelf.stdout):
            if name in paths and not paths[name].startswith(inside):
                direct.add(paths[name])
    if missing:
        raise DependsError(f"libraries not found on this system: {', '.join(sorted(missing))}")
    return direct, loaded


def path_variants(path: str) -> list[str]:
    """The names dpkg may know a library by: on a merged /usr, ``/lib/...`` is ``/usr/lib/...``
    and the other way round, and ldd may name a symlink rather than the file."""
    variants = [path, str(Path(path).resolve())]
    for candidate in list(variants):
        if candidate.startswith("/usr/"):
            variants.append(candidate[len("/usr") :])
        else:
            variants.append("/usr" + candidate)
    return list(dict.fromkeys(variants))


def parse_dpkg_search(output: str) -> dict[str, str]:
    """``dpkg -S`` lines ("libfoo1:amd64: /usr/lib/.../libfoo.so.1") as {path: package};
    diversion lines are skipped, the architecture qualifier dropped."""
    owners = {}
    for line in output.splitlines():
        if line.startswith(("diversion by", "local diversion")) or ": " not in line:
            continue
        packages, path = line.split(": ", 1)
        owners[path.strip()] = packages.split(",")[0].strip().split(":")[0]
    return owners


def owning_packages(libraries: Iterable[str]) -> dict[str, str]:
    """{library: package} for each library, or DependsError naming the ones no package owns."""
    owners: dict[str, str] = {}
    unowned = []
    for library in sorted(libraries):
        for variant in path_variants(library):
            result = subprocess.run(
                ["dpkg", "-S", variant], capture_output=True, text=True, check=False
            )
            found = parse_dpkg_search(result.stdout).get(variant)
            if found:
                owners[library] = found
                break
        else:
            unowned.append(library)
    if unowned:
        raise DependsError(f"no Debian package owns: {', '.join(unowned)}")
    return owners


def package_names(depends: str) -> set[str]:
    """The package names in a Depends field (versions dropped, each alternative counted)."""
    names = set()
    for alternative in re.split(r"[,|]", depends):
        name = re.sub(r"\(.*?\)|\[.*?\]|:\w+", "", alternative).strip()
        if name:
            names.add(name)
    return names


def dependency_closure(packages: Iterable[str]) -> set[str]:
    """The packages and, recursively, what they depend on (as installed here)."""
    closure: set[str] = set()
    queue = list(packages)
    while queue:
        package = queue.pop()
        if package in closure:
            continue
        closure.add(package)
        result = subprocess.run(
            ["dpkg-query", "-W", "-f=${Depends}, ${Pre-Depends}", package],
            capture_output=True,
            text=True,
            check=False,
        )
        queue.extend(package_names(result.stdout) - closure)
    return closure


def check(bundle: Path, declared: set[str]) -> list[str]:
    """What is wrong with ``declared`` as the bundle's Depends (nothing: an empty list)."""
    direct, loaded = system_libraries(bundle)
    direct_owners = owning_packages(direct)
    wanted = set(direct_owners.values())
    problems = [
        f"{library} ({package}) is not in Depends"
        for library, package in sorted(direct_owners.items())
        if package not in declared
    ]
    problems += [
        f"{package} is in Depends but no file of the bundle needs it"
        for package in sorted(declared - wanted)
    ]
    closure = dependency_closure(declared)
    problems += [
        f"{library} ({package}) is loaded but comes with no package in Depends"
        for library, package in sorted(owning_packages(loaded).items())
        if package not in closure
    ]
    return problems


def main(argv: list[str]) -> int:
    bundle = Path(argv[0])
    try:
        if "--check" in argv:
            problems = check(bundle, set(argv[argv.index("--check") + 1 :]))
            for problem in problems:
                print(problem)
            return 1 if problems else 0
        direct, _loaded = system_libraries(bundle)
        owners = owning_packages(direct)
    except DependsError as error:
        print(f"deb_depends: {error}", file=sys.stderr)
        return 1
    if "--libraries" in argv:
        for library, package in sorted(owners.items()):
            print(f"{library} {package}")
    else:
        print("\n".join(sorted(set(owners.values()))))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
