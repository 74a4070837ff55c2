// What `grantform init` writes: a starter project that validates, lints clean
// and plans on the local backend, with editors wired to the schemas —
// grantform.yaml (the local backend, the Sigma backend commented out, the
// manage and safety defaults spelled out), access/example.yaml, and
// .vscode/settings.json mapping both kinds of file to their schema. Each YAML
// file also names its schema on its first line, for editors without the
// settings file. Text only: the command writes it.

import path from 'node:path';
import { schemaModeline, schemaReference, type SchemaLocation } from './schema-references.js';

export const EXAMPLE_FILE = 'access/example.yaml';

/** Relative path (`/`-separated) → text, in the order they are written. */
export function starterFiles(projectRoot: string, schemas: SchemaLocation): ReadonlyMap<string, string> {
  const at = (relative: string) => path.join(projectRoot, ...relative.split('/'));
  const config = schemaModeline(schemaReference(at('grantform.yaml'), 'grantform', schemas));
  const resources = schemaModeline(schemaReference(at(EXAMPLE_FILE), 'resources', schemas));
  const fromRoot = (name: 'grantform' | 'resources') => schemaReference(at('grantform.yaml'), name, schemas);
  const settings = {
    'yaml.schemas': {
      [fromRoot('grantform')]: ['grantform.yaml', 'grantform.yml'],
      [fromRoot('resources')]: ['access/**/*.yaml', 'access/**/*.yml'],
    },
  };
  return new Map([
    ['grantform.yaml', `${config}\n${GRANTFORM_YAML}`],
    [EXAMPLE_FILE, `${resources}\n${EXAMPLE_YAML}`],
    ['.vscode/settings.json', `${JSON.stringify(settings, null, 2)}\n`],
  ]);
}

const GRANTFORM_YAML = `#
# A grantform project: the files under access/ say who may use which data in
# Sigma; \`grantform plan\` shows what would change, \`grantform apply\` changes it.

# The embedded local backend keeps the "live" state in a JSON file, so that
# plan and apply work without a Sigma account.
backend:
  type: local
  path: .grantform/state.json

# To manage a real Sigma organization, replace the backend above with this
# (the base URL of your Sigma cloud, and the API client credentials of an
# Admin, read from the environment, never written here):
# backend:
#   type: sigma
#   baseUrl: https://aws-api.sigmacomputing.com
#   clientId: { env: SIGMA_CLIENT_ID }
#   clientSecret: { env: SIGMA_CLIENT_SECRET }

# The resource files.
include:
  - access/**/*.yaml

# What a plan may delete. authoritative: live items missing from the files
# are removed; additive: never removed, only created and updated.
manage:
  connections: additive
  users: additive
  teams: authoritative
  memberships: authoritative
  grants: authoritative

# A plan that deletes (or replaces) more than this is refused without
# --allow-deletes.
safety:
  maxDeletes: 25
`;

const EXAMPLE_YAML = `#
# An example to start from: a connection, two users, a team and its grant.
# Rename, extend or split it into more files under access/.

connections:
  - name: warehouse
    type: snowflake
    description: The data warehouse

users:
  - email: ada@example.com
    accountType: Creator
  - email: grace@example.com
    accountType: Viewer

teams:
  - name: Analysts
    description: Reads the analytics schema
    members: [ada@example.com, grace@example.com]

grants:
  # access: write-only | use | use-and-annotate | admin
  - team: Analysts
    object: warehouse/ANALYTICS/REPORTING
    access: use
`;
