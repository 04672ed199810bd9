#!/usr/bin/env python3
"""The Flatpak manifest parses, names the one app id, runs on the KDE runtime with the narrowest
permissions (network, Wayland with X11 fallback, IPC, the Secret Service; no filesystem, no
session bus at large) and builds QtKeychain as a module. flatpak-builder is not run here.
usage: check_flatpak.py SOURCE_DIR APP_ID"""
import pathlib
import sys

import yaml

ALLOWED = {
    "--share=network",
    "--socket=wayland",
    "--socket=fallback-x11",
    "--share=ipc",
    "--talk-name=org.freedesktop.secrets",
}


def main() -> int:
    source, app_id = pathlib.Path(sys.argv[1]), sys.argv[2]
    path = source / "packaging" / "flatpak" / f"{app_id}.yml"
    manifest = yaml.safe_load(path.read_text(encoding="utf-8"))
    problems = []
    if manifest.get("app-id") != app_id:
        problems.append(f"app-id is {manifest.get('app-id')!r}, not {app_id!r}")
    if manifest.get("runtime") != "org.kde.Platform" or manifest.get("sdk") != "org.kde.Sdk":
        problems.append("not on the KDE runtime (org.kde.Platform / org.kde.Sdk)")
    if not str(manifest.get("runtime-version", "")).startswith("6."):
        problems.append("the KDE runtime is not a Qt 6 one (6.x)")
    if manifest.get("command") != "privacy-dashboard":
        problems.append("command is not privacy-dashboard")
    finish = set(manifest.get("finish-args", []))
    for extra in sorted(finish - ALLOWED):
        problems.append(f"permission not in the narrow set: {extra}")
    for needed in sorted(ALLOWED - finish):
        problems.append(f"permission missing: {needed}")
    names = [module.get("name") for module in manifest.get("modules", []) if isinstance(module, dict)]
    if "qtkeychain" not in names:
        problems.append("no qtkeychain module")
    if not names or names[-1] != "privacy-dashboard":
        problems.append("the last module is not privacy-dashboard")
    for module in manifest.get("modules", []):
        for src in module.get("sources", []):
            if src.get("type") == "archive" and len(src.get("sha256", "")) != 64:
                problems.append(f"{module['name']}: archive without a sha256")
    for name in (f"{app_id}.desktop", f"{app_id}.metainfo.xml"):
        if not (source / "packaging" / "linux" / name).is_file():
            problems.append(f"packaging/linux/{name} missing (the manifest installs it by the app id)")
    for problem in problems:
        print(f"FAIL: {problem}")
    if not problems:
        print(f"{path.name}: app id {app_id}, {manifest['runtime']} {manifest['runtime-version']}, "
              f"{len(finish)} permissions, modules {', '.join(names)}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
