#!/usr/bin/python3
"""Check recorded HTTP responses against the OpenAPI contract (resources/api/member-privacy-v1.yaml).

Usage: validate_responses.py OPENAPI.yaml RESPONSES.jsonl

Each line of RESPONSES.jsonl is one response a test received:
  {"method": "GET", "path": "/v1/me/usage-summary", "status": 200,
   "headers": {"content-type": "...", "etag": "..."}, "body": "<the body as text>"}

For each response: the path must match a path template of the contract, the method an operation
of it, and the status a response the operation declares (a path outside the contract may only be
answered 404, a method outside it 405, both as problem details). The body must be empty for 304 and
otherwise have a declared media type and validate (JSON Schema 2020-12, formats checked) against
that media type's schema, $refs into resources/schema/ included. Declared response headers that
are present must validate against their schemas. Every failure is printed as
"RESPONSES:LINE: METHOD PATH STATUS: message"; exit status 0 when all pass, 1 otherwise, 2 on usage.

Needs Debian's python3-yaml and python3-jsonschema (4.10 or later); no network.
"""

import json
import os
import re
import sys
from urllib.parse import urljoin, urlparse
from urllib.request import url2pathname

import yaml
from jsonschema import Draft202012Validator, RefResolver


def file_uri(path):
    return "file://" + os.path.abspath(path)


def load_json(uri):
    with open(url2pathname(urlparse(uri).path), encoding="utf-8") as f:
        return json.load(f)


class Contract:
    def __init__(self, openapi_path):
        self.base_uri = file_uri(openapi_path)
        with open(openapi_path, encoding="utf-8") as f:
            self.doc = yaml.safe_load(f)
        self.paths = []
        for template, item in self.doc.get("paths", {}).items():
            pattern = "^" + re.sub(r"\\\{[^}]+\\\}", "[^/]+", re.escape(template)) + "$"
            self.paths.append((re.compile(pattern), template, item))
        # Every schema file next to the ones the contract names, so $refs resolve offline.
        self.store = {}
        schema_dir = os.path.join(os.path.dirname(os.path.abspath(openapi_path)), "..", "schema")
        for name in sorted(os.listdir(schema_dir)):
            if name.endswith(".json"):
                uri = file_uri(os.path.join(schema_dir, name))
                self.store[os.path.normpath(urlparse(uri).path)] = load_json(uri)

    def local(self, ref):
        node = self.doc
        for part in ref.lstrip("#/").split("/"):
            node = node[part]
        return node

    def deref(self, node):
        while isinstance(node, dict) and "$ref" in node and node["$ref"].startswith("#/"):
            node = self.local(node["$ref"])
        return node

    def schema_validator(self, schema):
        """A validator for an OpenAPI schema object (maybe a $ref to a file)."""
        if isinstance(schema, dict) and set(schema) == {"$ref"} and not schema["$ref"].startswith("#"):
            uri = urljoin(self.base_uri, schema["$ref"])
            root = self.store[os.path.normpath(urlparse(uri).path)]
            base = uri
        else:
            root, base = schema, self.base_uri
        store = {"file://" + path: doc for path, doc in self.store.items()}
        resolver = RefResolver(base_uri=base, referrer=root, store=store)
        return Draft202012Validator(root, resolver=resolver, format_checker=Draft202012Validator.FORMAT_CHECKER)

    def operation(self, method, path):
        for pattern, template, item in self.paths:
            if pattern.match(path.split("?", 1)[0]):  # the query is not part of the path template
                return template, item.get(method.lower())
        return None, None


def header_value(schema, text):
    if schema.get("type") == "integer":
        try:
            return int(text)
        except ValueError:
            return text
    return text


def check(contract, record):
    errors = []
    method, path, status = record["method"], record["path"], record["status"]
    headers = {k.lower(): v for k, v in record.get("headers", {}).items()}
    body = record.get("body", "")
    template, operation = contract.operation(method, path)
    # An unknown path (404) or method (405) has no operation to declare it: such answers must
    # still be problem details.
    if template is None or operation is None:
        expected = 404 if template is None else 405
        if status != expected:
            return [f"{method} {path} is not in the contract, yet the answer was {status}, not {expected}"]
        if not headers.get("content-type", "").startswith("application/problem+json"):
            return [f"{status} is not application/problem+json"]
        problem = contract.schema_validator({"$ref": "../schema/api-problem.schema.json"})
        return [f"{status} body: {e.message}" for e in problem.iter_errors(json.loads(body))]
    responses = operation.get("responses", {})
    response = responses.get(str(status)) or responses.get("default")
    if response is None:
        return [f"status {status} is not declared for {method} {template}"]
    response = contract.deref(response)

    for name, header in (response.get("headers") or {}).items():
        header = contract.deref(header)
        if name.lower() in headers and "schema" in header:
            validator = contract.schema_validator(header["schema"])
            for e in validator.iter_errors(header_value(header["schema"], headers[name.lower()])):
                errors.append(f"header {name}: {e.message}")

    content = response.get("content")
    if status == 304 or not content:
        if body:
            errors.append(f"expected no body, got {len(body)} characters")
        return errors
    media_type = headers.get("content-type", "").split(";")[0].strip().lower()
    if media_type not in content:
        return errors + [f"content type {media_type or '(none)'} is not declared (declared: {', '.join(content)})"]
    try:
        document = json.loads(body)
    except json.JSONDecodeError as e:
        return errors + [f"body is not JSON: {e.msg}"]
    validator = contract.schema_validator(content[media_type]["schema"])
    for e in sorted(validator.iter_errors(document), key=lambda e: list(map(str, e.absolute_path))):
        where = "$" + "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in e.absolute_path)
        errors.append(f"body {where}: {e.message[:300]}")
    return errors


def main(argv):
    if len(argv) != 3:
        print(__doc__.split("\n\n")[1], file=sys.stderr)
        return 2
    contract = Contract(argv[1])
    failed = checked = 0
    with open(argv[2], encoding="utf-8") as f:
        for number, line in enumerate(f, 1):
            if not line.strip():
                continue
            record = json.loads(line)
            checked += 1
            problems = check(contract, record)
            for problem in problems:
                print(f"{argv[2]}:{number}: {record['method']} {record['path']} {record['status']}: {problem}")
            failed += bool(problems)
    print(f"{checked} responses checked against {os.path.basename(argv[1])}: {checked - failed} valid, {failed} invalid")
    return 1 if failed or checked == 0 else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
