#!/usr/bin/env bash
# Creates a scratch org with Coaching Review deployed and the admin permission set assigned, then opens it.
# Usage: npm run scratch-org -- [ALIAS] [DAYS] [DEV_HUB_ALIAS]
set -euo pipefail

alias="${1:-coaching-review}"
days="${2:-7}"
dev_hub="${3:-}"

if ! command -v sf >/dev/null 2>&1; then
    echo "The Salesforce CLI (sf) is not installed. Install it (see README: Deploy to an org) and run this again." >&2
    exit 1
fi

cd "$(dirname "$0")/.."

hub_args=()
if [ -n "$dev_hub" ]; then
    hub_args=(--target-dev-hub "$dev_hub")
fi

echo "Building the deployable JavaScript from TypeScript..."
npm run build

echo "Creating scratch org '$alias' for $days days..."
sf org create scratch --definition-file config/project-scratch-def.json --alias "$alias" \
    --duration-days "$days" --set-default "${hub_args[@]}"

echo "Deploying force-app..."
sf project deploy start --source-dir force-app --target-org "$alias"

echo "Assigning the Coaching_Admin permission set to you..."
sf org assign permset --name Coaching_Admin --target-org "$alias"

sf org open --target-org "$alias"
