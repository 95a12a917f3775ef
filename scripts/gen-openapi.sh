#!/bin/sh
# Embeds the API's OpenAPI document into the binary, served at GET /v1/openapi.json:
#   Sources/PubstatServer/OpenAPI/openapi.json → EmbeddedOpenAPI.swift
# Run after editing openapi.json; OpenAPIDocumentTests fails when the two differ.
set -eu
root="$(cd "$(dirname "$0")/.." && pwd)"
dir="$root/Sources/PubstatServer/OpenAPI"
EMBED_CALLER=gen-openapi.sh "$root/scripts/embed-json.sh" "$dir/openapi.json" "$dir/EmbeddedOpenAPI.swift" EmbeddedOpenAPI
