// The organisation every rule test shares (org.yaml), after the examples of
// Sigma's data access overview, with one user of each account type.

export const ORG = `connections:
  - name: snowflake-prod
    type: snowflake
    writeAccess:
      destination: { database: SIGMA_WRITE, schema: WRITEBACK }
      auditLog: { database: SIGMA_WRITE, schema: AUDIT }
  - name: orders-postgres
    type: postgres
accountTypes:
  - name: Analyst
    permissions: [view-connections, annotate-tables, create-input-tables]
  - name: Uploader
    permissions: [upload-csv]
users:
  - email: radhika@example.com
    accountType: Creator
  - email: john@example.com
    accountType: Creator
  - email: mei@example.com
    accountType: Viewer
  - email: eve@example.com
    accountType: Explorer
  - email: ana@example.com
    accountType: Analyst
  - email: priya@example.com
    accountType: Admin
  - email: ulla@example.com
    accountType: Uploader
teams:
  - name: Sales
    members: [radhika@example.com, mei@example.com, eve@example.com]
  - name: Finance
    members: [john@example.com, ana@example.com]
`;

/** One grant as a list item: \`- <principal>\`, object, access (three lines). */
export function grant(principal: string, object: string, access: string): string {
  return `  - ${principal}\n    object: ${object}\n    access: ${access}\n`;
}

export function grants(...items: string[]): string {
  return `grants:\n${items.join('')}`;
}
