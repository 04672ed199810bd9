#!/usr/bin/python3
"""Validate JSON documents against a JSON Schema (draft 2020-12), and cross-check policy documents.

Usage:
  validate_json.py SCHEMA DOCUMENT [DOCUMENT...]
      Validate each DOCUMENT against SCHEMA, formats included ("uri", "date").
  validate_json.py --policy-crosscheck DOCUMENT [DOCUMENT...]
      Check what the policy schema cannot express: archiveFiles reference existing categories; regions
      in regimes and regionGroups are codes from `countries`, group names or "*"; ids are unique;
      a regime's `from` is before its `to`.

Every problem is printed as "DOCUMENT: $.json.path: message". Exit status: 0 when everything is
valid, 1 on any error, 2 on a usage error.

Needs Debian's python3-jsonschema (4.10 or later); python3-rfc3987 makes the "uri" format checked.
"""

import json
import re
import sys

USAGE = (
    "usage: validate_json.py SCHEMA DOCUMENT [DOCUMENT...]\n"
    "       validate_json.py --policy-crosscheck DOCUMENT [DOCUMENT...]"
)


class DuplicateKeyError(ValueError):
    pass


def _reject_duplicates(pairs):
    obj = {}
    for key, value in pairs:
        if key in obj:
            raise DuplicateKeyError(f"duplicate key {key!r}")
        obj[key] = value
    return obj


def load_json(path):
    """Return (document, None) or (None, error message). Duplicate keys are errors."""
    try:
        with open(path, encoding="utf-8") as f:
            return json.load(f, object_pairs_hook=_reject_duplicates), None
    except OSError as e:
        return None, f"cannot read: {e.strerror or e}"
    except UnicodeDecodeError as e:
        return None, f"not UTF-8: {e}"
    except DuplicateKeyError as e:
        return None, f"invalid JSON: {e}"
    except json.JSONDecodeError as e:
        return None, f"invalid JSON: {e.msg} at line {e.lineno} column {e.colno}"


_IDENT = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")


def json_path(parts):
    out = "$"
    for p in parts:
        if isinstance(p, int):
            out += f"[{p}]"
        elif _IDENT.match(p):
            out += f".{p}"
        else:
            out += "[" + json.dumps(p, ensure_ascii=False) + "]"
    return out


def validate(schema_path, doc_paths):
    try:
        from jsonschema import Draft202012Validator
        from jsonschema.exceptions import SchemaError
    except ImportError:
        print("validate_json.py: python3-jsonschema is not installed", file=sys.stderr)
        return 1

    schema, err = load_json(schema_path)
    if err:
        print(f"{schema_path}: {err}")
        return 1
    try:
        Draft202012Validator.check_schema(schema)
    except SchemaError as e:
        print(f"{schema_path}: {json_path(e.absolute_path)}: invalid schema: {e.message}")
        return 1
    validator = Draft202012Validator(schema, format_checker=Draft202012Validator.FORMAT_CHECKER)

    failed = False
    for path in doc_paths:
        doc, err = load_json(path)
        if err:
            print(f"{path}: {err}")
            failed = True
            continue
        errors = sorted(validator.iter_errors(doc), key=lambda e: (list(map(str, e.absolute_path)), e.message))
        for e in errors:
            print(f"{path}: {json_path(e.absolute_path)}: {e.message}")
        if errors:
            failed = True
            print(f"{path}: {len(errors)} error(s)")
        else:
            print(f"{path}: valid")
    return 1 if failed else 0


def _normalize_match(s):
    return re.sub(r"[ _]", "", s).casefold()


def crosscheck_policy(doc):
    """Return (errors, notes); each a list of (path parts, message)."""
    errors, notes = [], []

    def err(parts, msg):
        errors.append((parts, msg))

    if not isinstance(doc, dict):
        err([], "document is not an object")
        return errors, notes

    reported = set()

    def items(key):
        v = doc.get(key)
        if not isinstance(v, list):
            if key not in reported:
                reported.add(key)
                err([key], "missing or not an array; cannot cross-check")
            return []
        return [(i, x) for i, x in enumerate(v) if isinstance(x, dict)]

    def check_unique_ids(key):
        seen = {}
        for i, x in items(key):
            ident = x.get("id")
            if not isinstance(ident, str):
                err([key, i, "id"], "missing id")
            elif ident in seen:
                err([key, i, "id"], f"duplicate id {ident!r} (first at {json_path([key, seen[ident], 'id'])})")
            else:
                seen[ident] = i
        return set(seen)

    # countries: unique and sorted
    countries = doc.get("countries")
    if not isinstance(countries, list):
        err(["countries"], "missing or not an array; cannot cross-check")
        countries = []
    country_set = set()
    for i, c in enumerate(countries):
        if not isinstance(c, str):
            continue
        if c in country_set:
            err(["countries", i], f"duplicate country {c!r}")
        country_set.add(c)
        if i > 0 and isinstance(countries[i - 1], str) and countries[i - 1] >= c:
            err(["countries", i], f"not sorted: {c!r} follows {countries[i - 1]!r}")

    # region groups: names distinct from country codes, members are known countries
    groups = doc.get("regionGroups")
    if not isinstance(groups, dict):
        err(["regionGroups"], "missing or not an object; cannot cross-check")
        groups = {}
    for name, group in groups.items():
        if name in country_set:
            err(["regionGroups", name], f"group name {name!r} is also a country code")
        if name == "*":
            err(["regionGroups", name], "group name '*' is reserved for all countries")
        members = group.get("countries") if isinstance(group, dict) else None
        for i, c in enumerate(members if isinstance(members, list) else []):
            if c not in country_set:
                err(["regionGroups", name, "countries", i], f"{c!r} is not a code in countries")

    # categories
    category_ids = check_unique_ids("categories")

    # regimes: ids unique, regions resolvable, from < to
    check_unique_ids("regimes")
    for i, regime in items("regimes"):
        regions = regime.get("regions")
        if isinstance(regions, dict):
            for side in ("include", "exclude"):
                refs = regions.get(side)
                for j, ref in enumerate(refs if isinstance(refs, list) else []):
                    if ref != "*" and ref not in country_set and ref not in groups:
                        err(["regimes", i, "regions", side, j],
                            f"{ref!r} is neither a code in countries, a regionGroups name, nor \"*\"")
        start, end = regime.get("from"), regime.get("to")
        if isinstance(start, str) and isinstance(end, str) and not start < end:
            err(["regimes", i, "to"], f"to ({end}) is not after from ({start})")

    # related controls
    check_unique_ids("relatedControls")

    # archive files: categories exist, matches unique; overlapping prefixes are noted
    seen_match = {}
    archive = items("archiveFiles")
    for i, f in archive:
        cat = f.get("category")
        if cat not in category_ids:
            err(["archiveFiles", i, "category"], f"category {cat!r} is not an id in categories")
        m = f.get("match")
        if not isinstance(m, str):
            continue
        key = _normalize_match(m)
        if key in seen_match:
            err(["archiveFiles", i, "match"],
                f"match {m!r} duplicates {json_path(['archiveFiles', seen_match[key], 'match'])} "
                "(ignoring case, spaces and underscores)")
        else:
            seen_match[key] = i
    for i, f in archive:
        for j, g in archive:
            if i == j or not isinstance(f.get("match"), str) or not isinstance(g.get("match"), str):
                continue
            a, b = _normalize_match(f["match"]), _normalize_match(g["match"])
            if a != b and b.startswith(a) and f.get("category") != g.get("category"):
                notes.append((["archiveFiles", i, "match"],
                              f"prefix {f['match']!r} also fits files matched by {g['match']!r} "
                              f"({json_path(['archiveFiles', j])}); the longest match must win"))
    # api domains: unique, each names an archiveFiles match exactly (its rule dates the records)
    matches = {f.get("match") for _, f in archive}
    seen_domain = {}
    for i, d in items("apiDomains"):
        name = d.get("domain")
        if name in seen_domain:
            err(["apiDomains", i, "domain"],
                f"domain {name!r} duplicates {json_path(['apiDomains', seen_domain[name], 'domain'])}")
        else:
            seen_domain[name] = i
        if d.get("archiveFile") not in matches:
            err(["apiDomains", i, "archiveFile"], f"archiveFile {d.get('archiveFile')!r} is not a match in archiveFiles")
    return errors, notes


def crosscheck(doc_paths):
    failed = False
    for path in doc_paths:
        doc, load_err = load_json(path)
        if load_err:
            print(f"{path}: {load_err}")
            failed = True
            continue
        errors, notes = crosscheck_policy(doc)
        for parts, msg in notes:
            print(f"{path}: {json_path(parts)}: note: {msg}")
        for parts, msg in errors:
            print(f"{path}: {json_path(parts)}: {msg}")
        if errors:
            failed = True
            print(f"{path}: {len(errors)} cross-check error(s)")
        else:
            counts = ", ".join(
                f"{len(doc[k])} {k}" for k in ("countries", "categories", "regimes", "relatedControls", "archiveFiles")
            )
            print(f"{path}: cross-check ok ({counts})")
    return 1 if failed else 0


def main(argv):
    args = argv[1:]
    if args and args[0] in ("-h", "--help"):
        print(USAGE)
        print(__doc__.split("\n\n", 1)[1].rstrip())
        return 0
    if args and args[0] == "--policy-crosscheck":
        if len(args) < 2:
            print(USAGE, file=sys.stderr)
            return 2
        return crosscheck(args[1:])
    if len(args) < 2 or any(a.startswith("--") for a in args):
        print(USAGE, file=sys.stderr)
        return 2
    return validate(args[0], args[1:])


if __name__ == "__main__":
    sys.exit(main(sys.argv))
